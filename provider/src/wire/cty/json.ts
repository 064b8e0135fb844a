// cty values in JSON: raw state (UpgradeResourceState) and DynamicValue.json. Decoding is lenient
// the way an upgrade needs it: attributes the current type lacks are dropped, missing ones are null.
import { type CtyType, DecimalNumber, Dynamic, type Value } from '../../framework/cty.js';
import { CodecError } from './codec-error.js';
import { fromRaw } from './msgpack.js';

function prepare(raw: unknown, type: CtyType, at: string): unknown {
  if (raw === null || raw === undefined) return null;
  if (type === 'dynamic') {
    const d = raw as { value?: unknown; type?: unknown };
    if (typeof d !== 'object' || d === null || !('type' in d)) throw new CodecError('expected {"value", "type"} for a dynamic value', at);
    return [JSON.stringify(d.type), prepare(d.value, d.type as CtyType, at)];
  }
  if (!Array.isArray(type)) return raw;
  const [kind, elem] = type;
  if ((kind === 'list' || kind === 'set' || kind === 'tuple') && Array.isArray(raw))
    return raw.map((x, i) => prepare(x, kind === 'tuple' ? ((elem as CtyType[])[i] ?? 'dynamic') : (elem as CtyType), `${at}[${i}]`));
  if (kind === 'map' && typeof raw === 'object') return Object.fromEntries(Object.entries(raw as object).map(([k, x]) => [k, prepare(x, elem as CtyType, at)]));
  if (kind === 'object' && typeof raw === 'object' && !Array.isArray(raw)) {
    const src = raw as Record<string, unknown>;
    return Object.fromEntries(Object.entries(elem as Record<string, CtyType>).map(([name, t]) => [name, prepare(src[name], t, `${at}.${name}`)]));
  }
  return raw;
}

export function decodeJson(bytes: Uint8Array, type: CtyType): Value {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (err) {
    throw new CodecError(`malformed JSON (${err instanceof Error ? err.message : String(err)})`, '');
  }
  return fromRaw(prepare(raw, type, ''), type);
}

function plain(v: Value): unknown {
  if (v instanceof DecimalNumber) return Number(v.text);
  if (v instanceof Dynamic) return { value: plain(v.value), type: v.type };
  if (Array.isArray(v)) return v.map(plain);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x as Value)]));
  return v;
}

export function encodeJson(v: Value): Uint8Array {
  return Buffer.from(JSON.stringify(plain(v)));
}
