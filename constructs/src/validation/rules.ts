// Rules shared by several constructs. They mirror the provider's plan-time checks
// (provider/src/resources/validators.ts, provider/src/framework/duration.ts) so a mistake fails
// at synth, with the construct path, instead of at plan. The provider stays the authority.
import { z } from 'zod';

export const nonEmpty = (advice: string) => z.string().trim().min(1, `must not be empty: ${advice}`);

/** An enum's type, its validator and its message come from one list. */
export function oneOf<const T extends string>(values: readonly T[], advice = '') {
  const list = values.map((v) => `"${v}"`).join(', ');
  const schema = z.string().refine((s) => (values as readonly string[]).includes(s), {
    message: `must be one of ${list}${advice ? `: ${advice}` : ''}`,
  });
  return { values, schema, list };
}

// Go's duration syntax plus "d" and "w", as the provider parses renew_before and timeouts.
const DURATION = /^(?:0|(?:\d+(?:\.\d+)?(?:ms|s|m|h|d|w))+)$/;
export const DURATION_EXAMPLES = '"30s", "10m", "1h30m", "720h" or "30d"';
export const duration = z
  .string()
  .refine((s) => DURATION.test(s.trim()), { message: `must be a duration such as ${DURATION_EXAMPLES}` });

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
export const rfc3339 = z.string().refine((s) => RFC3339.test(s) && !Number.isNaN(Date.parse(s)), {
  message: 'must be an RFC 3339 timestamp such as "2026-12-01T00:00:00Z"',
});

export const positiveWholeNumber = (advice: string) =>
  z
    .number({ error: `must be a number: ${advice}` })
    .refine((n) => Number.isInteger(n) && n > 0, { message: `must be a whole number greater than 0: ${advice}` });

export const bool = (property: string) => z.boolean({ error: `must be true or false; remove ${property} for the default` });

export const httpUrl = z
  .string()
  .refine((s) => /^https?:\/\/[^\s/]+/.test(s.trim()), { message: 'must be an http(s) URL such as "https://avx.example.com:31443"' });
