// Detached binary OpenPGP signatures of the SHA256SUMS file, as terraform verifies them, made with a
// key the person releasing supplies:
// - APPVIEWX_SIGNING_KEY: an ASCII-armored private key (APPVIEWX_SIGNING_PASSPHRASE if it is
//   encrypted), signed in-process with openpgp.js; or
// - --gpg-key-id ID: a key in the GnuPG keyring, signed by `gpg` (APPVIEWX_SIGNING_PASSPHRASE is
//   passed to gpg through a pipe when set, else gpg asks its agent).
// The key is loaded, and unlocked, before anything is built: a wrong passphrase fails first.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as openpgp from 'openpgp';
import { ReleaseError } from './platforms';

export interface Signer {
  /** Primary key ID, 16 upper-case hex digits, as terraform prints it. */
  readonly keyId: string;
  readonly publicKeyArmored: string;
  sign(data: Buffer): Promise<Buffer>;
}

export interface SigningOptions {
  readonly armoredKey?: string | undefined;
  readonly passphrase?: string | undefined;
  readonly gpgKeyId?: string | undefined;
}

const HOW = 'set APPVIEWX_SIGNING_KEY to an ASCII-armored OpenPGP private key (and APPVIEWX_SIGNING_PASSPHRASE if it is encrypted), or pass --gpg-key-id ID for a key in your GnuPG keyring';

export async function loadSigner(options: SigningOptions): Promise<Signer> {
  if (options.gpgKeyId) return gpgSigner(options.gpgKeyId, options.passphrase);
  if (!options.armoredKey?.trim()) throw new ReleaseError(`no signing key: terraform verifies the SHA256SUMS signature of every provider it installs from a registry; ${HOW}`);
  let key: openpgp.PrivateKey;
  try {
    key = await openpgp.readPrivateKey({ armoredKey: options.armoredKey });
  } catch (err) {
    throw new ReleaseError(`APPVIEWX_SIGNING_KEY is not an armored OpenPGP private key (${(err as Error).message}); ${HOW}`);
  }
  if (!key.isDecrypted()) {
    if (!options.passphrase) throw new ReleaseError('the signing key is encrypted: set APPVIEWX_SIGNING_PASSPHRASE');
    try {
      key = await openpgp.decryptKey({ privateKey: key, passphrase: options.passphrase });
    } catch {
      throw new ReleaseError('APPVIEWX_SIGNING_PASSPHRASE does not unlock the signing key (wrong passphrase)');
    }
  }
  const unlocked = key;
  return {
    keyId: unlocked.getKeyID().toHex().toUpperCase(),
    publicKeyArmored: unlocked.toPublic().armor(),
    async sign(data) {
      const message = await openpgp.createMessage({ binary: data });
      const signature = await openpgp.sign({ message, signingKeys: unlocked, detached: true, format: 'binary' });
      return Buffer.from(signature as Uint8Array);
    },
  };
}

function gpg(args: string[], input?: Buffer | string): Buffer {
  try {
    return execFileSync('gpg', ['--batch', '--yes', ...args], { input, stdio: 'pipe' });
  } catch (err) {
    const e = err as { stderr?: Buffer; code?: string; message: string };
    if (e.code === 'ENOENT') throw new ReleaseError('--gpg-key-id needs gpg on PATH (Debian: apt-get install gnupg)');
    throw new ReleaseError(`gpg ${args.filter((a) => !a.startsWith('--passphrase')).join(' ')} failed: ${e.stderr?.toString().trim() || e.message}`);
  }
}

function gpgSigner(id: string, passphrase: string | undefined): Signer {
  const listing = gpg(['--with-colons', '--list-secret-keys', id]).toString();
  const sec = listing.split('\n').find((l) => l.startsWith('sec:'));
  if (!sec) throw new ReleaseError(`gpg has no secret key ${id}`);
  const keyId = sec.split(':')[4]!.toUpperCase();
  const unlock = passphrase === undefined ? [] : ['--pinentry-mode', 'loopback', '--passphrase-fd', '0'];
  const sign = (data: Buffer): Buffer => {
    // gpg reads the passphrase from stdin, so the data goes in as a file.
    const dir = mkdtempSync(join(tmpdir(), 'appviewx-sign-'));
    try {
      writeFileSync(join(dir, 'data'), data);
      return gpg([...unlock, '--local-user', id, '--detach-sign', '--output', '-', join(dir, 'data')], passphrase === undefined ? undefined : passphrase + '\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  // Unlock once now: a wrong passphrase fails before anything is built.
  sign(Buffer.from('appviewx release passphrase check'));
  return {
    keyId,
    publicKeyArmored: gpg(['--armor', '--export', id]).toString(),
    sign: async (data) => sign(data),
  };
}
