// cty types and values as the framework sees them: plain JS values plus two markers
// (unknown, dynamic). The wire codec (wire/cty/) converts these to and from msgpack/JSON.

/** A cty type in its JSON form, as terraform writes it in schemas and dynamic values. */
export type CtyType =
  | 'string'
  | 'number'
  | 'bool'
  | 'dynamic'
  | readonly ['list', CtyType]
  | readonly ['set', CtyType]
  | readonly ['map', CtyType]
  | readonly ['tuple', readonly CtyType[]]
  | readonly ['object', { readonly [name: string]: CtyType }]
  | readonly ['object', { readonly [name: string]: CtyType }, readonly string[]];

/** A value not known until apply (msgpack extension 0, or any other extension code). */
export class Unknown {
  static readonly value = new Unknown();
  private constructor() {}
  toJSON(): string {
    return '(known after apply)';
  }
}
export const unknown = Unknown.value;
export const isUnknown = (v: unknown): v is Unknown => v === Unknown.value;

/** A number that a JS double cannot hold exactly; kept as its decimal text (cty sends these as strings). */
export class DecimalNumber {
  constructor(readonly text: string) {}
  toJSON(): string {
    return this.text;
  }
}

/** A value of dynamic type carries its concrete type with it. */
export class Dynamic {
  constructor(
    readonly type: CtyType,
    readonly value: Value,
  ) {}
}

export type Value =
  | null
  | Unknown
  | string
  | number
  | DecimalNumber
  | boolean
  | Dynamic
  | readonly Value[]
  | { readonly [name: string]: Value };

export type ObjectValue = { readonly [name: string]: Value };

export const isObjectValue = (v: Value): v is ObjectValue =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Unknown) && !(v instanceof DecimalNumber) && !(v instanceof Dynamic);

/** True when the value or anything inside it is unknown. */
export function containsUnknown(v: Value): boolean {
  if (isUnknown(v)) return true;
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (v instanceof Dynamic) return containsUnknown(v.value);
  if (isObjectValue(v)) return Object.values(v).some(containsUnknown);
  return false;
}

/** Structural equality of two values (unknown equals only unknown; sets compare as given order). */
export function valuesEqual(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (a instanceof DecimalNumber || b instanceof DecimalNumber) return String(a instanceof DecimalNumber ? a.text : a) === String(b instanceof DecimalNumber ? b.text : b);
  if (a instanceof Dynamic && b instanceof Dynamic) return valuesEqual(a.value, b.value);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => valuesEqual(x, b[i] as Value));
  if (isObjectValue(a) && isObjectValue(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => k in b && valuesEqual(a[k] as Value, b[k] as Value));
  }
  return false;
}
