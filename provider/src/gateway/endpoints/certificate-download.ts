// The certificate itself (other-endpoints-from-public-clients.md §3): POST certificate/download/format
// answers with the raw file, GET certificate/download/content with JSON. Reads: safe to repeat.
import type { CallOptions } from '../config.js';
import type { ExchangeSpec } from '../exchange.js';
import { certificateContentRequestSchema, certificateContentSchema, certificateDownloadRequestSchema } from '../schemas/x509.js';
import type { CertificateContent, CertificateDownloadRequest } from '../schemas/x509.js';
import { validRequest, validResponse } from './endpoint-context.js';
import type { EndpointContext } from './endpoint-context.js';

export const CERTIFICATE_DOWNLOAD_FORMAT = 'certificate/download/format';
export const CERTIFICATE_DOWNLOAD_CONTENT = 'certificate/download/content';

/** The file's bytes (PEM text for PEM/CRT/CER, binary for DER). */
export async function downloadCertificate(ctx: EndpointContext, request: CertificateDownloadRequest, options: CallOptions = {}): Promise<Buffer> {
  const r = validRequest(certificateDownloadRequestSchema, request, 'POST', CERTIFICATE_DOWNLOAD_FORMAT);
  // The official provider sends every field, the unused identity ones empty.
  const body = { commonName: '', serialNumber: '', format: r.format, password: '', isChainRequired: r.isChainRequired, resourceId: r.resourceId };
  const spec: ExchangeSpec = { method: 'POST', endpoint: CERTIFICATE_DOWNLOAD_FORMAT, body: JSON.stringify(body), idempotent: true, rawBody: true };
  const answer = await ctx.call(spec, options);
  return answer.body;
}

export async function downloadCertificateContent(
  ctx: EndpointContext,
  request: { resourceId: string; isChainRequired: boolean },
  options: CallOptions = {},
): Promise<CertificateContent> {
  const r = validRequest(certificateContentRequestSchema, request, 'GET', CERTIFICATE_DOWNLOAD_CONTENT);
  const spec: ExchangeSpec = {
    method: 'GET',
    endpoint: CERTIFICATE_DOWNLOAD_CONTENT,
    query: { resourceId: r.resourceId, isChainRequired: String(r.isChainRequired) },
    idempotent: true,
  };
  const answer = await ctx.call(spec, options);
  return validResponse(certificateContentSchema, answer.envelope?.response, spec);
}
