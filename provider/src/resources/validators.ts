// Input rules shared by several resources. An enum's validator and its description come from one list.
import { createHash } from 'node:crypto';
import { z } from 'zod';

export const nonEmpty = z.string().trim().min(1, 'must not be empty');

export function oneOf<T extends string>(values: readonly T[]) {
  const list = values.map((v) => `"${v}"`).join(', ');
  return {
    values,
    validate: z.string().refine((s) => (values as readonly string[]).includes(s), { message: `must be one of ${list}` }),
    describe: (what: string) => `${what} One of ${values.map((v) => `\`${v}\``).join(', ')}.`,
  };
}

const SSH_KEY_TYPES = [
  'ssh-ed25519',
  'ssh-rsa',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'sk-ssh-ed25519@openssh.com',
  'sk-ecdsa-sha2-nistp256@openssh.com',
];

/** The key blob of an OpenSSH public key line, when the line is well formed and its blob names its type. */
export function parsePublicKey(line: string): { type: string; blob: Buffer } | undefined {
  const [type, data] = line.trim().split(/\s+/);
  if (!type || !data || !SSH_KEY_TYPES.includes(type) || !/^[A-Za-z0-9+/]+={0,2}$/.test(data)) return undefined;
  const blob = Buffer.from(data, 'base64');
  if (blob.length < 4) return undefined;
  const len = blob.readUInt32BE(0);
  return blob.subarray(4, 4 + len).toString('latin1') === type ? { type, blob } : undefined;
}

export const openSshPublicKey = z.string().refine((s) => parsePublicKey(s) !== undefined, {
  message: `must be one OpenSSH public key line such as "ssh-ed25519 AAAAC3Nza... user@host" (types: ${SSH_KEY_TYPES.slice(0, 5).join(', ')})`,
});

/** "SHA256:..." as ssh-keygen -l prints it: the person can find the certificate by it. */
export function publicKeyFingerprint(line: string): string {
  const key = parsePublicKey(line);
  if (!key) return '(unparseable key)';
  return `SHA256:${createHash('sha256').update(key.blob).digest('base64').replace(/=+$/, '')}`;
}

export const rfc3339 = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)), {
  message: 'must be an RFC 3339 timestamp such as "2026-12-01T00:00:00Z"',
});

export const toRfc3339 = (ms: number | null | undefined): string | null => (typeof ms === 'number' && Number.isFinite(ms) ? new Date(ms).toISOString().replace('.000Z', 'Z') : null);

export const positiveWholeNumber = z.number().int('must be a whole number').positive('must be greater than zero');
