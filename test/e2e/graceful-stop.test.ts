// Cancelled CI jobs, proxies and session storms lose nothing: real terraform against the simulator.
// A CI system cancels a job with SIGTERM to its whole process group (GitLab, Kubernetes, GNU
// timeout); the provider then finishes the creates it sent and refuses the rest.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Simulator } from '../../simulator/src/index';
import { ed25519PublicKey } from '../support/ssh-keys';
import { fleetKeys, PROVIDER_BLOCK, simulatorWorkspace, SSH_FLEET as fleet, USER_CA } from '../support/simulator-workspace';
import { describeWithTerraform, TERRAFORM, type RunResult, type Workspace } from '../support/terraform';

/** The provider processes terraform started (children of `terraformPid`), by /proc (Linux). */
function providerPids(terraformPid: number): number[] {
  const found: { pid: number; pgrp: number }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [, ppid, pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
      if (ppid === terraformPid && readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('terraform-provider-appviewx')) found.push({ pid: Number(entry), pgrp: pgrp! });
    } catch {
      // The process ended while we looked.
    }
  }
  // In terraform's process group, so a signal to the group reaches it (what a CI cancel does).
  for (const { pid, pgrp } of found) if (pgrp !== terraformPid) throw new Error(`provider ${pid} is in process group ${pgrp}, not terraform's (${terraformPid})`);
  return found.map((f) => f.pid);
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * `terraform apply` in its own process group; once 10 creates reached the gateway (mid-apply
 * whatever the machine's speed), SIGTERM to the whole group or to the provider alone.
 */
function applyAndTerminate(ws: Workspace, sim: Simulator, env: Record<string, string>, target: 'group' | 'provider'): Promise<RunResult & { signalled: number[] }> {
  return new Promise((resolve) => {
    const child = spawn(TERRAFORM, ['apply', '-auto-approve', '-no-color'], { cwd: ws.dir, env: { ...ws.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const signalled: number[] = [];
    const poll = setInterval(() => {
      if ((sim.counts()['ssh/cert/create'] ?? 0) < 10) return;
      clearInterval(poll);
      if (target === 'group') {
        signalled.push(...providerPids(child.pid!));
        process.kill(-child.pid!, 'SIGTERM');
      } else {
        signalled.push(...providerPids(child.pid!));
        for (const pid of signalled) process.kill(pid, 'SIGTERM');
      }
    }, 20);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ code: code ?? 1, stdout, stderr, signalled });
    });
  });
}

/** terraform's output without its box drawing and line wrapping. */
const flat = (text: string): string => text.replace(/[│╷╵]/g, ' ').replace(/\s+/g, ' ');

const activeNotInState = (sim: Simulator, ws: Workspace) => {
  const inState = new Set(ws.instances('appviewx_ssh_certificate').map((c) => String(c['serial_number'])));
  return sim.inventory().sshCertificates.filter((c) => c.status === 'Active' && !inState.has(c.serialNumber));
};

