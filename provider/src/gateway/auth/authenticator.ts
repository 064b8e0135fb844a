// How a call gets its credentials, and what happens when the gateway rejects them.
import type { CallScope } from '../call-scope.js';
import { TransportFailure } from '../transport.js';

/** Headers that authenticate one call. Compared by identity: "is this still the current session?" */
export interface Credentials {
  readonly headers: Readonly<Record<string, string>>;
}

export interface Authenticator {
  /** Who is calling, for error messages: never the secret itself. */
  readonly identity: string;
  /** Credentials for the next call, logging in or fetching a token first when needed. */
  credentials(scope: CallScope): Promise<Credentials>;
  /**
   * The gateway answered 401/407 to a call made with `used`. Returns true once fresh credentials
   * are in place and the call is worth repeating; false when nothing can be renewed.
   */
  renew(used: Credentials, scope: CallScope): Promise<boolean>;
  /** A call made with `used` got past authentication (any answer but 401/407, 429 and 5xx). */
  accepted(used: Credentials): void;
}

/**
 * How many new sessions (or tokens) in a row may be rejected before a single call was accepted
 * with them. Renewal has no per-call cap (a call repeats after each shared re-login for as long as
 * its deadline allows); this is what ends the loop when the gateway never accepts a new session,
 * e.g. behind a proxy that strips the sessionId header.
 */
export const UNPROVEN_RENEWALS_LIMIT = 10;

/** Counts renewals of credentials that were rejected before any call was accepted with them. */
export class RenewalGuard {
  private readonly proven = new WeakSet<Credentials>();
  private unproven = 0;

  accept(used: Credentials): void {
    this.proven.add(used);
    this.unproven = 0;
  }

  /** `used`, the current credentials, were rejected: may they be replaced by new ones? */
  mayRenew(used: Credentials): boolean {
    if (this.proven.has(used)) return true; // they worked, then expired: the usual case
    return ++this.unproven <= UNPROVEN_RENEWALS_LIMIT;
  }
}

/**
 * Waits for a shared login or token fetch, but only as long as this caller's scope allows: one
 * caller giving up must not fail the others waiting on the same promise.
 */
export function waitWithin<T>(shared: Promise<T>, scope: CallScope): Promise<T> {
  const { signal } = scope;
  if (signal.aborted) return Promise.reject(new TransportFailure('stopped', false, signal.reason));
  return new Promise<T>((resolve, reject) => {
    const onStop = (): void => reject(new TransportFailure('stopped', false, signal.reason));
    signal.addEventListener('abort', onStop, { once: true });
    shared.then(
      (value) => {
        signal.removeEventListener('abort', onStop);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onStop);
        reject(error);
      }
    );
  });
}
