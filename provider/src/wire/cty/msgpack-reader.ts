// The common case of decoding a cty value from msgpack in one pass, straight into the framework's
// value shape: no intermediate JS object per value, attribute names compared with the type's as
// they are read. Anything out of the ordinary (a value of another kind than its type, a dynamic
// value, a timestamp extension, a non-string map key, trailing or missing bytes) throws
// `Unusual`, and decodeMsgpack then takes the general two-pass path, which gives the same value
// or the same error as before this reader existed.
import { type CtyType, unknown, type Value } from '../../framework/cty.js';

export class Unusual extends Error {}
const UNUSUAL = new Unusual();

/** An object type's attributes by name, computed once per type. */
const attributeMaps = new WeakMap<object, ReadonlyMap<string, CtyType>>();
function attributesOf(attrs: { readonly [name: string]: CtyType }): ReadonlyMap<string, CtyType> {
  let m = attributeMaps.get(attrs);
  if (!m) attributeMaps.set(attrs, (m = new Map(Object.entries(attrs))));
  return m;
}

class Reader {
  pos = 0;
  private readonly view: DataView;
  private readonly buf: Buffer;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private u8(): number {
    if (this.pos >= this.bytes.length) throw UNUSUAL;
    return this.bytes[this.pos++]!;
  }

  private need(n: number): number {
    const at = this.pos;
    if (at + n > this.bytes.length) throw UNUSUAL;
    this.pos += n;
    return at;
  }

  /** The length of a str at the current byte, or -1 when it is not a str. */
  private strLength(b: number): number {
    if (b >= 0xa0 && b <= 0xbf) return b - 0xa0;
    if (b === 0xd9) return this.view.getUint8(this.need(1));
    if (b === 0xda) return this.view.getUint16(this.need(2));
    if (b === 0xdb) return this.view.getUint32(this.need(4));
    return -1;
  }

  private str(len: number): string {
    const at = this.need(len);
    return this.buf.toString('utf8', at, at + len);
  }

  /** Skips an extension's payload; true when it is an unknown (any extension but the timestamp, -1). */
  private ext(b: number): boolean {
    let len: number;
    if (b >= 0xd4 && b <= 0xd8) len = 1 << (b - 0xd4);
    else if (b === 0xc7) len = this.view.getUint8(this.need(1));
    else if (b === 0xc8) len = this.view.getUint16(this.need(2));
    else if (b === 0xc9) len = this.view.getUint32(this.need(4));
    else return false;
    const type = this.view.getInt8(this.need(1));
    this.need(len);
    if (type === -1) throw UNUSUAL;
    return true;
  }

  private number(b: number): number | undefined {
    if (b <= 0x7f) return b;
    if (b >= 0xe0) return b - 0x100;
    switch (b) {
      case 0xcc: return this.view.getUint8(this.need(1));
      case 0xcd: return this.view.getUint16(this.need(2));
      case 0xce: return this.view.getUint32(this.need(4));
      case 0xcf: { const at = this.need(8); return this.view.getUint32(at) * 0x1_0000_0000 + this.view.getUint32(at + 4); }
      case 0xd0: return this.view.getInt8(this.need(1));
      case 0xd1: return this.view.getInt16(this.need(2));
      case 0xd2: return this.view.getInt32(this.need(4));
      case 0xd3: { const at = this.need(8); return this.view.getInt32(at) * 0x1_0000_0000 + this.view.getUint32(at + 4); }
      case 0xca: return this.view.getFloat32(this.need(4));
      case 0xcb: return this.view.getFloat64(this.need(8));
      default: return undefined;
    }
  }

  private arrayLength(b: number): number {
    if (b >= 0x90 && b <= 0x9f) return b - 0x90;
    if (b === 0xdc) return this.view.getUint16(this.need(2));
    if (b === 0xdd) return this.view.getUint32(this.need(4));
    return -1;
  }

  private mapLength(b: number): number {
    if (b >= 0x80 && b <= 0x8f) return b - 0x80;
    if (b === 0xde) return this.view.getUint16(this.need(2));
    if (b === 0xdf) return this.view.getUint32(this.need(4));
    return -1;
  }

  /** Reads one value of `type`; `parse` turns a decimal-string number into its value. */
  value(type: CtyType, parseNumber: (text: string) => Value): Value {
    const b = this.u8();
    if (b === 0xc0) return null;
    if (this.ext(b)) return unknown;
    if (type === 'string') {
      const len = this.strLength(b);
      if (len < 0) throw UNUSUAL;
      return this.str(len);
    }
    if (type === 'number') {
      const n = this.number(b);
      if (n !== undefined) return n;
      const len = this.strLength(b);
      if (len < 0) throw UNUSUAL;
      return parseNumber(this.str(len));
    }
    if (type === 'bool') {
      if (b === 0xc2) return false;
      if (b === 0xc3) return true;
      throw UNUSUAL;
    }
    if (!Array.isArray(type)) throw UNUSUAL;
    const [kind, elem] = type;
    if (kind === 'list' || kind === 'set') {
      const n = this.arrayLength(b);
      if (n < 0) throw UNUSUAL;
      const out: Value[] = new Array(n);
      for (let i = 0; i < n; i++) out[i] = this.value(elem as CtyType, parseNumber);
      return out;
    }
    const n = this.mapLength(b);
    if (n < 0) throw UNUSUAL;
    if (kind === 'map') {
      const out: Record<string, Value> = {};
      for (let i = 0; i < n; i++) {
        const len = this.strLength(this.u8());
        if (len < 0) throw UNUSUAL;
        const key = this.str(len);
        if (key === '__proto__') throw UNUSUAL;
        out[key] = this.value(elem as CtyType, parseNumber);
      }
      return out;
    }
    if (kind !== 'object') throw UNUSUAL;
    const attrs = attributesOf(elem as Record<string, CtyType>);
    const out: Record<string, Value> = {};
    for (const name of attrs.keys()) out[name] = null;
    for (let i = 0; i < n; i++) {
      const len = this.strLength(this.u8());
      if (len < 0) throw UNUSUAL;
      const key = this.str(len);
      const t = attrs.get(key);
      // An attribute the type does not have: the general path decodes and ignores it.
      if (t === undefined) throw UNUSUAL;
      out[key] = this.value(t, parseNumber);
    }
    return out;
  }

  done(): boolean {
    return this.pos === this.bytes.length;
  }
}

/** The value, or `Unusual` thrown (for the general path to decode or to explain). */
export function readTyped(bytes: Uint8Array, type: CtyType, parseNumber: (text: string) => Value): Value {
  const r = new Reader(bytes);
  const v = r.value(type, parseNumber);
  if (!r.done()) throw UNUSUAL;
  return v;
}
