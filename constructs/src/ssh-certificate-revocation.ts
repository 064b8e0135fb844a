// SshCertificateRevocation: revokes an SSH certificate this configuration did not create.
// Revocation is permanent; destroying the construct only forgets it.
import type { IResolvable } from 'cdktf';
import { Construct } from 'constructs';
import { z } from 'zod';
import {
  SshCertificateRevocation as SshCertificateRevocationResource,
  type SshCertificateRevocationConfig,
} from '../generated/ssh-certificate-revocation/index.js';
import { isSet, optional, required, validateProps } from './validation/props-validation.js';
import { nonEmpty } from './validation/rules.js';

/** The binding's config; exactly one of `serialNumber` and `certificate` must be set. */
export type SshCertificateRevocationProps = SshCertificateRevocationConfig;

const ONE_OF = 'set exactly one of serialNumber (the certificate\'s serial) and certificate (its OpenSSH certificate line)';

const CA_ADVICE = 'name the SSH CA that signed the certificate';
const GROUP_ADVICE = 'name the key compliance group, e.g. "Default_Key_Group"';

const propsSchema = z
  .object({
    caName: required(nonEmpty(CA_ADVICE), CA_ADVICE),
    groupName: required(nonEmpty(GROUP_ADVICE), GROUP_ADVICE),
    serialNumber: optional(nonEmpty(ONE_OF)),
    certificate: optional(nonEmpty(ONE_OF)),
    reason: optional(nonEmpty('remove reason, or say why the certificate is revoked')),
  })
  .superRefine((props, ctx) => {
    const given = [isSet(props.serialNumber), isSet(props.certificate)].filter(Boolean).length;
    if (given === 0) ctx.addIssue({ code: 'custom', path: ['serialNumber'], message: `is missing: ${ONE_OF}` });
    if (given === 2) ctx.addIssue({ code: 'custom', path: ['certificate'], message: `cannot be set together with serialNumber: ${ONE_OF}` });
  });

export class SshCertificateRevocation extends Construct {
  /** The generated binding resource. */
  readonly resource: SshCertificateRevocationResource;

  constructor(scope: Construct, id: string, props: SshCertificateRevocationProps) {
    super(scope, id);
    validateProps(this, 'SshCertificateRevocation', propsSchema, props);
    this.resource = new SshCertificateRevocationResource(this, 'Default', props);
  }

  /** Whether the gateway revoked the certificate. */
  get revoked(): IResolvable {
    return this.resource.revoked;
  }

  get caIdentifier(): string {
    return this.resource.caIdentifier;
  }
}
