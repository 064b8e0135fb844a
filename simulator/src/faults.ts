// Fault injection and load shaping: latency, 503s, 429s, answers lost after the work was done
// (dropped connection, or a proxy's 504), sessions expiring. Deterministic with a seed.
// simulator/README.md documents each one.
export interface Faults {
  /** Every gateway call waits this long before it is handled. */
  latencyMs: number;
  /** Plus a random 0..latencyJitterMs. */
  latencyJitterMs: number;
  /** Share of gateway calls answered 503 without doing anything. */
  rate503: number;
  /** Share of gateway calls answered 429 (Retry-After: 0) without doing anything. */
  rate429: number;
  /** Share of successful calls to `dropEndpoints` whose connection is cut after the work was done. */
  rateDropAfterWork: number;
  /** Share of successful calls to `dropEndpoints` answered 504 by a "proxy" after the work was done. */
  rate504AfterWork: number;
  /** Endpoints the after-work faults apply to; default the four that change something. */
  dropEndpoints?: string[];
  /** Every Nth gateway call (logins included) first expires every session and token. */
  expireSessionsEveryNCalls: number;
  /** Sessions and tokens expire this many ms after they were issued (0: their normal lifetime). */
  expireSessionsAfterMs: number;
  seed?: number;
}

export const NO_FAULTS: Faults = {
  latencyMs: 0,
  latencyJitterMs: 0,
  rate503: 0,
  rate429: 0,
  rateDropAfterWork: 0,
  rate504AfterWork: 0,
  expireSessionsEveryNCalls: 0,
  expireSessionsAfterMs: 0,
};

/** mulberry32: small and good enough for fault rates. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const MUTATING = ['ssh/cert/create', 'ssh/cert/revoke', 'certificate/action', 'certificate/revoke'];
