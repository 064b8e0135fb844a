// The `provider "appviewx"` block: attributes, env-var fallbacks, and resolution into a gateway client.
import { z } from 'zod';
import { registerSecret } from '../logging.js';
import * as a from '../framework/attributes.js';
import { isUnknown } from '../framework/cty.js';
import type { PlanModel } from '../framework/definitions.js';
import type { Diagnostics } from '../framework/diagnostics.js';
import { parseDuration } from '../framework/duration.js';
import type { GatewayAuth, GatewayConfig } from '../gateway/index.js';
import { httpUrl, positiveDuration } from './validators.js';

// Shared with the CDKTF constructs, which check the same rules at synth time.
const duration = positiveDuration;

export const ENV = {
  url: 'APPVIEWX_URL',
  username: 'APPVIEWX_USERNAME',
  password: 'APPVIEWX_PASSWORD',
  session_id: 'APPVIEWX_SESSION_ID',
  client_id: 'APPVIEWX_CLIENT_ID',
  client_secret: 'APPVIEWX_CLIENT_SECRET',
  gateway_key: 'APPVIEWX_GATEWAY_KEY',
  gateway_source: 'APPVIEWX_GATEWAY_SOURCE',
  ca_certificate: 'APPVIEWX_CA_CERTIFICATE',
  insecure: 'APPVIEWX_INSECURE',
} as const;

const env = (name: keyof typeof ENV) => `Falls back to the ${ENV[name]} environment variable.`;

export const providerAttributes = {
  url: a.string({ mode: 'optional', validate: httpUrl, description: `Gateway base URL, e.g. \`https://avx.example.com:31443\`; \`/avxapi\` is appended (a trailing \`/avxapi\` or \`/\` is accepted). ${env('url')}` }),
  username: a.string({ mode: 'optional', description: `AppViewX user to log in as (one login per provider process). ${env('username')}` }),
  password: a.string({ mode: 'optional', sensitive: true, description: `Password of \`username\`. ${env('password')}` }),
  session_id: a.string({ mode: 'optional', sensitive: true, description: `An existing session id, used as the \`sessionId\` header instead of logging in. ${env('session_id')}` }),
  client_id: a.string({ mode: 'optional', description: `Service account client id (OAuth client credentials), the usual choice for pipelines and SaaS. ${env('client_id')}` }),
  client_secret: a.string({ mode: 'optional', sensitive: true, description: `Service account client secret, with \`client_id\`. ${env('client_secret')}` }),
  gateway_key: a.string({ mode: 'optional', description: `Tenant key sent as \`gwkey\` (multi-tenant installs only). ${env('gateway_key')}` }),
  gateway_source: a.string({ mode: 'optional', validate: z.string().min(1, 'must not be empty'), description: `Sent as \`gwsource\`; default \`external\`. ${env('gateway_source')}` }),
  ca_certificate: a.string({
    mode: 'optional',
    validate: z.string().refine((s) => s.includes('-----BEGIN CERTIFICATE-----'), { message: 'must be a PEM certificate ("-----BEGIN CERTIFICATE-----")' }),
    description: `Extra trust anchor (PEM) for the gateway's TLS certificate. ${env('ca_certificate')}`,
  }),
  insecure: a.bool({ mode: 'optional', description: `Skip TLS verification of the gateway (default false; only ever opt-in). ${env('insecure')}` }),
  request_timeout: a.string({ mode: 'optional', validate: duration, description: 'Timeout of one gateway request, e.g. `30s`; default `60s`.' }),
  max_retries: a.number({
    mode: 'optional',
    validate: z.number().int('must be a whole number').min(0, 'must be 0 or more').max(20, 'must be 20 or less'),
    description: 'Transient failures in a row retried before a call gives up (connection failures before sending, 502/503; also 504, resets and timeouts for reads); default 4. A 429 is waited out until the operation\'s timeout.',
  }),
  login_endpoint: a.string({
    mode: 'optional',
    validate: z.string().regex(/^[A-Za-z0-9._\-/]+$/, 'must be an endpoint name such as "login" or "acctmgmt-perform-login"'),
    description: 'Login endpoint under `/avxapi`; default `login` (older installs use `acctmgmt-perform-login`).',
  }),
};

