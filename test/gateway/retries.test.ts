// Retries, timeouts, cancellation and the rule that a non-idempotent call is never sent twice
// once it may have reached the gateway.
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { envelope, failure, startFakeGateway } from './support/fake-gateway';
import type { FakeGateway } from './support/fake-gateway';
import { closeClients, rejectionOf, searchRecord, sshCertificateResponse, sshRequest, testClient } from './support/test-client';

let fake: FakeGateway;
const created = { json: envelope(sshCertificateResponse, 'Success', 'SSH-NB-200') };
const found = { json: envelope({ response: { objects: [searchRecord], totalRecords: 1 } }) };
const reissued = { status: 202, json: envelope({ resourceId: 'r-2', requestId: '240', message: 'Reissue action triggered successfully.' }) };
const openWorkOrder = failure(417, 'OPEN_WORK_ORDERS_FOUND', "Since requested certificate's work order is in progress, cannot initiate another action.");
const session = { kind: 'session' as const, sessionId: 'test-session-id' };

beforeEach(async () => {
  fake = await startFakeGateway();
});
afterEach(async () => {
  await closeClients();
  await fake.close();
});

describe('answers that prove nothing was done are retried, even for a create', () => {
  test.each([502, 503, 504])('HTTP %i, then success', async (status) => {
    fake.on('ssh/cert/create', [failure(status, null, 'unavailable'), created]);
    const { client } = testClient(fake.url, { auth: session });
    await expect(client.createSshCertificate(sshRequest)).resolves.toMatchObject({ serialNumber: '3515398573506688' });
    expect(fake.requestsTo('ssh/cert/create')).toHaveLength(2);
    expect(client.stats.retries).toBe(1);
  });

  test('429 with Retry-After: 1 waits a second before trying again', async () => {
    fake.on('certificate/search', [{ ...failure(429, null, 'Too Many Requests'), headers: { 'retry-after': '1' } }, found]);
    const { client } = testClient(fake.url, { auth: session });
    const started = Date.now();
    await client.searchCertificates({ resourceId: 'r-1' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(fake.requestsTo('certificate/search')).toHaveLength(2);
  });

  test('after maxRetries the last failure is thrown, marked retryable', async () => {
    fake.on('ssh/cert/create', failure(503, null, 'Service Unavailable'));
    const { client } = testClient(fake.url, { auth: session, maxRetries: 3 });
    await expect(client.createSshCertificate(sshRequest)).rejects.toMatchObject({
      code: 'GATEWAY_ERROR',
      status: 503,
      retryable: true,
      mayHaveBeenCarriedOut: false,
    });
    expect(fake.requestsTo('ssh/cert/create')).toHaveLength(4);
    expect(client.stats).toMatchObject({ requests: 4, retries: 3 });
  });
});

describe('a request that may have reached the gateway', () => {
  test('a create whose connection is destroyed after the gateway read it is AMBIGUOUS_OUTCOME, never repeated', async () => {
    fake.on('ssh/cert/create', { action: 'destroy' });
    const { client } = testClient(fake.url);
    const error = await rejectionOf(client.createSshCertificate(sshRequest));
    expect(error).toMatchObject({ code: 'AMBIGUOUS_OUTCOME', mayHaveBeenCarriedOut: true, retryable: false, endpoint: 'ssh/cert/create' });
    expect(error.message).toContain('the gateway may have carried this out');
    expect(error.remediation).toContain('identity "admin"');
    expect(fake.requestsTo('ssh/cert/create')).toHaveLength(1);
  });

  test.each([
    ['SSH revoke', 'ssh/cert/revoke', (c: any) => c.revokeSshCertificates([{ serialNumber: '1', caName: 'ca', groupName: 'g' }])],
    ['reissue', 'certificate/action', (c: any) => c.reissueCertificate({ resourceId: 'r-1', reason: 'Superseded' })],
    ['certificate revoke', 'certificate/revoke', (c: any) => c.revokeCertificate({ resourceId: 'r-1', reason: 'Superseded' }, { isSync: true, ttl: 300 })],
  ])('the same for a %s', async (_name, endpoint, call) => {
    fake.on(endpoint, { action: 'destroy' });
    const { client } = testClient(fake.url, { auth: session });
    await expect(call(client)).rejects.toMatchObject({ code: 'AMBIGUOUS_OUTCOME', mayHaveBeenCarriedOut: true });
    expect(fake.requestsTo(endpoint)).toHaveLength(1);
  });

  test('a create that gets no answer within requestTimeoutMs is AMBIGUOUS_OUTCOME', async () => {
    fake.on('ssh/cert/create', { action: 'hang' });
    const { client } = testClient(fake.url, { auth: session, requestTimeoutMs: 300 });
    await expect(client.createSshCertificate(sshRequest)).rejects.toMatchObject({ code: 'AMBIGUOUS_OUTCOME', mayHaveBeenCarriedOut: true });
    expect(fake.requestsTo('ssh/cert/create')).toHaveLength(1);
  });

  test('a search (a read) is retried after a reset', async () => {
    fake.on('certificate/search', [{ action: 'destroy' }, found]);
    const { client } = testClient(fake.url, { auth: session });
    await expect(client.searchCertificates({ resourceId: 'r-1' })).resolves.toHaveLength(1);
    expect(fake.requestsTo('certificate/search')).toHaveLength(2);
  });

  test('a search is retried after a timeout, and fails with TIMEOUT when they persist', async () => {
    fake.on('certificate/search', [{ action: 'hang' }, found]);
    const { client } = testClient(fake.url, { auth: session, requestTimeoutMs: 200 });
    await expect(client.searchCertificates({ resourceId: 'r-1' })).resolves.toHaveLength(1);
    fake.on('certificate/search', { action: 'hang' });
    await expect(client.searchCertificates({ resourceId: 'r-1' }, {})).rejects.toMatchObject({
      code: 'TIMEOUT',
      mayHaveBeenCarriedOut: false,
      retryable: true,
    });
  });
});

describe('the gateway cannot be reached', () => {
  test('connection refused is retried (nothing was sent), then CONNECTION_FAILED', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { client } = testClient(`http://127.0.0.1:${port}`, { auth: session, maxRetries: 2 });
    const error = await rejectionOf(client.createSshCertificate(sshRequest));
    expect(error).toMatchObject({ code: 'CONNECTION_FAILED', mayHaveBeenCarriedOut: false, retryable: true });
    expect(error.message).toContain('ECONNREFUSED');
    expect(client.stats).toMatchObject({ requests: 3, retries: 2 });
  });
});

describe('cancellation and deadlines', () => {
  test('an AbortSignal stops a hanging call quickly with ABORTED', async () => {
    fake.on('ssh/cert/create', { action: 'hang' });
    const { client } = testClient(fake.url, { auth: session, requestTimeoutMs: 10_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const error = await rejectionOf(client.createSshCertificate(sshRequest, { signal: controller.signal }));
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(error).toMatchObject({ code: 'ABORTED', mayHaveBeenCarriedOut: true });
  });

  test('an AbortSignal that already fired sends nothing', async () => {
    const { client } = testClient(fake.url);
    await expect(client.searchCertificates({ resourceId: 'r-1' }, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      code: 'ABORTED',
      mayHaveBeenCarriedOut: false,
    });
    expect(fake.requests).toHaveLength(0);
  });

  test('aborting during a backoff wait ends the wait', async () => {
    fake.on('certificate/search', failure(503, null, 'Service Unavailable'));
    const { client } = testClient(fake.url, { auth: session, retryBaseDelayMs: 5_000, maxRetries: 10 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const started = Date.now();
    await expect(client.searchCertificates({ resourceId: 'r-1' }, { signal: controller.signal })).rejects.toMatchObject({ code: 'ABORTED' });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  test('retries stop at the deadline with the last failure', async () => {
    fake.on('certificate/search', failure(503, null, 'Service Unavailable'));
    const { client } = testClient(fake.url, { auth: session, retryBaseDelayMs: 100, maxRetries: 1_000 });
    const started = Date.now();
    await expect(client.searchCertificates({ resourceId: 'r-1' }, { deadline: Date.now() + 600 })).rejects.toMatchObject({
      code: 'GATEWAY_ERROR',
      status: 503,
    });
    expect(Date.now() - started).toBeLessThan(900);
  });

  test('a Retry-After beyond the deadline fails at once', async () => {
    fake.on('certificate/search', { ...failure(429, null, 'Too Many Requests'), headers: { 'retry-after': '30' } });
    const { client } = testClient(fake.url, { auth: session });
    const started = Date.now();
    await expect(client.searchCertificates({ resourceId: 'r-1' }, { deadline: Date.now() + 2_000 })).rejects.toMatchObject({
      code: 'GATEWAY_ERROR',
      status: 429,
    });
    expect(Date.now() - started).toBeLessThan(500);
    expect(fake.requestsTo('certificate/search')).toHaveLength(1);
  });

  test('a hanging read ends at the deadline with TIMEOUT, a hanging create with AMBIGUOUS_OUTCOME', async () => {
    fake.on('certificate/search', { action: 'hang' });
    fake.on('ssh/cert/create', { action: 'hang' });
    const { client } = testClient(fake.url, { auth: session, requestTimeoutMs: 10_000 });
    const started = Date.now();
    await expect(client.searchCertificates({ resourceId: 'r-1' }, { deadline: Date.now() + 300 })).rejects.toMatchObject({ code: 'TIMEOUT' });
    await expect(client.createSshCertificate(sshRequest, { deadline: Date.now() + 300 })).rejects.toMatchObject({
      code: 'AMBIGUOUS_OUTCOME',
      mayHaveBeenCarriedOut: true,
    });
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});

test('close() cuts a call still in flight after a short grace; calls after it fail without sending', async () => {
  fake.on('ssh/cert/create', { action: 'hang' });
  const { client } = testClient(fake.url, { auth: session, requestTimeoutMs: 60_000 });
  const inFlight = rejectionOf(client.createSshCertificate(sshRequest));
  while (fake.requestsTo('ssh/cert/create').length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
  const started = Date.now();
  await client.close();
  expect(Date.now() - started).toBeLessThan(3_000);
  expect(await inFlight).toMatchObject({ code: 'AMBIGUOUS_OUTCOME', mayHaveBeenCarriedOut: true });
  await expect(client.searchCertificates({ resourceId: 'r-1' })).rejects.toMatchObject({ code: 'CONNECTION_FAILED', mayHaveBeenCarriedOut: false });
  expect(fake.requestsTo('certificate/search')).toHaveLength(0);
});

describe('417 OPEN_WORK_ORDERS_FOUND', () => {
  test('without retryOpenWorkOrders: a GATEWAY_ERROR at once', async () => {
    fake.on('certificate/action', openWorkOrder);
    const { client } = testClient(fake.url, { auth: session });
    await expect(client.reissueCertificate({ resourceId: 'r-1', reason: 'Superseded' })).rejects.toMatchObject({
      code: 'GATEWAY_ERROR',
      status: 417,
      appStatusCode: 'OPEN_WORK_ORDERS_FOUND',
      remediation: 'Trigger the request once the open workOrder for the certificate is completed.',
    });
    expect(fake.requestsTo('certificate/action')).toHaveLength(1);
  });

  test('with retryOpenWorkOrders: retried until the work order is done, past maxRetries', async () => {
    fake.on('certificate/action', [openWorkOrder, openWorkOrder, openWorkOrder, openWorkOrder, reissued]);
    const { client } = testClient(fake.url, { auth: session, maxRetries: 1 });
    const result = await client.reissueCertificate({ resourceId: 'r-1', reason: 'Superseded' }, { retryOpenWorkOrders: true, deadline: Date.now() + 10_000 });
    expect(result).toEqual({ resourceId: 'r-2', requestId: '240', message: 'Reissue action triggered successfully.' });
    expect(fake.requestsTo('certificate/action')).toHaveLength(5);
  });

  test('with retryOpenWorkOrders: given up at the deadline', async () => {
    fake.on('certificate/revoke', openWorkOrder);
    const { client } = testClient(fake.url, { auth: session, retryBaseDelayMs: 50 });
    const started = Date.now();
    await expect(
      client.revokeCertificate({ resourceId: 'r-1', reason: 'Superseded' }, { isSync: true, ttl: 300, retryOpenWorkOrders: true, deadline: Date.now() + 700 })
    ).rejects.toMatchObject({ code: 'GATEWAY_ERROR', appStatusCode: 'OPEN_WORK_ORDERS_FOUND' });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(fake.requestsTo('certificate/revoke').length).toBeGreaterThan(2);
  });
});
