// Generates static protobuf encoders/decoders from provider/proto/*.proto ahead of time
// (`npm run proto`); the output is committed, so nothing parses .proto files at run time.
// Types come from a commented build (pbts reads the JSDoc); the shipped module has no comments.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = 'provider/src/wire/generated';
const protos = ['provider/proto/tfplugin6.proto', 'provider/proto/plugin.proto'];
const common = ['-t', 'static-module', '-w', 'commonjs', '--no-verify', '--no-convert', '--no-delimited', '--no-service', '--force-number'];
mkdirSync(out, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), 'proto-'));
try {
  execFileSync('node_modules/.bin/pbjs', [...common, '-o', join(tmp, 'commented.js'), ...protos], { stdio: 'inherit' });
  execFileSync('node_modules/.bin/pbts', ['-o', `${out}/protocol.d.ts`, join(tmp, 'commented.js')], { stdio: 'inherit' });
  execFileSync('node_modules/.bin/pbjs', [...common, '--no-comments', '-o', `${out}/protocol.js`, ...protos], { stdio: 'inherit' });
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`generated ${out}/protocol.js and protocol.d.ts`);
