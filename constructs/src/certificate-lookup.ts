// CertificateLookup: the appviewx_certificate data source, one certificate found through
// certificate search. No match, or more than one, fails the plan.
import { Construct } from 'constructs';
import { z } from 'zod';
import { DataAppviewxCertificate, type DataAppviewxCertificateConfig } from '../generated/data-appviewx-certificate/index.js';
import { isSet, optional, validateProps } from './validation/props-validation.js';
import { nonEmpty } from './validation/rules.js';

/** The binding's config: `resourceId`, or `commonName` with an optional `serialNumber`. */
export type CertificateLookupProps = DataAppviewxCertificateConfig;

const ADVICE = 'look the certificate up by resourceId, or by commonName (with serialNumber when several share it)';

const propsSchema = z
  .object({
    resourceId: optional(nonEmpty(ADVICE)),
    commonName: optional(nonEmpty(ADVICE)),
    serialNumber: optional(nonEmpty(ADVICE)),
  })
  .superRefine((props, ctx) => {
    if (isSet(props.resourceId) || isSet(props.commonName)) return;
    const path = isSet(props.serialNumber) ? 'commonName' : 'resourceId';
    ctx.addIssue({ code: 'custom', path: [path], message: `is missing: ${ADVICE}` });
  });

export class CertificateLookup extends Construct {
  /** The generated binding data source. */
  readonly dataSource: DataAppviewxCertificate;

  constructor(scope: Construct, id: string, props: CertificateLookupProps) {
    super(scope, id);
    validateProps(this, 'CertificateLookup', propsSchema, props);
    this.dataSource = new DataAppviewxCertificate(this, 'Default', props);
  }

  get resourceId(): string {
    return this.dataSource.resourceId;
  }

  get commonName(): string {
    return this.dataSource.commonName;
  }

  get serialNumber(): string {
    return this.dataSource.serialNumber;
  }

  get issuerCommonName(): string {
    return this.dataSource.issuerCommonName;
  }

  /** e.g. `Managed`, `Revoked`. */
  get status(): string {
    return this.dataSource.status;
  }

  get validFrom(): string {
    return this.dataSource.validFrom;
  }

  get validTo(): string {
    return this.dataSource.validTo;
  }

  get certificateAuthority(): string {
    return this.dataSource.certificateAuthority;
  }

  get group(): string {
    return this.dataSource.group;
  }

  get category(): string {
    return this.dataSource.category;
  }
}
