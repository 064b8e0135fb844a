// Exact request shapes per the vendor pages in shared/appviewx-api/: method, path, query,
// headers and body keys for every endpoint.
import { envelope, startFakeGateway } from './support/fake-gateway';
import type { FakeGateway } from './support/fake-gateway';
import { PASSWORD, USERNAME, closeClients, searchRecord, sshCertificateResponse, sshRequest, testClient } from './support/test-client';

let fake: FakeGateway;

beforeEach(async () => {
  fake = await startFakeGateway();
  fake.on('ssh/cert/create', { json: envelope(sshCertificateResponse, 'Success', 'SSH-NB-200') });
  fake.on('ssh/cert/revoke', { json: envelope({ revokedRequests: [], failedRequests: [] }, 'Success', 'SSH-NB-200') });
  fake.on('certificate/action', {
    status: 202,
    json: envelope(
      { resourceId: 'r-1', requestId: '238', message: 'Reissue action triggered successfully.' },
      'Reissue action has been triggered successfully'
    ),
  });
  fake.on('certificate/revoke', {
    json: envelope({ resourceId: 'r-1', requestId: '239', certStatus: 'Revoked' }, 'Certificate Revoke action executed successfully'),
  });
  fake.on('certificate/search', { json: envelope({ response: { objects: [searchRecord], totalRecords: 1 } }) });
});

afterEach(async () => {
  await closeClients();
  await fake.close();
});

function onlyCall(endpoint: string) {
  const calls = fake.requestsTo(endpoint);
  expect(calls).toHaveLength(1);
  return calls[0]!;
}

test('login: POST /avxapi/login?gwsource=external with username/password headers and body {}', async () => {
  const { client } = testClient(fake.url);
  await client.login();
  const login = onlyCall('login');
  expect(login.method).toBe('POST');
  expect(login.path).toBe('/avxapi/login');
  expect(login.query).toEqual({ gwsource: 'external' });
  expect(login.headers['username']).toBe(USERNAME);
  expect(login.headers['password']).toBe(PASSWORD);
  expect(login.headers['content-type']).toBe('application/json');
  expect(login.headers['accept']).toBe('application/json');
  expect(login.json).toEqual({});
});

test('a base URL ending in /avxapi/ and a gateway key: gwkey on every call, the configured login endpoint', async () => {
  fake.on('acctmgmt-perform-login', { json: envelope({ status: 'SUCCESS', sessionId: 'old-install-session' }) });
  const { client } = testClient(`${fake.url}/avxapi/`, { gatewayKey: 'f000ca01', loginEndpoint: 'acctmgmt-perform-login' });
  await client.searchCertificates({ resourceId: 'r-1' });
  expect(onlyCall('acctmgmt-perform-login').query).toEqual({ gwsource: 'external', gwkey: 'f000ca01' });
  const search = onlyCall('certificate/search');
  expect(search.path).toBe('/avxapi/certificate/search');
  expect(search.query).toEqual({ gwsource: 'external', gwkey: 'f000ca01' });
  expect(search.headers['sessionid']).toBe('old-install-session');
});

test('ssh/cert/create: POST with the session header and the page payload', async () => {
  const { client } = testClient(fake.url);
  await client.createSshCertificate({ ...sshRequest, validFrom: 1716503060000, validTo: 1719181460000 });
  const create = onlyCall('ssh/cert/create');
  expect(create.method).toBe('POST');
  expect(create.query).toEqual({ gwsource: 'external' });
  expect(create.headers['sessionid']).toBe('session-1');
  expect(create.headers['username']).toBeUndefined();
  expect(create.headers['password']).toBeUndefined();
  expect(create.headers['content-type']).toBe('application/json');
  expect(create.json).toEqual({ ...sshRequest, validFrom: 1716503060000, validTo: 1719181460000 });
  expect(Object.keys(create.json as object).sort()).toEqual([
    'caName',
    'certType',
    'certificateIdentity',
    'principals',
    'publicKey',
    'validFrom',
    'validTo',
    'validityUnit',
    'validityValue',
  ]);
});

test('ssh/cert/revoke: POST with a JSON array of requests', async () => {
  const { client } = testClient(fake.url);
  const items = [
    { serialNumber: '3527182657550928', caName: 'Default-Infra-Access-Group.user.ca', reason: 'test', groupName: 'Default_Key_Group' },
    { certificate: 'ssh-cert-content', caName: 'TestHostCA', reason: 'test', groupName: 'Default_Key_Group' },
  ];
  await client.revokeSshCertificates(items);
  const revoke = onlyCall('ssh/cert/revoke');
  expect(revoke.method).toBe('POST');
  expect(revoke.query).toEqual({ gwsource: 'external' });
  expect(revoke.json).toEqual(items);
});

