// The inputs of an SSH certificate signing, declared once: the appviewx_ssh_certificate resource,
// the ephemeral appviewx_ssh_certificate and the CDKTF SshCertificate construct all take their
// attributes, validators and descriptions from here. Imports only the framework's declarations
// and validators (no gateway), so the constructs can compile it too.
import { z } from 'zod';
import * as a from '../framework/attributes.js';
import { DURATION_HINT, parseDuration } from '../framework/duration.js';
import { nonEmpty, oneOf, openSshPublicKey, positiveDuration, positiveWholeNumber, rfc3339 } from './validators.js';

export { positiveDuration };

export const CERT_TYPES = oneOf(['User', 'Host'] as const);
export const VALIDITY_UNITS = oneOf(['hours', 'days', 'weeks', 'months', 'years'] as const);
const renewWindow = z.string().refine((s) => parseDuration(s) !== undefined, { message: `must be ${DURATION_HINT}` });

/** Required by every signing: which CA, which key, for whom. */
export const signingInputs = {
  ca_name: a.string({ mode: 'required', requiresReplace: true, validate: nonEmpty, description: 'Name of the SSH certificate authority that signs (`caName`), e.g. `Default-Infra-Access-Group.user.ca`.' }),
  certificate_identity: a.string({ mode: 'required', requiresReplace: true, validate: nonEmpty, description: 'Identity (key id) of the certificate (`certificateIdentity`).' }),
  public_key: a.string({
    mode: 'required',
    // Surrounding whitespace (a trailing newline from file()) is not a change of key.
    requiresReplace: (prior, planned) => typeof prior !== 'string' || typeof planned !== 'string' || prior.trim() !== planned.trim(),
    validate: openSshPublicKey,
    description: 'OpenSSH public key line to certify; surrounding whitespace is ignored.',
  }),
  principals: a.stringList({ mode: 'required', requiresReplace: true, validate: z.array(nonEmpty).min(1, 'must list at least one principal'), description: 'Users (for `User`) or host names (for `Host`) the certificate is valid for.' }),
  cert_type: a.string({ mode: 'required', requiresReplace: true, validate: CERT_TYPES.validate, description: CERT_TYPES.describe('Certificate type.') }),
};

/** The resource's validity: a length in units, or explicit bounds. */
export const validityInputs = {
  validity_value: a.number({ mode: 'required', requiresReplace: true, validate: positiveWholeNumber, description: 'Validity length, a whole number greater than zero, in `validity_unit`s.' }),
  validity_unit: a.string({ mode: 'required', requiresReplace: true, validate: VALIDITY_UNITS.validate, description: VALIDITY_UNITS.describe('Unit of `validity_value`.') }),
  valid_from: a.string({ mode: 'optional-computed', requiresReplace: true, validate: rfc3339, description: 'Start of validity (RFC 3339). After apply: the issued certificate\'s start.' }),
  valid_to: a.string({ mode: 'optional-computed', requiresReplace: true, validate: rfc3339, description: 'End of validity (RFC 3339). After apply: the issued certificate\'s end.' }),
  renew_before: a.string({ mode: 'optional', validate: renewWindow, description: `When the certificate is within this of \`valid_to\`, plans replace it; ${DURATION_HINT}.` }),
};

/** Where and why a revocation goes. */
export const revocationInputs = {
  group_name: a.string({ mode: 'optional-computed', default: 'Default_Key_Group', requiresReplace: true, validate: nonEmpty, description: 'Key compliance group used to revoke the certificate; default `Default_Key_Group`.' }),
  revocation_reason: a.string({ mode: 'optional', description: 'Reason sent when revoking.' }),
};

/** valid_from later than valid_to: a window that cannot hold (checked only when both are known). */
export const validityWindowInverted = (from: string, to: string): boolean => Date.parse(from) > Date.parse(to);