describeWithTerraform('graceful stop', () => {
  test.each([
    ['terraform\'s whole process group (a cancelled CI job)', 'group'],
    ['the provider process alone', 'provider'],
  ] as const)('SIGTERM to %s during an apply of 40 at 200 ms latency: every active certificate is in state, the next apply converges', async (_name, target) => {
    const { sim, ws } = await simulatorWorkspace({ latencyMs: 200 });
    try {
      ws.write(fleet);
      await ws.init();
      const env = fleetKeys(40);
      const r = await applyAndTerminate(ws, sim, env, target);
      expect(r.signalled.length).toBeGreaterThan(0);
      expect(ws.state()).toHaveProperty('resources');
      const orphans = activeNotInState(sim, ws);
      const inState = ws.instances('appviewx_ssh_certificate').length;
      console.log(`SIGTERM to ${target}: terraform exited ${r.code}; ${inState} of 40 in state, ${sim.inventory().sshCertificates.length} signed, ${orphans.length} orphans`);
      expect(r.stdout + r.stderr).not.toMatch(/Plugin did not respond/);
      expect(orphans).toEqual([]);
      if (target === 'provider') {
        // terraform went on; the provider refused what it had not sent.
        expect(r.code).not.toBe(0);
        expect(flat(r.stderr)).toMatch(/cancelled, nothing was sent: the provider received SIGTERM/);
      }
      // The signalled provider exits by itself once terraform is done with it.
      for (let i = 0; i < 100 && r.signalled.some(alive); i++) await new Promise((done) => setTimeout(done, 100));
      expect(r.signalled.filter(alive)).toEqual([]);

      await ws.ok(['apply', '-auto-approve', '-no-color'], env);
      const replan = await ws.planExitCode(['-var', `keys=${env.TF_VAR_keys}`]);
      expect(`${replan.code} ${replan.stderr}`).toBe('0 ');
      expect(ws.instances('appviewx_ssh_certificate')).toHaveLength(40);
      expect(sim.inventory().sshCertificates.filter((c) => c.status === 'Active')).toHaveLength(40);
      expect(activeNotInState(sim, ws)).toEqual([]);
    } finally {
      ws.cleanup();
      await sim.close();
    }
  });

  test('a create answered 504 by a proxy after the gateway signed: no silent orphan; the named import block adopts it and the apply converges', async () => {
    const { sim, ws } = await simulatorWorkspace({ faults: { rate504AfterWork: 1, dropEndpoints: ['ssh/cert/create'] } });
    try {
      const key = ed25519PublicKey();
      const resource = `${PROVIDER_BLOCK}
resource "appviewx_ssh_certificate" "alice" {
  ca_name              = "${USER_CA}"
  certificate_identity = "alice"
  public_key           = "${key}"
  principals           = ["alice"]
  cert_type            = "User"
  validity_value       = 8
  validity_unit        = "hours"
}
`;
      ws.write(resource);
      await ws.init();
      const failed = await ws.run(['apply', '-auto-approve', '-no-color']);
      expect(failed.code).toBe(1);
      const [signed, ...more] = sim.inventory().sshCertificates;
      expect(more).toEqual([]);
      const orphans = activeNotInState(sim, ws);
      console.log(`504 after signing: ${orphans.length} certificate signed and not in state, named in the error`);
      const text = flat(failed.stderr);
      expect(text).toContain(signed!.publicKeyFingerprint);
      expect(text).toMatch(/The gateway signed a certificate for public key/);
      expect(text).toContain(`import { to = appviewx_ssh_certificate.NAME id = "${USER_CA}/Default_Key_Group/SERIAL" }`);
      expect(text).toContain('with appviewx_ssh_certificate.alice');

      // What the person does: find the serial by the key's fingerprint, add the import block.
      sim.setFaults({ rate504AfterWork: 0 });
      ws.write(`${resource}\nimport {\n  to = appviewx_ssh_certificate.alice\n  id = "${USER_CA}/Default_Key_Group/${signed!.serialNumber}"\n}\n`);
      const applied = await ws.ok(['apply', '-auto-approve', '-no-color']);
      expect(applied.stdout).toMatch(/1 imported, 1 added, 0 changed, 1 destroyed/);
      expect(sim.inventory().sshCertificates.find((c) => c.serialNumber === signed!.serialNumber)?.status).toBe('Revoked');
      const [now] = ws.instances('appviewx_ssh_certificate');
      expect(now!['serial_number']).not.toBe(signed!.serialNumber);
      expect(activeNotInState(sim, ws)).toEqual([]);
      expect(sim.inventory().sshCertificates.filter((c) => c.status === 'Active')).toHaveLength(1);
      expect((await ws.planExitCode()).code).toBe(0);
    } finally {
      ws.cleanup();
      await sim.close();
    }
  });

  test.each([11, 22, 33])('session storm (seed %i): sessions expire every 5 calls under 20%% 503 and 10%% 429; 30 certificates converge in one apply, no duplicates', async (seed) => {
    const { sim, ws } = await simulatorWorkspace({ faults: { rate503: 0.2, rate429: 0.1, expireSessionsEveryNCalls: 5, seed } });
    try {
      // At 20% 503s, five in a row (the default max_retries = 4 spent) hit one of the ~100 calls
      // in about one run of twelve here: with a gateway that fails this often a team raises
      // max_retries, and the storm is about sessions, not that budget.
      ws.write(fleet.replace(PROVIDER_BLOCK, 'provider "appviewx" {\n  max_retries = 8\n}\n'));
      await ws.init();
      await ws.ok(['apply', '-auto-approve', '-no-color'], fleetKeys(30));
      const serials = ws.instances('appviewx_ssh_certificate').map((c) => String(c['serial_number']));
      expect(new Set(serials).size).toBe(30);
      const active = sim.inventory().sshCertificates.filter((c) => c.status === 'Active');
      expect(active).toHaveLength(30);
      expect(new Set(active.map((c) => c.publicKeyFingerprint)).size).toBe(30);
      expect(active.map((c) => c.serialNumber).sort()).toEqual([...serials].sort());
      // Shared re-logins: many 401s, fewer logins.
      const unauthorized = sim.requests().filter((e) => e.status === 401).length;
      console.log(`session storm seed ${seed}: ${sim.requests().length} requests, ${unauthorized} answered 401, ${sim.logins} logins`);
      expect(sim.logins).toBeGreaterThan(1);
    } finally {
      ws.cleanup();
      await sim.close();
    }
  });
});
