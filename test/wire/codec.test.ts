// The cty codec, table-driven: every type both ways, unknowns (ext 0, refined ext 12, any ext),
// decimal strings, dynamic values, lenient raw-state JSON, and malformed input as CodecError.
import { encode, ExtData } from '@msgpack/msgpack';
import { type CtyType, DecimalNumber, Dynamic, isUnknown, unknown, type Value } from '../../provider/src/framework/cty';
import { CodecError } from '../../provider/src/wire/cty/codec-error';
import { decodeJson } from '../../provider/src/wire/cty/json';
import { decodeMsgpack, encodeMsgpack } from '../../provider/src/wire/cty/msgpack';

const OBJ: CtyType = ['object', { name: 'string', count: 'number', tags: ['map', 'string'], list: ['list', 'bool'], nested: ['object', { a: 'string' }] }];

describe('msgpack round trips', () => {
  test.each<[string, Value, CtyType]>([
    ['string', 'hello', 'string'],
    ['int', 42, 'number'],
    ['negative float', -1.5, 'number'],
    ['bool', true, 'bool'],
    ['null', null, 'string'],
    ['list', ['a', 'b'], ['list', 'string']],
    ['set', [1, 2], ['set', 'number']],
    ['map', { a: 'x', b: 'y' }, ['map', 'string']],
    ['tuple', ['a', 1, false], ['tuple', ['string', 'number', 'bool']]],
    ['object with nulls', { name: 'n', count: null, tags: null, list: [true], nested: { a: null } }, OBJ],
    ['unknown inside an object', { name: unknown, count: 1, tags: null, list: null, nested: null }, OBJ],
  ])('%s', (_name, value, type) => {
    expect(decodeMsgpack(encodeMsgpack(value, type), type)).toEqual(value);
  });

  test('objects are written with every attribute, null where absent', () => {
    expect(decodeMsgpack(encodeMsgpack({ name: 'x' }, OBJ), OBJ)).toEqual({ name: 'x', count: null, tags: null, list: null, nested: null });
  });

  test('unknown is fixext1 type 0 (d4 00 00)', () => {
    expect(Buffer.from(encodeMsgpack(unknown, 'string')).toString('hex')).toBe('d40000');
  });

  test.each([
    ['ext 0', new ExtData(0, new Uint8Array([0]))],
    ['refined unknown ext 12 with a payload', new ExtData(12, encode(new Map<number, unknown>([[1, false], [2, 'prefix-']])))],
    ['an unheard-of ext 42', new ExtData(42, new Uint8Array([1, 2, 3]))],
  ])('%s decodes as unknown', (_name, ext) => {
    expect(isUnknown(decodeMsgpack(encode(ext), 'string'))).toBe(true);
  });

  test('numbers a double cannot hold come and go as decimal strings', () => {
    const big = decodeMsgpack(encode('123456789012345678901234567890'), 'number');
    expect(big).toBeInstanceOf(DecimalNumber);
    expect(decodeMsgpack(encodeMsgpack(big, 'number'), 'number')).toEqual(big);
    expect(decodeMsgpack(encode('12.5'), 'number')).toBe(12.5);
  });

  test('dynamic values carry their type', () => {
    const v = new Dynamic(['list', 'string'], ['a']);
    expect(decodeMsgpack(encodeMsgpack(v, 'dynamic'), 'dynamic')).toEqual(v);
  });

  test.each<[string, Uint8Array, CtyType]>([
    ['truncated input', Buffer.from([0x92, 0x01]), ['list', 'number']],
    ['a string where a number belongs', encode('abc'), 'number'],
    ['a map where a list belongs', encode({ a: 1 }), ['list', 'number']],
    ['reserved byte 0xc1', Buffer.from([0xc1]), 'string'],
  ])('%s is a CodecError, not a crash', (_name, bytes, type) => {
    expect(() => decodeMsgpack(bytes, type)).toThrow(CodecError);
  });
});

describe('raw state JSON', () => {
  test('is decoded leniently: unknown attributes dropped, missing ones null', () => {
    const json = Buffer.from(JSON.stringify({ name: 'n', count: 3, removed_attribute: 'x', nested: { a: 'b' } }));
    expect(decodeJson(json, OBJ)).toEqual({ name: 'n', count: 3, tags: null, list: null, nested: { a: 'b' } });
  });
  test('malformed JSON is a CodecError', () => {
    expect(() => decodeJson(Buffer.from('{"name":'), OBJ)).toThrow(CodecError);
  });
});

describe('fuzz: random and truncated msgpack never crash or hang', () => {
  test('2,000 inputs with a fixed seed', () => {
    let seed = 12345;
    const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) & 0xff);
    const valid = encodeMsgpack({ name: 'n', count: 1, tags: { a: 'b' }, list: [true, false], nested: { a: 'x' } }, OBJ);
    for (let i = 0; i < 2000; i++) {
      const bytes = i % 2 === 0 ? Buffer.from(Array.from({ length: next() % 64 }, next)) : Buffer.from(valid).subarray(0, next() % valid.length);
      try {
        decodeMsgpack(bytes, OBJ);
      } catch (err) {
        expect(err).toBeInstanceOf(CodecError);
      }
    }
  });
});
