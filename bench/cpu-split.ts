// npm run bench:cpu [N] — where the CPU of each command goes, ours against the Go floor: terraform
// and every provider process run under /usr/bin/time (the providers through wrappers in the
// mirrors), alternated, BENCH_RUNS runs (default 3), medians. CPU time, unlike wall time, hardly
// depends on how busy a shared machine is, so it shows what the wall-time ratios cannot: how much
// of a command is terraform's own work, how much the provider's, how much the simulator's.
// BENCH_PROVIDER (bench/ours.ts): `sea` (default on linux x64) or `script`.
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator } from '../simulator/src/index';
import { fleetKeys, SSH_FLEET } from '../test/support/simulator-workspace';
import { providerMirror, TERRAFORM, Workspace } from '../test/support/terraform';
import { buildGoFloor, floorWorkspace } from './go-floor';
import { ours } from './ours';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Writes a wrapper at `target` that runs `command` under /usr/bin/time, appending "user sys maxrss" to `log`. */
function timedWrapper(target: string, command: string, log: string): void {
  writeFileSync(target, `#!/bin/sh\nexec /usr/bin/time -a -o ${log} -f '%U %S %M' ${command} "$@"\n`);
  chmodSync(target, 0o755);
}

const lines = (f: string) => (existsSync(f) ? readFileSync(f, 'utf8').trim().split('\n').filter((l) => /^[\d.]+ [\d.]+ \d+$/.test(l)) : []);
const cpuOf = (f: string) => lines(f).reduce((sum, l) => sum + Number(l.split(' ')[0]) + Number(l.split(' ')[1]), 0) * 1000;

interface Split {
  /** CPU ms of each provider process, largest first. */
  each: number[];
  wall: number;
  terraformMs: number;
  providerMs: number;
  processes: number;
  harnessMs: number;
}

/** One terraform command under /usr/bin/time; provider CPU from the wrapper log. */
function command(ws: Workspace, args: string[], env: Record<string, string>, providerLog: string): Promise<Split> {
  const tfLog = join(ws.dir, 'terraform.time');
  writeFileSync(tfLog, '');
  writeFileSync(providerLog, '');
  const harness = process.cpuUsage();
  const t = Date.now();
  return new Promise((resolve, reject) => {
    execFile('/usr/bin/time', ['-o', tfLog, '-f', '%U %S %M', TERRAFORM, ...args], { cwd: ws.dir, env: { ...ws.env, ...env }, maxBuffer: 256 << 20 }, (err, _stdout, stderr) => {
      if (err) return reject(new Error(`terraform ${args.join(' ')}: ${stderr}`));
      const wall = Date.now() - t;
      const h = process.cpuUsage(harness);
      const total = cpuOf(tfLog); // terraform and the providers it waited for
      const providerMs = cpuOf(providerLog);
      const each = lines(providerLog).map((l) => (Number(l.split(' ')[0]) + Number(l.split(' ')[1])) * 1000).sort((a, b) => b - a);
      resolve({ each, wall, terraformMs: total - providerMs, providerMs, processes: lines(providerLog).length, harnessMs: (h.user + h.system) / 1000 });
    });
  });
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 100);
  const floor = buildGoFloor();
  if (!floor) return;
  const work = mkdtempSync(join(tmpdir(), 'avx-cpu-'));
  const oursLog = join(work, 'ours.time');
  const floorLog = join(work, 'floor.time');
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
  const platform = `linux_${process.arch === 'x64' ? 'amd64' : process.arch}`;
  const provider = ours(work);
  timedWrapper(join(providerMirror(), 'registry.terraform.io/appviewx-community/appviewx', version, platform, `terraform-provider-appviewx_v${version}`), provider.command, oursLog);
  const floorMirror = join(work, 'mirror');
  const floorDir = join(floorMirror, 'registry.terraform.io/floor/floor/0.1.0', platform);
  mkdirSync(floorDir, { recursive: true });
  timedWrapper(join(floorDir, 'terraform-provider-floor_v0.1.0'), floor.binary, floorLog);

  const sim = await startSimulator({ port: 0 });
  const results: Record<string, Split[]> = {};
  const add = (key: string, s: Split) => (results[key] ??= []).push(s);
  for (let i = 0; i < RUNS; i++) {
    {
      const ws = floorWorkspace({ binary: floor.binary, mirror: floorMirror });
      await ws.init();
      const env = fleetKeys(n);
      add('apply, Go floor', await command(ws, ['apply', '-auto-approve', '-no-color'], env, floorLog));
      add('no-op plan, Go floor', await command(ws, ['plan', '-no-color'], env, floorLog));
      await command(ws, ['destroy', '-auto-approve', '-no-color'], env, floorLog);
      ws.cleanup();
    }
    {
      const ws = new Workspace({ APPVIEWX_URL: sim.url, APPVIEWX_USERNAME: 'admin', APPVIEWX_PASSWORD: 'admin' });
      ws.write(SSH_FLEET);
      await ws.init();
      const env = fleetKeys(n);
      add('apply, ours', await command(ws, ['apply', '-auto-approve', '-no-color'], env, oursLog));
      add('no-op plan, ours', await command(ws, ['plan', '-no-color'], env, oursLog));
      await command(ws, ['destroy', '-auto-approve', '-no-color'], env, oursLog);
      ws.cleanup();
    }
  }
  await sim.close();
  console.log(`N = ${n}, medians of ${RUNS} alternated runs (ms); ours: ${provider.description}; harness = this process, i.e. the simulator\n`);
  console.log('| command | wall | terraform CPU | provider CPU (processes) | simulator+harness CPU |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const key of ['apply, ours', 'apply, Go floor', 'no-op plan, ours', 'no-op plan, Go floor']) {
    const xs = results[key] ?? [];
    const m = (f: (s: Split) => number) => median(xs.map(f)).toFixed(0);
    console.log(`| ${key} | ${m((s) => s.wall)} | ${m((s) => s.terraformMs)} | ${m((s) => s.providerMs)} (${m((s) => s.processes)}) | ${m((s) => s.harnessMs)} |`);
  }
  console.log('\nCPU ms of each provider process (largest first), per run:');
  for (const [key, xs] of Object.entries(results)) console.log(`  ${key}: ${xs.map((s) => s.each.map((x) => x.toFixed(0)).join(' ')).join(' | ')}`);
  rmSync(work, { recursive: true, force: true });
}

if (require.main === module) void main();
