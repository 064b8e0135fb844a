// Fresh OpenSSH public key lines for tests, made with node:crypto (no ssh-keygen needed).
import { generateKeyPairSync } from 'node:crypto';

function sshString(b: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(b.length);
  return Buffer.concat([len, b]);
}

export function ed25519PublicKey(comment = 'test@example'): string {
  const { publicKey } = generateKeyPairSync('ed25519');
  // The last 32 bytes of the SPKI DER. Not JWK: Node 20 can deadlock exporting a JWK while a GC
  // destroys an earlier key generation job (seen generating 1,000 keys for the benchmark).
  const raw = publicKey.export({ type: 'spki', format: 'der' }).subarray(-32);
  const blob = Buffer.concat([sshString(Buffer.from('ssh-ed25519')), sshString(raw)]);
  return `ssh-ed25519 ${blob.toString('base64')} ${comment}`;
}
