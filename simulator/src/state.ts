// The simulator's inventory: SSH CAs and groups, SSH certificates it signed, X.509 certificates and
// work orders. Seeded so the vendor pages' own examples work; persisted to a JSON file on request.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { X509Store } from './x509-endpoints.js';

export interface SshCa { name: string; certType: 'User' | 'Host'; active: boolean; maxValidityMs: number; privateKeyPem: string }
export interface SshGroup { name: string; permitted: boolean }
export interface SshCertificateRecord {
  serialNumber: string;
  keyId: string;
  caName: string;
  certType: 'User' | 'Host';
  principals: string[];
  publicKeyFingerprint: string;
  validFrom: number;
  validTo: number;
  status: 'Active' | 'Revoked';
  certContent: string;
}
export interface CertificateRecord {
  resourceId: string;
  commonName: string;
  serialNumber: string;
  issuerCommonName: string;
  status: string;
  validFrom: number;
  validTo: number;
  certificateAuthority: string;
  group: string;
  category: string;
  requestIds: string[];
  /** The uuid certificate/privatekey/download wants (x509-endpoints.ts). */
  uuid?: string;
}
export interface WorkOrder { requestId: string; action: 'Reissue' | 'Revoke' | 'Create'; sourceResourceId: string; newResourceId?: string; approved: boolean; completesAt?: number; done: boolean }

export interface Inventory {
  sshCas: SshCa[];
  sshGroups: SshGroup[];
  sshCertificates: SshCertificateRecord[];
  certificates: CertificateRecord[];
  workOrders: WorkOrder[];
  nextRequestId: number;
  /** PEMs, keys and the CA of X.509 certificates (x509-endpoints.ts). */
  x509?: X509Store;
}

const YEAR = 365 * 86_400_000;
const edKey = () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
export const newResourceId = () => randomBytes(12).toString('hex');
export const newX509Serial = () => randomBytes(16).toString('hex').toUpperCase().match(/../g)!.join(':');

function cert(resourceId: string, commonName: string, serialNumber: string, status: string, validTo: number, group = 'Default'): CertificateRecord {
  return { resourceId, commonName, serialNumber, issuerCommonName: 'AppViewX Demo Issuing CA', status, validFrom: validTo - YEAR, validTo, certificateAuthority: 'AppViewX', group, category: 'Server', requestIds: [] };
}

export function seedInventory(now = Date.now()): Inventory {
  return {
    sshCas: [
      { name: 'Default-Infra-Access-Group.user.ca', certType: 'User', active: true, maxValidityMs: YEAR, privateKeyPem: edKey() },
      { name: 'Default-Infra-Access-Group.host.ca', certType: 'Host', active: true, maxValidityMs: 5 * YEAR, privateKeyPem: edKey() },
      { name: 'Retired-Access-Group.user.ca', certType: 'User', active: false, maxValidityMs: YEAR, privateKeyPem: edKey() },
    ],
    sshGroups: [
      { name: 'Default_Key_Group', permitted: true },
      { name: 'Restricted_Key_Group', permitted: false },
    ],
    sshCertificates: [],
    certificates: [
      cert('5f51f7312fa95059a12b0aee', 'testcert8g.appviewx.plus', '08:BD:54:35:FD:81:AC:A4:45:2B:FC:9F:77:56:FE:2C', 'Issued', now + YEAR / 2),
      cert('5fa27b7ffee3a70235a5816d', 'web01.appviewx.plus', '3C:11:9A:0E:77:21:C4:5D:8B:02:6F:19:A0:4E:DD:01', 'Issued', now + YEAR / 3),
      cert('5fa27b7ffee3a70235a5816e', 'api.appviewx.plus', '4D:22:AB:1F:88:32:D5:6E:9C:13:70:2A:B1:5F:EE:12', 'Issued', now + YEAR / 4),
      cert('5fa27b7ffee3a70235a5816f', 'mail.appviewx.plus', '5E:33:BC:20:99:43:E6:7F:AD:24:81:3B:C2:60:FF:23', 'Issued', now + 20 * 86_400_000),
      cert('5fa27b7ffee3a70235a58170', 'old.appviewx.plus', '6F:44:CD:31:AA:54:F7:80:BE:35:92:4C:D3:71:00:34', 'Revoked', now + YEAR / 5),
      cert('5fa27b7ffee3a70235a58171', 'monitored.appviewx.plus', '70:55:DE:42:BB:65:08:91:CF:46:A3:5D:E4:82:11:45', 'Monitored', now + YEAR / 2),
      cert('5fa27b7ffee3a70235a58172', 'readonly.appviewx.plus', '81:66:EF:53:CC:76:19:A2:D0:57:B4:6E:F5:93:22:56', 'Issued', now + YEAR / 2, 'ReadOnly'),
    ],
    workOrders: [],
    nextRequestId: 238,
  };
}

export function loadInventory(file: string): Inventory | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Inventory;
  } catch {
    return undefined;
  }
}

export function saveInventory(file: string, inventory: Inventory): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(inventory));
  renameSync(tmp, file);
}
