// TLS trust: a gateway with a self-signed certificate is refused by default, trusted through
// caCertificate (an extra anchor), or accepted unverified with insecure=true (with a warning).
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
