// One gateway call from the caller's point of view: credentials, attempts, backoff, re-login on
// 401/407, and the rule that a non-idempotent call is never sent twice unless an answer proved
// that the gateway did not carry it out.
import type { Logger } from '../logging.js';
import type { Authenticator, Credentials } from './auth/authenticator.js';
import type { CallScope } from './call-scope.js';
import { endpointPath, endpointUrl } from './config.js';
import type { ResolvedSettings } from './config.js';
import { GatewayError } from './errors.js';
import { answerError, appStatusCodeOf, describeAnswer, isFailure, readAnswer, remediationOf } from './gateway-answer.js';
import type { GatewayAnswer } from './gateway-answer.js';
import { transportFailureError } from './failure-errors.js';
import { RETRYABLE_STATUSES, backoffDelay, parseRetryAfter } from './retry.js';
import { TransportFailure } from './transport.js';
import type { Transport } from './transport.js';

export interface ExchangeSpec {
  method: 'GET' | 'POST' | 'PUT';
  /** Below /avxapi/, e.g. `ssh/cert/create`. */
  endpoint: string;
  query?: Readonly<Record<string, string>>;
  /** Absent for GET. */
  body?: string;
  /** A success answer is a file, not the JSON envelope (certificate/download/format returns the raw file). */
  rawBody?: boolean;
  /** application/json unless said otherwise (the token call is form-encoded). */
  contentType?: string;
  /** Headers of this call besides the credentials (login sends username/password itself). */
  headers?: Readonly<Record<string, string>>;
  /** May the request be sent again after it may have reached the gateway? */
  idempotent: boolean;
  /** What to check when a non-idempotent call may or may not have been carried out. */
  ambiguityHint?: string;
  /** Retry 417 OPEN_WORK_ORDERS_FOUND until the deadline (reissue/revoke pages). */
  retryOpenWorkOrders?: boolean;
}

export interface GatewayStats {
  logins: number;
  tokenFetches: number;
  requests: number;
  retries: number;
}

export interface ExchangeDeps {
  transport: Transport;
  settings: ResolvedSettings;
  logger: Logger;
  stats: GatewayStats;
}

/** `waiting`: for an open work order (its own count, bounded by the deadline), not a transient failure. */
type Decision = { retry: true; delayMs: number; error: GatewayError; waiting?: boolean } | { retry: false; error: GatewayError };

interface Counts {
  retries: number;
  waits: number;
}

export class Exchange {
  constructor(private readonly deps: ExchangeDeps) {}

  /** Returns the successful answer, or throws a GatewayError. */
  async run(spec: ExchangeSpec, scope: CallScope, auth?: Authenticator): Promise<GatewayAnswer> {
    const { settings, stats } = this.deps;
    const counts: Counts = { retries: 0, waits: 0 };
    let renewals = 0;
    for (let attempt = 1; ; attempt++) {
      let credentials: Credentials | undefined;
      let answer: GatewayAnswer;
      const started = Date.now();
      try {
        credentials = auth ? await auth.credentials(scope) : undefined;
        stats.requests++;
        const response = await this.deps.transport.send({
          method: spec.method,
          path: endpointPath(settings, spec.endpoint, spec.query),
          headers: this.headersFor(spec, credentials),
          ...(spec.body === undefined ? {} : { body: spec.body }),
          signal: scope.signal,
        });
        answer = readAnswer(response);
      } catch (failure) {
        if (!(failure instanceof TransportFailure)) throw failure;
        this.logAttempt(spec, attempt, started, { failure: failure.kind, sent: failure.sent });
        const error = transportFailureError(spec, failure, scope.stopReason, settings);
        const retryable = error.retryable && failure.kind !== 'stopped';
        const decision: Decision =
          retryable && counts.retries < settings.maxRetries
            ? { retry: true, delayMs: backoffDelay(counts.retries, settings.retryBaseDelayMs), error }
            : { retry: false, error };
        await this.retryOrThrow(spec, scope, decision, counts);
        continue;
      }
      const appStatusCode = appStatusCodeOf(answer);
      this.logAttempt(spec, attempt, started, { status: answer.status, ...(appStatusCode ? { appStatusCode } : {}) });

      if (!isFailure(answer)) {
        if (answer.envelope || spec.rawBody) return answer;
        throw this.unreadableSuccess(spec, answer);
      }
      if (auth && credentials && (answer.status === 401 || answer.status === 407)) {
        // A 401 proves the call was not carried out, so even a create may be repeated. A fresh
        // session can expire again under churn (many concurrent callers renewing): allow a renewal
        // per retry, bounded by maxRetries; bad credentials fail in the login itself.
        if (renewals <= settings.maxRetries && (await auth.renew(credentials, scope))) {
          renewals++;
          continue;
        }
        throw this.rejectedCredentials(spec, answer, auth, renewals > 0);
      }
      await this.retryOrThrow(spec, scope, this.decide(spec, scope, answer, counts), counts);
    }
  }

