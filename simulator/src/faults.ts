// Fault injection and load shaping: latency, 503s, 429s, responses dropped after the work was done,
// sessions expiring. Deterministic with a seed.
export interface Faults {
  latencyMs: number;
  latencyJitterMs: number;
  rate503: number;
  rate429: number;
  rateDropAfterWork: number;
  dropEndpoints?: string[];
  expireSessionsEveryNCalls: number;
  expireSessionsAfterMs: number;
  seed?: number;
}

export const NO_FAULTS: Faults = { latencyMs: 0, latencyJitterMs: 0, rate503: 0, rate429: 0, rateDropAfterWork: 0, expireSessionsEveryNCalls: 0, expireSessionsAfterMs: 0 };

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
