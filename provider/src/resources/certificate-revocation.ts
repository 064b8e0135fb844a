// appviewx_certificate_revocation: revoke an X.509 certificate (PUT certificate/revoke, isSync, ttl).
// Read refreshes `cert_status` by search and drops a revocation whose certificate is live (the next
// plan revokes it); import by resource id, of a revoked certificate only; destroy only forgets it.
import { z } from 'zod';
import * as a from '../framework/attributes.js';
import type { Value } from '../framework/cty.js';
import { defineResource } from '../framework/definitions.js';
import type { GatewayClient } from '../gateway/index.js';
import { certificateIdentity, searchInput, validateCertificateIdentity } from './certificate-identity.js';
import { isNotFound, reportGatewayError } from './gateway-diagnostics.js';
import { nonEmpty, positiveWholeNumber } from './validators.js';

// After `terraform import` only the resource id is known; adopting the configured values then is
// not a change of revocation, so it must not plan a second revocation.
const replaceUnlessImported = (prior: Value) => prior !== null;
const KEY_COMPROMISE = /compromise/i;
const REVOKED = /^revoked$/i;
const REVOCATION_PENDING = /revo\w*\s+pending|pending\s+revo/i;
/** What an imported revocation records as its reason: the gateway does not say (RFC 5280's "unspecified"). */
const IMPORTED_REASON = 'Unspecified';

const attributes = {
  // Required
  reason: a.string({ mode: 'required', requiresReplace: (prior) => prior !== null && prior !== IMPORTED_REASON, validate: nonEmpty, description: 'Reason for revocation, e.g. `Superseded`, `Key compromised`.' }),
  // Optional
  resource_id: a.string({ mode: 'optional', requiresReplace: true, validate: nonEmpty, description: 'AppViewX resource id of the certificate; or give `common_name` + `serial_number`.' }),
  common_name: a.string({ mode: 'optional', requiresReplace: replaceUnlessImported, validate: nonEmpty, description: 'Common name of the certificate (with `serial_number`).' }),
  serial_number: a.string({ mode: 'optional', requiresReplace: replaceUnlessImported, validate: nonEmpty, description: 'Serial number of the certificate (with `common_name`).' }),
  comments: a.string({ mode: 'optional', requiresReplace: replaceUnlessImported, description: 'Comments for the revocation; required when the reason is key compromise.' }),
  sync: a.bool({ mode: 'optional-computed', default: true, requiresReplace: replaceUnlessImported, description: 'Revoke synchronously (`isSync`), overriding the approval policy; default true.' }),
  ttl: a.number({ mode: 'optional-computed', default: 300, requiresReplace: replaceUnlessImported, validate: positiveWholeNumber, description: 'Time to live of the response in seconds (`ttl`); default 300.' }),
  // Computed
  id: a.string({ mode: 'computed', description: 'Resource id of the revoked certificate.' }),
  request_id: a.string({ mode: 'computed', description: 'Work order request id.' }),
  cert_status: a.string({ mode: 'computed', description: 'Status of the certificate, refreshed by search (e.g. `Revoked`).' }),
  message: a.string({ mode: 'computed', description: 'The gateway\'s message.' }),
};

export const certificateRevocation = defineResource<typeof attributes, GatewayClient>({
  typeName: 'appviewx_certificate_revocation',
  description: 'Revokes an X.509 certificate (PUT certificate/revoke). Destroy only forgets it: revocation is permanent. A refresh that finds the certificate live again removes the revocation from state, so the next plan revokes it; only a revoked certificate can be imported.',
  attributes,
  timeouts: { create: '10m' },

  validate(config, diags) {
    validateCertificateIdentity(config, diags);
    const { reason, comments } = config;
    if (typeof reason === 'string' && KEY_COMPROMISE.test(reason) && comments === null) {
      diags.error('Comments required', `Revoking for "${reason}" needs \`comments\` (the CA requires them for key compromise).`, [{ attribute: 'comments' }]);
    }
  },

  async create({ client, plan, signal, deadline, diagnostics }) {
    try {
      const result = await client.revokeCertificate(
        { ...certificateIdentity(plan), reason: plan.reason ?? '', ...(plan.comments ? { comments: plan.comments } : {}) },
        // No stop signal on the revoke itself: once sent it must be recorded, not abandoned.
        { deadline, isSync: plan.sync !== false, ttl: plan.ttl ?? 300 },
      );
      let id = result.resourceId ?? plan.resource_id;
      if (!id) {
        const [record] = await client.searchCertificates(searchInput(plan), { signal, deadline }).catch(() => []);
        id = record?.resourceId ?? `${plan.common_name}/${plan.serial_number}`;
      }
      return { id, resource_id: plan.resource_id, request_id: result.requestId, cert_status: result.certStatus, message: result.message };
    } catch (err) {
      const at = plan.resource_id ? 'resource_id' : 'serial_number';
      reportGatewayError(diagnostics, 'Could not revoke the certificate', err, {
        NO_RECORDS_FOUND: [{ attribute: at }],
        INVALID_REQUEST: [{ attribute: at }],
        MANDATORY_FIELD_MISSING: [{ attribute: 'comments' }],
      });
      return undefined;
    }
  },

  // This resource stands for "the certificate is revoked": a certificate found live again is not.
  async read({ client, state, signal, diagnostics }) {
    const input = state.resource_id || state.id ? { resourceId: (state.resource_id ?? state.id) as string } : searchInput(state);
    const which = state.resource_id ?? state.id ?? `${state.common_name} / ${state.serial_number}`;
    // `reason` is required, so only an import leaves it null until this first read.
    const importing = state.reason === null;
    try {
      const [record] = await client.searchCertificates(input, { signal });
      if (!record) return null;
      const id = state.id ? {} : { id: record.resourceId };
      if (REVOKED.test(record.status ?? '') || REVOCATION_PENDING.test(record.status ?? '')) {
        // The gateway does not report why: an import records RFC 5280's "unspecified" (generated config stays valid).
        return { cert_status: record.status, ...id, ...(importing ? { reason: IMPORTED_REASON } : {}) };
      }
      if (importing) {
        diagnostics.error(
          'Certificate is not revoked',
          `Certificate ${which} (${record.commonName ?? 'no common name'}) has status "${record.status}": there is no revocation to import. ` +
            'Create the resource instead: remove the import block (or skip terraform import) and run terraform apply, which revokes it.',
        );
        return null;
      }
      diagnostics.warning(
        'Certificate is not revoked',
        `Certificate ${which} (${record.commonName ?? 'no common name'}) has status "${record.status}", although this revocation is in state. ` +
          'It was removed from state, so the next plan revokes it again.',
      );
      return null;
    } catch (err) {
      if (isNotFound(err)) {
        diagnostics.warning('Certificate not found', `The gateway no longer knows certificate ${which}; the revocation was removed from state.`);
        return null;
      }
      reportGatewayError(diagnostics, 'Could not refresh the certificate status', err);
      return {};
    }
  },

  async delete({ state, diagnostics }) {
    diagnostics.warning('Revocation is permanent', `Certificate ${state.id} stays revoked; the revocation was only removed from state.`);
  },

  importState(id, diags) {
    if (!id.trim()) {
      diags.error('Missing resource id', 'Import with the certificate\'s AppViewX resource id: terraform import appviewx_certificate_revocation.NAME <resource id>.');
      return undefined;
    }
    return { id: id.trim(), resource_id: id.trim() };
  },
});
