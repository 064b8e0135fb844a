// ephemeral "appviewx_ssh_certificate" (terraform >= 1.10): an SSH certificate for the duration of
// one run. Open signs it (POST ssh/cert/create) with a short validity; close revokes it (POST
// ssh/cert/revoke, batched with destroys). Nothing of it reaches plan or state: terraform keeps the
// result in memory, and the private data close needs (serial, CA, group) likewise.
// GOTCHA: terraform opens an ephemeral resource in every phase that needs it (plan, then apply), so
// a run signs more than one certificate; each is revoked when its phase closes it.
import * as a from '../framework/attributes.js';
import { parseDuration } from '../framework/duration.js';
import { defineEphemeralResource } from '../framework/ephemeral.js';
import { type GatewayClient, isAlreadyGone } from '../gateway/index.js';
import { registerSecret } from '../logging.js';
import { describeGatewayError, isGatewayCode, reportGatewayError } from './gateway-diagnostics.js';
import { revocationBatcher } from './revocation-batcher.js';
import { signFailureAdvice } from './ssh-certificate.js';
import { positiveDuration, revocationInputs, signingInputs } from './ssh-certificate-inputs.js';
import { toRfc3339 } from './validators.js';

const HOUR_MS = 3_600_000;

const attributes = {
  // Required
  ...signingInputs,
  // Optional
  validity: a.string({
    mode: 'optional-computed',
    default: '15m',
    validate: positiveDuration,
    description: 'How long the certificate is valid from the moment it is opened, e.g. `15m` or `1h` (default `15m`). Choose a little longer than the run needs the access: a certificate cannot be extended.',
  }),
  group_name: revocationInputs.group_name,
  revocation_reason: a.string({ mode: 'optional', description: 'Reason sent when revoking on close.' }),
  revoke_on_close: a.bool({
    mode: 'optional-computed',
    default: true,
    description: 'Revoke the certificate when terraform closes it at the end of the run (default true). With false it stays valid until `valid_to`.',
  }),
  // Computed
  certificate: a.string({ mode: 'computed', description: 'The OpenSSH certificate line, e.g. for a `connection` block\'s `certificate`.' }),
  serial_number: a.string({ mode: 'computed', description: 'Serial number, as the gateway reports it.' }),
  key_id: a.string({ mode: 'computed', description: 'Key id written into the certificate (what sshd logs on login).' }),
  valid_from: a.string({ mode: 'computed', description: 'Start of validity (RFC 3339).' }),
  valid_to: a.string({ mode: 'computed', description: 'End of validity (RFC 3339).' }),
};

const ATTRIBUTE_BY_CODE = {
  'ERR-SSH_NB-268': [{ attribute: 'public_key' }],
  'ERR-SSH_NB-267': [{ attribute: 'ca_name' }],
  'ERR-SSH-NB-350': [{ attribute: 'ca_name' }],
  'ERR-SSH_NB-263': [{ attribute: 'cert_type' }],
  'ERR-SSH_NB-264': [{ attribute: 'validity' }],
  'ERR-SSH_NB-269': [{ attribute: 'validity' }],
} as const;

/** What close needs; terraform holds it in memory between open and close. */
interface OpenCertificate {
  readonly serial: string;
  readonly caName: string;
  readonly groupName: string;
  readonly reason?: string;
  readonly validTo: string | null;
}

export const ephemeralSshCertificate = defineEphemeralResource<typeof attributes, GatewayClient, OpenCertificate>({
  typeName: 'appviewx_ssh_certificate',
  description:
    'An SSH certificate for one terraform run (terraform >= 1.10): signed when terraform opens it, revoked when terraform closes it, never written to plan or state. ' +
    'Use it in `connection` blocks and provider configuration.',
  attributes,

  async open({ client, config, deadline, diagnostics }) {
    const validityMs = parseDuration(config.validity ?? '15m') ?? 900_000;
    const from = Date.now();
    try {
      const cert = await client.createSshCertificate(
        {
          publicKey: (config.public_key ?? '').trim(),
          // The gateway wants a length in units; validFrom/validTo set the exact window.
          validityValue: Math.max(1, Math.ceil(validityMs / HOUR_MS)),
          validityUnit: 'hours',
          validFrom: from,
          validTo: from + validityMs,
          certificateIdentity: config.certificate_identity ?? '',
          caName: config.ca_name ?? '',
          principals: config.principals ?? [],
          certType: config.cert_type === 'Host' ? 'Host' : 'User',
        },
        // No stop signal: a sent sign that is cancelled could leave a certificate nobody revokes.
        { deadline },
      );
      // Belt and braces: should any log line ever carry them, the logger masks them.
      registerSecret(cert.certContent);
      registerSecret(cert.serialNumber);
      const validTo = toRfc3339(cert.validTo);
      const groupName = config.group_name ?? 'Default_Key_Group';
      return {
        result: { certificate: cert.certContent, serial_number: cert.serialNumber, key_id: cert.keyId, valid_from: toRfc3339(cert.validFrom), valid_to: validTo },
        // No private data when there is nothing to revoke: close then does nothing.
        ...(config.revoke_on_close === false
          ? {}
          : { private: { serial: cert.serialNumber, caName: cert.caName ?? config.ca_name ?? '', groupName, validTo, ...(config.revocation_reason ? { reason: config.revocation_reason } : {}) } }),
      };
    } catch (err) {
      const advice =
        isGatewayCode(err, 'ERR-SSH_NB-268') && config.revoke_on_close === false
          ? 'An earlier opening with revoke_on_close = false left a valid certificate for this key (terraform opens an ephemeral resource in the plan and again in the apply), and the gateway signs one valid certificate per key. Use revoke_on_close = true, a new key per opening, or wait until the earlier certificate expires.'
          : signFailureAdvice(err, { ...config, group_name: config.group_name ?? 'Default_Key_Group' }, 'ephemeral');
      reportGatewayError(diagnostics, 'Could not sign the ephemeral SSH certificate', err, ATTRIBUTE_BY_CODE, advice);
      return undefined;
    }
  },

  async close({ client, private: cert, deadline, diagnostics }) {
    const leftOver = (why: string) =>
      diagnostics.warning(
        `SSH certificate ${cert.serial} was not revoked`,
        `Closing the ephemeral certificate failed: ${why}\n\nCertificate ${cert.serial} (CA "${cert.caName}") stays valid until ${cert.validTo ?? 'its end of validity'}. ` +
          `Revoke it in AppViewX, or with an appviewx_ssh_certificate_revocation of serial "${cert.serial}" in group "${cert.groupName}".`,
      );
    try {
      const outcome = await revocationBatcher(client).revoke(
        { caName: cert.caName, groupName: cert.groupName, serialNumber: cert.serial, ...(cert.reason ? { reason: cert.reason } : {}) },
        deadline,
      );
      // Already revoked (by hand, or by a parallel close): the goal is reached.
      if (outcome.revoked || isAlreadyGone(outcome)) return;
      leftOver(`the gateway refused: ${outcome.error}.`);
    } catch (err) {
      leftOver(describeGatewayError(err));
    }
  },
});
