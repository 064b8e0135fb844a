// Reading an OpenSSH certificate line (PROTOCOL.certkeys): what `ssh-keygen -L` shows. Used by the
// provider's ssh_certificate_info function and the tests; the simulator writes the same format.
import { fingerprintOf, SshFormatError, SshReader } from './wire-format.js';

/** Number of public key fields (strings or mpints) after the nonce, per certified key type. */
const KEY_FIELDS: Record<string, number> = {
  'ssh-ed25519': 1,
  'ssh-rsa': 2,
  'ssh-dss': 4,
  'ecdsa-sha2-nistp256': 2,
  'ecdsa-sha2-nistp384': 2,
  'ecdsa-sha2-nistp521': 2,
  'sk-ssh-ed25519@openssh.com': 2,
  'sk-ecdsa-sha2-nistp256@openssh.com': 3,
};

const CERT_SUFFIX = '-cert-v01@openssh.com';
/** valid_before of a certificate that never expires (ssh-keygen prints "forever"). */
export const FOREVER = 0xffff_ffff_ffff_ffffn;

export interface ParsedCertificate {
  /** The certificate's own type, e.g. `ssh-ed25519-cert-v01@openssh.com`. */
  readonly certType: string;
  /** The certified key's type, e.g. `ssh-ed25519`. */
  readonly keyType: string;
  readonly serial: bigint;
  readonly kind: 'user' | 'host';
  readonly keyId: string;
  readonly principals: readonly string[];
  /** Seconds since the epoch. */
  readonly validAfter: bigint;
  /** Seconds since the epoch; FOREVER when it never expires. */
  readonly validBefore: bigint;
  readonly criticalOptions: Readonly<Record<string, string>>;
  readonly extensions: readonly string[];
  /** "SHA256:..." of the CA key that signed it. */
  readonly signingCaFingerprint: string;
  /** "SHA256:..." of the whole certificate blob. */
  readonly fingerprint: string;
}

export class CertificateFormatError extends SshFormatError {}

/** Name/value pairs (critical options, extensions): each value is itself a string holding a string, or empty. */
function readOptions(blob: Buffer, what: string): Record<string, string> {
  const r = new SshReader(blob);
  const out: Record<string, string> = {};
  while (!r.done) {
    const name = r.text(`${what} name`);
    const data = r.bytes(`${what} "${name}"`);
    out[name] = data.length === 0 ? '' : new SshReader(data).text(`${what} "${name}" value`);
  }
  return out;
}

/**
 * Parses "TYPE-cert-v01@openssh.com BASE64 [comment]". Throws CertificateFormatError saying what is
 * wrong; the signature is not verified (that is the SSH server's job, with its trusted CA keys).
 */
export function parseCertificate(line: string): ParsedCertificate {
  const [type, data] = line.trim().split(/\s+/);
  if (!type || !data) throw new CertificateFormatError('is not an OpenSSH certificate line ("TYPE-cert-v01@openssh.com BASE64 comment")');
  if (!type.endsWith(CERT_SUFFIX)) throw new CertificateFormatError(`starts with "${type.slice(0, 40)}", not a certificate type such as "ssh-ed25519${CERT_SUFFIX}"`);
  const keyType = type.slice(0, -CERT_SUFFIX.length);
  const fields = KEY_FIELDS[keyType];
  if (fields === undefined) throw new CertificateFormatError(`certifies an unsupported key type "${keyType}"`);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(data)) throw new CertificateFormatError('has a second field that is not base64');
  const blob = Buffer.from(data, 'base64');
  try {
    const r = new SshReader(blob);
    const inner = r.text('certificate type');
    if (inner !== type) throw new CertificateFormatError(`says "${type}" but its data is a "${inner.slice(0, 40)}"`);
    r.bytes('nonce');
    for (let i = 0; i < fields; i++) r.bytes('public key');
    const serial = r.u64('serial');
    const kindCode = r.u32('certificate type');
    if (kindCode !== 1 && kindCode !== 2) throw new CertificateFormatError(`has certificate type ${kindCode} (1 is user, 2 is host)`);
    const keyId = r.text('key id');
    const principalsBlob = r.bytes('principals');
    const validAfter = r.u64('valid after');
    const validBefore = r.u64('valid before');
    const criticalOptions = readOptions(r.bytes('critical options'), 'critical option');
    const extensions = Object.keys(readOptions(r.bytes('extensions'), 'extension'));
    r.bytes('reserved');
    const caKey = r.bytes('signature key');
    r.bytes('signature');
    if (!r.done) throw new CertificateFormatError('has data after its signature');
    const principals: string[] = [];
    for (const p = new SshReader(principalsBlob); !p.done; ) principals.push(p.text('principal'));
    return {
      certType: type,
      keyType,
      serial,
      kind: kindCode === 1 ? 'user' : 'host',
      keyId,
      principals,
      validAfter,
      validBefore,
      criticalOptions,
      extensions,
      signingCaFingerprint: fingerprintOf(caKey),
      fingerprint: fingerprintOf(blob),
    };
  } catch (err) {
    if (err instanceof CertificateFormatError) throw err;
    if (err instanceof SshFormatError) throw new CertificateFormatError(`is damaged: its ${err.message}`);
    throw err;
  }
}

/** RFC 3339 (UTC, whole seconds) of certificate seconds; null for FOREVER. */
export function certificateTime(seconds: bigint): string | null {
  if (seconds === FOREVER) return null;
  return new Date(Number(seconds) * 1000).toISOString().replace('.000Z', 'Z');
}
