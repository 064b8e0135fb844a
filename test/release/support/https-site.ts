// A static HTTPS server on 127.0.0.1 for a release's site/ directory (what nginx or S3 would serve),
// with a throwaway CA made by openssl: terraform trusts it through SSL_CERT_FILE. Every request is
// recorded, so tests can tell which files terraform fetched.
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';

export interface TestCa {
  readonly dir: string;
  /** PEM of the CA, for SSL_CERT_FILE. */
  readonly caFile: string;
  readonly key: string;
  readonly cert: string;
}

/** A CA and a server certificate for localhost and 127.0.0.1 signed by it. */
export function makeTestCa(): TestCa {
  const dir = mkdtempSync(join(tmpdir(), 'appviewx-release-ca-'));
  const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  ssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=appviewx release test CA', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
  ssl('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=localhost');
  writeFileSync(join(dir, 'server.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n');
  ssl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '2', '-extfile', 'server.ext');
  return { dir, caFile: join(dir, 'ca.pem'), key: readFileSync(join(dir, 'server.key'), 'utf8'), cert: readFileSync(join(dir, 'server.pem'), 'utf8') };
}

export interface StaticSite {
  readonly port: number;
  /** Paths requested, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** Serves files under `root()` (read at each request, so the site can be written after start). */
export async function serveStatic(root: () => string, ca: TestCa): Promise<StaticSite> {
  const requests: string[] = [];
  const server: Server = createServer({ key: ca.key, cert: ca.cert }, (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'https://x').pathname);
    requests.push(path);
    const file = join(root(), normalize(path));
    if (!file.startsWith(root()) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = file.endsWith('.zip') ? 'application/zip' : /(\.json|\/versions|\/download\/[^/]+\/[^/]+)$/.test(file) ? 'application/json' : 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'content-length': statSync(file).size });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const removeCa = (ca: TestCa): void => rmSync(ca.dir, { recursive: true, force: true });
