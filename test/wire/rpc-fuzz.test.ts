// Every tfplugin6 handler fed random, truncated and ill-typed requests (fixed seed, bounded count),
// including ephemeral resource private data and function arguments made from damaged certificates:
// each call settles quickly with a well-formed response or a gRPC error, never a crash, a hang or
// a "Provider bug" diagnostic (an unexpected exception inside the provider).
import { encode } from '@msgpack/msgpack';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePublicKey } from '../../provider/src/openssh/wire-format';
import { tfplugin6 } from '../../provider/src/wire/generated/protocol';
import { buildRoutes } from '../../provider/src/wire/routes';
import { random } from '../../simulator/src/faults';
import { signCertificate } from '../../simulator/src/openssh-certificate';
import { ed25519PublicKey } from '../support/ssh-keys';

const CASES_PER_ROUTE = 150;
const TYPES = ['appviewx_ssh_certificate', 'appviewx_ssh_certificate_revocation', 'appviewx_certificate_reissue', 'appviewx_certificate_revocation', 'appviewx_certificate', 'no_such_type', ''];
const FUNCTIONS = ['ssh_certificate_info', 'x509_certificate_info', 'ssh_certificate_info', 'x509_certificate_info', 'no_such_function', ''];
const NAMES = ['ca_name', 'public_key', 'principals', 'validity_value', 'timeouts', 'url', 'resource_id', 'id', 'csr', 'password_wo', 'serial_number', 'certificate'];

let seed = 20261123;
const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
const pick = <T>(xs: readonly T[]): T => xs[rand(xs.length)]!;
const bytes = (n: number) => Uint8Array.from({ length: n }, () => rand(256));

// Function arguments start from real certificates, then get cut and flipped. Their choices use
// their own generator: the low bits of the LCG above repeat with a short period, so combined
// choices would never line up (a valid name with an intact certificate).
const next = random(20261202);
const choose = (n: number) => Math.floor(next() * n);
const among = <T>(xs: readonly T[]): T => xs[choose(xs.length)]!;
const CA = { privateKeyPem: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
const SSH_CERT = signCertificate(CA, { key: parsePublicKey(ed25519PublicKey())!, serial: 7n, type: 'User', keyId: 'fuzz', principals: ['a'], validAfterMs: 0, validBeforeMs: 3_600_000 }).line;
const PEM = readFileSync(join(__dirname, '..', 'fixtures', 'x509', 'www.example.com.pem'), 'utf8');

/** A certificate line or PEM, intact, cut short, or with one character changed. */
function certificateText(): string {
  const text = among([SSH_CERT, PEM, SSH_CERT.split(' ').slice(0, 2).join(' ')]);
  switch (choose(4)) {
    case 0:
    case 1: return text;
    case 2: return text.slice(0, choose(text.length + 1));
    default: {
      const at = choose(text.length);
      return text.slice(0, at) + among(['A', '/', '=', ' ', '-', '\n']) + text.slice(at + 1);
    }
  }
}

/** CallFunction arguments: mostly certificate texts, sometimes anything, sometimes the wrong count. */
function functionArguments(): tfplugin6.IDynamicValue[] {
  return Array.from({ length: choose(10) === 0 ? choose(4) : 1 }, () => (choose(10) === 0 ? dynamicValue() : { msgpack: encode(certificateText()) }));
}

/** Private data of an ephemeral resource: what open returns, damaged, or noise. */
function ephemeralPrivate(): Uint8Array {
  const json = JSON.stringify({ serial: String(choose(1e9)), caName: among(['', 'Default-Infra-Access-Group.user.ca']), groupName: 'Default_Key_Group', validTo: null });
  return among([Buffer.from(json), Buffer.from(json.slice(0, choose(json.length))), bytes(rand(8)), new Uint8Array()]);
}

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
    private: ephemeralPrivate(),
    name: among(FUNCTIONS),
    arguments: functionArguments(),
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
    const answers = { result: 0, argumentError: 0 };
    for (let i = 0; i < CASES_PER_ROUTE; i++) {
      const valid = Request.encode(request() as never).finish();
      const input = i % 3 === 0 ? bytes(rand(64)) : i % 3 === 1 ? valid.subarray(0, rand(valid.length + 1)) : valid;
      const { reply, error } = await settlesWithin(5_000, handler!(input));
      if (error) {
        if (error.name !== 'GrpcError') problems.push(`case ${i}: ${error.name}: ${error.message}`);
        continue;
      }
      const decoded = Response.decode(reply!) as { diagnostics?: { summary?: string; detail?: string }[]; error?: { text?: string; functionArgument?: number }; result?: unknown };
      if (decoded.result) answers.result++;
      if (decoded.error?.functionArgument !== undefined && decoded.error.functionArgument !== null) answers.argumentError++;
      const bug = decoded.diagnostics?.find((d) => d.summary === 'Provider bug')?.detail ?? (decoded.error?.text?.includes('Provider bug') ? decoded.error.text : undefined);
      if (bug) problems.push(`case ${i}: ${bug.split('\n').slice(0, 4).join(' | ')}`);
    }
    expect(problems).toEqual([]);
    // The function cases reach the certificate parsers: some arguments parse, some are refused.
    if (rpc === 'CallFunction') expect(Math.min(answers.result, answers.argumentError)).toBeGreaterThan(0);
  });
});
