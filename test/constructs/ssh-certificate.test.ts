import { Fn, TerraformVariable, Token } from 'cdktf';
import { SshCertificate, type SshCertificateProps } from '../../constructs/src/index';
import { ed25519PublicKey } from '../support/ssh-keys';
import { invalidPropsOf, newStack, onlyResource, synth } from './support/stacks';

const valid = (): SshCertificateProps => ({
  caName: 'Default-Infra-Access-Group.user.ca',
  certificateIdentity: 'alice@example.com',
  publicKey: ed25519PublicKey('alice@laptop'),
  principals: ['alice'],
  certType: 'User',
  validityValue: 8,
  validityUnit: 'hours',
});

describe('SshCertificate', () => {
  test('synthesizes appviewx_ssh_certificate with the attribute names of the schema, at the address a bare binding would get', () => {
    const stack = newStack();
    new SshCertificate(stack, 'alice', { ...valid(), renewBefore: '2h', groupName: 'Default_Key_Group', revokeOnDestroy: false });
    const json = synth(stack);
    expect(Object.keys(json.resource?.['appviewx_ssh_certificate'] ?? {})).toEqual(['alice']);
    expect(onlyResource(json, 'appviewx_ssh_certificate')).toEqual({
      ca_name: 'Default-Infra-Access-Group.user.ca',
      certificate_identity: 'alice@example.com',
      public_key: expect.stringMatching(/^ssh-ed25519 /),
      principals: ['alice'],
      cert_type: 'User',
      validity_value: 8,
      validity_unit: 'hours',
      renew_before: '2h',
      group_name: 'Default_Key_Group',
      revoke_on_destroy: false,
    });
  });

  test('exposes the binding resource and its outputs as references', () => {
    const cert = new SshCertificate(newStack(), 'alice', valid());
    expect(cert.resource.terraformResourceType).toBe('appviewx_ssh_certificate');
    expect(Token.isUnresolved(cert.certificate)).toBe(true);
    expect(Token.isUnresolved(cert.serialNumber)).toBe(true);
    expect(Token.isUnresolved(cert.readyForRenewal)).toBe(true);
  });

  test('a trailing newline around the public key (from a .pub file) is accepted', () => {
    expect(() => new SshCertificate(newStack(), 'c', { ...valid(), publicKey: `${ed25519PublicKey()}\n` })).not.toThrow();
  });

  const invalid: [string, Partial<Record<keyof SshCertificateProps, unknown>>, string, string][] = [
    ['empty CA name', { caName: '  ' }, 'caName', 'must not be empty: name the SSH CA that signs'],
    ['missing certificate identity', { certificateIdentity: undefined }, 'certificateIdentity', 'is missing: give the key identity'],
    ['a private key instead of a public key', { publicKey: '-----BEGIN OPENSSH PRIVATE KEY-----' }, 'publicKey', 'must be one OpenSSH public key line'],
    ['a key path instead of its contents', { publicKey: '~/.ssh/id_ed25519.pub' }, 'publicKey', 'must be one OpenSSH public key line such as "ssh-ed25519 AAAAC3Nza... user@host" (types: ssh-ed25519, ssh-rsa, ecdsa-sha2-nistp256, ecdsa-sha2-nistp384, ecdsa-sha2-nistp521): pass the contents of the .pub file'],
    ['a key whose blob names another type', { publicKey: ed25519PublicKey().replace('ssh-ed25519', 'ssh-rsa') }, 'publicKey', 'must be one OpenSSH public key line'],
    ['no principals', { principals: [] }, 'principals', 'must list at least one principal'],
    ['an empty principal', { principals: ['alice', ''] }, 'principals.1', 'must not be empty: remove the empty entry'],
    ['a cert type that is not User or Host', { certType: 'user' }, 'certType', 'must be one of "User", "Host"'],
    ['zero validity', { validityValue: 0 }, 'validityValue', 'must be greater than zero: set how many validityUnit'],
    ['negative validity', { validityValue: -3 }, 'validityValue', 'must be greater than zero'],
    ['fractional validity', { validityValue: 1.5 }, 'validityValue', 'must be a whole number: set how many validityUnit'],
    ['validity given as text', { validityValue: '8' }, 'validityValue', 'must be a number'],
    ['an unknown validity unit', { validityUnit: 'fortnights' }, 'validityUnit', 'must be one of "hours", "days", "weeks", "months", "years"'],
    ['validFrom not RFC 3339', { validFrom: '2026-12-01' }, 'validFrom', 'must be an RFC 3339 timestamp'],
    ['validFrom after validTo', { validFrom: '2027-01-02T00:00:00Z', validTo: '2027-01-01T00:00:00Z' }, 'validFrom', 'must not be later than validTo'],
    ['renewBefore that is not a duration', { renewBefore: '3 days' }, 'renewBefore', 'must be a duration such as "30s"'],
    ['empty group name', { groupName: '' }, 'groupName', 'must not be empty: remove groupName to use "Default_Key_Group"'],
  ];

  test.each(invalid)('rejects %s, naming the construct path and the property', (_case, change, property, message) => {
    const error = invalidPropsOf(() => new SshCertificate(newStack(), 'alice', { ...valid(), ...change } as SshCertificateProps));
    expect(error.constructPath).toBe('stack/alice');
    expect(error.problems.map((p) => p.property)).toContain(property);
    expect(error.message).toContain(`stack/alice: ${property} ${message}`);
  });

  test('reports every problem at once', () => {
    const error = invalidPropsOf(() => new SshCertificate(newStack(), 'c', { ...valid(), principals: [], validityValue: 0, certType: 'Admin' as 'User' }));
    expect(error.problems.map((p) => p.property).sort()).toEqual(['certType', 'principals', 'validityValue']);
  });

  test('tokens (another resource\'s output, variables) pass through unvalidated', () => {
    const stack = newStack();
    const key = new TerraformVariable(stack, 'key', { type: 'string' });
    const hours = new TerraformVariable(stack, 'hours', { type: 'number' });
    const names = new TerraformVariable(stack, 'names', { type: 'list(string)' });
    const type = new TerraformVariable(stack, 'type', { type: 'string' });
    new SshCertificate(stack, 'c', {
      ...valid(),
      publicKey: key.stringValue,
      validityValue: hours.numberValue,
      principals: names.listValue,
      certType: type.stringValue as 'User',
      renewBefore: Fn.join('', ['1', 'h']),
      validFrom: key.stringValue,
      validTo: '2020-01-01T00:00:00Z',
    });
    expect(onlyResource(synth(stack), 'appviewx_ssh_certificate')).toMatchObject({
      public_key: '${var.key}',
      validity_value: '${var.hours}',
      principals: '${var.names}',
      cert_type: '${var.type}',
    });
  });

  test('a token inside a literal list of principals passes; its literal neighbours are still checked', () => {
    const stack = newStack();
    const host = new TerraformVariable(stack, 'host', { type: 'string' });
    expect(() => new SshCertificate(stack, 'ok', { ...valid(), principals: [host.stringValue, 'web-1'] })).not.toThrow();
    const error = invalidPropsOf(() => new SshCertificate(stack, 'bad', { ...valid(), principals: [host.stringValue, ''] }));
    expect(error.message).toContain('stack/bad: principals.1 must not be empty');
  });
});
