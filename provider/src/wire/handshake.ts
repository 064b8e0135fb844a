// go-plugin's side of the launch: check the magic cookie and protocol version, listen on a unix
// socket (mTLS when terraform sent PLUGIN_CLIENT_CERT), print `1|6|unix|PATH|grpc|CERT`.
import { createServer, createSecureServer, type Http2Server, type Http2SecureServer } from 'node:http2';
import { randomBytes, X509Certificate } from 'node:crypto';
import type { TLSSocket } from 'node:tls';
import { unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServerCertificate } from './tls-certificate.js';

export const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE';
export const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';

export const NOT_A_COMMAND = `This program is a Terraform provider plugin (appviewx-community/appviewx).
Terraform starts it; it is not meant to be run by hand. To use it, install it for terraform:

  terraform-provider-appviewx install [--dir DIR] [--version V] [--platform OS_ARCH]

Other subcommands:
  terraform-provider-appviewx schema     print the provider schema (as terraform providers schema -json)
  terraform-provider-appviewx version    print the version
`;

export interface Listening {
  readonly server: Http2Server | Http2SecureServer;
  readonly socketPath: string;
  readonly handshakeLine: string;
}

/** An explanation when this is not terraform launching us, else undefined. */
export function checkLaunch(env: NodeJS.ProcessEnv): string | undefined {
  if (env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) return NOT_A_COMMAND;
  const versions = (env['PLUGIN_PROTOCOL_VERSIONS'] ?? '6').split(',').map((v) => v.trim());
  if (!versions.includes('6')) return `This provider speaks plugin protocol 6 only; terraform offered ${versions.join(', ')}. Use terraform >= 1.0.\n`;
  return undefined;
}

export function listen(env: NodeJS.ProcessEnv): Promise<Listening> {
  const socketPath = join(tmpdir(), `plugin-appviewx-${randomBytes(6).toString('hex')}`);
  const clientCert = env['PLUGIN_CLIENT_CERT'];
  let server: Http2Server | Http2SecureServer;
  let cert = '';
  const settings = { maxSessionMemory: 512, settings: { maxHeaderListSize: 1 << 20 } };
  if (clientCert) {
    const c = createServerCertificate();
    // Only the process that launched us may call: a connection must present exactly terraform's
    // certificate. Pinned rather than verified against `ca`, because any `ca` option (or none)
    // makes Node parse its ~140 bundled root certificates: 30-40 ms at each of several starts per
    // terraform command. `ca: []` keeps the store empty; the pin is stricter than a chain check.
    const terraformCert = new X509Certificate(clientCert).raw;
    const secure = createSecureServer({ ...settings, key: c.keyPem, cert: c.certPem, ca: [], requestCert: true, rejectUnauthorized: false, minVersion: 'TLSv1.2' });
    // Runs after http2's own listener but before any byte of the session is read.
    secure.on('secureConnection', (socket: TLSSocket) => {
      if (!socket.getPeerX509Certificate()?.raw.equals(terraformCert)) socket.destroy();
    });
    server = secure;
    cert = c.der.toString('base64').replace(/=+$/, ''); // Go's RawStdEncoding: no padding
  } else {
    server = createServer(settings);
  }
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve({ server, socketPath, handshakeLine: `1|6|unix|${socketPath}|grpc|${cert}\n` }));
  });
}

export function removeSocket(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}
