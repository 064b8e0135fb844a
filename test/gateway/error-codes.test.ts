// Every appStatusCode the vendor pages document, answered by the fake gateway, must come back
// as a GatewayError carrying the status, the code, the gateway's message and the page's remediation.
import { REMEDIATIONS, remediationFor } from '../../provider/src/gateway/index';
import type { GatewayClient } from '../../provider/src/gateway/index';
import { envelope, failure, startFakeGateway } from './support/fake-gateway';
import type { FakeGateway } from './support/fake-gateway';
import { closeClients, rejectionOf, sshRequest, testClient } from './support/test-client';

type Call = (client: GatewayClient) => Promise<unknown>;
const create: Call = (c) => c.createSshCertificate(sshRequest);
const sshRevoke: Call = (c) => c.revokeSshCertificates([{ serialNumber: '1', caName: 'ca', groupName: 'g' }]);
const reissue: Call = (c) => c.reissueCertificate({ resourceId: 'r-1', reason: 'Superseded' });
const callOf: Record<string, Call> = { 'ssh/cert/create': create, 'ssh/cert/revoke': sshRevoke, 'certificate/action': reissue };

// [endpoint, HTTP status, appStatusCode, message, remediation], copied from shared/appviewx-api/.
const DOCUMENTED: [string, number, string, string, string][] = [
  [
    'certificate/action',
    404,
    'NO_RECORDS_FOUND',
    'No matching records found.',
    'Check and ensure that the values provided for commonName / serialNumber / resourceId are correct.',
  ],
  [
    'certificate/action',
    400,
    'INVALID_REQUEST',
    'Please give valid common name and serial number or resourceId.',
    'Provide a valid commonName and serialNumber or resourceId.',
  ],
  ['certificate/action', 400, 'INVALID_REQUEST', 'Please provide a valid action.', 'Provide a valid action.'],
  [
    'certificate/action',
    400,
    'MANDATORY_FIELD_MISSING',
    'Mandatory field is missing or invalid - action.',
    'Ensure that the action field is available in the request payload.',
  ],
  [
    'certificate/action',
    400,
    'MANDATORY_FIELD_MISSING',
    'Mandatory field is missing or invalid - reason.',
    'Ensure that the reason field is available in the request payload.',
  ],
  [
    'certificate/action',
    417,
    'OPEN_WORK_ORDERS_FOUND',
    "Since requested certificate's work order is in progress, cannot initiate another action.",
    'Trigger the request once the open workOrder for the certificate is completed.',
  ],
  [
    'certificate/action',
    406,
    'CERT-VWF-0006',
    'Life cycle action is unsupported by CA or another work order is in progress or certificate belongs to read group or is in Monitored status.',
    'Ensure the following:\n- The CA supports the reissue action.\n- There is no workOrder in progress for the specified certificate.\n- Certificate does not belong to read only group.\n- Certificate is not in the monitored status.',
  ],
  [
    'ssh/cert/create',
    400,
    'ERR-SSH_NB-268',
    'Valid certificate already exists for the given Key',
    'Valid certificate is available for the given public key. Please make sure to use different public key',
  ],
  ['ssh/cert/create', 400, 'ERR-SSH_NB-267', 'Selected CA is not in Active status', 'Please make sure to provide active CA name'],
  ['ssh/cert/create', 400, 'ERR-SSH_NB-263', 'Selected CA cannot sign requested Cert Type', 'Please provide proper CA name'],
  ['ssh/cert/create', 400, 'ERR-SSH_NB-266', 'Validity start cannot exceed validity end', 'Make sure to provide start value less than end value'],
  ['ssh/cert/create', 400, 'ERR-SSH_NB-269', 'validityValue must be greater than zero', 'validityValue field should not be 0 or less than 0'],
  [
    'ssh/cert/create',
    400,
    'ERR-SSH_NB-264',
    'Certificate validity cannot exceed CA validity',
    'Make sure to give the certificate validity less than CA validity',
  ],
  ['ssh/cert/create', 404, 'ERR-SSH-NB-350', 'No CA found with given name or ID', 'Please make sure to provide the available CA name'],
  [
    'ssh/cert/revoke',
    400,
    'VALIDATION_ERROR_0004',
    'Mandatory field groupName is missing or or empty',
    'Check and ensure that valid value is provided for groupName field in the request.',
  ],
  [
    'ssh/cert/revoke',
    400,
    'ERR-SSH_NB-270',
    'Max request size exceeded::[Max request size allowed is 25]',
    'Check and ensure that the number of requests specified in the payload is less than 25.',
  ],
  [
    'ssh/cert/revoke',
    417,
    'ERR-SSH-NB-298',
    'One or more groups do not have permission to perform this action.',
    'Check and ensure that the user has access to the specified key compliance group.',
  ],
];

