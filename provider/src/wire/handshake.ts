// go-plugin's side of the launch: check the magic cookie and protocol version, listen on a unix
// socket (mTLS when terraform sent PLUGIN_CLIENT_CERT), print `1|6|unix|PATH|grpc|CERT`.
//
// Only node:net and node:crypto come before that line. node:http2 (and the node:tls under it) cost
// about as much as Node's own start, so they load right after the line is written: synchronously,
// before the event loop can accept a connection, while terraform reads the line and dials.
import type { Http2Server, Http2SecureServer } from 'node:http2';
import { createServer as createSocketServer, type Socket } from 'node:net';
import { randomBytes, X509Certificate } from 'node:crypto';
import type { TLSSocket } from 'node:tls';
import { unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServerCertificate, type ServerCertificate } from './tls-certificate.js';

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
  readonly socketPath: string;
  readonly handshakeLine: string;
  /**
   * Loads node:http2 and hands it every connection to the socket. Call it right after writing the
   * handshake line, in the same tick: a connection accepted before would reach nobody.
   */
  readonly startGrpc: () => Http2Server | Http2SecureServer;
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
  const own = clientCert ? createServerCertificate() : undefined;
  const cert = own ? own.der.toString('base64').replace(/=+$/, '') : ''; // Go's RawStdEncoding: no padding
  const sockets = createSocketServer();
  const startGrpc = () => {
    const grpc = clientCert && own ? secureGrpcServer(own, clientCert) : (require('node:http2') as typeof import('node:http2')).createServer(HTTP2_SETTINGS);
    sockets.on('connection', (socket: Socket) => grpc.emit('connection', socket));
    return grpc;
  };
  return new Promise((resolve, reject) => {
    sockets.once('error', reject);
    sockets.listen(socketPath, () => resolve({ socketPath, startGrpc, handshakeLine: `1|6|unix|${socketPath}|grpc|${cert}\n` }));
  });
}

const HTTP2_SETTINGS = { maxSessionMemory: 512, settings: { maxHeaderListSize: 1 << 20 } };

function secureGrpcServer(own: ServerCertificate, clientCert: string): Http2SecureServer {
  const { createSecureServer } = require('node:http2') as typeof import('node:http2');
  // Only the process that launched us may call: a connection must present exactly terraform's
  // certificate. Pinned rather than verified against `ca`, because any `ca` option (or none)
  // makes Node parse its ~140 bundled root certificates: 30-40 ms at each of several starts per
  // terraform command. `ca: []` keeps the store empty; the pin is stricter than a chain check.
  const terraformCert = new X509Certificate(clientCert).raw;
  const secure = createSecureServer({ ...HTTP2_SETTINGS, key: own.keyPem, cert: own.certPem, ca: [], requestCert: true, rejectUnauthorized: false, minVersion: 'TLSv1.2' });
  // Runs after http2's own listener but before any byte of the session is read.
  secure.on('secureConnection', (socket: TLSSocket) => {
    if (!socket.getPeerX509Certificate()?.raw.equals(terraformCert)) socket.destroy();
  });
  return secure;
}

export function removeSocket(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}
