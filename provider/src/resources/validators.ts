// Input rules shared by several resources. An enum's validator and its description come from one list.
import { z } from 'zod';
import { DURATION_HINT, parseDuration } from '../framework/duration.js';
import { parsePublicKey, PUBLIC_KEY_TYPES } from '../openssh/wire-format.js';

export { publicKeyFingerprint } from '../openssh/wire-format.js';

export const nonEmpty = z.string().trim().min(1, 'must not be empty');

export function oneOf<T extends string>(values: readonly T[]) {
  const list = values.map((v) => `"${v}"`).join(', ');
  return {
    values,
    validate: z.string().refine((s) => (values as readonly string[]).includes(s), { message: `must be one of ${list}` }),
    describe: (what: string) => `${what} One of ${values.map((v) => `\`${v}\``).join(', ')}.`,
  };
}

export const openSshPublicKey = z.string().refine((s) => parsePublicKey(s) !== undefined, {
  message: `must be one OpenSSH public key line such as "ssh-ed25519 AAAAC3Nza... user@host" (types: ${PUBLIC_KEY_TYPES.slice(0, 5).join(', ')})`,
});

export const rfc3339 = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)), {
  message: 'must be an RFC 3339 timestamp such as "2026-12-01T00:00:00Z"',
});

export const toRfc3339 = (ms: number | null | undefined): string | null => (typeof ms === 'number' && Number.isFinite(ms) ? new Date(ms).toISOString().replace('.000Z', 'Z') : null);

export const positiveWholeNumber = z.number().int('must be a whole number').positive('must be greater than zero');

/** A duration longer than zero ("30s", "15m", "1h30m"). */
export const positiveDuration = z.string().refine((s) => (parseDuration(s) ?? 0) > 0, { message: `must be ${DURATION_HINT}, longer than 0` });

export const httpUrl = z.string().refine((s) => /^https?:\/\/[^\s/]+/.test(s.trim()), { message: 'must be an http(s) URL such as "https://avx.example.com:31443"' });
