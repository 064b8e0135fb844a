// provider/src/openssh: the one OpenSSH reader, checked against ssh-keygen (an independent
// implementation) for every key type the gateway signs, and against damaged input.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { certificateTime, FOREVER, parseCertificate } from '../../provider/src/openssh/certificate';
import { fingerprintOf, parsePublicKey, publicKeyFingerprint, sshString, u32 } from '../../provider/src/openssh/wire-format';
import { caPublicBlob, signCertificate } from '../../simulator/src/openssh-certificate';

const dir = mkdtempSync(join(tmpdir(), 'avx-openssh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ca = { privateKeyPem: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };

let keys = 0;
/** A fresh key from ssh-keygen; its .pub file's path is `lastKeyFile`. */
let lastKeyFile = '';
function keygenPublicKey(type: string, bits?: string): string {
  const file = join(dir, `key-${++keys}`);
  lastKeyFile = `${file}.pub`;
  execFileSync('ssh-keygen', ['-q', '-t', type, ...(bits ? ['-b', bits] : []), '-N', '', '-C', 'test', '-f', file]);
  return readFileSync(`${file}.pub`, 'utf8');
}

const sign = (publicKey: string, type: 'User' | 'Host' = 'User') =>
  signCertificate(ca, { key: parsePublicKey(publicKey)!, serial: 4242n, type, keyId: `id-${type}`, principals: ['alice', 'bob'], validAfterMs: Date.parse('2026-01-01T00:00:00Z'), validBeforeMs: Date.parse('2026-01-02T00:00:00Z') }).line;

describe('parseCertificate', () => {
  test.each([['ed25519', 'default'], ['ecdsa', '256'], ['ecdsa', '384'], ['ecdsa', '521'], ['rsa', '2048']])('reads a %s %s certificate as ssh-keygen -L does', (type, bits) => {
    const publicKey = keygenPublicKey(type, bits === 'default' ? undefined : bits);
    const line = sign(publicKey);
    const parsed = parseCertificate(line);
    writeFileSync(join(dir, 'cert.pub'), `${line}\n`);
    const listing = execFileSync('ssh-keygen', ['-L', '-f', join(dir, 'cert.pub')], { encoding: 'utf8' });
    expect(listing).toContain(`Type: ${parsed.certType} user certificate`);
    expect(listing).toContain(`Public key: ${parsed.keyType === 'ssh-rsa' ? 'RSA' : parsed.keyType.startsWith('ecdsa') ? 'ECDSA' : 'ED25519'}-CERT ${parsePublicKey(publicKey)!.fingerprint}`);
    expect(listing).toContain(`Signing CA: ED25519 ${parsed.signingCaFingerprint}`);
    expect(listing).toContain(`Key ID: "${parsed.keyId}"`);
    expect(listing).toContain(`Serial: ${parsed.serial}`);
    expect(parsed).toMatchObject({ kind: 'user', keyId: 'id-User', serial: 4242n, principals: ['alice', 'bob'], criticalOptions: {} });
    expect(parsed.extensions).toContain('permit-pty');
    expect(certificateTime(parsed.validAfter)).toBe('2026-01-01T00:00:00Z');
    expect(certificateTime(parsed.validBefore)).toBe('2026-01-02T00:00:00Z');
    expect(parsed.signingCaFingerprint).toBe(fingerprintOf(caPublicBlob(ca)));
  });

  test('a host certificate has kind host and no extensions', () => {
    expect(parseCertificate(sign(keygenPublicKey('ed25519'), 'Host'))).toMatchObject({ kind: 'host', extensions: [] });
  });

  test('a certificate that never expires has no valid_before time', () => {
    expect(certificateTime(FOREVER)).toBeNull();
  });

  const aPublicKey = keygenPublicKey('ed25519');
  const good = sign(aPublicKey);
  const [type, data] = good.split(' ') as [string, string];
  const blob = Buffer.from(data, 'base64');
  const line = (b: Buffer, t = type) => `${t} ${b.toString('base64')}`;
  const withKind = (kind: number) => {
    // After type, nonce, ed25519 key and serial comes the certificate type (PROTOCOL.certkeys).
    const at = 4 + type.length + 4 + 32 + 4 + 32 + 8;
    return Buffer.concat([blob.subarray(0, at), u32(kind), blob.subarray(at + 4)]);
  };

  test.each([
    ['an empty string', '', /is not an OpenSSH certificate line/],
    ['a public key, not a certificate', aPublicKey, /starts with "ssh-ed25519", not a certificate type/],
    ['a PEM certificate', '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----', /not a certificate type/],
    ['an unsupported certified key type', `ssh-foo-cert-v01@openssh.com ${data}`, /unsupported key type "ssh-foo"/],
    ['data that is not base64', `${type} !!!!`, /not base64/],
    ['a type that does not match the data', line(blob, 'ssh-rsa-cert-v01@openssh.com'), /says "ssh-rsa-cert-v01@openssh.com" but its data is a "ssh-ed25519-cert-v01@openssh.com"/],
    ['a certificate cut short', line(blob.subarray(0, 120)), /is damaged: its .* is cut short/],
    ['data after the signature', line(Buffer.concat([blob, sshString('extra')])), /has data after its signature/],
    ['certificate type 3', line(withKind(3)), /has certificate type 3 \(1 is user, 2 is host\)/],
  ])('refuses %s, saying what is wrong', (_case, text, message) => {
    expect(() => parseCertificate(text)).toThrow(message);
  });
});

describe('public keys', () => {
  test('fingerprints match ssh-keygen -l', () => {
    const publicKey = keygenPublicKey('ecdsa', '256');
    const listing = execFileSync('ssh-keygen', ['-l', '-f', lastKeyFile], { encoding: 'utf8' });
    expect(listing).toContain(publicKeyFingerprint(publicKey));
  });

  test.each([
    ['a private key', '-----BEGIN OPENSSH PRIVATE KEY-----'],
    ['a key whose blob names another type', `ssh-rsa ${Buffer.concat([sshString('ssh-ed25519'), sshString(Buffer.alloc(32))]).toString('base64')}`],
    ['a type label alone', `ssh-ed25519 ${sshString('ssh-ed25519').toString('base64')}`],
    ['a length prefix past the end', `ssh-ed25519 ${Buffer.concat([u32(400), Buffer.from('ssh-ed25519')]).toString('base64')}`],
  ])('refuses %s', (_case, text) => {
    expect(parsePublicKey(text)).toBeUndefined();
    expect(publicKeyFingerprint(text)).toBe('(unparseable key)');
  });
});
