// `npm run build:constructs`: the bindings and constructs as CommonJS with declarations, for
// consumers on plain Node and any compiler settings (the package exports point here):
//   dist/constructs/{generated,src}/        CDKTF flavour ("./bindings", "./constructs")
//   dist/constructs/cdktn/{generated,src}/  CDK Terrain flavour ("./cdktn/bindings", "./cdktn/constructs")
//   dist/provider/src/                       the provider's validators the constructs check props with
// The hand-written constructs are one source: the cdktn flavour is the compiled CDKTF one with
// `cdktf` imports pointed at `cdktn`, next to the bindings @cdktn/provider-generator made.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const CONSTRUCTS = __dirname;
const TSC = require.resolve('typescript/bin/tsc');

function compile(project: string, outDir: string): void {
  execFileSync(process.execPath, [TSC, '-p', join(CONSTRUCTS, project), '--outDir', outDir], { stdio: 'inherit' });
}

function isCdktnAvailable(): boolean {
  try {
    require.resolve('cdktn');
    return existsSync(join(CONSTRUCTS, 'generated-cdktn', 'index.ts'));
  } catch {
    return false;
  }
}

/** `require("cdktf")`, `from 'cdktf'` and `import("cdktf")` become the same with cdktn. */
export const pointAtCdktn = (code: string): string => code.replace(/(require\(|from\s+|import\()(["'])cdktf\2/g, '$1$2cdktn$2');

/** The cdktn copy sits one folder deeper (constructs/cdktn/src): its imports of dist/provider/ climb one more level. */
export const oneLevelDeeper = (code: string): string => code.replace(/((?:require\(|from\s+|import\()["'])((?:\.\.\/)+)provider\/src\//g, '$1../$2provider/src/');

function copyRewritten(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
  for (const entry of readdirSync(to, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(js|d\.ts)$/.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    writeFileSync(file, oneLevelDeeper(pointAtCdktn(readFileSync(file, 'utf8'))));
  }
}

/** Builds both flavours into `outDir` (replaced); returns the flavours built. */
export function buildConstructs(outDir = resolve(CONSTRUCTS, '..', 'dist', 'constructs')): string[] {
  rmSync(outDir, { recursive: true, force: true });
  // rootDir is the repository: constructs/src lands in outDir/src, provider/src in ../provider/src.
  rmSync(join(dirname(outDir), 'provider'), { recursive: true, force: true });
  if (!outDir.endsWith(join('dist', 'constructs'))) throw new Error(`${outDir}: the constructs build goes into a dist/constructs folder`);
  compile('tsconfig.build.json', dirname(outDir));
  if (!isCdktnAvailable()) return ['cdktf'];
  compile('tsconfig.build-cdktn.json', join(outDir, 'cdktn', 'generated'));
  copyRewritten(join(outDir, 'src'), join(outDir, 'cdktn', 'src'));
  return ['cdktf', 'cdktn'];
}

if (require.main === module) {
  const started = performance.now();
  const outDir = resolve(CONSTRUCTS, '..', 'dist', 'constructs');
  const flavours = buildConstructs(outDir);
  const skipped = flavours.includes('cdktn') ? '' : ' (cdktn skipped: cdktn is not installed)';
  console.log(`built ${flavours.join(' + ')} constructs -> ${relative(process.cwd(), outDir)}/ in ${Math.round(performance.now() - started)} ms${skipped}`);
}
