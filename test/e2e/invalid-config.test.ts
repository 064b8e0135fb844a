// Every input rule fails `terraform validate` before any gateway call, with the attribute named.
import { ed25519PublicKey } from '../support/ssh-keys';
import { PROVIDER_BLOCK, simulatorWorkspace, USER_CA } from '../support/simulator-workspace';
import { describeWithTerraform, type Workspace } from '../support/terraform';
import type { Simulator } from '../../simulator/src/index';

const KEY = ed25519PublicKey();
const ssh = (override: Record<string, string>) => {
  const attrs: Record<string, string> = {
    ca_name: `"${USER_CA}"`,
    certificate_identity: '"alice"',
    public_key: JSON.stringify(KEY),
    principals: '["alice"]',
    cert_type: '"User"',
    validity_value: '8',
    validity_unit: '"hours"',
    ...override,
  };
  const body = Object.entries(attrs)
    .filter(([, v]) => v !== 'OMIT')
    .map(([k, v]) => (k === 'timeouts' ? `  timeouts {\n    create = ${v}\n  }` : `  ${k} = ${v}`))
    .join('\n');
  return `resource "appviewx_ssh_certificate" "x" {\n${body}\n}\n`;
};
const block = (type: string, attrs: string) => `resource "${type}" "x" {\n${attrs}\n}\n`;
const reissue = (attrs: string) => block('appviewx_certificate_reissue', attrs);
const revocation = (attrs: string) => block('appviewx_certificate_revocation', attrs);
const sshRevocation = (attrs: string) => block('appviewx_ssh_certificate_revocation', attrs);
// appviewx_certificate: a real-looking CSR armour is enough, validation never sends it.
const CSR = '"-----BEGIN CERTIFICATE REQUEST-----\\nMIIBAA==\\n-----END CERTIFICATE REQUEST-----\\n"';
const x509 = (attrs: string) => block('appviewx_certificate', `  certificate_authority = "AppViewX"\n${attrs}`);

