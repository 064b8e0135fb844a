// Durations as people write them in HCL: Go's syntax ("90s", "1h30m", "720h") plus "d" and "w"
// for certificate windows ("30d"), since renewal windows are usually days.

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const TOKEN = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/gy;

/** Milliseconds, or undefined when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  const s = text.trim();
  if (s === '' ) return undefined;
  if (s === '0') return 0;
  TOKEN.lastIndex = 0;
  let total = 0;
  let consumed = 0;
  for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) {
    total += Number(m[1]) * (UNIT_MS[m[2] as string] as number);
    consumed = TOKEN.lastIndex;
  }
  return consumed === s.length ? total : undefined;
}

export const DURATION_HINT = 'a duration such as "30s", "10m", "1h30m", "720h" or "30d"';
