// Subcommands for people: `schema`, `install [--dir DIR] [--version V] [--platform OS_ARCH]`, `version`.
import { chmodSync, copyFileSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { createProviderServer } from '../provider.js';
import { NOT_A_COMMAND } from '../wire/handshake.js';
import { providerSchemaJson } from './schema-json.js';
import { PROVIDER_VERSION } from './version.js';

const ARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'arm' };

export function terraformPlatform(): string {
  return `${process.platform === 'win32' ? 'windows' : process.platform}_${ARCH[process.arch] ?? process.arch}`;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

/** True in a self-contained executable of a release (a Node single executable application). */
function isSea(): boolean {
  try {
    return (require('node:sea') as { isSea(): boolean }).isSea();
  } catch {
    return false; // Node < 20.12 has no node:sea, and runs only the script
  }
}

function install(args: string[]): void {
  const dir = resolve(option(args, '--dir') ?? join(homedir(), '.terraform.d', 'plugins'));
  const version = option(args, '--version') ?? PROVIDER_VERSION;
  const platform = option(args, '--platform') ?? terraformPlatform();
  const sea = isSea();
  // The Node script is platform-independent JavaScript: the same file serves every platform. A
  // self-contained executable runs only where it was built for.
  if (sea && platform !== terraformPlatform()) {
    process.stderr.write(`This executable is built for ${terraformPlatform()}; it cannot be installed for ${platform}. Use the release zip for ${platform}.\n`);
    process.exitCode = 1;
    return;
  }
  const target = join(dir, 'registry.terraform.io', 'appviewx-community', 'appviewx', version, platform);
  mkdirSync(target, { recursive: true });
  const file = join(target, `terraform-provider-appviewx_v${version}${sea && process.platform === 'win32' ? '.exe' : ''}`);
  // In a self-contained executable, argv[1] is the executable itself, as argv[0] is.
  copyFileSync(process.argv[1] as string, file);
  chmodSync(file, 0o755);
  process.stdout.write(`Installed ${file}

Add this to your terraform CLI configuration (~/.terraformrc or the file TF_CLI_CONFIG_FILE names):

provider_installation {
  filesystem_mirror {
    path    = "${dir}"
    include = ["registry.terraform.io/appviewx-community/appviewx"]
  }
  direct {
    exclude = ["registry.terraform.io/appviewx-community/appviewx"]
  }
}
`);
}

export function run(args: string[]): void {
  const [command, ...rest] = args;
  if (command === 'schema') process.stdout.write(JSON.stringify(providerSchemaJson(createProviderServer({ includeTestResources: false }).getProviderSchema())) + '\n');
  else if (command === 'install') install(rest);
  else if (command === 'version') process.stdout.write(`terraform-provider-appviewx ${PROVIDER_VERSION}\n`);
  else process.stdout.write(NOT_A_COMMAND);
}
