import * as a from '../../provider/src/framework/attributes';
import { isUnknown, unknown, type ObjectValue } from '../../provider/src/framework/cty';
import { defineResource } from '../../provider/src/framework/definitions';
import { mergeResult, planResource } from '../../provider/src/framework/planning';

const attributes = {
  name: a.string({ mode: 'required', requiresReplace: true, description: '' }),
  key: a.string({ mode: 'required', requiresReplace: (p, n) => String(p).trim() !== String(n).trim(), description: '' }),
  note: a.string({ mode: 'optional', description: '' }),
  group: a.string({ mode: 'optional-computed', default: 'Default_Key_Group', requiresReplace: true, description: '' }),
  valid_to: a.string({ mode: 'optional-computed', requiresReplace: true, description: '' }),
  secret_wo: a.string({ mode: 'optional', writeOnly: true, description: '' }),
  id: a.string({ mode: 'computed', description: '' }),
  status: a.string({ mode: 'computed', useStateForUnknown: false, description: '' }),
};
const resource = defineResource<typeof attributes, unknown>({
  typeName: 't',
  description: '',
  attributes,
  timeouts: {},
  create: async () => ({}),
  read: async () => ({}),
  delete: async () => {},
});
const r = resource as never;

const config: ObjectValue = { name: 'a', key: 'k1', note: null, group: null, valid_to: null, secret_wo: 's3cret', id: null, status: null };
const state: ObjectValue = { name: 'a', key: 'k1', note: null, group: 'Default_Key_Group', valid_to: '2030-01-01T00:00:00Z', secret_wo: null, id: 'x1', status: 'Active' };
const plan = (prior: ObjectValue | null, cfg: ObjectValue, writeOnlyAllowed = true) =>
  planResource(r, { prior, proposed: prior ? { ...prior, ...Object.fromEntries(Object.entries(cfg).filter(([k, v]) => v !== null || !['group', 'valid_to', 'id', 'status'].includes(k))) } : cfg, config: cfg, writeOnlyAllowed, now: 0 });

describe('planning engine', () => {
  test('create: defaults applied, computed unknown, write-only dropped', () => {
    const out = plan(null, config);
    const p = out.planned as ObjectValue;
    expect(p['group']).toBe('Default_Key_Group');
    expect(isUnknown(p['id'] ?? null)).toBe(true);
    expect(isUnknown(p['valid_to'] ?? null)).toBe(true);
    expect(p['secret_wo']).toBeNull();
    expect(p['name']).toBe('a');
    expect(out.requiresReplace).toEqual([]);
  });

  test('older terraform without write-only support keeps the value in the plan', () => {
    const p = plan(null, config, false).planned as ObjectValue;
    expect(p['secret_wo']).toBe('s3cret');
  });

  test('no change: computed values kept from state, nothing replaced', () => {
    const out = plan(state, config);
    const p = out.planned as ObjectValue;
    expect(p['id']).toBe('x1');
    expect(p['valid_to']).toBe('2030-01-01T00:00:00Z');
    expect(out.requiresReplace).toEqual([]);
  });

  test('useStateForUnknown false makes a computed value unknown on update', () => {
    expect(isUnknown((plan(state, { ...config, note: 'n' }).planned as ObjectValue)['status'] ?? null)).toBe(true);
  });

  test.each([
    ['a force-new attribute changes', { name: 'b' }, [[{ attribute: 'name' }]]],
    ['an unknown force-new value', { name: unknown }, [[{ attribute: 'name' }]]],
    ['only whitespace of the key changes', { key: 'k1\n' }, []],
    ['the key changes', { key: 'k2' }, [[{ attribute: 'key' }]]],
    ['an in-place attribute changes', { note: 'hello' }, []],
    ['two force-new attributes change (sorted)', { name: 'b', group: 'G' }, [[{ attribute: 'group' }], [{ attribute: 'name' }]]],
  ])('replace when %s', (_what, change, expected) => {
    expect(plan(state, { ...config, ...change }).requiresReplace).toEqual(expected);
  });

  test('a replacement makes every computed value unknown', () => {
    const p = plan(state, { ...config, name: 'b' }).planned as ObjectValue;
    expect(isUnknown(p['id'] ?? null)).toBe(true);
  });

  test('destroy plans stay null', () => {
    expect(planResource(r, { prior: state, proposed: null, config: null, writeOnlyAllowed: true, now: 0 }).planned).toBeNull();
  });
});

describe('mergeResult', () => {
  const planned: ObjectValue = { ...config, secret_wo: null, group: 'Default_Key_Group', valid_to: unknown, id: unknown, status: unknown };
  test('takes only unknown computed values from the result; leftovers become null', () => {
    const s = mergeResult(attributes, planned, { id: 'new', name: 'IGNORED', valid_to: '2031-01-01T00:00:00Z' });
    expect(s['id']).toBe('new');
    expect(s['name']).toBe('a');
    expect(s['valid_to']).toBe('2031-01-01T00:00:00Z');
    expect(s['status']).toBeNull();
  });
  test('on read, reported values replace stored ones (drift)', () => {
    expect(mergeResult(attributes, state, { status: 'Revoked' }, true)['status']).toBe('Revoked');
  });
});
