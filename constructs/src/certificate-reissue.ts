// CertificateReissue: an appviewx_certificate_reissue work order, with the download format and
// CSR category typed and the password rule checked at synth time.
import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { z } from 'zod';
import {
  CertificateReissue as CertificateReissueResource,
  type CertificateReissueCertificateFormat,
  type CertificateReissueConfig,
  type CertificateReissueCsr,
} from '../generated/certificate-reissue/index.js';
import { certificateIdentityFields, checkCertificateIdentity } from './validation/certificate-identity.js';
import { isSet, isToken, optional, required, validateProps } from './validation/props-validation.js';
import { bool, nonEmpty, oneOf } from './validation/rules.js';

export const CERTIFICATE_FORMATS = oneOf(['CRT', 'CERT', 'CER', 'PEM', 'DER', 'DERCER', 'P7B', 'P7C', 'PK8', 'PK12', 'PFX', 'JKS'] as const);
/** Formats whose file is protected by a password (the gateway's "Password Required" column). */
export const PASSWORD_FORMATS: readonly CertificateFormat[] = ['PK12', 'PFX', 'JKS'];
export const CSR_CATEGORIES = oneOf(['Server', 'Client', 'Code Signing'] as const);

export type CertificateFormat = (typeof CERTIFICATE_FORMATS.values)[number];
export type CsrCategory = (typeof CSR_CATEGORIES.values)[number];

export interface CertificateReissueFormatProps extends Omit<CertificateReissueCertificateFormat, 'format'> {
  readonly format: CertificateFormat;
}

export interface CertificateReissueCsrProps extends Omit<CertificateReissueCsr, 'category'> {
  readonly category: CsrCategory;
}

/** The binding's config with the enums typed; every name is the binding's. */
export interface CertificateReissueProps extends Omit<CertificateReissueConfig, 'certificateFormat' | 'csr'> {
  /** `passwordWo` is required for PK12, PFX and JKS; pass it as a sensitive TerraformVariable. */
  readonly certificateFormat?: CertificateReissueFormatProps;
  readonly csr?: CertificateReissueCsrProps;
}

const PASSWORD_ADVICE =
  'pass the file password as passwordWo, preferably a sensitive TerraformVariable (its value then comes from TF_VAR_<name> at deploy time and is never written to cdktf.out or state)';

const formatSchema = z
  .object({
    format: required(CERTIFICATE_FORMATS.schema, `set it to ${CERTIFICATE_FORMATS.list}`),
    passwordWo: optional(z.string().min(1, `must not be empty: ${PASSWORD_ADVICE}`)),
    passwordWoVersion: optional(z.number({ error: 'must be a number: change it to reissue with a new passwordWo' })),
  })
  .superRefine((format, ctx) => {
    if (isToken(format.format) || !PASSWORD_FORMATS.includes(format.format as CertificateFormat)) return;
    if (!isSet(format.passwordWo)) {
      ctx.addIssue({ code: 'custom', path: ['passwordWo'], message: `is required for format ${String(format.format)}: ${PASSWORD_ADVICE}` });
    }
  });

const csrSchema = z.object({
  category: required(CSR_CATEGORIES.schema, `set it to ${CSR_CATEGORIES.list}`),
  content: required(
    z.string().refine((s) => s.includes('CERTIFICATE REQUEST-----'), {
      message: 'must be a PEM certificate signing request ("-----BEGIN CERTIFICATE REQUEST-----"): pass the contents of the .csr file',
    }),
    'pass the contents of the .csr file',
  ),
});

const REASON_ADVICE = 'say why the certificate is reissued, e.g. "Key rotation"';

const propsSchema = z
  .object({
    ...certificateIdentityFields,
    reason: required(nonEmpty(REASON_ADVICE), REASON_ADVICE),
    autoApproval: optional(bool('autoApproval')),
    waitForIssuance: optional(bool('waitForIssuance')),
    certificateFormat: optional(formatSchema),
    csr: optional(csrSchema),
    triggers: optional(z.record(z.string(), z.string(), { error: 'must map names to strings: use String(value) for numbers' })),
  })
  .superRefine((props, ctx) => checkCertificateIdentity(props, ctx));

export class CertificateReissue extends Construct {
  /** The generated binding resource. */
  readonly resource: CertificateReissueResource;

  constructor(scope: Construct, id: string, props: CertificateReissueProps) {
    super(scope, id);
    validateProps(this, 'CertificateReissue', propsSchema, props, ['certificateFormat.passwordWo']);
    warnAboutLiteralPassword(this, props);
    this.resource = new CertificateReissueResource(this, 'Default', props);
  }

  /** The gateway's work order id. */
  get requestId(): string {
    return this.resource.requestId;
  }

  /** Resource id of the reissued (new) certificate. */
  get issuedResourceId(): string {
    return this.resource.issuedResourceId;
  }

  get status(): string {
    return this.resource.status;
  }

  get message(): string {
    return this.resource.message;
  }
}

/** Write-only keeps the password out of state, but a literal still lands in cdktf.out in clear text. */
function warnAboutLiteralPassword(scope: Construct, props: CertificateReissueProps): void {
  const password = props.certificateFormat?.passwordWo;
  if (password === undefined || isToken(password)) return;
  Annotations.of(scope).addWarning(
    `certificateFormat.passwordWo is a literal string: it will be written in clear text to the synthesized cdk.tf.json. ${PASSWORD_ADVICE}.`,
  );
}
