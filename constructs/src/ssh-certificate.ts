// SshCertificate: an appviewx_ssh_certificate (create signs, destroy revokes) with its inputs
// checked at synth time.
import type { IResolvable } from 'cdktf';
import { Construct } from 'constructs';
import { z } from 'zod';
import { SshCertificate as SshCertificateResource, type SshCertificateConfig } from '../generated/ssh-certificate/index.js';
import { isSet, isToken, optional, orToken, required, validateProps } from './validation/props-validation.js';
import { bool, duration, DURATION_EXAMPLES, nonEmpty, oneOf, positiveWholeNumber, rfc3339 } from './validation/rules.js';

const CERT_TYPES = oneOf(['User', 'Host'] as const, 'User certifies a person\'s key for logins, Host certifies a server\'s host key');
const VALIDITY_UNITS = oneOf(['hours', 'days', 'weeks', 'months', 'years'] as const);

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

const KEY_TYPES = ['ssh-ed25519', 'ssh-rsa', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521', 'sk-ssh-ed25519@openssh.com', 'sk-ecdsa-sha2-nistp256@openssh.com'];

/** One OpenSSH public key line whose base64 blob names the same key type as its first word. */
function isOpenSshPublicKey(line: string): boolean {
  const [type, data] = line.trim().split(/\s+/);
  if (!type || !data || !KEY_TYPES.includes(type) || !/^[A-Za-z0-9+/]+={0,2}$/.test(data)) return false;
  const blob = Buffer.from(data, 'base64');
  return blob.length >= 4 && blob.subarray(4, 4 + blob.readUInt32BE(0)).toString('latin1') === type;
}

const ADVICE = {
  caName: 'name the SSH CA that signs, e.g. "Default-Infra-Access-Group.user.ca"',
  certificateIdentity: 'give the key identity written into the certificate, e.g. the user\'s e-mail',
  publicKey: 'pass the contents of the .pub file, not the private key or its path',
  principals: 'list the user names (certType User) or host names (certType Host) the certificate is valid for',
  validityValue: 'set how many validityUnit the certificate lasts, e.g. 8 with validityUnit "hours"',
} as const;

const propsSchema = z
  .object({
    caName: required(nonEmpty(ADVICE.caName), ADVICE.caName),
    certificateIdentity: required(nonEmpty(ADVICE.certificateIdentity), ADVICE.certificateIdentity),
    publicKey: required(
      z.string().refine(isOpenSshPublicKey, { message: `must be one OpenSSH public key line such as "ssh-ed25519 AAAAC3Nza... user@host": ${ADVICE.publicKey}` }),
      ADVICE.publicKey,
    ),
    principals: required(
      z
        .array(orToken(nonEmpty('remove the empty entry')), { error: `must be a list: ${ADVICE.principals}` })
        .min(1, `must list at least one principal: ${ADVICE.principals}`),
      ADVICE.principals,
    ),
    certType: required(CERT_TYPES.schema, `set it to ${CERT_TYPES.list}`),
    validityValue: required(positiveWholeNumber(ADVICE.validityValue), ADVICE.validityValue),
    validityUnit: required(VALIDITY_UNITS.schema, `set it to ${VALIDITY_UNITS.list}`),
    validFrom: optional(rfc3339),
    validTo: optional(rfc3339),
    groupName: optional(nonEmpty('remove groupName to use "Default_Key_Group"')),
    revokeOnDestroy: optional(bool('revokeOnDestroy')),
    renewBefore: optional(duration.refine((s) => s.trim() !== '0', { message: `must be longer than 0, such as ${DURATION_EXAMPLES}; remove it to never renew early` })),
  })
  .superRefine((props, ctx) => {
    const { validFrom, validTo } = props;
    if (!isSet(validFrom) || !isSet(validTo) || isToken(validFrom) || isToken(validTo)) return;
    if (Date.parse(String(validFrom)) > Date.parse(String(validTo))) {
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
