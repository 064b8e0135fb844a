// Import with real terraform against the simulator: an SSH certificate signed outside terraform is
// adopted (CLI and config-driven import), then replaced; a revocation resource means "revoked".
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Simulator } from '../../simulator/src/index';
import { ed25519PublicKey } from '../support/ssh-keys';
import { PROVIDER_BLOCK, simulatorWorkspace, USER_CA } from '../support/simulator-workspace';
import { describeWithTerraform } from '../support/terraform';

const flat = (text: string): string => text.replace(/[│╷╵]/g, ' ').replace(/\s+/g, ' ');

/** Signs a certificate the way another tool would: straight at the gateway, not through terraform. */
async function signOutside(sim: Simulator, publicKey: string, identity: string): Promise<string> {
  const r = await fetch(`${sim.url}/avxapi/ssh/cert/create?gwsource=external`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', username: 'admin', password: 'admin' },
    body: JSON.stringify({ publicKey, validityValue: 8, validityUnit: 'hours', certificateIdentity: identity, caName: USER_CA, principals: [identity], certType: 'User' }),
  });
  const json = (await r.json()) as { response: { serialNumber: string } };
  return json.response.serialNumber;
}

const sshCertificate = (name: string, key: string) => `
resource "appviewx_ssh_certificate" "${name}" {
  ca_name              = "${USER_CA}"
  certificate_identity = "${name}"
  public_key           = "${key}"
  principals           = ["${name}"]
  cert_type            = "User"
  validity_value       = 8
  validity_unit        = "hours"
}
`;

describeWithTerraform('import', () => {
  test('SSH certificates signed outside terraform: terraform import (CLI) and an import block adopt them; the plan replaces them; apply revokes the old serials', async () => {
    const { sim, ws } = await simulatorWorkspace();
    try {
      const [keyA, keyB] = [ed25519PublicKey(), ed25519PublicKey()];
      const [oldA, oldB] = [await signOutside(sim, keyA, 'a'), await signOutside(sim, keyB, 'b')];
      ws.write(`${PROVIDER_BLOCK}${sshCertificate('a', keyA)}${sshCertificate('b', keyB)}
import {
  to = appviewx_ssh_certificate.b
  id = "${USER_CA}/Default_Key_Group/${oldB}"
}
`);
      await ws.init();
      const bad = await ws.run(['import', '-no-color', 'appviewx_ssh_certificate.a', 'not-an-id']);
      expect(bad.code).toBe(1);
      expect(flat(bad.stderr)).toMatch(/Invalid import id.*CA_NAME\/GROUP_NAME\/SERIAL/);

      await ws.ok(['import', '-no-color', 'appviewx_ssh_certificate.a', `${USER_CA}/Default_Key_Group/${oldA}`]);
      const [imported] = ws.instances('appviewx_ssh_certificate');
      expect(imported).toMatchObject({ id: oldA, serial_number: oldA, ca_name: USER_CA, group_name: 'Default_Key_Group', revoke_on_destroy: true });

      const plan = await ws.planExitCode();
      expect(plan.code).toBe(2);
      expect(plan.stdout).toMatch(/appviewx_ssh_certificate\.a must be replaced/);
      expect(plan.stdout).toMatch(new RegExp(`appviewx_ssh_certificate\\.b must be replaced\\s+# \\(imported from "${USER_CA}/Default_Key_Group/${oldB}"\\)`));
      expect(plan.stdout).toMatch(/1 to import, 2 to add, 0 to change, 2 to destroy/);

      await ws.ok(['apply', '-auto-approve', '-no-color']);
      const bySerial = new Map(sim.inventory().sshCertificates.map((c) => [c.serialNumber, c.status]));
      expect([bySerial.get(oldA), bySerial.get(oldB)]).toEqual(['Revoked', 'Revoked']);
      const serials = ws.instances('appviewx_ssh_certificate').map((c) => String(c['serial_number']));
      expect(serials).toHaveLength(2);
      for (const serial of serials) expect(bySerial.get(serial)).toBe('Active');
      expect((await ws.planExitCode()).code).toBe(0);
    } finally {
      ws.cleanup();
      await sim.close();
    }
  });

  test('appviewx_certificate_revocation: importing a live certificate fails saying to create the resource; a revocation whose certificate is live again is planned for creation', async () => {
    const { sim, ws } = await simulatorWorkspace();
    try {
      const revocation = `${PROVIDER_BLOCK}
resource "appviewx_certificate_revocation" "api" {
  resource_id = "5fa27b7ffee3a70235a5816e"
  reason      = "Superseded"
}
`;
      ws.write(`${revocation}\nimport {\n  to = appviewx_certificate_revocation.api\n  id = "5fa27b7ffee3a70235a5816e"\n}\n`);
      await ws.init();
      const refused = await ws.run(['plan', '-no-color']);
      expect(refused.code).toBe(1);
      expect(flat(refused.stderr)).toMatch(/Certificate is not revoked.*status "Issued": there is no revocation to import\. Create the resource instead/);
      expect(sim.inventory().certificates.find((c) => c.resourceId === '5fa27b7ffee3a70235a5816e')?.status).toBe('Issued');

      ws.write(revocation);
      await ws.ok(['apply', '-auto-approve', '-no-color']);
      expect(sim.inventory().certificates.find((c) => c.resourceId === '5fa27b7ffee3a70235a5816e')?.status).toBe('Revoked');
      expect((await ws.planExitCode()).code).toBe(0);

      sim.reset(); // the certificate is live again
      const plan = await ws.planExitCode();
      expect(plan.code).toBe(2);
      expect(plan.stdout).toMatch(/appviewx_certificate_revocation\.api will be created/);
      expect(flat(plan.stdout + plan.stderr)).toMatch(/Certificate is not revoked.*5fa27b7ffee3a70235a5816e.*next plan revokes it/);
      await ws.ok(['apply', '-auto-approve', '-no-color']);
      expect(sim.inventory().certificates.find((c) => c.resourceId === '5fa27b7ffee3a70235a5816e')?.status).toBe('Revoked');
    } finally {
      ws.cleanup();
      await sim.close();
    }
  });

  test('-generate-config-out for a revoked certificate writes a valid configuration (no reason = null), which then imports and converges', async () => {
    const { sim, ws } = await simulatorWorkspace();
    try {
      ws.write(`${PROVIDER_BLOCK}\nimport {\n  to = appviewx_certificate_revocation.old\n  id = "5fa27b7ffee3a70235a58170"\n}\n`);
      await ws.init();
      await ws.ok(['plan', '-no-color', '-generate-config-out=generated.tf']);
      const generated = join(ws.dir, 'generated.tf');
      expect(existsSync(generated)).toBe(true);
      const hcl = readFileSync(generated, 'utf8');
      expect(hcl).not.toMatch(/reason\s*=\s*null/);
      expect(hcl).toMatch(/reason\s*=\s*"Unspecified"/);
      await ws.ok(['apply', '-auto-approve', '-no-color']);
      expect(ws.instances('appviewx_certificate_revocation')[0]).toMatchObject({ id: '5fa27b7ffee3a70235a58170', cert_status: 'Revoked', reason: 'Unspecified' });
      expect((await ws.planExitCode()).code).toBe(0);
    } finally {
      ws.cleanup();
      await sim.close();
    }
  });
});
