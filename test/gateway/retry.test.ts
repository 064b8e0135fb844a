import { MAX_BACKOFF_MS, MAX_RETRY_AFTER_MS, RETRYABLE_STATUSES, backoffDelay, parseRetryAfter } from '../../provider/src/gateway/retry';

describe('backoffDelay: full jitter', () => {
  test.each([
    [0, 0.999, 199],
    [1, 0.5, 200],
    [3, 0.999, 1598],
    [10, 0.999, MAX_BACKOFF_MS - 10],
    [1_000, 1, MAX_BACKOFF_MS],
    [2, 0, 0],
  ])('retry %i with random %p waits %i ms', (retry, random, expected) => {
    expect(backoffDelay(retry, 200, () => random)).toBe(expected);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  test.each([
    ['3', 3_000],
    [' 0 ', 0],
    ['Wed, 01 Jan 2025 00:00:05 GMT', 5_000],
    ['Tue, 31 Dec 2024 23:59:00 GMT', 0],
    ['86400', MAX_RETRY_AFTER_MS],
    ['soon', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%p → %p', (header, expected) => {
    expect(parseRetryAfter(header, now)).toBe(expected);
  });
  test('the first of repeated headers', () => {
    expect(parseRetryAfter(['2', '9'], now)).toBe(2_000);
  });
});

test('retried statuses: 429 and the unavailable 5xx only', () => {
  expect([...RETRYABLE_STATUSES].sort()).toEqual([429, 502, 503, 504]);
});
