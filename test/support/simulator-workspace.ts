// A simulator on port 0 plus a terraform workspace whose provider points at it.
import { startSimulator, type Simulator, type SimulatorOptions } from '../../simulator/src/index';
import { Workspace } from './terraform';

export async function simulatorWorkspace(options: SimulatorOptions = {}, env: Record<string, string> = {}): Promise<{ sim: Simulator; ws: Workspace }> {
  const sim = await startSimulator({ port: 0, ...options });
  const ws = new Workspace({ APPVIEWX_URL: sim.url, APPVIEWX_USERNAME: 'admin', APPVIEWX_PASSWORD: 'admin', ...env });
  return { sim, ws };
}

export const PROVIDER_BLOCK = 'provider "appviewx" {}\n';
export const USER_CA = 'Default-Infra-Access-Group.user.ca';
export const HOST_CA = 'Default-Infra-Access-Group.host.ca';
