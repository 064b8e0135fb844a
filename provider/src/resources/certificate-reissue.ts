// appviewx_certificate_reissue: an async reissue work order (PUT certificate/action, action Reissue).
// Create triggers it (and optionally waits for the new certificate); read refreshes its status by
// search; destroy only forgets it: a reissued certificate cannot be un-issued.
import { z } from 'zod';
import * as a from '../framework/attributes.js';
import { isUnknown } from '../framework/cty.js';
import { defineResource } from '../framework/definitions.js';
import type { GatewayClient } from '../gateway/index.js';
import { certificateIdentity, validateCertificateIdentity } from './certificate-identity.js';
import { isNotFound, reportGatewayError } from './gateway-diagnostics.js';
import { nonEmpty, oneOf } from './validators.js';

const FORMATS = oneOf(['CRT', 'CERT', 'CER', 'PEM', 'DER', 'DERCER', 'P7B', 'P7C', 'PK8', 'PK12', 'PFX', 'JKS'] as const);
const PASSWORD_FORMATS = ['PK12', 'PFX', 'JKS'];
const CSR_CATEGORIES = oneOf(['Server', 'Client', 'Code Signing'] as const);
const POLL_MS = 1000;

const attributes = {
  // Required
  reason: a.string({ mode: 'required', requiresReplace: true, validate: nonEmpty, description: 'Reason for the reissue, e.g. `Superseded`.' }),
  // Optional
  resource_id: a.string({ mode: 'optional', requiresReplace: true, validate: nonEmpty, description: 'AppViewX resource id of the certificate; or give `common_name` + `serial_number`.' }),
  common_name: a.string({ mode: 'optional', requiresReplace: true, validate: nonEmpty, description: 'Common name of the certificate (with `serial_number` or `resource_id`).' }),
  serial_number: a.string({ mode: 'optional', requiresReplace: true, validate: nonEmpty, description: 'Serial number of the certificate (with `common_name`).' }),
  auto_approval: a.bool({ mode: 'optional', requiresReplace: true, description: 'Sent as the `autoApproval` query parameter when set; the gateway approves automatically when it is omitted.' }),
  certificate_format: a.object(
    {
      format: a.string({ mode: 'required', validate: FORMATS.validate, description: FORMATS.describe('Download format.') }),
      password_wo: a.string({ mode: 'optional', sensitive: true, writeOnly: true, description: 'Password of the PK12/PFX/JKS file (required for those). Write-only: never stored in plan or state.' }),
      password_wo_version: a.number({ mode: 'optional', description: 'Change this number to reissue with a new `password_wo`.' }),
    },
    { mode: 'optional', requiresReplace: true, description: 'Certificate format and access details (`certificateFormat`).' },
  ),
  csr: a.object(
    {
      category: a.string({ mode: 'required', validate: CSR_CATEGORIES.validate, description: CSR_CATEGORIES.describe('Certificate category.') }),
      content: a.string({ mode: 'required', sensitive: true, writeOnly: true, validate: z.string().includes('BEGIN', { message: 'must be a PEM certificate signing request' }), description: 'PEM CSR. Write-only: never stored in plan or state; change `triggers` to reissue with a new CSR.' }),
    },
    { mode: 'optional', requiresReplace: true, description: 'CSR to enroll with, sent as `uploadCSRDetails`.' },
  ),
  triggers: a.stringMap({ mode: 'optional', requiresReplace: true, description: 'Any change of these values reissues again.' }),
  wait_for_issuance: a.bool({ mode: 'optional-computed', default: false, description: 'Wait, within `timeouts.create`, until the new certificate exists (default false).' }),
  // Computed
  id: a.string({ mode: 'computed', description: 'Work order request id.' }),
  request_id: a.string({ mode: 'computed', description: 'Work order request id (`requestId`).' }),
  issued_resource_id: a.string({ mode: 'computed', description: 'Resource id of the certificate record the reissue creates.' }),
  message: a.string({ mode: 'computed', description: 'The gateway\'s message.' }),
  status: a.string({ mode: 'computed', useStateForUnknown: true, description: 'Status of the new certificate by search, `Pending` until it exists.' }),
};

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)), { once: true });
  });

