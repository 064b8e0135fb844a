// The client against the project's gateway simulator (simulator/src): every endpoint, the
// documented failures the simulator produces, and its fault injection.
import { generateKeyPairSync } from 'node:crypto';
import { startSimulator } from '../../simulator/src/index';
import type { Simulator } from '../../simulator/src/index';
import { isAlreadyGone } from '../../provider/src/gateway/index';
import type { GatewayClient, GatewayConfig } from '../../provider/src/gateway/index';
import { closeClients, rejectionOf, testClient } from './support/test-client';

const USER_CA = 'Default-Infra-Access-Group.user.ca';
const HOST_CA = 'Default-Infra-Access-Group.host.ca';
const SEEDED = { resourceId: '5f51f7312fa95059a12b0aee', commonName: 'testcert8g.appviewx.plus', serialNumber: '08:BD:54:35:FD:81:AC:A4:45:2B:FC:9F:77:56:FE:2C' };
const admin = { kind: 'password' as const, username: 'admin', password: 'admin' };

function openSshPublicKey(): string {
  const raw = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' }).subarray(-32);
  const field = (b: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, b.length]), b]);
  return `ssh-ed25519 ${Buffer.concat([field(Buffer.from('ssh-ed25519')), field(raw)]).toString('base64')} contract@test`;
}

function sshRequest(overrides: Record<string, unknown> = {}) {
  return {
    publicKey: openSshPublicKey(),
    validityValue: 1,
    validityUnit: 'days',
    certificateIdentity: 'contract-test',
    caName: USER_CA,
    principals: ['admin'],
    certType: 'User' as const,
    ...overrides,
  };
}

let sim: Simulator;
function client(overrides: Partial<GatewayConfig> = {}): GatewayClient {
  return testClient(sim.url, { auth: admin, ...overrides }).client;
}

beforeEach(async () => {
  sim = await startSimulator({ issuanceDelayMs: 0 });
});
afterEach(async () => {
  await closeClients();
  await sim.close();
});

describe('SSH certificates', () => {
  test('create, revoke, revoke again (already gone), and a request for an unknown CA (not gone)', async () => {
    const gateway = client();
    const certificate = await gateway.createSshCertificate(sshRequest());
    expect(certificate).toMatchObject({ certType: 'User', keyId: 'contract-test', caName: USER_CA, certStatus: 'Active', principals: ['admin'] });
    expect(certificate.certContent).toMatch(/^ssh-ed25519-cert-v01@openssh.com /);
    expect(certificate.validTo - certificate.validFrom).toBe(86_400_000);

    const item = { caName: USER_CA, groupName: 'Default_Key_Group', serialNumber: certificate.serialNumber, reason: 'contract test' };
    const first = await gateway.revokeSshCertificates([item]);
    expect(first.revokedRequests).toMatchObject([{ serialNumber: certificate.serialNumber, revoked: true, error: null }]);
    expect(first.failedRequests).toEqual([]);

    const again = await gateway.revokeSshCertificates([item, { ...item, caName: 'No-Such.user.ca' }]);
    expect(again.revokedRequests).toEqual([]);
    expect(again.failedRequests.map(isAlreadyGone)).toEqual([true, false]);
    expect(sim.counts()).toMatchObject({ login: 1, 'ssh/cert/create': 1, 'ssh/cert/revoke': 2 });
  });

  test.each([
    ['an unknown CA', 404, 'ERR-SSH-NB-350', { caName: 'No-Such.user.ca' }],
    ['an inactive CA', 400, 'ERR-SSH_NB-267', { caName: 'Retired-Access-Group.user.ca' }],
    ['a host CA for a user certificate', 400, 'ERR-SSH_NB-263', { caName: HOST_CA }],
    ['a validity beyond the CA', 400, 'ERR-SSH_NB-264', { validityValue: 2, validityUnit: 'years' }],
  ])('create with %s: %i %s with its remediation', async (_name, status, appStatusCode, overrides) => {
    const error = await rejectionOf(client().createSshCertificate(sshRequest(overrides)));
    expect(error).toMatchObject({ code: 'GATEWAY_ERROR', status, appStatusCode, mayHaveBeenCarriedOut: false });
    expect(error.remediation).toBeTruthy();
  });

  test('a second certificate for the same key: ERR-SSH_NB-268', async () => {
    const request = sshRequest();
    const gateway = client();
    await gateway.createSshCertificate(request);
    await expect(gateway.createSshCertificate(request)).rejects.toMatchObject({ appStatusCode: 'ERR-SSH_NB-268' });
  });

  test('a group without permission: 417 ERR-SSH-NB-298', async () => {
    await expect(client().revokeSshCertificates([{ caName: USER_CA, groupName: 'Restricted_Key_Group', serialNumber: '1' }])).rejects.toMatchObject({
      status: 417,
      appStatusCode: 'ERR-SSH-NB-298',
      remediation: 'Check and ensure that the user has access to the specified key compliance group.',
    });
  });
});

