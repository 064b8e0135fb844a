// Bundles the provider into one executable file, dist/terraform-provider-appviewx.
// Two passes: the core (framework, resources, gateway client, CLI) is bundled first and embedded as
// a string that is compiled only after the handshake line; the start-up path stays a few kB.
import { build } from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const outfile = 'dist/terraform-provider-appviewx';
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
const coreSource = core.outputFiles[0].text;

const embedCore = {
  name: 'embed-core',
  setup(b) {
    b.onResolve({ filter: /core-loader\.js$/ }, () => ({ path: 'core-loader', namespace: 'embed-core' }));
    b.onLoad({ filter: /.*/, namespace: 'embed-core' }, () => ({
      loader: 'js',
      contents: `const source = ${JSON.stringify(coreSource)};
let core;
export const loadCore = async () => {
  if (!core) {
    const m = { exports: {} };
    new Function('module', 'exports', 'require', '__filename', '__dirname', source)(m, m.exports, require, __filename, __dirname);
    core = m.exports;
  }
  return core;
};`,
    }));
  },
};

await build({ ...common, entryPoints: ['provider/src/main.ts'], outfile, banner: { js: '#!/usr/bin/env node' }, plugins: [embedCore] });
chmodSync(outfile, 0o755);
console.log(`built ${outfile} (${version})`);
