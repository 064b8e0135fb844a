// The X.509 enrollment endpoints against a scripted gateway: every request the client sends
// (method, path, query, headers, body field names and types) as
// shared/appviewx-api/other-endpoints-from-public-clients.md §2-4 describe them, both answer forms
// the sources disagree on, and the non-idempotent calls sent exactly once when the answer is lost.
import { envelope, failure, startFakeGateway } from './support/fake-gateway';
import type { FakeGateway, RecordedRequest } from './support/fake-gateway';
import { closeClients, rejectionOf, searchRecord, testClient } from './support/test-client';

let fake: FakeGateway;
beforeEach(async () => {
  fake = await startFakeGateway();
});
afterEach(async () => {
  await closeClients();
  await fake.close();
});

const CSR = '-----BEGIN CERTIFICATE REQUEST-----\nMIIBAA==\n-----END CERTIFICATE REQUEST-----';
const subject = { commonName: 'api.example.com', dnsNames: ['api.example.com'], keyType: 'RSA' as const, bitLength: 2048, hashFunction: 'SHA256' };

function only(endpoint: string): RecordedRequest {
  const calls = fake.requestsTo(endpoint);
  expect(calls).toHaveLength(1);
  return calls[0]!;
}

/** Session header and JSON, as on every call (README; §1). */
function expectCommonHeaders(r: RecordedRequest): void {
  expect(r.headers['sessionid']).toMatch(/^session-/);
  expect(r.headers['accept']).toBe('application/json');
}

