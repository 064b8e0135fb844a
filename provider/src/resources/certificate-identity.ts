// Which X.509 certificate an operation is about: `resource_id`, or `common_name` + `serial_number`
// (the vendor pages accept both; the newer reissue page also takes `common_name` + `resource_id`).
import { isUnknown, type Unknown } from '../framework/cty.js';
import type { Diagnostics } from '../framework/diagnostics.js';

interface IdentityConfig {
  resource_id: string | null | Unknown;
  common_name: string | null | Unknown;
  serial_number: string | null | Unknown;
}

export function validateCertificateIdentity(config: IdentityConfig, diags: Diagnostics): void {
  const { resource_id: id, common_name: cn, serial_number: serial } = config;
  if (isUnknown(id) || isUnknown(cn) || isUnknown(serial)) return;
  if (id !== null || (cn !== null && serial !== null)) return;
  const missing = cn === null && serial === null ? 'resource_id' : cn === null ? 'common_name' : 'serial_number';
  diags.error(
    'Which certificate?',
    'Identify the certificate with `resource_id`, or with `common_name` and `serial_number` together' +
      (cn !== null || serial !== null ? ` (\`${missing}\` is missing).` : '.'),
    [{ attribute: missing }],
  );
}

export function certificateIdentity(plan: { resource_id: string | null; common_name: string | null; serial_number: string | null }) {
  return {
    ...(plan.resource_id ? { resourceId: plan.resource_id } : {}),
    ...(plan.common_name ? { commonName: plan.common_name } : {}),
    ...(plan.serial_number ? { serialNumber: plan.serial_number } : {}),
  };
}

export function searchInput(plan: { resource_id: string | null; common_name: string | null; serial_number: string | null }) {
  if (plan.resource_id) return { resourceId: plan.resource_id };
  return { commonName: plan.common_name ?? '', ...(plan.serial_number ? { serialNumber: plan.serial_number } : {}) };
}
