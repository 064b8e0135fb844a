// Runs the real terraform binary against the built provider, installed into a filesystem mirror,
// in a temp directory with its own CLI config. Every e2e test goes through this.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const PROVIDER_BIN = join(ROOT, 'dist', 'terraform-provider-appviewx');
export const TERRAFORM = process.env['TERRAFORM_BINARY'] ?? 'terraform';
export const SOURCE = 'registry.terraform.io/appviewx-community/appviewx';

/** terraform must be there unless the person opted out; the message says how to get it. */
export function requireTerraform(): boolean {
  if (process.env['SKIP_TERRAFORM_E2E'] === '1') return false;
  try {
    execFileSync(TERRAFORM, ['version'], { stdio: 'ignore', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
  } catch {
    throw new Error(
      'The end-to-end tests need terraform >= 1.11 on PATH (or TERRAFORM_BINARY=/path/to/terraform). ' +
        'Install it from https://developer.hashicorp.com/terraform/install, or set SKIP_TERRAFORM_E2E=1 to skip these tests.',
    );
  }
  if (!existsSync(PROVIDER_BIN)) throw new Error(`${PROVIDER_BIN} is missing: run npm run build first.`);
  return true;
}

let mirror: string | undefined;

/** One filesystem mirror per test process, made by the provider's own `install` subcommand. */
export function providerMirror(): string {
  if (mirror) return mirror;
  const dir = mkdtempSync(join(tmpdir(), 'avx-mirror-'));
  execFileSync(PROVIDER_BIN, ['install', '--dir', dir], { stdio: 'pipe' });
  mirror = dir;
  return dir;
}

/** A CLI configuration that installs this provider from `mirror` only. No `direct` block: a
 * provider that is not in the mirror fails `init` instead of downloading. */
export function mirrorCliConfig(mirror: string): string {
  return `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(mirror)}\n    include = ["${SOURCE}"]\n  }\n}\n`;
}

/** The environment of an offline, non-interactive terraform run with its own home and CLI config. */
export function offlineTerraformEnv(home: string, cliConfig: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: home,
    TMPDIR: tmpdir(),
    TF_CLI_CONFIG_FILE: cliConfig,
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    CHECKPOINT_DISABLE: '1',
  };
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export class Workspace {
  readonly dir: string;
  readonly env: NodeJS.ProcessEnv;

  constructor(providerEnv: Record<string, string>, extraEnv: Record<string, string> = {}) {
    this.dir = mkdtempSync(join(tmpdir(), 'avx-e2e-'));
    const cliConfig = join(this.dir, '.terraformrc');
    writeFileSync(cliConfig, mirrorCliConfig(providerMirror()));
    this.env = {
      ...offlineTerraformEnv(this.dir, cliConfig),
      ...providerEnv,
      ...extraEnv,
    };
  }

  /** Writes main.tf with the required_providers block and the given HCL. */
  write(hcl: string, file = 'main.tf'): void {
    const header = `terraform {\n  required_providers {\n    appviewx = { source = "appviewx-community/appviewx" }\n  }\n}\n\n`;
    writeFileSync(join(this.dir, file), file === 'main.tf' ? header + hcl : hcl);
  }

  run(args: string[], env: Record<string, string> = {}, timeoutMs = 300_000): Promise<RunResult> {
    return new Promise((done) => {
      execFile(TERRAFORM, args, { cwd: this.dir, env: { ...this.env, ...env }, timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) => {
        const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : 1) : 0;
        done({ code, stdout: String(stdout), stderr: String(stderr) });
      });
    });
  }

  /** Runs terraform and fails the test with terraform's output when the exit code is not the expected one. */
  async ok(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
    const r = await this.run(args, env);
    if (r.code !== 0) throw new Error(`terraform ${args.join(' ')} exited ${r.code}\n${r.stdout}\n${r.stderr}`);
    return r;
  }

  async init(): Promise<void> {
    await this.ok(['init', '-no-color']);
  }

  /** `terraform plan -detailed-exitcode`: 0 = no changes, 2 = changes. */
  async planExitCode(args: string[] = []): Promise<RunResult> {
    return this.run(['plan', '-no-color', '-detailed-exitcode', ...args]);
  }

  state(): { resources: { type: string; name: string; mode: string; instances: { attributes: Record<string, unknown>; index_key?: unknown }[] }[] } {
    const file = join(this.dir, 'terraform.tfstate');
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { resources: [] };
  }

  instances(type: string): Record<string, unknown>[] {
    return this.state()
      .resources.filter((r) => r.type === type && r.mode === 'managed')
      .flatMap((r) => r.instances.map((i) => i.attributes));
  }

  async outputs(): Promise<Record<string, { value: unknown }>> {
    return JSON.parse((await this.ok(['output', '-json'])).stdout);
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** `describe` for terraform e2e suites: fails loudly without terraform, unless SKIP_TERRAFORM_E2E=1. */
export const describeWithTerraform = (name: string, fn: () => void): void => {
  const run = requireTerraform();
  (run ? describe : describe.skip)(name, fn);
};
