// The one-pass msgpack reader gives exactly what the general path (@msgpack/msgpack's decode, then
// fromRaw against the type) gives: the same value for well-typed input, and the same error, path
// included, for anything else. Seeded random values and types, plus the edge cases by name.
import { decode, encode, ExtData } from '@msgpack/msgpack';
import type { CtyType, Value } from '../../provider/src/framework/cty';
import { decodeMsgpack, fromRaw } from '../../provider/src/wire/cty/msgpack';
import { readTyped, Unusual } from '../../provider/src/wire/cty/msgpack-reader';

let seed = 20261202;
const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
const pick = <T>(xs: readonly T[]): T => xs[rand(xs.length)]!;

function randomType(depth = 0): CtyType {
  switch (rand(depth > 2 ? 3 : 7)) {
    case 0: return 'string';
    case 1: return 'number';
    case 2: return 'bool';
    case 3: return ['list', randomType(depth + 1)];
    case 4: return ['set', randomType(depth + 1)];
    case 5: return ['map', randomType(depth + 1)];
    default: return ['object', Object.fromEntries(Array.from({ length: 1 + rand(5) }, (_, i) => [`a${i}_${rand(3)}`, randomType(depth + 1)]))];
  }
}

/** A raw JS value for msgpack that fits `type` (or, with `wrong`, sometimes does not). */
function rawFor(type: CtyType, wrong: boolean): unknown {
  if (rand(8) === 0) return null;
  if (rand(10) === 0) return new ExtData(pick([0, 12, 5]), new Uint8Array(rand(20)));
  if (wrong && rand(6) === 0) return pick<unknown>(['text', 7, true, [1], { k: 1 }, new Uint8Array([1, 2])]);
  if (type === 'string') return pick(['', 'ü ✓ 漢字', 'x'.repeat(rand(300)), 'x'.repeat(70_000)]);
  if (type === 'number') return pick<unknown>([0, 1, -1, 127, 128, -33, 255, 65_535, 65_536, 2 ** 32, -(2 ** 31) - 1, 2 ** 53 + 2, -(2 ** 60), 1.5, -0.25, 1e300, '12345678901234567890123', '1.5', 'nope']);
  if (type === 'bool') return rand(2) === 0;
  const [kind, elem] = type as readonly [string, unknown];
  if (kind === 'list' || kind === 'set') return Array.from({ length: rand(4) }, () => rawFor(elem as CtyType, wrong));
  if (kind === 'map') return Object.fromEntries(Array.from({ length: rand(4) }, (_, i) => [`k${i}`, rawFor(elem as CtyType, wrong)]));
  const out: Record<string, unknown> = {};
  for (const [name, t] of Object.entries(elem as Record<string, CtyType>)) if (rand(6) !== 0) out[name] = rawFor(t, wrong);
  if (wrong && rand(5) === 0) out['extra'] = 1;
  return out;
}

/** The general path alone, as decodeMsgpack was before the reader: the value, or the error. */
function general(bytes: Uint8Array, type: CtyType): { value?: Value; error?: string } {
  let raw: unknown;
  try {
    raw = decode(bytes);
  } catch (err) {
    return { error: `CodecError: malformed msgpack (${(err as Error).message})` };
  }
  try {
    return { value: fromRaw(raw, type) };
  } catch (err) {
    return { error: String(err) };
  }
}

function viaDecodeMsgpack(bytes: Uint8Array, type: CtyType): { value?: Value; error?: string } {
  try {
    return { value: decodeMsgpack(bytes, type) };
  } catch (err) {
    return { error: String(err) };
  }
}

test('random well-typed values: the one-pass reader decodes them, to what the general path gives', () => {
  let read = 0;
  for (let i = 0; i < 400; i++) {
    const type = randomType();
    const bytes = encode(rawFor(type, false));
    const expected = general(bytes, type);
    if (expected.error) continue; // e.g. 'nope' as a number: covered below
    expect(readTyped(bytes, type, (t) => fromRaw(t, 'number'))).toEqual(expected.value);
    read++;
  }
  expect(read).toBeGreaterThan(300);
});

test('random values, some of the wrong kind, truncated or with extra bytes: decodeMsgpack gives the general path value or error', () => {
  let errors = 0;
  for (let i = 0; i < 600; i++) {
    const type = randomType();
    let bytes = encode(rawFor(type, true));
    if (rand(5) === 0) bytes = bytes.subarray(0, rand(bytes.length));
    else if (rand(8) === 0) bytes = Uint8Array.from([...bytes, 0xc0]);
    const expected = general(bytes, type);
    if (expected.error) errors++;
    expect(viaDecodeMsgpack(bytes, type)).toEqual(expected);
  }
  expect(errors).toBeGreaterThan(50);
});

test('what the reader leaves to the general path', () => {
  const unusual = (raw: unknown, type: CtyType) => () => readTyped(encode(raw), type, (t) => fromRaw(t, 'number'));
  expect(unusual(['string', 'x'], 'dynamic')).toThrow(Unusual);
  expect(unusual(new Date(0), 'string')).toThrow(Unusual); // the timestamp extension (-1)
  expect(unusual({ a: 1, b: 2 }, ['object', { a: 'number' }])).toThrow(Unusual); // an attribute the type lacks
  expect(unusual([1, 'x'], ['tuple', ['number', 'string']])).toThrow(Unusual);
  expect(unusual(5, 'string')).toThrow(Unusual);
  expect(decodeMsgpack(encode({ a: 1, b: 2 }), ['object', { a: 'number' }])).toEqual({ a: 1 });
  expect(() => decodeMsgpack(encode(5), 'string')).toThrow('expected a string, got number');
  expect(() => decodeMsgpack(encode({ o: { n: 'nope' } }), ['object', { o: ['object', { n: 'number' }] }])).toThrow('expected a number, got string at o.n');
});
