// Graceful shutdown of one gateway client. Once the gate is closed (the provider got SIGTERM,
// SIGINT or SIGHUP), a non-idempotent call that has not been sent is refused with "cancelled,
// nothing was sent"; idempotent calls and calls already sent go on. Every call is counted, so the
// process can wait until the calls already sent are answered (each bounded by its deadline).

export class CallGate {
  private inFlight = 0;
  private reason: string | undefined;
  private readonly closing = new AbortController();
  private waiters: (() => void)[] = [];

  /** Why the gate is closed (e.g. "the provider received SIGTERM"), undefined while open. */
  get closedReason(): string | undefined {
    return this.reason;
  }

  /** Fires when the gate closes: backoff waits of non-idempotent calls end at once. */
  get closedSignal(): AbortSignal {
    return this.closing.signal;
  }

  get callsInFlight(): number {
    return this.inFlight;
  }

  /** Runs one call, counted until it settles. */
  async track<T>(work: () => Promise<T>): Promise<T> {
    this.inFlight++;
    try {
      return await work();
    } finally {
      if (--this.inFlight === 0) for (const wake of this.waiters.splice(0)) wake();
    }
  }

  /** Refuses new non-idempotent calls from now on; resolves once no call is in flight. Idempotent. */
  close(reason: string): Promise<void> {
    if (this.reason === undefined) {
      this.reason = reason;
      this.closing.abort(reason);
    }
    return this.idle();
  }

  /** Resolves once no call is in flight. */
  idle(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}
