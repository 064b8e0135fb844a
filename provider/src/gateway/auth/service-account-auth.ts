// Service accounts (OAuth client credentials, README): a JWT from acctmgmt-get-service-token,
// sent in the `token` header, fetched again 60 s before its `exp` or once after a 401.
import type { Logger } from '../../logging.js';
import { registerSecret } from '../../logging.js';
import { CallScope } from '../call-scope.js';
import { endpointUrl } from '../config.js';
import type { ResolvedSettings } from '../config.js';
import type { GatewayError } from '../errors.js';
import { isGatewayError } from '../errors.js';
import type { Exchange, GatewayStats } from '../exchange.js';
import { serviceTokenSchema } from '../schemas/auth.js';
import type { Authenticator, Credentials } from './authenticator.js';
import { RenewalGuard, waitWithin } from './authenticator.js';
import { credentialFailure, isDefinitiveRejection, missingCredential } from './credential-failure.js';
import { jwtExpiry } from './jwt.js';

export const TOKEN_ENDPOINT = 'acctmgmt-get-service-token';
/** Fetch a new token this long before the old one expires, so no call goes out with a dying one. */
export const TOKEN_REFRESH_MARGIN_MS = 60_000;

const CHECK_CLIENT = 'Check the service account client id and secret configured for the provider, and that the account is enabled in AppViewX.';

interface Token {
  credentials: Credentials;
  /** Epoch ms after which the token is fetched anew; Infinity when the JWT has no exp. */
  refreshAt: number;
}

export class ServiceAccountAuthenticator implements Authenticator {
  readonly identity: string;
  private readonly basicAuthorization: string;
  private token: Token | undefined;
  private pendingFetch: Promise<Credentials> | undefined;
  private rejection: GatewayError | undefined;
  private readonly guard = new RenewalGuard();

  constructor(
    private readonly clientId: string,
    clientSecret: string,
    private readonly exchange: Exchange,
    private readonly settings: ResolvedSettings,
    private readonly stats: GatewayStats,
    private readonly logger: Logger
  ) {
    registerSecret(clientSecret);
    const encoded = Buffer.from(`${clientId}:${clientSecret}`, 'utf8').toString('base64');
    registerSecret(encoded);
    this.basicAuthorization = `Basic ${encoded}`;
    this.identity = `client id "${clientId}"`;
  }

  async credentials(scope: CallScope): Promise<Credentials> {
    if (this.token && Date.now() < this.token.refreshAt) return this.token.credentials;
    return waitWithin(this.fetch(), scope);
  }

  async renew(used: Credentials, scope: CallScope): Promise<boolean> {
    if (this.token?.credentials === used) {
      if (!this.guard.mayRenew(used)) return false;
      this.token = undefined;
    }
    await waitWithin(this.token ? Promise.resolve(this.token.credentials) : this.fetch(), scope);
    return true;
  }

  accepted(used: Credentials): void {
    this.guard.accept(used);
  }

  /** Single flight: concurrent callers share one token fetch. */
  private fetch(): Promise<Credentials> {
    if (this.rejection) return Promise.reject(this.rejection);
    this.pendingFetch ??= this.fetchToken().finally(() => {
      this.pendingFetch = undefined;
    });
    return this.pendingFetch;
  }

  private async fetchToken(): Promise<Credentials> {
    const url = endpointUrl(this.settings, TOKEN_ENDPOINT);
    const what = `Fetching a service token for client id "${this.clientId}"`;
    this.stats.tokenFetches++;
    const scope = new CallScope();
    try {
      const answer = await this.exchange.run(
        {
          method: 'POST',
          endpoint: TOKEN_ENDPOINT,
          body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
          contentType: 'application/x-www-form-urlencoded',
          headers: { authorization: this.basicAuthorization },
          idempotent: true,
        },
        scope
      );
      const parsed = serviceTokenSchema.safeParse(answer.envelope?.response);
      if (!parsed.success) throw missingCredential(what, url, 'POST', TOKEN_ENDPOINT, 'a token', parsed.error.issues);
      const jwt = parsed.data;
      registerSecret(jwt);
      const expiresAt = jwtExpiry(jwt);
      const credentials: Credentials = { headers: { token: jwt } };
      this.token = { credentials, refreshAt: expiresAt === undefined ? Infinity : expiresAt - TOKEN_REFRESH_MARGIN_MS };
      this.logger.debug('gateway service token fetched', {
        clientId: this.clientId,
        ...(expiresAt === undefined ? {} : { expiresAt: new Date(expiresAt).toISOString() }),
      });
      return credentials;
    } catch (error) {
      const failure = credentialFailure(what, url, 'POST', TOKEN_ENDPOINT, error, CHECK_CLIENT);
      if (isGatewayError(failure) && isDefinitiveRejection(failure)) this.rejection = failure;
      throw failure;
    } finally {
      scope.dispose();
    }
  }
}
