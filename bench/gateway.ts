// npm run bench:gateway — requests per second of the gateway client against the simulator
// (in its own process, so client and server do not share an event loop), for
// createSshCertificate and searchCertificates at concurrency 1, 10 and 50.
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { createInterface } from 'node:readline';
import { createGatewayClient } from '../provider/src/gateway/index.js';
import type { GatewayClient } from '../provider/src/gateway/index.js';
import type { Logger } from '../provider/src/logging.js';

const CONCURRENCY = [1, 10, 50];
const DURATION_MS = Number(process.env['BENCH_DURATION_MS'] ?? 3_000);
const silent: Logger = { trace() {}, debug() {}, info() {}, warn() {}, error() {}, child: () => silent };

async function startSimulatorProcess(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'simulator/src/cli.ts', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    const match = /^listening (\S+)/.exec(line);
    if (match) return { url: match[1]!, stop: () => child.kill('SIGTERM') };
  }
  throw new Error('the simulator exited before listening');
}

function openSshPublicKey(): string {
  const raw = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' }).subarray(-32);
  const field = (b: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, b.length]), b]);
  return `ssh-ed25519 ${Buffer.concat([field(Buffer.from('ssh-ed25519')), field(raw)]).toString('base64')} bench`;
}

type Operation = (client: GatewayClient) => Promise<unknown>;
const operations: Record<string, Operation> = {
  createSshCertificate: (client) =>
    client.createSshCertificate({
      publicKey: openSshPublicKey(), // a fresh key each time: the gateway refuses a second certificate for a key
      validityValue: 1,
      validityUnit: 'days',
      certificateIdentity: 'bench',
      caName: 'Default-Infra-Access-Group.user.ca',
      principals: ['bench'],
      certType: 'User',
    }),
  searchCertificates: (client) => client.searchCertificates({ resourceId: '5f51f7312fa95059a12b0aee' }),
};

interface Row {
  operation: string;
  concurrency: number;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function measure(url: string, operation: string, concurrency: number): Promise<Row> {
  const client = createGatewayClient({
    url,
    auth: { kind: 'password', username: 'admin', password: 'admin' },
    gatewaySource: 'external',
    insecure: false,
    requestTimeoutMs: 30_000,
    maxRetries: 4,
    loginEndpoint: 'login',
    logger: silent,
  });
  await client.login();
  const run = operations[operation]!;
  for (let i = 0; i < 20; i++) await run(client); // warm-up: connections, JIT
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const stopAt = started + DURATION_MS;
  const worker = async (): Promise<void> => {
    while (performance.now() < stopAt) {
      const t = performance.now();
      try {
        await run(client);
        latencies.push(performance.now() - t);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = performance.now() - started;
  await client.close();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { operation, concurrency, requests: latencies.length, perSecond: (latencies.length / elapsed) * 1000, p50: at(0.5), p99: at(0.99), errors };
}

async function main(): Promise<void> {
  const simulator = await startSimulatorProcess();
  try {
    const rows: Row[] = [];
    for (const operation of Object.keys(operations)) for (const concurrency of CONCURRENCY) rows.push(await measure(simulator.url, operation, concurrency));
    const header = ['operation', 'concurrency', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'errors'];
    const table = rows.map((r) => [r.operation, String(r.concurrency), String(r.requests), r.perSecond.toFixed(0), r.p50.toFixed(2), r.p99.toFixed(2), String(r.errors)]);
    const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    process.stdout.write(`gateway client vs simulator (${simulator.url}), ${DURATION_MS} ms per row, node ${process.version}\n`);
    process.stdout.write(`${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}\n${table.map(line).join('\n')}\n`);
  } finally {
    simulator.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:gateway failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
