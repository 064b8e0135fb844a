// Run by scripts/build.mjs in a child process before it asks V8 for the core's code cache: the
// cache holds the bytecode of every function compiled so far, so the calls made here are the ones
// a provider process no longer compiles on first use. Without them, each process spent 15-25 ms
// of CPU on its first ValidateProviderConfig, ConfigureProvider, ValidateResourceConfig,
// ReadResource and PlanResourceChange (terraform starts the provider 3-4 times per command).
// Only calls that never reach a gateway: the provider is configured against 127.0.0.1:9.
// Usage: node warm-core.cjs CORE.js CACHE_OUT (cwd: the repository, for protobufjs and msgpack).
const vm = require('node:vm');
const fs = require('node:fs');
const path = require('node:path');
const { generateKeyPairSync } = require('node:crypto');

const [coreFile, cacheFile, filename] = process.argv.slice(2);
const source = fs.readFileSync(coreFile, 'utf8');
const script = new vm.Script(source, { filename });
const m = { exports: {} };
// V8 flags are part of the cache's key: the transport sets --liftoff-only when ConfigureProvider
// makes its pool, after the core is compiled. Here that would make the flags at createCachedData
// differ from those when the provider compiles the core, and V8 would reject the cache.
const v8 = { ...require('node:v8'), setFlagsFromString: () => {} };
const coreRequire = Object.assign((id) => (id === 'node:v8' || id === 'v8' ? v8 : require(id)), require);
script.runInThisContext()(m, m.exports, coreRequire, __filename, __dirname);

const repo = process.cwd();
const { encode } = require(path.join(repo, 'node_modules/@msgpack/msgpack'));
const { tfplugin6: p } = require(path.join(repo, 'provider/src/wire/generated/protocol.js'));

function sshKey() {
  const raw = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' }).subarray(-32);
  const str = (b) => Buffer.concat([Buffer.from([0, 0, 0, b.length]), b]);
  return `ssh-ed25519 ${Buffer.concat([str(Buffer.from('ssh-ed25519')), str(raw)]).toString('base64')} warm@build`;
}

/** Every attribute of a schema block null, then the given values. */
function objectOf(block, values) {
  const out = {};
  for (const a of block.attributes ?? []) out[a.name] = null;
  for (const b of block.blockTypes ?? []) out[b.typeName] = null;
  return Object.assign(out, values);
}

async function warm() {
  const { unary } = m.exports.buildRoutes(() => {});
  const call = async (method, type, request) => type.Response.decode(await unary.get(`/tfplugin6.Provider/${method}`)(type.Request.encode(request).finish()));
  await call('GetMetadata', p.GetMetadata, {});
  const schema = await call('GetProviderSchema', p.GetProviderSchema, {});
  const providerConfig = { msgpack: encode(objectOf(schema.provider.block, { url: 'http://127.0.0.1:9', username: 'warm', password: 'warm-up' })) };
  await call('ValidateProviderConfig', p.ValidateProviderConfig, { config: providerConfig });
  await call('ConfigureProvider', p.ConfigureProvider, { config: providerConfig, clientCapabilities: { writeOnlyAttributesAllowed: true } });

  const key = sshKey();
  const samples = {
    appviewx_ssh_certificate: {
      config: { ca_name: 'Default-Infra-Access-Group.user.ca', certificate_identity: 'warm', public_key: key, principals: ['warm'], cert_type: 'User', validity_value: 1, validity_unit: 'days' },
      state: {
        valid_from: '2026-01-01T00:00:00Z', valid_to: '2099-01-01T00:00:00Z', group_name: 'Default_Key_Group', revoke_on_destroy: true, id: '1', serial_number: '1',
        fingerprint: 'SHA256:warm', raw_fingerprint: '256 SHA256:warm (ED25519)', signing_ca: 'SHA256:ca', key_id: 'warm', raw_cert_type: 'ssh-ed25519-cert-v01@openssh.com',
        certificate: 'ssh-ed25519-cert-v01@openssh.com AAAA warm', cert_status: 'Active', extensions: { 'permit-pty': true }, ready_for_renewal: false,
      },
    },
  };
  for (const [typeName, s] of Object.entries(schema.resourceSchemas)) {
    const sample = samples[typeName] ?? { config: {}, state: {} };
    const config = objectOf(s.block, sample.config);
    const state = { ...config, ...sample.state };
    const mp = (v) => ({ msgpack: encode(v) });
    const caps = { writeOnlyAttributesAllowed: true };
    await call('ValidateResourceConfig', p.ValidateResourceConfig, { typeName, config: mp(config), clientCapabilities: caps });
    await call('PlanResourceChange', p.PlanResourceChange, { typeName, priorState: mp(null), proposedNewState: mp(config), config: mp(config), clientCapabilities: caps });
    await call('UpgradeResourceState', p.UpgradeResourceState, { typeName, version: 0, rawState: { json: Buffer.from(JSON.stringify(state)) } });
    await call('ReadResource', p.ReadResource, { typeName, currentState: mp(state), clientCapabilities: caps });
    await call('PlanResourceChange', p.PlanResourceChange, { typeName, priorState: mp(state), proposedNewState: mp(state), config: mp(config), clientCapabilities: caps });
  }
  for (const [typeName, s] of Object.entries(schema.dataSourceSchemas)) {
    await call('ValidateDataResourceConfig', p.ValidateDataResourceConfig, { typeName, config: { msgpack: encode(objectOf(s.block, {})) } });
  }
}

warm().then(() => {
  fs.writeFileSync(cacheFile, script.createCachedData());
  process.exit(0);
}, (err) => {
  process.stderr.write(`warming the core failed: ${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
