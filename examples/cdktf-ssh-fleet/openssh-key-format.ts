// ed25519 keys in OpenSSH's own formats, so a generated pair works with ssh and ssh-keygen
// (OpenSSH does not read ed25519 keys as PKCS#8 PEM).
import { randomBytes } from 'node:crypto';

const KEY_TYPE = 'ssh-ed25519';

/** RFC 4253 section 5 `string`: uint32 length, then the bytes. */
function sshString(bytes: Buffer | string): Buffer {
  const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  return Buffer.concat([length, data]);
}

const uint32 = (value: number): Buffer => {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(value);
  return out;
};

/** The public key blob (RFC 8709 section 4): key type, then the 32-byte public key. */
export const ed25519PublicBlob = (publicKey: Buffer): Buffer => Buffer.concat([sshString(KEY_TYPE), sshString(publicKey)]);

export const ed25519PublicLine = (publicKey: Buffer, comment: string): string =>
  `${KEY_TYPE} ${ed25519PublicBlob(publicKey).toString('base64')} ${comment}`;

/** An unencrypted "openssh-key-v1" private key file (OpenSSH's PROTOCOL.key). */
export function ed25519PrivateKeyFile(seed: Buffer, publicKey: Buffer, comment: string): string {
  const check = randomBytes(4);
  const body = Buffer.concat([
    check,
    check,
    sshString(KEY_TYPE),
    sshString(publicKey),
    sshString(Buffer.concat([seed, publicKey])),
    sshString(comment),
  ]);
  const padding = Buffer.from(Array.from({ length: (8 - (body.length % 8)) % 8 }, (_, i) => i + 1));
  const file = Buffer.concat([
    Buffer.from('openssh-key-v1\0'),
    sshString('none'),
    sshString('none'),
    sshString(''),
    uint32(1),
    sshString(ed25519PublicBlob(publicKey)),
    sshString(Buffer.concat([body, padding])),
  ]);
  const lines = file.toString('base64').match(/.{1,70}/g) ?? [];
  return ['-----BEGIN OPENSSH PRIVATE KEY-----', ...lines, '-----END OPENSSH PRIVATE KEY-----', ''].join('\n');
}
