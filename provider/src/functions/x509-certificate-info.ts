// provider::appviewx::x509_certificate_info(pem): the fields people check in preconditions, read
// with node:crypto's X509Certificate. Pure: no gateway call; the chain is not verified.
import { X509Certificate } from 'node:crypto';
import { ArgumentError, defineFunction } from '../framework/functions.js';

const PEM = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/;

/** Node prints a name one attribute per line, most significant first ("C=US\nO=Acme\nCN=x"). */
const oneLine = (name: string): string => name.split('\n').filter(Boolean).join(', ');

/** RFC 3339 of Node's "Jan  1 00:00:00 2027 GMT". */
const rfc3339 = (text: string): string => new Date(text).toISOString().replace('.000Z', 'Z');

/** DNS names of the subjectAltName extension ("DNS:a, IP Address:1.2.3.4, DNS:b"). */
function dnsNames(san: string | undefined): string[] {
  if (!san) return [];
  return san
    .split(/,\s*/)
    .filter((entry) => entry.startsWith('DNS:'))
    .map((entry) => entry.slice(4));
}

export const x509CertificateInfo = defineFunction({
  name: 'x509_certificate_info',
  summary: 'Reads a PEM X.509 certificate',
  description:
    'Parses the first certificate of a PEM text into an object: `subject` and `issuer` (attributes joined with ", ", ' +
    'e.g. `C=US, O=Acme, CN=www.example.com`), `serial_number` (upper-case hex), `not_before` and `not_after` (RFC 3339), ' +
    '`dns_names` (the DNS entries of subjectAltName) and `sha256_fingerprint` (`AB:CD:...`). The chain is not verified.',
  parameters: [{ name: 'pem', type: 'string', description: 'A PEM certificate (`-----BEGIN CERTIFICATE-----` ...); text around it is ignored.' }],
  returnType: [
    'object',
    { subject: 'string', issuer: 'string', serial_number: 'string', not_before: 'string', not_after: 'string', dns_names: ['list', 'string'], sha256_fingerprint: 'string' },
  ],
  call([pem]) {
    const block = PEM.exec(String(pem))?.[0];
    if (!block) throw new ArgumentError(0, 'pem has no "-----BEGIN CERTIFICATE-----" block; pass the certificate in PEM form, not a file path or DER.');
    let cert: X509Certificate;
    try {
      cert = new X509Certificate(block);
    } catch (err) {
      throw new ArgumentError(0, `pem holds a certificate block that is not a valid X.509 certificate (${err instanceof Error ? err.message : String(err)}).`);
    }
    return {
      subject: oneLine(cert.subject),
      issuer: oneLine(cert.issuer),
      serial_number: cert.serialNumber.toUpperCase(),
      not_before: rfc3339(cert.validFrom),
      not_after: rfc3339(cert.validTo),
      dns_names: dnsNames(cert.subjectAltName),
      sha256_fingerprint: cert.fingerprint256,
    };
  },
});