describe('X.509 certificates', () => {
  test('search by resourceId, by commonName and serial number, and for nothing', async () => {
    const gateway = client();
    const [byId] = await gateway.searchCertificates({ resourceId: SEEDED.resourceId });
    expect(byId).toMatchObject({ ...SEEDED, status: 'Issued', category: 'Server' });
    expect(await gateway.searchCertificates({ commonName: SEEDED.commonName, serialNumber: SEEDED.serialNumber })).toHaveLength(1);
    expect(await gateway.searchCertificates({ resourceId: 'ffffffffffffffffffffffff' })).toEqual([]);
  });

  test('reissue (auto-approved), then find the new certificate by the resourceId it returned', async () => {
    const gateway = client();
    const result = await gateway.reissueCertificate({ commonName: SEEDED.commonName, serialNumber: SEEDED.serialNumber, reason: 'Superseded' });
    expect(result.message).toBe('Reissue action triggered successfully.');
    const [issued] = await gateway.searchCertificates({ resourceId: result.resourceId });
    expect(issued).toMatchObject({ resourceId: result.resourceId, commonName: SEEDED.commonName, status: 'Issued', requestIds: [result.requestId] });
  });

  test('reissue with autoApproval=false leaves a work order open: 417, or waited out with retryOpenWorkOrders', async () => {
    const gateway = client();
    const pending = await gateway.reissueCertificate({ resourceId: SEEDED.resourceId, reason: 'Superseded' }, { autoApproval: false });
    expect(sim.requests().at(-1)?.query).toMatchObject({ autoApproval: 'false' });
    await expect(gateway.reissueCertificate({ resourceId: SEEDED.resourceId, reason: 'Superseded' })).rejects.toMatchObject({
      status: 417,
      appStatusCode: 'OPEN_WORK_ORDERS_FOUND',
    });
    setTimeout(() => sim.approveWorkOrder(pending.requestId), 150);
    const next = await gateway.reissueCertificate({ resourceId: SEEDED.resourceId, reason: 'Superseded' }, { retryOpenWorkOrders: true, deadline: Date.now() + 5_000 });
    expect(next.requestId).not.toBe(pending.requestId);
  });

  test('revoke in sync mode, read the status, and revoke again (CERT-VWF-0006)', async () => {
    const gateway = client();
    const web01 = '5fa27b7ffee3a70235a5816d';
    expect(await gateway.revokeCertificate({ resourceId: web01, reason: 'Superseded' }, { isSync: true, ttl: 300 })).toMatchObject({
      resourceId: web01,
      certStatus: 'Revoked',
      message: 'Certificate Revoke action executed successfully',
    });
    expect((await gateway.searchCertificates({ resourceId: web01 }))[0]?.status).toBe('Revoked');
    await expect(gateway.revokeCertificate({ resourceId: web01, reason: 'Superseded' }, { isSync: true, ttl: 300 })).rejects.toMatchObject({
      status: 406,
      appStatusCode: 'CERT-VWF-0006',
    });
  });

  test('a reissue of an unknown certificate: 404 NO_RECORDS_FOUND with its remediation', async () => {
    await expect(client().reissueCertificate({ resourceId: 'ffffffffffffffffffffffff', reason: 'Superseded' })).rejects.toMatchObject({
      status: 404,
      appStatusCode: 'NO_RECORDS_FOUND',
      remediation: 'Check and ensure that the values provided for commonName / serialNumber / resourceId are correct.',
    });
  });
});

