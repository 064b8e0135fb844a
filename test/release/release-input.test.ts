// `npm run release` with bad input fails with a message that says what to do, and leaves the
// output directory as it was (no half-written release, no staging directory). Also: signing with a
// key from a GnuPG keyring (--gpg-key-id), on the macOS platforms alone (no SEA to build).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runRelease, throwawayKey, verifyDetached, VERSION } from './support/release-run';

let work: string;
let key: Awaited<ReturnType<typeof throwawayKey>>;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'appviewx-release-input-'));
  key = await throwawayKey('right passphrase');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** An output directory that already holds a release; a failed run must leave it as it is. */
function previousRelease(name: string): string {
  const out = join(work, name);
  mkdirSync(join(out, VERSION), { recursive: true });
  writeFileSync(join(out, VERSION, 'earlier.txt'), 'an earlier release');
  return out;
}
const untouched = (out: string) => ({ entries: readdirSync(out), files: readdirSync(join(out, VERSION)), earlier: readFileSync(join(out, VERSION, 'earlier.txt'), 'utf8') });
const UNTOUCHED = { entries: [VERSION], files: ['earlier.txt'], earlier: 'an earlier release' };

test('no signing key: says how to supply one, writes nothing', async () => {
  const out = join(work, 'no-key');
  const r = await runRelease(['--out', out], {});
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('release: no signing key');
  expect(r.stderr).toContain('APPVIEWX_SIGNING_KEY');
  expect(r.stderr).toContain('--gpg-key-id');
  expect(existsSync(out)).toBe(false);
});

test('wrong passphrase: says so, and an earlier release in the output directory stays as it was', async () => {
  const out = previousRelease('wrong-passphrase');
  const r = await runRelease(['--out', out], { APPVIEWX_SIGNING_KEY: key.armored, APPVIEWX_SIGNING_PASSPHRASE: 'wrong passphrase' });
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('APPVIEWX_SIGNING_PASSPHRASE does not unlock the signing key (wrong passphrase)');
  expect(untouched(out)).toEqual(UNTOUCHED);
});

test('an encrypted key without a passphrase asks for APPVIEWX_SIGNING_PASSPHRASE', async () => {
  const out = join(work, 'no-passphrase');
  const r = await runRelease(['--out', out], { APPVIEWX_SIGNING_KEY: key.armored });
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('the signing key is encrypted: set APPVIEWX_SIGNING_PASSPHRASE');
  expect(existsSync(out)).toBe(false);
});

test('a key that is not an armored private key is named as such', async () => {
  const out = join(work, 'public-key');
  const r = await runRelease(['--out', out], { APPVIEWX_SIGNING_KEY: key.publicKey });
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('APPVIEWX_SIGNING_KEY is not an armored OpenPGP private key');
  expect(existsSync(out)).toBe(false);
});

test('unknown platform: names it and the known ones, writes nothing', async () => {
  const out = previousRelease('unknown-platform');
  const r = await runRelease(['--out', out, '--platforms', 'linux_amd64,plan9_amd64'], { APPVIEWX_SIGNING_KEY: key.armored, APPVIEWX_SIGNING_PASSPHRASE: 'right passphrase' });
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('release: unknown platform "plan9_amd64": known platforms are linux_amd64, linux_arm64, windows_amd64, darwin_amd64, darwin_arm64');
  expect(untouched(out)).toEqual(UNTOUCHED);
});

test('a registry base URL that is not https is refused: terraform only reaches registries over HTTPS', async () => {
  const out = join(work, 'http');
  const r = await runRelease(['--out', out, '--registry-base-url', 'http://registry.example.com/tf'], { APPVIEWX_SIGNING_KEY: key.armored, APPVIEWX_SIGNING_PASSPHRASE: 'right passphrase' });
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('--registry-base-url must be https://');
  expect(existsSync(out)).toBe(false);
});

const hasGpg = (() => {
  try {
    execFileSync('gpg', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('--gpg-key-id', () => {
  let home: string;
  let fingerprint: string;
  beforeAll(() => {
    if (!hasGpg) throw new Error('gpg is missing: apt-get install gnupg (.ci/run does)');
    home = mkdtempSync(join(tmpdir(), 'appviewx-gnupg-'));
    // No passphrase caching: the wrong-passphrase test must reach gpg's check.
    writeFileSync(join(home, 'gpg-agent.conf'), 'default-cache-ttl 0\nmax-cache-ttl 0\n');
    const gpg = (...args: string[]) => execFileSync('gpg', ['--homedir', home, '--batch', ...args], { encoding: 'utf8', stdio: 'pipe' });
    gpg('--pinentry-mode', 'loopback', '--passphrase', 'gpg passphrase', '--quick-gen-key', 'appviewx gpg test <gpg-test@example.invalid>', 'ed25519', 'sign', '1d');
    fingerprint = gpg('--with-colons', '--list-secret-keys').split('\n').find((l) => l.startsWith('fpr:'))!.split(':')[9]!;
  });
  afterAll(() => {
    if (!home) return;
    execFileSync('gpgconf', ['--homedir', home, '--kill', 'gpg-agent'], { stdio: 'ignore' });
    rmSync(home, { recursive: true, force: true });
  });

  test('signs SHA256SUMS with the keyring key and puts its public key in the registry', async () => {
    const out = join(work, 'gpg');
    const r = await runRelease(['--out', out, '--platforms', 'darwin_arm64,darwin_amd64', '--gpg-key-id', fingerprint, '--registry-base-url', 'https://registry.example.com/tf'], {
      GNUPGHOME: home,
      APPVIEWX_SIGNING_PASSPHRASE: 'gpg passphrase',
    });
    if (r.code !== 0) throw new Error(r.stderr);
    const dir = join(out, VERSION);
    const download = JSON.parse(readFileSync(join(out, 'site', 'tf', 'v1', 'providers', 'appviewx-community', 'appviewx', VERSION, 'download', 'darwin', 'arm64'), 'utf8')) as {
      shasums_signature_url: string;
      download_url: string;
      signing_keys: { gpg_public_keys: { key_id: string; ascii_armor: string }[] };
    };
    expect(download.download_url).toBe(`https://registry.example.com/tf/releases/${VERSION}/terraform-provider-appviewx_${VERSION}_darwin_arm64.zip`);
    const [publicKey] = download.signing_keys.gpg_public_keys;
    expect(publicKey!.key_id).toBe(fingerprint.slice(-16));
    const sums = readFileSync(join(dir, `terraform-provider-appviewx_${VERSION}_SHA256SUMS`));
    const signature = readFileSync(join(dir, `terraform-provider-appviewx_${VERSION}_SHA256SUMS.sig`));
    expect(await verifyDetached(sums, signature, publicKey!.ascii_armor)).toBe(fingerprint.slice(-16));
  });

  test('a wrong passphrase for the keyring key fails before anything is written', async () => {
    const out = join(work, 'gpg-wrong');
    const r = await runRelease(['--out', out, '--platforms', 'darwin_arm64', '--gpg-key-id', fingerprint], { GNUPGHOME: home, APPVIEWX_SIGNING_PASSPHRASE: 'not it' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/release: gpg .*--detach-sign.* failed: .*(Bad passphrase|bad passphrase)/s);
    expect(existsSync(out)).toBe(false);
  });
});
