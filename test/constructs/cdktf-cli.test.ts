// The cdktf CLI itself, without the AppViewX provider: `cdktf synth` of each example through its
// own cdktf.json, and `cdktf deploy`/`destroy` of a terraform_data stack, which proves the CLI's
// native pieces (node-pty) and the offline set-up work on this machine.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CDKTF_CLI, CdktfProject, ROOT } from './support/cdktf-e2e';
import type { SynthesizedStack } from './support/stacks';

const cdktfSynth = (exampleDir: string, outdir: string, env: Record<string, string>) =>
  new Promise<{ code: number; output: string }>((done) => {
    const childEnv = { ...process.env, CHECKPOINT_DISABLE: '1', DISABLE_VERSION_CHECK: '1', CDKTF_DISABLE_PLUGIN_CACHE_ENV: '1', ...env };
    execFile(process.execPath, [CDKTF_CLI, 'synth', '--output', outdir], { cwd: exampleDir, env: childEnv, timeout: 120_000 }, (error, stdout, stderr) => {
      done({ code: error ? 1 : 0, output: `${String(stdout)}${String(stderr)}` });
    });
  });

describe('cdktf synth of the examples (their own cdktf.json)', () => {
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'appviewx-cdktf-synth-'));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  const gateway = { APPVIEWX_URL: 'http://127.0.0.1:9', APPVIEWX_SESSION_ID: 'synth-only' };

  test('cdktf-ssh-fleet', async () => {
    const out = join(scratch, 'out');
    const result = await cdktfSynth(join(ROOT, 'examples', 'cdktf-ssh-fleet'), out, { ...gateway, SSH_FLEET_KEY_DIR: join(scratch, 'keys'), SSH_FLEET_GENERATE_KEYS: '1' });
    expect(result).toMatchObject({ code: 0 });
    const json = JSON.parse(readFileSync(join(out, 'stacks', 'ssh-fleet', 'cdk.tf.json'), 'utf8')) as SynthesizedStack;
    expect(Object.keys(json.resource?.['appviewx_ssh_certificate'] ?? {})).toHaveLength(4);
    expect(json.terraform?.required_providers?.['appviewx']?.source).toBe('appviewx-community/appviewx');
  });

  test('cdktf-rotation', async () => {
    const out = join(scratch, 'out');
    const result = await cdktfSynth(join(ROOT, 'examples', 'cdktf-rotation'), out, { ...gateway, ROTATION_RESOURCE_ID: 'abc', ROTATION_PERIOD: 'p1' });
    expect(result).toMatchObject({ code: 0 });
    const json = JSON.parse(readFileSync(join(out, 'stacks', 'rotation', 'cdk.tf.json'), 'utf8')) as SynthesizedStack;
    expect(Object.keys(json.resource ?? {}).sort()).toEqual(['appviewx_certificate_reissue', 'appviewx_certificate_revocation']);
  });

  test('a validation error stops cdktf synth with the construct path and property', async () => {
    const result = await cdktfSynth(join(ROOT, 'examples', 'cdktf-rotation'), join(scratch, 'out'), { APPVIEWX_URL: 'http://127.0.0.1:9', ROTATION_RESOURCE_ID: 'abc' });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('rotation/appviewx: sessionId is missing and so are the other credentials');
  });
});

describe('cdktf deploy and destroy (built-in terraform_data, no provider, no network)', () => {
  let project: CdktfProject;
  beforeAll(() => {
    project = new CdktfProject({ app: join(__dirname, 'fixtures', 'terraform-data-app.ts'), env: { PROBE_INPUT: 'from-cdktf' } });
  });
  afterAll(() => project.cleanup());

  test('deploy applies and returns the outputs; destroy empties the state', async () => {
    expect(await project.deploy('probe')).toEqual({ echo: 'from-cdktf' });
    expect(project.state('probe').resources.map((r) => r.type)).toEqual(['terraform_data']);
    await project.destroy('probe');
    expect(project.state('probe').resources).toEqual([]);
  });
});
