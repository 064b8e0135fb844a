import { AnnotationMetadataEntryType, TerraformVariable } from 'cdktf';
import { CERTIFICATE_FORMATS, CertificateReissue, PASSWORD_FORMATS, type CertificateReissueProps } from '../../constructs/src/index';
import { invalidPropsOf, newStack, onlyResource, synth } from './support/stacks';

const CSR = '-----BEGIN CERTIFICATE REQUEST-----\nMIIB...\n-----END CERTIFICATE REQUEST-----\n';

const warningsOf = (reissue: CertificateReissue): string[] =>
  reissue.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));

describe('CertificateReissue', () => {
  test('synthesizes appviewx_certificate_reissue with nested certificate_format and csr', () => {
    const stack = newStack();
    const password = new TerraformVariable(stack, 'pfx_password', { type: 'string', sensitive: true });
    new CertificateReissue(stack, 'web', {
      resourceId: '5fa27b7ffee3a70235a5816d',
      reason: 'Key rotation',
      autoApproval: true,
      certificateFormat: { format: 'PFX', passwordWo: password.stringValue, passwordWoVersion: 2 },
      csr: { category: 'Code Signing', content: CSR },
      triggers: { rotation: '2026-Q4' },
      waitForIssuance: true,
      timeouts: { create: '15m' },
    });
    expect(onlyResource(synth(stack), 'appviewx_certificate_reissue')).toEqual({
      resource_id: '5fa27b7ffee3a70235a5816d',
      reason: 'Key rotation',
      auto_approval: true,
      certificate_format: { format: 'PFX', password_wo: '${var.pfx_password}', password_wo_version: 2 },
      csr: { category: 'Code Signing', content: CSR },
      triggers: { rotation: '2026-Q4' },
      wait_for_issuance: true,
      timeouts: { create: '15m' },
    });
  });

  test('accepts commonName + serialNumber, and commonName + resourceId', () => {
    expect(() => new CertificateReissue(newStack(), 'a', { commonName: 'www.example.com', serialNumber: '0A:1B', reason: 'r' })).not.toThrow();
    expect(() => new CertificateReissue(newStack(), 'b', { commonName: 'www.example.com', resourceId: 'abc', reason: 'r' })).not.toThrow();
  });

  test.each(CERTIFICATE_FORMATS.values.filter((f) => !PASSWORD_FORMATS.includes(f)))('format %s needs no password', (format) => {
    expect(() => new CertificateReissue(newStack(), 'r', { resourceId: 'abc', reason: 'r', certificateFormat: { format } })).not.toThrow();
  });

  const base: CertificateReissueProps = { resourceId: 'abc', reason: 'Key rotation' };
  const invalid: [string, Record<string, unknown>, string, string][] = [
    ['no certificate named', { resourceId: undefined }, 'resourceId', 'is missing: identify the certificate with resourceId, or with commonName and serialNumber'],
    ['commonName alone', { resourceId: undefined, commonName: 'www.example.com' }, 'serialNumber', 'is missing: commonName alone can match several certificates'],
    ['serialNumber alone', { resourceId: undefined, serialNumber: '0A' }, 'commonName', 'is missing: serialNumber needs its commonName'],
    ['an empty reason', { reason: '' }, 'reason', 'must not be empty: say why the certificate is reissued'],
    ['a format that does not exist', { certificateFormat: { format: 'ZIP' } }, 'certificateFormat.format', 'must be one of "CRT", "CERT", "CER", "PEM", "DER", "DERCER", "P7B", "P7C", "PK8", "PK12", "PFX", "JKS"'],
    ['PK12 without a password', { certificateFormat: { format: 'PK12' } }, 'certificateFormat.passwordWo', 'is required for format PK12: pass the file password as passwordWo'],
    ['PFX without a password', { certificateFormat: { format: 'PFX' } }, 'certificateFormat.passwordWo', 'is required for format PFX'],
    ['JKS without a password', { certificateFormat: { format: 'JKS' } }, 'certificateFormat.passwordWo', 'is required for format JKS'],
    ['JKS with an empty password', { certificateFormat: { format: 'JKS', passwordWo: '' } }, 'certificateFormat.passwordWo', 'must not be empty'],
    ['a CSR category that does not exist', { csr: { category: 'Email', content: CSR } }, 'csr.category', 'must be one of "Server", "Client", "Code Signing"'],
    ['a CSR that is not PEM', { csr: { category: 'Server', content: 'server.csr' } }, 'csr.content', 'must be a PEM certificate signing request'],
    ['a CSR without content', { csr: { category: 'Server' } }, 'csr.content', 'is missing: pass the contents of the .csr file'],
  ];

  test.each(invalid)('rejects %s, naming the construct path and the property', (_case, change, property, message) => {
    const error = invalidPropsOf(() => new CertificateReissue(newStack(), 'web', { ...base, ...change } as CertificateReissueProps));
    expect(error.problems.map((p) => p.property)).toContain(property);
    expect(error.message).toContain(`stack/web: ${property} ${message}`);
  });

  test('never quotes the password in an error', () => {
    const error = invalidPropsOf(
      () => new CertificateReissue(newStack(), 'web', { reason: 'r', certificateFormat: { format: 'PFX', passwordWo: 'hunter2' } } as CertificateReissueProps),
    );
    expect(error.message).not.toContain('hunter2');
  });

  test('a literal password is accepted with a warning that it lands in cdk.tf.json; a variable is not warned about', () => {
    const stack = newStack();
    const literal = new CertificateReissue(stack, 'literal', { ...base, certificateFormat: { format: 'PFX', passwordWo: 'hunter2' } });
    const variable = new TerraformVariable(stack, 'pw', { type: 'string', sensitive: true });
    const fromVariable = new CertificateReissue(stack, 'variable', { ...base, certificateFormat: { format: 'PFX', passwordWo: variable.stringValue } });
    expect(warningsOf(literal).join('\n')).toMatch(/passwordWo is a literal string: it will be written in clear text/);
    expect(warningsOf(fromVariable)).toEqual([]);
  });

  test('tokens pass: format, category and the certificate identity from other resources', () => {
    const stack = newStack();
    const text = (name: string) => new TerraformVariable(stack, name, { type: 'string' }).stringValue;
    expect(
      () =>
        new CertificateReissue(stack, 'r', {
          resourceId: text('id'),
          reason: text('reason'),
          certificateFormat: { format: text('format') as 'PFX' },
          csr: { category: text('category') as 'Server', content: text('csr') },
        }),
    ).not.toThrow();
  });
});
