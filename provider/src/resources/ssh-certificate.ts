// appviewx_ssh_certificate: create signs a certificate (POST ssh/cert/create), destroy revokes it
// (POST ssh/cert/revoke, batched). The gateway documents no read of one SSH certificate, so read
// only refreshes what time changes: expiry and `ready_for_renewal` (the tls provider's convention).
// Import (CA_NAME/GROUP_NAME/SERIAL) adopts a certificate; its next plan replaces it.
import { z } from 'zod';
import * as a from '../framework/attributes.js';
import { isUnknown } from '../framework/cty.js';
import { defineResource } from '../framework/definitions.js';
import { parseDuration } from '../framework/duration.js';
import { type GatewayClient, isAlreadyGone } from '../gateway/index.js';
import { isGatewayCode, mayHaveBeenCarriedOut, reportGatewayError } from './gateway-diagnostics.js';
import { revocationBatcher } from './revocation-batcher.js';
import { revocationInputs, signingInputs, validityInputs, validityWindowInverted } from './ssh-certificate-inputs.js';
import { publicKeyFingerprint, toRfc3339 } from './validators.js';

const attributes = {
  // Required
  ...signingInputs,
  validity_value: validityInputs.validity_value,
  validity_unit: validityInputs.validity_unit,
  // Optional
  valid_from: validityInputs.valid_from,
  valid_to: validityInputs.valid_to,
  group_name: revocationInputs.group_name,
  revoke_on_destroy: a.bool({ mode: 'optional-computed', default: true, description: 'Revoke the certificate on destroy (default true); false only forgets it.' }),
  revocation_reason: a.string({ mode: 'optional', description: 'Reason sent when revoking on destroy.' }),
  renew_before: validityInputs.renew_before,
  // Computed
  id: a.string({ mode: 'computed', description: 'The certificate serial number.' }),
  serial_number: a.string({ mode: 'computed', description: 'Serial number, as the gateway reports it.' }),
  fingerprint: a.string({ mode: 'computed', description: 'SHA256 fingerprint of the certificate (`fingerPrint`).' }),
  raw_fingerprint: a.string({ mode: 'computed', description: 'Fingerprint with its key type, as ssh-keygen prints it (`rawFPString`).' }),
  signing_ca: a.string({ mode: 'computed', description: 'Fingerprint of the signing CA key (`signingCA`).' }),
  key_id: a.string({ mode: 'computed', description: 'Key id written into the certificate.' }),
  raw_cert_type: a.string({ mode: 'computed', description: 'Certificate type as OpenSSH names it (`rawCertType`).' }),
  certificate: a.string({ mode: 'computed', description: 'The OpenSSH certificate line, ready for `*-cert.pub`.' }),
  cert_status: a.string({ mode: 'computed', useStateForUnknown: true, description: 'Status: `Active` after signing, `Expired` once past `valid_to`.' }),
  extensions: a.boolMap({ mode: 'computed', description: 'Certificate extensions (e.g. permitPty) and whether they are granted.' }),
  ready_for_renewal: a.bool({ mode: 'computed', description: 'True when the certificate is expired or within `renew_before` of `valid_to`; refreshed on every read.' }),
};

const ATTRIBUTE_BY_CODE = {
  'ERR-SSH_NB-268': [{ attribute: 'public_key' }],
  'ERR-SSH_NB-267': [{ attribute: 'ca_name' }],
  'ERR-SSH-NB-350': [{ attribute: 'ca_name' }],
  'ERR-SSH_NB-263': [{ attribute: 'cert_type' }],
  'ERR-SSH_NB-264': [{ attribute: 'validity_value' }],
  'ERR-SSH_NB-266': [{ attribute: 'valid_from' }],
  'ERR-SSH_NB-269': [{ attribute: 'validity_value' }],
} as const;

type SignPlan = { public_key: string | null; certificate_identity: string | null; ca_name: string | null; group_name: string | null };

const SERIAL = /^\d+$/;
const IMPORT_ID_HINT = 'CA_NAME/GROUP_NAME/SERIAL, e.g. Default-Infra-Access-Group.user.ca/Default_Key_Group/3527182657550928';

/** The import block that adopts the certificate a key already has (Terraform >= 1.5). */
function importAdvice(plan: SignPlan, fingerprint: string): string {
  const id = `${plan.ca_name}/${plan.group_name ?? 'Default_Key_Group'}/SERIAL`;
  return (
    `To bring that certificate under terraform, find its serial number in AppViewX (SSH certificates of CA "${plan.ca_name}" with key fingerprint ${fingerprint}) and add this block next to the resource, ` +
    'with `to` set to the resource address named in this message ("with ..."), then apply again:\n\n' +
    `import {\n  to = appviewx_ssh_certificate.NAME\n  id = "${id}"\n}\n\n` +
    'The plan then replaces it: the adopted certificate is revoked and a new one is signed for the same key. ' +
    'Or revoke it outside terraform (or with an appviewx_ssh_certificate_revocation) and apply again.'
  );
}