describe('POST certificate/create (§2)', () => {
  test('AppViewX-generated key: caConnectorInfo with csrParameters, bitLength a string, isSync in the query', async () => {
    fake.on('certificate/create', { json: envelope({ resourceId: 'r-1', requestId: '238', certificateContent: Buffer.from('PEM').toString('base64') }) });
    const { client } = testClient(fake.url);
    const result = await client.createCertificate(
      { certificateAuthority: 'AppViewX', caSettingName: 'AppViewX CA', certificateType: 'Server', certificateGroup: 'Web', subject, validity: { value: 30, unit: 'days' }, customAttributes: { team: 'web' }, vendorSpecificDetails: { templateName: 'WebServer' } },
      { isSync: true },
    );
    expect(result).toEqual({ resourceId: 'r-1', requestId: '238', certificateContent: Buffer.from('PEM').toString('base64') });
    const r = only('certificate/create');
    expect(r.method).toBe('POST');
    expect(r.path).toBe('/avxapi/certificate/create');
    expect(r.query).toEqual({ gwsource: 'external', isSync: 'true' });
    expect(r.headers['content-type']).toBe('application/json');
    expectCommonHeaders(r);
    expect(r.json).toEqual({
      caConnectorInfo: {
        certificateAuthority: 'AppViewX',
        certificateType: 'Server',
        caSettingName: 'AppViewX CA',
        name: 'AppViewX Connector  Terraform',
        csrParameters: {
          commonName: 'api.example.com',
          hashFunction: 'SHA256',
          keyType: 'RSA',
          bitLength: '2048',
          certificateCategories: ['Server', 'Client'],
          enhancedSANTypes: { dNSNames: ['api.example.com'] },
        },
        validityUnit: 'days',
        validityUnitValue: 30,
        certAttributes: { team: 'web' },
        vendorSpecificDetails: { templateName: 'WebServer' },
      },
      certificateGroup: { name: 'Web' },
    });
  });

  test('CSR upload: csrGenerationSource "uploadCSR", uploadCsrDetails and certificateFormat, no csrParameters; isSync=false answers 202', async () => {
    fake.on('certificate/create', { status: 202, json: envelope({ resourceId: 'r-2', requestId: 239 }) });
    const { client } = testClient(fake.url);
    expect(await client.createCertificate({ certificateAuthority: 'DigiCert', csrPem: CSR }, { isSync: false })).toEqual({ resourceId: 'r-2', requestId: '239', certificateContent: null });
    const r = only('certificate/create');
    expect(r.query).toEqual({ gwsource: 'external', isSync: 'false' });
    expect(r.json).toEqual({
      caConnectorInfo: { certificateAuthority: 'DigiCert', certificateType: '', caSettingName: '', name: 'DigiCert Connector  Terraform', certAttributes: null, vendorSpecificDetails: {} },
      certificateGroup: { name: '' },
      csrGenerationSource: 'uploadCSR',
      uploadCsrDetails: { csrContent: CSR, category: 'Server' },
      certificateFormat: { format: 'PEM', password: '' },
    });
  });

  test('a bad request is refused before sending: both variants, a bit length the key type lacks', async () => {
    const { client } = testClient(fake.url);
    await expect(client.createCertificate({ certificateAuthority: 'AppViewX', csrPem: CSR, subject }, { isSync: true })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    await expect(client.createCertificate({ certificateAuthority: 'AppViewX', subject: { ...subject, keyType: 'EC' } }, { isSync: true })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    expect(fake.calls()).toHaveLength(0);
  });

  test('an answer lost after sending: AMBIGUOUS_OUTCOME naming the common name, sent exactly once', async () => {
    fake.on('certificate/create', { action: 'destroy' });
    const { client } = testClient(fake.url);
    const error = await rejectionOf(client.createCertificate({ certificateAuthority: 'AppViewX', subject }, { isSync: true }));
    expect(error).toMatchObject({ code: 'AMBIGUOUS_OUTCOME', mayHaveBeenCarriedOut: true });
    expect(error.message).toContain('common name "api.example.com"');
    expect(fake.requestsTo('certificate/create')).toHaveLength(1);
  });

  test('417 OPEN_WORK_ORDERS_FOUND carries the remediation; a MANDATORY_FIELD_MISSING names its field', async () => {
    fake.on('certificate/create', [
      failure(417, 'OPEN_WORK_ORDERS_FOUND', "Since requested certificate's work order is in progress, cannot initiate another action."),
      failure(400, 'MANDATORY_FIELD_MISSING', 'Mandatory field is missing or invalid - certificateAuthority.'),
    ]);
    const { client } = testClient(fake.url);
    await expect(client.createCertificate({ certificateAuthority: 'AppViewX', subject }, { isSync: true })).rejects.toMatchObject({
      status: 417,
      remediation: 'Trigger the request once the open workOrder for the certificate is completed.',
    });
    await expect(client.createCertificate({ certificateAuthority: 'AppViewX', subject }, { isSync: true })).rejects.toMatchObject({
      status: 400,
      remediation: 'Ensure that the certificateAuthority field is available in the request payload.',
    });
  });
});

describe('downloads (§3)', () => {
  test('POST certificate/download/format: every field the official client sends, the raw file back', async () => {
    fake.on('certificate/download/format', { raw: '-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----\n' });
    const { client } = testClient(fake.url);
    const file = await client.downloadCertificate({ resourceId: 'r-1', format: 'PEM', isChainRequired: true });
    expect(file.toString()).toMatch(/^-----BEGIN CERTIFICATE-----/);
    const r = only('certificate/download/format');
    expect(r.method).toBe('POST');
    expect(r.query).toEqual({ gwsource: 'external' });
    expectCommonHeaders(r);
    expect(r.json).toEqual({ commonName: '', serialNumber: '', format: 'PEM', password: '', isChainRequired: true, resourceId: 'r-1' });
  });

  test('GET certificate/download/content: resourceId and isChainRequired in the query, no body; JSON back', async () => {
    fake.on('certificate/download/content', {
      json: envelope({ certificateContents: 'PEM TEXT', privateKeyContent: null, commonName: 'a', serialNumber: 'AB:CD', format: 'PEM', success: true }),
    });
    const { client } = testClient(fake.url);
    expect(await client.downloadCertificateContent({ resourceId: 'r-1', isChainRequired: false })).toEqual({ certificateContents: 'PEM TEXT', commonName: 'a', serialNumber: 'AB:CD', format: 'PEM' });
    const r = only('certificate/download/content');
    expect(r.method).toBe('GET');
    expect(r.query).toEqual({ gwsource: 'external', resourceId: 'r-1', isChainRequired: 'false' });
    expect(r.rawBody).toBe('');
  });

  test('POST certificate/privatekey/download: password and uuId (capital I); "Success" or a failure; never sent twice', async () => {
    fake.on('certificate/privatekey/download', [
      { json: envelope({ privateKeyPemEncoded: '-----BEGIN ENCRYPTED PRIVATE KEY-----', status: 'Success' }) },
      { json: envelope({ privateKeyPemEncoded: null, status: 'Failure' }, 'Private key is not available') },
      { action: 'destroy' },
    ]);
    const { client, logs } = testClient(fake.url);
    expect(await client.downloadPrivateKey({ uuId: 'u-1', password: 'one-time-secret' })).toBe('-----BEGIN ENCRYPTED PRIVATE KEY-----');
    const r = fake.requestsTo('certificate/privatekey/download')[0]!;
    expect(r.method).toBe('POST');
    expect(r.query).toEqual({ gwsource: 'external' });
    expect(r.json).toEqual({ password: 'one-time-secret', uuId: 'u-1' });
    await expect(client.downloadPrivateKey({ uuId: 'u-1', password: 'one-time-secret' })).rejects.toMatchObject({ code: 'GATEWAY_ERROR', gatewayMessage: 'Private key is not available' });
    await expect(client.downloadPrivateKey({ uuId: 'u-1', password: 'one-time-secret' })).rejects.toMatchObject({ code: 'AMBIGUOUS_OUTCOME' });
    expect(fake.requestsTo('certificate/privatekey/download')).toHaveLength(3);
    expect(JSON.stringify(logs)).not.toContain('one-time-secret');
  });

  test('certificate/search carries the uuid the key download needs', async () => {
    fake.on('certificate/search', { json: envelope({ response: { objects: [{ ...searchRecord, uuid: 'u-1' }], totalRecords: 1 } }) });
    const { client } = testClient(fake.url);
    expect((await client.searchCertificates({ resourceId: searchRecord.resourceId }))[0]?.uuid).toBe('u-1');
  });
});

describe('GET visualworkflow-request-logs (§4)', () => {
  test('ids in the query, no body; statusCode as a number or a string', async () => {
    fake.on('visualworkflow-request-logs', {
      json: envelope({ requestList: [{ requestId: '238', statusCode: '0', status: 'In Progress', workflowName: 'Certificate Creation', tasks: [] }, { requestId: 239, statusCode: 1, status: 'Success' }] }),
    });
    const { client } = testClient(fake.url);
    const logs = await client.requestLogs(['238', '239']);
    expect(logs.map((l) => [l.requestId, l.statusCode, l.status])).toEqual([['238', 0, 'In Progress'], ['239', 1, 'Success']]);
    const r = only('visualworkflow-request-logs');
    expect(r.method).toBe('GET');
    expect(r.path).toBe('/avxapi/visualworkflow-request-logs');
    expect(r.query).toEqual({ gwsource: 'external', ids: '238,239' });
    expect(r.rawBody).toBe('');
    expectCommonHeaders(r);
  });

  test('a read: retried after a 503', async () => {
    fake.on('visualworkflow-request-logs', [failure(503, null, 'busy'), { json: envelope({ requestList: [] }) }]);
    const { client } = testClient(fake.url);
    await expect(client.requestLogs(['1'])).resolves.toEqual([]);
    expect(fake.requestsTo('visualworkflow-request-logs')).toHaveLength(2);
  });
});
