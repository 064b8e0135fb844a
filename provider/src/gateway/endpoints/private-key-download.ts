// POST /avxapi/certificate/privatekey/download (other-endpoints-from-public-clients.md §3c): the key
// AppViewX generated, as a PEM encrypted with the password sent. Treated as non-idempotent: a
// download the gateway may have served and logged is not silently asked for again.
import { registerSecret } from '../../logging.js';
import type { CallOptions } from '../config.js';
import { GatewayError } from '../errors.js';
import type { ExchangeSpec } from '../exchange.js';
import { privateKeyDownloadRequestSchema, privateKeyDownloadResultSchema } from '../schemas/x509.js';
import { validRequest, validResponse } from './endpoint-context.js';
import type { EndpointContext } from './endpoint-context.js';

export const PRIVATE_KEY_DOWNLOAD = 'certificate/privatekey/download';

/** The encrypted PEM. `uuId` is the certificate's uuid from certificate/search, not its resource id. */
export async function downloadPrivateKey(ctx: EndpointContext, request: { uuId: string; password: string }, options: CallOptions = {}): Promise<string> {
  registerSecret(request.password);
  const body = validRequest(privateKeyDownloadRequestSchema, request, 'POST', PRIVATE_KEY_DOWNLOAD);
  const spec: ExchangeSpec = {
    method: 'POST',
    endpoint: PRIVATE_KEY_DOWNLOAD,
    body: JSON.stringify({ password: body.password, uuId: body.uuId }),
    idempotent: false,
    ambiguityHint: `Download the private key of certificate uuid ${body.uuId} in AppViewX, or replace the certificate.`,
  };
  const answer = await ctx.call(spec, options);
  const result = validResponse(privateKeyDownloadResultSchema, answer.envelope?.response, spec);
  // §6: the official client treats any status but "Success" as a failure, whatever the HTTP status.
  if (result.status?.toLowerCase() !== 'success' || !result.privateKeyPemEncoded) {
    const gatewayMessage = answer.envelope?.message ?? undefined;
    throw new GatewayError({
      code: 'GATEWAY_ERROR',
      message: `POST ${PRIVATE_KEY_DOWNLOAD} failed: status ${JSON.stringify(result.status)}${gatewayMessage ? `: ${gatewayMessage}` : ''}`,
      method: 'POST',
      endpoint: PRIVATE_KEY_DOWNLOAD,
      status: answer.status,
      ...(gatewayMessage ? { gatewayMessage } : {}),
      remediation: 'Only keys that AppViewX generated can be downloaded, and the account needs private-key download rights.',
    });
  }
  return result.privateKeyPemEncoded;
}