/** Who signed: the resource adopts a certificate by import; an ephemeral one cannot, so it revokes. */
export type Signer = 'resource' | 'ephemeral';

/** What to do with a certificate the key already has, for a resource or an ephemeral resource. */
function remedy(signer: Signer, plan: SignPlan, fingerprint: string): string {
  if (signer === 'resource') return importAdvice(plan, fingerprint);
  return (
    `Find it in AppViewX among the SSH certificates of CA "${plan.ca_name}" by key fingerprint ${fingerprint} and revoke it there ` +
    `(or with an appviewx_ssh_certificate_revocation of its serial in group "${plan.group_name ?? 'Default_Key_Group'}"), or use another key pair; then run again. ` +
    'If an appviewx_ssh_certificate resource holds it, revoking it makes that resource\'s next apply sign a new one.'
  );
}

/** What to do after a failed sign: name the key so no certificate is left that nobody knows about. */
export function signFailureAdvice(err: unknown, plan: SignPlan, signer: Signer = 'resource'): string {
  const fingerprint = publicKeyFingerprint(plan.public_key ?? '');
  if (isGatewayCode(err, 'ERR-SSH_NB-268')) {
    const lead = mayHaveBeenCarriedOut(err)
      ? `The gateway signed a certificate for public key ${fingerprint} (identity "${plan.certificate_identity}", CA "${plan.ca_name}"), but its answer was lost on the way, so ` +
        (signer === 'resource' ? 'it is not in state.' : 'terraform never received it and will not revoke it.')
      : signer === 'resource'
        ? `Public key ${fingerprint} already has a valid certificate. If this is a replacement with lifecycle { create_before_destroy = true } and an unchanged key, ` +
          'the gateway refuses a second certificate for one key: use a new key pair, or remove create_before_destroy so terraform revokes the old certificate first (the default). ' +
          'If the certificate was signed outside this configuration (or by an apply whose answer was lost), adopt it.'
        : `Public key ${fingerprint} already has a valid certificate, and the gateway signs one valid certificate per key. ` +
          'It was signed by an appviewx_ssh_certificate resource, by another run (or an opening whose answer was lost), or outside terraform.';
    return `${lead}\n\n${remedy(signer, plan, fingerprint)}`;
  }
  if (mayHaveBeenCarriedOut(err)) {
    const lead = `The gateway may have signed a certificate for public key ${fingerprint} (identity "${plan.certificate_identity}", CA "${plan.ca_name}") before the connection failed. `;
    return signer === 'resource'
      ? lead +
          `Look for it in AppViewX among the SSH certificates of that CA by key fingerprint ${fingerprint}. If it exists, adopt it or revoke it; the next apply otherwise fails with ERR-SSH_NB-268.\n\n${importAdvice(plan, fingerprint)}`
      : `${lead}If it did, the next run fails with ERR-SSH_NB-268 until that certificate is revoked or expires.\n\n${remedy(signer, plan, fingerprint)}`;
  }
  return `Public key: ${fingerprint}.`;
}

function readyForRenewal(validTo: string | null, renewBefore: string | null, now: number): boolean {
  const end = validTo ? Date.parse(validTo) : NaN;
  if (Number.isNaN(end)) return false;
  return end - (renewBefore ? (parseDuration(renewBefore) ?? 0) : 0) <= now;
}

