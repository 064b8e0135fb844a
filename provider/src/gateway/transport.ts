// HTTP/1.1 to the gateway through one keep-alive undici Pool per client. The one thing this
// layer adds over `pool.request()` is knowing whether the request was ever handed to a socket:
// undici calls onRequestStart immediately before writing it, so a failure without that call
// provably never reached the gateway, and a failure after it may have (the retry policy needs this).
import { X509Certificate } from 'node:crypto';
import type { Dispatcher, Pool } from 'undici';
import type { IncomingHttpHeaders } from 'node:http';
import { GatewayError } from './errors.js';

/** A gateway answer larger than this is not a certificate or a search page. */
const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
/** Parallel connections per client: enough for terraform's default -parallelism=10 and then some. */
const MAX_CONNECTIONS = 16;

export interface TransportOptions {
  origin: string;
  requestTimeoutMs: number;
  caCertificate?: string;
  insecure: boolean;
}

export interface TransportRequest {
  method: 'GET' | 'POST' | 'PUT';
  /** Path and query, e.g. /avxapi/ssh/cert/create?gwsource=external */
  path: string;
  headers: Readonly<Record<string, string>>;
  body?: string;
  /** Aborts the attempt (caller's signal or deadline). */
  signal: AbortSignal;
}

export interface TransportResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type TransportFailureKind =
  | 'connect' // refused, DNS, unreachable, connect timeout
  | 'tls' // the server's certificate is not trusted, or TLS could not be negotiated
  | 'timeout' // no response headers / body within requestTimeoutMs
  | 'reset' // the connection broke
  | 'stopped' // the attempt's signal fired
  | 'closed' // the client was closed
  | 'too-large'; // the response exceeded MAX_RESPONSE_BYTES

