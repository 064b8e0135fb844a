// `deploy --auto-approve` and `destroy --auto-approve` of the examples against the simulator, with
// the built provider in a filesystem mirror and the simulator's inventory the judge; the same
// scenarios for cdktf-cli and for cdktn-cli (runtime).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '../../../simulator/src/index';
import { providerMirror } from '../../support/terraform';
import { CdktfProject, ROOT, type Runtime } from './cdktf-e2e';
import type { SynthesizedStack } from './stacks';

const example = (name: string) => join(ROOT, 'examples', name, 'main.ts');
type CdkTfJson = SynthesizedStack & { '//': { metadata: { version: string } } };

export function exampleDeploys(runtime: Runtime): void {
  const runtimeVersion = (require(`${runtime}/package.json`) as { version: string }).version;
  let sim: Simulator;
  let gateway: Record<string, string>;
  beforeAll(async () => {
    sim = await startSimulator({ port: 0 });
    gateway = { APPVIEWX_URL: sim.url, APPVIEWX_USERNAME: 'admin', APPVIEWX_PASSWORD: 'admin' };
  });
  afterAll(async () => {
    await sim.close();
  });

  test(`ssh fleet on ${runtime}: deploy signs a certificate per user and host; destroy revokes them all`, async () => {
    const project = new CdktfProject({ app: example('cdktf-ssh-fleet'), runtime, mirror: providerMirror(), env: { ...gateway, SSH_FLEET_GENERATE_KEYS: '1' } });
    project.env['SSH_FLEET_KEY_DIR'] = join(project.dir, 'keys');
    try {
      const outputs = await project.deploy('ssh-fleet');
      const synthesized = JSON.parse(readFileSync(join(project.dir, 'cdktf.out', 'stacks', 'ssh-fleet', 'cdk.tf.json'), 'utf8')) as CdkTfJson;
      expect(synthesized['//'].metadata.version).toBe(runtimeVersion);
      expect(String(outputs['user-alice-certificate'])).toMatch(/^ssh-ed25519-cert-v01@openssh\.com /);
      expect(String(outputs['host-web-1-certificate'])).toMatch(/^ssh-ed25519-cert-v01@openssh\.com /);
      const serials = project.instances('ssh-fleet', 'appviewx_ssh_certificate').map((c) => String(c['serial_number']));
      expect(serials).toHaveLength(4);
      const active = () => sim.inventory().sshCertificates.filter((c) => serials.includes(String(c.serialNumber)));
      expect(active().map((c) => c.status)).toEqual(['Active', 'Active', 'Active', 'Active']);
      expect(active().map((c) => `${c.certType} ${c.keyId} ${c.principals.join(',')}`).sort()).toEqual([
        'Host db-1@fleet db-1.example.internal',
        'Host web-1@fleet web-1.example.internal,10.0.0.11',
        'User alice@fleet alice,deploy',
        'User bob@fleet bob',
      ]);

      await project.destroy('ssh-fleet');
      expect(active().map((c) => c.status)).toEqual(['Revoked', 'Revoked', 'Revoked', 'Revoked']);
      expect(project.state('ssh-fleet').resources).toEqual([]);
    } finally {
      project.cleanup();
    }
  });

  test(`enrollment on ${runtime}: deploy enrolls a certificate from an openssl CSR that openssl verifies against the CA; destroy revokes it`, async () => {
    const project = new CdktfProject({ app: example('cdktf-enrollment'), runtime, mirror: providerMirror(), env: { ...gateway } });
    const openssl = (args: string[]) => execFileSync('openssl', args, { cwd: project.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      openssl(['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'web.key', '-out', 'web.csr', '-subj', '/CN=web.example.com', '-addext', 'subjectAltName=DNS:web.example.com']);
      project.env['ENROLL_CSR_FILE'] = join(project.dir, 'web.csr');
      const outputs = await project.deploy('enrollment');
      const resourceId = String(outputs['resource-id']);
      writeFileSync(join(project.dir, 'web.pem'), String(outputs['certificate-pem']));
      writeFileSync(join(project.dir, 'ca.pem'), await sim.x509CaPem());
      expect(openssl(['verify', '-CAfile', 'ca.pem', 'web.pem'])).toMatch(/web\.pem: OK/);
      expect(openssl(['x509', '-in', 'web.pem', '-noout', '-pubkey'])).toBe(openssl(['pkey', '-in', 'web.key', '-pubout']));
      expect(Date.parse(String(outputs['not-after'])) - Date.now()).toBeGreaterThan(89 * 86_400_000);
      const status = () => sim.inventory().certificates.find((c) => c.resourceId === resourceId)?.status;
      expect(status()).toBe('Issued');

      await project.destroy('enrollment');
      expect(status()).toBe('Revoked');
      expect(project.state('enrollment').resources).toEqual([]);
    } finally {
      project.cleanup();
    }
  });

  test(`rotation on ${runtime}: reissue, then revoke the superseded certificate; destroy only forgets both`, async () => {
    const target = sim.inventory().certificates.find((c) => c.status !== 'Revoked' && c.status !== 'Monitored');
    if (!target) throw new Error('the simulator has no certificate to rotate');
    const project = new CdktfProject({
      app: example('cdktf-rotation'),
      runtime,
      mirror: providerMirror(),
      env: { ...gateway, ROTATION_RESOURCE_ID: target.resourceId, ROTATION_PERIOD: `${runtime}-e2e-1` },
    });
    try {
      const outputs = await project.deploy('rotation');
      expect(outputs['new-resource-id']).toEqual(expect.any(String));
      expect(outputs['new-resource-id']).not.toBe(target.resourceId);
      const certificates = sim.inventory().certificates;
      expect(certificates.find((c) => c.resourceId === target.resourceId)?.status).toBe('Revoked');
      expect(certificates.find((c) => c.resourceId === outputs['new-resource-id'])).toBeDefined();

      await project.destroy('rotation');
      expect(sim.inventory().certificates.find((c) => c.resourceId === target.resourceId)?.status).toBe('Revoked');
      expect(project.state('rotation').resources.filter((r) => r.mode === 'managed')).toEqual([]);
    } finally {
      project.cleanup();
    }
  });
}