  /** Gets credentials now (login / token fetch) rather than with the first call. */
  async authenticate(scope: CallScope, auth: Authenticator): Promise<void> {
    try {
      await auth.credentials(scope);
    } catch (failure) {
      if (!(failure instanceof TransportFailure)) throw failure;
      throw transportFailureError(
        { method: 'POST', endpoint: this.deps.settings.loginEndpoint, idempotent: true },
        failure,
        scope.stopReason,
        this.deps.settings
      );
    }
  }

  private decide(spec: ExchangeSpec, scope: CallScope, answer: GatewayAnswer, counts: Counts): Decision {
    const { maxRetries, retryBaseDelayMs } = this.deps.settings;
    if (RETRYABLE_STATUSES.has(answer.status)) {
      const error = answerError(spec.method, spec.endpoint, answer, true);
      if (counts.retries >= maxRetries) return { retry: false, error };
      const delayMs = parseRetryAfter(answer.headers['retry-after']) ?? backoffDelay(counts.retries, retryBaseDelayMs);
      return { retry: true, delayMs, error };
    }
    if (answer.status === 417 && appStatusCodeOf(answer) === 'OPEN_WORK_ORDERS_FOUND' && spec.retryOpenWorkOrders) {
      // Waiting for the open work order is bounded by the deadline; without one, by maxRetries.
      const error = answerError(spec.method, spec.endpoint, answer, true);
      if (scope.deadline === undefined && counts.waits >= maxRetries) return { retry: false, error };
      return { retry: true, delayMs: backoffDelay(counts.waits, retryBaseDelayMs), error, waiting: true };
    }
    return { retry: false, error: answerError(spec.method, spec.endpoint, answer, false) };
  }

  /** Waits and counts the retry, or throws when the retry is off, stopped, or past the deadline. */
  private async retryOrThrow(spec: ExchangeSpec, scope: CallScope, decision: Decision, counts: Counts): Promise<void> {
    if (!decision.retry) throw decision.error;
    const retry = decision.waiting ? ++counts.waits : ++counts.retries;
    this.deps.logger.debug('gateway retry', {
      method: spec.method,
      endpoint: spec.endpoint,
      reason: decision.error.code,
      ...(decision.error.status === undefined ? {} : { status: decision.error.status }),
      delayMs: decision.delayMs,
      retry,
    });
    if (!(await scope.sleep(decision.delayMs))) {
      if (scope.stopReason === 'caller') {
        throw transportFailureError(spec, new TransportFailure('stopped', false, 'aborted'), 'caller', this.deps.settings);
      }
      throw decision.error; // the deadline leaves no room for another attempt: the last failure stands
    }
    this.deps.stats.retries++;
  }

  private headersFor(spec: ExchangeSpec, credentials: Credentials | undefined): Record<string, string> {
    return {
      'content-type': spec.contentType ?? 'application/json',
      accept: 'application/json',
      ...spec.headers,
      ...credentials?.headers,
    };
  }

  private rejectedCredentials(spec: ExchangeSpec, answer: GatewayAnswer, auth: Authenticator, renewed: boolean): GatewayError {
    const url = endpointUrl(this.deps.settings, spec.endpoint);
    const appStatusCode = appStatusCodeOf(answer);
    const gatewayMessage = answer.envelope?.message ?? undefined;
    const remediation = remediationOf(answer);
    return new GatewayError({
      code: 'AUTHENTICATION_FAILED',
      message: `The gateway rejected ${auth.identity} for ${spec.method} ${url}: ${describeAnswer(answer)}` + (renewed ? ' (again after logging in anew)' : ''),
      method: spec.method,
      endpoint: spec.endpoint,
      status: answer.status,
      ...(appStatusCode === undefined ? {} : { appStatusCode }),
      ...(gatewayMessage === undefined ? {} : { gatewayMessage }),
      ...(remediation === undefined ? {} : { remediation }),
    });
  }

  /** A 2xx that is not the JSON envelope: something other than the gateway answered, or it is broken. */
  private unreadableSuccess(spec: ExchangeSpec, answer: GatewayAnswer): GatewayError {
    return new GatewayError({
      code: 'INVALID_RESPONSE',
      message:
        `${spec.method} ${spec.endpoint}: HTTP ${answer.status} without the gateway's JSON envelope` +
        (answer.excerpt ? ` (${JSON.stringify(answer.excerpt)})` : '') +
        '. Check that the URL points at the AppViewX gateway.',
      method: spec.method,
      endpoint: spec.endpoint,
      status: answer.status,
      mayHaveBeenCarriedOut: !spec.idempotent,
      ...(spec.idempotent || !spec.ambiguityHint ? {} : { remediation: spec.ambiguityHint }),
    });
  }

  private logAttempt(spec: ExchangeSpec, attempt: number, started: number, outcome: Record<string, unknown>): void {
    // Method, endpoint and outcome only: no query (gwkey), headers (credentials) or bodies.
    this.deps.logger.debug('gateway request', {
      method: spec.method,
      endpoint: spec.endpoint,
      ...outcome,
      durationMs: Date.now() - started,
      attempt,
    });
  }
}
