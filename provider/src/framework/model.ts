// Conversions between cty values and the typed models resources work with.
import { DecimalNumber, Dynamic, isObjectValue, isUnknown, type ObjectValue, type Value } from './cty.js';

/** Plain JS for a value: unknown becomes null (CRUD code) or stays Unknown (planning code). */
export function toPlain(v: Value, keepUnknown = false): unknown {
  if (isUnknown(v)) return keepUnknown ? v : null;
  if (v instanceof DecimalNumber) return Number(v.text);
  if (v instanceof Dynamic) return toPlain(v.value, keepUnknown);
  if (Array.isArray(v)) return v.map((x) => toPlain(x, keepUnknown));
  if (isObjectValue(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toPlain(x, keepUnknown);
    return out;
  }
  return v;
}

export function toModel<M>(v: Value, keepUnknown = false): M {
  return toPlain(v, keepUnknown) as M;
}

/** A model back to a cty value; `undefined` fields become null. */
export function fromModel(m: unknown): Value {
  if (m === undefined || m === null) return null;
  if (Array.isArray(m)) return m.map(fromModel);
  if (typeof m === 'object' && !isUnknown(m as Value) && !(m instanceof DecimalNumber) && !(m instanceof Dynamic)) {
    const out: Record<string, Value> = {};
    for (const [k, x] of Object.entries(m as Record<string, unknown>)) out[k] = fromModel(x);
    return out;
  }
  return m as Value;
}

export function asObject(v: Value): ObjectValue {
  return isObjectValue(v) ? v : {};
}
