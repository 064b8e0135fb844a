/**
 * `npm run generate`: regenerates the CDKTF bindings in constructs/generated/ (and the CDK
 * Terrain flavour in constructs/generated-cdktn/ when @cdktn/provider-generator is installed)
 * from the provider's own schema, with the generators called in-process (no `cdktf get`, no
 * terraform, no registry).
 *
 * Schema source, first match wins:
 *   1. `--schema FILE` on the command line;
 *   2. `dist/terraform-provider-appviewx schema` when the provider has been built;
 *   3. constructs/provisional-schema.json, written by hand from the resource issue until the
 *      provider lands.
 *
 * The bindings-up-to-date test imports `loadProviderSchema` and `generateBindings` from here,
 * so what the test compares is exactly what this command writes.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..');
export const PROVISIONAL_SCHEMA = join(REPO_ROOT, 'constructs', 'provisional-schema.json');
export const PROVIDER_EXECUTABLE = join(REPO_ROOT, 'dist', 'terraform-provider-appviewx');
export const PROVIDER_SOURCE = 'appviewx-community/appviewx';
export const PROVIDER_FQPN = `registry.terraform.io/${PROVIDER_SOURCE}`;

/** The parts of `terraform providers schema -json` this script relies on. */
export interface ProvidersSchemaJson {
  format_version: string;
  provider_schemas: Record<string, unknown>;
  provider_versions?: Record<string, string>;
}

export interface LoadedSchema {
  schema: ProvidersSchemaJson;
  /** Where the schema came from, for the command's output and the test's failure message. */
  origin: string;
}

export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: unknown };
  if (typeof manifest.version !== 'string') throw new Error('package.json has no version');
  return manifest.version;
}

export function loadProviderSchema(schemaFile?: string): LoadedSchema {
  if (schemaFile !== undefined) {
    return { schema: parseSchema(readFileSync(schemaFile, 'utf8'), schemaFile), origin: schemaFile };
  }
  if (existsSync(PROVIDER_EXECUTABLE)) {
    // Run through this Node rather than the shebang so it also works where the run bit was lost.
    const output = execFileSync(process.execPath, [PROVIDER_EXECUTABLE, 'schema'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return { schema: parseSchema(output, 'dist/terraform-provider-appviewx schema'), origin: 'dist/terraform-provider-appviewx schema' };
  }
  const provisional = relative(REPO_ROOT, PROVISIONAL_SCHEMA);
  return { schema: parseSchema(readFileSync(PROVISIONAL_SCHEMA, 'utf8'), provisional), origin: provisional };
}

function parseSchema(text: string, origin: string): ProvidersSchemaJson {
  const parsed: unknown = JSON.parse(text);
  const schemas = (parsed as { provider_schemas?: unknown } | null)?.provider_schemas;
  if (typeof schemas !== 'object' || schemas === null || !(PROVIDER_FQPN in schemas)) {
    throw new Error(`${origin}: no provider_schemas["${PROVIDER_FQPN}"] in the schema JSON`);
  }
  // A stub or half-built provider prints an empty schema; generating from it would silently
  // delete every binding class the constructs are built on.
  const provider = (schemas as Record<string, { resource_schemas?: object; data_source_schemas?: object }>)[PROVIDER_FQPN];
  if (Object.keys(provider?.resource_schemas ?? {}).length === 0 && Object.keys(provider?.data_source_schemas ?? {}).length === 0) {
    throw new Error(`${origin}: the schema has no resources and no data sources; rebuild the provider (npm run build) or pass --schema FILE`);
  }
  return parsed as ProvidersSchemaJson;
}

/** Sorts object keys at every depth (arrays keep their order: `["map","string"]` is a type). */
function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, sortKeysDeep(inner)]));
}

/**
 * The bindings come in two flavours with the same classes: for CDKTF (`cdktf`) and for CDK
 * Terrain, its community fork (`cdktn`). Each is made by its own generator, so each imports its
 * own runtime; the two runtimes cannot be mixed in one app.
 */
export const FLAVOURS = {
  cdktf: { generator: '@cdktf/provider-generator', commons: '@cdktf/commons', dir: join(REPO_ROOT, 'constructs', 'generated') },
  cdktn: { generator: '@cdktn/provider-generator', commons: '@cdktn/commons', dir: join(REPO_ROOT, 'constructs', 'generated-cdktn') },
} as const;
export type Flavour = keyof typeof FLAVOURS;

/** Whether the flavour's generator is installed (CDK Terrain's is an optional dev dependency). */
export function isFlavourAvailable(flavour: Flavour): boolean {
  try {
    require.resolve(FLAVOURS[flavour].generator);
    return true;
  } catch {
    return false;
  }
}

