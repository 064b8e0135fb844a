// `npm run demo`: the simulator on a free port, the provider in a temp filesystem mirror, and real
// terraform applying and destroying examples/demo/main.tf. Leaves nothing running.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    // A CSR made here: its private key never leaves this directory.
    execFileSync('openssl', ['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'web.key', '-out', 'web.csr', '-subj', '/CN=web.example.com/O=Demo', '-addext', 'subjectAltName=DNS:web.example.com'], { cwd: work, stdio: 'ignore' });

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
      TF_VAR_web_csr: readFileSync(join(work, 'web.csr'), 'utf8'),
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
    step('terraform apply: sign SSH certificates, enroll an X.509 certificate from a CSR, reissue one certificate, revoke another');
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

    const pem = execFileSync('terraform', ['output', '-raw', 'web_certificate_pem'], { cwd: work, env, encoding: 'utf8' });
    writeFileSync(join(work, 'web.pem'), pem);
    step('openssl x509 -noout -subject -enddate -in web.pem (signed by the simulator\'s CA from the CSR)');
    spawnSync('openssl', ['x509', '-noout', '-subject', '-enddate', '-in', join(work, 'web.pem')], { stdio: 'inherit' });

    step('terraform destroy: SSH certificates revoked in one batched request, the X.509 certificate revoked');
    const revokesBefore = sim.counts()['ssh/cert/revoke'] ?? 0;
    await terraform('destroy', '-auto-approve', '-input=false');
    const inventory = sim.inventory();
    console.log(`revoke requests during destroy: ${(sim.counts()['ssh/cert/revoke'] ?? 0) - revokesBefore}`);
    for (const c of inventory.sshCertificates) console.log(`  SSH certificate ${c.serialNumber} (${c.keyId}): ${c.status}`);
    const api = inventory.certificates.find((c) => c.commonName === 'api.appviewx.plus');
    console.log(`  X.509 certificate api.appviewx.plus: ${api?.status}`);
    const web = inventory.certificates.find((c) => c.commonName === 'web.example.com');
    console.log(`  X.509 certificate web.example.com: ${web?.status}`);
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
