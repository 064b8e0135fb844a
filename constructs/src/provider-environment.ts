// The provider's environment variables, and which of them AppViewXProvider.fromEnvironment
// copies into the synthesized configuration.
import type { AppViewXProviderProps } from './provider.js';
import type { PropProblem } from './validation/props-validation.js';

/** Provider attribute (camelCase) -> the environment variable the provider falls back to. */
export const PROVIDER_ENV = {
  url: 'APPVIEWX_URL',
  username: 'APPVIEWX_USERNAME',
  password: 'APPVIEWX_PASSWORD',
  sessionId: 'APPVIEWX_SESSION_ID',
  clientId: 'APPVIEWX_CLIENT_ID',
  clientSecret: 'APPVIEWX_CLIENT_SECRET',
  gatewayKey: 'APPVIEWX_GATEWAY_KEY',
  gatewaySource: 'APPVIEWX_GATEWAY_SOURCE',
  caCertificate: 'APPVIEWX_CA_CERTIFICATE',
  insecure: 'APPVIEWX_INSECURE',
} as const satisfies Partial<Record<keyof AppViewXProviderProps, string>>;

/**
 * Secrets are never copied into the synthesized JSON: cdk.tf.json is a plain file (often kept as
 * a CI artifact), while the provider reads these variables itself when terraform runs it, and
 * `cdktf deploy` runs terraform with the environment it was given.
 */
export const SECRET_SETTINGS = ['password', 'sessionId', 'clientSecret'] as const;

const COPIED_STRINGS = ['url', 'username', 'clientId', 'gatewayKey', 'gatewaySource', 'caCertificate'] as const;

export type Environment = Readonly<Record<string, string | undefined>>;

const TRUE = /^(1|true|yes)$/i;
const FALSE = /^(0|false|no)$/i;

/** The non-secret settings found in `env`, and the problems with any that are malformed. */
export function settingsFromEnvironment(env: Environment): { props: AppViewXProviderProps; problems: PropProblem[] } {
  const props: Record<string, string | boolean> = {};
  const problems: PropProblem[] = [];
  for (const name of COPIED_STRINGS) {
    const value = env[PROVIDER_ENV[name]];
    if (value !== undefined && value !== '') props[name] = value;
  }
  const insecure = env[PROVIDER_ENV.insecure];
  if (insecure !== undefined && insecure !== '') {
    if (TRUE.test(insecure)) props.insecure = true;
    else if (FALSE.test(insecure)) props.insecure = false;
    else {
      problems.push({
        property: 'insecure',
        message: `from ${PROVIDER_ENV.insecure} must be true or false (got ${JSON.stringify(insecure)}): unset it to verify TLS (the default)`,
      });
    }
  }
  return { props: props as AppViewXProviderProps, problems };
}

/** Whether a setting is available at deploy time, from the props or from the environment. */
export function isAvailable(props: AppViewXProviderProps, env: Environment, name: keyof typeof PROVIDER_ENV): boolean {
  const value = props[name];
  if (value !== undefined && value !== '') return true;
  const fromEnv = env[PROVIDER_ENV[name]];
  return fromEnv !== undefined && fromEnv !== '';
}

/** Problems that would make ConfigureProvider fail: no URL, or no complete set of credentials. */
export function missingSettings(props: AppViewXProviderProps, env: Environment): PropProblem[] {
  const has = (name: keyof typeof PROVIDER_ENV) => isAvailable(props, env, name);
  const problems: PropProblem[] = [];
  if (!has('url')) {
    problems.push({ property: 'url', message: `is missing: set ${PROVIDER_ENV.url} (e.g. https://avx.example.com:31443) or pass url` });
  }
  for (const [first, second] of [['username', 'password'], ['clientId', 'clientSecret']] as const) {
    if (has(first) === has(second)) continue;
    const missing = has(first) ? second : first;
    const other = missing === first ? second : first;
    problems.push({ property: missing, message: `is missing while ${other} is set: set ${PROVIDER_ENV[missing]} or pass ${missing}, or remove ${other}` });
  }
  const complete = has('sessionId') || (has('username') && has('password')) || (has('clientId') && has('clientSecret'));
  if (!complete && problems.every((p) => p.property === 'url')) {
    problems.push({
      property: 'sessionId',
      message:
        'is missing and so are the other credentials: set APPVIEWX_SESSION_ID; or APPVIEWX_CLIENT_ID and APPVIEWX_CLIENT_SECRET; or APPVIEWX_USERNAME and APPVIEWX_PASSWORD',
    });
  }
  return problems;
}
