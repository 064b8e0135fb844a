// Turning a failed attempt (no answer from the gateway) into a GatewayError. The deciding
// question is whether the request may have reached the gateway: if it may have and the call is
// not idempotent, the outcome is ambiguous and the call must not be repeated blindly.
import type { StopReason } from './call-scope.js';
import { endpointUrl } from './config.js';
import type { ResolvedSettings } from './config.js';
import { GatewayError } from './errors.js';
import type { GatewayErrorCode } from './errors.js';
import type { TransportFailure } from './transport.js';

export interface FailedCall {
  method: string;
  endpoint: string;
  idempotent: boolean;
  ambiguityHint?: string;
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

  const ambiguous = (what: string): GatewayError => {
    const check = call.ambiguityHint ?? 'Check in AppViewX whether it was carried out before trying again.';
    return make(
      'AMBIGUOUS_OUTCOME',
      `${method} ${url}: ${what} after the request was sent, so the gateway may have carried this out. ` +
        `It was not repeated automatically, because repeating it could do it twice. ${check}`,
      false,
      check
    );
  };

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
    case 'tls':
      return make(
        'CONNECTION_FAILED',
        `${method} ${url}: the TLS connection failed: ${causeText(failure.cause)}. ` +
          'If the gateway uses a private or self-signed certificate, set ca_certificate to the PEM of the CA that issued it ' +
          '(or insecure = true, for test installs only).',
        false
      );
    case 'closed':
      return make('CONNECTION_FAILED', `${method} ${url}: the gateway client was already closed`, false);
    case 'too-large':
      return make('INVALID_RESPONSE', `${method} ${url}: the gateway's answer was too large to be a valid response`, false);
    case 'timeout':
      if (mayHaveBeenCarriedOut) return ambiguous(`no answer came within ${settings.requestTimeoutMs} ms`);
      return make('TIMEOUT', `${method} ${url}: no answer within ${settings.requestTimeoutMs} ms (${causeText(failure.cause)})`, true);
    case 'connect':
    case 'reset':
      if (mayHaveBeenCarriedOut) return ambiguous(`the connection failed (${causeText(failure.cause)})`);
      return make(
        'CONNECTION_FAILED',
        `${method} ${url}: could not reach the gateway: ${causeText(failure.cause)}. Check the gateway URL, port and network.`,
        true
      );
  }
}
