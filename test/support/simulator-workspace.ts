// A simulator on port 0 plus a terraform workspace whose provider points at it.
import { startSimulator, type Simulator, type SimulatorOptions } from '../../simulator/src/index';
import { ed25519PublicKey } from './ssh-keys';
import { Workspace } from './terraform';

export async function simulatorWorkspace(options: SimulatorOptions = {}, env: Record<string, string> = {}): Promise<{ sim: Simulator; ws: Workspace }> {
  const sim = await startSimulator({ port: 0, ...options });
  const ws = new Workspace({ APPVIEWX_URL: sim.url, APPVIEWX_USERNAME: 'admin', APPVIEWX_PASSWORD: 'admin', ...env });
  return { sim, ws };
}

export const PROVIDER_BLOCK = 'provider "appviewx" {}\n';
export const USER_CA = 'Default-Infra-Access-Group.user.ca';
export const HOST_CA = 'Default-Infra-Access-Group.host.ca';

/** One user certificate per key in var.keys; pass the keys with `fleetKeys(n)`. */
export const SSH_FLEET = `${PROVIDER_BLOCK}
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

/** TF_VAR_keys with n fresh public keys, for SSH_FLEET. */
export const fleetKeys = (n: number): { TF_VAR_keys: string } => ({ TF_VAR_keys: JSON.stringify(Array.from({ length: n }, () => ed25519PublicKey())) });
