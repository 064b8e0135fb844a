// `npm run demo`: the simulator on a free port, the provider in a temp filesystem mirror, and real
// terraform applying and destroying examples/demo/main.tf. Leaves nothing running.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startSimulator } from '../../simulator/src/index';
import { ed25519PublicKey } from '../../test/support/ssh-keys';

const ROOT = resolve(__dirname, '../..');
const PROVIDER = join(ROOT, 'dist', 'terraform-provider-appviewx');
const step = (text: string) => console.log(`\n\x1b[1m==> ${text}\x1b[0m`);

async function main(): Promise<void> {
  const started = Date.now();
  const work = mkdtempSync(join(tmpdir(), 'appviewx-demo-'));
  const sim = await startSimulator({ port: 0, issuanceDelayMs: 500 });
  try {
    step(`AppViewX gateway simulator listening at ${sim.url}`);
    const mirror = join(work, 'mirror');
    console.log(execFileSync(PROVIDER, ['install', '--dir', mirror], { encoding: 'utf8' }).trim());
    const cliConfig = join(work, 'terraform.rc');
    writeFileSync(cliConfig, `provider_installation {\n  filesystem_mirror {\n    path    = "${mirror}"\n    include = ["registry.terraform.io/appviewx-community/appviewx"]\n  }\n}\n`);
    copyFileSync(join(__dirname, 'main.tf'), join(work, 'main.tf'));

    const env = {
      ...process.env,
      TF_CLI_CONFIG_FILE: cliConfig,
      CHECKPOINT_DISABLE: '1',
      TF_IN_AUTOMATION: '1',
      APPVIEWX_URL: sim.url,
      APPVIEWX_USERNAME: 'admin',
      APPVIEWX_PASSWORD: 'admin',
      TF_VAR_user_public_key: ed25519PublicKey('alice@laptop'),
      TF_VAR_host_public_key: ed25519PublicKey('root@web01'),
    };
    // Async: the simulator answers from this same process, so the event loop must stay free.
    const terraform = (...args: string[]) =>
      new Promise<void>((resolve, reject) =>
        spawn('terraform', args, { cwd: work, env, stdio: 'inherit' }).on('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`terraform ${args.join(' ')} failed (exit ${code})`)),
        ),
      );

    step('terraform init (offline, from the filesystem mirror)');
    await terraform('init', '-input=false');
    step('terraform apply: sign SSH certificates, reissue one certificate, revoke another');
    await terraform('apply', '-auto-approve', '-input=false');
    step('terraform plan again: nothing to change');
    await terraform('plan', '-input=false', '-detailed-exitcode');

    const cert = execFileSync('terraform', ['output', '-raw', 'alice_certificate'], { cwd: work, env, encoding: 'utf8' });
    const certFile = join(work, 'alice-cert.pub');
    writeFileSync(certFile, cert + '\n');
    if (spawnSync('ssh-keygen', ['-?'], { stdio: 'ignore' }).error === undefined) {
      step('ssh-keygen -L -f alice-cert.pub (a real OpenSSH certificate)');
      spawnSync('ssh-keygen', ['-L', '-f', certFile], { stdio: 'inherit' });
    }

    step('terraform destroy: SSH certificates revoked in one batched request');
    const revokesBefore = sim.counts()['ssh/cert/revoke'] ?? 0;
    await terraform('destroy', '-auto-approve', '-input=false');
    const inventory = sim.inventory();
    console.log(`revoke requests during destroy: ${(sim.counts()['ssh/cert/revoke'] ?? 0) - revokesBefore}`);
    for (const c of inventory.sshCertificates) console.log(`  SSH certificate ${c.serialNumber} (${c.keyId}): ${c.status}`);
    const api = inventory.certificates.find((c) => c.commonName === 'api.appviewx.plus');
    console.log(`  X.509 certificate api.appviewx.plus: ${api?.status}`);
    step(`demo finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await sim.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
