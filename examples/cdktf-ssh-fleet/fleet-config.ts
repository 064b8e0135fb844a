// The fleet description (fleet.json): who and what gets an SSH certificate, from which CA, for how long.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const member = z.object({
  /** Names the certificate's terraform resource and its key file (`<name>.pub`). */
  name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'names a file and a terraform resource: letters, digits, "-" and "_"'),
  principals: z.array(z.string().min(1)).min(1),
});

const validity = z.object({
  value: z.number().int().positive(),
  unit: z.enum(['hours', 'days', 'weeks', 'months', 'years']),
  renewBefore: z.string().optional(),
});

export const fleetSchema = z.object({
  userCa: z.string().min(1),
  hostCa: z.string().min(1),
  groupName: z.string().min(1).optional(),
  users: z.array(member),
  hosts: z.array(member),
  userValidity: validity,
  hostValidity: validity,
});

export type Fleet = z.infer<typeof fleetSchema>;
export type FleetMember = z.infer<typeof member>;
export type Validity = z.infer<typeof validity>;

export function readFleet(file: string): Fleet {
  const parsed = fleetSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`${file} is not a valid fleet description:\n${problems}`);
  }
  return parsed.data;
}
