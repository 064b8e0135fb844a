// Reading answers: loose enough for strings-for-numbers, nulls and extra fields; strict enough
// to notice a broken gateway.
import { isAlreadyGone } from '../../provider/src/gateway/index';
import type { SshRevokeOutcome } from '../../provider/src/gateway/index';
import { envelope, failure, startFakeGateway } from './support/fake-gateway';
import type { FakeGateway } from './support/fake-gateway';
import { closeClients, rejectionOf, searchRecord, sshCertificateResponse, sshRequest, testClient } from './support/test-client';

let fake: FakeGateway;
const session = { kind: 'session' as const, sessionId: 'test-session-id' };

beforeEach(async () => {
  fake = await startFakeGateway();
});
afterEach(async () => {
  await closeClients();
  await fake.close();
});

describe('SSH certificate create', () => {
  test('the page sample reads as documented', async () => {
    fake.on('ssh/cert/create', { json: envelope(sshCertificateResponse, 'Success', 'SSH-NB-200') });
    const { client } = testClient(fake.url, { auth: session });
    const { filePaths: _f, onlyForWebTerminal: _o, ...expected } = sshCertificateResponse;
    expect(await client.createSshCertificate(sshRequest)).toEqual(expected);
  });

  test('numbers as strings, a numeric serial, principals as one string, extensions as a list, nulls', async () => {
    fake.on('ssh/cert/create', {
      json: envelope(
        {
          ...sshCertificateResponse,
          serialNumber: 3515398573506688,
          validFrom: '1716503060000',
          validTo: '2024-06-23T22:24:20.000Z',
          validity: '30',
          validityUnit: null,
          principals: 'admin, ops',
          extensions: ['permitPty', 'permitUserRc'],
          fingerPrint: null,
          somethingNew: { nested: true },
        },
        'Success',
        'SUCCESS'
      ),
    });
    const { client } = testClient(fake.url, { auth: session });
    const certificate = await client.createSshCertificate(sshRequest);
    expect(certificate).toMatchObject({
      serialNumber: '3515398573506688',
      validFrom: 1716503060000,
      validTo: Date.parse('2024-06-23T22:24:20.000Z'),
      validity: 30,
      validityUnit: null,
      principals: ['admin', 'ops'],
      extensions: { permitPty: true, permitUserRc: true },
      fingerPrint: '',
    });
    expect(certificate).not.toHaveProperty('somethingNew');
  });

  test.each(['serialNumber', 'certContent', 'validFrom'])('a certificate without %s is INVALID_RESPONSE (and was carried out)', async (field) => {
    const { [field as keyof typeof sshCertificateResponse]: _dropped, ...broken } = sshCertificateResponse;
    fake.on('ssh/cert/create', { json: envelope(broken, 'Success', 'SSH-NB-200') });
    const { client } = testClient(fake.url, { auth: session });
    const error = await rejectionOf(client.createSshCertificate(sshRequest));
    expect(error).toMatchObject({ code: 'INVALID_RESPONSE', mayHaveBeenCarriedOut: true });
    expect(error.issues.map((i: { path: unknown[] }) => i.path)).toEqual([[field]]);
    expect(fake.requestsTo('ssh/cert/create')).toHaveLength(1);
  });

  test('a 200 that is not the JSON envelope is INVALID_RESPONSE', async () => {
    fake.on('certificate/search', { status: 200, raw: '<html>Sign in to continue</html>' });
    const { client } = testClient(fake.url, { auth: session });
    await expect(client.searchCertificates({ resourceId: 'r' })).rejects.toMatchObject({ code: 'INVALID_RESPONSE', status: 200, mayHaveBeenCarriedOut: false });
  });
});

