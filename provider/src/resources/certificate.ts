// appviewx_certificate: enrolls an X.509 certificate (POST certificate/create), keeps its PEM and
// chain in state, plans a replacement before it expires, and revokes it on destroy. From a CSR the
// key never leaves the user; otherwise AppViewX generates the key and, on request, hands it over
// encrypted with a one-time or write-only password, decrypted here with node:crypto.
import { createPrivateKey, randomBytes, X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import { z } from 'zod';
import * as a from '../framework/attributes.js';
import { isUnknown, type Value } from '../framework/cty.js';
import { defineResource } from '../framework/definitions.js';
import type { Diagnostics } from '../framework/diagnostics.js';
import { DURATION_HINT, parseDuration } from '../framework/duration.js';
import { BIT_LENGTHS, type CertificateCreateRequest, GatewayError, type GatewayClient, VALIDITY_UNITS } from '../gateway/index.js';
import { waitForIssuance } from './certificate-issuance.js';
import { describeGatewayError, isNotFound, mayHaveBeenCarriedOut } from './gateway-diagnostics.js';
import { nonEmpty, oneOf, positiveWholeNumber } from './validators.js';
import { certificateFacts, csrPem, splitChain } from './x509-pem.js';

const KEY_TYPES = oneOf(['RSA', 'EC'] as const);
const HASHES = oneOf(['SHA256', 'SHA384', 'SHA512'] as const);
const UNITS = oneOf(VALIDITY_UNITS);
// The revoke page's reasons (Entrust table) and the official provider's list.
const REASONS = oneOf(['Unspecified', 'Key compromise', 'Key compromised', 'CA compromise', 'Affiliation Changed', 'Superseded', 'Cessation of operation'] as const);
const NEEDS_COMMENTS = /compromise/i;
const renewWindow = z.string().refine((s) => parseDuration(s) !== undefined, { message: `must be ${DURATION_HINT}` });
const ipAddress = z.string().refine((s) => isIP(s) !== 0, { message: 'must be an IPv4 or IPv6 address' });
/** Surrounding whitespace (a trailing newline from file()) is not a change of CSR. */
const sameText = (x: Value, y: Value) => typeof x === 'string' && typeof y === 'string' && x.trim() === y.trim();

const attributes = {
  // Required
  certificate_authority: a.string({ mode: 'required', validate: nonEmpty, description: 'CA that issues the certificate (`certificateAuthority`), e.g. `AppViewX`, `DigiCert`, `Microsoft Enterprise`.' }),
  // Optional: what to certify, a CSR or a subject
  csr_pem: a.string({ mode: 'optional', validate: csrPem, description: 'PEM certificate signing request (recommended): the private key never leaves you and never enters state. Conflicts with `common_name`.' }),
  common_name: a.string({ mode: 'optional-computed', validate: nonEmpty, description: 'Common name, for a key that AppViewX generates. After apply: the certificate\'s common name.' }),
  dns_names: a.stringList({ mode: 'optional', validate: z.array(nonEmpty), description: 'DNS subject alternative names (with `common_name`).' }),
  ip_addresses: a.stringList({ mode: 'optional', validate: z.array(ipAddress), description: 'IP subject alternative names (with `common_name`).' }),
  key_type: a.string({ mode: 'optional-computed', validate: KEY_TYPES.validate, description: KEY_TYPES.describe('Key type AppViewX generates (with `common_name`; default `RSA`). After apply: the certificate\'s key type.') }),
  bit_length: a.number({ mode: 'optional-computed', validate: positiveWholeNumber, description: `Key size: ${BIT_LENGTHS.RSA.join('/')} for RSA (default 2048), ${BIT_LENGTHS.EC.join('/')} for EC (default 256).` }),
  hash_function: a.string({ mode: 'optional', validate: HASHES.validate, description: HASHES.describe('Signature hash (with `common_name`; default `SHA256`).') }),
  download_private_key: a.bool({ mode: 'optional-computed', default: false, description: 'Download the key AppViewX generated into `private_key_pem` (default false). Not possible with `csr_pem`.' }),
  private_key_password_wo: a.string({ mode: 'optional', sensitive: true, writeOnly: true, description: 'Password the key is encrypted with on its way from AppViewX; without it the provider makes a one-time one. Write-only: never stored in plan or state.' }),
  private_key_password_wo_version: a.number({ mode: 'optional', description: 'Change this number to download the key again with a new `private_key_password_wo`.' }),
  // Optional: how AppViewX issues it
  ca_setting_name: a.string({ mode: 'optional', description: 'CA setting (`caSettingName`).' }),
  certificate_type: a.string({ mode: 'optional', description: 'CA-specific product (`certificateType`).' }),
  certificate_group: a.string({ mode: 'optional-computed', description: 'AppViewX certificate group; AppViewX uses `Default` when unset.' }),
  validity: a.object(
    {
      value: a.number({ mode: 'required', validate: positiveWholeNumber, description: 'Validity length, in `unit`s.' }),
      unit: a.string({ mode: 'required', validate: UNITS.validate, description: UNITS.describe('Unit of `value`.') }),
    },
    { mode: 'optional', description: 'Requested validity; the CA\'s default when unset.' },
  ),
  custom_attributes: a.stringMap({ mode: 'optional', description: 'Custom certificate attributes (`certAttributes`).' }),
  vendor_specific_details: a.stringMap({ mode: 'optional', description: 'CA-specific fields (`vendorSpecificDetails`), e.g. `templateName` for a Microsoft CA.' }),
  sync: a.bool({ mode: 'optional-computed', default: true, description: 'Ask for the certificate synchronously (`isSync`, default true). Either way the apply waits, within `timeouts.create`, until it is issued.' }),
  renew_before: a.string({ mode: 'optional', validate: renewWindow, description: `When the certificate is within this of \`not_after\`, plans replace it; ${DURATION_HINT}.` }),
  revoke_on_destroy: a.bool({ mode: 'optional-computed', default: true, description: 'Revoke the certificate on destroy (default true); false only forgets it.' }),
  revocation_reason: a.string({ mode: 'optional-computed', default: 'Superseded', validate: REASONS.validate, description: REASONS.describe('Reason sent when revoking on destroy (default `Superseded`).') }),
  revocation_comments: a.string({ mode: 'optional', description: 'Comments sent when revoking; required for the compromise reasons.' }),
  // Computed
  id: a.string({ mode: 'computed', description: 'The AppViewX resource id.' }),
  resource_id: a.string({ mode: 'computed', description: 'The AppViewX resource id (`resourceId`); import by it.' }),
  request_id: a.string({ mode: 'computed', description: 'Request id of the enrollment work order.' }),
  serial_number: a.string({ mode: 'computed', description: 'Serial number, colon-separated hex.' }),
  certificate_pem: a.string({ mode: 'computed', description: 'The certificate (leaf only), PEM.' }),
  ca_chain_pem: a.string({ mode: 'computed', description: 'The issuing CA chain, PEM, nearest CA first.' }),
  private_key_pem: a.string({ mode: 'computed', sensitive: true, description: 'The key AppViewX generated, unencrypted PKCS#8 PEM; only with `download_private_key`. Prefer `csr_pem`, which keeps every key out of state.' }),
  issuer: a.string({ mode: 'computed', description: 'Issuer distinguished name.' }),
  not_before: a.string({ mode: 'computed', description: 'Start of validity (RFC 3339), from the PEM.' }),
  not_after: a.string({ mode: 'computed', description: 'End of validity (RFC 3339), from the PEM.' }),
  status: a.string({ mode: 'computed', description: 'Status in AppViewX, e.g. `Issued`.' }),
  ready_for_renewal: a.bool({ mode: 'computed', description: 'True when the certificate is expired or within `renew_before` of `not_after`; refreshed on every read.' }),
};

/** Inputs that make a new certificate when they change. A value only adopted after import (prior null) does not. */
const CERTIFYING = ['certificate_authority', 'csr_pem', 'common_name', 'dns_names', 'ip_addresses', 'key_type', 'bit_length', 'hash_function', 'download_private_key', 'ca_setting_name', 'certificate_type', 'certificate_group', 'validity', 'custom_attributes', 'vendor_specific_details'] as const;
/** The create body's field names (MANDATORY_FIELD_MISSING "- <field>") and the attribute each comes from. */
const ATTRIBUTE_BY_FIELD: Record<string, string> = { caConnectorInfo: 'certificate_authority', certificateAuthority: 'certificate_authority', csrContent: 'csr_pem', commonName: 'common_name', keyType: 'key_type', bitLength: 'bit_length', hashFunction: 'hash_function', validityUnitValue: 'validity', validityUnit: 'validity', validityInDays: 'validity', password: 'private_key_password_wo' };

function readyForRenewal(notAfter: string | null, renewBefore: string | null, now: number): boolean {
  const end = notAfter ? Date.parse(notAfter) : NaN;
  if (Number.isNaN(end)) return false;
  return end - (renewBefore ? (parseDuration(renewBefore) ?? 0) : 0) <= now;
}

function reportError(diags: Diagnostics, summary: string, err: unknown, extra = ''): void {
  const field = err instanceof GatewayError && err.appStatusCode === 'MANDATORY_FIELD_MISSING' ? /- ([A-Za-z]+)\.?$/.exec(err.gatewayMessage ?? '')?.[1] : undefined;
  const attribute = field ? ATTRIBUTE_BY_FIELD[field] : undefined;
  diags.error(summary, [describeGatewayError(err), extra].filter(Boolean).join('\n\n'), attribute ? [{ attribute }] : undefined);
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** PEM, chain and the facts read from them, after download/format (PEM with chain). */
async function downloaded(client: GatewayClient, resourceId: string, options: { signal: AbortSignal; deadline: number }) {
  const file = (await client.downloadCertificate({ resourceId, format: 'PEM', isChainRequired: true }, options)).toString('utf8');
  const pems = splitChain(file);
  if (!pems) throw new Error(`certificate/download/format for resource id ${resourceId} returned no PEM certificate`);
  const facts = certificateFacts(pems.leaf);
  return { certificate_pem: pems.leaf, ca_chain_pem: pems.chain, serial_number: facts.serialNumber, issuer: facts.issuer, not_before: facts.notBefore, not_after: facts.notAfter, common_name: facts.commonName, key_type: facts.keyType, bit_length: facts.bitLength };
}

/** The key AppViewX generated, decrypted here: the password only protects it on the way. */
async function privateKey(client: GatewayClient, resourceId: string, certificatePem: string, password: string | null, options: { signal: AbortSignal; deadline: number }): Promise<string> {
  const [record] = await client.searchCertificates({ resourceId }, options);
  if (!record?.uuid) throw new Error(`certificate/search gave no uuid for resource id ${resourceId}, which the key download needs`);
  const secret = password ?? randomBytes(24).toString('base64url');
  const encrypted = await client.downloadPrivateKey({ uuId: record.uuid, password: secret }, { deadline: options.deadline });
  const key = createPrivateKey({ key: encrypted, format: 'pem', passphrase: secret });
  if (!new X509Certificate(certificatePem).checkPrivateKey(key)) throw new Error(`the downloaded private key does not belong to certificate ${resourceId}`);
  return key.export({ type: 'pkcs8', format: 'pem' }).toString();
}

export const certificate = defineResource<typeof attributes, GatewayClient>({
  typeName: 'appviewx_certificate',
  description:
    'An X.509 certificate enrolled through AppViewX (POST certificate/create), from a CSR or with a key AppViewX generates. ' +
    'Plans replace it before it expires (`renew_before`); destroy revokes it. Use `lifecycle { create_before_destroy = true }` to rotate without downtime: the new certificate is issued before the old one is revoked.',
  attributes,
  timeouts: { create: '10m', delete: '5m' },

  validate(config, diags) {
    const { csr_pem: csr, common_name: cn } = config;
    if (!isUnknown(csr) && !isUnknown(cn)) {
      if (csr !== null && cn !== null) diags.error('Conflicting attributes', 'Set `csr_pem` or `common_name`, not both: with a CSR the subject comes from the CSR.', [{ attribute: 'common_name' }]);
      if (csr === null && cn === null) diags.error('What to certify?', 'Set `csr_pem` (recommended: the key stays with you), or `common_name` for a key that AppViewX generates.', [{ attribute: 'csr_pem' }]);
    }
    if (csr !== null && !isUnknown(csr)) {
      for (const name of ['dns_names', 'ip_addresses', 'key_type', 'bit_length', 'hash_function'] as const) {
        if (config[name] !== null) diags.error('Conflicting attributes', `\`${name}\` describes a key that AppViewX generates; with \`csr_pem\` the CSR says it. Remove \`${name}\`.`, [{ attribute: name }]);
      }
      if (config.download_private_key === true) diags.error('No private key to download', 'With `csr_pem` the private key is yours and AppViewX never has it: remove `download_private_key`.', [{ attribute: 'download_private_key' }]);
    }
    const keyType = config.key_type === null ? 'RSA' : config.key_type;
    const bits = config.bit_length;
    if (typeof keyType === 'string' && typeof bits === 'number' && (keyType === 'RSA' || keyType === 'EC') && !BIT_LENGTHS[keyType].includes(bits)) {
      diags.error('Invalid value for bit_length', `bit_length ${bits} is not offered for ${keyType} keys: use one of ${BIT_LENGTHS[keyType].join(', ')}.`, [{ attribute: 'bit_length' }]);
    }
    const reason = config.revocation_reason;
    if (typeof reason === 'string' && NEEDS_COMMENTS.test(reason) && config.revocation_comments === null && config.revoke_on_destroy !== false) {
      diags.error('Comments required', `Revoking for "${reason}" needs \`revocation_comments\` (the CA requires them for compromise).`, [{ attribute: 'revocation_comments' }]);
    }
  },

  plan({ prior, config, planned, requireReplace, now }) {
    if (!prior) return;
    // Imported certificates have no request id: values the gateway could not report are adopted, not replaced.
    const imported = prior.request_id === null;
    for (const name of CERTIFYING) {
      const before = prior[name] as Value;
      const after = planned[name] as Value;
      if (isUnknown(after)) requireReplace(name);
      else if (before === null && imported) continue;
      else if (name === 'csr_pem' ? !sameText(before, after) && !(before === null && after === null) : JSON.stringify(before) !== JSON.stringify(after)) requireReplace(name);
    }
    const renewBefore = isUnknown(config.renew_before) ? null : config.renew_before;
    const due = prior.ready_for_renewal === true || readyForRenewal(prior.not_after, renewBefore, now);
    planned.ready_for_renewal = due;
    if (due) requireReplace('ready_for_renewal');
  },

  async create({ client, plan, signal, deadline, diagnostics }) {
    const subject = plan.csr_pem
      ? undefined
      : {
          commonName: plan.common_name ?? '',
          dnsNames: plan.dns_names ?? [],
          ipAddresses: plan.ip_addresses ?? [],
          keyType: plan.key_type === 'EC' ? ('EC' as const) : ('RSA' as const),
          bitLength: plan.bit_length ?? (plan.key_type === 'EC' ? 256 : 2048),
          hashFunction: plan.hash_function ?? 'SHA256',
        };
    const request: CertificateCreateRequest = {
      certificateAuthority: plan.certificate_authority ?? '',
      caSettingName: plan.ca_setting_name ?? '',
      certificateType: plan.certificate_type ?? '',
      certificateGroup: plan.certificate_group ?? '',
      ...(plan.validity ? { validity: { value: plan.validity.value ?? 0, unit: (plan.validity.unit ?? 'days') as 'days' } } : {}),
      ...(plan.custom_attributes ? { customAttributes: plan.custom_attributes } : {}),
      ...(plan.vendor_specific_details ? { vendorSpecificDetails: plan.vendor_specific_details } : {}),
      ...(plan.csr_pem ? { csrPem: plan.csr_pem.trim() } : { subject }),
    };
    const what = subject ? `common name "${subject.commonName}"` : 'the CSR\'s subject';
    let created;
    try {
      // No stop signal: a cancelled create may leave a certificate nobody knows about. The deadline still bounds it.
      created = await client.createCertificate(request, { deadline, isSync: plan.sync !== false, retryOpenWorkOrders: true });
    } catch (err) {
      reportError(diagnostics, 'Could not request the certificate', err, mayHaveBeenCarriedOut(err) ? `The request for ${what} may have been made (request id unknown: no answer arrived). Look in AppViewX for a certificate or work order for ${what} before applying again, and import or revoke it.` : '');
      return undefined;
    }
    const { resourceId, requestId } = created;
    const ids = `request id ${requestId ?? '(none given)'}, resource id ${resourceId}`;
    const base = { id: resourceId, resource_id: resourceId, request_id: requestId ?? '', status: 'Issued', private_key_pem: null, ready_for_renewal: false };
    if (!created.certificateContent) {
      let outcome;
      try {
        outcome = await waitForIssuance(client, { requestId, resourceId }, signal, deadline);
      } catch (err) {
        outcome = { issued: false as const, reason: `checking on it failed: ${describeGatewayError(err)}` };
      }
      if (!outcome.issued) {
        diagnostics.error(
          'Certificate requested, but not issued',
          `AppViewX accepted the request for ${what} (${ids}), but ${outcome.reason}. ` +
            `If the work order waits for approval, approve it in AppViewX, then adopt the certificate with \`terraform import <address> ${resourceId}\` (or raise timeouts.create and apply again after rejecting work order ${requestId}).`,
        );
        return undefined;
      }
    }
    let pem;
    try {
      pem = await downloaded(client, resourceId, { signal, deadline });
    } catch (err) {
      // The certificate exists: keep it in state (tainted) so it is revoked, not lost.
      diagnostics.error('Certificate issued, but its PEM could not be downloaded', `Certificate ${ids} was issued; downloading it failed: ${describeGatewayError(err)}. It is kept in state and will be replaced.`);
      return base;
    }
    const state = { ...base, ...pem, ready_for_renewal: readyForRenewal(pem.not_after, plan.renew_before, Date.now()) };
    if (!plan.download_private_key) return state;
    try {
      return { ...state, private_key_pem: await privateKey(client, resourceId, pem.certificate_pem, plan.private_key_password_wo, { signal, deadline }) };
    } catch (err) {
      reportError(diagnostics, 'Certificate issued, but its private key could not be downloaded', err, `Certificate ${ids} is kept in state (tainted) and will be replaced on the next apply.`);
      return state;
    }
  },

  async read({ client, state, signal, deadline, diagnostics }) {
    const id = state.resource_id ?? state.id ?? '';
    const name = `${state.common_name ?? 'certificate'} (resource id ${id}${state.serial_number ? `, serial ${state.serial_number}` : ''})`;
    let record;
    try {
      [record] = await client.searchCertificates({ resourceId: id }, { signal, deadline });
    } catch (err) {
      if (!isNotFound(err)) return reportError(diagnostics, 'Could not read the certificate', err), {};
    }
    if (!record || /revoked/i.test(record.status ?? '')) {
      diagnostics.warning(
        record ? 'Certificate revoked outside terraform' : 'Certificate gone from AppViewX',
        `${name} ${record ? 'was revoked' : 'no longer exists in AppViewX'}; it was removed from state, so the next apply enrolls a new one.`,
      );
      return null;
    }
    let pem = {};
    if (state.certificate_pem === null) {
      try {
        pem = await downloaded(client, id, { signal, deadline });
      } catch (err) {
        return reportError(diagnostics, 'Could not download the certificate', err), {};
      }
    }
    const notAfter = 'not_after' in pem ? (pem.not_after as string | null) : state.not_after;
    return { ...pem, id, resource_id: id, status: record.status, certificate_group: record.group ?? state.certificate_group, certificate_authority: state.certificate_authority ?? record.certificateAuthority, ready_for_renewal: readyForRenewal(notAfter, state.renew_before, Date.now()) };
  },

  async update({ client, prior, plan, signal, deadline, diagnostics }) {
    // Only state-only settings reach here (everything that certifies replaces); a new password version downloads the key again.
    if (!plan.download_private_key || plan.private_key_password_wo_version === prior.private_key_password_wo_version || !plan.certificate_pem || !plan.resource_id) return {};
    try {
      return { private_key_pem: await privateKey(client, plan.resource_id, plan.certificate_pem, plan.private_key_password_wo, { signal, deadline }) };
    } catch (err) {
      reportError(diagnostics, 'Could not download the private key again', err);
      return undefined;
    }
  },

  async delete({ client, state, deadline, signal, diagnostics }) {
    const id = state.resource_id ?? state.id ?? '';
    const name = `${state.common_name ?? 'certificate'} (resource id ${id}, serial ${state.serial_number})`;
    if (state.revoke_on_destroy === false) {
      diagnostics.warning('Certificate not revoked', `revoke_on_destroy is false: ${name} stays valid until ${state.not_after}; it was only removed from state.`);
      return;
    }
    try {
      await client.revokeCertificate(
        { resourceId: id, reason: state.revocation_reason ?? 'Superseded', ...(state.revocation_comments ? { comments: state.revocation_comments } : {}) },
        // No stop signal: once sent, a revoke must be recorded, not abandoned.
        { deadline, isSync: true, ttl: 300, retryOpenWorkOrders: true },
      );
    } catch (err) {
      // Refused because it is already revoked (CERT-VWF-0006) or gone: the goal of a destroy is reached.
      const found = err instanceof GatewayError && !mayHaveBeenCarriedOut(err) ? await client.searchCertificates({ resourceId: id }, { signal, deadline }).catch(() => undefined) : undefined;
      if (isNotFound(err) || (found && (found.length === 0 || /revoked/i.test(found[0]?.status ?? '')))) {
        diagnostics.warning('Certificate already revoked', `${name} was already revoked or gone in AppViewX (${errorText(err)}); it was removed from state.`);
        return;
      }
      reportError(diagnostics, 'Could not revoke the certificate', err, `${name} stays in state; fix the cause and destroy again.`);
    }
  },

  importState(id, diagnostics) {
    if (!/^[A-Za-z0-9_-]+$/.test(id)) {
      diagnostics.error('Invalid import id', `Import by the AppViewX resource id (e.g. 5f51f7312fa95059a12b0aee); got ${JSON.stringify(id)}.`);
      return undefined;
    }
    // Defaults as a create would plan them, so an imported certificate plans no change of settings.
    return { id, resource_id: id, sync: true, revoke_on_destroy: true, revocation_reason: 'Superseded', download_private_key: false };
  },
});
