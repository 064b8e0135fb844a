import { CompromisedCertificateResponse, KEY_COMPROMISE_REASON } from '../../constructs/src/index';
import { invalidPropsOf, newStack, onlyResource, synth } from './support/stacks';

describe('CompromisedCertificateResponse', () => {
  test('reissues first, then revokes the old certificate with reason key compromise, ordered by depends_on', () => {
    const stack = newStack();
    const response = new CompromisedCertificateResponse(stack, 'leak', {
      commonName: 'www.example.com',
      serialNumber: '0A:1B',
      comments: 'private key found in a public repository on 2026-11-20',
      ttl: 60,
    });
    const json = synth(stack);
    const reissueAddress = `appviewx_certificate_reissue.${Object.keys(json.resource?.['appviewx_certificate_reissue'] ?? {})[0]}`;
    expect(onlyResource(json, 'appviewx_certificate_reissue')).toEqual({
      common_name: 'www.example.com',
      serial_number: '0A:1B',
      reason: KEY_COMPROMISE_REASON,
      wait_for_issuance: true,
    });
    expect(onlyResource(json, 'appviewx_certificate_revocation')).toEqual({
      common_name: 'www.example.com',
      serial_number: '0A:1B',
      reason: 'Key compromised',
      comments: 'private key found in a public repository on 2026-11-20',
      ttl: 60,
      depends_on: [reissueAddress],
    });
    expect(response.revocation.node.path).toBe('stack/leak/Revocation');
    expect(response.issuedResourceId).toMatch(/^\$\{TfToken\[/);
  });

  test('passes format, CSR and approval settings to the reissue', () => {
    const stack = newStack();
    new CompromisedCertificateResponse(stack, 'leak', {
      resourceId: 'abc',
      comments: 'leaked',
      reissueReason: 'Key compromise: new key pair',
      certificateFormat: { format: 'PEM' },
      csr: { category: 'Server', content: '-----BEGIN CERTIFICATE REQUEST-----\nx\n-----END CERTIFICATE REQUEST-----' },
      autoApproval: true,
      waitForIssuance: false,
    });
    expect(onlyResource(synth(stack), 'appviewx_certificate_reissue')).toMatchObject({
      reason: 'Key compromise: new key pair',
      certificate_format: { format: 'PEM' },
      csr: { category: 'Server' },
      auto_approval: true,
      wait_for_issuance: false,
    });
  });

  test('errors name the inner construct path: comments are required, the certificate must be identified', () => {
    const error = invalidPropsOf(() => new CompromisedCertificateResponse(newStack(), 'leak', { resourceId: 'abc', comments: '' }));
    expect(error.message).toContain('stack/leak/Revocation: comments must not be empty');
    const unnamed = invalidPropsOf(() => new CompromisedCertificateResponse(newStack(), 'leak', { comments: 'x' }));
    expect(unnamed.message).toContain('stack/leak/Reissue: resourceId is missing');
  });
});
