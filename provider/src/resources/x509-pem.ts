// PEM certificates as the gateway hands them over: a leaf followed by its chain. Parsed with
// node:crypto's X509Certificate (no ASN.1 of our own).
import { X509Certificate } from 'node:crypto';
import { z } from 'zod';
import { toRfc3339 } from './validators.js';

const BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** The first certificate is the leaf, the rest its chain (null when there is none). */
export function splitChain(text: string): { leaf: string; chain: string | null } | undefined {
  const blocks = text.match(BLOCK);
  if (!blocks || blocks.length === 0) return undefined;
  return { leaf: `${blocks[0]}\n`, chain: blocks.length > 1 ? `${blocks.slice(1).join('\n')}\n` : null };
}

export interface CertificateFacts {
  serialNumber: string;
  issuer: string;
  commonName: string | null;
  dnsNames: string[];
  notBefore: string | null;
  notAfter: string | null;
  keyType: 'RSA' | 'EC' | null;
  bitLength: number | null;
}

const EC_BITS: Record<string, number> = { prime256v1: 256, secp384r1: 384, secp521r1: 521 };

/** What the state shows of a certificate, read from its PEM. */
export function certificateFacts(pem: string): CertificateFacts {
  const cert = new X509Certificate(pem);
  const details = cert.publicKey.asymmetricKeyDetails ?? {};
  const type = cert.publicKey.asymmetricKeyType;
  return {
    serialNumber: cert.serialNumber.toUpperCase().match(/../g)?.join(':') ?? cert.serialNumber,
    issuer: cert.issuer.replace(/\n/g, ', '),
    commonName: /(?:^|\n)CN=([^\n]+)/.exec(cert.subject)?.[1] ?? null,
    dnsNames: (cert.subjectAltName ?? '')
      .split(', ')
      .filter((n) => n.startsWith('DNS:'))
      .map((n) => n.slice(4)),
    notBefore: toRfc3339(Date.parse(cert.validFrom)),
    notAfter: toRfc3339(Date.parse(cert.validTo)),
    keyType: type === 'rsa' ? 'RSA' : type === 'ec' ? 'EC' : null,
    bitLength: type === 'rsa' ? (details.modulusLength ?? null) : type === 'ec' ? (EC_BITS[details.namedCurve ?? ''] ?? null) : null,
  };
}

const CSR_PEM = /^\s*-----BEGIN (NEW )?CERTIFICATE REQUEST-----\s*([A-Za-z0-9+/=\s]+)-----END (NEW )?CERTIFICATE REQUEST-----\s*$/;

/** A PEM PKCS#10 request: the armour, base64 inside, and a DER SEQUENCE in it. */
export const csrPem = z.string().refine(
  (s) => {
    const m = CSR_PEM.exec(s);
    return m !== null && Buffer.from(m[2]!.replace(/\s/g, ''), 'base64')[0] === 0x30;
  },
  { message: 'must be one PEM certificate signing request ("-----BEGIN CERTIFICATE REQUEST-----", as `openssl req -new` writes it)' },
);
