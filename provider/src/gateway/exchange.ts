// One gateway call from the caller's point of view: credentials, attempts, backoff, re-login on
// 401/407, and the rule that a non-idempotent call is never sent twice unless an answer proved
// that the gateway did not carry it out (or the gateway itself refuses to carry it out twice).
import type { Logger } from '../logging.js';
import type { Authenticator, Credentials } from './auth/authenticator.js';
import type { CallGate } from './call-gate.js';
import type { CallScope } from './call-scope.js';
import { endpointPath, endpointUrl } from './config.js';
import type { ResolvedSettings } from './config.js';
import { GatewayError } from './errors.js';
import { answerError, appStatusCodeOf, describeAnswer, isFailure, readAnswer, remediationOf } from './gateway-answer.js';
import type { GatewayAnswer } from './gateway-answer.js';
import { ambiguousError, notSentError, transportFailureError } from './failure-errors.js';
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
  /**
   * For a call the gateway never carries out twice (SSH create: one valid certificate per key), an
   * ambiguous attempt may be repeated: a repeat refused with this appStatusCode proves that the
   * earlier attempt was carried out; a repeat that succeeds proves it was not.
   */
  repeatProvesWith?: string;
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
  /** Closed on shutdown: new non-idempotent attempts are refused. */
  gate?: CallGate;
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
    /** Set once an attempt may have been carried out (only a call with repeatProvesWith goes on after it). */
    let ambiguity: GatewayError | undefined;
    for (let attempt = 1; ; attempt++) {
      let credentials: Credentials | undefined;
      let answer: GatewayAnswer;
      const started = Date.now();
      try {
        credentials = auth ? await auth.credentials(scope) : undefined;
        this.refuseWhenClosed(spec, ambiguity);
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
        const stopped = failure.kind === 'stopped';
        if (error.code === 'AMBIGUOUS_OUTCOME') ambiguity ??= error;
        // An ambiguous attempt is repeated only where a repeat cannot do the work twice.
        const retryable = !stopped && (error.retryable || (error.code === 'AMBIGUOUS_OUTCOME' && spec.repeatProvesWith !== undefined));
        const decision: Decision =
          retryable && counts.retries < settings.maxRetries
            ? { retry: true, delayMs: backoffDelay(counts.retries, settings.retryBaseDelayMs), error }
            : { retry: false, error };
        await this.retryOrThrow(spec, scope, decision, counts, ambiguity);
        continue;
      }
      const appStatusCode = appStatusCodeOf(answer);
      this.logAttempt(spec, attempt, started, { status: answer.status, ...(appStatusCode ? { appStatusCode } : {}) });
      const authenticated = answer.status !== 401 && answer.status !== 407;
      if (auth && credentials && authenticated && answer.status !== 429 && answer.status < 500) auth.accepted(credentials);

      if (!isFailure(answer)) {
        if (answer.envelope || spec.rawBody) return answer;
        throw this.unreadableSuccess(spec, answer);
      }
      if (ambiguity && spec.repeatProvesWith !== undefined && appStatusCode === spec.repeatProvesWith) {
        throw this.provenByRepeat(spec, answer, ambiguity);
      }
      if (auth && credentials && !authenticated) {
        // A 401 proves the call was not carried out, so even a create may be repeated. Sessions
        // can expire again and again under churn: every 401 gets a shared re-login (single flight)
        // and a repeat, bounded by the deadline, not by a count per call. Bad credentials fail in
        // the login itself; a gateway that rejects every new session is stopped by RenewalGuard.
        if (await this.renew(spec, scope, auth, credentials, ambiguity)) {
          renewals++;
          // The gateway itself answered: maxRetries bounds transient failures in a row, and a storm
          // of expiring sessions must not add up 503s from between the renewals.
          counts.retries = 0;
          continue;
        }
        throw this.rejectedCredentials(spec, answer, auth, renewals > 0);
      }
      const decision = this.decide(spec, scope, answer, counts);
      if (decision.error.code === 'AMBIGUOUS_OUTCOME') ambiguity ??= decision.error;
      await this.retryOrThrow(spec, scope, decision, counts, ambiguity);
    }
  }

  /** auth.renew, with a stop while waiting for the shared login reported like any other stop. */
  private async renew(spec: ExchangeSpec, scope: CallScope, auth: Authenticator, used: Credentials, ambiguity: GatewayError | undefined): Promise<boolean> {
    try {
      return await auth.renew(used, scope);
    } catch (failure) {
      if (!(failure instanceof TransportFailure)) throw failure;
      const error = transportFailureError(spec, failure, scope.stopReason, this.deps.settings);
      throw ambiguity ?? error;
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
    if (answer.status === 504 && !spec.idempotent) {
      // A 504 comes from a proxy that gave up waiting: the gateway behind it may have done the work.
      const error = ambiguousError(spec, `a proxy answered ${describeAnswer(answer)} after the request was sent`, this.deps.settings, { status: 504 });
      if (spec.repeatProvesWith === undefined || counts.retries >= maxRetries) return { retry: false, error };
      return { retry: true, delayMs: backoffDelay(counts.retries, retryBaseDelayMs), error };
    }
    if (answer.status === 429) {
      // "Slow down" is an instruction, not a failure: waited out (Retry-After, else backoff) until
      // the deadline; without one, maxRetries times.
      const error = answerError(spec.method, spec.endpoint, answer, true);
      if (scope.deadline === undefined && counts.waits >= maxRetries) return { retry: false, error };
      const delayMs = Math.max(parseRetryAfter(answer.headers['retry-after']) ?? 0, backoffDelay(counts.waits, retryBaseDelayMs));
      return { retry: true, delayMs, error, waiting: true };
    }
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

  /**
   * Waits and counts the retry, or throws when the retry is off, stopped, or past the deadline.
   * After an ambiguous attempt, whatever ends the call, the error says the work may have been done.
   */
  private async retryOrThrow(spec: ExchangeSpec, scope: CallScope, decision: Decision, counts: Counts, ambiguity: GatewayError | undefined): Promise<void> {
    const final = (error: GatewayError): GatewayError => (ambiguity && error !== ambiguity ? this.stillAmbiguous(ambiguity, error) : error);
    if (!decision.retry) throw final(decision.error);
    const retry = decision.waiting ? ++counts.waits : ++counts.retries;
    this.deps.logger.debug('gateway retry', {
      method: spec.method,
      endpoint: spec.endpoint,
      reason: decision.error.code,
      ...(decision.error.status === undefined ? {} : { status: decision.error.status }),
      delayMs: decision.delayMs,
      retry,
    });
    const gate = spec.idempotent ? undefined : this.deps.gate;
    if (!(await scope.sleep(decision.delayMs, gate?.closedSignal))) {
      this.refuseWhenClosed(spec, ambiguity);
      if (scope.stopReason === 'caller') {
        throw final(transportFailureError(spec, new TransportFailure('stopped', false, 'aborted'), 'caller', this.deps.settings));
      }
      throw final(decision.error); // the deadline leaves no room for another attempt: the last failure stands
    }
    this.deps.stats.retries++;
  }

  /** Shutting down: a non-idempotent attempt not yet sent is refused (or the earlier ambiguity stands). */
  private refuseWhenClosed(spec: ExchangeSpec, ambiguity: GatewayError | undefined): void {
    const reason = this.deps.gate?.closedReason;
    if (spec.idempotent || reason === undefined) return;
    if (ambiguity) throw ambiguity;
    throw notSentError(spec, reason, this.deps.settings);
  }

  /** A repeat after an ambiguous attempt was refused in the way that proves the first one was carried out. */
  private provenByRepeat(spec: ExchangeSpec, answer: GatewayAnswer, ambiguity: GatewayError): GatewayError {
    return new GatewayError({
      code: 'GATEWAY_ERROR',
      message:
        `${spec.method} ${endpointUrl(this.deps.settings, spec.endpoint)}: an earlier attempt's outcome was unknown (${ambiguity.message.split(', so the gateway')[0]!.replace(/^\S+ \S+: /, '')}); ` +
        `a repeat was answered ${describeAnswer(answer)}, which shows that the earlier attempt was carried out.`,
      method: spec.method,
      endpoint: spec.endpoint,
      mayHaveBeenCarriedOut: true,
      ...envelopeFields(answer),
    });
  }

  /** The call ended with `last`, but an earlier attempt may have been carried out: that is what counts. */
  private stillAmbiguous(ambiguity: GatewayError, last: GatewayError): GatewayError {
    return new GatewayError({
      code: 'AMBIGUOUS_OUTCOME',
      message: `${ambiguity.message} (A repeat to find out failed too: ${last.message})`,
      method: ambiguity.method,
      endpoint: ambiguity.endpoint,
      mayHaveBeenCarriedOut: true,
      cause: last,
      ...(ambiguity.status === undefined ? {} : { status: ambiguity.status }),
      ...(ambiguity.remediation === undefined ? {} : { remediation: ambiguity.remediation }),
    });
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
    return new GatewayError({
      code: 'AUTHENTICATION_FAILED',
      message: `The gateway rejected ${auth.identity} for ${spec.method} ${url}: ${describeAnswer(answer)}` + (renewed ? ' (again after logging in anew)' : ''),
      method: spec.method,
      endpoint: spec.endpoint,
      ...envelopeFields(answer),
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

/** What an error carries of a failed answer: its status and what the envelope said (never a body excerpt). */
function envelopeFields(answer: GatewayAnswer): { status: number; appStatusCode?: string; gatewayMessage?: string; remediation?: string } {
  const appStatusCode = appStatusCodeOf(answer);
  const gatewayMessage = answer.envelope?.message ?? undefined;
  const remediation = remediationOf(answer);
  return {
    status: answer.status,
    ...(appStatusCode === undefined ? {} : { appStatusCode }),
    ...(gatewayMessage === undefined ? {} : { gatewayMessage }),
    ...(remediation === undefined ? {} : { remediation }),
  };
}