describe('authentication', () => {
  test('a service account: one token for many calls', async () => {
    const gateway = client({ auth: { kind: 'service-account', clientId: 'terraform-ci', clientSecret: 'terraform-ci-secret' } });
    await Promise.all(Array.from({ length: 10 }, () => gateway.searchCertificates({ resourceId: SEEDED.resourceId })));
    expect(sim.counts()).toMatchObject({ 'acctmgmt-get-service-token': 1, 'certificate/search': 10 });
  });

  test('a wrong password: AUTHENTICATION_FAILED, one login attempt', async () => {
    const gateway = client({ auth: { kind: 'password', username: 'admin', password: 'wrong' } });
    await expect(gateway.searchCertificates({ resourceId: SEEDED.resourceId })).rejects.toMatchObject({ code: 'AUTHENTICATION_FAILED', status: 401 });
    await expect(gateway.searchCertificates({ resourceId: SEEDED.resourceId })).rejects.toMatchObject({ code: 'AUTHENTICATION_FAILED' });
    expect(sim.counts()['login']).toBe(1);
  });

  test('sessions that expire under load are renewed: every call succeeds', async () => {
    sim.setFaults({ expireSessionsEveryNCalls: 7 });
    const gateway = client();
    for (let i = 0; i < 20; i++) await gateway.searchCertificates({ resourceId: SEEDED.resourceId });
    expect(gateway.stats.logins).toBeGreaterThan(1);
  });

  test('a multi-tenant gateway: gwkey on every call', async () => {
    await sim.close();
    sim = await startSimulator({ gatewayKey: 'f000ca01' });
    await expect(client({ gatewayKey: 'f000ca01' }).searchCertificates({ resourceId: SEEDED.resourceId })).resolves.toHaveLength(1);
    await expect(client().searchCertificates({ resourceId: SEEDED.resourceId })).rejects.toMatchObject({ code: 'AUTHENTICATION_FAILED' });
  });
});

describe('faults', () => {
  test('503s and 429s are ridden out by retries', async () => {
    sim.setFaults({ rate503: 0.2, rate429: 0.1, seed: 7 });
    const gateway = client({ maxRetries: 8 });
    const results = await Promise.all(Array.from({ length: 30 }, () => gateway.searchCertificates({ resourceId: SEEDED.resourceId })));
    expect(results.every((r) => r.length === 1)).toBe(true);
    expect(gateway.stats.retries).toBeGreaterThan(0);
  });

  test.each([
    ['dropped', { rateDropAfterWork: 1 }],
    ['answered 504 by a proxy', { rate504AfterWork: 1 }],
  ])('a create whose answer is %s after the work was done: one repeat, whose ERR-SSH_NB-268 proves the signing; one certificate', async (_name, fault) => {
    sim.setFaults({ ...fault, dropEndpoints: ['ssh/cert/create'] });
    const gateway = client();
    const error = await rejectionOf(gateway.createSshCertificate(sshRequest()));
    expect(error).toMatchObject({ code: 'GATEWAY_ERROR', appStatusCode: 'ERR-SSH_NB-268', mayHaveBeenCarriedOut: true });
    expect(error.message).toMatch(/shows that the earlier attempt was carried out/);
    expect(sim.counts()['ssh/cert/create']).toBe(2);
    expect(sim.inventory().sshCertificates).toHaveLength(1); // it was carried out, once
  });

  test('a reissue answered 504 after the work was done: AMBIGUOUS_OUTCOME, sent exactly once', async () => {
    sim.setFaults({ rate504AfterWork: 1, dropEndpoints: ['certificate/action'] });
    const error = await rejectionOf(client().reissueCertificate({ resourceId: SEEDED.resourceId, reason: 'Superseded' }));
    expect(error).toMatchObject({ code: 'AMBIGUOUS_OUTCOME', mayHaveBeenCarriedOut: true, status: 504 });
    expect(sim.counts()['certificate/action']).toBe(1);
  });

  test('over TLS with the simulator certificate as caCertificate', async () => {
    await sim.close();
    sim = await startSimulator({ tls: true });
    const gateway = client({ caCertificate: sim.caCertificatePem! });
    await expect(gateway.searchCertificates({ resourceId: SEEDED.resourceId })).resolves.toHaveLength(1);
  });
});
