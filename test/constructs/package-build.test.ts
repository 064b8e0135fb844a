// `npm run build:constructs` output as a consumer on plain Node gets it: CommonJS + declarations,
// the CDKTF flavour and (when cdktn is installed) the CDK Terrain flavour, each synthesized by
// its own runtime.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildConstructs, pointAtCdktn } from '../../constructs/build-constructs';
import { isCdktnInstalled } from './support/cdktf-e2e';

interface Runtime {
  App: new (options: { outdir: string }) => { synth(): void };
  TerraformStack: new (scope: unknown, id: string) => unknown;
}
type Constructs = typeof import('../../constructs/src/index');

let outDir: string;
let flavours: string[];
beforeAll(() => {
  // Inside the repository, so the built files resolve cdktf, cdktn and zod as an installed package would.
  const cache = join(__dirname, '..', '..', 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  outDir = mkdtempSync(join(cache, 'appviewx-constructs-build-'));
  flavours = buildConstructs(join(outDir, 'constructs'));
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
  const constructs = require(join(outDir, 'constructs', 'src', 'index.js')) as Constructs;
  const bindings = require(join(outDir, 'constructs', 'generated', 'index.js')) as Record<string, unknown>;
  expect(Object.keys(bindings)).toContain('sshCertificate');
  const json = synthWith(require('cdktf') as Runtime, constructs, join(outDir, 'synth-cdktf'));
  expect(Object.keys(json['resource'] as object).sort()).toEqual(['appviewx_certificate_reissue', 'appviewx_certificate_revocation']);
});

test('pointAtCdktn rewrites module specifiers and nothing else', () => {
  expect(pointAtCdktn(`const a = require("cdktf"); import { X } from 'cdktf'; type T = import("cdktf").Y; // cdktf docs`)).toBe(
    `const a = require("cdktn"); import { X } from 'cdktn'; type T = import("cdktn").Y; // cdktf docs`,
  );
});
