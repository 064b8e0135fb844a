// Enrollment from a CSR: the private key stays where the CSR was made, AppViewX signs, terraform
// keeps the PEM and chain. Renewal is a replacement planned `renewBefore` ahead of expiry, and
// create_before_destroy issues the new certificate before the old one is revoked: no moment
// without a valid certificate.
import { TerraformOutput, TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
// Outside this repository: import { ... } from 'terraform-provider-appviewx/constructs';
import { AppViewXProvider, Certificate, type AppViewXProviderProps, type Environment, type X509ValidityUnit } from '../../constructs/src/index.js';

export interface EnrollmentStackProps {
  /** The PEM CSR (the contents of the .csr file). */
  readonly csrPem: string;
  readonly certificateAuthority?: string;
  readonly validity?: { readonly value: number; readonly unit: X509ValidityUnit };
  /** Plans replace the certificate this long before it expires, e.g. "30d". */
  readonly renewBefore?: string;
  readonly env?: Environment;
  readonly providerOverrides?: AppViewXProviderProps;
}

export class EnrollmentStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: EnrollmentStackProps) {
    super(scope, id);
    AppViewXProvider.fromEnvironment(this, 'appviewx', props.providerOverrides, props.env);
    const certificate = new Certificate(this, 'web', {
      certificateAuthority: props.certificateAuthority ?? 'AppViewX',
      csrPem: props.csrPem,
      validity: props.validity ?? { value: 90, unit: 'days' },
      renewBefore: props.renewBefore ?? '30d',
      revocationReason: 'Superseded',
      lifecycle: { createBeforeDestroy: true },
    });
    new TerraformOutput(this, 'certificate-pem', { value: certificate.certificatePem });
    new TerraformOutput(this, 'ca-chain-pem', { value: certificate.caChainPem });
    new TerraformOutput(this, 'not-after', { value: certificate.notAfter });
    new TerraformOutput(this, 'resource-id', { value: certificate.resourceId });
  }
}
