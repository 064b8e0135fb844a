// The npm package as a consumer gets it: `npm pack` of a clean copy of the repository (prepack
// builds the provider and both constructs flavours), then an app in a temporary directory with no
// link to this repository installs the tarball with cdktf and constructs, synthesizes a stack with
// the bindings and a validating construct, and `cdktf deploy`/`cdktf destroy` run against the
// simulator with the provider `npx terraform-provider-appviewx install` put in a filesystem mirror.
// A second app installs it with cdktn and constructs, which must not pull in cdktf.
//
// Nothing is downloaded: npm installs with --offline from the cache `npm ci` filled. That cache
// holds tarballs, not the registry's version lists, so the consumers name cdktf (or cdktn),
// constructs and zod by their tarball URLs (a range like "^0.21.0" needs the version list); zod is named only for that.
// The cdktf CLI is this repository's cdktf-cli, as a user's globally installed one would be.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startSimulator, type Simulator } from '../../simulator/src/index';
import { ed25519PublicKey } from '../support/ssh-keys';
import { describeWithTerraform, mirrorCliConfig, offlineTerraformEnv } from '../support/terraform';
import { CDKTF_CLI } from '../constructs/support/cdktf-e2e';
import { ROOT, VERSION } from './support/release-run';

const installed = (name: string) => (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const tarballUrl = (name: string) => `https://registry.npmjs.org/${name}/-/${name}-${installed(name)}.tgz`;

function duBytes(dir: string): number {
  return Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
}

function npm(args: string[], cwd: string): Promise<{ code: number; out: string }> {
  // Not the npm_* variables of the `npm test` this runs under: the consumer's npm has its own.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')));
  return new Promise((done) =>
    execFile('npm', args, { cwd, env: { ...env, npm_config_update_notifier: 'false' }, maxBuffer: 64 * 1024 * 1024, timeout: 600_000 }, (err, stdout, stderr) =>
      done({ code: err ? 1 : 0, out: `${stdout}${stderr}` }),
    ),
  );
}

const APP = (publicKey: string, otherKey: string) => `
const { App, TerraformOutput, TerraformStack } = require('cdktf');
const { AppViewXProvider, SshCertificate } = require('terraform-provider-appviewx/constructs');
const { sshCertificate } = require('terraform-provider-appviewx/bindings');

const app = new App();
const stack = new TerraformStack(app, 'consumer');
AppViewXProvider.fromEnvironment(stack, 'appviewx');
const props = {
  caName: 'Default-Infra-Access-Group.user.ca',
  principals: ['deploy'],
  certType: 'User',
  validityValue: 1,
  validityUnit: 'days',
  publicKey: process.env.PUBLIC_KEY ?? ${JSON.stringify(publicKey)},
};
const checked = new SshCertificate(stack, 'checked', { ...props, certificateIdentity: 'consumer-checked' });
const raw = new sshCertificate.SshCertificate(stack, 'raw', { ...props, certificateIdentity: 'consumer-raw', publicKey: ${JSON.stringify(otherKey)} });
new TerraformOutput(stack, 'serials', { value: [checked.serialNumber, raw.serialNumber] });
app.synth();
`;

describeWithTerraform('the npm package, installed by a consumer app', () => {
  let work: string;
  let tarball: string;
  let app: string;
  let sim: Simulator;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'appviewx-npm-'));
    // A clean copy of the repository (tracked and new files, no dist/), sharing node_modules.
    const copy = join(work, 'repo');
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
    for (const f of files) {
      if (!existsSync(join(ROOT, f))) continue; // deleted in the work tree
      mkdirSync(dirname(join(copy, f)), { recursive: true });
      cpSync(join(ROOT, f), join(copy, f));
    }
    for (const modules of ['node_modules', 'tools/node22/node_modules', 'tools/node-runtimes/node_modules']) {
      if (existsSync(join(ROOT, modules))) symlinkSync(join(ROOT, modules), join(copy, modules));
    }
    const packed = await npm(['pack', '--pack-destination', work], copy);
    if (packed.code !== 0) throw new Error(`npm pack failed:\n${packed.out}`);
    tarball = join(work, `terraform-provider-appviewx-${VERSION}.tgz`);
    process.stderr.write(`npm pack: ${tarball} is ${(statSync(tarball).size / 1024).toFixed(0)} kB\n`);

    app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer-app', private: true }, null, 2));
    const install = await npm(['install', '--offline', '--no-audit', '--no-fund', tarball, tarballUrl('cdktf'), tarballUrl('constructs'), tarballUrl('zod')], app);
    if (install.code !== 0) throw new Error(`npm install in the consumer app failed:\n${install.out}`);
    process.stderr.write(`consumer node_modules: ${(duBytes(join(app, 'node_modules')) / 1024 / 1024).toFixed(1)} MB installed\n`);
    sim = await startSimulator({ port: 0 });
  }, 900_000); // npm pack builds the provider and both constructs flavours
  afterAll(async () => {
    await sim?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('the tarball holds the provider, both constructs flavours (with the provider validators they check props with), docs, README and LICENSE, and no install script', () => {
    const list = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).trim().split('\n').map((f) => f.replace(/^package\//, ''));
    for (const f of ['dist/terraform-provider-appviewx', 'dist/constructs/src/index.js', 'dist/constructs/src/index.d.ts', 'dist/constructs/generated/index.js', 'dist/constructs/cdktn/src/index.js', 'dist/constructs/cdktn/generated/index.js', 'dist/provider/src/resources/validators.js', 'dist/provider/src/framework/duration.js', 'docs/index.md', 'README.md', 'LICENSE', 'package.json']) {
      expect({ f, packed: list.includes(f) }).toEqual({ f, packed: true });
    }
    expect(list.filter((f) => /^(test|bench|tools|scripts|simulator|provider|constructs|examples)\//.test(f))).toEqual([]);
    const manifest = JSON.parse(execFileSync('tar', ['xzf', tarball, '-O', 'package/package.json'], { encoding: 'utf8' })) as { scripts: Record<string, string>; dependencies: Record<string, string>; peerDependencies: Record<string, string>; peerDependenciesMeta: Record<string, { optional?: boolean }> };
    expect(Object.keys(manifest.scripts).filter((s) => ['preinstall', 'install', 'postinstall'].includes(s))).toEqual([]);
    expect(Object.keys(manifest.dependencies)).toEqual(['zod']);
    expect(Object.keys(manifest.peerDependencies).sort()).toEqual(['cdktf', 'cdktn', 'constructs']);
    // Each flavour needs one of cdktf and cdktn: both optional, so npm installs neither unasked.
    expect(manifest.peerDependenciesMeta['cdktf']?.optional).toBe(true);
    expect(manifest.peerDependenciesMeta['cdktn']?.optional).toBe(true);
  });

  test('a CDK Terrain app installs the package with cdktn and constructs: no cdktf comes along, and the cdktn constructs load', async () => {
    const terrain = join(work, 'terrain-app');
    mkdirSync(terrain);
    writeFileSync(join(terrain, 'package.json'), JSON.stringify({ name: 'terrain-app', private: true }, null, 2));
    const install = await npm(['install', '--offline', '--no-audit', '--no-fund', tarball, tarballUrl('cdktn'), tarballUrl('constructs'), tarballUrl('zod')], terrain);
    expect(install.out).not.toMatch(/ERR!/);
    expect(install.code).toBe(0);
    for (const dep of ['terraform-provider-appviewx', 'cdktn', 'constructs']) expect({ dep, present: existsSync(join(terrain, 'node_modules', dep)) }).toEqual({ dep, present: true });
    expect(existsSync(join(terrain, 'node_modules', 'cdktf'))).toBe(false);
    const loaded = execFileSync(process.execPath, ['-e', "const c = require('terraform-provider-appviewx/cdktn/constructs'); console.log(typeof c.SshCertificate)"], { cwd: terrain, encoding: 'utf8' });
    expect(loaded.trim()).toBe('function');
  });

  test('the consumer has the package, cdktf, constructs and zod, and no cdktn, undici or protobufjs', () => {
    for (const dep of ['terraform-provider-appviewx', 'cdktf', 'constructs', 'zod']) expect({ dep, present: existsSync(join(app, 'node_modules', dep)) }).toEqual({ dep, present: true });
    for (const dep of ['cdktn', 'undici', 'protobufjs', '@msgpack/msgpack']) expect({ dep, present: existsSync(join(app, 'node_modules', dep)) }).toEqual({ dep, present: false });
  });

  test('the validating construct rejects a bad prop at synth, naming it and what to do', () => {
    writeFileSync(join(app, 'main.js'), APP(ed25519PublicKey(), ed25519PublicKey()));
    const run = (() => {
      try {
        execFileSync(process.execPath, ['main.js'], { cwd: app, env: { PATH: process.env['PATH'] ?? '', PUBLIC_KEY: '/home/me/.ssh/id_ed25519', APPVIEWX_URL: sim.url, APPVIEWX_SESSION_ID: 's', CDKTF_OUTDIR: join(app, 'bad.out') }, stdio: 'pipe' });
        return '';
      } catch (err) {
        return String((err as { stderr: Buffer }).stderr);
      }
    })();
    expect(run).toMatch(/publicKey/);
    expect(run).toMatch(/pass the contents of the \.pub file/);
  });

  test('npx terraform-provider-appviewx install, then cdktf synth, deploy and destroy against the simulator', async () => {
    writeFileSync(join(app, 'main.js'), APP(ed25519PublicKey(), ed25519PublicKey()));
    const mirror = join(app, 'mirror');
    const npx = await new Promise<string>((resolve, reject) =>
      execFile('npx', ['--offline', 'terraform-provider-appviewx', 'install', '--dir', mirror], { cwd: app }, (err, stdout, stderr) => (err ? reject(new Error(`${stdout}${stderr}`)) : resolve(stdout))),
    );
    expect(npx).toContain('filesystem_mirror');
    writeFileSync(join(app, 'cdktf.json'), JSON.stringify({ language: 'typescript', app: `"${process.execPath}" main.js`, output: 'cdktf.out', sendCrashReports: 'false', terraformProviders: [], terraformModules: [], context: {} }));
    writeFileSync(join(app, '.terraformrc'), mirrorCliConfig(mirror));
    const env = {
      ...offlineTerraformEnv(app, join(app, '.terraformrc')),
      DISABLE_VERSION_CHECK: '1',
      CDKTF_DISABLE_PLUGIN_CACHE_ENV: '1',
      FORCE_COLOR: '0',
      TF_CLI_ARGS_providers_lock: `-fs-mirror=${mirror}`,
      APPVIEWX_URL: sim.url,
      APPVIEWX_USERNAME: 'admin',
      APPVIEWX_PASSWORD: 'admin',
    };
    const cdktf = (args: string[]) =>
      new Promise<string>((resolve, reject) =>
        execFile(process.execPath, [CDKTF_CLI, ...args], { cwd: app, env, maxBuffer: 64 * 1024 * 1024, timeout: 300_000 }, (err, stdout, stderr) =>
          err ? reject(new Error(`cdktf ${args.join(' ')}:\n${stdout}\n${stderr}`)) : resolve(stdout),
        ),
      );
    await cdktf(['synth']);
    const json = JSON.parse(readFileSync(join(app, 'cdktf.out', 'stacks', 'consumer', 'cdk.tf.json'), 'utf8')) as { resource: Record<string, Record<string, unknown>>; terraform: { required_providers: Record<string, unknown> } };
    expect(Object.keys(json.resource['appviewx_ssh_certificate'] ?? {}).sort()).toEqual(['checked', 'raw']);
    expect(json.terraform.required_providers['appviewx']).toEqual({ source: 'appviewx-community/appviewx', version: VERSION });

    await cdktf(['deploy', 'consumer', '--auto-approve']);
    const active = () => sim.inventory().sshCertificates.filter((c) => c.status === 'Active').map((c) => c.serialNumber);
    expect(active()).toHaveLength(2);
    await cdktf(['destroy', 'consumer', '--auto-approve']);
    expect(active()).toHaveLength(0);
    expect(sim.inventory().sshCertificates.map((c) => c.status)).toEqual(['Revoked', 'Revoked']);
  });
});