type Config = PlanModel<typeof providerAttributes>;

/** Config value, else env var; `undefined` while either is unknown. */
function pick(config: Config, name: keyof typeof ENV): string | null | undefined {
  const v = config[name];
  if (isUnknown(v)) return undefined;
  if (v !== null && v !== '') return String(v);
  const e = process.env[ENV[name]];
  return e === undefined || e === '' ? null : e;
}

const PAIRS = [
  ['username', 'password'],
  ['client_id', 'client_secret'],
] as const;

/** Half pairs (a username without a password ...), checked wherever both halves are known. */
export function validateProviderConfig(config: Config, diags: Diagnostics): void {
  for (const [first, second] of PAIRS) {
    const x = pick(config, first);
    const y = pick(config, second);
    if (x === undefined || y === undefined || (x === null) === (y === null)) continue;
    const [have, missing] = x === null ? [second, first] : [first, second];
    diags.error(
      `Missing ${missing}`,
      `\`${have}\` is set but \`${missing}\` is not. Set \`${missing}\` in the provider block or the ${ENV[missing]} environment variable, or remove \`${have}\`.`,
      [{ attribute: missing }],
    );
  }
}

function resolveAuth(config: Config, diags: Diagnostics): GatewayAuth | undefined {
  const sessionId = pick(config, 'session_id');
  const [clientId, clientSecret] = [pick(config, 'client_id'), pick(config, 'client_secret')];
  const [username, password] = [pick(config, 'username'), pick(config, 'password')];
  if (sessionId) return { kind: 'session', sessionId };
  if (clientId && clientSecret) return { kind: 'service-account', clientId, clientSecret };
  if (username && password) return { kind: 'password', username, password };
  diags.error(
    'Missing AppViewX credentials',
    'Set one of: `session_id` (APPVIEWX_SESSION_ID); `client_id` + `client_secret` (APPVIEWX_CLIENT_ID, APPVIEWX_CLIENT_SECRET); or `username` + `password` (APPVIEWX_USERNAME, APPVIEWX_PASSWORD), in the provider block or the environment.',
  );
  return undefined;
}

/** Everything the gateway client needs, or undefined with error diagnostics. */
export function resolveGatewayConfig(config: Config, diags: Diagnostics): Omit<GatewayConfig, 'logger'> | undefined {
  validateProviderConfig(config, diags);
  const url = pick(config, 'url');
  if (!url) diags.error('Missing gateway URL', 'Set `url` in the provider block or the APPVIEWX_URL environment variable, e.g. "https://avx.example.com:31443".', [{ attribute: 'url' }]);
  else if (!httpUrl.safeParse(url).success) diags.error('Invalid gateway URL', `APPVIEWX_URL must be an http(s) URL. Got ${JSON.stringify(url)}.`, [{ attribute: 'url' }]);
  const auth = resolveAuth(config, diags);
  if (!url || !auth || diags.hasError()) return undefined;
  for (const secret of [pick(config, 'password'), pick(config, 'session_id'), pick(config, 'client_secret')]) registerSecret(secret);

  const insecureText = pick(config, 'insecure');
  const insecure = config.insecure === true || (config.insecure === null && /^(1|true|yes)$/i.test(insecureText ?? ''));
  const timeout = typeof config.request_timeout === 'string' ? config.request_timeout : '60s';
  const gatewayKey = pick(config, 'gateway_key');
  const caCertificate = pick(config, 'ca_certificate');
  return {
    url: url.trim(),
    auth,
    gatewaySource: pick(config, 'gateway_source') ?? 'external',
    ...(gatewayKey ? { gatewayKey } : {}),
    ...(caCertificate ? { caCertificate } : {}),
    insecure,
    requestTimeoutMs: parseDuration(timeout) ?? 60_000,
    maxRetries: typeof config.max_retries === 'number' ? config.max_retries : 4,
    loginEndpoint: typeof config.login_endpoint === 'string' ? config.login_endpoint.replace(/^\/+/, '') : 'login',
  };
}
