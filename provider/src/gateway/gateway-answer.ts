// Reading an HTTP answer as the gateway's envelope and deciding whether it is a failure.
import type { IncomingHttpHeaders } from 'node:http';
import { GatewayError } from './errors.js';
import { remediationFor, remediationForStatus } from './remediation.js';
import { envelopeSchema, isSuccessAppStatus } from './schemas/envelope.js';
import type { Envelope } from './schemas/envelope.js';
import type { TransportResponse } from './transport.js';

export interface GatewayAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The raw body, for endpoints that answer with a file (certificate/download/format). */
  body: Buffer;
  /** Undefined when the body was not the JSON envelope (an HTML error page from a proxy, say). */
  envelope: Envelope | undefined;
  /** A short excerpt of a body that was not the envelope, for error messages. */
  excerpt: string | undefined;
}

const EXCERPT_CHARS = 200;

export function readAnswer(response: TransportResponse): GatewayAnswer {
  const text = response.body.toString('utf8');
  let json: unknown;
  try {
    json = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = envelopeSchema.safeParse(json);
  const excerpt = parsed.success
    ? undefined
    : text
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, EXCERPT_CHARS) || undefined;
  return { status: response.status, headers: response.headers, body: response.body, envelope: parsed.success ? parsed.data : undefined, excerpt };
}

export function appStatusCodeOf(answer: GatewayAnswer): string | undefined {
  return answer.envelope?.appStatusCode ?? undefined;
}

export function gatewayMessageOf(answer: GatewayAnswer): string | undefined {
  return answer.envelope?.message ?? answer.excerpt;
}

/** README: HTTP >= 400 fails; so does a 2xx whose appStatusCode is non-null and not a success code. */
export function isFailure(answer: GatewayAnswer): boolean {
  if (answer.status < 200 || answer.status >= 300) return true;
  return !isSuccessAppStatus(answer.envelope?.appStatusCode);
}

export function describeAnswer(answer: GatewayAnswer): string {
  const parts = [`HTTP ${answer.status}`];
  const appStatusCode = appStatusCodeOf(answer);
  if (appStatusCode) parts.push(appStatusCode);
  const message = gatewayMessageOf(answer);
  if (message) parts.push(JSON.stringify(message));
  return parts.join(' ');
}

export function remediationOf(answer: GatewayAnswer): string | undefined {
  return remediationFor(appStatusCodeOf(answer), gatewayMessageOf(answer)) ?? remediationForStatus(answer.status);
}

/** The error for an answer that failed; `retryable` marks answers that prove nothing was done. */
export function answerError(method: string, endpoint: string, answer: GatewayAnswer, retryable: boolean): GatewayError<'GATEWAY_ERROR'> {
  const appStatusCode = appStatusCodeOf(answer);
  const gatewayMessage = gatewayMessageOf(answer);
  const remediation = remediationOf(answer);
  return new GatewayError({
    code: 'GATEWAY_ERROR',
    message: `${method} ${endpoint} failed: the gateway answered ${describeAnswer(answer)}`,
    method,
    endpoint,
    status: answer.status,
    retryable,
    ...(appStatusCode === undefined ? {} : { appStatusCode }),
    ...(gatewayMessage === undefined ? {} : { gatewayMessage }),
    ...(remediation === undefined ? {} : { remediation }),
  });
}
