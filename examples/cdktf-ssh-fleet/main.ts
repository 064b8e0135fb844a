// `cdktf synth|deploy|destroy` entry point: the fleet and keys from files and the environment.
//   APPVIEWX_URL, APPVIEWX_USERNAME/APPVIEWX_PASSWORD (or ..._CLIENT_ID/..._CLIENT_SECRET, ...): the gateway
//   SSH_FLEET_FILE: the fleet description (default fleet.json next to this file)
//   SSH_FLEET_KEY_DIR: where `<name>.pub` files are (default keys/ next to this file)
//   SSH_FLEET_GENERATE_KEYS=1: generate missing key pairs into SSH_FLEET_KEY_DIR (demo only)
import { App } from 'cdktf';
import { join } from 'node:path';
import { readFleet } from './fleet-config.js';
import { publicKeyFor } from './public-keys.js';
import { SshFleetStack } from './ssh-fleet-stack.js';

const env = process.env;
const fleet = readFleet(env.SSH_FLEET_FILE ?? join(__dirname, 'fleet.json'));
const keySource = {
  keyDir: env.SSH_FLEET_KEY_DIR ?? join(__dirname, 'keys'),
  env,
  generateMissing: env.SSH_FLEET_GENERATE_KEYS === '1',
};

const app = new App();
new SshFleetStack(app, 'ssh-fleet', { fleet, publicKeyFor: (name) => publicKeyFor(name, keySource), env });
app.synth();