export class TransportFailure extends Error {
  override readonly name = 'TransportFailure';
  constructor(
    readonly kind: TransportFailureKind,
    /** False only when the request provably never reached a socket. */
    readonly sent: boolean,
    override readonly cause: unknown
  ) {
    super(`${kind}${sent ? ' after sending' : ' before sending'}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

const CONNECT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'UND_ERR_CONNECT_TIMEOUT']);
const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function classify(error: unknown, sent: boolean): TransportFailureKind {
  const code = errorCode(error);
  if (TLS_CODES.has(code) || code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_')) return 'tls';
  if (!sent && (code === 'UND_ERR_CLOSED' || code === 'UND_ERR_DESTROYED')) return 'closed';
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') return 'timeout';
  if (!sent && CONNECT_CODES.has(code)) return 'connect';
  return 'reset';
}

function trustOptions(options: TransportOptions): { ca?: string[]; rejectUnauthorized: boolean } {
  if (!options.caCertificate) return { rejectUnauthorized: !options.insecure };
  try {
    new X509Certificate(options.caCertificate);
  } catch (cause) {
    throw new GatewayError({
      code: 'INVALID_REQUEST',
      message: 'ca_certificate is not a PEM certificate (expected "-----BEGIN CERTIFICATE-----")',
      method: 'CONFIGURE',
      endpoint: '',
      cause,
    });
  }
  // An extra anchor, not a replacement: public CAs stay trusted (a SaaS tenant uses one).
  const { rootCertificates } = require('node:tls') as typeof import('node:tls');
  return { ca: [...rootCertificates, options.caCertificate], rejectUnauthorized: !options.insecure };
}

/**
 * undici's index also sets up fetch, cookies and WebSocket: ~40 ms at each of the several provider
 * starts per terraform command, most of which never reach the gateway. The pool is all we use.
 * (node:v8 and node:tls are required where used for the same reason.)
 */
const loadPool = (): typeof Pool => {
  // undici parses HTTP with llhttp compiled to WebAssembly, which V8 would tier up with TurboFan:
  // ~30 MB more peak RSS in every provider process that calls the gateway, for parsing responses
  // of a few kB. Liftoff, V8's baseline wasm compiler, is enough. (Set after the core is compiled,
  // as flags are part of the code cache's key.)
  (require('node:v8') as typeof import('node:v8')).setFlagsFromString('--liftoff-only');
  return require('undici/lib/dispatcher/pool') as typeof Pool;
};

export class Transport {
  private readonly pool: Pool;
  private readonly requestTimeoutMs: number;
  private closing: Promise<void> | undefined;

  constructor(options: TransportOptions) {
    this.requestTimeoutMs = options.requestTimeoutMs;
    this.pool = new (loadPool())(options.origin, {
      connections: MAX_CONNECTIONS,
      pipelining: 1,
      // Below the idle timeout of common servers (node 5 s, nginx 75 s) unless the gateway's
      // Keep-Alive header says otherwise: reusing a socket the server is closing would turn a
      // create into an AMBIGUOUS_OUTCOME for nothing.
      keepAliveTimeout: 4_000,
      headersTimeout: options.requestTimeoutMs,
      bodyTimeout: options.requestTimeoutMs,
      connect: { timeout: options.requestTimeoutMs, ...trustOptions(options) },
    });
  }

  send(request: TransportRequest): Promise<TransportResponse> {
    const timeoutMs = this.requestTimeoutMs;
    return new Promise<TransportResponse>((resolve, reject) => {
      const { signal } = request;
      if (signal.aborted) {
        reject(new TransportFailure('stopped', false, signal.reason));
        return;
      }
      let sent = false;
      let settled = false;
      let controller: Dispatcher.DispatchController | undefined;
      let status = 0;
      let headers: IncomingHttpHeaders = {};
      const chunks: Buffer[] = [];
      let size = 0;
      let attemptTimer: ReturnType<typeof setTimeout> | undefined;

      const settle = (finish: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(attemptTimer);
        signal.removeEventListener('abort', onAbort);
        finish();
      };
      const fail = (kind: TransportFailureKind, cause: unknown): void => settle(() => reject(new TransportFailure(kind, sent, cause)));
      // Settle at once even while the request still waits for a free connection; if undici
      // dispatches it later, onRequestStart aborts it before a byte is written.
      const onAbort = (): void => {
        fail('stopped', signal.reason);
        controller?.abort(new Error('attempt stopped'));
      };
      signal.addEventListener('abort', onAbort, { once: true });

      const handler: Dispatcher.DispatchHandler = {
        onRequestStart(ctrl) {
          controller = ctrl;
          if (settled) {
            ctrl.abort(new Error('attempt stopped before it was sent'));
            return;
          }
          sent = true;
          // undici's own headers/body timeouts tick at ~1 s resolution; this one is exact and
          // bounds the whole exchange, from writing the request to the end of the answer.
          attemptTimer = setTimeout(() => {
            fail('timeout', new Error(`no complete answer within ${timeoutMs} ms`));
            ctrl.abort(new Error('request timeout'));
          }, timeoutMs);
        },
        onResponseStart(_ctrl, statusCode, responseHeaders) {
          status = statusCode;
          headers = responseHeaders;
        },
        onResponseData(ctrl, chunk) {
          size += chunk.length;
          if (size > MAX_RESPONSE_BYTES) {
            fail('too-large', new Error(`response larger than ${MAX_RESPONSE_BYTES} bytes`));
            ctrl.abort(new Error('response too large'));
            return;
          }
          chunks.push(chunk);
        },
        onResponseEnd() {
          settle(() => resolve({ status, headers, body: Buffer.concat(chunks) }));
        },
        onResponseError(_ctrl, error) {
          fail(classify(error, sent), error);
        },
      };
      try {
        this.pool.dispatch({ path: request.path, method: request.method, headers: request.headers, body: request.body ?? null }, handler);
      } catch (error) {
        fail(classify(error, false), error);
      }
    });
  }

  /** Lets calls in flight finish for a moment, then cuts what is left (terraform is stopping). Idempotent. */
  close(graceMs = 2_000): Promise<void> {
    this.closing ??= this.shutDown(graceMs);
    return this.closing;
  }

  private async shutDown(graceMs: number): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const graceful = this.pool.close().then(
      () => true,
      () => true,
    );
    const expired = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), graceMs)));
    const closed = await Promise.race([graceful, expired]);
    clearTimeout(timer);
    if (!closed) await this.pool.destroy().catch(() => undefined);
  }
}
