// cty values in msgpack (tfplugin6 DynamicValue.msgpack), both directions, for a known type.
// Unknown is extension 0; terraform may also send refined unknowns (extension 12) and a reader
// must treat ANY extension as unknown. Numbers: ints, float64, or a decimal string when a double
// cannot hold them. Objects carry every attribute; dynamic values are [type JSON, value].
import { Decoder, Encoder, ExtData } from '@msgpack/msgpack';
import { type CtyType, DecimalNumber, Dynamic, isUnknown, unknown, type Value } from '../../framework/cty.js';
import { CodecError } from './codec-error.js';
import { readTyped, Unusual } from './msgpack-reader.js';

const UNKNOWN = new ExtData(0, new Uint8Array([0]));
// One of each for the process: the library's decode()/encode() build a new one per call (an
// encoder allocates its 2 kB buffer each time). Both are re-entrant (a nested call gets a clone).
const decoder = new Decoder();
const encoder = new Encoder();

/** An object type's attributes as [name, type] pairs, computed once per type. */
const attributeLists = new WeakMap<object, readonly (readonly [string, CtyType])[]>();
function attributesOf(attrs: { readonly [name: string]: CtyType }): readonly (readonly [string, CtyType])[] {
  let list = attributeLists.get(attrs);
  if (!list) attributeLists.set(attrs, (list = Object.entries(attrs)));
  return list;
}

function decodeNumber(raw: unknown, at: string): Value {
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'bigint') return Number.isSafeInteger(Number(raw)) ? Number(raw) : new DecimalNumber(raw.toString());
  if (typeof raw === 'string' && /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(raw)) {
    const n = Number(raw);
    return String(n) === raw ? n : new DecimalNumber(raw);
  }
  throw new CodecError(`expected a number, got ${typeof raw}`, at);
}

export function fromRaw(raw: unknown, type: CtyType, at = ''): Value {
  if (raw instanceof ExtData) return unknown;
  if (raw === null || raw === undefined) return null;
  if (type === 'dynamic') {
    if (!Array.isArray(raw) || raw.length !== 2) throw new CodecError('expected a [type, value] pair for a dynamic value', at);
    const [typeJson, inner] = raw as [unknown, unknown];
    const text = typeof typeJson === 'string' ? typeJson : typeJson instanceof Uint8Array ? Buffer.from(typeJson).toString('utf8') : undefined;
    if (text === undefined) throw new CodecError('expected type JSON in a dynamic value', at);
    let concrete: CtyType;
    try {
      concrete = JSON.parse(text) as CtyType;
    } catch {
      throw new CodecError('malformed type JSON in a dynamic value', at);
    }
    return new Dynamic(concrete, fromRaw(inner, concrete, at));
  }
  if (type === 'string') {
    if (typeof raw !== 'string') throw new CodecError(`expected a string, got ${typeof raw}`, at);
    return raw;
  }
  if (type === 'number') return decodeNumber(raw, at);
  if (type === 'bool') {
    if (typeof raw !== 'boolean') throw new CodecError(`expected a bool, got ${typeof raw}`, at);
    return raw;
  }
  if (!Array.isArray(type)) throw new CodecError(`unsupported type ${JSON.stringify(type)}`, at);
  const [kind, elem] = type;
  if (kind === 'list' || kind === 'set') {
    if (!Array.isArray(raw)) throw new CodecError(`expected a ${kind}`, at);
    return raw.map((x, i) => fromRaw(x, elem as CtyType, `${at}[${i}]`));
  }
  if (kind === 'tuple') {
    const types = elem as readonly CtyType[];
    if (!Array.isArray(raw) || raw.length !== types.length) throw new CodecError('expected a tuple of the right length', at);
    return raw.map((x, i) => fromRaw(x, types[i] as CtyType, `${at}[${i}]`));
  }
  if (typeof raw !== 'object' || Array.isArray(raw) || raw instanceof Uint8Array) throw new CodecError(`expected a ${kind}`, at);
  const entries = raw as Record<string, unknown>;
  const out: Record<string, Value> = {};
  if (kind === 'map') {
    for (const [k, v] of Object.entries(entries)) out[k] = fromRaw(v, elem as CtyType, `${at}[${JSON.stringify(k)}]`);
    return out;
  }
  if (kind === 'object') {
    for (const [name, t] of attributesOf(elem as Record<string, CtyType>)) out[name] = fromRaw(entries[name], t, at ? `${at}.${name}` : name);
    return out;
  }
  throw new CodecError(`unsupported type ${JSON.stringify(type)}`, at);
}

export function toRaw(v: Value, type: CtyType): unknown {
  if (isUnknown(v)) return UNKNOWN;
  if (v === null) return null;
  if (v instanceof DecimalNumber) return v.text;
  if (type === 'dynamic') {
    const d = v instanceof Dynamic ? v : new Dynamic(typeof v === 'string' ? 'string' : typeof v === 'number' ? 'number' : 'bool', v);
    return [Buffer.from(JSON.stringify(d.type)), toRaw(d.value, d.type)];
  }
  if (!Array.isArray(type)) return v;
  const [kind, elem] = type;
  if (kind === 'list' || kind === 'set') return (v as Value[]).map((x) => toRaw(x, elem as CtyType));
  if (kind === 'tuple') return (v as Value[]).map((x, i) => toRaw(x, (elem as CtyType[])[i] as CtyType));
  const obj = v as Record<string, Value>;
  const out: Record<string, unknown> = {};
  if (kind === 'map') for (const [k, x] of Object.entries(obj)) out[k] = toRaw(x, elem as CtyType);
  else for (const [name, t] of attributesOf(elem as Record<string, CtyType>)) out[name] = toRaw(obj[name] ?? null, t);
  return out;
}

const parseNumberText = (text: string): Value => {
  try {
    return decodeNumber(text, '');
  } catch {
    throw new Unusual();
  }
};

export function decodeMsgpack(bytes: Uint8Array, type: CtyType): Value {
  // One pass in the usual case; the general path below for everything else and for errors.
  try {
    return readTyped(bytes, type, parseNumberText);
  } catch (err) {
    if (!(err instanceof Unusual)) throw err;
  }
  let raw: unknown;
  try {
    raw = decoder.decode(bytes);
  } catch (err) {
    throw new CodecError(`malformed msgpack (${err instanceof Error ? err.message : String(err)})`, '');
  }
  return fromRaw(raw, type);
}

export function encodeMsgpack(v: Value, type: CtyType): Uint8Array {
  return encoder.encode(toRaw(v, type));
}