describe('certificate search', () => {
  test.each([
    ['nested twice (README)', { response: { objects: [searchRecord], totalRecords: 1 } }],
    ['nested once', { objects: [searchRecord], totalRecords: 1 }],
  ])('results %s', async (_name, payload) => {
    fake.on('certificate/search', { json: envelope(payload) });
    const { client } = testClient(fake.url, { auth: session });
    expect(await client.searchCertificates({ resourceId: searchRecord.resourceId })).toEqual([searchRecord]);
  });

  test('nulls, strings for numbers and numeric request ids', async () => {
    const record = {
      resourceId: 'r-9',
      commonName: 'a.example',
      status: 'Revoked',
      validFrom: '1716503060000',
      validTo: null,
      requestIds: [238, '239'],
      extra: 1,
    };
    fake.on('certificate/search', { json: envelope({ response: { objects: [record], totalRecords: '1' } }) });
    const { client } = testClient(fake.url, { auth: session });
    expect(await client.searchCertificates({ commonName: 'a.example' })).toEqual([
      {
        resourceId: 'r-9',
        commonName: 'a.example',
        serialNumber: null,
        issuerCommonName: null,
        status: 'Revoked',
        validFrom: 1716503060000,
        validTo: null,
        certificateAuthority: null,
        group: null,
        category: null,
        requestIds: ['238', '239'],
      },
    ]);
  });

  test('404 NO_RECORDS_FOUND, and empty results, are []', async () => {
    fake.on('certificate/search', [
      failure(404, 'NO_RECORDS_FOUND', 'No matching records found.'),
      { json: envelope({ response: { objects: [], totalRecords: 0 } }) },
    ]);
    const { client } = testClient(fake.url, { auth: session });
    expect(await client.searchCertificates({ resourceId: 'gone' })).toEqual([]);
    expect(await client.searchCertificates({ resourceId: 'gone' })).toEqual([]);
  });

  test('a record without resourceId is INVALID_RESPONSE', async () => {
    fake.on('certificate/search', { json: envelope({ response: { objects: [{ commonName: 'x' }] } }) });
    const { client } = testClient(fake.url, { auth: session });
    await expect(client.searchCertificates({ commonName: 'x' })).rejects.toMatchObject({ code: 'INVALID_RESPONSE', mayHaveBeenCarriedOut: false });
  });
});

describe('reissue and revoke answers', () => {
  test('reissue: a numeric requestId; the envelope message when the response has none', async () => {
    fake.on('certificate/action', { status: 202, json: envelope({ resourceId: 'r-2', requestId: 238 }, 'Reissue action has been triggered successfully') });
    const { client } = testClient(fake.url, { auth: session });
    expect(await client.reissueCertificate({ resourceId: 'r-1', reason: 'Superseded' })).toEqual({
      resourceId: 'r-2',
      requestId: '238',
      message: 'Reissue action has been triggered successfully',
    });
  });

  test('reissue without resourceId is INVALID_RESPONSE', async () => {
    fake.on('certificate/action', { status: 202, json: envelope({ requestId: '238' }) });
    const { client } = testClient(fake.url, { auth: session });
    await expect(client.reissueCertificate({ resourceId: 'r-1', reason: 'Superseded' })).rejects.toMatchObject({
      code: 'INVALID_RESPONSE',
      mayHaveBeenCarriedOut: true,
    });
  });

  test('certificate revoke: the page sample, and a null response', async () => {
    fake.on('certificate/revoke', [
      { json: envelope({ resourceId: 'r-1', requestId: 'wf-1', certStatus: 'Revoked' }, 'Certificate Revoke action executed successfully') },
      { json: envelope(null, 'Revoke request submitted') },
    ]);
    const { client } = testClient(fake.url, { auth: session });
    expect(await client.revokeCertificate({ resourceId: 'r-1', reason: 'Superseded' }, { isSync: true, ttl: 300 })).toEqual({
      resourceId: 'r-1',
      requestId: 'wf-1',
      certStatus: 'Revoked',
      message: 'Certificate Revoke action executed successfully',
    });
    expect(await client.revokeCertificate({ resourceId: 'r-1', reason: 'Superseded' }, { isSync: false, ttl: 300 })).toEqual({
      resourceId: null,
      requestId: null,
      certStatus: null,
      message: 'Revoke request submitted',
    });
  });

  test('SSH revoke: the page sample', async () => {
    const sample = {
      revokedRequests: [
        { caIdentifier: 'Default-Infra-Access-Group.user.ca', error: null, certificate: 'c1', serialNumber: '3527182657550928', revoked: true },
      ],
      failedRequests: [{ caIdentifier: 'TestHostCA', error: 'No CA found with given name or Id', certificate: 'c2', serialNumber: null, revoked: false }],
    };
    fake.on('ssh/cert/revoke', { json: envelope(sample, 'Success', 'SSH-NB-200') });
    const { client } = testClient(fake.url, { auth: session });
    expect(await client.revokeSshCertificates([{ serialNumber: '3527182657550928', caName: 'ca', groupName: 'g' }])).toEqual(sample);
  });
});

test.each([
  ['Certificate already revoked', true],
  ['certificate is ALREADY REVOKED', true],
  ['Certificate not found', true],
  ['Certificate not found with given serial number', true],
  ['No CA found with given name or Id', false],
  ['One or more groups do not have permission to perform this action.', false],
  [null, false],
])('isAlreadyGone(%p) is %p', (error, expected) => {
  const outcome: SshRevokeOutcome = { caIdentifier: 'ca', error, certificate: null, serialNumber: '1', revoked: false };
  expect(isAlreadyGone(outcome)).toBe(expected);
});
