// appviewx_ssh_certificate_revocation: revoke an SSH certificate this configuration did not create.
// Revocation is permanent, so destroy only forgets it; create shares the destroy batching.
import { createHash } from 'node:crypto';
import * as a from '../framework/attributes.js';
import { isUnknown } from '../framework/cty.js';
import { defineResource } from '../framework/definitions.js';
import { type GatewayClient, isAlreadyGone } from '../gateway/index.js';
import { reportGatewayError } from './gateway-diagnostics.js';
import { revocationBatcher } from './revocation-batcher.js';
import { nonEmpty } from './validators.js';

const attributes = {
  // Required
  ca_name: a.string({ mode: 'required', requiresReplace: true, validate: nonEmpty, description: 'CA that signed the certificate.' }),
  group_name: a.string({ mode: 'required', requiresReplace: true, validate: nonEmpty, description: 'Key compliance group the certificate belongs to.' }),
  // Optional: exactly one of serial_number and certificate
  serial_number: a.string({ mode: 'optional', requiresReplace: true, validate: nonEmpty, description: 'Serial number of the certificate to revoke. Exactly one of `serial_number` and `certificate`.' }),
  certificate: a.string({ mode: 'optional', requiresReplace: true, validate: nonEmpty, description: 'OpenSSH certificate line to revoke. Exactly one of `serial_number` and `certificate`.' }),
  reason: a.string({ mode: 'optional', requiresReplace: true, description: 'Reason for revocation.' }),
  // Computed
  id: a.string({ mode: 'computed', description: 'Serial number of the revoked certificate (or a hash of its content when the gateway gives none).' }),
  revoked: a.bool({ mode: 'computed', description: 'True once the gateway confirmed the revocation.' }),
  ca_identifier: a.string({ mode: 'computed', description: 'CA as the gateway identified it (`caIdentifier`).' }),
};

export const sshCertificateRevocation = defineResource<typeof attributes, GatewayClient>({
  typeName: 'appviewx_ssh_certificate_revocation',
  description: 'Revokes an SSH certificate this configuration did not create (POST ssh/cert/revoke). Destroy only forgets it: revocation is permanent.',
  attributes,
  timeouts: { create: '5m' },

  validate(config, diags) {
    const { serial_number: serial, certificate } = config;
    if (isUnknown(serial) || isUnknown(certificate)) return;
    if ((serial === null) === (certificate === null)) {
      diags.error(
        'Exactly one of serial_number and certificate',
        serial === null ? 'Set `serial_number` or `certificate` to say which certificate to revoke.' : 'Set only one of `serial_number` and `certificate`, not both.',
        [{ attribute: 'serial_number' }],
      );
    }
  },

  async create({ client, plan, deadline, diagnostics }) {
    try {
      const outcome = await revocationBatcher(client).revoke(
        {
          caName: plan.ca_name ?? '',
          groupName: plan.group_name ?? '',
          ...(plan.serial_number ? { serialNumber: plan.serial_number } : {}),
          ...(plan.certificate ? { certificate: plan.certificate } : {}),
          ...(plan.reason ? { reason: plan.reason } : {}),
        },
        deadline,
      );
      const id = outcome.serialNumber ?? plan.serial_number ?? createHash('sha256').update((plan.certificate ?? '').trim()).digest('hex');
      if (!outcome.revoked && !/already revoked/i.test(outcome.error ?? '')) {
        const where = plan.serial_number ? 'serial_number' : 'certificate';
        diagnostics.error('Could not revoke the SSH certificate', `The gateway refused: ${outcome.error}.${isAlreadyGone(outcome) ? ' Check the serial number / certificate and the CA.' : ''}`, [{ attribute: where }]);
        return undefined;
      }
      if (!outcome.revoked) diagnostics.warning('SSH certificate was already revoked', `The gateway reports: ${outcome.error}. Recorded as revoked.`);
      return { id, revoked: true, ca_identifier: outcome.caIdentifier ?? plan.ca_name };
    } catch (err) {
      reportGatewayError(diagnostics, 'Could not revoke the SSH certificate', err, { 'ERR-SSH-NB-298': [{ attribute: 'group_name' }] });
      return undefined;
    }
  },

  // The gateway documents no lookup of an SSH certificate's status; a revocation cannot be undone, so state stands.
  async read() {
    return {};
  },

  async delete({ state, diagnostics }) {
    diagnostics.warning('Revocation is permanent', `SSH certificate ${state.id} stays revoked; the revocation was only removed from state.`);
  },
});
