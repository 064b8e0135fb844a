// appviewx_certificate's plan rules, table-driven: what replaces the certificate, what an
// imported certificate adopts without replacement, and renewal before expiry.
import { isComputed } from '../../provider/src/framework/attributes';
import type { ObjectValue, Value } from '../../provider/src/framework/cty';
import { planResource } from '../../provider/src/framework/planning';
import { certificate } from '../../provider/src/resources/certificate';

const NOW = Date.parse('2027-01-01T00:00:00Z');
const DAY = 86_400_000;
const CSR = '-----BEGIN CERTIFICATE REQUEST-----\nMIIBAA==\n-----END CERTIFICATE REQUEST-----\n';
const names = [...Object.keys(certificate.attributes), 'timeouts'];
const object = (values: Record<string, Value>): ObjectValue => Object.fromEntries(names.map((n) => [n, values[n] ?? null]));

const config = object({ certificate_authority: 'AppViewX', csr_pem: CSR, renew_before: '30d' });
const created = object({
  ...config,
  id: 'r-1',
  resource_id: 'r-1',
  request_id: '238',
  common_name: 'web.example.com',
  key_type: 'RSA',
  bit_length: 2048,
  certificate_group: 'Default',
  sync: true,
  revoke_on_destroy: true,
  revocation_reason: 'Superseded',
  download_private_key: false,
  not_after: new Date(NOW + 90 * DAY).toISOString(),
  ready_for_renewal: false,
});
const imported = object({ ...created, csr_pem: null, renew_before: null, request_id: null });

/** What terraform proposes: the configuration, and prior values for computed attributes left null. */
function proposed(prior: ObjectValue, cfg: ObjectValue): ObjectValue {
  return object(Object.fromEntries(names.map((n) => {
    const a = certificate.attributes[n as keyof typeof certificate.attributes];
    const c = cfg[n] ?? null;
    return [n, c === null && a && isComputed(a) ? (prior[n] ?? null) : c];
  })));
}
const plan = (prior: ObjectValue, cfg: ObjectValue) =>
  planResource(certificate as never, { prior, proposed: proposed(prior, cfg), config: cfg, writeOnlyAllowed: true, now: NOW }).requiresReplace.map((p) => (p[0] as { attribute: string }).attribute);

const CASES: [string, ObjectValue, ObjectValue, string[]][] = [
  ['nothing changed', created, config, []],
  ['a trailing newline more on the CSR (file())', created, { ...config, csr_pem: `${CSR}\n` }, []],
  ['a new CSR', created, { ...config, csr_pem: CSR.replace('MIIBAA==', 'MIIBAQ==') }, ['csr_pem']],
  ['a new CA', created, { ...config, certificate_authority: 'DigiCert' }, ['certificate_authority']],
  ['DNS names added to a created certificate', object({ ...created, csr_pem: null, common_name: 'a.example.com' }), { ...config, csr_pem: null, common_name: 'a.example.com', dns_names: ['a.example.com'] }, ['dns_names']],
  ['revocation settings and renew_before are state-only', created, { ...config, revoke_on_destroy: false, revocation_reason: 'Cessation of operation', renew_before: '7d' }, []],
  ['an imported certificate adopts csr_pem and renew_before', imported, config, []],
  ['an imported certificate still replaces on a different CA', imported, { ...config, certificate_authority: 'DigiCert' }, ['certificate_authority']],
  ['within renew_before of not_after', object({ ...created, not_after: new Date(NOW + 20 * DAY).toISOString() }), config, ['ready_for_renewal']],
  ['expired, without renew_before', object({ ...created, renew_before: null, not_after: new Date(NOW - DAY).toISOString() }), { ...config, renew_before: null }, ['ready_for_renewal']],
  ['a read already found it due', object({ ...created, ready_for_renewal: true }), config, ['ready_for_renewal']],
];

describe('appviewx_certificate plan', () => {
  test.each(CASES)('%s', (_name, prior, cfg, replaced) => {
    expect(plan(prior, cfg)).toEqual(replaced);
  });
});
