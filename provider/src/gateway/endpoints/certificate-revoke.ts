// PUT /avxapi/certificate/revoke?isSync=..&ttl=.. (certificate-revoke-sync.txt).
import type { CallOptions } from '../config.js';
import type { ExchangeSpec } from '../exchange.js';
import { certificateRevokeQuerySchema, certificateRevokeRequestSchema, certificateRevokeResultSchema } from '../schemas/certificate.js';
import type { CertificateRevokeRequest, CertificateRevokeResult } from '../schemas/certificate.js';
import { describeCertificate } from './certificate-reissue.js';
import { validRequest, validResponse } from './endpoint-context.js';
import type { EndpointContext } from './endpoint-context.js';

export const CERTIFICATE_REVOKE = 'certificate/revoke';

export interface CertificateRevokeOptions extends CallOptions {
  /** true: revoke now, overriding the approval policy; false: the async API. */
  isSync: boolean;
  /** Seconds the gateway keeps the sync answer (page default 300); a positive integer. */
  ttl: number;
}

export async function revokeCertificate(
  ctx: EndpointContext,
  request: CertificateRevokeRequest,
  options: CertificateRevokeOptions
): Promise<CertificateRevokeResult> {
  const body = validRequest(certificateRevokeRequestSchema, request, 'PUT', CERTIFICATE_REVOKE);
  const query = validRequest(certificateRevokeQuerySchema, { isSync: options.isSync, ttl: options.ttl }, 'PUT', CERTIFICATE_REVOKE);
  const spec: ExchangeSpec = {
    method: 'PUT',
    endpoint: CERTIFICATE_REVOKE,
    query: { isSync: String(query.isSync), ttl: String(query.ttl) },
    body: JSON.stringify(body),
    idempotent: false,
    ambiguityHint: `Search the certificate (${describeCertificate(body)}) in AppViewX and check whether its status is Revoked before trying again.`,
  };
  const answer = await ctx.call(spec, options);
  const result = validResponse(certificateRevokeResultSchema, answer.envelope?.response ?? {}, spec);
  return { ...result, message: result.message ?? answer.envelope?.message ?? null };
}
