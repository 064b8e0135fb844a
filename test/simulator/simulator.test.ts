// The simulator on its own: real OpenSSH certificates that ssh-keygen reads, load without lost
// records, state that persists across restarts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator } from '../../simulator/src/index';
import { ed25519PublicKey } from '../support/ssh-keys';

const hasSshKeygen = (() => {
  try {
    execFileSync('ssh-keygen', ['-?'], { stdio: 'ignore' });
    return true;
  } catch (err) {
    return (err as { status?: number }).status !== undefined && (err as { code?: string }).code !== 'ENOENT';
  }
})();

async function call(url: string, endpoint: string, body: unknown, method = 'POST') {
  const r = await fetch(`${url}/avxapi/${endpoint}?gwsource=external`, { method, headers: { 'content-type': 'application/json', username: 'admin', password: 'admin' }, body: JSON.stringify(body) });
  return { status: r.status, json: (await r.json()) as { response: Record<string, unknown>; appStatusCode: string | null; message: string } };
}

const request = (key: string, i = 0) => ({ publicKey: key, validityValue: 2, validityUnit: 'hours', certificateIdentity: `deploy-${i}`, caName: 'Default-Infra-Access-Group.user.ca', principals: ['deploy', 'admin'], certType: 'User' });

test('ssh-keygen -L reads a certificate the simulator signed, with identity, principals, type and validity', async () => {
  if (!hasSshKeygen && process.env['SKIP_SSH_KEYGEN'] !== '1') throw new Error('ssh-keygen is required (apt-get install openssh-client), or set SKIP_SSH_KEYGEN=1');
  const sim = await startSimulator();
  try {
    const { status, json } = await call(sim.url, 'ssh/cert/create', request(ed25519PublicKey()));
    expect(status).toBe(200);
    expect(json.appStatusCode).toBe('SSH-NB-200');
    const file = join(mkdtempSync(join(tmpdir(), 'sim-cert-')), 'id-cert.pub');
    writeFileSync(file, `${json.response['certContent']}\n`);
    const out = execFileSync('ssh-keygen', ['-L', '-f', file], { encoding: 'utf8' });
    expect(out).toMatch(/Type: ssh-ed25519-cert-v01@openssh.com user certificate/);
    expect(out).toMatch(/Key ID: "deploy-0"/);
    expect(out).toMatch(/Principals:\s+deploy\s+admin/);
    expect(out).toMatch(/permit-pty/);
    expect(out).toMatch(new RegExp(`Serial: ${json.response['serialNumber']}`));
  } finally {
    await sim.close();
  }
});

test('2,000 creations from 50 concurrent clients: no errors, no lost records', async () => {
  const sim = await startSimulator();
  try {
    const statuses: number[] = [];
    await Promise.all(
      Array.from({ length: 50 }, async (_, client) => {
        for (let i = 0; i < 40; i++) statuses.push((await call(sim.url, 'ssh/cert/create', request(ed25519PublicKey(), client * 40 + i))).status);
      }),
    );
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(new Set(sim.inventory().sshCertificates.map((c) => c.serialNumber)).size).toBe(2000);
  } finally {
    await sim.close();
  }
});

test('state persists to a file across restarts; the same key is refused while its certificate is valid', async () => {
  const stateFile = join(mkdtempSync(join(tmpdir(), 'sim-state-')), 'state.json');
  const key = ed25519PublicKey();
  const first = await startSimulator({ stateFile });
  const created = await call(first.url, 'ssh/cert/create', request(key));
  await first.close();
  const second = await startSimulator({ stateFile });
  try {
    expect(second.inventory().sshCertificates.map((c) => c.serialNumber)).toContain(created.json.response['serialNumber']);
    const again = await call(second.url, 'ssh/cert/create', request(key));
    expect(again.status).toBe(400);
    expect(again.json.appStatusCode).toBe('ERR-SSH_NB-268');
    expect(again.json.message).toBe('Valid certificate already exists for the given Key');
  } finally {
    await second.close();
  }
});

describe('faults (simulator/README.md)', () => {
  const login = async (url: string) => {
    const r = await fetch(`${url}/avxapi/login?gwsource=external`, { method: 'POST', headers: { 'content-type': 'application/json', username: 'admin', password: 'admin' }, body: '{}' });
    return ((await r.json()) as { response: { sessionId: string } }).response.sessionId;
  };
  const search = (url: string, sessionId: string) =>
    fetch(`${url}/avxapi/certificate/search?gwsource=external`, { method: 'POST', headers: { 'content-type': 'application/json', sessionId }, body: JSON.stringify({ input: { resourceId: '5f51f7312fa95059a12b0aee' } }) });

  test('expireSessionsAfterMs: a session is refused with 401 AVX_GW_003 once it is older than that, a new login works again', async () => {
    const sim = await startSimulator();
    try {
      await fetch(`${sim.url}/_simulator/faults`, { method: 'PUT', body: JSON.stringify({ expireSessionsAfterMs: 150 }) });
      const session = await login(sim.url);
      expect((await search(sim.url, session)).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 250));
      const expired = await search(sim.url, session);
      expect(expired.status).toBe(401);
      expect(((await expired.json()) as { appStatusCode: string }).appStatusCode).toBe('AVX_GW_003');
      expect((await search(sim.url, await login(sim.url))).status).toBe(200);
    } finally {
      await sim.close();
    }
  });

  test('rate504AfterWork: the certificate is signed, the answer is a proxy\'s 504 page', async () => {
    const sim = await startSimulator({ faults: { rate504AfterWork: 1, dropEndpoints: ['ssh/cert/create'] } });
    try {
      const r = await fetch(`${sim.url}/avxapi/ssh/cert/create?gwsource=external`, { method: 'POST', headers: { 'content-type': 'application/json', username: 'admin', password: 'admin' }, body: JSON.stringify(request(ed25519PublicKey())) });
      expect(r.status).toBe(504);
      expect(await r.text()).toMatch(/504 Gateway Time-out/);
      expect(sim.inventory().sshCertificates).toHaveLength(1);
      expect(sim.requests().map((e) => e.status)).toEqual([504]);
    } finally {
      await sim.close();
    }
  });
});
