// X.509 enrollment (other-endpoints-from-public-clients.md §2-4): POST certificate/create (sync,
// or async through a work order), the three downloads, and GET visualworkflow-request-logs.
// Certificates are really signed by the simulator's CA (x509-ca.ts); records join the same
// inventory that search, reissue and revoke use.
import { execFileSync } from 'node:child_process';
import { createPublicKey, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CaMaterial, CA_COMMON_NAME, createCa, CsrError, encryptedKeyPem, generateKey, signLeaf } from './x509-ca.js';
import { envelope, failure, type Reply } from './reply.js';
import { type CertificateRecord, type Inventory, newResourceId } from './state.js';

/** What the simulator keeps per certificate besides the search record. */
export interface X509Store {
  ca?: CaMaterial;
  issued: Record<string, { uuid: string; pem: string; keyPem?: string }>;
}

/** Simulator policy knobs for X.509 (set through setFaults). */
export interface X509Faults {
  /** Async creates wait for POST /_simulator/work-orders/ID/approve instead of approving themselves. */
  manualApproval?: boolean;
  /** One-shot: revoke these certificates (resource ids or common names) behind terraform's back. */
  revokeCertificates?: string[];
}

const missing = (field: string) => failure(400, 'MANDATORY_FIELD_MISSING', `Mandatory field is missing or invalid - ${field}.`);
const OPEN_WORK_ORDER = () => failure(417, 'OPEN_WORK_ORDERS_FOUND', "Since requested certificate's work order is in progress, cannot initiate another action.");
const UNIT_MS: Record<string, number> = { hours: 3_600_000, days: 86_400_000, weeks: 7 * 86_400_000, months: 30 * 86_400_000, years: 365 * 86_400_000 };
const BIT_LENGTHS: Record<string, number[]> = { RSA: [2048, 3072, 4096], EC: [256, 384, 521] };
const PEM_FORMATS = ['PEM', 'CRT', 'CER', 'CERT'];
const PKCS12_FORMATS = ['PFX', 'P12', 'PK12'];
/** CAs this AppViewX has connectors for (the official provider's examples). */
const CERTIFICATE_AUTHORITIES = ['AppViewX', 'DigiCert', 'Sectigo', 'Entrust', 'GlobalSign', 'Microsoft Enterprise'];

const caPromises = new WeakMap<Inventory, Promise<CaMaterial>>();
function store(inv: Inventory): X509Store {
  inv.x509 ??= { issued: {} };
  return inv.x509;
}
/** The CA, made on first use (once per inventory, even with concurrent creates). */
export function caOf(inv: Inventory, now: number): Promise<CaMaterial> {
  const s = store(inv);
  if (s.ca) return Promise.resolve(s.ca);
  let p = caPromises.get(inv);
  if (!p) {
    p = createCa(now).then((ca) => (s.ca = ca));
    caPromises.set(inv, p);
  }
  return p;
}

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

function validityMs(info: Record<string, unknown>): number | undefined {
  const unit = text(info['validityUnit']).toLowerCase();
  const value = Number(text(info['validityUnitValue']));
  if (unit) return UNIT_MS[unit] && Number.isInteger(value) && value > 0 ? value * UNIT_MS[unit]! : undefined;
  const days = Number(text(info['validityInDays']) || '365');
  return Number.isInteger(days) && days > 0 ? days * UNIT_MS['days']! : undefined;
}

