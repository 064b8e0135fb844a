// Username and password: log in once per client and reuse the session id (README: Login;
// session-id-and-reissue.txt), with a fallback to username/password headers on every call
// for gateways without a login endpoint ("Every endpoint also accepts username/password headers").
import type { Logger } from '../../logging.js';
import { registerSecret } from '../../logging.js';
import { CallScope } from '../call-scope.js';
import { endpointUrl } from '../config.js';
import type { ResolvedSettings } from '../config.js';
import { GatewayError, isGatewayError } from '../errors.js';
import type { Exchange, GatewayStats } from '../exchange.js';
import { loginResponseSchema } from '../schemas/auth.js';
import type { Authenticator, Credentials } from './authenticator.js';
import { RenewalGuard, waitWithin } from './authenticator.js';
import { credentialFailure, isDefinitiveRejection, missingCredential } from './credential-failure.js';

const CHECK_PASSWORD = 'Check the username and password configured for the provider (AVX_GW_003: ensure that valid username and password are provided).';

export class PasswordAuthenticator implements Authenticator {
  readonly identity: string;
  private session: Credentials | undefined;
  private headerCredentials: Credentials | undefined;
  private pendingLogin: Promise<Credentials> | undefined;
  /** Wrong credentials are remembered: logging in again would only count down the lockout. */
  private rejection: GatewayError | undefined;
  private readonly guard = new RenewalGuard();

  constructor(
    private readonly username: string,
    private readonly password: string,
    private readonly exchange: Exchange,
    private readonly settings: ResolvedSettings,
    private readonly stats: GatewayStats,
    private readonly logger: Logger
  ) {
    registerSecret(password);
    this.identity = `username "${username}"`;
  }

  async credentials(scope: CallScope): Promise<Credentials> {
    return this.headerCredentials ?? this.session ?? waitWithin(this.login(), scope);
  }

  async renew(used: Credentials, scope: CallScope): Promise<boolean> {
    // Headers are sent as configured on every call: a 401 there means wrong credentials.
    if (this.headerCredentials) return false;
    // Only the caller holding the current session throws it away (one shared login); the others
    // reuse the new one.
    if (used === this.session) {
      if (!this.guard.mayRenew(used)) return false;
      this.session = undefined;
    }
    await waitWithin(this.session ? Promise.resolve(this.session) : this.login(), scope);
    return true;
  }

  accepted(used: Credentials): void {
    this.guard.accept(used);
  }

  /** Single flight: concurrent callers share one login. */
  private login(): Promise<Credentials> {
    if (this.rejection) return Promise.reject(this.rejection);
    this.pendingLogin ??= this.performLogin().finally(() => {
      this.pendingLogin = undefined;
    });
    return this.pendingLogin;
  }

  private async performLogin(): Promise<Credentials> {
    const endpoint = this.settings.loginEndpoint;
    const url = endpointUrl(this.settings, endpoint);
    const what = `Login as username "${this.username}"`;
    this.stats.logins++;
    // Its own scope: one caller's cancellation must not fail the login the others wait for.
    const scope = new CallScope();
    try {
      const answer = await this.exchange.run(
        { method: 'POST', endpoint, body: '{}', headers: { username: this.username, password: this.password }, idempotent: true },
        scope
      );
      const parsed = loginResponseSchema.safeParse(answer.envelope?.response);
      if (!parsed.success) throw missingCredential(what, url, 'POST', endpoint, 'a sessionId', parsed.error.issues);
      if (parsed.data.status && parsed.data.status.toUpperCase() !== 'SUCCESS') {
        throw new GatewayError({
          code: 'AUTHENTICATION_FAILED',
          message: `${what} at ${url} failed: the gateway answered status ${JSON.stringify(parsed.data.status)}`,
          method: 'POST',
          endpoint,
          status: answer.status,
          remediation: CHECK_PASSWORD,
        });
      }
      registerSecret(parsed.data.sessionId);
      this.session = { headers: { sessionId: parsed.data.sessionId } };
      this.logger.debug('gateway login succeeded', { username: this.username, endpoint });
      return this.session;
    } catch (error) {
      if (isGatewayError(error, 'GATEWAY_ERROR') && (error.status === 404 || error.status === 405)) {
        return this.fallBackToHeaders(url);
      }
      const failure = credentialFailure(what, url, 'POST', endpoint, error, CHECK_PASSWORD);
      if (isGatewayError(failure) && isDefinitiveRejection(failure)) this.rejection = failure;
      throw failure;
    } finally {
      scope.dispose();
    }
  }

  private fallBackToHeaders(url: string): Credentials {
    this.logger.warn('the gateway has no login endpoint; sending username and password headers on every call instead', {
      loginUrl: url,
      username: this.username,
    });
    this.headerCredentials = { headers: { username: this.username, password: this.password } };
    return this.headerCredentials;
  }
}
