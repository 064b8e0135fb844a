// Certificate: an appviewx_certificate (create enrolls, destroy revokes) with its inputs checked at
// synth time: a CSR or a subject, key sizes per key type, revocation reasons and their comments.
import type { IResolvable } from 'cdktf';
import { Construct } from 'constructs';
import { z } from 'zod';
import { Certificate as CertificateResource, type CertificateConfig, type CertificateValidity } from '../generated/certificate/index.js';
import { isSet, isToken, optional, required, validateProps } from './validation/props-validation.js';
import { bool, duration, nonEmpty, oneOf, positiveWholeNumber } from './validation/rules.js';

export const X509_KEY_TYPES = oneOf(['RSA', 'EC'] as const);
export const X509_VALIDITY_UNITS = oneOf(['days', 'months', 'years'] as const);
export const X509_REVOCATION_REASONS = oneOf(['Unspecified', 'Key compromise', 'Key compromised', 'CA compromise', 'Affiliation Changed', 'Superseded', 'Cessation of operation'] as const);
const HASHES = oneOf(['SHA256', 'SHA384', 'SHA512'] as const);
/** Key sizes AppViewX offers per key type (RSA modulus, EC curve). */
export const X509_BIT_LENGTHS: Readonly<Record<X509KeyType, readonly number[]>> = { RSA: [2048, 3072, 4096], EC: [256, 384, 521] };

export type X509KeyType = (typeof X509_KEY_TYPES.values)[number];
export type X509ValidityUnit = (typeof X509_VALIDITY_UNITS.values)[number];
export type X509RevocationReason = (typeof X509_REVOCATION_REASONS.values)[number];

export interface CertificateValidityProps extends Omit<CertificateValidity, 'unit'> {
  readonly unit: X509ValidityUnit;
}

/** The binding's config with the enums typed; every name is the binding's. */
export interface CertificateProps extends Omit<CertificateConfig, 'keyType' | 'validity' | 'revocationReason'> {
  /** PEM CSR, e.g. `Fn.file("web.csr")`: the key never leaves you (recommended). Or give `commonName`. */
  readonly csrPem?: string;
  readonly keyType?: X509KeyType;
  readonly validity?: CertificateValidityProps;
  readonly revocationReason?: X509RevocationReason;
}

const CSR_ADVICE = 'pass the contents of the .csr file (openssl req -new ... -out web.csr), not its path';
const KEY_OPTIONS = ['dnsNames', 'ipAddresses', 'keyType', 'bitLength', 'hashFunction'] as const;

const propsSchema = z
  .object({
    certificateAuthority: required(nonEmpty('name the CA that issues, e.g. "AppViewX" or "DigiCert"'), 'name the CA that issues, e.g. "AppViewX" or "DigiCert"'),
    csrPem: optional(z.string().refine((s) => /-----BEGIN (NEW )?CERTIFICATE REQUEST-----/.test(s), { message: `must be a PEM certificate signing request: ${CSR_ADVICE}` })),
    commonName: optional(nonEmpty('give the name to certify, or remove it and pass csrPem')),
    keyType: optional(X509_KEY_TYPES.schema),
    bitLength: optional(positiveWholeNumber('e.g. 2048 for RSA or 256 for EC')),
    hashFunction: optional(HASHES.schema),
    validity: optional(z.object({ value: required(positiveWholeNumber('e.g. 90'), 'set e.g. 90'), unit: required(X509_VALIDITY_UNITS.schema, `set it to ${X509_VALIDITY_UNITS.list}`) })),
    renewBefore: optional(duration),
    revokeOnDestroy: optional(bool('revokeOnDestroy')),
    revocationReason: optional(X509_REVOCATION_REASONS.schema),
    downloadPrivateKey: optional(bool('downloadPrivateKey')),
  })
  .superRefine((p, ctx) => {
    const csr = isSet(p.csrPem);
    if (csr && isSet(p.commonName)) ctx.addIssue({ code: 'custom', path: ['commonName'], message: 'conflicts with csrPem: the CSR carries the subject; remove one' });
    if (!csr && !isSet(p.commonName)) ctx.addIssue({ code: 'custom', path: ['csrPem'], message: `is missing: ${CSR_ADVICE}, or set commonName for a key that AppViewX generates` });
    if (csr) {
      for (const name of KEY_OPTIONS) if (isSet((p as Record<string, unknown>)[name])) ctx.addIssue({ code: 'custom', path: [name], message: 'describes a key that AppViewX generates; with csrPem the CSR says it: remove it' });
      if (p.downloadPrivateKey === true) ctx.addIssue({ code: 'custom', path: ['downloadPrivateKey'], message: 'is impossible with csrPem: the private key is yours; remove it' });
    }
    const keyType = isSet(p.keyType) ? p.keyType : 'RSA';
    if (!isToken(keyType) && typeof p.bitLength === 'number' && !X509_BIT_LENGTHS[keyType as X509KeyType]?.includes(p.bitLength)) {
      ctx.addIssue({ code: 'custom', path: ['bitLength'], message: `is not offered for ${String(keyType)} keys: use one of ${X509_BIT_LENGTHS[keyType as X509KeyType]?.join(', ')}` });
    }
    const reason = p.revocationReason;
    if (typeof reason === 'string' && /compromise/i.test(reason) && p.revokeOnDestroy !== false && !isSet((p as Record<string, unknown>)['revocationComments'])) {
      ctx.addIssue({ code: 'custom', path: ['revocationComments'], message: `is required when revoking for "${reason}"` });
    }
  });

/**
 * An X.509 certificate enrolled through AppViewX. Its terraform address is the one a bare
 * `certificate.Certificate` with the same id would get. For rotation without downtime, set
 * `lifecycle: { createBeforeDestroy: true }` with `renewBefore`.
 */
export class Certificate extends Construct {
  /** The generated binding resource, for anything this construct does not expose. */
  readonly resource: CertificateResource;

  constructor(scope: Construct, id: string, props: CertificateProps) {
    super(scope, id);
    validateProps(this, 'Certificate', propsSchema, props, ['privateKeyPasswordWo']);
    this.resource = new CertificateResource(this, 'Default', props);
  }

  /** The AppViewX resource id. */
  get resourceId(): string {
    return this.resource.resourceId;
  }

  /** The certificate (leaf), PEM. */
  get certificatePem(): string {
    return this.resource.certificatePem;
  }

  /** The issuing CA chain, PEM. */
  get caChainPem(): string {
    return this.resource.caChainPem;
  }

  get serialNumber(): string {
    return this.resource.serialNumber;
  }

  get notAfter(): string {
    return this.resource.notAfter;
  }

  /** True once the certificate is within `renewBefore` of `notAfter`; usable in postconditions. */
  get readyForRenewal(): IResolvable {
    return this.resource.readyForRenewal;
  }
}
