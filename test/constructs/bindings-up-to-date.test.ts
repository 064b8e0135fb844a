// The committed bindings (constructs/generated/, and constructs/generated-cdktn/ for CDK Terrain)
// must be exactly what `npm run generate` writes from the provider's schema: the built
// provider's when dist/ has it, else the provisional one.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { FLAVOURS, generateBindings, loadProviderSchema, packageVersion, type Flavour } from '../../scripts/generate-bindings';
import { filesUnder, staleFiles } from './support/generated-files';

describe.each(['cdktf', 'cdktn'] as Flavour[])('generated bindings, %s flavour', (flavour) => {
  const { dir } = FLAVOURS[flavour];
  let fresh: string;

  beforeAll(async () => {
    fresh = mkdtempSync(join(tmpdir(), 'appviewx-bindings-check-'));
    await generateBindings(loadProviderSchema().schema, join(fresh, 'generated'), packageVersion(), flavour);
  });
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  test(`constructs/${relative(join(dir, '..'), dir)}/ is what \`npm run generate\` writes from the provider schema`, () => {
    const stale = staleFiles(filesUnder(join(fresh, 'generated')), filesUnder(dir));
    if (stale.length > 0) {
      throw new Error(`${relative(process.cwd(), dir)}/ is out of date with the schema from ${loadProviderSchema().origin}: run npm run generate\n  ${stale.join('\n  ')}`);
    }
  });

  test('the provider constraint is appviewx-community/appviewx at the package version', () => {
    const provider = readFileSync(join(dir, 'provider', 'index.ts'), 'utf8');
    expect(provider).toContain(`terraformProviderSource: 'appviewx-community/appviewx'`);
    expect(provider).toContain(`providerVersionConstraint: '${packageVersion()}'`);
    expect(provider).toContain(`import * as ${flavour} from '${flavour}';`);
  });

  test("the index exports the generator's namespaces", () => {
    const index = readFileSync(join(dir, 'index.ts'), 'utf8');
    const namespaces = [...index.matchAll(/export \* as (\w+) from/g)].map((m) => m[1]);
    // @cdktf/provider-generator 0.21 knows no ephemeral resources or functions and leaves them out.
    const onlyCdktn = flavour === 'cdktn' ? ['ephemeralAppviewxSshCertificate', 'providerFunctions'] : [];
    expect(namespaces.sort()).toEqual(['certificate', 'certificateReissue', 'certificateRevocation', 'dataAppviewxCertificate', ...onlyCdktn, 'provider', 'sshCertificate', 'sshCertificateRevocation'].sort());
  });
});
