// The Go floor (a compiled Go provider with the schema of appviewx_ssh_certificate that does no
// work; see its README) in the benchmark: built with its own build.sh, run by terraform from its
// filesystem mirror next to ours, with the same configuration and variables as SSH_FLEET.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PROVIDER_BLOCK, SSH_FLEET } from '../test/support/simulator-workspace';
import { providerMirror, ROOT, SOURCE, Workspace } from '../test/support/terraform';

/**
 * Where the floor's sources are: GO_FLOOR_DIR, else `../shared/go-floor` beside the main checkout
 * (a git worktree elsewhere finds the main checkout through git's common directory).
 */
export function goFloorDir(): string {
  if (process.env['GO_FLOOR_DIR']) return resolve(process.env['GO_FLOOR_DIR']);
  const candidates = [resolve(ROOT, '../shared/go-floor')];
  try {
    const common = execFileSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], { cwd: ROOT, encoding: 'utf8' }).trim();
    candidates.push(resolve(dirname(common), '../shared/go-floor'));
  } catch {
    // not a git checkout: only the sibling directory
  }
  return candidates.find((c) => existsSync(join(c, 'build.sh'))) ?? candidates[0]!;
}

export interface GoFloor {
  /** The provider executable (for spawn-to-handshake). */
  readonly binary: string;
  /** The filesystem mirror holding registry.terraform.io/floor/floor. */
  readonly mirror: string;
}

/** Builds the floor (build.sh is idempotent); undefined, with the reason printed, when it cannot. */
export function buildGoFloor(): GoFloor | undefined {
  const dir = goFloorDir();
  const script = join(dir, 'build.sh');
  if (!existsSync(script)) {
    console.log(`Go floor: not found at ${dir} (set GO_FLOOR_DIR to the go-floor directory); its rows are left out.`);
    return undefined;
  }
  try {
    const out = execFileSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n');
    const binary = out[out.length - 1]!;
    const at = binary.lastIndexOf('/mirror/');
    if (at < 0 || !existsSync(binary)) throw new Error(`unexpected output: ${out.join(' ')}`);
    return { binary, mirror: binary.slice(0, at + '/mirror'.length) };
  } catch (err) {
    console.log(`Go floor: ${script} failed (${err instanceof Error ? err.message : String(err)}); its rows are left out.`);
    return undefined;
  }
}

/** SSH_FLEET with floor_ssh_certificate in place of appviewx_ssh_certificate. */
const FLOOR_FLEET = `terraform {
  required_providers {
    floor = { source = "registry.terraform.io/floor/floor", version = "0.1.0" }
  }
}
provider "floor" {
  url      = "https://avx.example.com:31443"
  username = "admin"
  password = "admin"
}
${SSH_FLEET.replace(PROVIDER_BLOCK, '').replace('resource "appviewx_ssh_certificate"', 'resource "floor_ssh_certificate"')}`;

/** A workspace whose configuration uses the floor provider (FLOOR_APPLY_LATENCY_MS from `env`). */
export function floorWorkspace(floor: GoFloor, env: Record<string, string> = {}): Workspace {
  const ws = new Workspace(env);
  writeFileSync(
    join(ws.dir, '.terraformrc'),
    `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(providerMirror())}\n    include = ["${SOURCE}"]\n  }\n` +
      `  filesystem_mirror {\n    path    = ${JSON.stringify(floor.mirror)}\n    include = ["registry.terraform.io/floor/*"]\n  }\n}\n`,
  );
  ws.write(FLOOR_FLEET, 'floor.tf');
  return ws;
}
