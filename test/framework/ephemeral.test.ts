// The framework's ephemeral resources and functions, with a definition written for the test (no
// gateway): defaults, private data kept as bytes for renew and close, malformed private data, an
// unconfigured provider, and function arity, nulls and argument errors.
import * as a from '../../provider/src/framework/attributes';
import { unknown, type ObjectValue } from '../../provider/src/framework/cty';
import type { CallContext } from '../../provider/src/framework/definitions';
import { Diagnostics } from '../../provider/src/framework/diagnostics';
import { defineEphemeralResource, EphemeralResources } from '../../provider/src/framework/ephemeral';
import { ArgumentError, defineFunction, ProviderFunctions } from '../../provider/src/framework/functions';
import { logger } from '../../provider/src/logging';

const attributes = {
  name: a.string({ mode: 'required', description: '' }),
  ttl: a.string({ mode: 'optional-computed', default: '15m', description: '' }),
  token: a.string({ mode: 'computed', description: '' }),
};
const closed: string[] = [];
const def = defineEphemeralResource<typeof attributes, string, { id: string }>({
  typeName: 'test_token',
  description: '',
  attributes,
  async open({ config, client }) {
    return { result: { token: `${client}:${config.name}:${config.ttl}` }, private: { id: `id-${config.name}` }, renewAt: 1_700_000_000_123 };
  },
  async renew({ private: p }) {
    return { private: { id: `${p.id}+` } };
  },
  async close({ private: p, diagnostics }) {
    closed.push(p.id);
    if (p.id === 'id-fails') diagnostics.warning('not closed', `token ${p.id} stays`);
  },
});

const context = (client: string | undefined) => (ms: number): CallContext<string> | undefined =>
  client === undefined ? undefined : { client, signal: AbortSignal.timeout(ms), deadline: Date.now() + ms, diagnostics: new Diagnostics(), log: logger };
const ephemeral = new EphemeralResources<string>([def], context('client'), logger);
const config = (name: string): ObjectValue => ({ name, ttl: null, token: null });

describe('ephemeral resources', () => {
  test('open applies defaults, returns computed values, private bytes and renew_at', async () => {
    const out = await ephemeral.open('test_token', config('a'));
    expect(out.diagnostics).toEqual([]);
    expect(out.result).toEqual({ name: 'a', ttl: '15m', token: 'client:a:15m' });
    expect(JSON.parse(Buffer.from(out.private!).toString())).toEqual({ id: 'id-a' });
    expect(out.renewAt).toBe(1_700_000_000_123);
  });

  test('renew and close get the private data open returned', async () => {
    const { private: priv } = await ephemeral.open('test_token', config('b'));
    const renewed = await ephemeral.renew('test_token', priv);
    expect(JSON.parse(Buffer.from(renewed.private!).toString())).toEqual({ id: 'id-b+' });
    expect(await ephemeral.close('test_token', renewed.private)).toEqual([]);
    expect(closed).toContain('id-b+');
  });

  test("close returns the definition's warnings", async () => {
    const { private: priv } = await ephemeral.open('test_token', config('fails'));
    expect(await ephemeral.close('test_token', priv)).toEqual([{ severity: 'warning', summary: 'not closed', detail: 'token id-fails stays' }]);
  });

  test('a configuration with unknown values opens nothing and leaves computed values unknown', async () => {
    const out = await ephemeral.open('test_token', { name: unknown, ttl: null, token: null });
    expect(out).toMatchObject({ private: undefined, diagnostics: [] });
    expect(out.result).toEqual({ name: unknown, ttl: '15m', token: unknown });
  });

  test('no private data: close and renew have nothing to do', async () => {
    const before = closed.length;
    expect(await ephemeral.close('test_token', undefined)).toEqual([]);
    expect(await ephemeral.renew('test_token', undefined)).toEqual({ private: undefined, renewAt: undefined, diagnostics: [] });
    expect(closed.length).toBe(before);
  });

  test('private data that is not what open returned is a malformed request, not a crash', async () => {
    const [d] = await ephemeral.close('test_token', Buffer.from('{"id":'));
    expect(d).toMatchObject({ severity: 'error', summary: 'Invalid value from terraform' });
  });

  test('an unknown type and an unconfigured provider are diagnostics', async () => {
    expect((await ephemeral.validate('nope', config('a')))[0]?.summary).toBe('Unknown ephemeral resource type');
    const unconfigured = new EphemeralResources<string>([def], context(undefined), logger);
    expect((await unconfigured.open('test_token', config('a'))).diagnostics[0]?.summary).toBe('Provider not configured');
  });
});

describe('functions', () => {
  const functions = new ProviderFunctions([
    defineFunction({
      name: 'shout',
      summary: '',
      description: '',
      parameters: [{ name: 'text', type: 'string', description: '' }],
      returnType: ['object', { loud: 'string', parts: ['list', 'string'] }],
      call([text]) {
        if (text === '') throw new ArgumentError(0, 'text must not be empty');
        return { loud: String(text).toUpperCase(), parts: String(text).split(' ') };
      },
    }) as never,
  ]);

  test('a call returns the value as a cty object', () => {
    expect(functions.call('shout', ['hi there'])).toEqual({ result: { loud: 'HI THERE', parts: ['hi', 'there'] } });
  });

  test.each([
    ['an ArgumentError', ['shout', ['']], { error: 'text must not be empty', argument: 0 }],
    ['a null argument', ['shout', [null]], { error: 'text must not be null.', argument: 0 }],
    ['too many arguments', ['shout', ['a', 'b']], { error: 'shout takes 1 argument (text), got 2.' }],
    ['an unknown function', ['whisper', ['a']], { error: 'This provider has no function "whisper".' }],
  ] as const)('%s is a function error', (_case, [name, args], expected) => {
    expect(functions.call(name, [...args])).toEqual(expected);
  });
});
