// provider::appviewx::ssh_certificate_info and x509_certificate_info with real terraform: known
// certificates give the expected objects, a malformed argument fails the plan naming the argument,
// and a precondition on the principals blocks an apply.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprintOf, parsePublicKey } from '../../provider/src/openssh/wire-format';
import { caPublicBlob, signCertificate } from '../../simulator/src/openssh-certificate';
import { ed25519PublicKey } from '../support/ssh-keys';
import { describeWithTerraform, Workspace } from '../support/terraform';

const PEM = readFileSync(join(__dirname, '..', 'fixtures', 'x509', 'www.example.com.pem'), 'utf8');
const ca = { privateKeyPem: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
const VALID_AFTER = Date.parse('2026-12-01T08:00:00Z');
const VALID_BEFORE = Date.parse('2026-12-01T16:00:00Z');
const cert = signCertificate(ca, {
  key: parsePublicKey(ed25519PublicKey())!,
  serial: 18_446_744_073_709_551_000n, // above 2^53: must come back exact, as a string
  type: 'User',
  keyId: 'alice@example.com',
  principals: ['alice', 'deploy'],
  validAfterMs: VALID_AFTER,
  validBeforeMs: VALID_BEFORE,
}).line;

const VARS = `
variable "cert" { type = string }
variable "pem" { type = string }
`;

describeWithTerraform('provider functions', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = new Workspace({}, { TF_VAR_cert: cert, TF_VAR_pem: PEM });
    ws.write(VARS);
    await ws.init();
  });
  afterAll(() => ws?.cleanup());

  test('ssh_certificate_info and x509_certificate_info read known certificates', async () => {
    ws.write(`${VARS}
output "ssh" { value = provider::appviewx::ssh_certificate_info(var.cert) }
output "x509" { value = provider::appviewx::x509_certificate_info(var.pem) }
`);
    await ws.ok(['apply', '-auto-approve', '-no-color']);
    const out = await ws.outputs();
    expect(out['ssh']?.value).toEqual({
      type: 'user',
      key_id: 'alice@example.com',
      serial: '18446744073709551000',
      principals: ['alice', 'deploy'],
      valid_after: '2026-12-01T08:00:00Z',
      valid_before: '2026-12-01T16:00:00Z',
      signing_ca_fingerprint: fingerprintOf(caPublicBlob(ca)),
      extensions: ['permit-X11-forwarding', 'permit-agent-forwarding', 'permit-port-forwarding', 'permit-pty', 'permit-user-rc'],
      critical_options: {},
    });
    // ssh-keygen, an independent reader, agrees on what terraform returned.
    writeFileSync(join(ws.dir, 'alice-cert.pub'), `${cert}\n`);
    const listing = execFileSync('ssh-keygen', ['-L', '-f', join(ws.dir, 'alice-cert.pub')], { encoding: 'utf8' });
    expect(listing).toContain('Key ID: "alice@example.com"');
    expect(listing).toContain('Serial: 18446744073709551000');
    expect(listing).toContain(`Signing CA: ED25519 ${fingerprintOf(caPublicBlob(ca))}`);

    expect(out['x509']?.value).toEqual({
      subject: 'C=US, O=Acme Corp, CN=www.example.com',
      issuer: 'C=US, O=Acme Corp, CN=www.example.com',
      serial_number: '7A3F19C2',
      not_before: '2026-12-02T02:46:13Z',
      not_after: '2036-11-29T02:46:13Z',
      dns_names: ['www.example.com', 'example.com'],
      sha256_fingerprint: 'D8:F6:DC:9F:96:59:A4:20:E3:11:89:C4:62:7F:34:B7:A0:8C:DC:26:32:07:02:7A:2D:10:F6:B3:9B:E4:D1:BC',
    });
  });

  test.each([
    ['ssh_certificate_info', 'certificate', '"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA== alice"', /certificate starts with "ssh-ed25519", not a certificate type/],
    ['ssh_certificate_info', 'certificate', 'substr(var.cert, 0, 120)', /certificate is damaged/],
    ['x509_certificate_info', 'pem', '"/etc/ssl/certs/site.pem"', /pem has no "-----BEGIN CERTIFICATE-----" block/],
  ])('%s with a malformed %s fails the plan, naming the argument', async (fn, parameter, arg, message) => {
    ws.write(`${VARS}\noutput "bad" { value = provider::appviewx::${fn}(${arg}) }\n`);
    const plan = await ws.run(['plan', '-no-color']);
    expect(plan.code).toBe(1);
    expect(plan.stderr).toContain(`Invalid value for "${parameter}" parameter`);
    expect(plan.stderr.replace(/\s+/g, ' ')).toMatch(message);
  });

  test.each(['functions/ssh_certificate_info/function.tf', 'functions/x509_certificate_info/function.tf', 'ephemeral-resources/appviewx_ssh_certificate/ephemeral-resource.tf'])(
    'the docs example examples/%s passes terraform validate',
    async (example) => {
      ws.write(readFileSync(join(__dirname, '..', '..', 'examples', example), 'utf8'));
      // validate reads the files and checks the public key: a real one, and a private key placeholder.
      writeFileSync(join(ws.dir, 'ci_ed25519.pub'), `${ed25519PublicKey('ci')}\n`);
      writeFileSync(join(ws.dir, 'ci_ed25519'), 'private key placeholder (not read by validate)\n');
      await ws.ok(['validate', '-no-color']);
    },
  );

  test('a precondition on ssh_certificate_info(...).principals blocks the apply', async () => {
    ws.write(`${VARS}
resource "terraform_data" "admin_access" {
  input = "granted"
  lifecycle {
    precondition {
      condition     = contains(provider::appviewx::ssh_certificate_info(var.cert).principals, "admin")
      error_message = "The certificate does not grant the admin principal."
    }
  }
}
`);
    const apply = await ws.run(['apply', '-auto-approve', '-no-color']);
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain('Resource precondition failed');
    expect(apply.stderr).toContain('The certificate does not grant the admin principal.');
    expect(ws.instances('terraform_data')).toEqual([]);
  });
});
