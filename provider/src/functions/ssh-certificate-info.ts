// provider::appviewx::ssh_certificate_info(certificate): what `ssh-keygen -L` shows of an OpenSSH
// certificate line, as an object for preconditions and check blocks. Pure: no gateway call, and
// the signature is not verified (that is the SSH server's job, with its trusted CA keys).
import { ArgumentError, defineFunction } from '../framework/functions.js';
import { CertificateFormatError, certificateTime, parseCertificate } from '../openssh/certificate.js';

export const sshCertificateInfo = defineFunction({
  name: 'ssh_certificate_info',
  summary: 'Reads an OpenSSH certificate line',
  description:
    'Parses an OpenSSH certificate (the contents of a `*-cert.pub` file, as `ssh-keygen -L` shows it) into an object: ' +
    '`type` (`user` or `host`), `key_id`, `serial` (decimal string), `principals`, `valid_after` and `valid_before` ' +
    '(RFC 3339; `valid_before` is null for a certificate that never expires), `signing_ca_fingerprint` ' +
    '(`SHA256:...` of the CA key), `extensions` (names) and `critical_options`. The signature is not verified.',
  parameters: [{ name: 'certificate', type: 'string', description: 'An OpenSSH certificate line, e.g. `ssh-ed25519-cert-v01@openssh.com AAAA... comment`.' }],
  returnType: [
    'object',
    {
      type: 'string',
      key_id: 'string',
      serial: 'string',
      principals: ['list', 'string'],
      valid_after: 'string',
      valid_before: 'string',
      signing_ca_fingerprint: 'string',
      extensions: ['list', 'string'],
      critical_options: ['map', 'string'],
    },
  ],
  call([certificate]) {
    try {
      const c = parseCertificate(String(certificate));
      return {
        type: c.kind,
        key_id: c.keyId,
        serial: c.serial.toString(),
        principals: [...c.principals],
        valid_after: certificateTime(c.validAfter),
        valid_before: certificateTime(c.validBefore),
        signing_ca_fingerprint: c.signingCaFingerprint,
        extensions: [...c.extensions],
        critical_options: { ...c.criticalOptions },
      };
    } catch (err) {
      if (err instanceof CertificateFormatError) throw new ArgumentError(0, `certificate ${err.message}; pass the contents of the *-cert.pub file (the certificate attribute of appviewx_ssh_certificate).`);
      throw err;
    }
  },
});
