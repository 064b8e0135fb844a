// npm run bench:sea (also the last step of npm run bench) — start-up of the self-contained
// linux_amd64 executable that `npm run release` ships (Node 22 SEA): spawn → handshake line, as
// terraform starts it, side by side with `node -e 0` of the same Node 22 runtime and of the Node
// that runs this script; and spawn → the answer to GetProviderSchema over mTLS, for the SEA, the
// Node-script executable and the Go floor (when it can be built). Medians of 20, interleaved.
// Builds the executable in a temp directory. Also `node -e` loading node:http2, node:tls,
// node:crypto and node:net, the built-in modules a go-plugin server (gRPC over TLS) needs: the
// handshake loads only net and crypto before its line, http2 and tls right after it.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServerCertificate } from '../provider/src/wire/tls-certificate';
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from '../provider/src/wire/handshake';
import { BLOB_NODE } from '../scripts/release/platforms';
import { startPluginProcess } from '../test/support/plugin-process';
import { PROVIDER_BIN } from '../test/support/terraform';
import { buildGoFloor } from './go-floor';
import { buildLinuxSea } from './ours';

const RUNS = 20;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(cmd: string, args: string[], env: NodeJS.ProcessEnv, untilOutput: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    const done = () => resolve(Number(process.hrtime.bigint() - t) / 1e6);
    const p = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'ignore'] });
    p.once('error', reject);
    if (untilOutput) {
      p.stdout.once('data', () => {
        done();
        p.kill('SIGKILL');
      });
    } else p.on('exit', done);
  });
}

/**
 * Spawn → the answer to GetProviderSchema, the first call of every terraform command, over mTLS as
 * terraform makes it. The handshake line alone can come before the provider is ready to answer.
 */
async function timeFirstAnswer(binary: string): Promise<number> {
  const p = await startPluginProcess({ PATH: '/usr/bin:/bin' }, binary);
  const session = p.session();
  session.on('error', () => undefined); // the reset when the process is killed below
  try {
    const { status } = await p.call('/tfplugin6.Provider/GetProviderSchema', new Uint8Array(), session);
    if (status !== 0) throw new Error(`GetProviderSchema answered gRPC status ${status}`);
    return Number(process.hrtime.bigint() - p.spawnedAt) / 1e6;
  } finally {
    session.destroy();
    p.kill();
  }
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'appviewx-sea-bench-'));
  try {
    const exe = buildLinuxSea(work);
    const env = { PATH: '/usr/bin:/bin', [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: '5,6', PLUGIN_CLIENT_CERT: createServerCertificate().certPem };
    const sea: number[] = [];
    const node22: number[] = [];
    const node: number[] = [];
    const builtins: number[] = [];
    const seaAnswer: number[] = [];
    const scriptAnswer: number[] = [];
    const floorAnswer: number[] = [];
    const floor = buildGoFloor();
    for (let i = 0; i < RUNS; i++) {
      if (floor) floorAnswer.push(await timeFirstAnswer(floor.binary));
      seaAnswer.push(await timeFirstAnswer(exe));
      scriptAnswer.push(await timeFirstAnswer(PROVIDER_BIN));
      node22.push(await time(BLOB_NODE, ['-e', '0'], env, false));
      builtins.push(await time(BLOB_NODE, ['-e', 'for (const m of ["http2", "tls", "crypto", "net"]) require("node:" + m)'], env, false));
      sea.push(await time(exe, [], env, true));
      node.push(await time(process.execPath, ['-e', '0'], env, false));
    }
    const [s, n22, n, b] = [median(sea), median(node22), median(node), median(builtins)];
    console.log(
      `linux_amd64 SEA start-up (median of ${RUNS}): spawn→handshake ${s.toFixed(1)} ms; ` +
        `node ${execFileSync(BLOB_NODE, ['--version'], { encoding: 'utf8' }).trim()} -e 0 ${n22.toFixed(1)} ms (ratio ${(s / n22).toFixed(2)}, target <= 1.3); ` +
        `node ${process.version} -e 0 ${n.toFixed(1)} ms (ratio ${(s / n).toFixed(2)}); ` +
        `Node 22 loading http2+tls+crypto+net ${b.toFixed(1)} ms (ratio ${(b / n22).toFixed(2)} to its node -e 0)`,
    );
    console.log(
      `spawn→first answer (GetProviderSchema over mTLS, median of ${RUNS}): linux_amd64 SEA ${median(seaAnswer).toFixed(1)} ms; ` +
        `the Node-script executable (npm package, darwin) on node ${process.version} ${median(scriptAnswer).toFixed(1)} ms` +
        (floor ? `; the Go floor ${median(floorAnswer).toFixed(1)} ms (SEA ratio ${(median(seaAnswer) / median(floorAnswer)).toFixed(2)})` : ''),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) void main();
