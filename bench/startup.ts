// npm run bench:startup — spawn → handshake line, as terraform starts the provider (cookie,
// protocol versions, client certificate), against `node -e 0` measured in the same run; medians of 20.
// Also the wall time of a `terraform plan` with the provider (internal test resource, no gateway).
import { spawn } from 'node:child_process';
import { createServerCertificate } from '../provider/src/wire/tls-certificate';
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from '../provider/src/wire/handshake';
import { PROVIDER_BIN, Workspace } from '../test/support/terraform';

const RUNS = 20;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timeNode(node: string): Promise<number> {
  return new Promise((resolve) => {
    const t = process.hrtime.bigint();
    spawn(node, ['-e', '0']).on('exit', () => resolve(Number(process.hrtime.bigint() - t) / 1e6));
  });
}

function timeHandshake(clientCert: string, binary = PROVIDER_BIN): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    const p = spawn(binary, [], { env: { ...process.env, [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: '5,6', PLUGIN_CLIENT_CERT: clientCert }, stdio: ['ignore', 'pipe', 'ignore'] });
    p.stdout.once('data', () => {
      resolve(Number(process.hrtime.bigint() - t) / 1e6);
      p.kill('SIGKILL');
    });
    p.once('error', reject);
  });
}

/**
 * Medians of `runs`, alternated: ours (`provider`, run by `node`), `node -e 0` and, when given,
 * another provider executable (the Go floor).
 */
export async function measureStartup(
  runs = RUNS,
  other?: string,
  provider = { binary: PROVIDER_BIN, node: process.execPath },
): Promise<{ provider: number; node: number; ratio: number; other?: number }> {
  const cert = createServerCertificate().certPem;
  const times: number[] = [];
  const node: number[] = [];
  const others: number[] = [];
  for (let i = 0; i < runs; i++) {
    node.push(await timeNode(provider.node));
    times.push(await timeHandshake(cert, provider.binary));
    if (other) others.push(await timeHandshake(cert, other));
  }
  const p = median(times);
  const n = median(node);
  return { provider: p, node: n, ratio: p / n, ...(other ? { other: median(others) } : {}) };
}

async function main(): Promise<void> {
  const s = await measureStartup();
  console.log(`start-up (median of ${RUNS}): provider spawn→handshake ${s.provider.toFixed(1)} ms, node -e 0 ${s.node.toFixed(1)} ms, ratio ${s.ratio.toFixed(2)} (target <= 1.2)`);
  const ws = new Workspace({ APPVIEWX_PROVIDER_TEST_RESOURCES: '1' });
  ws.write('provider "appviewx" {\n  url = "http://127.0.0.1:9"\n  session_id = "x"\n}\nresource "appviewx_test_echo" "a" {\n  name = "a"\n}\n');
  await ws.init();
  const plans: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = Date.now();
    await ws.ok(['plan', '-no-color']);
    plans.push(Date.now() - t);
  }
  console.log(`terraform plan with the provider (median of 5): ${median(plans)} ms`);
  ws.cleanup();
}

if (require.main === module) void main();
