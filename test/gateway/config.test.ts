import { endpointPath, parseGatewayUrl, resolveSettings } from '../../provider/src/gateway/config';
import type { GatewayConfig } from '../../provider/src/gateway/index';
import { capturingLogger } from './support/test-client';

describe('parseGatewayUrl', () => {
  test.each([
    ['https://avx.example.com:31443', 'https://avx.example.com:31443', ''],
    ['https://avx.example.com:31443/', 'https://avx.example.com:31443', ''],
    ['https://avx.example.com:31443/avxapi', 'https://avx.example.com:31443', ''],
    ['https://avx.example.com:31443/avxapi/', 'https://avx.example.com:31443', ''],
    ['https://tenant.appviewx.io', 'https://tenant.appviewx.io', ''],
    ['https://proxy.example.com/appviewx/avxapi/', 'https://proxy.example.com', '/appviewx'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080', ''],
  ])('%s', (url, origin, basePath) => {
    expect(parseGatewayUrl(url)).toEqual({ origin, basePath });
  });

  test.each(['avx.example.com', 'ftp://avx.example.com', 'https://user:pw@avx.example.com', 'https://avx.example.com/?gwkey=1'])('%s is refused', (url) => {
    expect(() => parseGatewayUrl(url)).toThrow(expect.objectContaining({ code: 'INVALID_REQUEST' }));
  });
});

test('endpointPath: gwsource first, gwkey when set, per-call parameters encoded', () => {
  const config: GatewayConfig = {
    url: 'https://avx.example.com:31443/avxapi',
    auth: { kind: 'session', sessionId: 's' },
    gatewaySource: 'external',
    gatewayKey: 'f000ca01',
    insecure: false,
    requestTimeoutMs: 1000,
    maxRetries: 4,
    loginEndpoint: '/login/',
    logger: capturingLogger(),
  };
  const settings = resolveSettings(config);
  expect(settings.loginEndpoint).toBe('login');
  expect(settings.retryBaseDelayMs).toBe(200);
  expect(endpointPath(settings, 'certificate/revoke', { isSync: 'true', ttl: '300', odd: 'a b&c' })).toBe(
    '/avxapi/certificate/revoke?gwsource=external&gwkey=f000ca01&isSync=true&ttl=300&odd=a+b%26c'
  );
  expect(() => resolveSettings({ ...config, requestTimeoutMs: 0 })).toThrow(expect.objectContaining({ code: 'INVALID_REQUEST' }));
});
