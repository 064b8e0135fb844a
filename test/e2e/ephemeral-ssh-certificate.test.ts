// ephemeral "appviewx_ssh_certificate" with real terraform, a real sshd and the simulator: the
// certificate logs a remote-exec provisioner in, is revoked when terraform closes it, and appears
// in no state file, saved plan or trace log.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { caPublicBlob } from '../../simulator/src/openssh-certificate';
import type { Simulator } from '../../simulator/src/index';
import { PROVIDER_BLOCK, simulatorWorkspace, USER_CA } from '../support/simulator-workspace';
import { publicKeyFingerprint } from '../../provider/src/openssh/wire-format';
import { ed25519PublicKey } from '../support/ssh-keys';
import { startSshd, type TestSshd } from '../support/sshd';
import { describeWithTerraform, type Workspace } from '../support/terraform';

const USER = userInfo().username;

const ephemeral = (key: string, keyId: string, extra = '') => `
ephemeral "appviewx_ssh_certificate" "ci" {
  ca_name              = "${USER_CA}"
  certificate_identity = "${keyId}"
  public_key           = ${JSON.stringify(key)}
  principals           = ["${USER}"]
  cert_type            = "User"
${extra}
}
`;

describeWithTerraform('ephemeral appviewx_ssh_certificate', () => {
  let now = Date.now();
  let sim: Simulator;
  let ws: Workspace;
  let sshd: TestSshd;
  beforeAll(async () => {
    ({ sim, ws } = await simulatorWorkspace({ now: () => now }));
    const ca = sim.inventory().sshCas.find((c) => c.name === USER_CA)!;
    sshd = await startSshd(`ssh-ed25519 ${caPublicBlob(ca).toString('base64')} appviewx-simulator-user-ca`);
    ws.write(PROVIDER_BLOCK);
    await ws.init();
  });
  afterAll(async () => {
    await sshd?.stop();
    ws?.cleanup();
    await sim?.close();
  });

  test('inputs are validated like the resource, at terraform validate, with the attribute named', async () => {
    ws.write(PROVIDER_BLOCK + ephemeral('ssh-ed25519 not-a-key', 'bad', '  validity = "15 minutes"').replace('principals           = ["' + USER + '"]', 'principals           = []'));
    const before = sim.requests().length;
    const r = await ws.run(['validate', '-no-color']);
    expect(r.code).toBe(1);
    const out = r.stderr.replace(/\s+/g, ' ');
    expect(out).toMatch(/Error: Invalid value for validity .* validity must be a duration such as "30s", "10m", "1h30m", "720h" or "30d", longer than 0. Got "15 minutes"/);
    expect(out).toMatch(/Error: Invalid value for public_key .* public_key must be one OpenSSH public key line/);
    expect(out).toMatch(/Error: Invalid value for principals .* principals must list at least one principal/);
    expect(sim.requests().length).toBe(before);
  });

  test('a remote-exec logs in to a real sshd with it; it is revoked after the run and is in no state, plan or trace log', async () => {
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'ci-runner', '-f', join(ws.dir, 'id_ed25519')]);
    const publicKey = readFileSync(join(ws.dir, 'id_ed25519.pub'), 'utf8');
    const keyId = `ci-run-${process.pid}-${Date.now()}`;
    const marker = join(sshd.dir, 'configured');
    ws.write(`${PROVIDER_BLOCK}${ephemeral(publicKey, keyId)}
resource "terraform_data" "configure" {
  input = "${marker}"
  connection {
    type        = "ssh"
    host        = "127.0.0.1"
    port        = ${sshd.port}
    user        = "${USER}"
    private_key = file("\${path.module}/id_ed25519")
    certificate = ephemeral.appviewx_ssh_certificate.ci.certificate
    timeout     = "30s"
  }
  provisioner "remote-exec" {
    inline = ["echo configured-by-terraform > ${marker}"]
  }
}
`);
    await ws.ok(['plan', '-no-color', '-out', 'tfplan'], { TF_LOG: 'trace', TF_LOG_PATH: join(ws.dir, 'plan.log') });
    const planJson = (await ws.ok(['show', '-json', 'tfplan'])).stdout;
    const apply = await ws.ok(['apply', '-no-color', 'tfplan'], { TF_LOG: 'trace', TF_LOG_PATH: join(ws.dir, 'apply.log') });
    expect(apply.stdout).toContain('ephemeral.appviewx_ssh_certificate.ci: Closing complete');

    expect(existsSync(marker) && readFileSync(marker, 'utf8')).toBe('configured-by-terraform\n');
    expect(sshd.log()).toMatch(new RegExp(`Accepted publickey for ${USER} from 127\\.0\\.0\\.1 port \\d+ ssh2: ED25519-CERT SHA256:\\S+ ID ${keyId} \\(serial \\d+\\)`));

    // Terraform opens it in the plan and again in the apply: every certificate it signed is revoked.
    const signed = sim.inventory().sshCertificates.filter((c) => c.keyId === keyId);
    expect(signed.length).toBeGreaterThanOrEqual(2);
    expect(signed.map((c) => c.status)).toEqual(signed.map(() => 'Revoked'));

    const places = {
      state: readFileSync(join(ws.dir, 'terraform.tfstate'), 'utf8'),
      'saved plan (show -json)': planJson,
      'plan trace log': readFileSync(join(ws.dir, 'plan.log'), 'utf8'),
      'apply trace log': readFileSync(join(ws.dir, 'apply.log'), 'utf8'),
    };
    expect(places['apply trace log']).toMatch(/CloseEphemeralResource/); // the log is a real trace
    for (const [place, text] of Object.entries(places)) {
      for (const c of signed) {
        const body = c.certContent.split(' ')[1]!;
        expect({ place, serial: c.serialNumber, found: text.includes(c.serialNumber) }).toEqual({ place, serial: c.serialNumber, found: false });
        expect({ place, certificate: `${body.slice(0, 24)}...`, found: text.includes(body.slice(0, 64)) }).toEqual({ place, certificate: `${body.slice(0, 24)}...`, found: false });
      }
    }
  });

  test('revoke_on_close = false: the certificate stays active and expires on its own', async () => {
    const key = ed25519PublicKey();
    ws.write(PROVIDER_BLOCK + ephemeral(key, 'kept', '  revoke_on_close = false\n  validity = "20m"'));
    const plan = await ws.ok(['plan', '-no-color']);
    expect(plan.stdout).toContain('ephemeral.appviewx_ssh_certificate.ci: Closing complete');
    const [kept] = sim.inventory().sshCertificates.filter((c) => c.keyId === 'kept');
    expect(kept?.status).toBe('Active');
    expect(kept!.validTo - kept!.validFrom).toBe(20 * 60_000);
    // While it is valid the gateway signs no second certificate for the key; once it expired, it does.
    const again = await ws.run(['plan', '-no-color']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/ERR-SSH_NB-268/);
    expect(again.stderr).toMatch(/revoke_on_close/);
    now = kept!.validTo + 1000;
    await ws.ok(['plan', '-no-color']);
    expect(sim.inventory().sshCertificates.filter((c) => c.keyId === 'kept').map((c) => c.status)).toEqual(['Active', 'Active']);
  });

  test('a key that already has a certificate (here from a resource): the error names the key and says revoke it or use another key, not import', async () => {
    now = Date.now();
    const key = ed25519PublicKey();
    const resource = `
resource "appviewx_ssh_certificate" "held" {
  ca_name              = "${USER_CA}"
  certificate_identity = "held"
  public_key           = ${JSON.stringify(key)}
  principals           = ["${USER}"]
  cert_type            = "User"
  validity_value       = 1
  validity_unit        = "hours"
}
`;
    ws.write(PROVIDER_BLOCK + resource);
    await ws.ok(['apply', '-auto-approve', '-no-color']);
    try {
      ws.write(PROVIDER_BLOCK + resource + ephemeral(key, 'same-key'));
      const r = await ws.run(['plan', '-no-color']);
      expect(r.code).toBe(1);
      const out = r.stderr.replace(/[\s│]+/g, ' ');
      expect(out).toMatch(/ERR-SSH_NB-268/);
      expect(out).toContain(`Public key ${publicKeyFingerprint(key)} already has a valid certificate`);
      expect(out).toMatch(/revoke it there \(or with an appviewx_ssh_certificate_revocation of its serial in group "Default_Key_Group"\), or use another key pair/);
      expect(out).not.toMatch(/import \{|create_before_destroy|revoke_on_close/);
      expect(sim.inventory().sshCertificates.filter((c) => c.keyId === 'same-key')).toEqual([]);
    } finally {
      ws.write(PROVIDER_BLOCK);
      await ws.ok(['apply', '-auto-approve', '-no-color']);
    }
  });

  test('a close that fails is a warning naming the serial, not a silent leftover', async () => {
    now = Date.now();
    ws.write(PROVIDER_BLOCK + ephemeral(ed25519PublicKey(), 'close-fails'));
    // The gateway revokes, but its answer never arrives: the provider cannot know, and says so.
    sim.setFaults({ rateDropAfterWork: 1, dropEndpoints: ['ssh/cert/revoke'] });
    try {
      const plan = await ws.ok(['plan', '-no-color']);
      const [cert] = sim.inventory().sshCertificates.filter((c) => c.keyId === 'close-fails');
      const output = plan.stdout + plan.stderr;
      expect(output).toContain(`Warning: SSH certificate ${cert!.serialNumber} was not revoked`);
      expect(output).toMatch(/stays\s+valid\s+until\s+\d{4}-\d\d-\d\dT/);
    } finally {
      sim.setFaults({ rateDropAfterWork: 0 });
    }
  });
});
