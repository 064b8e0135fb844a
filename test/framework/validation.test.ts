import { z } from 'zod';
import * as a from '../../provider/src/framework/attributes';
import { unknown } from '../../provider/src/framework/cty';
import { Diagnostics, formatPath, path } from '../../provider/src/framework/diagnostics';
import { parseDuration } from '../../provider/src/framework/duration';
import { validateAttributes, validateTimeouts } from '../../provider/src/framework/validation';

const attributes = {
  count: a.number({ mode: 'required', validate: z.number().int('must be a whole number'), description: '' }),
  names: a.stringList({ mode: 'required', validate: z.array(z.string().min(1, 'must not be empty')), description: '' }),
  format: a.object({ format: a.string({ mode: 'required', validate: z.enum(['PEM', 'PFX']), description: '' }), password_wo: a.string({ mode: 'optional', writeOnly: true, sensitive: true, validate: z.string().min(8, 'must be 8 characters or more'), description: '' }) }, { mode: 'optional', description: '' }),
};

function check(config: Record<string, unknown>) {
  const diags = new Diagnostics();
  validateAttributes(attributes, { count: 1, names: ['a'], format: null, ...config } as never, diags);
  return diags.items;
}

describe('validation', () => {
  test('a bad value names its path and quotes it', () => {
    const [d] = check({ count: 1.5 });
    expect(formatPath(d!.path)).toBe('count');
    expect(d!.detail).toContain('must be a whole number');
    expect(d!.detail).toContain('1.5');
  });
  test('paths go down to list indexes', () => {
    expect(formatPath(check({ names: ['a', ''] })[0]!.path)).toBe('names[1]');
  });
  test('nested attributes get nested paths; sensitive values are not quoted', () => {
    const [d] = check({ format: { format: 'PEM', password_wo: 'short' } });
    expect(formatPath(d!.path)).toBe('format.password_wo');
    expect(d!.detail).not.toContain('short');
  });
  test('unknown values are left for apply', () => {
    expect(check({ count: unknown, names: [unknown] })).toEqual([]);
  });
  test('timeouts must be durations', () => {
    const diags = new Diagnostics();
    validateTimeouts({ create: '5m' }, { timeouts: { create: 'soon' } }, diags);
    expect(formatPath(diags.items[0]!.path)).toBe('timeouts.create');
  });
  test('diagnostics drop duplicates', () => {
    const diags = new Diagnostics();
    diags.error('x', 'y', path('a', 0));
    diags.error('x', 'y', path('a', 0));
    expect(diags.items).toHaveLength(1);
  });
});

describe('durations', () => {
  test.each([
    ['30s', 30_000],
    ['1h30m', 5_400_000],
    ['720h', 2_592_000_000],
    ['30d', 2_592_000_000],
    ['2w', 1_209_600_000],
    ['1.5h', 5_400_000],
    ['0', 0],
  ])('%s', (text, ms) => expect(parseDuration(text)).toBe(ms));
  test.each(['', 'soon', '10', '5 m', 'm5'])('rejects %j', (text) => expect(parseDuration(text)).toBeUndefined());
});
