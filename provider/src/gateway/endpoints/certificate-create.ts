// POST /avxapi/certificate/create?isSync=.. (other-endpoints-from-public-clients.md §2). The body
// is the official provider's: `caConnectorInfo` with `csrParameters` for an AppViewX-generated key,
// or BARANI's/SIGNER's CSR-upload variant (`csrGenerationSource: "uploadCSR"`).
import type { CallOptions } from '../config.js';
import type { ExchangeSpec } from '../exchange.js';
import { certificateCreateRequestSchema, certificateCreateResultSchema } from '../schemas/x509.js';
import type { CertificateCreateRequest, CertificateCreateResult } from '../schemas/x509.js';
import { validRequest, validResponse } from './endpoint-context.js';
import type { EndpointContext } from './endpoint-context.js';

export const CERTIFICATE_CREATE = 'certificate/create';

export interface CertificateCreateOptions extends CallOptions {
  /** true: the answer carries the certificate; false: 202 and a work order to wait for. */
  isSync: boolean;
}

export async function createCertificate(ctx: EndpointContext, request: CertificateCreateRequest, options: CertificateCreateOptions): Promise<CertificateCreateResult> {
  const r = validRequest(certificateCreateRequestSchema, request, 'POST', CERTIFICATE_CREATE);
  const caConnectorInfo = {
    certificateAuthority: r.certificateAuthority,
    certificateType: r.certificateType,
    caSettingName: r.caSettingName,
    // What the official provider names the connector (two spaces included).
    name: `${r.certificateAuthority} Connector  Terraform`,
    ...(r.subject
      ? {
          csrParameters: {
            commonName: r.subject.commonName,
            hashFunction: r.subject.hashFunction,
            keyType: r.subject.keyType,
            bitLength: String(r.subject.bitLength), // a string, as the official provider sends it
            certificateCategories: ['Server', 'Client'],
            enhancedSANTypes: {
              dNSNames: r.subject.dnsNames.length > 0 ? r.subject.dnsNames : null,
              ...(r.subject.ipAddresses.length > 0 ? { iPAddresses: r.subject.ipAddresses } : {}),
            },
          },
        }
      : {}),
    ...(r.validity ? { validityUnit: r.validity.unit, validityUnitValue: r.validity.value } : {}),
    certAttributes: r.customAttributes ?? null,
    vendorSpecificDetails: r.vendorSpecificDetails ?? {},
  };
  const body = {
    caConnectorInfo,
    certificateGroup: { name: r.certificateGroup },
    ...(r.csrPem
      ? { csrGenerationSource: 'uploadCSR', uploadCsrDetails: { csrContent: r.csrPem, category: 'Server' }, certificateFormat: { format: 'PEM', password: '' } }
      : {}),
  };
  const commonName = r.subject?.commonName ?? 'the common name of the CSR';
  const spec: ExchangeSpec = {
    method: 'POST',
    endpoint: CERTIFICATE_CREATE,
    query: { isSync: String(options.isSync) },
    body: JSON.stringify(body),
    idempotent: false,
    ambiguityHint:
      `Search AppViewX for a certificate or an open work order for ${r.subject ? `common name "${commonName}"` : commonName} from CA "${r.certificateAuthority}" before trying again; ` +
      'if the request was made, import its resource id (terraform import) or revoke it, so no certificate is left that nobody knows about.',
  };
  const answer = await ctx.call(spec, options);
  return validResponse(certificateCreateResultSchema, answer.envelope?.response, spec);
}
