// X.509 operations: PUT certificate/action (reissue, async work order), PUT certificate/revoke
// (isSync, ttl), POST certificate/search; codes and messages from the vendor pages.
import { envelope, failure, type Reply } from './reply.js';
import { type CertificateRecord, type Inventory, newResourceId, newX509Serial } from './state.js';

const PASSWORD_FORMATS = ['PK12', 'PFX', 'JKS'];
const FORMATS = ['CRT', 'CERT', 'CER', 'PEM', 'DER', 'DERCER', 'P7B', 'P7C', 'PK8', ...PASSWORD_FORMATS];

/** Completes work orders whose time has come (auto-approved, or approved by the admin endpoint). */
export function settleWorkOrders(inv: Inventory, now: number): void {
  for (const wo of inv.workOrders) {
    if (wo.done || !wo.approved || wo.completesAt === undefined || wo.completesAt > now) continue;
    wo.done = true;
    if (wo.action === 'Reissue' || wo.action === 'Create') {
      const issued = inv.certificates.find((c) => c.resourceId === wo.newResourceId);
      if (issued) issued.status = 'Issued';
    } else {
      const c = inv.certificates.find((x) => x.resourceId === wo.sourceResourceId);
      if (c) c.status = 'Revoked';
    }
  }
}

function find(inv: Inventory, body: Record<string, unknown>): CertificateRecord | Reply {
  const { resourceId, commonName, serialNumber } = body as Record<string, string | undefined>;
  if (!resourceId && !(commonName && serialNumber)) return failure(400, 'INVALID_REQUEST', 'Please give valid common name and serial number or resourceId.');
  const c = inv.certificates.find(
    (x) => (resourceId ? x.resourceId === resourceId : true) && (serialNumber ? x.serialNumber === serialNumber : true) && (commonName && !resourceId ? x.commonName === commonName : true) && (commonName && resourceId ? x.commonName === commonName : true),
  );
  return c ?? failure(404, 'NO_RECORDS_FOUND', 'No matching records found.');
}

const openWorkOrder = (inv: Inventory, c: CertificateRecord) => inv.workOrders.some((w) => !w.done && w.sourceResourceId === c.resourceId);

export function reissue(inv: Inventory, body: Record<string, unknown>, query: URLSearchParams, now: number, delayMs: number): Reply {
  if (!body['action']) return failure(400, 'MANDATORY_FIELD_MISSING', 'Mandatory field is missing or invalid - action.');
  if (body['action'] !== 'Reissue') return failure(400, 'INVALID_REQUEST', 'Please provide a valid action.');
  if (!body['reason']) return failure(400, 'MANDATORY_FIELD_MISSING', 'Mandatory field is missing or invalid - reason.');
  const format = body['certificateFormat'] as { format?: string; password?: string } | undefined;
  if (format && (!format.format || !FORMATS.includes(format.format))) return failure(400, 'MANDATORY_FIELD_MISSING', 'Mandatory field is missing or invalid - format.');
  if (format && PASSWORD_FORMATS.includes(format.format!) && !format.password) return failure(400, 'MANDATORY_FIELD_MISSING', 'Mandatory field is missing or invalid - password.');
  const csr = body['uploadCSRDetails'] as { category?: string; csrContent?: string } | undefined;
  if (csr && (!['Server', 'Client', 'Code Signing'].includes(csr.category ?? '') || !csr.csrContent)) return failure(400, 'MANDATORY_FIELD_MISSING', 'Mandatory field is missing or invalid - uploadCSRDetails.');
  const found = find(inv, body);
  if ('status' in found && 'body' in found) return found;
  const c = found as CertificateRecord;
  if (openWorkOrder(inv, c)) return failure(417, 'OPEN_WORK_ORDERS_FOUND', "Since requested certificate's work order is in progress, cannot initiate another action.");
  if (c.status === 'Monitored' || c.status === 'Revoked' || c.group === 'ReadOnly') {
    return failure(406, 'CERT-VWF-0006', 'Life cycle action is unsupported by CA or another work order is in progress or certificate belongs to read group or is in Monitored status.');
  }
  const requestId = String(inv.nextRequestId++);
  const newId = newResourceId();
  const approved = query.get('autoApproval') !== 'false';
  inv.certificates.push({ ...c, resourceId: newId, serialNumber: newX509Serial(), status: 'Pending', validFrom: now, validTo: now + (c.validTo - c.validFrom), requestIds: [requestId] });
  inv.workOrders.push({ requestId, action: 'Reissue', sourceResourceId: c.resourceId, newResourceId: newId, approved, ...(approved ? { completesAt: now + delayMs } : {}), done: false });
  c.requestIds.push(requestId);
  return envelope(202, { resourceId: newId, message: 'Reissue action triggered successfully.', requestId }, 'Reissue action has been triggered successfully', null);
}

export function revoke(inv: Inventory, body: Record<string, unknown>, query: URLSearchParams, now: number, delayMs: number): Reply {
  const ttl = query.get('ttl');
  if (ttl !== null && !/^[1-9]\d*$/.test(ttl)) return failure(400, 'INVALID_REQUEST', 'ttl must be a positive integer.');
  const isSync = query.get('isSync');
  if (isSync !== null && isSync !== 'true' && isSync !== 'false') return failure(400, 'INVALID_REQUEST', 'isSync must be a valid boolean value: true or false.');
  if (!body['reason']) return failure(400, 'MANDATORY_FIELD_MISSING', 'Mandatory field is missing or invalid - reason.');
  if (/compromis/i.test(String(body['reason'])) && !body['comments']) return failure(400, 'MANDATORY_FIELD_MISSING', 'Mandatory field is missing or invalid - comments.');
  const found = find(inv, body);
  if ('status' in found && 'body' in found) return found;
  const c = found as CertificateRecord;
  if (openWorkOrder(inv, c)) return failure(417, 'OPEN_WORK_ORDERS_FOUND', "Since requested certificate's work order is in progress, cannot initiate another action.");
  if (c.status === 'Revoked' || c.status === 'Monitored') return failure(406, 'CERT-VWF-0006', 'Life cycle action is unsupported by CA or another work order is in progress or certificate belongs to read group or is in Monitored status.');
  const requestId = String(inv.nextRequestId++);
  c.requestIds.push(requestId);
  if (isSync === 'true') {
    c.status = 'Revoked';
    inv.workOrders.push({ requestId, action: 'Revoke', sourceResourceId: c.resourceId, approved: true, done: true });
  } else {
    c.status = 'Revocation Pending';
    inv.workOrders.push({ requestId, action: 'Revoke', sourceResourceId: c.resourceId, approved: true, completesAt: now + delayMs, done: false });
  }
  return envelope(200, { resourceId: c.resourceId, requestId, certStatus: c.status }, 'Certificate Revoke action executed successfully', null);
}

export function search(inv: Inventory, body: Record<string, unknown>): Reply {
  const input = (body['input'] ?? {}) as Record<string, string | undefined>;
  const matches = inv.certificates.filter(
    (c) => (input['resourceId'] ? c.resourceId === input['resourceId'] : true) && (input['commonName'] ? c.commonName === input['commonName'] : true) && (input['serialNumber'] ? c.serialNumber === input['serialNumber'] : true),
  );
  const visible = matches.filter((c) => c.status !== 'Pending');
  if (visible.length === 0) return failure(404, 'NO_RECORDS_FOUND', 'No matching records found.');
  return envelope(200, { response: { objects: visible, totalRecords: visible.length } }, 'Search completed successfully', null);
}