export async function createCertificate(inv: Inventory, body: Record<string, unknown>, query: URLSearchParams, now: number, delayMs: number, faults: X509Faults): Promise<Reply> {
  const info = body['caConnectorInfo'] as Record<string, unknown> | undefined;
  if (!info || typeof info !== 'object') return missing('caConnectorInfo');
  const ca = text(info['certificateAuthority']);
  if (!CERTIFICATE_AUTHORITIES.includes(ca)) return missing('certificateAuthority');
  const validity = validityMs(info);
  if (validity === undefined) return missing('validityUnitValue');
  const params = (info['csrParameters'] ?? {}) as Record<string, unknown>;
  const sans = (params['enhancedSANTypes'] ?? {}) as Record<string, unknown>;
  const list = (v: unknown) => (Array.isArray(v) ? v.map(text).filter(Boolean) : []);
  const request = { dnsNames: list(sans['dNSNames']), ipAddresses: list(sans['iPAddresses']), notBefore: now - 60_000, notAfter: now + validity };
  let keyPem: string | undefined;
  let signed;
  try {
    if (body['csrGenerationSource'] === 'uploadCSR') {
      const csrPem = text((body['uploadCsrDetails'] as Record<string, unknown> | undefined)?.['csrContent']);
      if (!csrPem.includes('CERTIFICATE REQUEST')) return missing('csrContent');
      signed = await signLeaf(await caOf(inv, now), { ...request, csrPem });
    } else {
      const commonName = text(params['commonName']);
      if (!commonName) return missing('commonName');
      const keyType = text(params['keyType']).toUpperCase() || 'RSA';
      const bits = Number(text(params['bitLength']) || (keyType === 'EC' ? '256' : '2048'));
      if (!BIT_LENGTHS[keyType]) return missing('keyType');
      if (!BIT_LENGTHS[keyType]!.includes(bits)) return missing('bitLength');
      const key = await generateKey(keyType, bits);
      keyPem = key.export({ type: 'pkcs8', format: 'pem' }).toString();
      const publicKeyDer = publicDer(keyPem);
      signed = await signLeaf(await caOf(inv, now), { ...request, commonName, publicKeyDer });
    }
  } catch (err) {
    if (err instanceof CsrError) return missing('csrContent');
    throw err;
  }
  if (inv.workOrders.some((w) => w.action === 'Create' && !w.done && inv.certificates.some((c) => c.resourceId === w.sourceResourceId && c.commonName === signed.commonName))) {
    return OPEN_WORK_ORDER();
  }
  const resourceId = newResourceId();
  const requestId = String(inv.nextRequestId++);
  const sync = query.get('isSync') === 'true' && !faults.manualApproval;
  const group = text((body['certificateGroup'] as Record<string, unknown> | undefined)?.['name']) || 'Default';
  const record: CertificateRecord = {
    resourceId,
    uuid: randomUUID(),
    commonName: signed.commonName,
    serialNumber: signed.serialNumber,
    issuerCommonName: CA_COMMON_NAME,
    status: sync ? 'Issued' : 'Pending',
    validFrom: request.notBefore,
    validTo: request.notAfter,
    certificateAuthority: ca,
    group,
    category: 'Server',
    requestIds: [requestId],
  };
  inv.certificates.push(record);
  store(inv).issued[resourceId] = { uuid: record.uuid!, pem: signed.pem, ...(keyPem ? { keyPem } : {}) };
  const approved = !faults.manualApproval;
  inv.workOrders.push({ requestId, action: 'Create', sourceResourceId: resourceId, newResourceId: resourceId, approved, ...(approved ? { completesAt: now + (sync ? 0 : delayMs) } : {}), done: sync });
  if (!sync) return envelope(202, { resourceId, requestId }, 'Certificate creation request has been submitted', null);
  const certificateContent = Buffer.from(signed.pem).toString('base64');
  return envelope(200, { resourceId, requestId, certificateContent, encodedFormat: 'PEM', certificateName: signed.commonName }, 'Certificate created successfully', null);
}

/** The SubjectPublicKeyInfo of a generated private key, for the certificate. */
function publicDer(keyPem: string): Buffer {
  return createPublicKey(keyPem).export({ type: 'spki', format: 'der' });
}

/** The certificate's PEM; records seeded without one get a certificate signed now with their serial and dates. */
async function material(inv: Inventory, c: CertificateRecord, now: number): Promise<{ uuid: string; pem: string; keyPem?: string }> {
  const s = store(inv);
  const known = s.issued[c.resourceId];
  if (known) return known;
  const key = await generateKey('EC', 256);
  const signed = await signLeaf(await caOf(inv, now), {
    commonName: c.commonName,
    publicKeyDer: publicDer(key.export({ type: 'pkcs8', format: 'pem' }).toString()),
    dnsNames: [c.commonName],
    ipAddresses: [],
    notBefore: c.validFrom,
    notAfter: c.validTo,
    serialHex: c.serialNumber.replace(/:/g, ''),
  });
  return (s.issued[c.resourceId] = { uuid: c.uuid ?? randomUUID(), pem: signed.pem });
}

function findIssued(inv: Inventory, by: { resourceId?: string; commonName?: string; serialNumber?: string }): CertificateRecord | Reply {
  if (!by.resourceId && !(by.commonName && by.serialNumber)) return failure(400, 'INVALID_REQUEST', 'Please give valid common name and serial number or resourceId.');
  const c = inv.certificates.find((x) => (by.resourceId ? x.resourceId === by.resourceId : x.commonName === by.commonName && x.serialNumber === by.serialNumber));
  if (!c || c.status === 'Pending') return failure(404, 'NO_RECORDS_FOUND', 'No matching records found.');
  return c;
}
const isReply = (x: CertificateRecord | Reply): x is Reply => 'body' in x;

async function pemWithChain(inv: Inventory, c: CertificateRecord, chain: boolean, now: number): Promise<string> {
  const leaf = (await material(inv, c, now)).pem.trim();
  return chain ? `${leaf}\n${(await caOf(inv, now)).certPem.trim()}\n` : `${leaf}\n`;
}

