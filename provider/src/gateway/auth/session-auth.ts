// A session id given in the configuration: sent as the `sessionId` header (session-id-and-reissue.txt).
import { registerSecret } from '../../logging.js';
import type { Authenticator, Credentials } from './authenticator.js';

export class SessionAuthenticator implements Authenticator {
  readonly identity = 'the configured session id';
  private readonly current: Credentials;

  constructor(sessionId: string) {
    registerSecret(sessionId);
    this.current = { headers: { sessionId } };
  }

  async credentials(): Promise<Credentials> {
    return this.current;
  }

  /** A configured session cannot be renewed: an expired one needs a new session id (or a password). */
  async renew(): Promise<boolean> {
    return false;
  }

  accepted(): void {}
}
