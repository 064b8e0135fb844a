// Real OpenSSH certificates (PROTOCOL.certkeys), signed with an ed25519 CA key from node:crypto,
// so that `ssh-keygen -L -f` reads what the simulator issues. The wire format itself is the
// provider's (provider/src/openssh/), so signer and reader cannot drift apart.
import { createPrivateKey, createPublicKey, randomBytes, sign, type KeyObject } from 'node:crypto';
import { type ParsedPublicKey, sshString as str, u32, u64 } from '../../provider/src/openssh/wire-format.js';

export { fingerprintOf, parsePublicKey, type ParsedPublicKey } from '../../provider/src/openssh/wire-format.js';

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
