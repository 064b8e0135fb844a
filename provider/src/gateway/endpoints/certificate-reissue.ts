// PUT /avxapi/certificate/action with action "Reissue" (certificate-reissue-async.txt and the
// older session-id-and-reissue.txt). Async: 202 with the resourceId to search for afterwards.
import { registerSecret } from '../../logging.js';
import type { CallOptions } from '../config.js';
import type { ExchangeSpec } from '../exchange.js';
import { reissueRequestSchema, reissueResultSchema } from '../schemas/certificate.js';
import type { ReissueRequest, ReissueResult } from '../schemas/certificate.js';
import { validRequest, validResponse } from './endpoint-context.js';
import type { EndpointContext } from './endpoint-context.js';

export const CERTIFICATE_ACTION = 'certificate/action';

export interface ReissueOptions extends CallOptions {
  /** Sent as the autoApproval query parameter only when set; the gateway defaults to auto-approval. */
  autoApproval?: boolean;
}

export function describeCertificate(r: { resourceId?: string | undefined; commonName?: string | undefined; serialNumber?: string | undefined }): string {
  if (r.resourceId) return `resourceId ${r.resourceId}`;
  return `commonName "${r.commonName}" serialNumber ${r.serialNumber}`;
}

export async function reissueCertificate(ctx: EndpointContext, request: ReissueRequest, options: ReissueOptions = {}): Promise<ReissueResult> {
  const payload = validRequest(reissueRequestSchema, request, 'PUT', CERTIFICATE_ACTION);
  registerSecret(payload.certificateFormat?.password); // protects the PK12/PFX/JKS download
  const { reason, certificateFormat, uploadCSRDetails, ...identity } = payload;
  const body = {
    ...identity,
    action: 'Reissue',
    reason,
    ...(certificateFormat ? { certificateFormat } : {}),
    ...(uploadCSRDetails ? { uploadCSRDetails } : {}),
  };
  const spec: ExchangeSpec = {
    method: 'PUT',
    endpoint: CERTIFICATE_ACTION,
    body: JSON.stringify(body),
    idempotent: false,
    ...(options.autoApproval === undefined ? {} : { query: { autoApproval: String(options.autoApproval) } }),
    ambiguityHint:
      `Search the certificate (${describeCertificate(identity)}) in AppViewX for a reissue work order before trying again ` +
      '(a second reissue while one is open fails with OPEN_WORK_ORDERS_FOUND).',
  };
  const answer = await ctx.call(spec, options);
  const result = validResponse(reissueResultSchema, answer.envelope?.response, spec);
  return { ...result, message: result.message ?? answer.envelope?.message ?? null };
}
