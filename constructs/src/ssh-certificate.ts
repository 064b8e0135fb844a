// SshCertificate: an appviewx_ssh_certificate (create signs, destroy revokes) with its inputs
// checked at synth time by the provider's own attribute validators
// (provider/src/resources/ssh-certificate-inputs.ts), with advice for a CDK user added.
import type { IResolvable } from 'cdktf';
import { Construct } from 'constructs';
import { z } from 'zod';
import { SshCertificate as SshCertificateResource, type SshCertificateConfig } from '../generated/ssh-certificate/index.js';
import type { Attribute } from '../../provider/src/framework/attributes.js';
import { CERT_TYPES, revocationInputs, signingInputs, VALIDITY_UNITS, validityInputs, validityWindowInverted } from '../../provider/src/resources/ssh-certificate-inputs.js';
import { isSet, isToken, optional, required, validateProps } from './validation/props-validation.js';
import { bool, withAdvice } from './validation/rules.js';

export type SshCertType = (typeof CERT_TYPES.values)[number];
export type SshValidityUnit = (typeof VALIDITY_UNITS.values)[number];

/** The binding's config with the enums typed; every name is the binding's. */
export interface SshCertificateProps extends Omit<SshCertificateConfig, 'certType' | 'validityUnit'> {
  /** `User` or `Host`. */
  readonly certType: SshCertType;
  /** Whole number greater than 0, counted in `validityUnit`. */
  readonly validityValue: number;
  readonly validityUnit: SshValidityUnit;
  /** The plan replaces the certificate when it is within this of `validTo`, e.g. `"30d"` or `"720h"`. */
  readonly renewBefore?: string;
}

const ADVICE = {
  caName: 'name the SSH CA that signs, e.g. "Default-Infra-Access-Group.user.ca"',
  certificateIdentity: 'give the key identity written into the certificate, e.g. the user\'s e-mail',
  publicKey: 'pass the contents of the .pub file, not the private key or its path',
  principals: 'list the user names (certType User) or host names (certType Host) the certificate is valid for',
  certType: 'User certifies a person\'s key for logins, Host certifies a server\'s host key',
  validityValue: 'set how many validityUnit the certificate lasts, e.g. 8 with validityUnit "hours"',
  groupName: 'remove groupName to use "Default_Key_Group"',
} as const;

/** The provider's validator of `attribute`, with `advice` for a CDK user. */
const rule = (attribute: Attribute<unknown>, advice: string | ((path: readonly PropertyKey[]) => string) = '') => withAdvice(attribute.validate ?? z.unknown(), advice);

const propsSchema = z
  .object({
    caName: required(rule(signingInputs.ca_name, ADVICE.caName), ADVICE.caName),
    certificateIdentity: required(rule(signingInputs.certificate_identity, ADVICE.certificateIdentity), ADVICE.certificateIdentity),
    publicKey: required(rule(signingInputs.public_key, ADVICE.publicKey), ADVICE.publicKey),
    // A token inside a literal list is left to the provider; its literal neighbours are checked.
    principals: required(
      z.unknown().superRefine((list, ctx) => {
        const literal = Array.isArray(list) ? list.map((p) => (isToken(p) ? 'token' : p)) : list;
        const result = rule(signingInputs.principals, (path) => (path.length > 0 ? 'remove the empty entry' : ADVICE.principals)).safeParse(literal);
        if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      }),
      ADVICE.principals,
    ),
    certType: required(rule(signingInputs.cert_type, ADVICE.certType), `set it to ${CERT_TYPES.values.map((v) => `"${v}"`).join(', ')}`),
    validityValue: required(rule(validityInputs.validity_value, ADVICE.validityValue), ADVICE.validityValue),
    validityUnit: required(rule(validityInputs.validity_unit), `set it to ${VALIDITY_UNITS.values.map((v) => `"${v}"`).join(', ')}`),
    validFrom: optional(rule(validityInputs.valid_from)),
    validTo: optional(rule(validityInputs.valid_to)),
    groupName: optional(rule(revocationInputs.group_name, ADVICE.groupName)),
    revokeOnDestroy: optional(bool('revokeOnDestroy')),
    renewBefore: optional(rule(validityInputs.renew_before, 'remove it to never renew early')),
  })
  .superRefine((props, ctx) => {
    const { validFrom, validTo } = props;
    if (!isSet(validFrom) || !isSet(validTo) || isToken(validFrom) || isToken(validTo)) return;
    if (validityWindowInverted(String(validFrom), String(validTo))) {
      ctx.addIssue({ code: 'custom', path: ['validFrom'], message: `must not be later than validTo (${String(validTo)}): swap them or remove one` });
    }
  });

/**
 * An SSH certificate signed by an AppViewX SSH CA. Its terraform address is the one a bare
 * `sshCertificate.SshCertificate` with the same id would get, so switching renames nothing.
 */
export class SshCertificate extends Construct {
  /** The generated binding resource, for anything this construct does not expose. */
  readonly resource: SshCertificateResource;

  constructor(scope: Construct, id: string, props: SshCertificateProps) {
    super(scope, id);
    validateProps(this, 'SshCertificate', propsSchema, props);
    // 'Default' is left out of the logical id: the address stays `appviewx_ssh_certificate.<id>`.
    this.resource = new SshCertificateResource(this, 'Default', props);
  }

  /** The certificate's serial number (also its id). */
  get serialNumber(): string {
    return this.resource.serialNumber;
  }

  /** The signed OpenSSH certificate line, ready to write to `*-cert.pub`. */
  get certificate(): string {
    return this.resource.certificate;
  }

  get fingerprint(): string {
    return this.resource.fingerprint;
  }

  get keyId(): string {
    return this.resource.keyId;
  }

  get validFrom(): string {
    return this.resource.validFrom;
  }

  get validTo(): string {
    return this.resource.validTo;
  }

  /** True once the certificate is within `renewBefore` of `validTo`; usable in postconditions. */
  get readyForRenewal(): IResolvable {
    return this.resource.readyForRenewal;
  }
}
