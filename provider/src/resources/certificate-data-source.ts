// Data source appviewx_certificate: one X.509 certificate by resource id, or by common name with
// an optional serial number, through certificate search. No match, or several, is an error.
// Its PEM (and chain) come from GET certificate/download/content.
import * as a from '../framework/attributes.js';
import { isUnknown } from '../framework/cty.js';
import { defineDataSource } from '../framework/definitions.js';
import type { CertificateRecord, GatewayClient } from '../gateway/index.js';
import { searchInput } from './certificate-identity.js';
import { isNotFound, reportGatewayError } from './gateway-diagnostics.js';
import { nonEmpty, toRfc3339 } from './validators.js';
import { splitChain } from './x509-pem.js';

const attributes = {
  resource_id: a.string({ mode: 'optional-computed', validate: nonEmpty, description: 'Resource id to look up; or give `common_name`.' }),
  common_name: a.string({ mode: 'optional-computed', validate: nonEmpty, description: 'Common name to look up (with `serial_number` when several certificates share it).' }),
  serial_number: a.string({ mode: 'optional-computed', validate: nonEmpty, description: 'Serial number, to narrow a lookup by common name.' }),
  include_chain: a.bool({ mode: 'optional', description: 'Also download the issuing CA chain into `ca_chain_pem` (default false).' }),
  certificate_pem: a.string({ mode: 'computed', description: 'The certificate (leaf only), PEM.' }),
  ca_chain_pem: a.string({ mode: 'computed', description: 'The issuing CA chain, PEM, nearest CA first; only with `include_chain`.' }),
  id: a.string({ mode: 'computed', description: 'Resource id of the certificate.' }),
  issuer_common_name: a.string({ mode: 'computed', description: 'Common name of the issuer.' }),
  status: a.string({ mode: 'computed', description: 'Status, e.g. `Issued`, `Revoked`.' }),
  valid_from: a.string({ mode: 'computed', description: 'Start of validity (RFC 3339).' }),
  valid_to: a.string({ mode: 'computed', description: 'End of validity (RFC 3339).' }),
  certificate_authority: a.string({ mode: 'computed', description: 'Certificate authority.' }),
  group: a.string({ mode: 'computed', description: 'AppViewX group.' }),
  category: a.string({ mode: 'computed', description: 'Category, e.g. `Server`.' }),
};

export const certificateDataSource = defineDataSource<typeof attributes, GatewayClient>({
  typeName: 'appviewx_certificate',
  description: 'Looks up one X.509 certificate in AppViewX (POST certificate/search).',
  attributes,

  validate(config, diags) {
    if (isUnknown(config.resource_id) || isUnknown(config.common_name)) return;
    if (config.resource_id === null && config.common_name === null) {
      diags.error('Which certificate?', 'Set `resource_id`, or `common_name` (with `serial_number` when several certificates share the name).', [{ attribute: 'resource_id' }]);
    }
  },

  async read({ client, config, signal, diagnostics }) {
    const wanted = config.resource_id ? `resource id "${config.resource_id}"` : `common name "${config.common_name}"${config.serial_number ? ` and serial number "${config.serial_number}"` : ''}`;
    let records: CertificateRecord[];
    try {
      records = await client.searchCertificates(searchInput(config), { signal });
    } catch (err) {
      if (isNotFound(err)) records = [];
      else {
        reportGatewayError(diagnostics, 'Could not look up the certificate', err);
        return undefined;
      }
    }
    if (records.length !== 1) {
      diagnostics.error(
        records.length === 0 ? 'No certificate found' : 'More than one certificate found',
        records.length === 0
          ? `AppViewX has no certificate with ${wanted}. Check the value.`
          : `${records.length} certificates match ${wanted} (serial numbers ${records.map((r) => r.serialNumber).join(', ')}); add serial_number to pick one.`,
        [{ attribute: config.resource_id ? 'resource_id' : 'common_name' }],
      );
      return undefined;
    }
    const c = records[0]!;
    let pems;
    try {
      const content = await client.downloadCertificateContent({ resourceId: c.resourceId, isChainRequired: config.include_chain === true }, { signal });
      pems = splitChain(content.certificateContents);
    } catch (err) {
      reportGatewayError(diagnostics, 'Could not download the certificate', err);
      return undefined;
    }
    return {
      certificate_pem: pems?.leaf ?? null,
      ca_chain_pem: config.include_chain === true ? (pems?.chain ?? null) : null,
      id: c.resourceId,
      resource_id: c.resourceId,
      common_name: c.commonName,
      serial_number: c.serialNumber,
      issuer_common_name: c.issuerCommonName,
      status: c.status,
      valid_from: toRfc3339(c.validFrom),
      valid_to: toRfc3339(c.validTo),
      certificate_authority: c.certificateAuthority,
      group: c.group,
      category: c.category,
    };
  },
});
