// Both CDKTF examples synthesized in-process with app.synth() (validations included), and the
// synthesized JSON checked: resource types, attribute names, provider source and version.
import { App } from 'cdktf';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFleet } from '../../examples/cdktf-ssh-fleet/fleet-config';
import { publicKeyFor } from '../../examples/cdktf-ssh-fleet/public-keys';
import { SshFleetStack } from '../../examples/cdktf-ssh-fleet/ssh-fleet-stack';
import { RotationStack, type RotationStackProps } from '../../examples/cdktf-rotation/rotation-stack';
import { EnrollmentStack } from '../../examples/cdktf-enrollment/enrollment-stack';
import type { SynthesizedStack } from './support/stacks';

const GATEWAY_ENV = { APPVIEWX_URL: 'http://127.0.0.1:9', APPVIEWX_USERNAME: 'admin', APPVIEWX_PASSWORD: 'admin' };
const ROOT = join(__dirname, '..', '..');

let outdir: string;
beforeEach(() => {
  outdir = mkdtempSync(join(tmpdir(), 'appviewx-example-synth-'));
});
afterEach(() => rmSync(outdir, { recursive: true, force: true }));

/** Full `app.synth()` (the CLI's path, with validations) and the stack's cdk.tf.json. */
function synthApp(build: (app: App) => void, stackName: string): SynthesizedStack {
  const app = new App({ outdir, skipValidation: false });
  build(app);
  app.synth();
  return JSON.parse(readFileSync(join(outdir, 'stacks', stackName, 'cdk.tf.json'), 'utf8')) as SynthesizedStack;
}

const withoutMetadata = (block: Record<string, unknown> | undefined) => {
  const { ['//']: _metadata, ...rest } = block ?? {};
  return rest;
};

describe('examples/cdktf-ssh-fleet', () => {
  const fleet = readFleet(join(ROOT, 'examples', 'cdktf-ssh-fleet', 'fleet.json'));

  test('one user certificate per person and one host certificate per server, with the provider from the environment', () => {
    const keyDir = join(outdir, 'keys');
    const json = synthApp(
      (app) => new SshFleetStack(app, 'ssh-fleet', { fleet, env: GATEWAY_ENV, publicKeyFor: (name) => publicKeyFor(name, { keyDir, env: {}, generateMissing: true }) }),
      'ssh-fleet',
    );
    expect(json.terraform?.required_providers).toEqual({ appviewx: { source: 'appviewx-community/appviewx', version: '0.1.0' } });
    expect(json.provider?.['appviewx']).toEqual([{ url: 'http://127.0.0.1:9', username: 'admin' }]);
    expect(Object.keys(json.resource ?? {})).toEqual(['appviewx_ssh_certificate']);

    const certificates = json.resource?.['appviewx_ssh_certificate'] ?? {};
    expect(Object.keys(certificates).sort()).toEqual(['host-db-1', 'host-web-1', 'user-alice', 'user-bob']);
    expect(withoutMetadata(certificates['user-alice'])).toEqual({
      ca_name: fleet.userCa,
      certificate_identity: 'alice@fleet',
      public_key: readFileSync(join(keyDir, 'alice.pub'), 'utf8').trim(),
      principals: ['alice', 'deploy'],
      cert_type: 'User',
      validity_value: 8,
      validity_unit: 'hours',
    });
    expect(withoutMetadata(certificates['host-web-1'])).toMatchObject({ ca_name: fleet.hostCa, cert_type: 'Host', validity_unit: 'days', renew_before: '7d' });
    expect(Object.keys(json.output ?? {})).toEqual(expect.arrayContaining(['user-alice-certificate', 'host-db-1-serial']));
  });

  test('a missing key says where to put it', () => {
    expect(() => publicKeyFor('carol', { keyDir: outdir, env: {}, generateMissing: false })).toThrow(
      /No public key for "carol": put it in .*carol\.pub, set SSH_PUBLIC_KEY_CAROL, or set SSH_FLEET_GENERATE_KEYS=1/,
    );
  });

  test('keys come from SSH_PUBLIC_KEY_<NAME> when there is no file', () => {
    expect(publicKeyFor('web-1', { keyDir: outdir, env: { SSH_PUBLIC_KEY_WEB_1: ' ssh-ed25519 AAAA x \n' }, generateMissing: false })).toBe('ssh-ed25519 AAAA x');
  });
});