const AVX_GW_003_REMEDIATION = 'Ensure that valid username and password or a valid sessionId is provided as header parameters.';

let fake: FakeGateway;
beforeEach(async () => {
  fake = await startFakeGateway();
});
afterEach(async () => {
  await closeClients();
  await fake.close();
});

test('the remediation table holds every documented code, and only those', () => {
  const documented = new Set([...DOCUMENTED.map(([, , code]) => code), 'AVX_GW_003']);
  expect(new Set(REMEDIATIONS.map((e) => e.appStatusCode))).toEqual(documented);
  for (const entry of REMEDIATIONS) expect(entry.page).toMatch(/\.txt/);
});

test.each(DOCUMENTED)('%s: HTTP %i %s is a GATEWAY_ERROR with the vendor remediation', async (endpoint, status, appStatusCode, message, remediation) => {
  const call = callOf[endpoint]!;
  fake.on(endpoint, failure(status, appStatusCode, message));
  const { client } = testClient(fake.url);
  const error = await rejectionOf(call(client));
  expect(error).toMatchObject({
    name: 'GatewayError',
    code: 'GATEWAY_ERROR',
    status,
    appStatusCode,
    gatewayMessage: message,
    remediation,
    endpoint,
    mayHaveBeenCarriedOut: false,
    retryable: false,
  });
  expect(error.message).toContain(appStatusCode);
  expect(fake.requestsTo(endpoint)).toHaveLength(1); // documented failures are not retried
});

test.each([
  ['ssh/cert/create', create],
  ['ssh/cert/revoke', sshRevoke],
  ['certificate/action', reissue],
] as const)('401 AVX_GW_003 on %s with a configured session id: AUTHENTICATION_FAILED with the remediation', async (endpoint, call) => {
  fake.on(endpoint, failure(401, 'AVX_GW_003', 'Authentication failed, reason - Invalid Credentials.'));
  const { client } = testClient(fake.url, { auth: { kind: 'session', sessionId: 'expired-session-id' } });
  const error = await rejectionOf(call(client));
  expect(error).toMatchObject({ code: 'AUTHENTICATION_FAILED', status: 401, appStatusCode: 'AVX_GW_003', remediation: AVX_GW_003_REMEDIATION });
  expect(error.message).toContain('session id');
  expect(error.message).toContain(`${fake.url}/avxapi/${endpoint}`);
  expect(error.message).not.toContain('expired-session-id');
});

test('a 2xx whose appStatusCode is not a success code is a failure', async () => {
  fake.on('ssh/cert/create', { status: 200, json: envelope(null, 'Selected CA is not in Active status', 'ERR-SSH_NB-267') });
  const { client } = testClient(fake.url);
  await expect(client.createSshCertificate(sshRequest)).rejects.toMatchObject({
    code: 'GATEWAY_ERROR',
    status: 200,
    appStatusCode: 'ERR-SSH_NB-267',
    remediation: 'Please make sure to provide active CA name',
  });
});

test('an HTML error page from a proxy: GATEWAY_ERROR with an excerpt of the text', async () => {
  fake.on('certificate/action', { status: 500, raw: '<html><body><h1>Internal error</h1> upstream failed</body></html>' });
  const { client } = testClient(fake.url);
  const error = await rejectionOf(reissue(client));
  expect(error).toMatchObject({ code: 'GATEWAY_ERROR', status: 500, gatewayMessage: 'Internal error upstream failed' });
  expect(error.appStatusCode).toBeUndefined();
});

describe('remediationFor', () => {
  test('an unknown message for a code with several entries gives all of them', () => {
    expect(remediationFor('INVALID_REQUEST', 'something new')).toBe('Provide a valid commonName and serialNumber or resourceId.\nProvide a valid action.');
  });
  test('VALIDATION_ERROR_0004 names the field from the message', () => {
    expect(remediationFor('VALIDATION_ERROR_0004', 'Mandatory field caName is missing or empty')).toBe(
      'Check and ensure that valid value is provided for caName field in the request.'
    );
  });
  test('codes the pages do not document have none', () => {
    expect(remediationFor('SOMETHING_ELSE', 'x')).toBeUndefined();
    expect(remediationFor(undefined, 'x')).toBeUndefined();
  });
});
