// Every tfplugin6 handler fed random, truncated and ill-typed requests (fixed seed, bounded count):
// each call settles quickly with a well-formed response or a gRPC error, never a crash, a hang or
// a "Provider bug" diagnostic (an unexpected exception inside the provider).
import { encode } from '@msgpack/msgpack';
import { tfplugin6 } from '../../provider/src/wire/generated/protocol';
import { buildRoutes } from '../../provider/src/wire/routes';

const CASES_PER_ROUTE = 150;
const TYPES = ['appviewx_ssh_certificate', 'appviewx_ssh_certificate_revocation', 'appviewx_certificate_reissue', 'appviewx_certificate_revocation', 'appviewx_certificate', 'no_such_type', ''];
const NAMES = ['ca_name', 'public_key', 'principals', 'validity_value', 'timeouts', 'url', 'resource_id', 'id', 'csr', 'password_wo', 'serial_number', 'certificate'];

let seed = 20261123;
const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
const pick = <T>(xs: readonly T[]): T => xs[rand(xs.length)]!;
const bytes = (n: number) => Uint8Array.from({ length: n }, () => rand(256));

/** A random JS value of the kinds msgpack carries, nested a little. */
function value(depth = 0): unknown {
  switch (rand(depth > 2 ? 5 : 8)) {
    case 0: return null;
    case 1: return rand(2) === 0;
    case 2: return rand(1 << 30) - (1 << 29);
    case 3: return pick(['', 'User', 'days', 'x'.repeat(rand(300)), 'ssh-ed25519 AAAA', '2026-01-01T00:00:00Z', '5m', '-1']);
    case 4: return rand(3) === 0 ? 1.5e308 : Math.random() * 1e6;
    case 5: return Array.from({ length: rand(4) }, () => value(depth + 1));
    default: return Object.fromEntries(Array.from({ length: rand(6) }, () => [pick(NAMES), value(depth + 1)]));
  }
}

/** A DynamicValue: msgpack of a random value, perhaps truncated, or random bytes, or JSON. */
function dynamicValue(): tfplugin6.IDynamicValue {
  const packed = encode(value());
  switch (rand(4)) {
    case 0: return { msgpack: packed };
    case 1: return { msgpack: packed.subarray(0, rand(packed.length + 1)) };
    case 2: return { msgpack: bytes(rand(40)) };
    default: return { json: Buffer.from(JSON.stringify(value())) };
  }
}

/** Fields of any request type filled at random; the encoder ignores those a message lacks. */
function request(): Record<string, unknown> {
  return {
    typeName: pick(TYPES),
    config: dynamicValue(),
    priorState: dynamicValue(),
    proposedNewState: dynamicValue(),
    plannedState: dynamicValue(),
    currentState: dynamicValue(),
    providerMeta: dynamicValue(),
    priorPrivate: bytes(rand(8)),
    plannedPrivate: bytes(rand(8)),
    private: bytes(rand(8)),
    id: String(value()),
    version: rand(3),
    rawState: { json: Buffer.from(rand(2) ? JSON.stringify(value()) : '{"broken') },
    clientCapabilities: { deferralAllowed: rand(2) === 0, writeOnlyAttributesAllowed: rand(2) === 0 },
  };
}

type Message = { encode(m: never): { finish(): Uint8Array }; decode(b: Uint8Array): unknown };
const messages = tfplugin6 as unknown as Record<string, { Request: Message; Response: Message }>;
// StopProvider would cancel later calls; it is fed too, last.
const rpcs = Object.keys(messages).filter((name) => messages[name]?.Request && messages[name]?.Response);

function settlesWithin(ms: number, call: Promise<Uint8Array>): Promise<{ reply?: Uint8Array; error?: Error }> {
  return Promise.race([
    call.then((reply) => ({ reply }), (error: Error) => ({ error })),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()),
  ]);
}

describe('tfplugin6 handlers under random input', () => {
  const { unary } = buildRoutes(() => {});
  const order = [...rpcs.filter((r) => r !== 'StopProvider'), 'StopProvider'];

  test.each(order)('%s', async (rpc) => {
    const handler = unary.get(`/tfplugin6.Provider/${rpc}`);
    expect(handler).toBeDefined();
    const { Request, Response } = messages[rpc]!;
    const problems: string[] = [];
    for (let i = 0; i < CASES_PER_ROUTE; i++) {
      const valid = Request.encode(request() as never).finish();
      const input = i % 3 === 0 ? bytes(rand(64)) : i % 3 === 1 ? valid.subarray(0, rand(valid.length + 1)) : valid;
      const { reply, error } = await settlesWithin(5_000, handler!(input));
      if (error) {
        if (error.name !== 'GrpcError') problems.push(`case ${i}: ${error.name}: ${error.message}`);
        continue;
      }
      const decoded = Response.decode(reply!) as { diagnostics?: { summary?: string; detail?: string }[] };
      const bug = decoded.diagnostics?.find((d) => d.summary === 'Provider bug');
      if (bug) problems.push(`case ${i}: ${bug.detail?.split('\n').slice(0, 4).join(' | ')}`);
    }
    expect(problems).toEqual([]);
  });
});
