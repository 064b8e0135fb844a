// Errors of the login and token calls, phrased so the user knows which credentials and which
// URL failed (never the secret).
import type { core } from 'zod';
import { GatewayError } from '../errors.js';

/** Answers that mean "these credentials are wrong": asking again would only use up login attempts. */
const DEFINITIVE_STATUSES: ReadonlySet<number> = new Set([400, 401, 403, 407]);

export function isDefinitiveRejection(error: GatewayError): boolean {
  return error.code === 'AUTHENTICATION_FAILED' && error.status !== undefined && DEFINITIVE_STATUSES.has(error.status);
}

/**
 * `what`: e.g. 'Login as username "alice"'. A 4xx answer judged the credentials: it becomes
 * AUTHENTICATION_FAILED. Anything else (unreachable, timeout, 5xx, 429) never judged them, so it
 * keeps its own code and remediation but says what was being attempted.
 */
export function credentialFailure(what: string, url: string, method: string, endpoint: string, error: unknown, checkCredentials: string): unknown {
  if (!(error instanceof GatewayError) || error.code === 'AUTHENTICATION_FAILED') return error;
  const judged = error.code === 'GATEWAY_ERROR' && error.status !== undefined && error.status < 500 && !error.retryable;
  const remediation = judged ? checkCredentials : error.remediation;
  return new GatewayError({
    code: judged ? 'AUTHENTICATION_FAILED' : error.code,
    message: judged ? `${what} at ${url} failed: the gateway answered ${describe(error)}` : `${what} failed: ${error.message}`,
    method,
    endpoint,
    retryable: error.retryable,
    mayHaveBeenCarriedOut: false, // logging in and fetching a token change nothing
    cause: error,
    ...(remediation === undefined ? {} : { remediation }),
    ...(error.status === undefined ? {} : { status: error.status }),
    ...(error.appStatusCode === undefined ? {} : { appStatusCode: error.appStatusCode }),
    ...(error.gatewayMessage === undefined ? {} : { gatewayMessage: error.gatewayMessage }),
    ...(error.issues === undefined ? {} : { issues: error.issues }),
  });
}

function describe(error: GatewayError): string {
  return [`HTTP ${error.status}`, error.appStatusCode, error.gatewayMessage && JSON.stringify(error.gatewayMessage)].filter(Boolean).join(' ');
}

/** A 2xx login/token answer without the session id or token: never go on without one. */
export function missingCredential(
  what: string,
  url: string,
  method: string,
  endpoint: string,
  missing: string,
  issues: readonly core.$ZodIssue[]
): GatewayError {
  return new GatewayError({
    code: 'AUTHENTICATION_FAILED',
    message: `${what} at ${url} failed: the gateway answered success but without ${missing}`,
    method,
    endpoint,
    issues,
    remediation: 'Check that the URL points at the AppViewX gateway (…/avxapi) and that the login endpoint is right for this install.',
  });
}
