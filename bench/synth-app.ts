// The app of benchmark 6: a stack of N SshCertificate constructs ("ours") or of N prebuilt
// @cdktf/provider-null Resource constructs ("null"), synthesized as `cdktf synth` runs an app.
//   node --import tsx bench/synth-app.ts ours|null N OUTDIR
import { App, TerraformStack } from 'cdktf';
import { NullProvider } from '@cdktf/provider-null/lib/provider';
import { Resource } from '@cdktf/provider-null/lib/resource';
import type * as Constructs from '../constructs/src/index';

// The constructs as the package ships them (npm run build:constructs), like the prebuilt null
// provider; required at run time so that type-checking does not need dist/.
const { AppViewXProvider, SshCertificate } = require('../dist/constructs/src/index.js') as typeof Constructs;

const [kind, n, outdir] = [process.argv[2], Number(process.argv[3]), process.argv[4] ?? 'cdktf.out'];
const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHuNXYYkcBJjWyX4hNa8Ftt2mWsY1iW7IGfeRt1l8VPU bench@example';

const app = new App({ outdir });
const stack = new TerraformStack(app, 'bench');
if (kind === 'ours') {
  new AppViewXProvider(stack, 'appviewx', { url: 'https://gateway.example', username: 'bench', password: 'bench' });
  for (let i = 0; i < n; i++) {
    new SshCertificate(stack, `cert-${i}`, {
      caName: 'Default-Infra-Access-Group.user.ca',
      certificateIdentity: `user-${i}@example.com`,
      publicKey: KEY,
      principals: [`user${i}`],
      certType: 'User',
      validityValue: 8,
      validityUnit: 'hours',
    });
  }
} else {
  new NullProvider(stack, 'null');
  for (let i = 0; i < n; i++) new Resource(stack, `cert-${i}`, { triggers: { identity: `user-${i}@example.com`, key: KEY, principal: `user${i}` } });
}
app.synth();
