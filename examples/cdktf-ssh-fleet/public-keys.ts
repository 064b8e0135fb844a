// Where each member's OpenSSH public key comes from: `<keyDir>/<name>.pub`, else the
// SSH_PUBLIC_KEY_<NAME> environment variable, else (when allowed) a new ed25519 key pair
// written to `<keyDir>` so the next synth finds the same key. A key that changed would replace
// the certificate, so generated keys must persist.
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ed25519PrivateKeyFile, ed25519PublicLine } from './openssh-key-format.js';

export interface PublicKeySource {
  readonly keyDir: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Generate a key pair for members that have none (demos and tests; bring real keys otherwise). */
  readonly generateMissing: boolean;
}

export const envNameFor = (name: string): string => `SSH_PUBLIC_KEY_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;

export function publicKeyFor(name: string, source: PublicKeySource): string {
  const file = join(source.keyDir, `${name}.pub`);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const fromEnv = source.env[envNameFor(name)];
  if (fromEnv !== undefined && fromEnv.trim() !== '') return fromEnv.trim();
  if (!source.generateMissing) {
    throw new Error(
      `No public key for "${name}": put it in ${file}, set ${envNameFor(name)}, or set SSH_FLEET_GENERATE_KEYS=1 to generate one (demo only).`,
    );
  }
  return generateKeyPair(name, source.keyDir);
}

/** A new ed25519 key pair in OpenSSH's formats: `<name>` (mode 0600) and `<name>.pub`. */
function generateKeyPair(name: string, keyDir: string): string {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = (key: KeyObject, part: 'x' | 'd') => Buffer.from(String(key.export({ format: 'jwk' })[part]), 'base64url');
  const comment = `${name}@cdktf-ssh-fleet`;
  const line = ed25519PublicLine(raw(publicKey, 'x'), comment);
  mkdirSync(keyDir, { recursive: true });
  writeFileSync(join(keyDir, name), ed25519PrivateKeyFile(raw(privateKey, 'd'), raw(publicKey, 'x'), comment), { mode: 0o600 });
  writeFileSync(join(keyDir, `${name}.pub`), `${line}\n`);
  return line;
}