// [case, HCL, message, the line terraform points at: the attribute's, or the block's for nested
// attributes (terraform cannot place a path inside an object expression; the summary names it)]
const CASES: [string, string, RegExp, RegExp][] = [
  ['empty ca_name', ssh({ ca_name: '""' }), /ca_name must not be empty/, /ca_name\s+=/],
  ['empty certificate_identity', ssh({ certificate_identity: '"  "' }), /certificate_identity must not be empty/, /certificate_identity\s+=/],
  ['a public key that is not OpenSSH', ssh({ public_key: '"not a key"' }), /public_key must be one OpenSSH public key line/, /public_key\s+=/],
  ['a public key with a wrong type label', ssh({ public_key: '"ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIKxyz"' }), /public_key must be one OpenSSH public key line/, /public_key\s+=/],
  ['no principals', ssh({ principals: '[]' }), /principals must list at least one principal/, /principals\s+=/],
  ['an empty principal', ssh({ principals: '["alice", ""]' }), /principals\[1\] must not be empty/, /principals\s+=/],
  ['a cert_type other than User/Host', ssh({ cert_type: '"user"' }), /cert_type must be one of "User", "Host"/, /cert_type\s+=/],
  ['validity_value zero', ssh({ validity_value: '0' }), /validity_value must be greater than zero/, /validity_value\s+=/],
  ['validity_value negative', ssh({ validity_value: '-3' }), /validity_value must be greater than zero/, /validity_value\s+=/],
  ['validity_value fractional', ssh({ validity_value: '1.5' }), /validity_value must be a whole number/, /validity_value\s+=/],
  ['an unknown validity_unit', ssh({ validity_unit: '"fortnights"' }), /validity_unit must be one of "hours", "days"/, /validity_unit\s+=/],
  ['valid_from not RFC 3339', ssh({ valid_from: '"tomorrow"' }), /valid_from must be an RFC 3339 timestamp/, /valid_from\s+=/],
  ['valid_to not RFC 3339', ssh({ valid_to: '"2026-13-45"' }), /valid_to must be an RFC 3339 timestamp/, /valid_to\s+=/],
  ['valid_from after valid_to', ssh({ valid_from: '"2027-01-02T00:00:00Z"', valid_to: '"2027-01-01T00:00:00Z"' }), /valid_from \(2027-01-02T00:00:00Z\) must not be later than valid_to/, /valid_from\s+=/],
  ['renew_before not a duration', ssh({ renew_before: '"soon"' }), /renew_before must be a duration/, /renew_before\s+=/],
  ['empty group_name', ssh({ group_name: '""' }), /group_name must not be empty/, /group_name\s+=/],
  ['a bad create timeout', ssh({ timeouts: '"forever"' }), /timeouts\.create must be a duration/, /create\s+=/],
  ['ssh revocation with neither serial nor certificate', sshRevocation(`  ca_name = "${USER_CA}"\n  group_name = "Default_Key_Group"`), /Set `serial_number` or `certificate`/, /resource "appviewx_ssh_certificate_revocation"/],
  ['ssh revocation with both serial and certificate', sshRevocation(`  ca_name = "${USER_CA}"\n  group_name = "Default_Key_Group"\n  serial_number = "1"\n  certificate = "c"`), /Set only one of `serial_number` and `certificate`/, /serial_number\s+=/],
  ['ssh revocation with an empty ca_name', sshRevocation(`  ca_name = ""\n  group_name = "Default_Key_Group"\n  serial_number = "1"`), /ca_name must not be empty/, /ca_name\s+=/],
  ['reissue with no certificate named', reissue('  reason = "Superseded"'), /Identify the certificate with `resource_id`, or with `common_name` and `serial_number`/, /resource "appviewx_certificate_reissue"/],
  ['reissue with common_name but no serial_number', reissue('  reason = "Superseded"\n  common_name = "a.example.com"'), /`serial_number` is missing/, /resource "appviewx_certificate_reissue"/],
  ['reissue with an empty reason', reissue('  reason = ""\n  resource_id = "5f51f7312fa95059a12b0aee"'), /reason must not be empty/, /reason\s+=/],
  ['reissue with an unknown format', reissue('  reason = "Superseded"\n  resource_id = "5f51f7312fa95059a12b0aee"\n  certificate_format = { format = "ZIP" }'), /certificate_format\.format must be one of "CRT", "CERT"/, /resource "appviewx_certificate_reissue"/],
  ['reissue PFX without a password', reissue('  reason = "Superseded"\n  resource_id = "5f51f7312fa95059a12b0aee"\n  certificate_format = { format = "PFX" }'), /Format PFX needs a password: set certificate_format\.password_wo/, /resource "appviewx_certificate_reissue"/],
  ['reissue JKS without a password', reissue('  reason = "Superseded"\n  resource_id = "5f51f7312fa95059a12b0aee"\n  certificate_format = { format = "JKS" }'), /Format JKS needs a password/, /resource "appviewx_certificate_reissue"/],
  ['reissue with an unknown CSR category', reissue('  reason = "Superseded"\n  resource_id = "5f51f7312fa95059a12b0aee"\n  csr = {\n    category = "Email"\n    content = "-----BEGIN CERTIFICATE REQUEST-----"\n  }'), /csr\.category must be one of "Server", "Client", "Code Signing"/, /resource "appviewx_certificate_reissue"/],
  ['reissue with a CSR that is not PEM', reissue('  reason = "Superseded"\n  resource_id = "5f51f7312fa95059a12b0aee"\n  csr = {\n    category = "Server"\n    content = "hello"\n  }'), /csr\.content must be a PEM certificate signing request/, /resource "appviewx_certificate_reissue"/],
  ['revocation with no certificate named', revocation('  reason = "Superseded"'), /Identify the certificate with `resource_id`/, /resource "appviewx_certificate_revocation"/],
  ['revocation for key compromise without comments', revocation('  reason = "Key compromised"\n  resource_id = "5f51f7312fa95059a12b0aee"'), /needs `comments`/, /resource "appviewx_certificate_revocation"/],
  ['revocation with ttl zero', revocation('  reason = "Superseded"\n  resource_id = "5f51f7312fa95059a12b0aee"\n  ttl = 0'), /ttl must be greater than zero/, /ttl\s+=/],
  ['revocation with a fractional ttl', revocation('  reason = "Superseded"\n  resource_id = "5f51f7312fa95059a12b0aee"\n  ttl = 2.5'), /ttl must be a whole number/, /ttl\s+=/],
  ['certificate with both csr_pem and common_name', x509(`  csr_pem = ${CSR}\n  common_name = "a.example.com"`), /Set `csr_pem` or `common_name`, not both/, /common_name\s+=/],
  ['certificate with neither csr_pem nor common_name', x509(''), /Set `csr_pem` \(recommended/, /resource "appviewx_certificate"/],
  ['certificate with a CSR that is not PEM', x509('  csr_pem = "MIIB not a pem"'), /csr_pem must be one PEM certificate signing request/, /csr_pem\s+=/],
  ['certificate with an unknown revocation reason', x509('  common_name = "a.example.com"\n  revocation_reason = "Bored"'), /revocation_reason must be one of "Unspecified"/, /revocation_reason\s+=/],
  ['certificate revoked for compromise without comments', x509('  common_name = "a.example.com"\n  revocation_reason = "Key compromise"'), /needs `revocation_comments`/, /resource "appviewx_certificate"/],
  ['certificate with an RSA bit_length for EC', x509('  common_name = "a.example.com"\n  key_type = "EC"\n  bit_length = 2048'), /bit_length 2048 is not offered for EC keys: use one of 256, 384, 521/, /bit_length\s+=/],
  ['certificate with an odd RSA bit_length', x509('  common_name = "a.example.com"\n  bit_length = 1000'), /bit_length 1000 is not offered for RSA keys/, /bit_length\s+=/],
  ['certificate with key options next to a CSR', x509(`  csr_pem = ${CSR}\n  key_type = "EC"`), /`key_type` describes a key that AppViewX generates/, /key_type\s+=/],
  ['certificate downloading a key it cannot have', x509(`  csr_pem = ${CSR}\n  download_private_key = true`), /With `csr_pem` the private key is yours/, /download_private_key\s+=/],
  ['certificate with a bad IP address', x509('  common_name = "a.example.com"\n  ip_addresses = ["10.0.0.300"]'), /ip_addresses\[0\] must be an IPv4 or IPv6 address/, /ip_addresses\s+=/],
  ['certificate with an unknown validity unit', x509('  common_name = "a.example.com"\n  validity = { value = 1, unit = "fortnights" }'), /validity\.unit must be one of "days", "months", "years"/, /resource "appviewx_certificate"/],
  ['data source with nothing to look up', 'data "appviewx_certificate" "x" {}\n', /Set `resource_id`, or `common_name`/, /data "appviewx_certificate"/],
  ['provider url without a scheme', 'provider "appviewx" {\n  url = "avx.example.com"\n}\n', /url must be an http\(s\) URL/, /url\s+=/],
  ['provider username without password', 'provider "appviewx" {\n  username = "admin"\n}\n', /`username` is set but `password` is not/, /provider "appviewx"/],
  ['provider bad ca_certificate', 'provider "appviewx" {\n  ca_certificate = "hello"\n}\n', /ca_certificate must be a PEM certificate/, /ca_certificate\s+=/],
  ['provider empty gateway_source', 'provider "appviewx" {\n  gateway_source = ""\n}\n', /gateway_source must not be empty/, /gateway_source\s+=/],
];

interface JsonDiagnostic {
  summary: string;
  detail: string;
  snippet?: { code: string };
}

/** Diagnostics from `validate -json` (one object) or `plan -json` (one JSON message per line). */
function diagnostics(stdout: string): JsonDiagnostic[] {
  const text = stdout.trim();
  if (text.startsWith('{') && text.includes('"valid"')) return (JSON.parse(text) as { diagnostics: JsonDiagnostic[] }).diagnostics;
  return text
    .split('\n')
    .map((l) => JSON.parse(l) as { diagnostic?: JsonDiagnostic })
    .flatMap((m) => (m.diagnostic ? [m.diagnostic] : []));
}

describeWithTerraform('invalid configurations fail validate with the attribute, before any gateway call', () => {
  let sim: Simulator;
  let ws: Workspace;
  beforeAll(async () => {
    // APPVIEWX_PASSWORD unset so that the provider-block cases decide the credentials themselves.
    ({ sim, ws } = await simulatorWorkspace({}, { APPVIEWX_USERNAME: '', APPVIEWX_PASSWORD: '' }));
    ws.write(PROVIDER_BLOCK);
    await ws.init();
  });
  afterAll(async () => {
    ws.cleanup();
    await sim.close();
  });

  test(`the table has at least 30 cases (${CASES.length})`, () => expect(CASES.length).toBeGreaterThanOrEqual(30));

  test.each(CASES)('%s', async (_name, hcl, message, line) => {
    const providerCase = hcl.startsWith('provider');
    // A provider is configured only when something uses it: give the provider cases a resource.
    ws.write(providerCase ? hcl + ssh({}) : PROVIDER_BLOCK + hcl);
    // terraform validate does not configure providers: provider-block rules are checked by plan.
    const r = await ws.run(providerCase ? ['plan', '-json'] : ['validate', '-json']);
    expect(r.code).toBe(1);
    const found = diagnostics(r.stdout).filter((d) => message.test(`${d.summary}: ${d.detail}`));
    expect(found.map((d) => `${d.summary}: ${d.detail}`)).not.toHaveLength(0);
    expect(found.some((d) => line.test(d.snippet?.code ?? ''))).toBe(true);
  });

  test('no case reached the gateway', () => {
    expect(sim.requests().filter((r) => r.endpoint !== undefined && !String(r.endpoint).startsWith('_simulator'))).toHaveLength(0);
  });
});
