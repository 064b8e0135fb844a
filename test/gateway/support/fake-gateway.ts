// A scriptable stand-in for the AppViewX gateway on 127.0.0.1:0 (node:http or node:https): it
// records every request and answers from per-endpoint scripts, including breaking the
// connection after reading a request or never answering.
import { createServer as createHttpServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path below /avxapi/, e.g. ssh/cert/create */
  endpoint: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  rawBody: string;
  json: unknown;
}

export type Reply =
  | { status?: number; json?: unknown; raw?: string; headers?: Record<string, string>; delayMs?: number }
  | { action: 'destroy' } // read the request, then destroy the socket without answering
  | { action: 'hang' }; // read the request and never answer

/** A fixed reply, a list used in order (the last one repeats), or a function of the request and its 1-based number. */
export type Responder = Reply | Reply[] | ((request: RecordedRequest, n: number) => Reply | Promise<Reply>);

export function envelope(response: unknown, message: string | null = 'Success', appStatusCode: string | null = null): unknown {
  return { response, message, appStatusCode, tags: {}, headers: null };
}

export function failure(status: number, appStatusCode: string | null, message: string): Reply {
  return { status, json: { response: null, message, appStatusCode, tags: {}, headers: null } };
}

/** An unsigned JWT with the given exp (epoch seconds), as the service-token endpoint returns. */
export function jwt(expSeconds: number, subject = 'terraform-ci'): string {
  const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: subject, exp: expSeconds, nonce: Math.random() })}.c2lnbmF0dXJl`;
}

export interface FakeGatewayOptions {
  tls?: { key: string; cert: string };
}

export class FakeGateway {
  readonly requests: RecordedRequest[] = [];
  private readonly routes = new Map<string, Responder>();
  private readonly counts = new Map<string, number>();
  private readonly sockets = new Set<Socket>();
  private sessionCounter = 0;
  url = '';

  constructor(private readonly server: Server) {
    server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    server.on('secureConnection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    // Defaults: logins succeed with a fresh session id; tokens last 30 minutes (README).
    this.on('login', () => ({
      json: envelope({ status: 'SUCCESS', sessionId: `session-${++this.sessionCounter}`, availableLoginAttemptCount: 10 }, 'Login Successful'),
    }));
    this.on('acctmgmt-get-service-token', () => ({ json: envelope(jwt(Math.floor(Date.now() / 1000) + 1800)) }));
  }

  on(endpoint: string, responder: Responder): this {
    this.routes.set(endpoint, responder);
    this.counts.set(endpoint, 0);
    return this;
  }

  requestsTo(endpoint: string): RecordedRequest[] {
    return this.requests.filter((r) => r.endpoint === endpoint);
  }

  /** Requests to everything but login and token endpoints. */
  calls(): RecordedRequest[] {
    return this.requests.filter((r) => r.endpoint !== 'login' && r.endpoint !== 'acctmgmt-get-service-token' && r.endpoint !== 'acctmgmt-perform-login');
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const endpoint = url.pathname.replace(/^.*?\/avxapi\//, '');
    let json: unknown;
    try {
      json = rawBody ? JSON.parse(rawBody) : undefined;
    } catch {
      json = undefined;
    }
    const recorded: RecordedRequest = {
      method: req.method ?? '',
      endpoint,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      rawBody,
      json,
    };
    this.requests.push(recorded);
    const n = (this.counts.get(endpoint) ?? 0) + 1;
    this.counts.set(endpoint, n);
    const reply = await this.replyFor(endpoint, recorded, n);
    if ('action' in reply) {
      if (reply.action === 'destroy') req.socket.destroy();
      return; // 'hang': never answer
    }
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if (res.destroyed) return;
    const body = reply.raw ?? JSON.stringify(reply.json ?? envelope(null));
    res.writeHead(reply.status ?? 200, { 'content-type': reply.raw ? 'text/html' : 'application/json', ...reply.headers });
    res.end(body);
  }

  private async replyFor(endpoint: string, request: RecordedRequest, n: number): Promise<Reply> {
    const responder = this.routes.get(endpoint);
    if (responder === undefined) return failure(404, null, `no route for ${endpoint}`);
    if (typeof responder === 'function') return responder(request, n);
    if (Array.isArray(responder)) return responder[Math.min(n, responder.length) - 1] ?? failure(500, null, 'empty script');
    return responder;
  }
}

export async function startFakeGateway(options: FakeGatewayOptions = {}): Promise<FakeGateway> {
  let fake: FakeGateway | undefined;
  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    fake?.handle(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  };
  const server = options.tls ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, listener) : createHttpServer(listener);
  server.keepAliveTimeout = 30_000;
  fake = new FakeGateway(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  fake.url = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  return fake;
}
