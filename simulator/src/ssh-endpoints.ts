// POST ssh/cert/create and POST ssh/cert/revoke, with the codes and messages of the vendor pages
// (ssh-certificate-create.txt, ssh-certificate-revoke.txt).
import { randomBytes } from 'node:crypto';
import { caPublicBlob, fingerprintOf, parsePublicKey, signCertificate } from './openssh-certificate.js';
import { envelope, failure, type Reply } from './reply.js';
import type { Inventory, SshCertificateRecord } from './state.js';

const UNIT_MS: Record<string, number> = { hours: 3_600_000, days: 86_400_000, weeks: 604_800_000, months: 30 * 86_400_000, years: 365 * 86_400_000 };
const num = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN);

export function createSshCertificate(inv: Inventory, body: Record<string, unknown>, now: number): Reply {
  for (const field of ['publicKey', 'validityValue', 'validityUnit', 'certificateIdentity', 'caName', 'principals', 'certType']) {
    if (body[field] === undefined || body[field] === null || body[field] === '') return failure(400, 'VALIDATION_ERROR_0004', `Mandatory field ${field} is missing or empty`);
  }
  const ca = inv.sshCas.find((c) => c.name === body['caName']);
  if (!ca) return failure(404, 'ERR-SSH-NB-350', 'No CA found with given name or ID');
  if (!ca.active) return failure(400, 'ERR-SSH_NB-267', 'Selected CA is not in Active status');
  if (ca.certType !== body['certType']) return failure(400, 'ERR-SSH_NB-263', 'Selected CA cannot sign requested Cert Type');
  const value = num(body['validityValue']);
  if (!(value > 0)) return failure(400, 'ERR-SSH_NB-269', 'validityValue must be greater than zero');
  const unit = UNIT_MS[String(body['validityUnit'])];
  if (!unit) return failure(400, 'VALIDATION_ERROR_0004', 'Mandatory field validityUnit is missing or empty');
  const from = body['validFrom'] !== undefined ? num(body['validFrom']) : now;
  const to = body['validTo'] !== undefined ? num(body['validTo']) : from + value * unit;
  if (from > to) return failure(400, 'ERR-SSH_NB-266', 'Validity start cannot exceed validity end');
  if (to - from > ca.maxValidityMs) return failure(400, 'ERR-SSH_NB-264', 'Certificate validity cannot exceed CA validity');
  const key = parsePublicKey(String(body['publicKey']));
  if (!key) return failure(400, 'VALIDATION_ERROR_0004', 'Mandatory field publicKey is missing or empty');
  if (inv.sshCertificates.some((c) => c.publicKeyFingerprint === key.fingerprint && c.status === 'Active' && c.validTo > now)) {
    return failure(400, 'ERR-SSH_NB-268', 'Valid certificate already exists for the given Key');
  }
  const serial = BigInt('0x' + randomBytes(7).toString('hex'));
  const principals = (body['principals'] as unknown[]).map(String);
  const type = ca.certType;
  const signed = signCertificate(ca, { key, serial, type, keyId: String(body['certificateIdentity']), principals, validAfterMs: from, validBeforeMs: to });
  const record: SshCertificateRecord = { serialNumber: serial.toString(), keyId: String(body['certificateIdentity']), caName: ca.name, certType: type, principals, publicKeyFingerprint: key.fingerprint, validFrom: from, validTo: to, status: 'Active', certContent: signed.line };
  inv.sshCertificates.push(record);
  const fp = fingerprintOf(signed.blob);
  const extensions = type === 'User' ? { permitX11Forwarding: true, permitAgentForwarding: true, permitPortForwarding: true, permitPty: true, permitUserRc: true } : {};
  return envelope(200, {
    fingerPrint: fp.slice('SHA256:'.length),
    certType: type,
    rawFPString: `${key.type.replace('ssh-', '').toUpperCase()}-CERT ${fp}`,
    signingCA: `ED25519 ${fingerprintOf(caPublicBlob(ca))} (using ssh-ed25519)`,
    keyId: record.keyId,
    serialNumber: record.serialNumber,
    rawCertType: `${signed.certType} ${type.toLowerCase()} certificate`,
    validFrom: from,
    validTo: to,
    validity: value,
    validityUnit: body['validityUnit'],
    principals,
    extensions,
    certContent: signed.line,
    caName: ca.name,
    certStatus: 'Active',
    filePaths: [],
    onlyForWebTerminal: false,
  }, 'Success', 'SSH-NB-200');
}

export function revokeSshCertificates(inv: Inventory, body: unknown): Reply {
  if (!Array.isArray(body)) return failure(400, 'VALIDATION_ERROR_0004', 'Mandatory field request body is missing or empty');
  if (body.length > 25) return failure(400, 'ERR-SSH_NB-270', 'Max request size exceeded::[Max request size allowed is 25]');
  for (const item of body as Record<string, unknown>[]) {
    for (const field of ['caName', 'groupName']) if (!item?.[field]) return failure(400, 'VALIDATION_ERROR_0004', `Mandatory field ${field} is missing or empty`);
    if (!item['serialNumber'] && !item['certificate']) return failure(400, 'VALIDATION_ERROR_0004', 'Mandatory field serialNumber is missing or empty');
  }
  if ((body as Record<string, unknown>[]).some((i) => !inv.sshGroups.find((g) => g.name === i['groupName'])?.permitted)) {
    return failure(417, 'ERR-SSH-NB-298', 'One or more groups do not have permission to perform this action.');
  }
  const revokedRequests: unknown[] = [];
  const failedRequests: unknown[] = [];
  for (const item of body as Record<string, unknown>[]) {
    const outcome = (error: string | null, record?: SshCertificateRecord) => ({
      caIdentifier: item['caName'],
      error,
      certificate: record?.certContent ?? item['certificate'] ?? null,
      serialNumber: record?.serialNumber ?? item['serialNumber'] ?? null,
      revoked: error === null,
    });
    if (!inv.sshCas.find((c) => c.name === item['caName'])) {
      failedRequests.push(outcome('No CA found with given name or Id'));
      continue;
    }
    const record = inv.sshCertificates.find((c) => c.caName === item['caName'] && (c.serialNumber === item['serialNumber'] || (item['certificate'] && c.certContent.trim() === String(item['certificate']).trim())));
    if (!record) failedRequests.push(outcome('Certificate not found'));
    else if (record.status === 'Revoked') failedRequests.push(outcome('Certificate is already revoked', record));
    else {
      record.status = 'Revoked';
      revokedRequests.push(outcome(null, record));
    }
  }
  return envelope(200, { revokedRequests, failedRequests }, 'Success', 'SSH-NB-200');
}
