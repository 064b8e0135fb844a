// appviewx_certificate end to end: real terraform, the simulator signing real X.509 certificates,
// and openssl checking them. One simulator and workspace for the suite; each test leaves no
// certificate in state.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROVIDER_BLOCK, simulatorWorkspace } from '../support/simulator-workspace';
import { describeWithTerraform, type Workspace } from '../support/terraform';
import type { Simulator } from '../../simulator/src/index';

const openssl = (args: string[], cwd: string) => execFileSync('openssl', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describeWithTerraform('appviewx_certificate lifecycle', () => {
  let sim: Simulator;
  let ws: Workspace;
  beforeAll(async () => {
    ({ sim, ws } = await simulatorWorkspace({ issuanceDelayMs: 200 }));
    ws.write(PROVIDER_BLOCK);
    await ws.init();
    writeFileSync(join(ws.dir, 'ca.pem'), await sim.x509CaPem());
  });
  afterAll(async () => {
    ws.cleanup();
    await sim.close();
  });

  const status = (resourceId: unknown) => sim.inventory().certificates.find((c) => c.resourceId === resourceId)?.status;
  const file = (name: string, text: unknown) => writeFileSync(join(ws.dir, name), String(text));

  test('CSR enrollment: openssl verifies it, the key matches, re-plan is empty; drift, renewal with create_before_destroy, destroy revokes', async () => {
    openssl(['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'web.key', '-out', 'web.csr', '-subj', '/CN=web.example.com/O=Example', '-addext', 'subjectAltName=DNS:web.example.com,DNS:www.example.com'], ws.dir);
    const hcl = (renewBefore: string) => `${PROVIDER_BLOCK}
resource "appviewx_certificate" "web" {
  certificate_authority = "AppViewX"
  csr_pem               = file("web.csr")
  validity              = { value = 30, unit = "days" }
  renew_before          = "${renewBefore}"
  lifecycle {
    create_before_destroy = true
  }
}
data "appviewx_certificate" "web" {
  resource_id   = appviewx_certificate.web.resource_id
  include_chain = true
}
output "same_pem" { value = data.appviewx_certificate.web.certificate_pem == appviewx_certificate.web.certificate_pem }
output "same_chain" { value = data.appviewx_certificate.web.ca_chain_pem == appviewx_certificate.web.ca_chain_pem }
`;
    ws.write(hcl('7d'));
    await ws.ok(['apply', '-auto-approve', '-no-color']);
    const [first] = ws.instances('appviewx_certificate');
    expect(first?.['common_name']).toBe('web.example.com');
    expect(first?.['status']).toBe('Issued');
    expect(first?.['ready_for_renewal']).toBe(false);
    expect(Date.parse(String(first?.['not_after'])) - Date.now()).toBeGreaterThan(29 * 86_400_000);
    file('web.pem', first?.['certificate_pem']);
    file('chain.pem', first?.['ca_chain_pem']);
    expect(openssl(['verify', '-CAfile', 'ca.pem', 'web.pem'], ws.dir)).toMatch(/web\.pem: OK/);
    expect(openssl(['verify', '-CAfile', 'chain.pem', 'web.pem'], ws.dir)).toMatch(/web\.pem: OK/);
    expect(openssl(['x509', '-in', 'web.pem', '-noout', '-ext', 'subjectAltName'], ws.dir)).toMatch(/DNS:web\.example\.com, DNS:www\.example\.com/);
    expect(openssl(['x509', '-in', 'web.pem', '-noout', '-pubkey'], ws.dir)).toBe(openssl(['pkey', '-in', 'web.key', '-pubout'], ws.dir));
    expect(openssl(['x509', '-in', 'web.pem', '-noout', '-serial'], ws.dir).trim()).toBe(`serial=${String(first?.['serial_number']).replace(/:/g, '')}`);
    const outputs = await ws.outputs();
    expect([outputs['same_pem']?.value, outputs['same_chain']?.value]).toEqual([true, true]);
    expect((await ws.planExitCode()).code).toBe(0);

    // Drift: revoked behind terraform's back -> removed from state with a warning, enrolled anew.
    sim.setFaults({ revokeCertificates: [String(first?.['resource_id'])] });
    const drift = await ws.run(['apply', '-auto-approve', '-no-color']);
    expect(drift.code).toBe(0);
    expect(drift.stdout + drift.stderr).toMatch(/Certificate revoked outside terraform[\s\S]*web\.example\.com \(resource id/);
    const [second] = ws.instances('appviewx_certificate');
    expect(second?.['resource_id']).not.toBe(first?.['resource_id']);
    expect(status(second?.['resource_id'])).toBe('Issued');

    // Renewal: within renew_before of not_after -> replacement, the new certificate before the old one is revoked.
    ws.write(hcl('60d'));
    const plan = await ws.ok(['plan', '-no-color']);
    expect(plan.stdout).toMatch(/appviewx_certificate\.web must be replaced/);
    expect(plan.stdout).toMatch(/ready_for_renewal\s+= false -> \(known after apply\) # forces replacement/);
    expect(plan.stdout).toMatch(/create replacement and then destroy/);
    const before = sim.requests().length;
    await ws.ok(['apply', '-auto-approve', '-no-color']);
    const [third] = ws.instances('appviewx_certificate');
    expect(third?.['resource_id']).not.toBe(second?.['resource_id']);
    expect(status(second?.['resource_id'])).toBe('Revoked');
    const order = sim.requests().slice(before).map((r) => r.endpoint).filter((e) => e === 'certificate/create' || e === 'certificate/revoke');
    expect(order).toEqual(['certificate/create', 'certificate/revoke']);

    // Import of a certificate enrolled from a CSR: AppViewX keeps no CSR, so the first plan adopts
    // csr_pem (and the other settings it cannot report) from the configuration in place, never a
    // replacement; that apply changes nothing at the gateway, and the plan after it is empty.
    ws.write(hcl('7d'));
    await ws.ok(['state', 'rm', 'appviewx_certificate.web']);
    await ws.ok(['import', '-no-color', 'appviewx_certificate.web', String(third?.['resource_id'])]);
    const adopt = await ws.ok(['plan', '-no-color']);
    expect(adopt.stdout).toMatch(/appviewx_certificate\.web will be updated in-place/);
    expect(adopt.stdout).toMatch(/0 to add, 1 to change, 0 to destroy/);
    const beforeAdopt = sim.requests().length;
    await ws.ok(['apply', '-auto-approve', '-no-color']);
    expect(sim.requests().slice(beforeAdopt).map((r) => r.endpoint).filter((e) => e === 'certificate/create' || e === 'certificate/revoke')).toEqual([]);
    expect(ws.instances('appviewx_certificate')[0]?.['resource_id']).toBe(third?.['resource_id']);
    expect((await ws.planExitCode()).code).toBe(0);

    await ws.ok(['destroy', '-auto-approve', '-no-color']);
    expect(status(third?.['resource_id'])).toBe('Revoked');
  });

  test('AppViewX-generated key: the key matches, the password stays out of state, plan JSON and trace logs; import; destroy semantics', async () => {
    const password = 'pw-never-stored-8c1f2a';
    // An ephemeral variable, as a password belongs in: a literal would be in the plan's configuration section.
    ws.write(`${PROVIDER_BLOCK}
variable "key_password" {
  type      = string
  sensitive = true
  ephemeral = true
}
resource "appviewx_certificate" "with_password" {
  certificate_authority   = "AppViewX"
  common_name             = "api.example.com"
  dns_names               = ["api.example.com"]
  key_type                = "EC"
  bit_length              = 384
  download_private_key    = true
  private_key_password_wo = var.key_password
  private_key_password_wo_version = 1
}
resource "appviewx_certificate" "one_time_password" {
  certificate_authority = "AppViewX"
  common_name           = "otp.example.com"
  download_private_key  = true
  revoke_on_destroy     = false
}
resource "appviewx_certificate" "plain" {
  certificate_authority = "AppViewX"
  common_name           = "plain.example.com"
}
`);
    const env = { TF_VAR_key_password: password };
    const apply = await ws.ok(['apply', '-auto-approve', '-no-color'], { ...env, TF_LOG: 'trace' });
    expect(apply.stderr).toMatch(/certificate\/privatekey\/download/); // the trace log is there...
    expect(apply.stdout + apply.stderr).not.toContain(password); // ...without the password
    expect(JSON.stringify(ws.state())).not.toContain(password);
    await ws.ok(['plan', '-out', 'tfplan', '-no-color'], env);
    const planJson = (await ws.ok(['show', '-json', 'tfplan'])).stdout;
    expect(planJson).not.toContain(password);
    const changes = (JSON.parse(planJson) as { resource_changes: { address: string; change: { after_sensitive: Record<string, unknown> } }[] }).resource_changes;
    expect(changes.find((c) => c.address === 'appviewx_certificate.with_password')?.change.after_sensitive['private_key_pem']).toBe(true);

    const byName = Object.fromEntries(ws.state().resources.map((r) => [r.name, r.instances[0]!.attributes]));
    for (const name of ['with_password', 'one_time_password']) {
      const attrs = byName[name]!;
      file(`${name}.pem`, attrs['certificate_pem']);
      file(`${name}.key`, attrs['private_key_pem']);
      expect(String(attrs['private_key_pem'])).toMatch(/^-----BEGIN PRIVATE KEY-----/);
      expect(openssl(['x509', '-in', `${name}.pem`, '-noout', '-pubkey'], ws.dir)).toBe(openssl(['pkey', '-in', `${name}.key`, '-pubout'], ws.dir));
      expect(openssl(['verify', '-CAfile', 'ca.pem', `${name}.pem`], ws.dir)).toMatch(/OK/);
    }
    expect(byName['with_password']?.['key_type']).toBe('EC');
    expect(openssl(['x509', '-in', 'with_password.pem', '-noout', '-text'], ws.dir)).toMatch(/384 bit/);
    expect(byName['plain']?.['private_key_pem']).toBeNull();
    expect((await ws.run(['plan', '-no-color', '-detailed-exitcode'], env)).code).toBe(0);

    // Import by resource id, then an empty plan.
    const plainId = String(byName['plain']?.['resource_id']);
    await ws.ok(['state', 'rm', 'appviewx_certificate.plain']);
    await ws.ok(['import', '-no-color', 'appviewx_certificate.plain', plainId], env);
    const imported = ws.instances('appviewx_certificate').find((a) => a['resource_id'] === plainId);
    expect(imported?.['certificate_pem']).toBe(byName['plain']?.['certificate_pem']);
    const replan = await ws.run(['plan', '-no-color', '-detailed-exitcode'], env);
    expect(replan.stdout).toMatch(/No changes/);
    expect(replan.code).toBe(0);

    // Destroy: an already revoked certificate warns, revoke_on_destroy = false only forgets, the rest is revoked.
    sim.setFaults({ revokeCertificates: ['api.example.com'] });
    const destroy = await ws.ok(['destroy', '-auto-approve', '-no-color', '-refresh=false'], env);
    expect(destroy.stdout + destroy.stderr).toMatch(/Certificate already revoked[\s\S]*api\.example\.com/);
    expect(destroy.stdout + destroy.stderr).toMatch(/Certificate not revoked[\s\S]*revoke_on_destroy is false/);
    expect(status(byName['one_time_password']?.['resource_id'])).toBe('Issued');
    expect(status(plainId)).toBe('Revoked');
    expect(ws.instances('appviewx_certificate')).toHaveLength(0);
  });

  test('async enrollment waits for a manual approval; one never approved ends at the create timeout naming its request id', async () => {
    sim.setFaults({ manualApproval: true });
    const hcl = (name: string, timeout: string) => `
resource "appviewx_certificate" "${name}" {
  certificate_authority = "AppViewX"
  common_name           = "${name}.example.com"
  key_type              = "EC"
  sync                  = false
  timeouts {
    create = "${timeout}"
  }
}
`;
    ws.write(PROVIDER_BLOCK + hcl('approved', '2m'));
    const applying = ws.run(['apply', '-auto-approve', '-no-color']);
    const pending = async () => {
      for (let i = 0; i < 600; i++) {
        const order = sim.inventory().workOrders.find((w) => w.action === 'Create' && !w.done);
        // Approve once the provider has been seen waiting on the work order's request log.
        if (order && sim.requests().some((r) => r.endpoint === 'visualworkflow-request-logs')) return order.requestId;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('no work order appeared');
    };
    const requestId = await pending();
    expect(ws.instances('appviewx_certificate')).toHaveLength(0); // still waiting
    sim.approveWorkOrder(requestId);
    const done = await applying;
    expect(done.code).toBe(0);
    const [approved] = ws.instances('appviewx_certificate');
    expect(approved?.['request_id']).toBe(requestId);
    expect(approved?.['certificate_pem']).toMatch(/BEGIN CERTIFICATE/);

    ws.write(PROVIDER_BLOCK + hcl('approved', '2m') + hcl('never', '3s'));
    const timedOut = await ws.run(['apply', '-auto-approve', '-no-color']);
    expect(timedOut.code).toBe(1);
    const never = sim.inventory().workOrders.find((w) => w.action === 'Create' && !w.done)!;
    expect(timedOut.stderr).toMatch(/Certificate requested, but not issued/);
    expect(timedOut.stderr).toMatch(new RegExp(`request id\\s+${never.requestId},\\s+resource id\\s+${never.sourceResourceId}`));
    sim.setFaults({ manualApproval: false });
    await ws.ok(['destroy', '-auto-approve', '-no-color']);
    expect(status(approved?.['resource_id'])).toBe('Revoked');
  });

  test('a gateway error comes back on its attribute with the code and the remediation; nothing enters state', async () => {
    ws.write(`${PROVIDER_BLOCK}
resource "appviewx_certificate" "unknown_ca" {
  certificate_authority = "No Such CA"
  common_name           = "x.example.com"
  key_type              = "EC"
}
`);
    const r = await ws.run(['apply', '-auto-approve', '-no-color']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Could not request the certificate/);
    expect(r.stderr).toMatch(/certificate_authority = "No Such CA"/); // terraform points at the attribute's line
    expect(r.stderr).toMatch(/MANDATORY_FIELD_MISSING/);
    expect(r.stderr).toMatch(/Remediation: Ensure that the certificateAuthority field is available in the\s+request payload/);
    expect(ws.instances('appviewx_certificate')).toHaveLength(0);
  });
});
