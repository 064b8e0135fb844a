// npm run release [-- --registry-base-url https://host/path] [--platforms linux_amd64,...]
//                    [--gpg-key-id ID] [--out DIR]
//
// Writes, as HashiCorp's registry and goreleaser lay a provider release out:
//   DIR/<version>/terraform-provider-appviewx_<version>_<os>_<arch>.zip   (one per platform)
//   DIR/<version>/terraform-provider-appviewx_<version>_manifest.json
//   DIR/<version>/terraform-provider-appviewx_<version>_SHA256SUMS
//   DIR/<version>/terraform-provider-appviewx_<version>_SHA256SUMS.sig   (detached, binary OpenPGP)
// and with --registry-base-url, DIR/site/: a private registry and a network mirror as static files
// (scripts/release/registry.ts). DIR defaults to dist/release.
//
// Signing key: APPVIEWX_SIGNING_KEY (+ APPVIEWX_SIGNING_PASSPHRASE) or --gpg-key-id (see sign.ts).
// Everything is checked before anything is built, and the result is moved into DIR only when it is
// complete: a failed release leaves DIR as it was.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseBaseUrl, h1Hash, writeSite, type PlatformArtifact } from './release/registry';
import { parsePlatforms, PLATFORMS, ReleaseError, ROOT, type SeaPlatform } from './release/platforms';
import { buildSea, buildSeaBundle, checkRuntimes } from './release/sea';
import { loadSigner } from './release/sign';
import { zip } from './release/zip';

const NAME = 'terraform-provider-appviewx';

export interface ReleaseOptions {
  readonly out: string;
  readonly platforms: string[];
  readonly baseUrl?: URL | undefined;
  readonly gpgKeyId?: string | undefined;
}

function parseArgs(argv: string[]): ReleaseOptions {
  const known = new Set(['--registry-base-url', '--platforms', '--gpg-key-id', '--out']);
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    if (!known.has(flag)) throw new ReleaseError(`unknown option ${flag}; options: ${[...known].join(', ')}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new ReleaseError(`${flag} needs a value`);
    values.set(flag, value);
  }
  const base = values.get('--registry-base-url');
  return {
    out: resolve(values.get('--out') ?? join(ROOT, 'dist', 'release')),
    platforms: parsePlatforms(values.get('--platforms')),
    baseUrl: base === undefined ? undefined : parseBaseUrl(base),
    gpgKeyId: values.get('--gpg-key-id'),
  };
}

/** Runs scripts/build.mjs into `outfile`: the Node-script executable. */
function buildScriptBundle(outfile: string): void {
  try {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, APPVIEWX_BUILD_OUTFILE: outfile } });
  } catch (err) {
    throw new ReleaseError(`building the provider bundle failed: ${(err as { stderr?: Buffer }).stderr?.toString() ?? err}`);
  }
}

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function release(options: ReleaseOptions): Promise<{ dir: string; site?: string }> {
  const started = performance.now();
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const signer = await loadSigner({ armoredKey: process.env['APPVIEWX_SIGNING_KEY'], passphrase: process.env['APPVIEWX_SIGNING_PASSPHRASE'], gpgKeyId: options.gpgKeyId });
  const seaPlatforms = options.platforms.map((p) => PLATFORMS[p]!).filter((p): p is SeaPlatform => p.kind === 'sea');
  checkRuntimes(seaPlatforms);

  const outExisted = existsSync(options.out);
  mkdirSync(options.out, { recursive: true });
  const staging = mkdtempSync(join(options.out, '.staging-'));
  const work = mkdtempSync(join(tmpdir(), 'appviewx-release-'));
  try {
    const dir = join(staging, version);
    mkdirSync(dir);
    const scriptBundle = join(work, 'bundle-script.js');
    buildScriptBundle(scriptBundle);
    const seaBundle = join(work, 'bundle-sea.js');
    if (seaPlatforms.length > 0) buildSeaBundle(seaBundle);

    const artifacts: PlatformArtifact[] = [];
    for (const platform of options.platforms) {
      const p = PLATFORMS[platform]!;
      const exeName = `${NAME}_v${version}${p.exe}`;
      const exe = join(work, `${platform}-${exeName}`);
      if (p.kind === 'sea') buildSea(seaBundle, p, platform, exe, work);
      else cpSync(scriptBundle, exe);
      const data = readFileSync(exe);
      const zipName = `${NAME}_${version}_${platform}.zip`;
      const bytes = zip([{ name: exeName, data, mode: 0o755 }]);
      writeFileSync(join(dir, zipName), bytes);
      artifacts.push({ platform, zipName, zipSha256: sha256(bytes), h1: h1Hash([{ name: exeName, data }]) });
      console.log(`  ${zipName}  ${mb(bytes.length)} (${p.kind === 'sea' ? `Node SEA, ${mb(data.length)} unpacked` : 'Node script, needs node >= 20 on PATH'})`);
    }

    const manifestName = `${NAME}_${version}_manifest.json`;
    writeFileSync(join(dir, manifestName), JSON.stringify({ version: 1, metadata: { protocol_versions: ['6.0'] } }, null, 2) + '\n');
    const summed = [...artifacts.map((a) => a.zipName), manifestName].sort();
    const shasums = summed.map((f) => `${sha256(readFileSync(join(dir, f)))}  ${f}\n`).join('');
    const shasumsName = `${NAME}_${version}_SHA256SUMS`;
    writeFileSync(join(dir, shasumsName), shasums);
    const signatureName = `${shasumsName}.sig`;
    writeFileSync(join(dir, signatureName), await signer.sign(Buffer.from(shasums)));

    let stagedSite: string | undefined;
    if (options.baseUrl) {
      stagedSite = join(staging, 'site');
      const existing = join(options.out, 'site');
      if (existsSync(existing)) cpSync(existing, stagedSite, { recursive: true });
      writeSite(stagedSite, options.baseUrl, {
        version,
        dir,
        files: [...summed, shasumsName, signatureName],
        shasumsName,
        signatureName,
        artifacts,
        keyId: signer.keyId,
        publicKeyArmored: signer.publicKeyArmored,
      });
    }

    // Complete: move into place.
    const finalDir = join(options.out, version);
    rmSync(finalDir, { recursive: true, force: true });
    renameSync(dir, finalDir);
    let finalSite: string | undefined;
    if (stagedSite) {
      finalSite = join(options.out, 'site');
      rmSync(finalSite, { recursive: true, force: true });
      renameSync(stagedSite, finalSite);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`release ${version} in ${relative(process.cwd(), finalDir) || '.'}/ (signed with key ${signer.keyId}) in ${seconds} s`);
    if (finalSite) console.log(`registry and network mirror for ${options.baseUrl!.href} in ${relative(process.cwd(), finalSite)}/ (serve it as the document root of ${options.baseUrl!.host})`);
    return finalSite ? { dir: finalDir, site: finalSite } : { dir: finalDir };
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
    // An output directory this run created and left empty (it failed) goes too.
    if (!outExisted && readdirSync(options.out).length === 0) rmdirSync(options.out);
  }
}

if (require.main === module) {
  (async () => {
    try {
      await release(parseArgs(process.argv.slice(2)));
    } catch (err) {
      if (!(err instanceof ReleaseError)) throw err;
      process.stderr.write(`release: ${err.message}\n`);
      process.exitCode = 1;
    }
  })();
}
