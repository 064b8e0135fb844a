// Retries, timeouts, cancellation and the rule that a non-idempotent call is never sent twice
// once it may have reached the gateway (an SSH create only to find out: the gateway signs one
// certificate per key), and the shutdown gate.
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
  test.each([502, 503])('HTTP %i, then success', async (status) => {
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
  const alreadySigned = failure(400, 'ERR-SSH_NB-268', 'Valid certificate already exists for the given Key');

  test('an SSH create whose connection is destroyed after sending is repeated once: ERR-SSH_NB-268 then proves the first signed', async () => {
    fake.on('ssh/cert/create', [{ action: 'destroy' }, alreadySigned]);
    const { client } = testClient(fake.url);
    const error = await rejectionOf(client.createSshCertificate(sshRequest));
    expect(error).toMatchObject({ code: 'GATEWAY_ERROR', appStatusCode: 'ERR-SSH_NB-268', mayHaveBeenCarriedOut: true, endpoint: 'ssh/cert/create' });
    expect(error.message).toMatch(/outcome was unknown \(the connection failed .*after the request was sent\)/);
    expect(error.message).toContain('shows that the earlier attempt was carried out');
    expect(fake.requestsTo('ssh/cert/create')).toHaveLength(2);
  });

  test('an SSH create whose answer was lost, repeated with success: the first did not sign, the certificate is returned', async () => {
    fake.on('ssh/cert/create', [{ action: 'destroy' }, created]);
    const { client } = testClient(fake.url);
    await expect(client.createSshCertificate(sshRequest)).resolves.toMatchObject({ serialNumber: '3515398573506688' });
    expect(fake.requestsTo('ssh/cert/create')).toHaveLength(2);
  });

  test('an SSH create answered 504 by a proxy is repeated the same way, never blindly trusted as "not done"', async () => {
    fake.on('ssh/cert/create', [{ status: 504, raw: '<html>504 Gateway Time-out</html>' }, alreadySigned]);
    const { client } = testClient(fake.url, { auth: session });
    await expect(client.createSshCertificate(sshRequest)).rejects.toMatchObject({ code: 'GATEWAY_ERROR', appStatusCode: 'ERR-SSH_NB-268', mayHaveBeenCarriedOut: true });
    expect(fake.requestsTo('ssh/cert/create')).toHaveLength(2);
  });

  test('an SSH create whose every attempt is lost ends AMBIGUOUS_OUTCOME, naming the identity to look for', async () => {
    fake.on('ssh/cert/create', { action: 'destroy' });
    const { client } = testClient(fake.url, { maxRetries: 2 });
    const error = await rejectionOf(client.createSshCertificate(sshRequest));
    expect(error).toMatchObject({ code: 'AMBIGUOUS_OUTCOME', mayHaveBeenCarriedOut: true, retryable: false, endpoint: 'ssh/cert/create' });
    expect(error.message).toContain('the gateway may have carried this out');
    expect(error.remediation).toContain('identity "admin"');
    expect(fake.requestsTo('ssh/cert/create')).toHaveLength(3);
  });

  test.each([
    ['SSH revoke', 'ssh/cert/revoke', (c: any) => c.revokeSshCertificates([{ serialNumber: '1', caName: 'ca', groupName: 'g' }])],
    ['reissue', 'certificate/action', (c: any) => c.reissueCertificate({ resourceId: 'r-1', reason: 'Superseded' })],
    ['certificate revoke', 'certificate/revoke', (c: any) => c.revokeCertificate({ resourceId: 'r-1', reason: 'Superseded' }, { isSync: true, ttl: 300 })],
  ])('a %s answered 504 is AMBIGUOUS_OUTCOME, never repeated', async (_name, endpoint, call) => {
    fake.on(endpoint, { status: 504, raw: '<html>504 Gateway Time-out</html>' });
    const { client } = testClient(fake.url, { auth: session });
    await expect(call(client)).rejects.toMatchObject({ code: 'AMBIGUOUS_OUTCOME', mayHaveBeenCarriedOut: true, status: 504 });
    expect(fake.requestsTo(endpoint)).toHaveLength(1);
  });

  test('a search answered 504 is retried (a read cannot do anything twice)', async () => {
    fake.on('certificate/search', [{ status: 504, raw: 'timeout' }, found]);
    const { client } = testClient(fake.url, { auth: session });
    await expect(client.searchCertificates({ resourceId: 'r-1' })).resolves.toHaveLength(1);
    expect(fake.requestsTo('certificate/search')).toHaveLength(2);
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

  test('a revoke that gets no answer within requestTimeoutMs is AMBIGUOUS_OUTCOME, sent once', async () => {
    fake.on('certificate/revoke', { action: 'hang' });
    const { client } = testClient(fake.url, { auth: session, requestTimeoutMs: 300 });
    await expect(client.revokeCertificate({ resourceId: 'r-1', reason: 'Superseded' }, { isSync: true, ttl: 300 })).rejects.toMatchObject({ code: 'AMBIGUOUS_OUTCOME', mayHaveBeenCarriedOut: true });
    expect(fake.requestsTo('certificate/revoke')).toHaveLength(1);
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

describe('shutdown (the provider got SIGTERM/SIGINT/SIGHUP)', () => {
  test('a create not yet sent is refused: cancelled, nothing was sent; a search still goes', async () => {
    fake.on('ssh/cert/create', created);
    fake.on('certificate/search', found);
    const { client } = testClient(fake.url, { auth: session });
    await client.shutdown('the provider received SIGTERM');
    const error = await rejectionOf(client.createSshCertificate(sshRequest));
    expect(error).toMatchObject({ code: 'ABORTED', mayHaveBeenCarriedOut: false, retryable: false });
    expect(error.message).toContain('cancelled, nothing was sent: the provider received SIGTERM');
    expect(fake.requestsTo('ssh/cert/create')).toHaveLength(0);
    await expect(client.searchCertificates({ resourceId: 'r-1' })).resolves.toHaveLength(1);
  });

  test('waits for a create already sent, which completes and is returned', async () => {
    fake.on('ssh/cert/create', { ...created, delayMs: 300 });
    const { client } = testClient(fake.url, { auth: session });
    const creating = client.createSshCertificate(sshRequest);
    while (fake.requestsTo('ssh/cert/create').length === 0) await new Promise((r) => setTimeout(r, 5));
    let drained = false;
    const shutdown = client.shutdown('the provider received SIGTERM').then(() => (drained = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(drained).toBe(false);
    await expect(creating).resolves.toMatchObject({ serialNumber: '3515398573506688' });
    await shutdown;
    expect(drained).toBe(true);
  });

  test('a create waiting to retry a 503 is refused at once instead of being sent again', async () => {
    fake.on('ssh/cert/create', failure(503, null, 'Service Unavailable'));
    const { client } = testClient(fake.url, { auth: session, retryBaseDelayMs: 60_000, maxRetries: 3 });
    const creating = rejectionOf(client.createSshCertificate(sshRequest));
    while (fake.requestsTo('ssh/cert/create').length === 0) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 20));
    await client.shutdown('the provider received SIGTERM');
    expect(await creating).toMatchObject({ code: 'ABORTED', mayHaveBeenCarriedOut: false });
    expect(fake.requestsTo('ssh/cert/create')).toHaveLength(1);
  });
});
