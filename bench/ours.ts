// What the benchmarks run as "ours". BENCH_PROVIDER=sea (the default on linux x64) is the
// linux_amd64 executable that `npm run release` ships, built into a work directory: what a
// linux_amd64 user installs from a registry or mirror. BENCH_PROVIDER=script is
// dist/terraform-provider-appviewx on the Node running the benchmark, as the npm package (and
// darwin) runs it.
import { join } from 'node:path';
import { BLOB_NODE, PLATFORMS, type SeaPlatform } from '../scripts/release/platforms';
import { buildSea, buildSeaBundle, checkRuntimes } from '../scripts/release/sea';
import { PROVIDER_BIN } from '../test/support/terraform';

export interface Ours {
  readonly kind: 'sea' | 'script';
  /** The command line a mirror wrapper executes. */
  readonly command: string;
  /** The executable to spawn directly (spawn → handshake). */
  readonly binary: string;
  /** The Node whose `node -e 0` the start-up is held against. */
  readonly node: string;
  /** For the table's header. */
  readonly description: string;
}

/** Builds the linux_amd64 SEA as `npm run release` does, into `work`; returns its path. */
export function buildLinuxSea(work: string): string {
  const platform = PLATFORMS['linux_amd64'] as SeaPlatform;
  checkRuntimes([platform]);
  const bundle = join(work, 'bundle-sea.js');
  const exe = join(work, 'terraform-provider-appviewx-sea');
  buildSeaBundle(bundle);
  buildSea(bundle, platform, 'linux_amd64', exe, work);
  return exe;
}

export function ours(work: string): Ours {
  const kind = process.env['BENCH_PROVIDER'] ?? (process.platform === 'linux' && process.arch === 'x64' ? 'sea' : 'script');
  if (kind === 'script') {
    return { kind, command: `${process.execPath} ${PROVIDER_BIN}`, binary: PROVIDER_BIN, node: process.execPath, description: `dist/terraform-provider-appviewx on node ${process.version} (BENCH_PROVIDER=script)` };
  }
  if (kind !== 'sea') throw new Error(`BENCH_PROVIDER must be sea or script, not ${kind}`);
  const exe = buildLinuxSea(work);
  return { kind, command: exe, binary: exe, node: BLOB_NODE, description: 'the linux_amd64 executable of `npm run release` (Node 22 SEA; BENCH_PROVIDER=script for the Node script)' };
}
