// The static files of a private provider registry (provider registry protocol v1) and of a
// provider network mirror, for any static HTTPS server. `site` is the server's document root:
//
//   .well-known/terraform.json                                   {"providers.v1": "<path>/v1/providers/"}
//   <path>/v1/providers/<ns>/<type>/versions                     every version in this site
//   <path>/v1/providers/<ns>/<type>/<version>/download/<os>/<arch>
//   <path>/releases/<version>/                                   zips, SHA256SUMS, .sig, manifest
//   <path>/mirror/registry.terraform.io/<ns>/<type>/index.json   network mirror of the public address
//   <path>/mirror/registry.terraform.io/<ns>/<type>/<version>.json
//
// An existing site is extended: the versions it already lists stay listed.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ReleaseError } from './platforms';

export const NAMESPACE = 'appviewx-community';
export const TYPE = 'appviewx';
export const PROTOCOLS = ['6.0'];

export interface PlatformArtifact {
  readonly platform: string; // os_arch
  readonly zipName: string;
  readonly zipSha256: string;
  /** h1: hash of the zip's contents, as terraform's lock file records it. */
  readonly h1: string;
}

export interface ReleaseFiles {
  readonly version: string;
  readonly dir: string; // dist/release/<version>
  readonly files: readonly string[]; // names in dir
  readonly shasumsName: string;
  readonly signatureName: string;
  readonly artifacts: readonly PlatformArtifact[];
  readonly keyId: string;
  readonly publicKeyArmored: string;
}

/** Checks --registry-base-url: terraform discovers registries and mirrors over HTTPS only. */
export function parseBaseUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ReleaseError(`--registry-base-url ${JSON.stringify(text)} is not a URL; use e.g. https://registry.example.com/terraform`);
  }
  if (url.protocol !== 'https:') throw new ReleaseError(`--registry-base-url must be https:// (terraform reaches registries and network mirrors over HTTPS only), got ${url.protocol}//`);
  if (url.search || url.hash) throw new ReleaseError('--registry-base-url must have no query or fragment');
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}

/** The h1: ("dirhash") of files, as terraform's lock file records it. */
export function h1Hash(files: readonly { name: string; data: Buffer }[]): string {
  const summary = [...files]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((f) => `${createHash('sha256').update(f.data).digest('hex')}  ${f.name}\n`)
    .join('');
  return `h1:${createHash('sha256').update(summary).digest('base64')}`;
}

const json = (file: string, value: unknown): void => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
};
const readJson = <T>(file: string, fallback: T): T => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : fallback);

interface VersionsDoc {
  versions: { version: string; protocols: string[]; platforms: { os: string; arch: string }[] }[];
}

/** Writes (or extends) the site in `site` for a release served under `base`. */
export function writeSite(site: string, base: URL, release: ReleaseFiles): void {
  const path = base.pathname; // '' or '/x/y'
  const url = (p: string) => `${base.origin}${path}/${p}`;
  const wellKnown = join(site, '.well-known', 'terraform.json');
  const discovery = readJson<Record<string, string>>(wellKnown, {});
  const providersV1 = `${path}/v1/providers/`;
  if (discovery['providers.v1'] && discovery['providers.v1'] !== providersV1) {
    throw new ReleaseError(`${wellKnown} already points providers.v1 at ${discovery['providers.v1']}, not ${providersV1}: use the same --registry-base-url, or another output directory`);
  }
  json(wellKnown, { ...discovery, 'providers.v1': providersV1 });

  const releasePath = `releases/${release.version}`;
  const releaseDir = join(site, ...path.split('/').filter(Boolean), ...releasePath.split('/'));
  mkdirSync(releaseDir, { recursive: true });
  for (const f of release.files) copyFileSync(join(release.dir, f), join(releaseDir, f));

  const providerRoot = join(site, ...path.split('/').filter(Boolean), 'v1', 'providers', NAMESPACE, TYPE);
  const versionsFile = join(providerRoot, 'versions');
  const versions = readJson<VersionsDoc>(versionsFile, { versions: [] });
  const platforms = release.artifacts.map((a) => {
    const [os, arch] = a.platform.split('_') as [string, string];
    return { os, arch };
  });
  versions.versions = [...versions.versions.filter((v) => v.version !== release.version), { version: release.version, protocols: PROTOCOLS, platforms }];
  json(versionsFile, versions);

  const key = { key_id: release.keyId, ascii_armor: release.publicKeyArmored, trust_signature: '' };
  for (const a of release.artifacts) {
    const [os, arch] = a.platform.split('_') as [string, string];
    json(join(providerRoot, release.version, 'download', os, arch), {
      protocols: PROTOCOLS,
      os,
      arch,
      filename: a.zipName,
      download_url: url(`${releasePath}/${a.zipName}`),
      shasums_url: url(`${releasePath}/${release.shasumsName}`),
      shasums_signature_url: url(`${releasePath}/${release.signatureName}`),
      shasum: a.zipSha256,
      signing_keys: { gpg_public_keys: [key] },
    });
  }

  const mirrorRoot = join(site, ...path.split('/').filter(Boolean), 'mirror', 'registry.terraform.io', NAMESPACE, TYPE);
  const index = readJson<{ versions: Record<string, object> }>(join(mirrorRoot, 'index.json'), { versions: {} });
  index.versions[release.version] = {};
  json(join(mirrorRoot, 'index.json'), index);
  json(join(mirrorRoot, `${release.version}.json`), {
    archives: Object.fromEntries(release.artifacts.map((a) => [a.platform, { url: url(`${releasePath}/${a.zipName}`), hashes: [a.h1, `zh:${a.zipSha256}`] }])),
  });
}