describe('examples/cdktf-rotation', () => {
  const rotation = (props: Partial<RotationStackProps> = {}) =>
    synthApp((app) => new RotationStack(app, 'rotation', { resourceId: 'abc123', rotationPeriod: '2026-Q4', env: GATEWAY_ENV, ...props }), 'rotation');

  test('looks the certificate up, reissues it with the rotation trigger, then revokes the superseded one', () => {
    const json = rotation();
    expect(json.terraform?.required_providers?.['appviewx']?.source).toBe('appviewx-community/appviewx');
    expect(withoutMetadata(json.data?.['appviewx_certificate']?.['current'])).toEqual({ resource_id: 'abc123' });
    expect(withoutMetadata(json.resource?.['appviewx_certificate_reissue']?.['reissue'])).toEqual({
      resource_id: '${data.appviewx_certificate.current.resource_id}',
      reason: 'Scheduled rotation 2026-Q4',
      triggers: { rotation: '2026-Q4' },
      wait_for_issuance: true,
    });
    expect(withoutMetadata(json.resource?.['appviewx_certificate_revocation']?.['retire-old'])).toEqual({
      resource_id: 'abc123',
      reason: 'Superseded',
      comments: 'Superseded by rotation 2026-Q4',
      depends_on: ['appviewx_certificate_reissue.reissue'],
    });
  });

  test('a PFX rotation takes its password from a sensitive variable, never a literal', () => {
    const json = rotation({ format: 'PFX' });
    expect(json.variable?.['certificate_password']).toEqual({ type: 'string', sensitive: true });
    expect(json.resource?.['appviewx_certificate_reissue']?.['reissue']?.['certificate_format']).toEqual({
      format: 'PFX',
      password_wo: '${var.certificate_password}',
      password_wo_version: 1,
    });
  });

  test('a compromised key goes through CompromisedCertificateResponse', () => {
    const json = rotation({ compromised: { comments: 'key leaked' } });
    const revocations = Object.values(json.resource?.['appviewx_certificate_revocation'] ?? {});
    expect(revocations).toHaveLength(1);
    expect(revocations[0]).toMatchObject({ reason: 'Key compromised', comments: 'key leaked', depends_on: [expect.stringMatching(/^appviewx_certificate_reissue\./)] });
  });
});

describe('examples/cdktf-enrollment', () => {
  const CSR = '-----BEGIN CERTIFICATE REQUEST-----\nMIIBAA==\n-----END CERTIFICATE REQUEST-----\n';

  test('enrolls from the CSR with create_before_destroy and renew_before, and outputs the PEM and chain', () => {
    const json = synthApp((app) => new EnrollmentStack(app, 'enrollment', { csrPem: CSR, env: GATEWAY_ENV }), 'enrollment');
    expect(withoutMetadata(json.resource?.['appviewx_certificate']?.['web'])).toEqual({
      certificate_authority: 'AppViewX',
      csr_pem: CSR,
      validity: { value: 90, unit: 'days' },
      renew_before: '30d',
      revocation_reason: 'Superseded',
      lifecycle: { create_before_destroy: true },
    });
    expect(Object.keys(json.output ?? {})).toEqual(expect.arrayContaining(['certificate-pem', 'ca-chain-pem', 'not-after', 'resource-id']));
  });

  test('a CSR path instead of its contents fails at synth', () => {
    expect(() => synthApp((app) => new EnrollmentStack(app, 'enrollment', { csrPem: 'web.csr', env: GATEWAY_ENV }), 'enrollment')).toThrow(/csrPem must be a PEM certificate signing request/);
  });
});
