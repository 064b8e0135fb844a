// Nothing secret reaches a log line at the most verbose level: not through the provider's logger
// (which masks registered secrets as a second line of defence) and not even handed to it.
import { randomUUID } from 'node:crypto';
import { logger as providerLogger, setLogSink } from '../../provider/src/logging';
import type { Fields, Logger } from '../../provider/src/logging';
import { envelope, failure, jwt, startFakeGateway } from './support/fake-gateway';
import type { FakeGateway } from './support/fake-gateway';
import { PASSWORD, capturingLogger, closeClients, searchRecord, sshCertificateResponse, sshRequest, testClient } from './support/test-client';

const SESSION_ID = randomUUID();
const TOKEN = jwt(Math.floor(Date.now() / 1000) + 1800, 'log-test');
const CLIENT_SECRET = 'client-secret-never-logged';
const PFX_PASSWORD = 'pfx-password-never-logged';
const CSR = '-----BEGIN CERTIFICATE REQUEST-----\nMIICsecretcsrbody\n-----END CERTIFICATE REQUEST-----';
const CERT_CONTENT = sshCertificateResponse.certContent;

let fake: FakeGateway;
let sinkLines: string[];
let restoreSink: (line: string) => void;

beforeEach(async () => {
  fake = await startFakeGateway();
  fake.on('login', { json: envelope({ status: 'SUCCESS', sessionId: SESSION_ID }) });
  fake.on('acctmgmt-get-service-token', { json: envelope(TOKEN) });
  fake.on('ssh/cert/create', created());
  fake.on('certificate/action', [failure(503, null, 'busy'), { status: 202, json: envelope({ resourceId: 'r', requestId: '1', message: null }) }]);
  fake.on('certificate/search', [failure(401, 'AVX_GW_003', 'Authentication failed'), { json: envelope({ response: { objects: [searchRecord] } }) }]);
  sinkLines = [];
  restoreSink = setLogSink((line) => sinkLines.push(line));
});
afterEach(async () => {
  setLogSink(restoreSink);
  await closeClients();
  await fake.close();
});

function created() {
  return { json: envelope(sshCertificateResponse, 'Success', 'SSH-NB-200') };
}

/** Both the provider's logger (through the sink) and an unmasked copy of every call to it. */
function teeLogger(raw: Logger): Logger {
  const tee = (real: Logger, copy: Logger): Logger => ({
    trace: (m: string, f?: Fields) => (real.trace(m, f), copy.trace(m, f)),
    debug: (m: string, f?: Fields) => (real.debug(m, f), copy.debug(m, f)),
    info: (m: string, f?: Fields) => (real.info(m, f), copy.info(m, f)),
    warn: (m: string, f?: Fields) => (real.warn(m, f), copy.warn(m, f)),
    error: (m: string, f?: Fields) => (real.error(m, f), copy.error(m, f)),
    child: (fields: Fields) => tee(real.child(fields), copy.child(fields)),
  });
  return tee(providerLogger, raw);
}

test('no password, session id, token, client secret, certificate password, CSR or certificate in any log line', async () => {
  const raw = capturingLogger();
  const password = testClient(fake.url, { logger: teeLogger(raw) }).client;
  await password.createSshCertificate(sshRequest);
  await password.reissueCertificate({
    resourceId: 'r',
    reason: 'Superseded',
    certificateFormat: { format: 'PFX', password: PFX_PASSWORD },
    uploadCSRDetails: { category: 'Server', csrContent: CSR },
  });
  await password.searchCertificates({ resourceId: 'r' });
  const service = testClient(fake.url, { logger: teeLogger(raw), auth: { kind: 'service-account', clientId: 'ci', clientSecret: CLIENT_SECRET } }).client;
  await service.searchCertificates({ resourceId: 'r' });
  fake.on('login', failure(404, null, 'Not Found'));
  const fallback = testClient(fake.url, { logger: teeLogger(raw), auth: { kind: 'password', username: 'bob', password: PASSWORD } }).client;
  await fallback.createSshCertificate(sshRequest);

  const basic = Buffer.from(`ci:${CLIENT_SECRET}`).toString('base64');
  const secrets = [PASSWORD, SESSION_ID, TOKEN, CLIENT_SECRET, basic, PFX_PASSWORD, CSR, 'MIICsecretcsrbody', CERT_CONTENT, sshRequest.publicKey];
  const rawText = raw.lines.map((l) => JSON.stringify(l)).join('\n');
  expect(sinkLines.length).toBeGreaterThan(10);
  expect(raw.lines.length).toBe(sinkLines.length);
  for (const secret of secrets) {
    expect(sinkLines.filter((line) => line.includes(secret))).toEqual([]);
    expect(rawText.includes(secret)).toBe(false);
  }
  // Nothing even had to be masked: the gateway layer never hands a secret to the logger.
  expect(sinkLines.filter((line) => line.includes('***'))).toEqual([]);
});

test('one debug line per request: method, endpoint, status, appStatusCode, duration and attempt', async () => {
  const raw = capturingLogger();
  const { client } = testClient(fake.url, { logger: raw });
  await client.createSshCertificate(sshRequest);
  const requests = raw.lines.filter((l) => l.message === 'gateway request');
  expect(requests.map((l) => [l.level, l.fields['method'], l.fields['endpoint'], l.fields['status']])).toEqual([
    ['debug', 'POST', 'login', 200],
    ['debug', 'POST', 'ssh/cert/create', 200],
  ]);
  expect(requests[1]!.fields).toMatchObject({ appStatusCode: 'SSH-NB-200', attempt: 1 });
  expect(typeof requests[1]!.fields['durationMs']).toBe('number');
});
