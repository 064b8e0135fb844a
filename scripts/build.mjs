// Bundles the provider into one executable file, dist/terraform-provider-appviewx.
// Dynamic imports stay lazily initialised in the CJS bundle, which keeps start-up to the handshake.
import { build } from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const outfile = 'dist/terraform-provider-appviewx';
await build({
  entryPoints: ['provider/src/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // minifyIdentifiers breaks protobufjs's generated code (a local shadows the global Object).
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  banner: { js: '#!/usr/bin/env node' },
  define: { __PROVIDER_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);
console.log(`built ${outfile} (${version})`);
