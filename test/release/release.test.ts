// `npm run release` end to end: the registry-format artifacts, then real terraform installing the
// provider from them over HTTPS on loopback (a throwaway CA through SSL_CERT_FILE), as a team's
// private registry and as a network mirror, and running apply/destroy against the simulator with
// the linux_amd64 executable on a PATH that has no node. The linux_arm64 executable answers the
// handshake under qemu-aarch64; the windows_amd64 one is checked as a PE file carrying the SEA blob
// (Debian's wine64 is ~100 packages: too slow to install in CI for one handshake).
//
// Terraform accepts "localhost:PORT" as a registry host name (svchost takes a host name with a
// port), so the private registry is tested directly, not only through the mirror.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '../../simulator/src/index';
import { zip } from '../../scripts/release/zip';
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from '../../provider/src/wire/handshake';
import { createServerCertificate } from '../../provider/src/wire/tls-certificate';
import { ed25519PublicKey } from '../support/ssh-keys';
import { describeWithTerraform, offlineTerraformEnv, TERRAFORM } from '../support/terraform';
import { makeTestCa, removeCa, serveStatic, type StaticSite, type TestCa } from './support/https-site';
import { ALL_PLATFORMS, readZip, runRelease, throwawayKey, verifyDetached, VERSION, zipName } from './support/release-run';

const NAME = 'terraform-provider-appviewx';
const EXE = `${NAME}_v${VERSION}`;
const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

let ca: TestCa;
let site: StaticSite;
let out: string;
let key: Awaited<ReturnType<typeof throwawayKey>>;
let releaseDir: string;
let siteDir: string;
let baseUrl: string;

