// Fresh OpenSSH public key lines for tests, made with node:crypto (no ssh-keygen needed); the line
// format is the provider's own (provider/src/openssh/wire-format.ts).
import { generateKeyPairSync } from 'node:crypto';
import { ed25519PublicKeyLine } from '../../provider/src/openssh/wire-format';

export function ed25519PublicKey(comment = 'test@example'): string {
  const { publicKey } = generateKeyPairSync('ed25519');
  // The last 32 bytes of the SPKI DER. Not JWK: Node 20 can deadlock exporting a JWK while a GC
  // destroys an earlier key generation job (seen generating 1,000 keys for the benchmark).
  return ed25519PublicKeyLine(publicKey.export({ type: 'spki', format: 'der' }).subarray(-32), comment);
}
