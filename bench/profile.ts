// npm run bench:profile [N] [extra node flags] — apply, no-op plan and destroy of N SSH certificates
// against the simulator, with every provider process terraform starts running under
// `node --cpu-prof` (a wrapper script in the mirror). Prints, per command, the busy time of each
// provider process and the functions with the most self time across them. KEEP_PROFILES=1 keeps
// the .cpuprofile files (Chrome DevTools, speedscope); extra arguments go to node.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator } from '../simulator/src/index';
import { fleetKeys, SSH_FLEET } from '../test/support/simulator-workspace';
import { PROVIDER_BIN, providerMirror, Workspace } from '../test/support/terraform';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Self time per function (µs), summed over the given profiles. */
export function selfTimes(profiles: CpuProfile[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of profiles) {
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    for (let i = 0; i < p.samples.length; i++) {
      const f = byId.get(p.samples[i]!)!.callFrame;
      const file = f.url.split('/').pop() ?? '';
      const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
      out.set(key, (out.get(key) ?? 0) + (p.timeDeltas[i + 1] ?? 0));
    }
  }
  return out;
}

/** Busy (non-idle) time of a profile in ms. */
export function busyMs(p: CpuProfile): number {
  const idle = new Set(p.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  let us = 0;
  for (let i = 0; i < p.samples.length; i++) if (!idle.has(p.samples[i]!)) us += p.timeDeltas[i + 1] ?? 0;
  return us / 1000;
}

/**
 * Makes the mirror's provider a wrapper that runs the built provider with the node flags in
 * `flagsFile` (read at each start, so they can change between commands: terraform checks the
 * wrapper's checksum against the lock file written at init).
 */
export function wrapMirrorProvider(flagsFile: string): void {
  const mirror = providerMirror();
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
  const platform = `linux_${process.arch === 'x64' ? 'amd64' : process.arch}`;
  const target = join(mirror, 'registry.terraform.io/appviewx-community/appviewx', version, platform, `terraform-provider-appviewx_v${version}`);
  writeFileSync(flagsFile, '');
  writeFileSync(target, `#!/bin/sh\nexec ${process.execPath} $(cat ${flagsFile}) ${PROVIDER_BIN} "$@"\n`);
  chmodSync(target, 0o755);
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 100);
  const extra = process.argv.slice(3);
  const out = mkdtempSync(join(tmpdir(), 'avx-profile-'));
  const sim = await startSimulator({ port: 0 });
  const ws = new Workspace({ APPVIEWX_URL: sim.url, APPVIEWX_USERNAME: 'admin', APPVIEWX_PASSWORD: 'admin' });
  const flags = join(out, 'flags');
  wrapMirrorProvider(flags);
  ws.write(SSH_FLEET);
  await ws.init();
  const env = fleetKeys(n);
  for (const [name, args] of [
    ['apply', ['apply', '-auto-approve', '-no-color']],
    ['plan', ['plan', '-no-color']],
    ['destroy', ['destroy', '-auto-approve', '-no-color']],
  ] as const) {
    const dir = join(out, name);
    mkdirSync(dir);
    writeFileSync(flags, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=200', ...extra].join(' '));
    const t = Date.now();
    await ws.ok([...args], env);
    const wall = Date.now() - t;
    const profiles = readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CpuProfile);
    const busy = profiles.map(busyMs).sort((a, b) => b - a);
    console.log(`\n== ${name} ${n}: ${wall} ms wall, ${profiles.length} provider processes, busy ms each: ${busy.map((b) => b.toFixed(0)).join(', ')}`);
    const top = [...selfTimes(profiles)].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, 25);
    for (const [k, us] of top) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
  }
  ws.cleanup();
  await sim.close();
  if (process.env['KEEP_PROFILES'] === '1') console.log(`\nprofiles in ${out}`);
  else rmSync(out, { recursive: true, force: true });
}

if (require.main === module) void main();
