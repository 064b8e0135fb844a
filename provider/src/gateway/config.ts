// The client's configuration as the provider hands it over, and its normalised form.
import type { Logger } from '../logging.js';
import { GatewayError } from './errors.js';

export type GatewayAuth =
  | { kind: 'session'; sessionId: string }
  | { kind: 'password'; username: string; password: string }
  | { kind: 'service-account'; clientId: string; clientSecret: string };

export interface GatewayConfig {
  /** e.g. https://avx.example.com:31443; a trailing '/', '/avxapi' or '/avxapi/' is accepted. */
  url: string;
  auth: GatewayAuth;
  /** `gwsource` query parameter, usually 'external'. */
  gatewaySource: string;
  /** `gwkey` query parameter (tenant key), only on multi-tenant installs. */
  gatewayKey?: string;
  /** PEM: an extra trust anchor next to the system roots. */
  caCertificate?: string;
  /** Skip TLS verification (opt-in only; a warning is logged). */
  insecure: boolean;
  /** Per request: connect, time to response headers, and gaps in the body. */
  requestTimeoutMs: number;
  maxRetries: number;
  /** 'login' by default; older installs use 'acctmgmt-perform-login'. */
  loginEndpoint: string;
  logger: Logger;
  retryBaseDelayMs?: number;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Epoch ms: no attempt, wait or retry goes beyond it. */
  deadline?: number;
  /** Retry 417 OPEN_WORK_ORDERS_FOUND with backoff until the deadline. */
  retryOpenWorkOrders?: boolean;
}

export interface GatewayTarget {
  /** scheme://host[:port] */
  origin: string;
  /** Path before /avxapi, without a trailing slash ('' for most installs). */
  basePath: string;
}

function invalidConfig(message: string): GatewayError<'INVALID_REQUEST'> {
  return new GatewayError({ code: 'INVALID_REQUEST', message, method: 'CONFIGURE', endpoint: '' });
}

/** Splits the configured URL into the pool's origin and the path in front of /avxapi. */
export function parseGatewayUrl(url: string): GatewayTarget {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw invalidConfig(`The gateway URL "${url}" is not a valid URL; expected e.g. https://avx.example.com:31443`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw invalidConfig(`The gateway URL "${url}" must start with https:// (or http:// for a local simulator)`);
  }
  if (parsed.search || parsed.hash || parsed.username || parsed.password) {
    throw invalidConfig(`The gateway URL "${parsed.origin}${parsed.pathname}" must not carry credentials, a query or a fragment`);
  }
  const basePath = parsed.pathname.replace(/\/+$/, '').replace(/\/avxapi$/i, '');
  return { origin: parsed.origin, basePath };
}

export interface ResolvedSettings {
  target: GatewayTarget;
  gatewaySource: string;
  gatewayKey: string | undefined;
  requestTimeoutMs: number;
  maxRetries: number;
  retryBaseDelayMs: number;
  loginEndpoint: string;
}

function positive(name: string, value: number, allowZero: boolean): number {
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    throw invalidConfig(`${name} must be a ${allowZero ? 'non-negative' : 'positive'} number, got ${value}`);
  }
  return value;
}

export function resolveSettings(config: GatewayConfig): ResolvedSettings {
  const loginEndpoint = config.loginEndpoint.trim().replace(/^\/+|\/+$/g, '') || 'login';
  return {
    target: parseGatewayUrl(config.url),
    gatewaySource: config.gatewaySource || 'external',
    gatewayKey: config.gatewayKey || undefined,
    requestTimeoutMs: positive('requestTimeoutMs', config.requestTimeoutMs, false),
    maxRetries: Math.floor(positive('maxRetries', config.maxRetries, true)),
    retryBaseDelayMs: positive('retryBaseDelayMs', config.retryBaseDelayMs ?? 200, true),
    loginEndpoint,
  };
}

/** `<basePath>/avxapi/<endpoint>?gwsource=..[&gwkey=..]&<query>` (the README's URL shape). */
export function endpointPath(settings: ResolvedSettings, endpoint: string, query?: Readonly<Record<string, string>>): string {
  const params = new URLSearchParams({ gwsource: settings.gatewaySource });
  if (settings.gatewayKey) params.set('gwkey', settings.gatewayKey);
  for (const [key, value] of Object.entries(query ?? {})) params.set(key, value);
  return `${settings.target.basePath}/avxapi/${endpoint}?${params.toString()}`;
}

/** The endpoint's URL for messages: no query, so no tenant key or other parameters. */
export function endpointUrl(settings: ResolvedSettings, endpoint: string): string {
  return `${settings.target.origin}${settings.target.basePath}/avxapi/${endpoint}`;
}
