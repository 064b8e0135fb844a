// Credentials: one shared login, a shared re-login on each 401/407 (no cap per call), service tokens, the header fallback.
import { envelope, failure, jwt, startFakeGateway } from './support/fake-gateway';
import type { FakeGateway, RecordedRequest } from './support/fake-gateway';
import { UNPROVEN_RENEWALS_LIMIT } from '../../provider/src/gateway/auth/authenticator';
import { PASSWORD, USERNAME, closeClients, rejectionOf, searchRecord, sshCertificateResponse, sshRequest, testClient } from './support/test-client';

let fake: FakeGateway;
const created = { json: envelope(sshCertificateResponse, 'Success', 'SSH-NB-200') };
const found = { json: envelope({ response: { objects: [searchRecord], totalRecords: 1 } }) };
const expired = failure(401, 'AVX_GW_003', 'Authentication failed, reason - Invalid Credentials');

beforeEach(async () => {
  fake = await startFakeGateway();
  fake.on('ssh/cert/create', created);
  fake.on('certificate/search', found);
});
afterEach(async () => {
  await closeClients();
  await fake.close();
});

describe('username and password', () => {
  test('20 concurrent calls share one login', async () => {
    const { client } = testClient(fake.url);
    await Promise.all(Array.from({ length: 20 }, () => client.searchCertificates({ resourceId: 'r-1' })));
    expect(fake.requestsTo('login')).toHaveLength(1);
    expect(client.stats).toEqual({ logins: 1, tokenFetches: 0, requests: 21, retries: 0 });
    expect(new Set(fake.calls().map((r) => r.headers['sessionid']))).toEqual(new Set(['session-1']));
  });

  test.each([401, 407])('an expired session (HTTP %i) means one new login and the call repeated, even a create', async (status) => {
    fake.on('ssh/cert/create', (r: RecordedRequest) => (r.headers['sessionid'] === 'session-1' ? failure(status, 'AVX_GW_003', 'Session expired') : created));
    const { client } = testClient(fake.url);
    await client.login();
    const certificate = await client.createSshCertificate(sshRequest);
    expect(certificate.serialNumber).toBe('3515398573506688');
    expect(fake.requestsTo('login')).toHaveLength(2);
    expect(fake.requestsTo('ssh/cert/create').map((r) => r.headers['sessionid'])).toEqual(['session-1', 'session-2']);
  });

  test('20 calls rejected with the same expired session still cause only one new login', async () => {
    fake.on('certificate/search', (r: RecordedRequest) => (r.headers['sessionid'] === 'session-1' ? expired : found));
    const { client } = testClient(fake.url);
    await client.login();
    await Promise.all(Array.from({ length: 20 }, () => client.searchCertificates({ resourceId: 'r-1' })));
    expect(fake.requestsTo('login')).toHaveLength(2);
    expect(client.stats.logins).toBe(2);
  });

  test('a 401 that persists after logging in again is AUTHENTICATION_FAILED naming the user and the URL', async () => {
    fake.on('ssh/cert/create', expired);
    const { client } = testClient(fake.url);
    const error = await rejectionOf(client.createSshCertificate(sshRequest));
    expect(error).toMatchObject({ code: 'AUTHENTICATION_FAILED', status: 401, appStatusCode: 'AVX_GW_003', mayHaveBeenCarriedOut: false });
    expect(error.message).toContain(`username "${USERNAME}"`);
    expect(error.message).toContain(`${fake.url}/avxapi/ssh/cert/create`);
    expect(error.message).not.toContain(PASSWORD);
    // One login, then a fresh one after each 401, until UNPROVEN_RENEWALS_LIMIT new sessions in a
    // row were rejected without a single call accepted with them.
    expect(fake.requestsTo('login')).toHaveLength(UNPROVEN_RENEWALS_LIMIT + 1);
    expect(fake.requestsTo('ssh/cert/create')).toHaveLength(UNPROVEN_RENEWALS_LIMIT + 1);
  });

  test('no cap per call: a create whose session expires again and again (7 times, more than maxRetries) still succeeds', async () => {
    fake.on('ssh/cert/create', (_r: RecordedRequest, n: number) => (n <= 7 ? expired : created));
    const { client } = testClient(fake.url, { maxRetries: 2 });
    await expect(client.createSshCertificate(sshRequest)).resolves.toMatchObject({ serialNumber: '3515398573506688' });
    expect(fake.requestsTo('login')).toHaveLength(8);
    expect(client.stats.retries).toBe(0); // renewals are not retries of failures
  });

  test('a session storm: 10 concurrent calls, every session expiring after two accepted calls, all succeed with shared logins', async () => {
    let current = '';
    let uses = 0;
    fake.on('login', (_r: RecordedRequest, n: number) => {
      current = `session-${n}`;
      uses = 0;
      return { json: envelope({ status: 'SUCCESS', sessionId: current, availableLoginAttemptCount: 10 }, 'Login successful') };
    });
    fake.on('certificate/search', (r: RecordedRequest) => (r.headers['sessionid'] === current && uses++ < 2 ? { ...found, delayMs: 5 } : expired));
    const { client } = testClient(fake.url, { maxRetries: 1 });
    const results = await Promise.all(Array.from({ length: 10 }, () => client.searchCertificates({ resourceId: 'r-1' })));
    expect(results.every((r) => r.length === 1)).toBe(true);
    // Shared: far fewer logins than 401s.
    const rejected = fake.calls().filter((r) => r.endpoint === 'certificate/search').length - 10;
    expect(fake.requestsTo('login').length).toBeLessThanOrEqual(rejected);
  });

  test('wrong credentials: AUTHENTICATION_FAILED naming the user and the login URL, and no second login attempt', async () => {
    fake.on('login', failure(401, null, 'Login failed. Invalid credentials'));
    const { client } = testClient(fake.url);
    const error = await rejectionOf(client.searchCertificates({ resourceId: 'r-1' }));
    expect(error).toMatchObject({ code: 'AUTHENTICATION_FAILED', status: 401, gatewayMessage: 'Login failed. Invalid credentials' });
    expect(error.message).toContain(`username "${USERNAME}"`);
    expect(error.message).toContain(`${fake.url}/avxapi/login`);
    expect(error.message).not.toContain(PASSWORD);
    expect(error.remediation).toMatch(/username and password/);
    await expect(client.searchCertificates({ resourceId: 'r-1' })).rejects.toMatchObject({ code: 'AUTHENTICATION_FAILED' });
    // Each failed login counts down availableLoginAttemptCount: never hammer the account.
    expect(fake.requestsTo('login')).toHaveLength(1);
    expect(fake.calls()).toHaveLength(0);
  });

  test('a login answer without a sessionId is AUTHENTICATION_FAILED, never a call with an empty session', async () => {
    fake.on('login', { json: envelope({ status: 'SUCCESS' }) });
    const { client } = testClient(fake.url);
    const error = await rejectionOf(client.createSshCertificate(sshRequest));
    expect(error.code).toBe('AUTHENTICATION_FAILED');
    expect(error.message).toContain('sessionId');
    expect(error.issues?.length).toBeGreaterThan(0);
    expect(fake.calls()).toHaveLength(0);
  });

  test('a login that meets 503 is retried like any read', async () => {
    fake.on('login', [failure(503, null, 'Service Unavailable'), { json: envelope({ status: 'SUCCESS', sessionId: 'late-session' }) }]);
    const { client } = testClient(fake.url);
    await client.searchCertificates({ resourceId: 'r-1' });
    expect(fake.requestsTo('login')).toHaveLength(2);
    expect(fake.requestsTo('certificate/search')[0]!.headers['sessionid']).toBe('late-session');
  });

  test('a login the gateway cannot serve (5xx) is not blamed on the credentials, and is tried again by the next call', async () => {
    fake.on('login', [failure(500, null, 'Internal Server Error'), { json: envelope({ status: 'SUCCESS', sessionId: 'after-outage' }) }]);
    const { client } = testClient(fake.url);
    const error = await rejectionOf(client.searchCertificates({ resourceId: 'r-1' }));
    expect(error).toMatchObject({ code: 'GATEWAY_ERROR', status: 500 });
    expect(error.message).toContain(`Login as username "${USERNAME}" failed`);
    await expect(client.searchCertificates({ resourceId: 'r-1' })).resolves.toHaveLength(1);
    expect(fake.requestsTo('login')).toHaveLength(2);
  });

  test.each([404, 405])('no login endpoint (HTTP %i): username/password headers on every call, warned once', async (status) => {
    fake.on('login', failure(status, null, 'Not Found'));
    const { client, logs } = testClient(fake.url);
    await Promise.all([client.searchCertificates({ resourceId: 'r-1' }), client.searchCertificates({ resourceId: 'r-2' })]);
    await client.createSshCertificate(sshRequest);
    expect(fake.requestsTo('login')).toHaveLength(1);
    for (const call of fake.calls()) {
      expect(call.headers['username']).toBe(USERNAME);
      expect(call.headers['password']).toBe(PASSWORD);
      expect(call.headers['sessionid']).toBeUndefined();
    }
    expect(logs.filter((l) => l.level === 'warn' && /login endpoint/.test(l.message))).toHaveLength(1);
  });

  test('with the header fallback a 401 is AUTHENTICATION_FAILED at once (nothing to renew)', async () => {
    fake.on('login', failure(404, null, 'Not Found'));
    fake.on('certificate/search', expired);
    const { client } = testClient(fake.url);
    const error = await rejectionOf(client.searchCertificates({ resourceId: 'r-1' }));
    expect(error.code).toBe('AUTHENTICATION_FAILED');
    expect(error.message).toContain(`username "${USERNAME}"`);
    expect(fake.requestsTo('certificate/search')).toHaveLength(1);
  });

  test('empty credentials are rejected when the client is created', () => {
    expect(() => testClient(fake.url, { auth: { kind: 'password', username: 'alice', password: '' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_REQUEST' })
    );
  });
});

describe('service account', () => {
  const auth = { kind: 'service-account' as const, clientId: 'terraform-ci', clientSecret: 'ci-secret-value' };
  const tokenReply = (expSeconds: number) => ({ json: envelope(jwt(expSeconds)) });
  const inSeconds = (s: number) => Math.floor(Date.now() / 1000) + s;

  test('one token, fetched once, reused by concurrent and later calls', async () => {
    const { client } = testClient(fake.url, { auth });
    await Promise.all(Array.from({ length: 10 }, () => client.searchCertificates({ resourceId: 'r-1' })));
    await client.createSshCertificate(sshRequest);
    expect(fake.requestsTo('acctmgmt-get-service-token')).toHaveLength(1);
    expect(client.stats.tokenFetches).toBe(1);
    expect(new Set(fake.calls().map((r) => r.headers['token'])).size).toBe(1);
  });

  test('a 401 fetches a new token once and repeats the call', async () => {
    const first = jwt(inSeconds(3600));
    fake.on('acctmgmt-get-service-token', [{ json: envelope(first) }, tokenReply(inSeconds(3600))]);
    fake.on('certificate/search', (r: RecordedRequest) => (r.headers['token'] === first ? expired : found));
    const { client } = testClient(fake.url, { auth });
    await expect(client.searchCertificates({ resourceId: 'r-1' })).resolves.toHaveLength(1);
    expect(fake.requestsTo('acctmgmt-get-service-token')).toHaveLength(2);
    expect(fake.requestsTo('certificate/search')).toHaveLength(2);
  });

  test('a token within 60 s of its exp is replaced before the next call', async () => {
    fake.on('acctmgmt-get-service-token', [tokenReply(inSeconds(30)), tokenReply(inSeconds(3600))]);
    const { client } = testClient(fake.url, { auth });
    await client.searchCertificates({ resourceId: 'r-1' });
    await client.searchCertificates({ resourceId: 'r-1' });
    await client.searchCertificates({ resourceId: 'r-1' });
    expect(fake.requestsTo('acctmgmt-get-service-token')).toHaveLength(2);
    const [a, b, c] = fake.requestsTo('certificate/search').map((r) => r.headers['token']);
    expect(a).not.toBe(b);
    expect(b).toBe(c);
  });

  test('a rejected client secret: AUTHENTICATION_FAILED naming the client id and the token URL', async () => {
    fake.on('acctmgmt-get-service-token', failure(401, null, 'Bad client credentials'));
    const { client } = testClient(fake.url, { auth });
    const error = await rejectionOf(client.login());
    expect(error.code).toBe('AUTHENTICATION_FAILED');
    expect(error.message).toContain('client id "terraform-ci"');
    expect(error.message).toContain(`${fake.url}/avxapi/acctmgmt-get-service-token`);
    expect(error.message).not.toContain('ci-secret-value');
  });
});
