// One error type for everything the gateway layer throws. Callers branch on `code` and the
// fields (never on message text); the framework maps them to diagnostics in one place.
import type { core } from 'zod';

export const GATEWAY_ERROR_CODES = [
  /** The gateway answered a failure: HTTP >= 400, or a 2xx whose appStatusCode is not a success code. */
  'GATEWAY_ERROR',
  /** Login or token fetch failed, or a 401/407 persisted after one renewal of the credentials. */
  'AUTHENTICATION_FAILED',
  /** A non-idempotent call failed after the request may have reached the gateway. */
  'AMBIGUOUS_OUTCOME',
  /** The gateway could not be reached (refused, DNS, TLS trust, reset before anything was sent). */
  'CONNECTION_FAILED',
  /** No answer within the request timeout or the caller's deadline. */
  'TIMEOUT',
  /** The caller's AbortSignal fired. */
  'ABORTED',
  /** The gateway answered something this client cannot read (zod issues attached). */
  'INVALID_RESPONSE',
  /** Rejected locally before anything was sent. */
  'INVALID_REQUEST',
] as const;

export type GatewayErrorCode = (typeof GATEWAY_ERROR_CODES)[number];

export interface GatewayErrorDetails<C extends GatewayErrorCode = GatewayErrorCode> {
  code: C;
  message: string;
  method: string;
  /** The endpoint below /avxapi/, e.g. `ssh/cert/create`. */
  endpoint: string;
  status?: number;
  appStatusCode?: string;
  gatewayMessage?: string;
  remediation?: string;
  /** True when the gateway may have carried the call out although it failed (never repeat blindly). */
  mayHaveBeenCarriedOut?: boolean;
  /** True when trying again later may succeed (transient: 429, 5xx, connection trouble). */
  retryable?: boolean;
  issues?: readonly core.$ZodIssue[];
  cause?: unknown;
}

export class GatewayError<C extends GatewayErrorCode = GatewayErrorCode> extends Error {
  override readonly name = 'GatewayError';
  readonly code: C;
  readonly method: string;
  readonly endpoint: string;
  readonly status: number | undefined;
  readonly appStatusCode: string | undefined;
  readonly gatewayMessage: string | undefined;
  readonly remediation: string | undefined;
  readonly mayHaveBeenCarriedOut: boolean;
  readonly retryable: boolean;
  readonly issues: readonly core.$ZodIssue[] | undefined;

  constructor(details: GatewayErrorDetails<C>) {
    super(details.message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = details.code;
    this.method = details.method;
    this.endpoint = details.endpoint;
    this.status = details.status;
    this.appStatusCode = details.appStatusCode;
    this.gatewayMessage = details.gatewayMessage;
    this.remediation = details.remediation;
    this.mayHaveBeenCarriedOut = details.mayHaveBeenCarriedOut ?? false;
    this.retryable = details.retryable ?? false;
    this.issues = details.issues;
  }
}

export function isGatewayError<C extends GatewayErrorCode>(value: unknown, code?: C): value is GatewayError<C> {
  return value instanceof GatewayError && (code === undefined || value.code === code);
}
