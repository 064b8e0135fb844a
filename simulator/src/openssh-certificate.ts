// Real OpenSSH certificates (PROTOCOL.certkeys), signed with an ed25519 CA key from node:crypto,
// so that `ssh-keygen -L -f` reads what the simulator issues.
import { createHash, createPrivateKey, createPublicKey, randomBytes, sign, type KeyObject } from 'node:crypto';

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const u64 = (n: bigint) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(n);
  return b;
};
const str = (b: Buffer | string) => {
  const buf = typeof b === 'string' ? Buffer.from(b) : b;
  return Buffer.concat([u32(buf.length), buf]);
};

function readStrings(blob: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at + 4 <= blob.length; ) {
    const len = blob.readUInt32BE(at);
    out.push(blob.subarray(at + 4, at + 4 + len));
    at += 4 + len;
  }
  return out;
}

export interface ParsedPublicKey {
  readonly type: string;
  readonly blob: Buffer;
  /** The key's public fields after the type string, as they go into a certificate. */
  readonly fields: Buffer;
  readonly fingerprint: string;
}

const SUPPORTED = ['ssh-ed25519', 'ssh-rsa', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521'];

export function fingerprintOf(blob: Buffer): string {
  return `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}

export function parsePublicKey(line: string): ParsedPublicKey | undefined {
  const [type, data] = line.trim().split(/\s+/);
  if (!type || !data || !SUPPORTED.includes(type)) return undefined;
  const blob = Buffer.from(data, 'base64');
  const parts = readStrings(blob);
  if (parts[0]?.toString('latin1') !== type || parts.length < 2) return undefined;
  const typeLen = 4 + type.length;
  return { type, blob, fields: blob.subarray(typeLen), fingerprint: fingerprintOf(blob) };
}

export interface CertificateAuthorityKey {
  readonly privateKeyPem: string;
}

export function caPublicBlob(ca: CertificateAuthorityKey): Buffer {
  // The raw key is the last 32 bytes of the SPKI DER (no JWK: Node 20 can deadlock exporting one
  // while a GC destroys a key generation job).
  const raw = createPublicKey(createPrivateKey(ca.privateKeyPem)).export({ type: 'spki', format: 'der' }).subarray(-32);
  return Buffer.concat([str('ssh-ed25519'), str(raw)]);
}

export interface SignRequest {
  readonly key: ParsedPublicKey;
  readonly serial: bigint;
  readonly type: 'User' | 'Host';
  readonly keyId: string;
  readonly principals: readonly string[];
  readonly validAfterMs: number;
  readonly validBeforeMs: number;
}

export const USER_EXTENSIONS = ['permit-X11-forwarding', 'permit-agent-forwarding', 'permit-port-forwarding', 'permit-pty', 'permit-user-rc'];

export function signCertificate(ca: CertificateAuthorityKey, req: SignRequest): { line: string; blob: Buffer; certType: string } {
  const certType = `${req.key.type}-cert-v01@openssh.com`;
  const extensions = req.type === 'User' ? Buffer.concat(USER_EXTENSIONS.map((e) => Buffer.concat([str(e), str('')]))) : Buffer.alloc(0);
  const body = Buffer.concat([
    str(certType),
    str(randomBytes(32)), // nonce
    req.key.fields,
    u64(req.serial),
    u32(req.type === 'User' ? 1 : 2),
    str(req.keyId),
    str(Buffer.concat(req.principals.map((p) => str(p)))),
    u64(BigInt(Math.floor(req.validAfterMs / 1000))),
    u64(BigInt(Math.floor(req.validBeforeMs / 1000))),
    str(''), // critical options
    str(extensions),
    str(''), // reserved
    str(caPublicBlob(ca)),
  ]);
  const signature = sign(null, body, createPrivateKey(ca.privateKeyPem) as KeyObject);
  const blob = Buffer.concat([body, str(Buffer.concat([str('ssh-ed25519'), str(signature)]))]);
  return { line: `${certType} ${blob.toString('base64')} ${req.keyId}`, blob, certType };
}
