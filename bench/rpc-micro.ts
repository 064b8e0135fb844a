// npm run bench:rpc — the provider's CPU per tfplugin6 call in process, without terraform or
// HTTP/2: realistic ValidateResourceConfig, PlanResourceChange (no-op, on an applied certificate),
// ReadResource and UpgradeResourceState requests for appviewx_ssh_certificate through the same
// routes terraform reaches, each repeated after a warm-up; prints microseconds per call.
// The core is bundled as scripts/build.mjs bundles it (tsx's module wrappers would add their own
// cost to every cross-module call). `node --cpu-prof --import tsx bench/rpc-micro.ts` profiles it.
import { encode } from '@msgpack/msgpack';
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tfplugin6 } from '../provider/src/wire/generated/protocol';
import { ed25519PublicKey } from '../test/support/ssh-keys';

const CALLS = Number(process.env['CALLS'] ?? 2000);
const WARMUP = Number(process.env['WARMUP'] ?? 200);
const TYPE = 'appviewx_ssh_certificate';

const config = (key: string): Record<string, unknown> => ({
  ca_name: 'Default-Infra-Access-Group.user.ca',
  certificate_identity: 'fleet-1',
  public_key: key,
  principals: ['deploy'],
  cert_type: 'User',
  validity_value: 1,
  validity_unit: 'days',
  valid_from: null,
  valid_to: null,
  group_name: null,
  revoke_on_destroy: null,
  revocation_reason: null,
  renew_before: null,
  id: null,
  serial_number: null,
  fingerprint: null,
  raw_fingerprint: null,
  signing_ca: null,
  key_id: null,
  raw_cert_type: null,
  certificate: null,
  cert_status: null,
  extensions: null,
  ready_for_renewal: null,
  timeouts: null,
});

const state = (key: string): Record<string, unknown> => ({
  ...config(key),
  valid_from: '2026-12-02T00:00:00Z',
  valid_to: '2026-12-03T00:00:00Z',
  group_name: 'Default_Key_Group',
  revoke_on_destroy: true,
  id: '7391847261938475',
  serial_number: '7391847261938475',
  fingerprint: 'SHA256:' + 'x'.repeat(43),
  raw_fingerprint: '256 SHA256:' + 'x'.repeat(43) + ' (ED25519)',
  signing_ca: 'SHA256:' + 'y'.repeat(43),
  key_id: 'fleet-1',
  raw_cert_type: 'ssh-ed25519-cert-v01@openssh.com',
  certificate: 'ssh-ed25519-cert-v01@openssh.com ' + 'A'.repeat(560) + ' fleet-1',
  cert_status: 'Active',
  extensions: { 'permit-pty': true, 'permit-user-rc': true, 'permit-agent-forwarding': true, 'permit-port-forwarding': true, 'permit-X11-forwarding': true },
  ready_for_renewal: false,
});

/** provider/src/core.ts bundled as in the build (unminified, so a profile names every function). */
async function bundledCore(): Promise<typeof import('../provider/src/core')> {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const out = await build({ entryPoints: ['provider/src/core.ts'], bundle: true, platform: 'node', target: 'node20', format: 'cjs', write: false, define: { __PROVIDER_VERSION__: JSON.stringify(version) }, logLevel: 'warning' });
  const dir = mkdtempSync(join(tmpdir(), 'avx-rpc-micro-'));
  const file = join(dir, 'core.js');
  writeFileSync(file, out.outputFiles[0]!.text);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(file) as typeof import('../provider/src/core');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { buildRoutes } = await bundledCore();
  const { unary } = buildRoutes(() => {});
  const call = (method: string, bytes: Uint8Array) => unary.get(`/tfplugin6.Provider/${method}`)!(bytes);
  const p = tfplugin6;
  const providerConfig = { url: 'http://127.0.0.1:9', username: 'admin', password: 'admin', session_id: null };
  const schema = p.GetProviderSchema.Response.decode(await call('GetProviderSchema', p.GetProviderSchema.Request.encode({}).finish()));
  const providerAttrs = Object.fromEntries((schema.provider?.block?.attributes ?? []).map((a) => [a.name, (providerConfig as Record<string, unknown>)[a.name!] ?? null]));
  const configured = p.ConfigureProvider.Response.decode(await call('ConfigureProvider', p.ConfigureProvider.Request.encode({ config: { msgpack: encode(providerAttrs) } }).finish()));
  if ((configured.diagnostics ?? []).some((d) => d.severity === p.Diagnostic.Severity.ERROR)) throw new Error(JSON.stringify(configured.diagnostics));

  const key = ed25519PublicKey();
  const cfg = encode(config(key));
  const st = encode(state(key));
  const requests: [string, Uint8Array][] = [
    ['ValidateResourceConfig', p.ValidateResourceConfig.Request.encode({ typeName: TYPE, config: { msgpack: cfg } }).finish()],
    ['UpgradeResourceState', p.UpgradeResourceState.Request.encode({ typeName: TYPE, version: 0, rawState: { json: Buffer.from(JSON.stringify(state(key))) } }).finish()],
    ['ReadResource', p.ReadResource.Request.encode({ typeName: TYPE, currentState: { msgpack: st } }).finish()],
    ['PlanResourceChange', p.PlanResourceChange.Request.encode({ typeName: TYPE, priorState: { msgpack: st }, proposedNewState: { msgpack: st }, config: { msgpack: cfg }, clientCapabilities: { writeOnlyAttributesAllowed: true } }).finish()],
  ];
  for (const [method, bytes] of requests) {
    for (let i = 0; i < WARMUP; i++) await call(method, bytes);
    // CPU time, not wall time: on a shared machine the process may wait for a core.
    const t = process.cpuUsage();
    for (let i = 0; i < CALLS; i++) await call(method, bytes);
    const used = process.cpuUsage(t);
    console.log(`${method.padEnd(24)} ${((used.user + used.system) / CALLS).toFixed(1).padStart(7)} µs CPU per call`);
  }
}

void main();
