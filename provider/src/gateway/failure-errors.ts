// Turning a failed attempt (no answer from the gateway) into a GatewayError. The deciding
// question is whether the request may have reached the gateway: if it may have and the call is
// not idempotent, the outcome is ambiguous and the call must not be repeated blindly.
import type { StopReason } from './call-scope.js';
import { endpointUrl } from './config.js';
import type { ResolvedSettings } from './config.js';
import { GatewayError } from './errors.js';
import type { GatewayErrorCode } from './errors.js';
import { connectionFailureClass, connectionRemediation } from './remediation.js';
import type { TransportFailure } from './transport.js';

export interface FailedCall {
  method: string;
  endpoint: string;
  idempotent: boolean;
  ambiguityHint?: string;
}

function codeOf(cause: unknown): string {
  const code = (cause as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function causeText(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    return typeof code === 'string' && !cause.message.includes(code) ? `${cause.message} (${code})` : cause.message;
  }
  return String(cause);
}

export function transportFailureError(
  call: FailedCall,
  failure: TransportFailure,
  stopReason: StopReason | undefined,
  settings: ResolvedSettings
): GatewayError {
  const { method, endpoint } = call;
  const url = endpointUrl(settings, endpoint);
  const mayHaveBeenCarriedOut = failure.sent && !call.idempotent;
  const base = { method, endpoint, cause: failure.cause };
  const make = (code: GatewayErrorCode, message: string, retryable: boolean, remediation?: string): GatewayError =>
    new GatewayError({ ...base, code, message, retryable, mayHaveBeenCarriedOut, ...(remediation ? { remediation } : {}) });

  const ambiguous = (what: string): GatewayError => ambiguousError(call, `${what} after the request was sent`, settings, { cause: failure.cause });

  switch (failure.kind) {
    case 'stopped':
      if (stopReason === 'deadline') {
        if (mayHaveBeenCarriedOut) return ambiguous('the deadline passed');
        return make('TIMEOUT', `${method} ${url}: the deadline passed before the gateway answered`, true);
      }
      return make(
        'ABORTED',
        `${method} ${url}: cancelled` + (mayHaveBeenCarriedOut ? ' after the request was sent; the gateway may have carried this out' : ''),
        false,
        mayHaveBeenCarriedOut ? call.ambiguityHint : undefined
      );
    case 'tls': {
      const remediation = connectionRemediation(connectionFailureClass(codeOf(failure.cause)) ?? 'tls-other', settings.target.origin);
      return make('CONNECTION_FAILED', `${method} ${url}: the TLS connection failed: ${causeText(failure.cause)}. ${remediation}`, false, remediation);
    }
    case 'closed':
      return make('CONNECTION_FAILED', `${method} ${url}: the gateway client was already closed`, false);
    case 'too-large':
      return make('INVALID_RESPONSE', `${method} ${url}: the gateway's answer was too large to be a valid response`, false);
    case 'timeout':
      if (mayHaveBeenCarriedOut) return ambiguous(`no answer came within ${settings.requestTimeoutMs} ms`);
      return make('TIMEOUT', `${method} ${url}: no answer within ${settings.requestTimeoutMs} ms (${causeText(failure.cause)})`, true);
    case 'connect':
    case 'reset': {
      if (mayHaveBeenCarriedOut) return ambiguous(`the connection failed (${causeText(failure.cause)})`);
      const kind = connectionFailureClass(codeOf(failure.cause));
      const remediation = kind ? connectionRemediation(kind, settings.target.origin) : 'Check the gateway URL, port and network.';
      return make('CONNECTION_FAILED', `${method} ${url}: could not reach the gateway: ${causeText(failure.cause)}. ${remediation}`, true, kind ? remediation : undefined);
    }
  }
}

/**
 * A non-idempotent call whose outcome is unknown (`what` happened after it was sent: a timeout, a
 * reset, a 504 from a proxy). Never repeated blindly: the error says what to check.
 */
export function ambiguousError(
  call: FailedCall,
  what: string,
  settings: ResolvedSettings,
  extra: { status?: number; cause?: unknown } = {}
): GatewayError<'AMBIGUOUS_OUTCOME'> {
  const check = call.ambiguityHint ?? 'Check in AppViewX whether it was carried out before trying again.';
  return new GatewayError({
    code: 'AMBIGUOUS_OUTCOME',
    message:
      `${call.method} ${endpointUrl(settings, call.endpoint)}: ${what}, so the gateway may have carried this out. ` +
      `It was not repeated blindly, because repeating it could do it twice. ${check}`,
    method: call.method,
    endpoint: call.endpoint,
    mayHaveBeenCarriedOut: true,
    retryable: false,
    remediation: check,
    ...extra,
  });
}

/** The gateway client is shutting down: a non-idempotent call that was never sent is refused. */
export function notSentError(call: FailedCall, reason: string, settings: ResolvedSettings): GatewayError<'ABORTED'> {
  return new GatewayError({
    code: 'ABORTED',
    message:
      `${call.method} ${endpointUrl(settings, call.endpoint)}: cancelled, nothing was sent: ${reason}, so the provider starts no new change at the gateway ` +
      '(calls already sent are finished and recorded). Run terraform again to carry it out.',
    method: call.method,
    endpoint: call.endpoint,
    mayHaveBeenCarriedOut: false,
    retryable: false,
  });
}
