// Lenient readers for the gateway's JSON: the vendor pages type most fields as String while the
// samples send numbers, lists and objects, so each reader accepts every form seen and normalises it.
//
// Every schema here and in its siblings is a z.lazy: built when first used, not at each start of
// the provider. Terraform starts it 3-4 times per command, most starts never call the gateway, and
// building all of them cost ~10 ms of each start's answer to its first call.
import { z } from 'zod';

const isBlank = (value: unknown): boolean => value === null || value === undefined || value === '';

/** A non-blank string, trimmed (request fields the gateway requires). */
export const nonEmpty = z.lazy(() => z.string().trim().min(1));

/** A string that must be present; numbers become strings (serial numbers arrive as either). */
export const requiredText = z.lazy(() =>
  z.preprocess((value) => (typeof value === 'number' || typeof value === 'bigint' ? String(value) : value), z.string().trim().min(1)),
);

/** A string that may be absent or null (kept as null). */
export const nullableText = z.lazy(() =>
  z.preprocess(
    (value) => (isBlank(value) ? null : typeof value === 'number' || typeof value === 'boolean' ? String(value) : value),
    z.string().nullable()
  ),
);

/** A string that may be absent or null (read as ''). */
export const optionalText = z.lazy(() =>
  z.preprocess(
    (value) => (isBlank(value) ? '' : typeof value === 'number' || typeof value === 'boolean' ? String(value) : value),
    z.string()
  ),
);

function toEpochMillis(value: unknown): unknown {
  if (typeof value === 'string') {
    const text = value.trim();
    if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
    const date = Date.parse(text);
    return Number.isNaN(date) ? value : date;
  }
  return value;
}

/** Epoch milliseconds: a number, a numeric string, or a date string. */
export const epochMillis = z.lazy(() => z.preprocess(toEpochMillis, z.number().finite()));

export const nullableEpochMillis = z.lazy(() => z.preprocess((value) => (isBlank(value) ? null : toEpochMillis(value)), z.number().finite().nullable()));

export const nullableNumber = z.lazy(() =>
  z.preprocess(
    (value) => (isBlank(value) ? null : typeof value === 'string' ? Number(value.trim()) : value),
    z.number().finite().nullable()
  ),
);

/** A list of strings: a JSON array, or one comma-separated string (the page types principals as String). */
export const stringList = z.lazy(() =>
  z.preprocess((value) => {
    if (isBlank(value)) return [];
    if (typeof value === 'string')
      return value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
    if (Array.isArray(value)) return value.map((item) => (typeof item === 'number' ? String(item) : item));
    return value;
  }, z.array(z.string())),
);

/** A yes/no flag that may arrive as a boolean or as "true"/"false". */
export const flag = z.lazy(() =>
  z.preprocess((value) => {
    if (typeof value === 'string') return value.trim().toLowerCase() === 'true';
    return isBlank(value) ? false : value;
  }, z.boolean()),
);

/** SSH extensions: an object of flags, or a list/string of the extensions that are on. */
export const extensionFlags = z.lazy(() =>
  z.preprocess((value) => {
    if (isBlank(value)) return {};
    const names = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : undefined;
    if (names) return Object.fromEntries(names.map((name) => [String(name).trim(), true]).filter(([name]) => name));
    return value;
  }, z.record(z.string(), flag)),
);
