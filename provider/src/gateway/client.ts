// The gateway client resources use: one per configured provider, owning one connection pool,
// one authenticator and the counters the tests and benchmarks read.
import { createAuthenticator } from './auth/create-authenticator.js';
import { CallGate } from './call-gate.js';
import { CallScope } from './call-scope.js';
import type { CallOptions, GatewayConfig } from './config.js';
import { resolveSettings } from './config.js';
import { createSshCertificate } from './endpoints/ssh-certificate-create.js';
import { revokeSshCertificates } from './endpoints/ssh-certificate-revoke.js';
import { reissueCertificate } from './endpoints/certificate-reissue.js';
import type { ReissueOptions } from './endpoints/certificate-reissue.js';
import { revokeCertificate } from './endpoints/certificate-revoke.js';
import type { CertificateRevokeOptions } from './endpoints/certificate-revoke.js';
import { searchCertificates } from './endpoints/certificate-search.js';
import { createCertificate } from './endpoints/certificate-create.js';
import type { CertificateCreateOptions } from './endpoints/certificate-create.js';
import { downloadCertificate, downloadCertificateContent } from './endpoints/certificate-download.js';
import { downloadPrivateKey } from './endpoints/private-key-download.js';
import { requestLogs } from './endpoints/request-logs.js';
import type { CertificateContent, CertificateCreateRequest, CertificateCreateResult, CertificateDownloadRequest, RequestLog } from './schemas/x509.js';
import type { EndpointContext } from './endpoints/endpoint-context.js';
import { Exchange } from './exchange.js';
import type { GatewayStats } from './exchange.js';
import type {
  CertificateRecord,
  CertificateRevokeRequest,
  CertificateRevokeResult,
  CertificateSearchInput,
  ReissueRequest,
  ReissueResult,
} from './schemas/certificate.js';
import type { SshCertificate, SshCertificateRequest, SshRevokeItem, SshRevokeResult } from './schemas/ssh.js';
import { Transport } from './transport.js';

export interface GatewayClient {
  /** POST ssh/cert/create. Not idempotent: never repeated once it may have reached the gateway. */
  createSshCertificate(request: SshCertificateRequest, options?: CallOptions): Promise<SshCertificate>;
  /** POST ssh/cert/revoke with 1..25 items (more are rejected locally). Not idempotent. */
  revokeSshCertificates(items: SshRevokeItem[], options?: CallOptions): Promise<SshRevokeResult>;
  /** PUT certificate/action, action "Reissue". Not idempotent. */
  reissueCertificate(request: ReissueRequest, options?: ReissueOptions): Promise<ReissueResult>;
  /** PUT certificate/revoke?isSync=..&ttl=.. Not idempotent. */
  revokeCertificate(request: CertificateRevokeRequest, options: CertificateRevokeOptions): Promise<CertificateRevokeResult>;
  /** POST certificate/search; no match (404 NO_RECORDS_FOUND) is []. */
  searchCertificates(input: CertificateSearchInput, options?: CallOptions): Promise<CertificateRecord[]>;
  /** POST certificate/create?isSync=.. Not idempotent. */
  createCertificate(request: CertificateCreateRequest, options: CertificateCreateOptions): Promise<CertificateCreateResult>;
  /** POST certificate/download/format: the raw file. */
  downloadCertificate(request: CertificateDownloadRequest, options?: CallOptions): Promise<Buffer>;
  /** GET certificate/download/content: the PEM as JSON. */
  downloadCertificateContent(request: { resourceId: string; isChainRequired: boolean }, options?: CallOptions): Promise<CertificateContent>;
  /** POST certificate/privatekey/download: the PEM encrypted with `password`. Not idempotent. */
  downloadPrivateKey(request: { uuId: string; password: string }, options?: CallOptions): Promise<string>;
  /** GET visualworkflow-request-logs?ids=.. */
  requestLogs(ids: readonly string[], options?: CallOptions): Promise<RequestLog[]>;
  /** Authenticates now instead of on the first call (logs in / fetches a token as configured). */
  login(options?: CallOptions): Promise<void>;
  readonly stats: Readonly<GatewayStats>;
  /**
   * Graceful shutdown (the provider got SIGTERM/SIGINT/SIGHUP): from now on a create, reissue or
   * revoke that has not been sent is refused with "cancelled, nothing was sent"; resolves once the
   * calls in flight are done (each bounded by its deadline). Reads go on.
   */
  shutdown(reason: string): Promise<void>;
  close(): Promise<void>;
}

export function createGatewayClient(config: GatewayConfig): GatewayClient {
  const settings = resolveSettings(config);
  const logger = config.logger.child({ component: 'gateway' });
  if (config.insecure) {
    logger.warn('TLS verification of the AppViewX gateway is turned off (insecure = true): use this only for test installs', {
      origin: settings.target.origin,
    });
  }
  const transport = new Transport({
    origin: settings.target.origin,
    requestTimeoutMs: settings.requestTimeoutMs,
    insecure: config.insecure,
    ...(config.caCertificate ? { caCertificate: config.caCertificate } : {}),
  });
  const stats: GatewayStats = { logins: 0, tokenFetches: 0, requests: 0, retries: 0 };
  const gate = new CallGate();
  const exchange = new Exchange({ transport, settings, logger, stats, gate });
  const authenticator = createAuthenticator(config.auth, exchange, settings, stats, logger);

  const scoped = async <T>(options: CallOptions, work: (scope: CallScope) => Promise<T>): Promise<T> => {
    const scope = new CallScope(options);
    try {
      return await gate.track(() => work(scope));
    } finally {
      scope.dispose();
    }
  };
  const ctx: EndpointContext = {
    call: (spec, options) =>
      scoped(options, (scope) => exchange.run({ ...spec, ...(options.retryOpenWorkOrders ? { retryOpenWorkOrders: true } : {}) }, scope, authenticator)),
  };

  return {
    createSshCertificate: (request, options) => createSshCertificate(ctx, request, options),
    revokeSshCertificates: (items, options) => revokeSshCertificates(ctx, items, options),
    reissueCertificate: (request, options) => reissueCertificate(ctx, request, options),
    revokeCertificate: (request, options) => revokeCertificate(ctx, request, options),
    searchCertificates: (input, options) => searchCertificates(ctx, input, options),
    createCertificate: (request, options) => createCertificate(ctx, request, options),
    downloadCertificate: (request, options) => downloadCertificate(ctx, request, options),
    downloadCertificateContent: (request, options) => downloadCertificateContent(ctx, request, options),
    downloadPrivateKey: (request, options) => downloadPrivateKey(ctx, request, options),
    requestLogs: (ids, options) => requestLogs(ctx, ids, options),
    login: (options = {}) => scoped(options, (scope) => exchange.authenticate(scope, authenticator)),
    stats,
    shutdown: (reason) => {
      if (!gate.closedReason) logger.info('gateway client shutting down: no new create, reissue or revoke is sent', { reason, callsInFlight: gate.callsInFlight });
      return gate.close(reason);
    },
    close: () => transport.close(),
  };
}
