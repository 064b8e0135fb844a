// The OpenSSH wire format (RFC 4251 section 5, PROTOCOL.certkeys) and public key lines: the one
// copy used by the provider's validators and functions, the simulator's signer, the constructs'
// synth-time checks and the tests. Only node:crypto; no terraform or gateway types.
import { createHash } from 'node:crypto';

export const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

export const u64 = (n: bigint): Buffer => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(n);
  return b;
};

/** An SSH `string`: a uint32 length, then the bytes. */
export const sshString = (b: Buffer | string): Buffer => {
  const buf = typeof b === 'string' ? Buffer.from(b) : b;
  return Buffer.concat([u32(buf.length), buf]);
};

/** Reads SSH wire values in order; every read fails with a message naming what was cut short. */
export class SshReader {
  private at = 0;

  constructor(private readonly buf: Buffer) {}

  get done(): boolean {
    return this.at >= this.buf.length;
  }

  private take(n: number, what: string): Buffer {
    if (this.at + n > this.buf.length) throw new SshFormatError(`${what} is cut short`);
    const out = this.buf.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }

  u32(what: string): number {
    return this.take(4, what).readUInt32BE(0);
  }

  u64(what: string): bigint {
    return this.take(8, what).readBigUInt64BE(0);
  }

  bytes(what: string): Buffer {
    return this.take(this.u32(what), what);
  }

  text(what: string): string {
    return this.bytes(what).toString('utf8');
  }

  /** The raw bytes from `start` to the current position (e.g. the signed part of a certificate). */
  since(start: number): Buffer {
    return this.buf.subarray(start, this.at);
  }

  get position(): number {
    return this.at;
  }
}

export class SshFormatError extends Error {
  override readonly name = 'SshFormatError';
}

/** Every `string` in a blob, in order (a sequence of length-prefixed values). */
export function readStrings(blob: Buffer): Buffer[] {
  const r = new SshReader(blob);
  const out: Buffer[] = [];
  while (!r.done) out.push(r.bytes('value'));
  return out;
}

export const PUBLIC_KEY_TYPES = [
  'ssh-ed25519',
  'ssh-rsa',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'sk-ssh-ed25519@openssh.com',
  'sk-ecdsa-sha2-nistp256@openssh.com',
] as const;

export interface ParsedPublicKey {
  readonly type: string;
  readonly blob: Buffer;
  /** The key's public fields after the type string, as they go into a certificate. */
  readonly fields: Buffer;
  /** "SHA256:..." as `ssh-keygen -l` prints it. */
  readonly fingerprint: string;
}

/** "SHA256:..." of a key or certificate blob, as ssh-keygen prints it. */
export const fingerprintOf = (blob: Buffer): string => `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** One OpenSSH public key line ("TYPE BASE64 [comment]") whose blob names its own type, or undefined. */
export function parsePublicKey(line: string): ParsedPublicKey | undefined {
  const [type, data] = line.trim().split(/\s+/);
  if (!type || !data || !(PUBLIC_KEY_TYPES as readonly string[]).includes(type) || !BASE64.test(data)) return undefined;
  const blob = Buffer.from(data, 'base64');
  try {
    const r = new SshReader(blob);
    if (r.bytes('key type').toString('latin1') !== type || r.done) return undefined;
  } catch {
    return undefined;
  }
  return { type, blob, fields: blob.subarray(4 + type.length), fingerprint: fingerprintOf(blob) };
}

/** The fingerprint of a public key line, or a placeholder a person can read in an error message. */
export const publicKeyFingerprint = (line: string): string => parsePublicKey(line)?.fingerprint ?? '(unparseable key)';

/** An ed25519 public key line from its 32 raw bytes. */
export const ed25519PublicKeyLine = (raw: Buffer, comment = ''): string =>
  `ssh-ed25519 ${Buffer.concat([sshString('ssh-ed25519'), sshString(raw)]).toString('base64')}${comment ? ` ${comment}` : ''}`;
