// When to try again and how long to wait first.

/** Backoff never waits longer than this between two attempts. */
export const MAX_BACKOFF_MS = 10_000;
/** A Retry-After beyond this is clamped: the caller's deadline is the real bound. */
export const MAX_RETRY_AFTER_MS = 120_000;

/**
 * Statuses that are retried. 429 (slow down, README), 502 and 503 (the gateway or its proxy is
 * unavailable) prove the call was not carried out, so even a create is repeated. 504 does not: a
 * proxy gave up waiting for a gateway that may be doing the work, so only idempotent calls repeat
 * it (exchange.ts treats a 504 to a create, reissue or revoke as an ambiguous answer).
 */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/** Exponential backoff with full jitter: uniform in [0, min(cap, base * 2^retry)]. */
export function backoffDelay(retry: number, baseMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** Math.min(retry, 30));
  return Math.floor(random() * ceiling);
}

/** Retry-After as delta-seconds or an HTTP-date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now: number = Date.now()): number | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, MAX_RETRY_AFTER_MS);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.min(Math.max(0, date - now), MAX_RETRY_AFTER_MS);
}
