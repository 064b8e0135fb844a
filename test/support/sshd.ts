// A real OpenSSH server for tests: Debian's /usr/sbin/sshd with a configuration of its own on a
// free loopback port, its own host key, and TrustedUserCAKeys set to the CA the test names. The
// system's sshd and its configuration are never involved. Runs as the current user (root in CI).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SSHD = '/usr/sbin/sshd';

export interface TestSshd {
  readonly port: number;
  readonly dir: string;
  /** Everything sshd wrote so far (-e: its log goes to stderr). */
  log(): string;
  stop(): Promise<void>;
}

/** sshd must be installed (.ci/run installs openssh-server); the message says how. */
export function requireSshd(): void {
  if (!existsSync(SSHD)) throw new Error(`${SSHD} is missing: install Debian's openssh-server (apt-get install openssh-server), as .ci/run does.`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Starts sshd trusting `userCaPublicKey` for user certificates; resolves once it listens. */
export async function startSshd(userCaPublicKey: string): Promise<TestSshd> {
  requireSshd();
  // sshd refuses to start without its privilege separation directory (the package makes it at boot).
  mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  const dir = mkdtempSync(join(tmpdir(), 'avx-sshd-'));
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'test-host', '-f', join(dir, 'host_key')]);
  writeFileSync(join(dir, 'user_ca.pub'), `${userCaPublicKey.trim()}\n`);
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    writeFileSync(
      join(dir, 'sshd_config'),
      [
        `Port ${port}`,
        'ListenAddress 127.0.0.1',
        `HostKey ${join(dir, 'host_key')}`,
        `PidFile ${join(dir, 'sshd.pid')}`,
        `TrustedUserCAKeys ${join(dir, 'user_ca.pub')}`,
        // Certificates only: no authorized_keys, passwords or PAM.
        'AuthorizedKeysFile none',
        'PubkeyAuthentication yes',
        'PasswordAuthentication no',
        'KbdInteractiveAuthentication no',
        'UsePAM no',
        'PermitRootLogin prohibit-password',
        'LogLevel VERBOSE',
        '',
      ].join('\n'),
    );
    const child = spawn(SSHD, ['-D', '-e', '-f', join(dir, 'sshd_config')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let text = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
    const listening = await new Promise<boolean>((resolve) => {
      const check = () => text.includes(`Server listening on 127.0.0.1 port ${port}`) && (resolve(true), true);
      child.stderr!.on('data', check);
      child.once('exit', () => resolve(false));
      check();
    });
    if (listening) return handle(child, port, dir, () => text);
    // Another process took the port between freePort() and sshd's bind: try another one.
    if (attempt >= 3 || !/Address already in use/.test(text)) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`sshd did not start:\n${text}`);
    }
  }
}

function handle(child: ChildProcess, port: number, dir: string, log: () => string): TestSshd {
  return {
    port,
    dir,
    log,
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => (rmSync(dir, { recursive: true, force: true }), resolve());
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}
