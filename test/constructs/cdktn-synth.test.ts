// CDK Terrain (cdktn) in-process: the cdktn flavour of the bindings synthesizes on the cdktn
// runtime into the same terraform JSON as the cdktf flavour (resource types, provider source and
// version). The built "./cdktn/*" entry points are checked in package-build.test.ts.
import { App, TerraformLocal, TerraformOutput, TerraformStack, Testing } from 'cdktn';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { certificateReissue, certificateRevocation, dataAppviewxCertificate, ephemeralAppviewxSshCertificate, provider, sshCertificate, sshCertificateRevocation } from '../../constructs/generated-cdktn/index';
import type { SynthesizedStack } from './support/stacks';

const ROOT = join(__dirname, '..', '..');
const PUBLIC_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGJ4bHVlcHJpbnQtY2RrdG4tc3ludGgtdGVzdC1rZXk alice@example';

describe('cdktn flavour of the bindings on the cdktn runtime', () => {
  test('a stack with every resource and the data source synthesizes the appviewx types and provider source', () => {
    const stack = new TerraformStack(Testing.app(), 'terrain');
    new provider.AppviewxProvider(stack, 'appviewx', { url: 'https://avx.example.com', username: 'admin' });
    const alice = new sshCertificate.SshCertificate(stack, 'alice', {
      caName: 'Default-Infra-Access-Group.user.ca',
      certificateIdentity: 'alice',
      publicKey: PUBLIC_KEY,
      principals: ['alice'],
      certType: 'User',
      validityValue: 8,
      validityUnit: 'hours',
    });
    new sshCertificateRevocation.SshCertificateRevocation(stack, 'old-alice', { caName: 'Default-Infra-Access-Group.user.ca', groupName: 'Default-Infra-Access-Group', serialNumber: '42' });
    const lookup = new dataAppviewxCertificate.DataAppviewxCertificate(stack, 'web', { commonName: 'web.example.com' });
    const reissue = new certificateReissue.CertificateReissue(stack, 'rotate', { resourceId: lookup.resourceId, reason: 'rotation' });
    new certificateRevocation.CertificateRevocation(stack, 'retire', { resourceId: lookup.resourceId, reason: 'Superseded', dependsOn: [reissue] });
    new TerraformOutput(stack, 'alice-certificate', { value: alice.certificate });

    const json = JSON.parse(Testing.synth(stack)) as SynthesizedStack;
    expect(json.terraform?.required_providers).toEqual({ appviewx: { source: 'appviewx-community/appviewx', version: '0.1.0' } });
    expect(json.provider?.['appviewx']).toEqual([{ url: 'https://avx.example.com', username: 'admin' }]);
    expect(Object.keys(json.resource ?? {}).sort()).toEqual([
      'appviewx_certificate_reissue',
      'appviewx_certificate_revocation',
      'appviewx_ssh_certificate',
      'appviewx_ssh_certificate_revocation',
    ]);
    expect(Object.keys(json.data ?? {})).toEqual(['appviewx_certificate']);
    expect(json.resource?.['appviewx_ssh_certificate']?.['alice']).toMatchObject({
      ca_name: 'Default-Infra-Access-Group.user.ca',
      certificate_identity: 'alice',
      public_key: PUBLIC_KEY,
      principals: ['alice'],
      cert_type: 'User',
      validity_value: 8,
      validity_unit: 'hours',
    });
    expect(json.resource?.['appviewx_certificate_reissue']?.['rotate']).toMatchObject({ resource_id: '${data.appviewx_certificate.web.resource_id}', reason: 'rotation' });
    expect(json.resource?.['appviewx_certificate_revocation']?.['retire']).toMatchObject({ depends_on: ['appviewx_certificate_reissue.rotate'] });
    expect(json.output?.['alice-certificate']?.value).toBe('${appviewx_ssh_certificate.alice.certificate}');
  });

  // @cdktf/provider-generator 0.21 emits neither ephemeral resources nor functions; cdktn 0.24 does.
  test('the ephemeral SSH certificate and the provider functions synthesize to ephemeral blocks and provider:: calls', () => {
    const stack = new TerraformStack(Testing.app(), 'terrain');
    const appviewx = new provider.AppviewxProvider(stack, 'appviewx', { url: 'https://avx.example.com' });
    const ci = new ephemeralAppviewxSshCertificate.EphemeralAppviewxSshCertificate(stack, 'ci', {
      caName: 'Default-Infra-Access-Group.user.ca',
      certificateIdentity: 'ci-run',
      publicKey: PUBLIC_KEY,
      principals: ['deploy'],
      certType: 'User',
      validity: '10m',
    });
    new TerraformLocal(stack, 'principals', appviewx.functions.sshCertificateInfo(ci.certificate));
    const json = JSON.parse(Testing.synth(stack)) as SynthesizedStack & { ephemeral?: Record<string, Record<string, Record<string, unknown>>>; locals?: Record<string, unknown> };
    expect(json.ephemeral?.['appviewx_ssh_certificate']?.['ci']).toMatchObject({ ca_name: 'Default-Infra-Access-Group.user.ca', principals: ['deploy'], validity: '10m' });
    expect(json.locals?.['principals']).toBe('${provider::appviewx::ssh_certificate_info(ephemeral.appviewx_ssh_certificate.ci.certificate)}');
  });

  test('the cdk.tf.json written by app.synth() carries the cdktn version, not cdktf', () => {
    const cache = join(ROOT, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    const outdir = mkdtempSync(join(cache, 'appviewx-cdktn-synth-'));
    try {
      const app = new App({ outdir });
      const stack = new TerraformStack(app, 'terrain');
      new provider.AppviewxProvider(stack, 'appviewx', { url: 'https://avx.example.com' });
      app.synth();
      const json = JSON.parse(readFileSync(join(outdir, 'stacks', 'terrain', 'cdk.tf.json'), 'utf8')) as { '//': { metadata: { version: string } } };
      expect(json['//'].metadata.version).toBe(require('cdktn/package.json').version);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});
