// Answers of the login and service-token endpoints (README).
import { z } from 'zod';

/** `response` of POST login: `{"status": "SUCCESS", "sessionId": "<uuid>", ...}`. */
export const loginResponseSchema = z.looseObject({
  sessionId: z.string().trim().min(1),
  status: z.string().nullish(),
});

/** `response` of POST acctmgmt-get-service-token: the JWT itself. */
export const serviceTokenSchema = z.string().trim().min(1);
