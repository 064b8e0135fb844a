// `prepare` (npm ci and npm install in this repository; never for a consumer installing the
// package): installs this repository's own development tools, each from its own lock file, in its
// own package so that its node_modules/.bin/node does not put every npm script on Node 22:
// - tools/node22: Node 22 for cdktn-cli (needs Node >= 22.19);
// - tools/node-runtimes: the Node 22 runtimes `npm run release` turns into self-contained
//   executables (linux x64 and arm64, windows x64; --force because two are for other platforms).
// Both hold Linux x64 binaries that run here, so elsewhere they are skipped, saying so.
// A tool already installed at its locked versions is left alone (npm pack runs prepare too).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const TOOLS = [
  { dir: 'tools/node22', extra: [], skipped: 'the cdktn CLI tests will be skipped' },
  { dir: 'tools/node-runtimes', extra: ['--force'], skipped: 'npm run release needs a Linux x64 machine' },
];

function upToDate(dir) {
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
  return Object.entries(lock.packages)
    .filter(([path]) => path.startsWith('node_modules/'))
    .every(([path, { version }]) => {
      const installed = join(dir, path, 'package.json');
      return existsSync(installed) && JSON.parse(readFileSync(installed, 'utf8')).version === version;
    });
}

for (const tool of TOOLS) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    console.log(`${tool.dir}: not installed on ${process.platform}-${process.arch}; ${tool.skipped}`);
    continue;
  }
  if (upToDate(tool.dir)) continue;
  const npm = process.env.npm_execpath;
  const [cmd, args] = npm ? [process.execPath, [npm]] : ['npm', []];
  const r = spawnSync(cmd, [...args, 'ci', '--prefix', tool.dir, '--no-audit', '--no-fund', '--loglevel=error', ...tool.extra], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
