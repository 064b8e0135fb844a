// Faults, dropped responses and secrets, with real terraform against the simulator.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ed25519PublicKey } from '../support/ssh-keys';
import { PROVIDER_BLOCK, simulatorWorkspace, USER_CA } from '../support/simulator-workspace';
import { describeWithTerraform } from '../support/terraform';

const fleet = `${PROVIDER_BLOCK}
variable "keys" { type = list(string) }
resource "appviewx_ssh_certificate" "fleet" {
  count                = length(var.keys)
  ca_name              = "${USER_CA}"
  certificate_identity = "fleet-\${count.index}"
  public_key           = var.keys[count.index]
  principals           = ["deploy"]
  cert_type            = "User"
  validity_value       = 1
  validity_unit        = "days"
}
`;

describeWithTerraform('reliability', () => {
  test('50 certificates through 20% 503s, 10% 429s and sessions expiring every 20 calls: exactly 50 in state and in the gateway', async () => {
    const { sim, ws } = await simulatorWorkspace({ faults: { rate503: 0.2, rate429: 0.1, expireSessionsEveryNCalls: 20, seed: 7 } });
    try {
      ws.write(fleet);
      await ws.init();
      const keys = Array.from({ length: 50 }, () => ed25519PublicKey());
      await ws.ok(['apply', '-auto-approve', '-no-color'], { TF_VAR_keys: JSON.stringify(keys) });
      const serials = ws.instances('appviewx_ssh_certificate').map((c) => c['serial_number']);
      expect(new Set(serials).size).toBe(50);
      const active = sim.inventory().sshCertificates.filter((c) => c.status === 'Active');
      expect(active).toHaveLength(50);
      expect(active.map((c) => c.serialNumber).sort()).toEqual([...serials].map(String).sort());
      sim.setFaults({ rate503: 0, rate429: 0, expireSessionsEveryNCalls: 0 });
      await ws.ok(['destroy', '-auto-approve', '-no-color'], { TF_VAR_keys: JSON.stringify(keys) });
    } finally {
      ws.cleanup();
      await sim.close();
    }
  });

  test('dropped responses after signing: every active certificate is in state or named in an error by its key fingerprint', async () => {
    const { sim, ws } = await simulatorWorkspace({ faults: { rateDropAfterWork: 0.1, dropEndpoints: ['ssh/cert/create'], seed: 3 } });
    try {
      ws.write(fleet);
      await ws.init();
      const keys = Array.from({ length: 30 }, () => ed25519PublicKey());
      const r = await ws.run(['apply', '-auto-approve', '-no-color'], { TF_VAR_keys: JSON.stringify(keys) });
      const inState = new Set(ws.instances('appviewx_ssh_certificate').map((c) => String(c['serial_number'])));
      const orphans = sim.inventory().sshCertificates.filter((c) => c.status === 'Active' && !inState.has(c.serialNumber));
      if (r.code === 0) expect(orphans).toHaveLength(0);
      for (const orphan of orphans) {
        expect(r.stderr).toContain(orphan.publicKeyFingerprint);
        expect(r.stderr).toMatch(/may have signed a certificate/);
      }
    } finally {
      ws.cleanup();
      await sim.close();
    }
  });

  test('at TF_LOG=trace no password, session id, certificate password or CSR reaches output, logs or state', async () => {
    const csr = '-----BEGIN CERTIFICATE REQUEST-----\nMIIBsecretcsrbodyQUJDREVGRw==\n-----END CERTIFICATE REQUEST-----';
    const { sim, ws } = await simulatorWorkspace({ users: [{ name: 'admin', password: 'Pa55word-do-not-log' }] }, { APPVIEWX_PASSWORD: 'Pa55word-do-not-log' });
    try {
      ws.write(`${PROVIDER_BLOCK}
resource "appviewx_ssh_certificate" "a" {
  ca_name              = "${USER_CA}"
  certificate_identity = "a"
  public_key           = "${ed25519PublicKey()}"
  principals           = ["a"]
  cert_type            = "User"
  validity_value       = 1
  validity_unit        = "hours"
}
resource "appviewx_certificate_reissue" "r" {
  resource_id = "5f51f7312fa95059a12b0aee"
  reason      = "Superseded"
  certificate_format = {
    format              = "PFX"
    password_wo         = "pfx-Secret-do-not-log"
    password_wo_version = 1
  }
  csr = {
    category = "Server"
    content  = ${JSON.stringify(csr)}
  }
}
`);
      await ws.init();
      const env = { TF_LOG: 'trace', TF_LOG_PATH: join(ws.dir, 'terraform.log') };
      const apply = await ws.ok(['apply', '-auto-approve', '-no-color'], env);
      const destroy = await ws.ok(['destroy', '-auto-approve', '-no-color'], env);
      const everything = [apply.stdout, apply.stderr, destroy.stdout, destroy.stderr, readFileSync(env.TF_LOG_PATH, 'utf8'), ...readdirSync(ws.dir).filter((f) => f.startsWith('terraform.tfstate')).map((f) => readFileSync(join(ws.dir, f), 'utf8'))].join('\n');
      expect(everything.length).toBeGreaterThan(10_000);
      for (const secret of ['Pa55word-do-not-log', 'pfx-Secret-do-not-log', 'MIIBsecretcsrbody']) expect(everything).not.toContain(secret);
    } finally {
      ws.cleanup();
      await sim.close();
    }
  });
});
