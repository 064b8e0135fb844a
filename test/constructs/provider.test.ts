import { TerraformVariable } from 'cdktf';
import { AppViewXProvider, SshCertificateRevocation, type AppViewXProviderProps } from '../../constructs/src/index';
import { invalidPropsOf, newStack, synth } from './support/stacks';

const ENV = {
  APPVIEWX_URL: 'https://avx.example.com:31443',
  APPVIEWX_USERNAME: 'admin',
  APPVIEWX_PASSWORD: 'pa55word',
  APPVIEWX_SESSION_ID: 'session-123',
  APPVIEWX_CLIENT_ID: 'pipeline',
  APPVIEWX_CLIENT_SECRET: 'client-s3cret',
  APPVIEWX_GATEWAY_KEY: 'f000ca01',
  APPVIEWX_GATEWAY_SOURCE: 'external',
  APPVIEWX_CA_CERTIFICATE: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
  APPVIEWX_INSECURE: 'false',
};

const providerBlock = (props: AppViewXProviderProps | undefined, env?: Record<string, string>) => {
  const stack = newStack();
  if (env) AppViewXProvider.fromEnvironment(stack, 'appviewx', props, env);
  else new AppViewXProvider(stack, 'appviewx', props);
  return synth(stack);
};

describe('AppViewXProvider', () => {
  test('synthesizes the provider block and required_providers appviewx-community/appviewx at the package version', () => {
    const json = providerBlock({ url: 'https://avx.example.com', clientId: 'ci', requestTimeout: '30s', maxRetries: 2, loginEndpoint: 'acctmgmt-perform-login' });
    expect(json.provider?.['appviewx']).toEqual([
      { url: 'https://avx.example.com', client_id: 'ci', request_timeout: '30s', max_retries: 2, login_endpoint: 'acctmgmt-perform-login' },
    ]);
    expect(json.terraform?.required_providers?.['appviewx']).toEqual({ source: 'appviewx-community/appviewx', version: '0.1.0' });
  });

  test('is a TerraformProvider: resources take it as `provider`, with an alias', () => {
    const stack = newStack();
    const eu = new AppViewXProvider(stack, 'eu', { alias: 'eu', url: 'https://eu.avx.example.com' });
    new SshCertificateRevocation(stack, 'r', { caName: 'ca', groupName: 'g', serialNumber: '1', provider: eu });
    const json = synth(stack);
    expect(json.resource?.['appviewx_ssh_certificate_revocation']?.['r']?.['provider']).toBe('appviewx.eu');
  });

  const invalid: [string, AppViewXProviderProps, string, string][] = [
    ['a URL without scheme', { url: 'avx.example.com' }, 'url', 'must be an http(s) URL such as "https://avx.example.com:31443"'],
    ['a timeout that is not a duration', { requestTimeout: '30 seconds' }, 'requestTimeout', 'must be a duration such as "30s"'],
    ['a zero timeout', { requestTimeout: '0' }, 'requestTimeout', 'must be a duration such as "30s", "10m", "1h30m", "720h" or "30d", longer than 0'],
    ['negative retries', { maxRetries: -1 }, 'maxRetries', 'must be a whole number from 0 to 20'],
    ['a CA certificate path instead of PEM', { caCertificate: '/etc/ssl/avx.pem' }, 'caCertificate', 'must be a PEM certificate'],
    ['a login endpoint with a query', { loginEndpoint: 'login?x=1' }, 'loginEndpoint', 'must be an endpoint name'],
    ['an empty gateway source', { gatewaySource: '' }, 'gatewaySource', 'must not be empty: remove gatewaySource to use "external"'],
  ];

  test.each(invalid)('rejects %s, naming the construct path and the property', (_case, props, property, message) => {
    const error = invalidPropsOf(() => new AppViewXProvider(newStack(), 'appviewx', props));
    expect(error.message).toContain(`stack/appviewx: ${property} ${message}`);
  });

  test('never quotes a secret in an error', () => {
    const error = invalidPropsOf(() => new AppViewXProvider(newStack(), 'appviewx', { url: 'nope', password: ' ' }));
    expect(error.message).toContain('stack/appviewx: password must not be empty');
    expect(error.message).not.toMatch(/password[^\n]*got/);
  });

  test('a URL from a variable passes', () => {
    const stack = newStack();
    const url = new TerraformVariable(stack, 'url', { type: 'string' });
    expect(() => new AppViewXProvider(stack, 'appviewx', { url: url.stringValue })).not.toThrow();
  });
});