export const sshCertificate = defineResource<typeof attributes, GatewayClient>({
  typeName: 'appviewx_ssh_certificate',
  description: 'An SSH certificate signed by an AppViewX SSH CA. Create signs it; destroy revokes it (batched with other destroys). Import by `CA_NAME/GROUP_NAME/SERIAL` adopts a certificate signed elsewhere; the next plan replaces it.',
  attributes,
  timeouts: { create: '5m', delete: '5m' },

  validate(config, diags) {
    const { valid_from: from, valid_to: to } = config;
    if (typeof from === 'string' && typeof to === 'string' && validityWindowInverted(from, to)) {
      diags.error('valid_from is after valid_to', `valid_from (${from}) must not be later than valid_to (${to}); swap them or remove one.`, [{ attribute: 'valid_from' }]);
    }
  },

  plan({ prior, config, planned, requireReplace, now }) {
    if (!prior) return;
    const renewBefore = isUnknown(config.renew_before) ? null : config.renew_before;
    const due = prior.ready_for_renewal === true || readyForRenewal(prior.valid_to, renewBefore, now);
    planned.ready_for_renewal = due;
    if (due) requireReplace('ready_for_renewal');
  },

  async create({ client, plan, deadline, diagnostics }) {
    const publicKey = (plan.public_key ?? '').trim();
    try {
      const cert = await client.createSshCertificate(
        {
          publicKey,
          validityValue: plan.validity_value ?? 0,
          validityUnit: plan.validity_unit ?? '',
          certificateIdentity: plan.certificate_identity ?? '',
          caName: plan.ca_name ?? '',
          principals: plan.principals ?? [],
          certType: plan.cert_type === 'Host' ? 'Host' : 'User',
          ...(plan.valid_from ? { validFrom: Date.parse(plan.valid_from) } : {}),
          ...(plan.valid_to ? { validTo: Date.parse(plan.valid_to) } : {}),
        },
        // No stop signal: cancelling a sent create could leave a signed certificate nobody knows
        // about. On Ctrl-C terraform waits for it; the deadline still bounds it.
        { deadline },
      );
      const validTo = toRfc3339(cert.validTo);
      return {
        id: cert.serialNumber,
        serial_number: cert.serialNumber,
        fingerprint: cert.fingerPrint,
        raw_fingerprint: cert.rawFPString,
        signing_ca: cert.signingCA,
        key_id: cert.keyId,
        raw_cert_type: cert.rawCertType,
        certificate: cert.certContent,
        cert_status: cert.certStatus,
        extensions: cert.extensions,
        valid_from: toRfc3339(cert.validFrom),
        valid_to: validTo,
        ready_for_renewal: readyForRenewal(validTo, plan.renew_before, Date.now()),
      };
    } catch (err) {
      reportGatewayError(diagnostics, 'Could not sign the SSH certificate', err, ATTRIBUTE_BY_CODE, signFailureAdvice(err, plan));
      return undefined;
    }
  },

  // Adopts a certificate signed elsewhere (or orphaned by a lost answer). The gateway documents no
  // lookup of an SSH certificate, so state records only what the id says; the next plan replaces it.
  importState(id, diags) {
    const parts = id.trim().split('/');
    const serial = parts.pop() ?? '';
    const group = parts.pop() ?? '';
    const ca = parts.join('/');
    if (!ca || !group || !SERIAL.test(serial)) {
      diags.error('Invalid import id', `Import an SSH certificate by ${IMPORT_ID_HINT} (the serial number in decimal, as AppViewX shows it); got ${JSON.stringify(id)}.`);
      return undefined;
    }
    return { id: serial, serial_number: serial, ca_name: ca, group_name: group, revoke_on_destroy: true };
  },

  async read({ state }) {
    const expired = state.valid_to !== null && Date.parse(state.valid_to) <= Date.now();
    return {
      ready_for_renewal: readyForRenewal(state.valid_to, state.renew_before, Date.now()),
      ...(expired && state.cert_status === 'Active' ? { cert_status: 'Expired' } : {}),
    };
  },

  async delete({ client, state, deadline, diagnostics }) {
    if (state.revoke_on_destroy === false) {
      diagnostics.warning('SSH certificate not revoked', `revoke_on_destroy is false: certificate ${state.serial_number} stays valid until ${state.valid_to}; it was only removed from state.`);
      return;
    }
    const batcher = revocationBatcher(client);
    try {
      const outcome = await batcher.revoke(
        {
          caName: state.ca_name ?? '',
          groupName: state.group_name ?? 'Default_Key_Group',
          serialNumber: state.serial_number ?? state.id ?? '',
          ...(state.revocation_reason ? { reason: state.revocation_reason } : {}),
        },
        deadline,
      );
      if (outcome.revoked) return;
      if (isAlreadyGone(outcome)) {
        diagnostics.warning('SSH certificate already revoked or unknown', `The gateway reports for certificate ${state.serial_number}: ${outcome.error}. It was removed from state.`);
        return;
      }
      diagnostics.error(
        'Could not revoke the SSH certificate',
        `The gateway refused to revoke certificate ${state.serial_number} (CA "${state.ca_name}", group "${state.group_name}"): ${outcome.error}. It stays in state; fix the cause and destroy again.`,
      );
    } catch (err) {
      reportGatewayError(diagnostics, 'Could not revoke the SSH certificate', err, {}, `Certificate ${state.serial_number} (CA "${state.ca_name}") stays in state; destroy again once the cause is fixed.`);
    }
  },
});
