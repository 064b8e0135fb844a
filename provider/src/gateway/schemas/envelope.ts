// The envelope every gateway answer comes in (README: "Every JSON response has the same envelope").
// Schemas are z.lazy, built on first use (coercions.ts says why).
import { z } from 'zod';
import { nullableText } from './coercions.js';

export const envelopeSchema = z.lazy(() =>
  z.looseObject({
    response: z.unknown().optional(),
    message: nullableText.optional(),
    appStatusCode: nullableText.optional(),
    tags: z.unknown().optional(),
    headers: z.unknown().optional(),
  }),
);

export type Envelope = z.output<typeof envelopeSchema>;

/** appStatusCodes that mean success; null does too (README, reissue page: "non-null value for a failure"). */
export const SUCCESS_APP_STATUS_CODES: ReadonlySet<string> = new Set(['SUCCESS', 'SSH-NB-200']);

export function isSuccessAppStatus(appStatusCode: string | null | undefined): boolean {
  return appStatusCode === null || appStatusCode === undefined || SUCCESS_APP_STATUS_CODES.has(appStatusCode);
}
