// The AppViewX gateway simulator: HTTP(S) server, routing, faults, request log, admin endpoints.
import { rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttp, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServerCertificate } from '../../provider/src/wire/tls-certificate.js';
import { AUTH_FAILED, Sessions } from './auth.js';
import { reissue, revoke, search, settleWorkOrders } from './certificate-endpoints.js';
import { type Faults, MUTATING, NO_FAULTS, random } from './faults.js';
import { envelope, failure, type Reply } from './reply.js';
import { createSshCertificate, revokeSshCertificates } from './ssh-endpoints.js';
import { type Inventory, loadInventory, saveInventory, seedInventory } from './state.js';
import { caOf, createCertificate, downloadContent, downloadFormat, downloadPrivateKey, requestLogs, revokeBehindTerraform, type X509Faults } from './x509-endpoints.js';

export type { Faults } from './faults.js';
export type { Inventory } from './state.js';

export interface SimulatorOptions {
  port?: number;
  host?: string;
  users?: { name: string; password: string }[];
  serviceAccounts?: { clientId: string; clientSecret: string }[];
  gatewayKey?: string;
  stateFile?: string;
  tls?: boolean;
  latencyMs?: number;
  faults?: Partial<Faults & X509Faults>;
  sessionTtlMs?: number;
  tokenTtlMs?: number;
  issuanceDelayMs?: number;
  now?: () => number;
}

export interface RequestLogEntry {
  method: string;
  endpoint: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  bodyKeys: string[];
  status: number;
  appStatusCode: string | null;
  at: number;
}

export interface Simulator {
  url: string;
  caCertificatePem?: string;
  caCertificateFile?: string;
  inventory(): Inventory;
  requests(): RequestLogEntry[];
  counts(): Record<string, number>;
  readonly logins: number;
  setFaults(f: Partial<Faults & X509Faults>): void;
  /** PEM of the CA that signs X.509 certificates (for openssl verify -CAfile). */
  x509CaPem(): Promise<string>;
  reset(): void;
  approveWorkOrder(requestId: string): void;
  close(): Promise<void>;
}