export const certificateReissue = defineResource<typeof attributes, GatewayClient>({
  typeName: 'appviewx_certificate_reissue',
  description: 'Reissues an X.509 certificate through an async work order (PUT certificate/action). Destroy only forgets it.',
  attributes,
  timeouts: { create: '10m' },

  validate(config, diags) {
    validateCertificateIdentity(config, diags);
    const format = config.certificate_format;
    if (format && !isUnknown(format) && typeof format.format === 'string' && PASSWORD_FORMATS.includes(format.format) && format.password_wo === null) {
      diags.error('Password required', `Format ${format.format} needs a password: set certificate_format.password_wo (write-only).`, [
        { attribute: 'certificate_format' },
        { attribute: 'password_wo' },
      ]);
    }
  },

  async create({ client, plan, signal, deadline, diagnostics }) {
    const format = plan.certificate_format;
    const csr = plan.csr;
    let result;
    try {
      result = await client.reissueCertificate(
        {
          ...certificateIdentity(plan),
          reason: plan.reason ?? '',
          ...(format ? { certificateFormat: { format: format.format ?? '', ...(format.password_wo ? { password: format.password_wo } : {}) } } : {}),
          ...(csr ? { uploadCSRDetails: { category: csr.category ?? '', csrContent: csr.content ?? '' } } : {}),
        },
        // No stop signal on the non-idempotent call (a cancelled reissue may exist unrecorded); the
        // wait for issuance below does honour it, and keeps the work order in state when stopped.
        { deadline, retryOpenWorkOrders: true, ...(plan.auto_approval !== null ? { autoApproval: plan.auto_approval } : {}) },
      );
    } catch (err) {
      reportGatewayError(diagnostics, 'Could not reissue the certificate', err, {
        NO_RECORDS_FOUND: [{ attribute: plan.resource_id ? 'resource_id' : 'serial_number' }],
        INVALID_REQUEST: [{ attribute: plan.resource_id ? 'resource_id' : 'common_name' }],
        'CERT-VWF-0006': [{ attribute: plan.resource_id ? 'resource_id' : 'common_name' }],
      });
      return undefined;
    }
    const state = { id: result.requestId, request_id: result.requestId, issued_resource_id: result.resourceId, message: result.message, status: 'Pending' };
    if (!plan.wait_for_issuance) return state;
    // The work order exists now: whatever happens while waiting, it must be kept in state.
    try {
      for (;;) {
        const found = await client.searchCertificates({ resourceId: result.resourceId }, { signal, deadline }).catch((e) => (isNotFound(e) ? [] : Promise.reject(e)));
        const record = found[0];
        if (record && record.status && !/pending/i.test(record.status)) return { ...state, status: record.status };
        if (Date.now() + POLL_MS > deadline) throw new Error('the create timeout passed');
        await sleep(POLL_MS, signal);
      }
    } catch (err) {
      diagnostics.error(
        'Reissue requested, but the new certificate did not appear',
        `Work order ${result.requestId} was created (new certificate record ${result.resourceId}), but waiting for issuance failed: ${err instanceof Error ? err.message : String(err)}. ` +
          'If the work order needs approval, approve it in AppViewX; the reissue is kept in state (tainted).',
      );
      return state;
    }
  },

  async read({ client, state, signal, diagnostics }) {
    if (!state.issued_resource_id) return {};
    try {
      const [record] = await client.searchCertificates({ resourceId: state.issued_resource_id }, { signal });
      return { status: record?.status ?? 'Pending' };
    } catch (err) {
      if (isNotFound(err)) return { status: 'Pending' };
      reportGatewayError(diagnostics, 'Could not refresh the reissued certificate', err);
      return {};
    }
  },

  async delete() {
    // Nothing to call: a reissued certificate cannot be un-issued; destroy only forgets the work order.
  },
});
