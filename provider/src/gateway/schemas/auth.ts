// Answers of the login and service-token endpoints (README).
// Schemas are z.lazy, built on first use (coercions.ts says why).
import { z } from 'zod';

/** `response` of POST login: `{"status": "SUCCESS", "sessionId": "<uuid>", ...}`. */
export const loginResponseSchema = z.lazy(() =>
  z.looseObject({
    sessionId: z.string().trim().min(1),
    status: z.string().nullish(),
  }),
);

/** `response` of POST acctmgmt-get-service-token: the JWT itself. */
export const serviceTokenSchema = z.lazy(() => z.string().trim().min(1));
