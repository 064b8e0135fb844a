// CertificateRevocation, SshCertificateRevocation and CertificateLookup: synth and every rule.
import { TerraformVariable } from 'cdktf';
import {
  CertificateLookup,
  CertificateRevocation,
  SshCertificateRevocation,
  isKeyCompromise,
  type CertificateLookupProps,
  type CertificateRevocationProps,
  type SshCertificateRevocationProps,
} from '../../constructs/src/index';
import { invalidPropsOf, newStack, onlyResource, synth } from './support/stacks';

type Case = [string, Record<string, unknown>, string, string];

describe('CertificateRevocation', () => {
  const base: CertificateRevocationProps = { resourceId: '5fa27b7ffee3a70235a5816d', reason: 'Superseded' };

  test('synthesizes appviewx_certificate_revocation', () => {
    const stack = newStack();
    new CertificateRevocation(stack, 'old', { ...base, comments: 'replaced', sync: false, ttl: 120 });
    expect(onlyResource(synth(stack), 'appviewx_certificate_revocation')).toEqual({
      resource_id: '5fa27b7ffee3a70235a5816d',
      reason: 'Superseded',
      comments: 'replaced',
      sync: false,
      ttl: 120,
    });
  });

  test.each(['Key compromised', 'Key Compromise', 'keyCompromise', 'KEY_COMPROMISE'])('"%s" is key compromise', (reason) => {
    expect(isKeyCompromise(reason)).toBe(true);
  });

  const invalid: Case[] = [
    ['key compromise without comments', { reason: 'Key compromised' }, 'comments', 'is required when reason is key compromise ("Key compromised"): say what was compromised and when'],
    ['keyCompromise spelled the RFC 5280 way, without comments', { reason: 'keyCompromise' }, 'comments', 'is required when reason is key compromise'],
    ['a ttl of zero', { ttl: 0 }, 'ttl', 'must be greater than zero: set how many seconds'],
    ['a negative ttl', { ttl: -300 }, 'ttl', 'must be greater than zero'],
    ['no reason', { reason: undefined }, 'reason', 'is missing: give the revocation reason'],
    ['no certificate named', { resourceId: undefined }, 'resourceId', 'is missing: identify the certificate with resourceId, or with commonName and serialNumber'],
    ['commonName without serialNumber', { resourceId: undefined, commonName: 'www.example.com' }, 'serialNumber', 'is missing'],
  ];

  test.each(invalid)('rejects %s, naming the construct path and the property', (_case, change, property, message) => {
    const error = invalidPropsOf(() => new CertificateRevocation(newStack(), 'old', { ...base, ...change } as CertificateRevocationProps));
    expect(error.problems.map((p) => p.property)).toContain(property);
    expect(error.message).toContain(`stack/old: ${property} ${message}`);
  });

  test('a reason from another resource passes even without comments (the provider decides at apply)', () => {
    const stack = newStack();
    const reason = new TerraformVariable(stack, 'reason', { type: 'string' });
    const ttl = new TerraformVariable(stack, 'ttl', { type: 'number' });
    expect(() => new CertificateRevocation(stack, 'old', { ...base, reason: reason.stringValue, ttl: ttl.numberValue })).not.toThrow();
  });
});

describe('SshCertificateRevocation', () => {
  const base: SshCertificateRevocationProps = { caName: 'Default-Infra-Access-Group.user.ca', groupName: 'Default_Key_Group', serialNumber: '1234' };

  test('synthesizes appviewx_ssh_certificate_revocation', () => {
    const stack = newStack();
    new SshCertificateRevocation(stack, 'leaked', { ...base, reason: 'lost laptop' });
    expect(onlyResource(synth(stack), 'appviewx_ssh_certificate_revocation')).toEqual({
      ca_name: 'Default-Infra-Access-Group.user.ca',
      group_name: 'Default_Key_Group',
      serial_number: '1234',
      reason: 'lost laptop',
    });
  });

  const invalid: Case[] = [
    ['neither serialNumber nor certificate', { serialNumber: undefined }, 'serialNumber', 'is missing: set exactly one of serialNumber'],
    ['both serialNumber and certificate', { certificate: 'ssh-ed25519-cert-v01@openssh.com AAAA...' }, 'certificate', 'cannot be set together with serialNumber: set exactly one of'],
    ['an empty CA name', { caName: '' }, 'caName', 'must not be empty: name the SSH CA that signed the certificate'],
    ['no group name', { groupName: undefined }, 'groupName', 'is missing: name the key compliance group'],
  ];

  test.each(invalid)('rejects %s, naming the construct path and the property', (_case, change, property, message) => {
    const error = invalidPropsOf(() => new SshCertificateRevocation(newStack(), 'leaked', { ...base, ...change } as SshCertificateRevocationProps));
    expect(error.problems.map((p) => p.property)).toContain(property);
    expect(error.message).toContain(`stack/leaked: ${property} ${message}`);
  });

  test('a certificate from another resource counts as set: one of the two is still required', () => {
    const stack = newStack();
    const cert = new TerraformVariable(stack, 'cert', { type: 'string' });
    expect(() => new SshCertificateRevocation(stack, 'a', { caName: 'ca', groupName: 'g', certificate: cert.stringValue })).not.toThrow();
    const error = invalidPropsOf(() => new SshCertificateRevocation(stack, 'b', { ...base, certificate: cert.stringValue }));
    expect(error.message).toContain('stack/b: certificate cannot be set together with serialNumber');
  });
});

describe('CertificateLookup', () => {
  test('synthesizes data.appviewx_certificate and exposes its outputs', () => {
    const stack = newStack();
    const lookup = new CertificateLookup(stack, 'web', { commonName: 'www.example.com', serialNumber: '0A' });
    expect(onlyResource(synth(stack), 'appviewx_certificate', 'data')).toEqual({ common_name: 'www.example.com', serial_number: '0A' });
    expect(lookup.validTo).toMatch(/^\$\{TfToken\[/);
    expect(lookup.dataSource.terraformResourceType).toBe('appviewx_certificate');
  });

  const invalid: Case[] = [
    ['nothing to look up by', {}, 'resourceId', 'is missing: look the certificate up by resourceId, or by commonName'],
    ['a serial number alone', { serialNumber: '0A' }, 'commonName', 'is missing: look the certificate up by resourceId'],
    ['an empty common name', { commonName: '' }, 'commonName', 'must not be empty'],
  ];

  test.each(invalid)('rejects %s, naming the construct path and the property', (_case, props, property, message) => {
    const error = invalidPropsOf(() => new CertificateLookup(newStack(), 'web', props as CertificateLookupProps));
    expect(error.message).toContain(`stack/web: ${property} ${message}`);
  });
});
