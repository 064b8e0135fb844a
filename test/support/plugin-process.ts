// Starts the built provider exactly as terraform does (magic cookie, protocol versions, a client
// certificate for AutoMTLS) and calls it over gRPC on HTTP/2 with mutual TLS.
import { spawn, type ChildProcess } from 'node:child_process';
import { connect, type ClientHttp2Session } from 'node:http2';
import { X509Certificate } from 'node:crypto';
import { createServerCertificate } from '../../provider/src/wire/tls-certificate';
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from '../../provider/src/wire/handshake';
import { PROVIDER_BIN } from './terraform';

export interface PluginProcess {
  readonly proc: ChildProcess;
  readonly handshake: string;
  readonly serverCertPem: string;
  readonly socketPath: string;
  /** process.hrtime.bigint() just before the spawn. */
  readonly spawnedAt: bigint;
  call(method: string, request: Uint8Array, session?: ClientHttp2Session): Promise<{ status: number; message: string; body: Buffer }>;
  /** A session presenting terraform's client certificate, none, or another one. */
  session(clientCert?: 'terraform' | 'none' | 'other'): ClientHttp2Session;
  kill(): void;
}

export async function startPluginProcess(env: Record<string, string> = {}, binary = PROVIDER_BIN): Promise<PluginProcess> {
  const client = createServerCertificate(); // terraform's client certificate is a self-signed CA cert too
  const spawnedAt = process.hrtime.bigint();
  const proc = spawn(binary, [], {
    env: { ...process.env, [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: '5,6', PLUGIN_CLIENT_CERT: client.certPem, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const handshake = await new Promise<string>((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    proc.once('exit', (code) => reject(new Error(`provider exited ${code} before the handshake`)));
  });
  const [, , , socketPath, , certB64] = handshake.split('|') as string[];
  const der = Buffer.from(certB64!, 'base64');
  const serverCertPem = new X509Certificate(der).toString();
  const other = createServerCertificate();
  const session = (clientCert: 'terraform' | 'none' | 'other' = 'terraform') => {
    const presented = clientCert === 'terraform' ? client : clientCert === 'other' ? other : undefined;
    return connect(`https://localhost`, {
      createConnection: () => require('node:tls').connect({ path: socketPath, servername: 'localhost', ca: serverCertPem, ALPNProtocols: ['h2'], ...(presented ? { cert: presented.certPem, key: presented.keyPem } : {}) }),
    });
  };
  let shared: ClientHttp2Session | undefined;
  const call = (method: string, request: Uint8Array, s?: ClientHttp2Session) =>
    new Promise<{ status: number; message: string; body: Buffer }>((resolve, reject) => {
      const sess = s ?? (shared ??= session());
      const stream = sess.request({ ':method': 'POST', ':path': method, 'content-type': 'application/grpc', te: 'trailers' });
      const chunks: Buffer[] = [];
      let status = -1;
      let message = '';
      const takeStatus = (h: Record<string, unknown>) => {
        if (h['grpc-status'] !== undefined) status = Number(h['grpc-status']);
        if (h['grpc-message'] !== undefined) message = decodeURIComponent(String(h['grpc-message']));
      };
      stream.on('response', takeStatus);
      stream.on('trailers', takeStatus);
      stream.on('data', (d: Buffer) => chunks.push(d));
      stream.on('end', () => {
        if (status === -1) return reject(new Error(`${method}: the stream closed without a gRPC status`));
        const all = Buffer.concat(chunks);
        resolve({ status, message, body: all.length >= 5 ? all.subarray(5, 5 + all.readUInt32BE(1)) : Buffer.alloc(0) });
      });
      stream.on('error', reject);
      const head = Buffer.alloc(5);
      head.writeUInt32BE(request.length, 1);
      stream.end(Buffer.concat([head, request]));
    });
  return {
    proc,
    handshake,
    serverCertPem,
    socketPath: socketPath!,
    spawnedAt,
    call,
    session,
    kill: () => {
      shared?.close();
      proc.kill('SIGKILL');
    },
  };
}