interface GeneratorModules {
  generator: typeof import('@cdktf/provider-generator');
  commons: {
    TerraformProviderConstraint: new (spec: string) => unknown;
    ConstructsMakerTarget: { from(constraint: unknown, language: string): unknown };
  };
}

/** Loaded lazily: the environment must be set before these modules run their top-level code. */
function loadGeneratorModules(flavour: Flavour): GeneratorModules {
  // The commons package reports telemetry unless CHECKPOINT_DISABLE is set, and spawns
  // `terraform version -json` at import only for `cdktf debug`; generation needs neither, so
  // point it at a binary that does not exist (the failed spawn is caught and silent).
  process.env.CHECKPOINT_DISABLE = '1';
  process.env.TERRAFORM_BINARY_NAME = 'terraform-is-not-needed-to-generate-bindings';
  const { generator: generatorPackage, commons: commonsPackage } = FLAVOURS[flavour];
  const generator = require(generatorPackage) as GeneratorModules['generator'];
  // commons is the generator's dependency, not ours: resolve it the way the generator does.
  const requireFromGenerator = createRequire(require.resolve(generatorPackage));
  const commons = requireFromGenerator(commonsPackage) as GeneratorModules['commons'];
  return { generator, commons };
}

/**
 * Writes the bindings for `schema` into `outDir` (replaced entirely): the generator's
 * `providers/appviewx/` folder, unchanged, with its index.ts at the top of `outDir`.
 */
export async function generateBindings(schema: ProvidersSchemaJson, outDir: string, version: string, flavour: Flavour = 'cdktf'): Promise<void> {
  const { generator, commons } = loadGeneratorModules(flavour);
  // provider_versions is what `cdktf get` adds from the lock file; it becomes the
  // `providerVersion` in each class's generator metadata.
  const input = sortKeysDeep({ ...schema, provider_versions: { [PROVIDER_FQPN]: version } });
  const code = new generator.CodeMaker();
  const providerGenerator = new generator.TerraformProviderGenerator(code, input as never);
  const constraint = new commons.TerraformProviderConstraint(`${PROVIDER_SOURCE}@${version}`);
  // `generateAll()` would build a constraint without a version; we want `version = "<ours>"`
  // in required_providers, so generate the one provider with an explicit constraint.
  providerGenerator.generate(commons.ConstructsMakerTarget.from(constraint, 'typescript') as never);

  const scratch = mkdtempSync(join(tmpdir(), 'appviewx-bindings-'));
  try {
    await code.save(scratch);
    rmSync(outDir, { recursive: true, force: true });
    cpSync(join(scratch, 'providers', 'appviewx'), outDir, { recursive: true });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  markTypeScriptFilesNoCheck(outDir, FLAVOURS[flavour].generator);
}

/**
 * The generators write TypeScript for the compiler settings of `cdktf init`; under this
 * project's `exactOptionalPropertyTypes` and `noImplicitOverride` it has about 160 errors. Type
 * checking follows imports, so excluding the folder would not help: the files opt out instead.
 * Their declarations still type the code that uses them, and synth tests run them.
 */
function markTypeScriptFilesNoCheck(dir: string, generatorPackage: string): void {
  const header = `// @ts-nocheck -- generated by ${generatorPackage} (npm run generate); do not edit\n`;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const file = join(entry.parentPath, entry.name);
    writeFileSync(file, header + readFileSync(file, 'utf8'));
  }
}

function schemaFileArgument(argv: readonly string[]): string | undefined {
  const index = argv.indexOf('--schema');
  if (index === -1) return undefined;
  const file = argv[index + 1];
  if (file === undefined) throw new Error('--schema needs a file name');
  return resolve(file);
}

async function main(): Promise<void> {
  const { schema, origin } = loadProviderSchema(schemaFileArgument(process.argv.slice(2)));
  const version = packageVersion();
  for (const flavour of Object.keys(FLAVOURS) as Flavour[]) {
    const { dir, generator } = FLAVOURS[flavour];
    if (!isFlavourAvailable(flavour)) {
      console.log(`${flavour}: skipped, ${generator} is not installed`);
      continue;
    }
    const started = performance.now();
    await generateBindings(schema, dir, version, flavour);
    const elapsed = Math.round(performance.now() - started);
    console.log(`${flavour}: bindings for ${PROVIDER_SOURCE}@${version} from ${origin} -> ${relative(REPO_ROOT, dir)}/ (${elapsed} ms)`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
