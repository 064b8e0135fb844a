// postinstall: installs tools/node22 (a Node 22 binary for cdktn-cli) from its own lock file. Its
// own package, because a root dependency's bin/node would put every npm script on Node 22.
// The binary exists for Linux x64 only; elsewhere the cdktn CLI tests say they are skipped.
import { spawnSync } from 'node:child_process';

if (process.platform === 'linux' && process.arch === 'x64') {
  const npm = process.env.npm_execpath;
  const [cmd, args] = npm ? [process.execPath, [npm]] : ['npm', []];
  const r = spawnSync(cmd, [...args, 'ci', '--prefix', 'tools/node22', '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
} else {
  console.log(`tools/node22: no Node 22 package for ${process.platform}-${process.arch}; the cdktn CLI tests will be skipped`);
}
