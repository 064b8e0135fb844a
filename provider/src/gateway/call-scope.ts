// One call's lifetime: the caller's AbortSignal and deadline folded into one signal that every
// attempt and every backoff wait listens to, so nothing outlives what the caller allowed.
import type { CallOptions } from './config.js';

export type StopReason = 'caller' | 'deadline';

/** setTimeout cannot wait longer than this; a deadline further out is simply not armed. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class CallScope {
  readonly deadline: number | undefined;
  private readonly controller = new AbortController();
  private reason: StopReason | undefined;
  private readonly timer: ReturnType<typeof setTimeout> | undefined;
  private readonly callerSignal: AbortSignal | undefined;
  private readonly onCallerAbort = (): void => this.stop('caller');

  constructor(options: CallOptions = {}) {
    this.deadline = options.deadline;
    this.callerSignal = options.signal;
    if (this.callerSignal?.aborted) {
      this.stop('caller');
    } else {
      this.callerSignal?.addEventListener('abort', this.onCallerAbort, { once: true });
    }
    const remaining = this.remainingMs();
    if (remaining <= 0) this.stop('deadline');
    else if (remaining <= MAX_TIMER_MS) this.timer = setTimeout(() => this.stop('deadline'), remaining);
  }

  /** Fires when the caller aborts or the deadline passes. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get stopReason(): StopReason | undefined {
    return this.reason;
  }

  remainingMs(): number {
    return this.deadline === undefined ? Infinity : this.deadline - Date.now();
  }

  /**
   * Waits `ms`; resolves false at once if the scope stops first, `interrupt` fires (the client is
   * shutting down), or the wait would pass the deadline.
   */
  async sleep(ms: number, interrupt?: AbortSignal): Promise<boolean> {
    if (this.reason || interrupt?.aborted || ms > this.remainingMs()) return false;
    if (ms <= 0) return true;
    return new Promise<boolean>((resolve) => {
      const done = (slept: boolean): void => {
        clearTimeout(timer);
        this.signal.removeEventListener('abort', onStop);
        interrupt?.removeEventListener('abort', onStop);
        resolve(slept);
      };
      const onStop = (): void => done(false);
      const timer = setTimeout(() => done(true), ms);
      this.signal.addEventListener('abort', onStop, { once: true });
      interrupt?.addEventListener('abort', onStop, { once: true });
    });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.callerSignal?.removeEventListener('abort', this.onCallerAbort);
  }

  private stop(reason: StopReason): void {
    if (this.reason) return;
    this.reason = reason;
    this.controller.abort(reason);
  }
}
