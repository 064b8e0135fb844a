// The simulator's own X.509 CA: real certificates that `openssl x509 -text`, node's X509Certificate
// and `openssl verify -CAfile` accept. Signing is @peculiar/x509 over node's WebCrypto, so no ASN.1
// is written by hand. The CA key and certificate live in the inventory, so a state file keeps them.
import { createPrivateKey, generateKeyPair, type KeyObject, webcrypto } from 'node:crypto';
import { promisify } from 'node:util';
import { isIP } from 'node:net';
// @peculiar/x509 resolves its algorithms through tsyringe, which needs the Reflect metadata polyfill.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';

type WebCrypto = Parameters<typeof x509.cryptoProvider.set>[0];
type SigningKey = Extract<x509.X509CertificateCreateParams, { signingKey: unknown }>['signingKey'];
x509.cryptoProvider.set(webcrypto as unknown as WebCrypto);

export const CA_COMMON_NAME = 'AppViewX Demo Issuing CA';
const SIGNING = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const YEAR_MS = 365 * 86_400_000;

export interface CaMaterial {
  keyPem: string;
  certPem: string;
}

export async function createCa(now: number): Promise<CaMaterial> {
  const keys = (await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as unknown as x509.X509CertificateCreateSelfSignedParams['keys'];
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerialHex(),
    name: `CN=${CA_COMMON_NAME}, O=AppViewX Simulator`,
    notBefore: new Date(now - 86_400_000),
    notAfter: new Date(now + 10 * YEAR_MS),
    keys,
    signingAlgorithm: SIGNING,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey as unknown as webcrypto.CryptoKey));
  return { keyPem: x509.PemConverter.encode(pkcs8, 'PRIVATE KEY'), certPem: cert.toString('pem') };
}

export interface LeafRequest {
  /** PEM CSR (the key stays with the user); otherwise `publicKeyDer` and `commonName`. */
  csrPem?: string;
  publicKeyDer?: Buffer;
  commonName?: string;
  dnsNames: string[];
  ipAddresses: string[];
  notBefore: number;
  notAfter: number;
  /** Hex serial to use (seeded records have one already); random otherwise. */
  serialHex?: string;
}

export class CsrError extends Error {}

/** Signs a leaf; subject and SANs come from the CSR when there is one (as a CA does), else from the request. */
export async function signLeaf(ca: CaMaterial, request: LeafRequest): Promise<{ pem: string; serialNumber: string; commonName: string }> {
  let subject: string;
  let publicKey: x509.PublicKeyType;
  const dns = new Set(request.dnsNames);
  const ips = new Set(request.ipAddresses);
  if (request.csrPem) {
    let csr: x509.Pkcs10CertificateRequest;
    try {
      csr = new x509.Pkcs10CertificateRequest(request.csrPem);
    } catch {
      throw new CsrError('The CSR content is not a valid PKCS#10 certificate signing request.');
    }
    if (!(await csr.verify())) throw new CsrError('The CSR signature does not verify.');
    subject = csr.subject;
    publicKey = csr.publicKey;
    const sanExtension = csr.getExtension('2.5.29.17');
    const san = sanExtension ? new x509.SubjectAlternativeNameExtension(sanExtension.rawData) : undefined;
    for (const n of san?.names.items ?? []) {
      if (n.type === 'dns') dns.add(n.value);
      if (n.type === 'ip') ips.add(n.value);
    }
  } else {
    subject = `CN=${request.commonName ?? ''}`;
    publicKey = new Uint8Array(request.publicKeyDer ?? Buffer.alloc(0));
  }
  const commonName = /(?:^|,\s*)CN=([^,]+)/.exec(subject)?.[1] ?? '';
  const caCert = new x509.X509Certificate(ca.certPem);
  const signingKey = await webcrypto.subtle.importKey('pkcs8', x509.PemConverter.decodeFirst(ca.keyPem), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
  const names = [...[...dns].map((value) => ({ type: 'dns' as const, value })), ...[...ips].filter((ip) => isIP(ip)).map((value) => ({ type: 'ip' as const, value }))];
  const serialNumber = request.serialHex ?? randomSerialHex();
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber,
    subject,
    issuer: caCert.subject,
    notBefore: new Date(request.notBefore),
    notAfter: new Date(request.notAfter),
    publicKey,
    signingKey: signingKey as unknown as SigningKey,
    signingAlgorithm: SIGNING,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]),
      ...(names.length > 0 ? [new x509.SubjectAlternativeNameExtension(names)] : []),
      await x509.AuthorityKeyIdentifierExtension.create(caCert),
    ],
  });
  return { pem: cert.toString('pem'), serialNumber: colonHex(serialNumber), commonName };
}

const generate = promisify(generateKeyPair);

/**
 * A key AppViewX generates for the requester ("csrParameters"); RSA bit lengths or EC curve sizes.
 * Off the event loop: an RSA key takes long enough to stall every other request.
 */
export async function generateKey(keyType: string, bitLength: number): Promise<KeyObject> {
  if (keyType === 'EC') {
    const curve = bitLength === 384 ? 'P-384' : bitLength === 521 ? 'P-521' : 'P-256';
    return (await generate('ec', { namedCurve: curve })).privateKey;
  }
  return (await generate('rsa', { modulusLength: bitLength })).privateKey;
}

/** The stored key, encrypted for download as PKCS#8 PEM with the requester's password. */
export function encryptedKeyPem(keyPem: string, password: string): string {
  return createPrivateKey(keyPem).export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: password }).toString();
}

// A positive 16-byte serial (first bit clear), as RFC 5280 asks.
function randomSerialHex(): string {
  const bytes = webcrypto.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0]! & 0x7f) | 0x10;
  return Buffer.from(bytes).toString('hex');
}

const colonHex = (hex: string) => hex.toUpperCase().match(/../g)!.join(':');