describe('AppViewXProvider.fromEnvironment', () => {
  test('copies the non-secret settings and leaves password, session id and client secret to the provider', () => {
    const json = providerBlock(undefined, ENV);
    const [block] = json.provider?.['appviewx'] ?? [];
    expect(block).toEqual({
      url: 'https://avx.example.com:31443',
      username: 'admin',
      client_id: 'pipeline',
      gateway_key: 'f000ca01',
      gateway_source: 'external',
      ca_certificate: ENV.APPVIEWX_CA_CERTIFICATE,
      insecure: false,
    });
    const text = JSON.stringify(json);
    for (const secret of [ENV.APPVIEWX_PASSWORD, ENV.APPVIEWX_SESSION_ID, ENV.APPVIEWX_CLIENT_SECRET]) expect(text).not.toContain(secret);
  });

  test('overrides win over the environment, and may pass a secret explicitly', () => {
    const json = providerBlock({ url: 'http://127.0.0.1:8080', password: 'from-override' }, { APPVIEWX_URL: 'https://ignored', APPVIEWX_USERNAME: 'u' });
    expect(json.provider?.['appviewx']?.[0]).toEqual({ url: 'http://127.0.0.1:8080', username: 'u', password: 'from-override' });
  });

  test.each([
    ['a session id', { APPVIEWX_SESSION_ID: 's' }],
    ['a service account', { APPVIEWX_CLIENT_ID: 'c', APPVIEWX_CLIENT_SECRET: 's' }],
    ['a user and password', { APPVIEWX_USERNAME: 'u', APPVIEWX_PASSWORD: 'p' }],
  ])('accepts %s as credentials', (_case, credentials) => {
    expect(() => providerBlock(undefined, { APPVIEWX_URL: 'https://avx', ...credentials })).not.toThrow();
  });

  test.each(['1', 'true', 'TRUE', 'yes'])('APPVIEWX_INSECURE=%s is insecure = true', (value) => {
    const json = providerBlock(undefined, { APPVIEWX_URL: 'https://avx', APPVIEWX_SESSION_ID: 's', APPVIEWX_INSECURE: value });
    expect(json.provider?.['appviewx']?.[0]?.['insecure']).toBe(true);
  });

  const invalid: [string, Record<string, string>, string, string][] = [
    ['no URL', { APPVIEWX_SESSION_ID: 's' }, 'url', 'is missing: set APPVIEWX_URL (e.g. https://avx.example.com:31443) or pass url'],
    ['no credentials at all', { APPVIEWX_URL: 'https://avx' }, 'sessionId', 'is missing and so are the other credentials: set APPVIEWX_SESSION_ID; or APPVIEWX_CLIENT_ID and APPVIEWX_CLIENT_SECRET; or APPVIEWX_USERNAME and APPVIEWX_PASSWORD'],
    ['a user without password', { APPVIEWX_URL: 'https://avx', APPVIEWX_USERNAME: 'u' }, 'password', 'is missing while username is set: set APPVIEWX_PASSWORD or pass password, or remove username'],
    ['a client secret without client id', { APPVIEWX_URL: 'https://avx', APPVIEWX_CLIENT_SECRET: 's' }, 'clientId', 'is missing while clientSecret is set: set APPVIEWX_CLIENT_ID'],
    ['APPVIEWX_INSECURE that is not a boolean', { APPVIEWX_URL: 'https://avx', APPVIEWX_SESSION_ID: 's', APPVIEWX_INSECURE: 'ture' }, 'insecure', 'from APPVIEWX_INSECURE must be true or false (got "ture")'],
    ['a malformed APPVIEWX_URL', { APPVIEWX_URL: 'avx.example.com', APPVIEWX_SESSION_ID: 's' }, 'url', 'must be an http(s) URL'],
  ];

  test.each(invalid)('rejects %s, naming the construct path, the property and the variable', (_case, env, property, message) => {
    const error = invalidPropsOf(() => providerBlock(undefined, env));
    expect(error.constructPath).toBe('stack/appviewx');
    expect(error.message).toContain(`stack/appviewx: ${property} ${message}`);
  });
});
