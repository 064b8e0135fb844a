// `npm run build:constructs` output as a consumer on plain Node gets it: CommonJS + declarations,
// the CDKTF flavour and the CDK Terrain flavour ("./cdktn/bindings", "./cdktn/constructs"), each
// synthesized by its own runtime, from one build.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildConstructs, oneLevelDeeper, pointAtCdktn } from '../../constructs/build-constructs';
import type { SynthesizedStack } from './support/stacks';

const ROOT = join(__dirname, '..', '..');

interface Runtime {
  App: new (options: { outdir: string }) => { synth(): void };
  TerraformStack: new (scope: unknown, id: string) => unknown;
}
type Constructs = typeof import('../../constructs/src/index');

let outDir: string;
let flavours: string[];
beforeAll(() => {
  // Inside the repository, so the built files resolve cdktf, cdktn and zod as an installed package would.
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  outDir = mkdtempSync(join(cache, 'appviewx-constructs-build-'));
  // dist/constructs under outDir, as in the package, so its "exports" paths resolve against outDir.
  flavours = buildConstructs(join(outDir, 'dist', 'constructs'));
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** A stack from the built constructs, synthesized by `runtime`; returns cdk.tf.json. */
function synthWith(runtime: Runtime, constructs: Constructs, synthDir: string): Record<string, unknown> {
  const app = new runtime.App({ outdir: synthDir });
  const stack = new runtime.TerraformStack(app, 'built') as never;
  constructs.AppViewXProvider.fromEnvironment(stack, 'appviewx', {}, { APPVIEWX_URL: 'https://avx.example.com', APPVIEWX_SESSION_ID: 's' });
  new constructs.CompromisedCertificateResponse(stack, 'leak', { resourceId: 'abc', comments: 'leaked' });
  app.synth();
  return JSON.parse(readFileSync(join(synthDir, 'stacks', 'built', 'cdk.tf.json'), 'utf8')) as Record<string, unknown>;
}

test('the CDKTF flavour loads on plain Node and synthesizes', () => {
  const constructs = require(join(outDir, 'dist', 'constructs', 'src', 'index.js')) as Constructs;
  const bindings = require(join(outDir, 'dist', 'constructs', 'generated', 'index.js')) as Record<string, unknown>;
  expect(Object.keys(bindings)).toContain('sshCertificate');
  const json = synthWith(require('cdktf') as Runtime, constructs, join(outDir, 'synth-cdktf'));
  expect(Object.keys(json['resource'] as object).sort()).toEqual(['appviewx_certificate_reissue', 'appviewx_certificate_revocation']);
});

test("both flavours are built, and package.json's cdktn exports name files the build writes", () => {
  expect(flavours).toEqual(['cdktf', 'cdktn']);
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, { types: string; default: string }> };
  for (const entry of ['./cdktn/bindings', './cdktn/constructs']) {
    const target = manifest.exports[entry];
    expect(target).toBeDefined();
    for (const file of [target!.types, target!.default]) expect({ entry, file, exists: existsSync(join(outDir, file)) }).toEqual({ entry, file, exists: true });
  }
});

test('the CDK Terrain flavour loads on plain Node, imports cdktn only, and synthesizes with cdktn', () => {
  const built = join(outDir, 'dist', 'constructs', 'cdktn');
  const constructs = require(join(built, 'src', 'index.js')) as Constructs;
  const bindings = require(join(built, 'generated', 'index.js')) as Record<string, unknown>;
  expect(Object.keys(bindings).sort()).toEqual([
    'certificate',
    'certificateReissue',
    'certificateRevocation',
    'dataAppviewxCertificate',
    'ephemeralAppviewxSshCertificate',
    'provider',
    'providerFunctions',
    'sshCertificate',
    'sshCertificateRevocation',
  ]);
  const loaded = Object.keys(require.cache).filter((file) => file.startsWith(built));
  expect(loaded.length).toBeGreaterThan(0);
  for (const file of loaded) expect({ file, cdktf: /require\("cdktf"\)/.test(readFileSync(file, 'utf8')) }).toEqual({ file, cdktf: false });

  const json = synthWith(require('cdktn') as Runtime, constructs, join(outDir, 'synth-cdktn')) as unknown as SynthesizedStack & { '//': { metadata: { version: string } } };
  expect(json['//'].metadata.version).toBe(require('cdktn/package.json').version);
  expect(json.terraform?.required_providers?.['appviewx']).toEqual({ source: 'appviewx-community/appviewx', version: '0.1.0' });
  expect(Object.keys(json.resource ?? {}).sort()).toEqual(['appviewx_certificate_reissue', 'appviewx_certificate_revocation']);
});

test("both flavours check props with the provider's own validators, built once into dist/provider/", () => {
  const props = { caName: 'ca', certificateIdentity: 'a', publicKey: '~/.ssh/id_ed25519.pub', principals: ['a'], certType: 'User', validityValue: 8, validityUnit: 'hours' };
  for (const [flavour, runtime] of [['src', 'cdktf'], [join('cdktn', 'src'), 'cdktn']] as const) {
    const constructs = require(join(outDir, 'dist', 'constructs', flavour, 'index.js')) as Constructs;
    const { App, TerraformStack } = require(runtime) as Runtime;
    const stack = new TerraformStack(new App({ outdir: join(outDir, `synth-${runtime}-invalid`) }), 'checked') as never;
    expect(() => new constructs.SshCertificate(stack, 'alice', props as never)).toThrow(/publicKey must be one OpenSSH public key line/);
  }
  const loaded = Object.keys(require.cache).filter((file) => file.startsWith(join(outDir, 'dist', 'provider')));
  expect(loaded.map((file) => file.slice(join(outDir, 'dist').length + 1)).sort()).toEqual(expect.arrayContaining(['provider/src/openssh/wire-format.js', 'provider/src/resources/validators.js']));
});

test('oneLevelDeeper points relative imports of provider/src one folder further up, and nothing else', () => {
  expect(oneLevelDeeper(`require("../../provider/src/a.js"); from '../../../provider/src/b.js'; import("../../provider/src/c.js"); require("../generated/x.js"); // ../provider/src/`)).toBe(
    `require("../../../provider/src/a.js"); from '../../../../provider/src/b.js'; import("../../../provider/src/c.js"); require("../generated/x.js"); // ../provider/src/`,
  );
});

test('pointAtCdktn rewrites module specifiers and nothing else', () => {
  expect(pointAtCdktn(`const a = require("cdktf"); import { X } from 'cdktf'; type T = import("cdktf").Y; // cdktf docs`)).toBe(
    `const a = require("cdktn"); import { X } from 'cdktn'; type T = import("cdktn").Y; // cdktf docs`,
  );
});
