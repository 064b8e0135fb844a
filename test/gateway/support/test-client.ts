// Clients for the tests: small retry delays, a logger that keeps every line unmasked (so a test
// can prove nothing secret was ever handed to it), and cleanup after each test.
import type { Fields, Logger } from '../../../provider/src/logging';
import { createGatewayClient } from '../../../provider/src/gateway/index';
import type { GatewayClient, GatewayConfig } from '../../../provider/src/gateway/index';

export interface LogLine {
  level: string;
  message: string;
  fields: Fields;
}

export function capturingLogger(lines: LogLine[] = [], base: Fields = {}): Logger & { lines: LogLine[] } {
  const at =
    (level: string) =>
    (message: string, fields: Fields = {}) => {
      lines.push({ level, message, fields: { ...base, ...fields } });
    };
  return {
    lines,
    trace: at('trace'),
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (fields) => capturingLogger(lines, { ...base, ...fields }),
  };
}

export const USERNAME = 'alice';
export const PASSWORD = 'S3cret-pa55word!';

const open: GatewayClient[] = [];

export function testClient(url: string, overrides: Partial<GatewayConfig> = {}): { client: GatewayClient; logs: LogLine[] } {
  const logger = capturingLogger();
  const client = createGatewayClient({
    url,
    auth: { kind: 'password', username: USERNAME, password: PASSWORD },
    gatewaySource: 'external',
    insecure: false,
    requestTimeoutMs: 2_000,
    maxRetries: 4,
    loginEndpoint: 'login',
    retryBaseDelayMs: 5,
    logger,
    ...overrides,
  });
  open.push(client);
  return { client, logs: logger.lines };
}

export async function closeClients(): Promise<void> {
  await Promise.all(open.splice(0).map((client) => client.close()));
}

/** The rejection of `promise`, failing the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

export const sshRequest = {
  publicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGxvY2FsLXRlc3Qta2V5 test@example',
  validityValue: 1,
  validityUnit: 'months',
  certificateIdentity: 'admin',
  caName: 'testVendor.user.ca',
  principals: ['admin'],
  certType: 'User' as const,
};

/** The create page's sample response. */
export const sshCertificateResponse = {
  fingerPrint: 'AwQpO14LR7d1e9BubBGWcDmIoifmmrxC3M2xyceDO2s',
  certType: 'User',
  rawFPString: 'ECDSA-CERT SHA256:AwQpO14LR7d1e9BubBGWcDmIoifmmrxC3M2xyceDO2s',
  signingCA: 'ECDSA SHA256:A/Pfc4Se53vBzlIstXbTWVmRy5u7n8mBiySryI+UZgI (using ecdsa-sha2-nistp256)',
  keyId: 'admin',
  serialNumber: '3515398573506688',
  rawCertType: 'ecdsa-sha2-nistp256-cert-v01@openssh.com user certificate',
  validFrom: 1716503060000,
  validTo: 1719181460000,
  validity: 30,
  validityUnit: 'days',
  principals: ['admin'],
  extensions: { permitX11Forwarding: true, permitAgentForwarding: true, permitPortForwarding: true, permitPty: true, permitUserRc: true },
  certContent: 'ecdsa-sha2-nistp256-cert-v01@openssh.com AAAA dummy',
  caName: 'testPermG1.user.ca',
  certStatus: 'Active',
  filePaths: [],
  onlyForWebTerminal: false,
};

export const searchRecord = {
  resourceId: '5f51f7312fa95059a12b0aee',
  commonName: 'testcert8g.appviewx.plus',
  serialNumber: '08:BD:54:35:FD:81:AC:A4:45:2B:FC:9F:77:56:FE:2C',
  issuerCommonName: 'Test Issuing CA',
  status: 'Active',
  validFrom: 1716503060000,
  validTo: 1748039060000,
  certificateAuthority: 'AppViewX',
  group: 'Default',
  category: 'Server',
  requestIds: ['238'],
};
