import { Fn, TerraformVariable, Token } from 'cdktf';
import { Certificate, type CertificateProps } from '../../constructs/src/index';
import { invalidPropsOf, newStack, onlyResource, synth } from './support/stacks';

const CSR = '-----BEGIN CERTIFICATE REQUEST-----\nMIIBAA==\n-----END CERTIFICATE REQUEST-----\n';
const fromCsr = (): CertificateProps => ({ certificateAuthority: 'AppViewX', csrPem: CSR });
const generated = (): CertificateProps => ({ certificateAuthority: 'AppViewX', commonName: 'api.example.com', keyType: 'EC', bitLength: 384 });

describe('Certificate', () => {
  test('synthesizes appviewx_certificate with the schema\'s attribute names, at the address a bare binding would get', () => {
    const stack = newStack();
    new Certificate(stack, 'web', { ...fromCsr(), validity: { value: 90, unit: 'days' }, renewBefore: '30d', lifecycle: { createBeforeDestroy: true } });
    const json = synth(stack);
    expect(Object.keys(json.resource?.['appviewx_certificate'] ?? {})).toEqual(['web']);
    expect(onlyResource(json, 'appviewx_certificate')).toEqual({
      certificate_authority: 'AppViewX',
      csr_pem: CSR,
      validity: { value: 90, unit: 'days' },
      renew_before: '30d',
      lifecycle: { create_before_destroy: true },
    });
  });

  test('a generated key, with the outputs as references', () => {
    const cert = new Certificate(newStack(), 'api', { ...generated(), downloadPrivateKey: true });
    expect(cert.resource.terraformResourceType).toBe('appviewx_certificate');
    for (const output of [cert.certificatePem, cert.caChainPem, cert.resourceId, cert.serialNumber, cert.notAfter, cert.readyForRenewal]) expect(Token.isUnresolved(output)).toBe(true);
  });

  const invalid: [string, Partial<Record<keyof CertificateProps, unknown>>, string, string][] = [
    ['both a CSR and a common name', { ...fromCsr(), commonName: 'a.example.com' }, 'commonName', 'conflicts with csrPem'],
    ['neither a CSR nor a common name', { certificateAuthority: 'AppViewX' }, 'csrPem', 'is missing: pass the contents of the .csr file'],
    ['a CSR path instead of its contents', { ...fromCsr(), csrPem: 'web.csr' }, 'csrPem', 'must be a PEM certificate signing request'],
    ['key options next to a CSR', { ...fromCsr(), keyType: 'EC' }, 'keyType', 'describes a key that AppViewX generates'],
    ['a key download with a CSR', { ...fromCsr(), downloadPrivateKey: true }, 'downloadPrivateKey', 'is impossible with csrPem'],
    ['an RSA size for EC', { ...generated(), bitLength: 2048 }, 'bitLength', 'is not offered for EC keys: use one of 256, 384, 521'],
    ['an odd RSA size', { ...generated(), keyType: 'RSA', bitLength: 1000 }, 'bitLength', 'is not offered for RSA keys'],
    ['an unknown revocation reason', { ...generated(), revocationReason: 'Bored' }, 'revocationReason', 'must be one of "Unspecified"'],
    ['a compromise without comments', { ...generated(), revocationReason: 'Key compromise' }, 'revocationComments', 'is required when revoking for "Key compromise"'],
    ['an unknown validity unit', { ...generated(), validity: { value: 1, unit: 'fortnights' } }, 'validity.unit', 'must be one of "days", "months", "years"'],
    ['renewBefore that is not a duration', { ...generated(), renewBefore: 'soon' }, 'renewBefore', 'must be a duration'],
    ['an empty CA', { ...generated(), certificateAuthority: '' }, 'certificateAuthority', 'must not be empty'],
  ];

  test.each(invalid)('rejects %s, naming the construct path and the property', (_case, props, property, message) => {
    const error = invalidPropsOf(() => new Certificate(newStack(), 'web', props as CertificateProps));
    expect(error.constructPath).toBe('stack/web');
    expect(error.message).toContain(`stack/web: ${property} ${message}`);
  });

  test('tokens pass unvalidated; the write-only password is never quoted', () => {
    const stack = newStack();
    const csr = new TerraformVariable(stack, 'csr', { type: 'string' });
    new Certificate(stack, 'web', { certificateAuthority: 'AppViewX', csrPem: Fn.file(csr.stringValue) });
    expect(onlyResource(synth(stack), 'appviewx_certificate')['csr_pem']).toBe('${file(var.csr)}');
    const error = invalidPropsOf(() => new Certificate(newStack(), 'k', { ...generated(), bitLength: 1, privateKeyPasswordWo: 'hunter2-secret' }));
    expect(error.message).not.toContain('hunter2-secret');
  });
});
