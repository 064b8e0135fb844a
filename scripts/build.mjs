// Bundles the provider into one executable file, dist/terraform-provider-appviewx.
// Two passes: the core (framework, resources, gateway client, CLI) is bundled first and embedded as
// a string that is compiled only after the handshake line; the start-up path stays a few kB.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import zlib, { brotliCompressSync } from 'node:zlib';
import { join } from 'node:path';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
// The release (scripts/release.ts) builds a second bundle whose code cache comes from the Node 22 it
// injects the bundle into: a code cache made by another Node version is rejected.
const outfile = process.env.APPVIEWX_BUILD_OUTFILE ?? 'dist/terraform-provider-appviewx';
const cacheNode = process.env.APPVIEWX_CODE_CACHE_NODE ?? process.execPath;
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // minifyIdentifiers breaks protobufjs's generated code (a local shadows the global Object).
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  define: { __PROVIDER_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
};

const core = await build({ ...common, entryPoints: ['provider/src/core.ts'], write: false });
const coreSource = `(function (module, exports, require, __filename, __dirname) {${core.outputFiles[0].text}\n})`;
const CORE_FILENAME = 'terraform-provider-appviewx-core.js';

/**
 * V8's code cache for the core, made after loading it and answering the calls every command makes
 * (scripts/warm-core.cjs: schema, provider configuration, validate/plan/read of each resource
 * type) so that the functions they run are in it: compiling them is the largest part of each
 * start's CPU time. V8 checks the cache against the source and its own version and rejects a stale
 * one, so a different Node only loses the speed-up.
 */
function codeCache(source) {
  // Files, not pipes: process.exit() would cut a large write to a pipe short.
  const dir = mkdtempSync(join(tmpdir(), 'appviewx-build-'));
  try {
    writeFileSync(join(dir, 'core.js'), source);
    const child = spawnSync(cacheNode, ['scripts/warm-core.cjs', join(dir, 'core.js'), join(dir, 'core.cache'), CORE_FILENAME], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`making the code cache failed: ${child.stderr}`);
    return readFileSync(join(dir, 'core.cache'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const packed = (bytes) => brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).toString('base64');

// Where the core and its cache live. `script` (the npm package, darwin): inside the bundle, brotli
// packed, since V8 scans every byte of the file before the handshake line and ~2 MB of plain source
// and cache cost more to scan than ~0.6 MB of base64 costs to decompress after it. `sea-assets` (the
// SEA executables): as SEA assets, which Node maps from the executable without a copy, so there is
// nothing to scan before the line and nothing to decompress after it.
const CORE_FROM = process.env.APPVIEWX_CORE_FROM ?? 'script';
if (!['script', 'sea-assets'].includes(CORE_FROM)) throw new Error(`APPVIEWX_CORE_FROM must be script or sea-assets, not ${CORE_FROM}`);
const SEA_CORE_ASSETS = { source: 'core.js', cache: 'core.cache' };

function coreLoader() {
  const cache = codeCache(coreSource);
  let read;
  if (CORE_FROM === 'sea-assets') {
    // The SEA config's `assets` (scripts/release/sea.ts reads this list).
    const assets = { [SEA_CORE_ASSETS.source]: `${outfile}.${SEA_CORE_ASSETS.source}`, [SEA_CORE_ASSETS.cache]: `${outfile}.${SEA_CORE_ASSETS.cache}` };
    writeFileSync(assets[SEA_CORE_ASSETS.source], coreSource);
    writeFileSync(assets[SEA_CORE_ASSETS.cache], cache);
    writeFileSync(`${outfile}.sea-assets.json`, JSON.stringify(assets));
    read = `const sea = require('node:sea');
    const source = sea.getAsset(${JSON.stringify(SEA_CORE_ASSETS.source)}, 'utf8');
    const cachedData = Buffer.from(sea.getAsset(${JSON.stringify(SEA_CORE_ASSETS.cache)}));`;
  } else {
    read = `const { brotliDecompressSync } = require('node:zlib');
    const unpack = (text) => brotliDecompressSync(Buffer.from(text, 'base64'));
    const source = unpack(${JSON.stringify(packed(Buffer.from(coreSource)))}).toString('utf8');
    const cachedData = unpack(${JSON.stringify(packed(cache))});`;
  }
  // node:vm and node:zlib are required here, not at the top, to keep them off the start-up path.
  return `let core;
export const loadCore = async () => {
  if (!core) {
    ${read}
    const { Script } = require('node:vm');
    const script = new Script(source, { filename: ${JSON.stringify(CORE_FILENAME)}, cachedData });
    const m = { exports: {} };
    script.runInThisContext()(m, m.exports, require, __filename, __dirname);
    core = m.exports;
  }
  return core;
};`;
}

const embedCore = {
  name: 'embed-core',
  setup(b) {
    b.onResolve({ filter: /core-loader\.js$/ }, () => ({ path: 'core-loader', namespace: 'embed-core' }));
    b.onLoad({ filter: /.*/, namespace: 'embed-core' }, () => ({ loader: 'js', contents: coreLoader() }));
  },
};

await build({ ...common, entryPoints: ['provider/src/main.ts'], outfile, banner: { js: '#!/usr/bin/env node' }, plugins: [embedCore] });
chmodSync(outfile, 0o755);
console.log(`built ${outfile} (${version}${cacheNode === process.execPath ? '' : `, code cache from ${cacheNode}`})`);
