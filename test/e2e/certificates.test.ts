// X.509 operations with real terraform against the simulator: the certificate data source,
// appviewx_certificate_reissue (async work order) and appviewx_certificate_revocation (sync).
import { PROVIDER_BLOCK, simulatorWorkspace } from '../support/simulator-workspace';
import { describeWithTerraform, type Workspace } from '../support/terraform';
import type { Simulator } from '../../simulator/src/index';

const TESTCERT = { commonName: 'testcert8g.appviewx.plus', serial: '08:BD:54:35:FD:81:AC:A4:45:2B:FC:9F:77:56:FE:2C', resourceId: '5f51f7312fa95059a12b0aee' };

describeWithTerraform('X.509 certificates', () => {
  let sim: Simulator;
  let ws: Workspace;
  beforeEach(async () => {
    ({ sim, ws } = await simulatorWorkspace({ issuanceDelayMs: 300 }));
    ws.write(PROVIDER_BLOCK);
    await ws.init();
  });
  afterEach(async () => {
    ws.cleanup();
    await sim.close();
  });

  test('data source: lookup by common name and serial, and clear errors for no match', async () => {
    ws.write(`${PROVIDER_BLOCK}
data "appviewx_certificate" "t" {
  common_name   = "${TESTCERT.commonName}"
  serial_number = "${TESTCERT.serial}"
}
output "id" { value = data.appviewx_certificate.t.resource_id }
output "status" { value = data.appviewx_certificate.t.status }
output "valid_to" { value = data.appviewx_certificate.t.valid_to }
`);
    await ws.ok(['apply', '-auto-approve', '-no-color']);
    const out = await ws.outputs();
    expect(out['id']?.value).toBe(TESTCERT.resourceId);
    expect(String(out['valid_to']?.value)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    ws.write(`${PROVIDER_BLOCK}\ndata "appviewx_certificate" "t" {\n  common_name = "nobody.example.com"\n}\n`);
    const r = await ws.run(['plan', '-no-color']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/No certificate found[\s\S]*nobody\.example\.com/);
  });

  test('reissue: work order, wait for issuance, write-only password never in state, no-op re-plan, triggers reissue', async () => {
    const hcl = (trigger: string) => `${PROVIDER_BLOCK}
resource "appviewx_certificate_reissue" "t" {
  common_name       = "${TESTCERT.commonName}"
  serial_number     = "${TESTCERT.serial}"
  reason            = "Superseded"
  wait_for_issuance = true
  certificate_format = {
    format              = "PFX"
    password_wo         = "pfx-password-never-stored"
    password_wo_version = 1
  }
  triggers = { rotation = "${trigger}" }
}
`;
    ws.write(hcl('1'));
    await ws.ok(['apply', '-auto-approve', '-no-color']);
    const [r] = ws.instances('appviewx_certificate_reissue');
    expect(r?.['request_id']).toMatch(/^\d+$/);
    expect(r?.['status']).toBe('Issued');
    expect(r?.['issued_resource_id']).not.toBe(TESTCERT.resourceId);
    expect(JSON.stringify(ws.state())).not.toContain('pfx-password-never-stored');
    expect((await ws.planExitCode()).code).toBe(0);
    ws.write(hcl('2'));
    const plan = await ws.ok(['plan', '-no-color']);
    expect(plan.stdout).toMatch(/must be replaced/);
    await ws.ok(['apply', '-auto-approve', '-no-color']);
    expect(ws.instances('appviewx_certificate_reissue')[0]?.['request_id']).not.toBe(r?.['request_id']);
    await ws.ok(['destroy', '-auto-approve', '-no-color']);
  });

  test('reissue: OPEN_WORK_ORDERS_FOUND is retried until the create timeout, then reported with the remediation', async () => {
    ws.write(`${PROVIDER_BLOCK}
resource "appviewx_certificate_reissue" "pending" {
  resource_id   = "${TESTCERT.resourceId}"
  reason        = "Superseded"
  auto_approval = false
}
resource "appviewx_certificate_reissue" "second" {
  resource_id = "${TESTCERT.resourceId}"
  reason      = "Superseded"
  depends_on  = [appviewx_certificate_reissue.pending]
  timeouts {
    create = "3s"
  }
}
`);
    const r = await ws.run(['apply', '-auto-approve', '-no-color']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/OPEN_WORK_ORDERS_FOUND/);
    expect(r.stderr.replace(/\s+/g, ' ')).toMatch(/Trigger the request once the open workOrder for the certificate is completed/);
    expect((sim.counts()['certificate/action'] ?? 0)).toBeGreaterThan(2);
    expect(ws.instances('appviewx_certificate_reissue')).toHaveLength(1);
  });

  test.each([
    ['NO_RECORDS_FOUND', 'resource_id = "000000000000000000000000"', /NO_RECORDS_FOUND[\s\S]*No matching\s+records found/],
    ['CERT-VWF-0006', 'common_name = "monitored.appviewx.plus"\n  serial_number = "MONITORED"', /CERT-VWF-0006/],
  ])('reissue: %s becomes an error with its remediation', async (_code, identity, message) => {
    const target = _code === 'CERT-VWF-0006' ? sim.inventory().certificates.find((c) => c.status === 'Monitored') : undefined;
    const id = target ? `resource_id = "${target.resourceId}"` : identity;
    ws.write(`${PROVIDER_BLOCK}\nresource "appviewx_certificate_reissue" "t" {\n  ${id}\n  reason = "Superseded"\n}\n`);
    const r = await ws.run(['apply', '-auto-approve', '-no-color']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/Remediation:/);
  });

  test('revocation: sync revoke, status by search, no-op re-plan, import by resource id without a second revoke', async () => {
    const targets = sim.inventory().certificates.filter((c) => c.status !== 'Revoked' && c.status !== 'Monitored' && c.resourceId !== TESTCERT.resourceId);
    const [first] = targets;
    ws.write(`${PROVIDER_BLOCK}
resource "appviewx_certificate_revocation" "first" {
  common_name   = "${first!.commonName}"
  serial_number = "${first!.serialNumber}"
  reason        = "Key compromised"
  comments      = "Private key leaked in a build log"
}
`);
    await ws.ok(['apply', '-auto-approve', '-no-color']);
    const [rev] = ws.instances('appviewx_certificate_revocation');
    expect(rev?.['id']).toBe(first!.resourceId);
    expect(rev?.['cert_status']).toBe('Revoked');
    expect(sim.inventory().certificates.find((c) => c.resourceId === first!.resourceId)?.status).toBe('Revoked');
    expect((await ws.planExitCode()).code).toBe(0);

    const revokesBefore = sim.counts()['certificate/revoke'] ?? 0;
    // Only a revoked certificate can be imported as a revocation (a live one: create the resource).
    const alreadyRevoked = sim.inventory().certificates.find((c) => c.status === 'Revoked' && c.resourceId !== first!.resourceId)!;
    ws.write(`${PROVIDER_BLOCK}
resource "appviewx_certificate_revocation" "first" {
  common_name   = "${first!.commonName}"
  serial_number = "${first!.serialNumber}"
  reason        = "Key compromised"
  comments      = "Private key leaked in a build log"
}
resource "appviewx_certificate_revocation" "imported" {
  resource_id = "${alreadyRevoked.resourceId}"
  reason      = "Superseded"
}
`);
    await ws.ok(['import', '-no-color', 'appviewx_certificate_revocation.imported', alreadyRevoked.resourceId]);
    const plan = await ws.ok(['plan', '-no-color']);
    expect(plan.stdout).not.toMatch(/must be replaced/);
    await ws.ok(['apply', '-auto-approve', '-no-color']);
    expect(sim.counts()['certificate/revoke'] ?? 0).toBe(revokesBefore);
    const destroy = await ws.ok(['destroy', '-auto-approve', '-no-color']);
    expect(destroy.stdout + destroy.stderr).toMatch(/Revocation is permanent/);
  });

  test('revocation: an unknown certificate is NO_RECORDS_FOUND on the attribute', async () => {
    ws.write(`${PROVIDER_BLOCK}\nresource "appviewx_certificate_revocation" "t" {\n  resource_id = "000000000000000000000000"\n  reason = "Superseded"\n}\n`);
    const r = await ws.run(['apply', '-auto-approve', '-no-color']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/NO_RECORDS_FOUND[\s\S]*Remediation/);
    expect(r.stderr).toMatch(/resource_id\s+=/);
  });
});
