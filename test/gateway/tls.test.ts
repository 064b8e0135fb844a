// TLS trust: a gateway with a self-signed certificate is refused by default, trusted through
// caCertificate (an extra anchor), or accepted unverified with insecure=true (with a warning).
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { envelope, startFakeGateway } from './support/fake-gateway';
import type { FakeGateway } from './support/fake-gateway';
import { derCertificate, hasOpenssl, opensslCertificate } from './support/test-certificate';
import type { TestCertificate } from './support/test-certificate';
import { closeClients, rejectionOf, searchRecord, testClient } from './support/test-client';

// Both ways of making the test certificate are exercised where openssl exists.
const generators: [string, () => TestCertificate][] = [
  ['node:crypto', derCertificate],
  ...(hasOpenssl() ? [['openssl', opensslCertificate] as [string, () => TestCertificate]] : []),
];

describe.each(generators)('certificate made with %s', (_name, generate) => {
  let certificate: TestCertificate;
  let fake: FakeGateway;

  beforeAll(() => {
    certificate = generate();
  });
  beforeEach(async () => {
    fake = await startFakeGateway({ tls: certificate });
    fake.on('certificate/search', { json: envelope({ response: { objects: [searchRecord], totalRecords: 1 } }) });
  });
  afterEach(async () => {
    await closeClients();
    await fake.close();
  });

  test('a self-signed gateway certificate is refused without caCertificate, with a message saying what to set', async () => {
    const { client } = testClient(fake.url);
    const error = await rejectionOf(client.searchCertificates({ resourceId: 'r-1' }));
    expect(error).toMatchObject({ code: 'CONNECTION_FAILED', retryable: false, mayHaveBeenCarriedOut: false });
    expect(error.message).toMatch(/TLS/);
    expect(error.message).toMatch(/self[- ]signed/i);
    expect(error.message).toContain('ca_certificate');
    expect(fake.requests).toHaveLength(0);
    expect(client.stats.retries).toBe(0); // a trust problem does not go away by itself
  });

  test('the same certificate given as caCertificate is trusted', async () => {
    const { client, logs } = testClient(fake.url, { caCertificate: certificate.cert });
    await expect(client.searchCertificates({ resourceId: 'r-1' })).resolves.toHaveLength(1);
    expect(logs.filter((l) => l.level === 'warn')).toHaveLength(0);
  });

  test('insecure=true accepts it, and says so once at warn level', async () => {
    const { client, logs } = testClient(fake.url, { insecure: true });
    await client.searchCertificates({ resourceId: 'r-1' });
    await client.searchCertificates({ resourceId: 'r-2' });
    const warnings = logs.filter((l) => l.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/TLS verification .* turned off/);
  });

  test('a caCertificate that is not a PEM certificate is rejected when the client is created', () => {
    expect(() => testClient(fake.url, { caCertificate: 'not a certificate' })).toThrow(expect.objectContaining({ code: 'INVALID_REQUEST' }));
  });
});

// Each TLS (and connection) failure class gets its own remediation: the advice for an untrusted CA
// ("set ca_certificate") is wrong for a host-name mismatch or an expired certificate.
describe('each connection failure class has its own remediation', () => {
  let fake: FakeGateway | undefined;
  afterEach(async () => {
    await closeClients();
    await fake?.close();
    fake = undefined;
  });
  const search = (url: string, overrides: Parameters<typeof testClient>[1] = {}) => rejectionOf(testClient(url, { auth: { kind: 'session', sessionId: 's-1' }, ...overrides }).client.searchCertificates({ resourceId: 'r-1' }));

  test('untrusted CA: set ca_certificate', async () => {
    fake = await startFakeGateway({ tls: derCertificate() });
    const error = await search(fake.url);
    expect(error).toMatchObject({ code: 'CONNECTION_FAILED', retryable: false });
    expect(error.remediation).toMatch(/not issued by a CA this machine trusts.*set ca_certificate/);
  });

  test('host-name mismatch: use the name the certificate names; ca_certificate does not help', async () => {
    const certificate = derCertificate(new Date(), { dnsName: 'gateway.example.test', loopbackIp: false });
    fake = await startFakeGateway({ tls: certificate });
    const error = await search(fake.url, { caCertificate: certificate.cert });
    expect(error).toMatchObject({ code: 'CONNECTION_FAILED', retryable: false });
    expect(error.message).toMatch(/ERR_TLS_CERT_ALTNAME_INVALID|altnames/);
    expect(error.remediation).toMatch(/not for the host name in url \(https:\/\/127\.0\.0\.1:\d+\)/);
    expect(error.remediation).toMatch(/ca_certificate does not help/);
    expect(fake.requests).toHaveLength(0);
  });

  test('expired certificate: renew it on the gateway or check the clock', async () => {
    const now = Date.now();
    const certificate = derCertificate(new Date(), { notBefore: new Date(now - 10 * 86_400_000), notAfter: new Date(now - 86_400_000) });
    fake = await startFakeGateway({ tls: certificate });
    const error = await search(fake.url, { caCertificate: certificate.cert });
    expect(error).toMatchObject({ code: 'CONNECTION_FAILED', retryable: false });
    expect(error.message).toMatch(/CERT_HAS_EXPIRED|expired/);
    expect(error.remediation).toMatch(/outside its validity period.*Renew the certificate on the gateway/);
    expect(error.remediation).not.toMatch(/set ca_certificate/);
  });

  test('connection refused: check the port and that the gateway runs', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const error = await search(`https://127.0.0.1:${port}`, { maxRetries: 0 });
    expect(error).toMatchObject({ code: 'CONNECTION_FAILED', retryable: true, mayHaveBeenCarriedOut: false });
    expect(error.remediation).toMatch(new RegExp(`Nothing accepts connections at https://127\\.0\\.0\\.1:${port}: check the port`));
  });

  test('wrong protocol on the port (https:// to a plain-HTTP server): the port does not speak TLS', async () => {
    fake = await startFakeGateway();
    const error = await search(fake.url.replace('http://', 'https://'));
    expect(error).toMatchObject({ code: 'CONNECTION_FAILED', retryable: false });
    expect(error.remediation).toMatch(/does not speak TLS/);
    expect(fake.requests).toHaveLength(0);
  });
});