/** POST certificate/download/format: the raw file, not JSON (§3a). */
export async function downloadFormat(inv: Inventory, body: Record<string, unknown>, now: number): Promise<Reply> {
  const found = findIssued(inv, { resourceId: text(body['resourceId']), commonName: text(body['commonName']), serialNumber: text(body['serialNumber']) });
  if (isReply(found)) return found;
  const format = (text(body['format']) || 'CRT').toUpperCase();
  const chain = body['isChainRequired'] === true || body['isChainRequired'] === 'true';
  if (PEM_FORMATS.includes(format)) return { status: 200, body: undefined, raw: Buffer.from(await pemWithChain(inv, found, chain, now)), headers: { 'content-type': 'application/octet-stream' } };
  if (format === 'DER') {
    const pem = (await material(inv, found, now)).pem;
    return { status: 200, body: undefined, raw: Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64'), headers: { 'content-type': 'application/octet-stream' } };
  }
  if (PKCS12_FORMATS.includes(format)) {
    const password = text(body['password']);
    if (!password) return missing('password');
    return { status: 200, body: undefined, raw: pkcs12(await pemWithChain(inv, found, true, now), (await material(inv, found, now)).keyPem, password), headers: { 'content-type': 'application/octet-stream' } };
  }
  return missing('format');
}

/** PKCS#12 by Debian's openssl (a file format, not a signature: nothing here needs to be ours). */
function pkcs12(pem: string, keyPem: string | undefined, password: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'sim-p12-'));
  try {
    writeFileSync(join(dir, 'cert.pem'), pem);
    const args = ['pkcs12', '-export', '-in', join(dir, 'cert.pem'), '-out', join(dir, 'out.p12'), '-passout', 'env:P12_PASSWORD'];
    if (keyPem) writeFileSync(join(dir, 'key.pem'), keyPem), args.push('-inkey', join(dir, 'key.pem'));
    else args.push('-nokeys');
    execFileSync('openssl', args, { env: { ...process.env, P12_PASSWORD: password }, stdio: 'pipe' });
    return readFileSync(join(dir, 'out.p12'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** GET certificate/download/content: JSON with the PEM (§3b). */
export async function downloadContent(inv: Inventory, query: URLSearchParams, now: number): Promise<Reply> {
  const found = findIssued(inv, { resourceId: query.get('resourceId') ?? '' });
  if (isReply(found)) return found;
  const certificateContents = await pemWithChain(inv, found, query.get('isChainRequired') === 'true', now);
  return envelope(200, { certificateContents, privateKeyContent: null, commonName: found.commonName, serialNumber: found.serialNumber, format: 'PEM', success: true }, 'Success', null);
}

/** POST certificate/privatekey/download: the generated key as encrypted PKCS#8 PEM (§3c). */
export async function downloadPrivateKey(inv: Inventory, body: Record<string, unknown>): Promise<Reply> {
  const password = text(body['password']);
  const uuid = text(body['uuId']);
  if (!uuid) return missing('uuId');
  if (!password) return missing('password');
  const entry = Object.values(store(inv).issued).find((e) => e.uuid === uuid);
  if (!entry) return failure(404, 'NO_RECORDS_FOUND', 'No matching records found.');
  if (!entry.keyPem) return envelope(200, { privateKeyPemEncoded: null, status: 'Failure' }, 'Private key is not available: the certificate was enrolled from an uploaded CSR', null);
  return envelope(200, { privateKeyPemEncoded: encryptedKeyPem(entry.keyPem, password), status: 'Success' }, 'Success', null);
}

/** GET visualworkflow-request-logs?ids=..: 0 in progress, 1 success (§4). */
export function requestLogs(inv: Inventory, query: URLSearchParams): Reply {
  const ids = (query.get('ids') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (ids.length === 0) return missing('ids');
  const requestList = inv.workOrders
    .filter((w) => ids.includes(w.requestId))
    .map((w) => ({
      requestId: w.requestId,
      workflowName: w.action === 'Create' ? 'Certificate Creation' : `Certificate ${w.action}`,
      statusCode: w.done ? 1 : 0,
      status: w.done ? 'Success' : w.approved ? 'In Progress' : 'Waiting for approval',
      created_by: 'admin',
      message: w.done ? `Certificate created with resource ID ${w.newResourceId ?? w.sourceResourceId}` : null,
      tasks: [],
    }));
  return envelope(200, { requestList }, 'Success', null);
}

/** The faults setting `revokeCertificates`: revoked in AppViewX by someone else, not through the API terraform uses. */
export function revokeBehindTerraform(inv: Inventory, which: readonly string[]): void {
  for (const c of inv.certificates) if (c.status === 'Issued' && (which.includes(c.resourceId) || which.includes(c.commonName))) c.status = 'Revoked';
}
