// docs/ is generated from the schema and examples/: a change to either must regenerate it.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderDocs } from '../scripts/generate-docs';

const ROOT = resolve(__dirname, '..');

describe('docs', () => {
  const docs = renderDocs();
  test('there is a page for the provider, every resource, the data source, the ephemeral resource and each function', () => {
    expect([...docs.keys()].sort()).toEqual([
      'docs/data-sources/certificate.md',
      'docs/ephemeral-resources/ssh_certificate.md',
      'docs/functions/ssh_certificate_info.md',
      'docs/functions/x509_certificate_info.md',
      'docs/index.md',
      'docs/resources/certificate.md',
      'docs/resources/certificate_reissue.md',
      'docs/resources/certificate_revocation.md',
      'docs/resources/ssh_certificate.md',
      'docs/resources/ssh_certificate_revocation.md',
    ]);
  });
  test.each([...docs.entries()])('%s is up to date (run npm run docs)', (path, text) => {
    expect(readFileSync(join(ROOT, path), 'utf8')).toBe(text);
  });
});
