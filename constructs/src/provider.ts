// AppViewXProvider: the `provider "appviewx"` block, with its settings checked at synth time and
// a factory that takes them from the environment.
import type { Construct } from 'constructs';
import { z } from 'zod';
import { AppviewxProvider, type AppviewxProviderConfig } from '../generated/provider/index.js';
import { type Environment, missingSettings, SECRET_SETTINGS, settingsFromEnvironment } from './provider-environment.js';
import { InvalidPropsError, optional, validateProps } from './validation/props-validation.js';
import { bool, httpUrl, nonEmpty, positiveDuration } from './validation/rules.js';

/** The binding's provider config; every name is the binding's. */
export type AppViewXProviderProps = AppviewxProviderConfig;

const PEM_CERTIFICATE = z.string().refine((s) => s.includes('-----BEGIN CERTIFICATE-----'), {
  message: 'must be a PEM certificate ("-----BEGIN CERTIFICATE-----"): pass the contents of the CA file, not its path',
});

const propsSchema = z.object({
  url: optional(httpUrl),
  username: optional(nonEmpty('remove username, or give the AppViewX user')),
  password: optional(nonEmpty('remove password, or set it (better: leave it to APPVIEWX_PASSWORD)')),
  sessionId: optional(nonEmpty('remove sessionId, or give a live session id')),
  clientId: optional(nonEmpty('remove clientId, or give the service account\'s client id')),
  clientSecret: optional(nonEmpty('remove clientSecret, or set it (better: leave it to APPVIEWX_CLIENT_SECRET)')),
  gatewayKey: optional(nonEmpty('remove gatewayKey unless the gateway is multi-tenant')),
  gatewaySource: optional(nonEmpty('remove gatewaySource to use "external"')),
  caCertificate: optional(PEM_CERTIFICATE),
  insecure: optional(bool('insecure')),
  requestTimeout: optional(positiveDuration),
  maxRetries: optional(
    z.number().refine((n) => Number.isInteger(n) && n >= 0 && n <= 20, { message: 'must be a whole number from 0 to 20: remove it for the default, 4' }),
  ),
  loginEndpoint: optional(z.string().regex(/^[A-Za-z0-9._\-/]+$/, 'must be an endpoint name such as "login" or "acctmgmt-perform-login"')),
});

/**
 * The AppViewX provider. It is the generated provider class (so it can be passed as `provider`
 * to any resource, construct or binding) with its props validated.
 */
export class AppViewXProvider extends AppviewxProvider {
  /**
   * A provider configured from APPVIEWX_* variables, `overrides` winning. Only non-secret
   * settings are written to the synthesized JSON; password, session id and client secret stay
   * in the environment, where the provider reads them when terraform runs it. Fails at synth
   * when the URL or a complete set of credentials is missing from both.
   */
  static fromEnvironment(scope: Construct, id: string, overrides: AppViewXProviderProps = {}, env: Environment = process.env): AppViewXProvider {
    const fromEnv = settingsFromEnvironment(env);
    const provider = new AppViewXProvider(scope, id, { ...fromEnv.props, ...overrides });
    const problems = [...fromEnv.problems, ...missingSettings(overrides, env)];
    if (problems.length > 0) throw new InvalidPropsError(provider.node.path, 'AppViewXProvider', problems);
    return provider;
  }

  constructor(scope: Construct, id: string, props: AppViewXProviderProps = {}) {
    super(scope, id, props);
    validateProps(this, 'AppViewXProvider', propsSchema, props, SECRET_SETTINGS);
  }
}
