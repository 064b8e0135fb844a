// Certificate rotation: look the certificate up, reissue it (again whenever the rotation period
// changes), and revoke the superseded one once the reissue exists. With `compromised`, the same
// happens with reason key compromise through CompromisedCertificateResponse.
import { TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import type { Construct } from 'constructs';
// Outside this repository: import { ... } from 'terraform-provider-appviewx/constructs';
import {
  AppViewXProvider,
  CertificateLookup,
  CertificateReissue,
  CertificateRevocation,
  CompromisedCertificateResponse,
  type AppViewXProviderProps,
  type CertificateFormat,
  type Environment,
} from '../../constructs/src/index.js';

export interface RotationStackProps {
  /** AppViewX resource id of the certificate to rotate. */
  readonly resourceId: string;
  /** Changing this value (e.g. "2026-Q4") reissues the certificate again on the next deploy. */
  readonly rotationPeriod: string;
  /** Download format of the new certificate; PK12, PFX and JKS take a password variable. */
  readonly format?: CertificateFormat;
  /** Respond to a leaked key: reason key compromise, with these comments. */
  readonly compromised?: { readonly comments: string };
  readonly env?: Environment;
  readonly providerOverrides?: AppViewXProviderProps;
}

export class RotationStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: RotationStackProps) {
    super(scope, id);
    AppViewXProvider.fromEnvironment(this, 'appviewx', props.providerOverrides, props.env);

    const current = new CertificateLookup(this, 'current', { resourceId: props.resourceId });
    new TerraformOutput(this, 'current-valid-to', { value: current.validTo });
    new TerraformOutput(this, 'current-status', { value: current.status });

    const certificateFormat = formatWithPassword(this, props.format);
    if (props.compromised) {
      const response = new CompromisedCertificateResponse(this, 'compromise', {
        resourceId: current.resourceId,
        comments: props.compromised.comments,
        ...(certificateFormat ? { certificateFormat } : {}),
      });
      new TerraformOutput(this, 'new-resource-id', { value: response.issuedResourceId });
      return;
    }

    const reissue = new CertificateReissue(this, 'reissue', {
      // A token: the lookup's output. Validation leaves it to the provider.
      resourceId: current.resourceId,
      reason: `Scheduled rotation ${props.rotationPeriod}`,
      triggers: { rotation: props.rotationPeriod },
      waitForIssuance: true,
      ...(certificateFormat ? { certificateFormat } : {}),
    });
    new CertificateRevocation(this, 'retire-old', {
      resourceId: props.resourceId,
      reason: 'Superseded',
      comments: `Superseded by rotation ${props.rotationPeriod}`,
      // Revoke only once the replacement exists: nothing else orders the two.
      dependsOn: [reissue.resource],
    });
    new TerraformOutput(this, 'new-resource-id', { value: reissue.issuedResourceId });
    new TerraformOutput(this, 'reissue-request-id', { value: reissue.requestId });
  }
}

/**
 * Password formats get their password from a sensitive variable (TF_VAR_certificate_password at
 * deploy time): the synthesized JSON holds only `${var.certificate_password}`, and the
 * write-only attribute keeps it out of state.
 */
function formatWithPassword(scope: Construct, format: CertificateFormat | undefined) {
  if (format === undefined) return undefined;
  if (format !== 'PK12' && format !== 'PFX' && format !== 'JKS') return { format };
  const password = new TerraformVariable(scope, 'certificate_password', { type: 'string', sensitive: true });
  return { format, passwordWo: password.stringValue, passwordWoVersion: 1 };
}