test('certificate/action: PUT, action Reissue, autoApproval only when given', async () => {
  const { client } = testClient(fake.url);
  await client.reissueCertificate({ commonName: 'testcert8g.appviewx.plus', serialNumber: '08:BD', reason: 'Superseded' });
  await client.reissueCertificate(
    {
      resourceId: '5f51f7312fa95059a12b0aee',
      reason: 'Superseded',
      certificateFormat: { format: 'PFX', password: 'pfx-password-123' },
      uploadCSRDetails: { category: 'Server', csrContent: '-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----' },
    },
    { autoApproval: false }
  );
  const [first, second] = fake.requestsTo('certificate/action');
  expect(first!.method).toBe('PUT');
  expect(first!.query).toEqual({ gwsource: 'external' });
  expect(first!.json).toEqual({ commonName: 'testcert8g.appviewx.plus', serialNumber: '08:BD', action: 'Reissue', reason: 'Superseded' });
  expect(second!.query).toEqual({ gwsource: 'external', autoApproval: 'false' });
  expect(second!.json).toEqual({
    resourceId: '5f51f7312fa95059a12b0aee',
    action: 'Reissue',
    reason: 'Superseded',
    certificateFormat: { format: 'PFX', password: 'pfx-password-123' },
    uploadCSRDetails: { category: 'Server', csrContent: '-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----' },
  });
});

test('certificate/revoke: PUT with isSync and ttl in the query', async () => {
  const { client } = testClient(fake.url);
  await client.revokeCertificate({ resourceId: '5fa27b7ffee3a70235a5816d', reason: 'Superseded' }, { isSync: true, ttl: 300 });
  const revoke = onlyCall('certificate/revoke');
  expect(revoke.method).toBe('PUT');
  expect(revoke.query).toEqual({ gwsource: 'external', isSync: 'true', ttl: '300' });
  expect(revoke.json).toEqual({ resourceId: '5fa27b7ffee3a70235a5816d', reason: 'Superseded' });
});

test('certificate/search: POST with input and the filter', async () => {
  const { client } = testClient(fake.url);
  await client.searchCertificates({ commonName: 'testcert8g.appviewx.plus', serialNumber: '08:BD' });
  const search = onlyCall('certificate/search');
  expect(search.method).toBe('POST');
  expect(search.json).toEqual({
    input: { commonName: 'testcert8g.appviewx.plus', serialNumber: '08:BD' },
    filter: { max: '100', start: '1', sortColumn: 'commonName', sortOrder: 'desc' },
  });
});

test('service account: POST acctmgmt-get-service-token with Basic auth and a form body; token header afterwards', async () => {
  const { client } = testClient(fake.url, { auth: { kind: 'service-account', clientId: 'terraform-ci', clientSecret: 'ci-secret-value' } });
  await client.searchCertificates({ resourceId: 'r-1' });
  const token = onlyCall('acctmgmt-get-service-token');
  expect(token.method).toBe('POST');
  expect(token.query).toEqual({ gwsource: 'external' });
  expect(token.headers['authorization']).toBe(`Basic ${Buffer.from('terraform-ci:ci-secret-value').toString('base64')}`);
  expect(token.headers['content-type']).toBe('application/x-www-form-urlencoded');
  expect(token.rawBody).toBe('grant_type=client_credentials');
  const search = onlyCall('certificate/search');
  expect(typeof search.headers['token']).toBe('string');
  expect(String(search.headers['token']).split('.')).toHaveLength(3);
  expect(search.headers['sessionid']).toBeUndefined();
});

test('a configured session id goes out as the sessionId header, without a login', async () => {
  const { client } = testClient(fake.url, { auth: { kind: 'session', sessionId: 'configured-session-uuid' } });
  await client.searchCertificates({ resourceId: 'r-1' });
  expect(fake.requestsTo('login')).toHaveLength(0);
  expect(onlyCall('certificate/search').headers['sessionid']).toBe('configured-session-uuid');
});

test('invalid requests are rejected locally with INVALID_REQUEST before anything is sent', async () => {
  const { client } = testClient(fake.url);
  const item = { serialNumber: '1', caName: 'ca', groupName: 'g' };
  const cases: [string, () => Promise<unknown>][] = [
    ['26 SSH revoke items', () => client.revokeSshCertificates(Array.from({ length: 26 }, () => item))],
    ['no SSH revoke items', () => client.revokeSshCertificates([])],
    ['an SSH revoke item without serial number or certificate', () => client.revokeSshCertificates([{ caName: 'ca', groupName: 'g' }])],
    ['validityValue 0', () => client.createSshCertificate({ ...sshRequest, validityValue: 0 })],
    ['validFrom after validTo', () => client.createSshCertificate({ ...sshRequest, validFrom: 2000, validTo: 1000 })],
    ['a reissue without a certificate identity', () => client.reissueCertificate({ commonName: 'x', reason: 'r' })],
    ['a PFX without a password', () => client.reissueCertificate({ resourceId: 'r', reason: 'r', certificateFormat: { format: 'PFX' } })],
    ['a revoke with ttl 0', () => client.revokeCertificate({ resourceId: 'r', reason: 'r' }, { isSync: true, ttl: 0 })],
    ['a revoke without reason', () => client.revokeCertificate({ resourceId: 'r', reason: '' }, { isSync: false, ttl: 300 })],
    ['a search with nothing to search by', () => client.searchCertificates({ commonName: '' })],
  ];
  for (const [name, call] of cases) {
    await expect(call()).rejects.toMatchObject({ name: 'GatewayError', code: 'INVALID_REQUEST', mayHaveBeenCarriedOut: false });
    expect([name, fake.requests.length]).toEqual([name, 0]);
  }
});