describeWithTerraform('npm run release', () => {
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'appviewx-release-test-'));
    ca = makeTestCa();
    site = await serveStatic(() => join(out, 'release', 'site'), ca);
    baseUrl = `https://localhost:${site.port}/terraform`;
    key = await throwawayKey('correct horse');
    const run = await runRelease(['--registry-base-url', baseUrl, '--out', join(out, 'release')], { APPVIEWX_SIGNING_KEY: key.armored, APPVIEWX_SIGNING_PASSPHRASE: 'correct horse' });
    if (run.code !== 0) throw new Error(`release failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
    process.stderr.write(`npm run release (all platforms, registry + mirror) took ${run.seconds.toFixed(1)} s:\n${run.stdout}`);
    releaseDir = join(out, 'release', VERSION);
    siteDir = join(out, 'release', 'site');
  }, 1_200_000); // the whole release: 99-253 s measured on 2 shared cores
  afterAll(async () => {
    await site?.close();
    if (ca) removeCa(ca);
    if (out) rmSync(out, { recursive: true, force: true });
  });

  describe('artifacts', () => {
    test('one zip per platform, the manifest, SHA256SUMS and its signature, and nothing else', () => {
      expect(readdirSync(releaseDir).sort()).toEqual(
        [...ALL_PLATFORMS.map(zipName), `${NAME}_${VERSION}_manifest.json`, `${NAME}_${VERSION}_SHA256SUMS`, `${NAME}_${VERSION}_SHA256SUMS.sig`].sort(),
      );
      expect(JSON.parse(readFileSync(join(releaseDir, `${NAME}_${VERSION}_manifest.json`), 'utf8'))).toEqual({ version: 1, metadata: { protocol_versions: ['6.0'] } });
      const sizes = ALL_PLATFORMS.map((p) => `${p} ${(readFileSync(join(releaseDir, zipName(p))).length / 1024 / 1024).toFixed(1)} MB`);
      process.stderr.write(`zip sizes: ${sizes.join(', ')}\n`);
    });

    test('SHA256SUMS lists every zip and the manifest with their SHA-256, signed by the release key', async () => {
      const sums = readFileSync(join(releaseDir, `${NAME}_${VERSION}_SHA256SUMS`));
      const lines = sums.toString().trim().split('\n');
      const listed = lines.map((l) => l.split('  ')[1]);
      expect(listed).toEqual([...ALL_PLATFORMS.map(zipName), `${NAME}_${VERSION}_manifest.json`].sort());
      for (const line of lines) {
        const [hash, file] = line.split('  ') as [string, string];
        expect({ file, hash }).toEqual({ file, hash: sha256(readFileSync(join(releaseDir, file))) });
      }
      const signature = readFileSync(join(releaseDir, `${NAME}_${VERSION}_SHA256SUMS.sig`));
      expect(signature[0]! & 0x80).toBe(0x80); // binary OpenPGP packet, not ASCII armor
      expect(await verifyDetached(sums, signature, key.publicKey)).toBe(key.keyId);
      const tampered = Buffer.from(sums.toString().replace(/^./, (c) => (c === '0' ? '1' : '0')));
      await expect(verifyDetached(tampered, signature, key.publicKey)).rejects.toThrow();
    });

    test('each zip holds the executable alone, mode 0755, with the zip epoch as its timestamp', () => {
      for (const platform of ALL_PLATFORMS) {
        const entries = readZip(readFileSync(join(releaseDir, zipName(platform))));
        expect(entries.map((e) => ({ platform, name: e.name, mode: (e.mode & 0o777).toString(8), madeBy: e.madeBy, time: e.dosTime, date: e.dosDate }))).toEqual([
          { platform, name: platform.startsWith('windows') ? `${EXE}.exe` : EXE, mode: '755', madeBy: 3, time: 0, date: 33 },
        ]);
      }
    });

    test('zips are reproducible: re-zipping the executable of a release zip gives the same bytes', () => {
      for (const platform of ['linux_arm64', 'darwin_arm64']) {
        const released = readFileSync(join(releaseDir, zipName(platform)));
        const [entry] = readZip(released);
        expect(zip([{ name: entry!.name, data: entry!.data, mode: 0o755 }]).equals(released)).toBe(true);
      }
    });

    test('the macOS zips hold the Node script (needs node >= 20), which runs', () => {
      const [entry] = readZip(readFileSync(join(releaseDir, zipName('darwin_arm64'))));
      expect(entry!.data.subarray(0, 20).toString()).toBe('#!/usr/bin/env node\n');
      const dir = mkdtempSync(join(tmpdir(), 'appviewx-script-'));
      try {
        writeFileSync(join(dir, EXE), entry!.data, { mode: 0o755 });
        expect(execFileSync(join(dir, EXE), ['version'], { encoding: 'utf8' })).toBe(`${NAME} ${VERSION}\n`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('SEA executables', () => {
    let work: string;
    beforeAll(() => {
      work = mkdtempSync(join(tmpdir(), 'appviewx-sea-'));
    });
    afterAll(() => rmSync(work, { recursive: true, force: true }));
    const extract = (platform: string): { file: string; data: Buffer } => {
      const [entry] = readZip(readFileSync(join(releaseDir, zipName(platform))));
      const file = join(work, `${platform}-${entry!.name}`);
      writeFileSync(file, entry!.data, { mode: 0o755 });
      return { file, data: entry!.data };
    };
    const FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

    test('linux_amd64 is an x86-64 ELF with the SEA fuse set that runs its subcommands without node', () => {
      const { file, data } = extract('linux_amd64');
      expect([data.subarray(0, 4).toString('latin1'), data.readUInt16LE(18)]).toEqual(['\x7fELF', 0x3e]);
      expect(data.includes(`${FUSE}:1`)).toBe(true);
      expect(execFileSync(file, ['version'], { encoding: 'utf8', env: { PATH: '/nonexistent' } })).toBe(`${NAME} ${VERSION}\n`);
      // `install` copies the executable itself into a filesystem mirror, for its own platform only.
      const mirror = join(work, 'mirror');
      expect(execFileSync(file, ['install', '--dir', mirror], { encoding: 'utf8', env: { PATH: '/nonexistent', HOME: work } })).toContain('filesystem_mirror');
      expect(readFileSync(join(mirror, 'registry.terraform.io', 'appviewx-community', 'appviewx', VERSION, 'linux_amd64', EXE)).equals(data)).toBe(true);
      const other = (() => {
        try {
          execFileSync(file, ['install', '--dir', mirror, '--platform', 'windows_amd64'], { stdio: 'pipe', env: { PATH: '/nonexistent', HOME: work } });
          return 'installed';
        } catch (err) {
          return String((err as { stderr: Buffer }).stderr);
        }
      })();
      expect(other).toContain('This executable is built for linux_amd64; it cannot be installed for windows_amd64');
    });

    test('linux_arm64 is an aarch64 ELF that answers the go-plugin handshake under qemu-aarch64', async () => {
      const { file, data } = extract('linux_arm64');
      expect([data.subarray(0, 4).toString('latin1'), data.readUInt16LE(18)]).toEqual(['\x7fELF', 0xb7]);
      expect(data.includes(`${FUSE}:1`)).toBe(true);
      const qemu = ['qemu-aarch64', '-L', '/usr/aarch64-linux-gnu'];
      try {
        execFileSync('qemu-aarch64', ['-version'], { stdio: 'ignore' });
      } catch {
        throw new Error('qemu-aarch64 is missing: apt-get install qemu-user libc6-arm64-cross (.ci/run does)');
      }
      const line = await new Promise<string>((resolve, reject) => {
        const p = spawn(qemu[0]!, [...qemu.slice(1), file], {
          env: { PATH: '/usr/bin:/bin', [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: '5,6', PLUGIN_CLIENT_CERT: createServerCertificate().certPem },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        p.stdout.on('data', (d: Buffer) => {
          stdout += d.toString();
          if (stdout.includes('\n')) {
            p.kill('SIGKILL');
            resolve(stdout.split('\n')[0]!);
          }
        });
        p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        p.on('exit', (code) => reject(new Error(`exited ${code} before the handshake: ${stderr}`)));
      });
      // core protocol | app protocol | network | address | protocol | server certificate
      expect(line).toMatch(/^1\|6\|unix\|\/.+\|grpc\|[A-Za-z0-9+/]+=*$/);
    });

    test('windows_amd64 is an x86-64 PE file carrying the NODE_SEA_BLOB resource with the fuse set', () => {
      const { data } = extract('windows_amd64');
      expect(data.subarray(0, 2).toString('latin1')).toBe('MZ');
      const pe = data.readUInt32LE(0x3c);
      expect([data.subarray(pe, pe + 4).toString('latin1'), data.readUInt16LE(pe + 4)]).toEqual(['PE\0\0', 0x8664]);
      expect(data.includes(Buffer.from('NODE_SEA_BLOB', 'utf16le'))).toBe(true);
      expect(data.includes(`${FUSE}:1`)).toBe(true);
      expect(data.includes(`${FUSE}:0`)).toBe(false);
      // The blob holds the provider bundle (its brotli-packed core is a base64 string literal).
      expect(data.includes('terraform-provider-appviewx-core.js')).toBe(true);
    });
  });

  /** A terraform working directory with the given source and CLI configuration; PATH holds terraform and no node. */
  class Consumer {
    readonly dir = mkdtempSync(join(tmpdir(), 'appviewx-consumer-'));
    readonly env: NodeJS.ProcessEnv;
    constructor(source: string, cliConfig: string, sim: Simulator) {
      mkdirSync(join(this.dir, 'bin'));
      symlinkSync(execFileSync('sh', ['-c', `command -v ${TERRAFORM}`], { encoding: 'utf8' }).trim(), join(this.dir, 'bin', 'terraform'));
      writeFileSync(join(this.dir, 'cli.tfrc'), cliConfig);
      writeFileSync(
        join(this.dir, 'main.tf'),
        `terraform {\n  required_providers {\n    appviewx = { source = "${source}" }\n  }\n}\nprovider "appviewx" {}\n` +
          `resource "appviewx_ssh_certificate" "deploy" {\n  ca_name = "Default-Infra-Access-Group.user.ca"\n  certificate_identity = "release-e2e"\n  public_key = "${ed25519PublicKey()}"\n  principals = ["deploy"]\n  cert_type = "User"\n  validity_value = 1\n  validity_unit = "days"\n}\n`,
      );
      this.env = {
        ...offlineTerraformEnv(this.dir, join(this.dir, 'cli.tfrc')),
        PATH: join(this.dir, 'bin'),
        SSL_CERT_FILE: ca.caFile,
        APPVIEWX_URL: sim.url,
        APPVIEWX_USERNAME: 'admin',
        APPVIEWX_PASSWORD: 'admin',
      };
    }
    run(args: string[]): Promise<{ code: number; out: string }> {
      return new Promise((done) =>
        execFile(join(this.dir, 'bin', 'terraform'), [...args, '-no-color'], { cwd: this.dir, env: this.env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
          done({ code: err ? 1 : 0, out: `${stdout}${stderr}` }),
        ),
      );
    }
    async ok(args: string[]): Promise<string> {
      const r = await this.run(args);
      if (r.code !== 0) throw new Error(`terraform ${args.join(' ')} failed:\n${r.out}`);
      return r.out;
    }
    lock(): { hashes: string[]; text: string } {
      const text = readFileSync(join(this.dir, '.terraform.lock.hcl'), 'utf8');
      return { text, hashes: [...text.matchAll(/"((?:h1|zh):[^"]+)"/g)].map((m) => m[1]!) };
    }
    certificates(): { certificate?: string }[] {
      const file = join(this.dir, 'terraform.tfstate');
      if (!existsSync(file)) return [];
      const state = JSON.parse(readFileSync(file, 'utf8')) as { resources: { type: string; instances: { attributes: { certificate?: string } }[] }[] };
      return state.resources.filter((r) => r.type === 'appviewx_ssh_certificate').flatMap((r) => r.instances.map((i) => i.attributes));
    }
    cleanup(): void {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }

  const platformFlags = ALL_PLATFORMS.map((p) => `-platform=${p}`);
  const mirrorJson = () =>
    JSON.parse(readFileSync(join(siteDir, 'terraform', 'mirror', 'registry.terraform.io', 'appviewx-community', 'appviewx', `${VERSION}.json`), 'utf8')) as {
      archives: Record<string, { url: string; hashes: string[] }>;
    };
  /** The zh: hashes terraform takes from the signed SHA256SUMS: every zip's (the two macOS zips are the same bytes) and the manifest's. */
  const zipHashes = () => {
    const listed = readFileSync(join(releaseDir, `${NAME}_${VERSION}_SHA256SUMS`), 'utf8').trim().split('\n').map((l) => `zh:${l.split('  ')[0]}`);
    for (const p of ALL_PLATFORMS) expect(listed).toContain(`zh:${sha256(readFileSync(join(releaseDir, zipName(p))))}`);
    return [...new Set(listed)].sort();
  };
  const h1Hashes = () => [...new Set(Object.values(mirrorJson().archives).map((a) => a.hashes.find((h) => h.startsWith('h1:'))!))].sort();

  async function applyAndDestroy(consumer: Consumer, sim: Simulator): Promise<void> {
    await consumer.ok(['apply', '-auto-approve']);
    const [cert] = consumer.certificates();
    expect(cert?.certificate).toMatch(/^ssh-ed25519-cert-v01@openssh\.com /);
    expect(sim.inventory().sshCertificates.filter((c) => c.status !== 'Revoked')).toHaveLength(1);
    await consumer.ok(['destroy', '-auto-approve']);
    expect(consumer.certificates()).toHaveLength(0);
    expect(sim.inventory().sshCertificates.map((c) => c.status)).toEqual(['Revoked']);
  }

  test('private registry over HTTPS: init verifies the signature, the lock covers every platform, and the SEA applies and destroys with no node on PATH', async () => {
    const sim = await startSimulator({ port: 0 });
    const source = `localhost:${site.port}/appviewx-community/appviewx`;
    const consumer = new Consumer(source, '', sim);
    try {
      const init = await consumer.ok(['init']);
      expect(init).toContain(`Installed ${source} v${VERSION} (self-signed, key ID ${key.keyId})`);
      expect(init).not.toContain('Incomplete lock file information');
      expect(site.requests).toContain('/.well-known/terraform.json');
      expect(site.requests).toContain(`/terraform/v1/providers/appviewx-community/appviewx/${VERSION}/download/linux/amd64`);
      // init records the zh: hash of every platform from the signed SHA256SUMS.
      expect(consumer.lock().hashes.filter((h) => h.startsWith('zh:')).sort()).toEqual(zipHashes());

      await consumer.ok(['providers', 'lock', ...platformFlags]);
      const lock = consumer.lock();
      expect(lock.text).toContain(`provider "${source}"`);
      expect(lock.hashes.filter((h) => h.startsWith('zh:')).sort()).toEqual(zipHashes());
      // darwin_amd64 and darwin_arm64 hold the same script, so four distinct h1: hashes for five platforms.
      expect(lock.hashes.filter((h) => h.startsWith('h1:')).sort()).toEqual(h1Hashes());
      expect(h1Hashes()).toHaveLength(4);

      const installed = join(consumer.dir, '.terraform', 'providers', 'localhost:' + site.port, 'appviewx-community', 'appviewx', VERSION, 'linux_amd64', EXE);
      expect(readFileSync(installed).subarray(0, 4).toString('latin1')).toBe('\x7fELF');
      await applyAndDestroy(consumer, sim);
    } finally {
      consumer.cleanup();
      await sim.close();
    }
  });

  test('network mirror over HTTPS with the public source address: init verifies the checksum, providers lock -net-mirror completes the lock, apply and destroy', async () => {
    const sim = await startSimulator({ port: 0 });
    const mirror = `${baseUrl}/mirror/`;
    const consumer = new Consumer('appviewx-community/appviewx', `provider_installation {\n  network_mirror {\n    url = "${mirror}"\n  }\n}\n`, sim);
    try {
      await consumer.ok(['providers', 'lock', `-net-mirror=${mirror}`, ...platformFlags]);
      expect(consumer.lock().hashes.sort()).toEqual(h1Hashes());
      const init = await consumer.ok(['init']);
      expect(init).toContain(`Installed appviewx-community/appviewx v${VERSION} (verified checksum)`);
      expect(init).not.toContain('Incomplete lock file information');
      expect(site.requests).toContain('/terraform/mirror/registry.terraform.io/appviewx-community/appviewx/index.json');
      await applyAndDestroy(consumer, sim);
    } finally {
      consumer.cleanup();
      await sim.close();
    }
  });
});