const SECRET_HEADERS = new Set(['password', 'sessionid', 'token', 'authorization']);

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const now = options.now ?? Date.now;
  let inventory: Inventory = (options.stateFile && loadInventory(options.stateFile)) || seedInventory(now());
  const users = new Map((options.users ?? [{ name: 'admin', password: 'admin' }]).map((u) => [u.name, u.password]));
  const accounts = new Map((options.serviceAccounts ?? [{ clientId: 'terraform-ci', clientSecret: 'terraform-ci-secret' }]).map((a) => [a.clientId, a.clientSecret]));
  const sessions = new Sessions({ users, serviceAccounts: accounts }, { session: options.sessionTtlMs ?? 1_800_000, token: options.tokenTtlMs ?? 1_800_000 });
  let faults: Faults & X509Faults = { ...NO_FAULTS, latencyMs: options.latencyMs ?? 0, ...options.faults };
  sessions.maxAgeMs = faults.expireSessionsAfterMs;
  let rand = random(faults.seed ?? 1);
  let log: RequestLogEntry[] = [];
  let calls = 0;
  const delay = options.issuanceDelayMs ?? 200;
  const persist = () => options.stateFile && saveInventory(options.stateFile, inventory);

  async function gateway(method: string, endpoint: string, query: URLSearchParams, req: IncomingMessage, text: string): Promise<Reply> {
    if (!query.get('gwsource')) return failure(400, 'INVALID_REQUEST', 'Mandatory query parameter gwsource is missing.');
    if (options.gatewayKey && query.get('gwkey') !== options.gatewayKey) return AUTH_FAILED();
    if (method === 'POST' && (endpoint === 'login' || endpoint === 'acctmgmt-perform-login')) return sessions.login(req.headers, now());
    if (method === 'POST' && endpoint === 'acctmgmt-get-service-token') return sessions.serviceToken(req.headers, text, now());
    if (method !== 'GET' && !/application\/json/i.test(String(req.headers['content-type'] ?? ''))) return failure(415, 'INVALID_REQUEST', 'Content-Type must be application/json.');
    if (!sessions.authorized(req.headers, now())) return AUTH_FAILED();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      return failure(400, 'INVALID_REQUEST', 'Request body is not valid JSON.');
    }
    const obj = (body ?? {}) as Record<string, unknown>;
    settleWorkOrders(inventory, now());
    const route = `${method} ${endpoint}`;
    if (route === 'POST ssh/cert/create') return createSshCertificate(inventory, obj, now());
    if (route === 'POST ssh/cert/revoke') return revokeSshCertificates(inventory, body);
    if (route === 'PUT certificate/action') return reissue(inventory, obj, query, now(), delay);
    if (route === 'PUT certificate/revoke') return revoke(inventory, obj, query, now(), delay);
    if (route === 'POST certificate/search') return search(inventory, obj);
    // X.509 enrollment and downloads (x509-endpoints.ts)
    if (route === 'POST certificate/create') return createCertificate(inventory, obj, query, now(), delay, faults);
    if (route === 'POST certificate/download/format') return downloadFormat(inventory, obj, now());
    if (route === 'GET certificate/download/content') return downloadContent(inventory, query, now());
    if (route === 'POST certificate/privatekey/download') return downloadPrivateKey(inventory, obj);
    if (route === 'GET visualworkflow-request-logs') return requestLogs(inventory, query);
    return failure(404, 'INVALID_REQUEST', `No such endpoint: ${method} /avxapi/${endpoint}`);
  }

  function admin(method: string, path: string, text: string): Reply {
    settleWorkOrders(inventory, now());
    if (method === 'GET' && path === 'inventory') return { status: 200, body: inventory };
    if (method === 'POST' && path === 'reset') return (sim.reset(), { status: 200, body: { ok: true } });
    if (method === 'PUT' && path === 'faults') return (sim.setFaults(JSON.parse(text || '{}')), { status: 200, body: faults });
    if (method === 'GET' && path === 'requests') return { status: 200, body: { requests: log, counts: sim.counts() } };
    if (method === 'DELETE' && path === 'requests') return ((log = []), { status: 200, body: { ok: true } });
    const approve = /^work-orders\/([^/]+)\/approve$/.exec(path);
    if (method === 'POST' && approve) return (sim.approveWorkOrder(approve[1]!), { status: 200, body: { ok: true } });
    return { status: 404, body: { error: `no admin endpoint ${method} ${path}` } };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://simulator');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const send = (r: Reply) => {
      if (r.raw) return void (res.writeHead(r.status, { 'content-type': 'application/octet-stream', ...r.headers }), res.end(r.raw));
      res.writeHead(r.status, { 'content-type': 'application/json', ...r.headers });
      res.end(JSON.stringify(r.body));
    };
    if (url.pathname.startsWith('/_simulator/')) return send(admin(req.method ?? 'GET', url.pathname.slice('/_simulator/'.length), text));
    if (!url.pathname.startsWith('/avxapi/')) return send(failure(404, 'INVALID_REQUEST', 'Not found'));
    const endpoint = url.pathname.slice('/avxapi/'.length);
    const method = req.method ?? 'GET';
    const wait = faults.latencyMs + (faults.latencyJitterMs ? rand() * faults.latencyJitterMs : 0);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    calls++;
    if (faults.expireSessionsEveryNCalls > 0 && calls % faults.expireSessionsEveryNCalls === 0) sessions.expireAll();
    let reply: Reply;
    const dice = rand();
    if (dice < faults.rate503) reply = envelope(503, null, 'Service temporarily unavailable', null);
    else if (dice < faults.rate503 + faults.rate429) reply = envelope(429, null, 'Too many requests', null, { 'retry-after': '0' });
    else reply = await gateway(method, endpoint, url.searchParams, req, text);
    const entry: RequestLogEntry = {
      method,
      endpoint,
      query: Object.fromEntries(url.searchParams),
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, SECRET_HEADERS.has(k) ? '***' : String(v)])),
      bodyKeys: text.startsWith('{') ? Object.keys(JSON.parse(text) as object) : [],
      status: reply.status,
      appStatusCode: ((reply.body as { appStatusCode?: string | null })?.appStatusCode ?? null),
      at: now(),
    };
    log.push(entry);
    if (reply.status < 300) persist();
    const drops = faults.dropEndpoints ?? MUTATING;
    if (reply.status < 300 && faults.rateDropAfterWork > 0 && drops.includes(endpoint) && rand() < faults.rateDropAfterWork) {
      req.socket.destroy(); // the work is done; the answer never arrives
      return;
    }
    if (reply.status < 300 && faults.rate504AfterWork > 0 && drops.includes(endpoint) && rand() < faults.rate504AfterWork) {
      // The work is done, but a proxy in front of the gateway gave up waiting: its own page, no envelope.
      entry.status = 504;
      entry.appStatusCode = null;
      res.writeHead(504, { 'content-type': 'text/html' });
      res.end('<html><head><title>504 Gateway Time-out</title></head><body><h1>504 Gateway Time-out</h1></body></html>');
      return;
    }
    send(reply);
  }

  const tlsCert = options.tls ? createServerCertificate() : undefined;
  const listener = (req: IncomingMessage, res: ServerResponse) =>
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ response: null, message: String(err), appStatusCode: 'SIMULATOR_ERROR', tags: {}, headers: null }));
    });
  const server: Server = tlsCert ? createHttps({ key: tlsCert.keyPem, cert: tlsCert.certPem }, listener) : createHttp(listener);
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const host = options.host ?? '127.0.0.1';
  let caCertificateFile: string | undefined;
  if (tlsCert) {
    caCertificateFile = join(tmpdir(), `appviewx-simulator-${port}-ca.pem`);
    writeFileSync(caCertificateFile, tlsCert.certPem);
  }

  const sim: Simulator = {
    url: `${tlsCert ? 'https' : 'http'}://${host === '127.0.0.1' && tlsCert ? 'localhost' : host}:${port}`,
    ...(tlsCert ? { caCertificatePem: tlsCert.certPem } : {}),
    ...(caCertificateFile ? { caCertificateFile } : {}),
    inventory: () => (settleWorkOrders(inventory, now()), inventory),
    requests: () => log,
    counts: () => log.reduce<Record<string, number>>((acc, e) => ((acc[e.endpoint] = (acc[e.endpoint] ?? 0) + 1), acc), {}),
    get logins() {
      return sessions.logins;
    },
    setFaults(f) {
      const { revokeCertificates, ...rest } = f;
      if (revokeCertificates) (revokeBehindTerraform(inventory, revokeCertificates), persist());
      faults = { ...faults, ...rest };
      sessions.maxAgeMs = faults.expireSessionsAfterMs;
      if (f.seed !== undefined) rand = random(f.seed);
    },
    x509CaPem: async () => (await caOf(inventory, now())).certPem,
    reset() {
      inventory = seedInventory(now());
      log = [];
      persist();
    },
    approveWorkOrder(requestId) {
      const wo = inventory.workOrders.find((w) => w.requestId === requestId);
      if (wo && !wo.approved) Object.assign(wo, { approved: true, completesAt: now() + delay });
      persist();
    },
    close: () =>
      new Promise<void>((resolve) => {
        persist();
        if (caCertificateFile) rmSync(caCertificateFile, { force: true });
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return sim;
}
