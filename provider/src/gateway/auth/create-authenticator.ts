// Picks the authenticator for the configured kind of credentials.
import type { Logger } from '../../logging.js';
import type { GatewayAuth, ResolvedSettings } from '../config.js';
import type { Exchange, GatewayStats } from '../exchange.js';
import { GatewayError } from '../errors.js';
import type { Authenticator } from './authenticator.js';
import { PasswordAuthenticator } from './password-auth.js';
import { ServiceAccountAuthenticator } from './service-account-auth.js';
import { SessionAuthenticator } from './session-auth.js';

export function createAuthenticator(auth: GatewayAuth, exchange: Exchange, settings: ResolvedSettings, stats: GatewayStats, logger: Logger): Authenticator {
  requireValues(auth);
  switch (auth.kind) {
    case 'session':
      return new SessionAuthenticator(auth.sessionId);
    case 'password':
      return new PasswordAuthenticator(auth.username, auth.password, exchange, settings, stats, logger);
    case 'service-account':
      return new ServiceAccountAuthenticator(auth.clientId, auth.clientSecret, exchange, settings, stats, logger);
  }
}

/** The gateway answers 400 "Username or password cannot be null or empty" (README); say so before sending. */
function requireValues(auth: GatewayAuth): void {
  const missing = Object.entries(auth)
    .filter(([key, value]) => key !== 'kind' && (typeof value !== 'string' || value.trim() === ''))
    .map(([key]) => key);
  if (missing.length === 0) return;
  throw new GatewayError({
    code: 'INVALID_REQUEST',
    message: `Gateway credentials of kind "${auth.kind}" need a non-empty ${missing.join(' and ')}`,
    method: 'CONFIGURE',
    endpoint: '',
  });
}
