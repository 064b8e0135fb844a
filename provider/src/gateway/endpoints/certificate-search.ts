// POST /avxapi/certificate/search (README): find a certificate by resourceId, or by commonName
// (and serial number). A read, so it may be retried after timeouts and resets.
import type { CallOptions } from '../config.js';
import { isGatewayError } from '../errors.js';
import type { ExchangeSpec } from '../exchange.js';
import { searchInputSchema, searchResultSchema } from '../schemas/certificate.js';
import type { CertificateRecord, CertificateSearchInput } from '../schemas/certificate.js';
import { validRequest, validResponse } from './endpoint-context.js';
import type { EndpointContext } from './endpoint-context.js';

export const CERTIFICATE_SEARCH = 'certificate/search';

/** One page is plenty: a resourceId matches one certificate, a commonName its few generations. */
export const SEARCH_PAGE_SIZE = 100;

export async function searchCertificates(ctx: EndpointContext, input: CertificateSearchInput, options: CallOptions = {}): Promise<CertificateRecord[]> {
  const searchInput = validRequest(searchInputSchema, input, 'POST', CERTIFICATE_SEARCH);
  const spec: ExchangeSpec = {
    method: 'POST',
    endpoint: CERTIFICATE_SEARCH,
    // The README's filter, with values as strings as there.
    body: JSON.stringify({
      input: searchInput,
      filter: { max: String(SEARCH_PAGE_SIZE), start: '1', sortColumn: 'commonName', sortOrder: 'desc' },
    }),
    idempotent: true,
  };
  try {
    const answer = await ctx.call(spec, options);
    return validResponse(searchResultSchema, answer.envelope?.response, spec).objects;
  } catch (error) {
    // README: "HTTP 404 with NO_RECORDS_FOUND means no match".
    if (isGatewayError(error, 'GATEWAY_ERROR') && error.status === 404 && error.appStatusCode === 'NO_RECORDS_FOUND') return [];
    throw error;
  }
}
