// Runs `npm run release` as a person would (the script, its options, the signing key in the
// environment), and reads what it wrote.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import * as openpgp from 'openpgp';

export const ROOT = resolve(__dirname, '../../..');
export const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
export const ALL_PLATFORMS = ['darwin_amd64', 'darwin_arm64', 'linux_amd64', 'linux_arm64', 'windows_amd64'];
export const zipName = (platform: string): string => `terraform-provider-appviewx_${VERSION}_${platform}.zip`;

export interface ReleaseRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
}

export function runRelease(args: string[], env: Record<string, string | undefined>): Promise<ReleaseRun> {
  const started = performance.now();
  const clean = { ...process.env };
  delete clean['APPVIEWX_SIGNING_KEY'];
  delete clean['APPVIEWX_SIGNING_PASSPHRASE'];
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'release.ts'), ...args], { cwd: ROOT, env: { ...clean, ...env }, maxBuffer: 64 * 1024 * 1024, timeout: 900_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      done({ code, stdout: String(stdout), stderr: String(stderr), seconds: (performance.now() - started) / 1000 });
    });
  });
}

/** A throwaway signing key; `armored` is encrypted with `passphrase`. */
export async function throwawayKey(passphrase: string): Promise<{ armored: string; publicKey: string; keyId: string }> {
  const { privateKey, publicKey } = await openpgp.generateKey({ userIDs: [{ name: 'appviewx release test', email: 'release-test@example.invalid' }], passphrase, format: 'armored' });
  const key = await openpgp.readKey({ armoredKey: publicKey });
  return { armored: privateKey, publicKey, keyId: key.getKeyID().toHex().toUpperCase() };
}

/** Verifies a detached binary signature; returns the signing key ID or throws. */
export async function verifyDetached(data: Buffer, signature: Buffer, armoredPublicKey: string): Promise<string> {
  const verificationKeys = await openpgp.readKey({ armoredKey: armoredPublicKey });
  const result = await openpgp.verify({
    message: await openpgp.createMessage({ binary: data }),
    signature: await openpgp.readSignature({ binarySignature: signature }),
    verificationKeys,
    expectSigned: true,
  });
  await result.signatures[0]!.verified;
  return result.signatures[0]!.keyID.toHex().toUpperCase();
}

export interface ZipFileEntry {
  readonly name: string;
  readonly mode: number;
  readonly madeBy: number;
  readonly dosTime: number;
  readonly dosDate: number;
  readonly data: Buffer;
}

/** Reads a zip's central directory and inflates each entry (what unzip reads). */
export function readZip(bytes: Buffer): ZipFileEntry[] {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('no end of central directory');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: ZipFileEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory entry');
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const localData = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    entries.push({
      name: bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
      mode: bytes.readUInt32LE(at + 38) >>> 16,
      madeBy: bytes.readUInt16LE(at + 4) >> 8,
      dosTime: bytes.readUInt16LE(at + 12),
      dosDate: bytes.readUInt16LE(at + 14),
      data: inflateRawSync(bytes.subarray(localData, localData + compressedSize)),
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}
