// The simulator's X.509 CA on its own: certificates openssl accepts, every download format, work
// orders that hold until approved, and the faults that revoke behind terraform's back.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '../../simulator/src/index';

let sim: Simulator;
let dir: string;
beforeEach(async () => {
  sim = await startSimulator({ issuanceDelayMs: 0 });
  dir = mkdtempSync(join(tmpdir(), 'sim-x509-'));
});
afterEach(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

async function call(method: string, endpoint: string, query: string, body?: unknown) {
  const r = await fetch(`${sim.url}/avxapi/${endpoint}?gwsource=external${query ? `&${query}` : ''}`, {
    method,
    headers: { 'content-type': 'application/json', username: 'admin', password: 'admin' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: r.status, bytes: Buffer.from(await r.arrayBuffer()) };
}
const json = (bytes: Buffer) => JSON.parse(bytes.toString()) as { response: Record<string, any>; appStatusCode: string | null; message: string };

function csr(cn: string): string {
  openssl('req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', `${cn}.key`, '-out', `${cn}.csr`, '-subj', `/CN=${cn}`);
  return readFileSync(join(dir, `${cn}.csr`), 'utf8');
}
const uploadCsr = (pem: string) => ({ caConnectorInfo: { certificateAuthority: 'AppViewX', validityUnit: 'days', validityUnitValue: 10 }, csrGenerationSource: 'uploadCSR', uploadCsrDetails: { csrContent: pem, category: 'Server' } });

test('a sync create from a CSR: the base64 PEM verifies against the CA; PEM with chain, DER and PFX downloads', async () => {
  writeFileSync(join(dir, 'ca.pem'), await sim.x509CaPem());
  const created = await call('POST', 'certificate/create', 'isSync=true', uploadCsr(csr('sync.example.com')));
  expect(created.status).toBe(200);
  const { resourceId, certificateContent } = json(created.bytes).response;
  writeFileSync(join(dir, 'leaf.pem'), Buffer.from(certificateContent, 'base64'));
  expect(openssl('verify', '-CAfile', 'ca.pem', 'leaf.pem')).toMatch(/OK/);
  expect(openssl('x509', '-in', 'leaf.pem', '-noout', '-subject', '-pubkey')).toContain(openssl('pkey', '-in', 'sync.example.com.key', '-pubout').trim());

  const pem = await call('POST', 'certificate/download/format', '', { resourceId, format: 'PEM', isChainRequired: true });
  expect(pem.bytes.toString().match(/BEGIN CERTIFICATE/g)).toHaveLength(2);
  const der = await call('POST', 'certificate/download/format', '', { resourceId, format: 'DER', isChainRequired: false });
  writeFileSync(join(dir, 'leaf.der'), der.bytes);
  expect(openssl('x509', '-inform', 'DER', '-in', 'leaf.der', '-noout', '-subject')).toMatch(/CN = sync\.example\.com/);
  const pfx = await call('POST', 'certificate/download/format', '', { resourceId, format: 'PFX', password: 'pfx-pass', isChainRequired: true });
  writeFileSync(join(dir, 'leaf.p12'), pfx.bytes);
  expect(openssl('pkcs12', '-in', 'leaf.p12', '-passin', 'pass:pfx-pass', '-nokeys')).toMatch(/subject=CN = sync\.example\.com/);
  expect(json((await call('POST', 'certificate/download/format', '', { resourceId, format: 'PFX' })).bytes).appStatusCode).toBe('MANDATORY_FIELD_MISSING');

  // No key to hand over for a CSR: status Failure, as the official client checks.
  const uuid = sim.inventory().certificates.find((c) => c.resourceId === resourceId)?.uuid;
  expect(json((await call('POST', 'certificate/privatekey/download', '', { uuId: uuid, password: 'pw' })).bytes).response).toMatchObject({ status: 'Failure' });
});

test('an async create held for approval: 417 for a second one, request log in progress, then success; a generated key downloads encrypted', async () => {
  sim.setFaults({ manualApproval: true });
  const body = { caConnectorInfo: { certificateAuthority: 'AppViewX', csrParameters: { commonName: 'held.example.com', keyType: 'EC', bitLength: '256', hashFunction: 'SHA256' } } };
  const first = json((await call('POST', 'certificate/create', 'isSync=false', body)).bytes).response;
  expect((await call('POST', 'certificate/create', 'isSync=false', body)).status).toBe(417);
  const log = async () => json((await call('GET', 'visualworkflow-request-logs', `ids=${first.requestId}`)).bytes).response.requestList[0];
  expect(await log()).toMatchObject({ statusCode: 0, status: 'Waiting for approval' });
  expect((await call('POST', 'certificate/search', '', { input: { resourceId: first.resourceId } })).status).toBe(404);
  sim.approveWorkOrder(first.requestId);
  expect(await log()).toMatchObject({ statusCode: 1, status: 'Success' });
  const [record] = json((await call('POST', 'certificate/search', '', { input: { resourceId: first.resourceId } })).bytes).response.response.objects;
  expect(record.status).toBe('Issued');
  const key = json((await call('POST', 'certificate/privatekey/download', '', { uuId: record.uuid, password: 'key-pass' })).bytes).response;
  expect(key.privateKeyPemEncoded).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----/);
  writeFileSync(join(dir, 'key.pem'), key.privateKeyPemEncoded);
  const content = json((await call('GET', 'certificate/download/content', `resourceId=${first.resourceId}&isChainRequired=false`)).bytes).response;
  writeFileSync(join(dir, 'held.pem'), content.certificateContents);
  expect(openssl('pkey', '-in', 'key.pem', '-passin', 'pass:key-pass', '-pubout')).toBe(openssl('x509', '-in', 'held.pem', '-noout', '-pubkey'));

  sim.setFaults({ revokeCertificates: ['held.example.com'] });
  expect(sim.inventory().certificates.find((c) => c.resourceId === first.resourceId)?.status).toBe('Revoked');
});

test('bad requests name their field', async () => {
  const bad = async (body: unknown) => json((await call('POST', 'certificate/create', 'isSync=true', body)).bytes).message;
  expect(await bad({})).toBe('Mandatory field is missing or invalid - caConnectorInfo.');
  expect(await bad({ caConnectorInfo: { certificateAuthority: 'Nobody' } })).toBe('Mandatory field is missing or invalid - certificateAuthority.');
  expect(await bad({ ...uploadCsr('not a csr') })).toBe('Mandatory field is missing or invalid - csrContent.');
  expect(await bad({ caConnectorInfo: { certificateAuthority: 'AppViewX', csrParameters: { commonName: 'a', keyType: 'EC', bitLength: '2048' } } })).toBe('Mandatory field is missing or invalid - bitLength.');
});
