// CertificateRevocation: revokes a certificate (PUT certificate/revoke). Revocation is permanent;
// destroying the construct only forgets it.
import { Construct } from 'constructs';
import { z } from 'zod';
import { CertificateRevocation as CertificateRevocationResource, type CertificateRevocationConfig } from '../generated/certificate-revocation/index.js';
import { certificateIdentityFields, checkCertificateIdentity } from './validation/certificate-identity.js';
import { isSet, isToken, optional, required, validateProps } from './validation/props-validation.js';
import { bool, nonEmpty, positiveWholeNumber } from './validation/rules.js';

/**
 * Reasons from the gateway's "Valid Reason for CAs" table; CAs accept others, so any string is
 * allowed, these are offered first.
 */
export type RevocationReason = 'Key compromised' | 'Superseded' | 'Cessation of operation' | 'Affiliation Changed' | (string & {});

/** The reason CompromisedCertificateResponse revokes with; the gateway requires comments for it. */
export const KEY_COMPROMISE_REASON = 'Key compromised';

/** "Key compromised", "Key Compromise", "keyCompromise", "KEY_COMPROMISE" all mean RFC 5280's keyCompromise. */
export const isKeyCompromise = (reason: string): boolean => reason.toLowerCase().replace(/[^a-z]/g, '').startsWith('keycompromise');

/** The binding's config; `comments` is required when `reason` is key compromise. */
export interface CertificateRevocationProps extends Omit<CertificateRevocationConfig, 'reason'> {
  readonly reason: RevocationReason;
}

const REASON_ADVICE = `give the revocation reason, e.g. "Superseded" or "${KEY_COMPROMISE_REASON}"`;

const propsSchema = z
  .object({
    ...certificateIdentityFields,
    reason: required(nonEmpty(REASON_ADVICE), REASON_ADVICE),
    comments: optional(nonEmpty('remove comments, or say what happened')),
    sync: optional(bool('sync')),
    ttl: optional(positiveWholeNumber('set how many seconds a synchronous revocation may take, e.g. 300')),
  })
  .superRefine((props, ctx) => {
    checkCertificateIdentity(props, ctx);
    const { reason } = props;
    if (typeof reason !== 'string' || isToken(reason) || !isKeyCompromise(reason) || isSet(props.comments)) return;
    ctx.addIssue({
      code: 'custom',
      path: ['comments'],
      message: `is required when reason is key compromise ("${reason}"): say what was compromised and when, e.g. "private key leaked in build logs on 2026-11-20"`,
    });
  });

export class CertificateRevocation extends Construct {
  /** The generated binding resource. */
  readonly resource: CertificateRevocationResource;

  constructor(scope: Construct, id: string, props: CertificateRevocationProps) {
    super(scope, id);
    validateProps(this, 'CertificateRevocation', propsSchema, props);
    this.resource = new CertificateRevocationResource(this, 'Default', props);
  }

  /** Resource id of the revoked certificate. */
  get resourceId(): string {
    return this.resource.id;
  }

  get requestId(): string {
    return this.resource.requestId;
  }

  /** Status of the certificate (e.g. `Revoked`), refreshed on every read. */
  get certStatus(): string {
    return this.resource.certStatus;
  }
}
