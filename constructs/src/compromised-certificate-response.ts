// CompromisedCertificateResponse: what a team does when a private key leaks. Reissue the
// certificate first, then revoke the old one with reason key compromise, never the other way
// round: revoking first would leave the service without a valid certificate until the reissue
// is approved and issued.
import type { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CertificateReissue, type CertificateReissueCsrProps, type CertificateReissueFormatProps } from './certificate-reissue.js';
import { CertificateRevocation, KEY_COMPROMISE_REASON } from './certificate-revocation.js';
import type { CertificateIdentityProps } from './validation/certificate-identity.js';

export interface CompromisedCertificateResponseProps extends CertificateIdentityProps {
  /** What was compromised and when; the gateway requires comments for key compromise. */
  readonly comments: string;
  /** Reason recorded on the reissue work order; default "Key compromised". */
  readonly reissueReason?: string;
  readonly certificateFormat?: CertificateReissueFormatProps;
  /** A CSR for a new key pair; without it the gateway generates the new key. */
  readonly csr?: CertificateReissueCsrProps;
  readonly autoApproval?: boolean;
  /**
   * Wait until the reissued certificate exists before the revocation starts; default true, so
   * the old certificate is only revoked once its replacement is there.
   */
  readonly waitForIssuance?: boolean;
  /** Seconds a synchronous revocation may take; default 300. */
  readonly ttl?: number;
  readonly provider?: TerraformProvider;
  readonly dependsOn?: ITerraformDependable[];
}

export class CompromisedCertificateResponse extends Construct {
  readonly reissue: CertificateReissue;
  readonly revocation: CertificateRevocation;

  constructor(scope: Construct, id: string, props: CompromisedCertificateResponseProps) {
    super(scope, id);
    const identity = pickDefined({ resourceId: props.resourceId, commonName: props.commonName, serialNumber: props.serialNumber });
    const shared = pickDefined({ provider: props.provider });
    this.reissue = new CertificateReissue(this, 'Reissue', {
      ...identity,
      ...shared,
      ...pickDefined({ certificateFormat: props.certificateFormat, csr: props.csr, autoApproval: props.autoApproval, dependsOn: props.dependsOn }),
      reason: props.reissueReason ?? KEY_COMPROMISE_REASON,
      waitForIssuance: props.waitForIssuance ?? true,
    });
    // Nothing in the revocation's inputs refers to the reissue, so terraform would run both at
    // once: the explicit dependency is what orders "replacement first, then revoke".
    this.revocation = new CertificateRevocation(this, 'Revocation', {
      ...identity,
      ...shared,
      ...pickDefined({ ttl: props.ttl }),
      reason: KEY_COMPROMISE_REASON,
      comments: props.comments,
      dependsOn: [this.reissue.resource],
    });
  }

  /** Resource id of the new certificate. */
  get issuedResourceId(): string {
    return this.reissue.issuedResourceId;
  }

  /** Status of the old certificate after revocation (e.g. `Revoked`). */
  get revokedCertStatus(): string {
    return this.revocation.certStatus;
  }
}

/** Drops undefined values, so optional props stay absent (exactOptionalPropertyTypes). */
function pickDefined<T extends object>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
