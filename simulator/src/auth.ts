// Sessions (login), service tokens (acctmgmt-get-service-token) and per-call username/password
// headers; anything else is 401 AVX_GW_003 (every vendor page).
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { envelope, failure, type Reply } from './reply.js';

export interface Credentials {
  readonly users: ReadonlyMap<string, string>;
  readonly serviceAccounts: ReadonlyMap<string, string>;
}

export const AUTH_FAILED = () => failure(401, 'AVX_GW_003', 'Authentication failed, reason - Invalid Credentials.');

/** Issued and expiry times (epoch ms) of a session or token. */
interface Lifetime {
  issuedAt: number;
  expiresAt: number;
}

export class Sessions {
  private readonly sessions = new Map<string, Lifetime>();
  private readonly tokens = new Map<string, Lifetime>();
  logins = 0;
  /** Fault: a session or token is valid only this long after it was issued (0: off). */
  maxAgeMs = 0;

  constructor(
    private readonly creds: Credentials,
    private readonly ttlMs: { session: number; token: number },
  ) {}

  login(headers: IncomingHttpHeaders, now: number): Reply {
    const user = headers['username'];
    const password = headers['password'];
    if (!user || !password) return envelope(400, null, 'Username or password cannot be null or empty', null);
    if (this.creds.users.get(String(user)) !== String(password)) return envelope(401, null, 'Login failed. Invalid credentials', 'AVX_GW_003');
    const sessionId = randomUUID();
    this.sessions.set(sessionId, { issuedAt: now, expiresAt: now + this.ttlMs.session });
    this.logins++;
    return envelope(200, { status: 'SUCCESS', sessionId, availableLoginAttemptCount: 10 }, 'Login successful', null);
  }

  serviceToken(headers: IncomingHttpHeaders, body: string, now: number): Reply {
    const basic = /^Basic\s+(.+)$/i.exec(String(headers['authorization'] ?? ''));
    const [id, secret] = basic ? Buffer.from(basic[1]!, 'base64').toString('utf8').split(':') : [];
    if (!/grant_type=client_credentials/.test(body) || !id || this.creds.serviceAccounts.get(id) !== secret) return AUTH_FAILED();
    const exp = now + this.ttlMs.token;
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const token = `${part({ alg: 'none', typ: 'JWT' })}.${part({ sub: id, exp: Math.floor(exp / 1000), jti: randomUUID() })}.sim`;
    this.tokens.set(token, { issuedAt: now, expiresAt: exp });
    return envelope(200, token, 'Token generated', null);
  }

  authorized(headers: IncomingHttpHeaders, now: number): boolean {
    const session = headers['sessionid'];
    if (session) return this.valid(this.sessions.get(String(session)), now);
    const token = headers['token'];
    if (token) return this.valid(this.tokens.get(String(token)), now);
    const user = headers['username'];
    return user !== undefined && this.creds.users.get(String(user)) === String(headers['password']);
  }

  private valid(lifetime: Lifetime | undefined, now: number): boolean {
    if (!lifetime || lifetime.expiresAt <= now) return false;
    return this.maxAgeMs <= 0 || now - lifetime.issuedAt < this.maxAgeMs;
  }

  expireAll(): void {
    this.sessions.clear();
    this.tokens.clear();
  }
}
