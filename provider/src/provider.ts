// The appviewx provider: its configuration block, resources and data sources, served by the framework.
// Loaded lazily by main.ts after the handshake line, so zod and undici stay off the start-up path.
import { logger } from './logging.js';
import { FrameworkProviderServer } from './framework/provider-server.js';
import type { ProviderServer } from './framework/server.js';
import { createGatewayClient, type GatewayClient } from './gateway/index.js';
import { sshCertificateInfo } from './functions/ssh-certificate-info.js';
import { x509CertificateInfo } from './functions/x509-certificate-info.js';
import { certificateDataSource } from './resources/certificate-data-source.js';
import { certificateReissue } from './resources/certificate-reissue.js';
import { certificateRevocation } from './resources/certificate-revocation.js';
import { ephemeralSshCertificate } from './resources/ephemeral-ssh-certificate.js';
import { providerAttributes, resolveGatewayConfig, validateProviderConfig } from './resources/provider-config.js';
import { sshCertificate } from './resources/ssh-certificate.js';
import { certificate } from './resources/certificate.js';
import { sshCertificateRevocation } from './resources/ssh-certificate-revocation.js';
import { testEcho } from './resources/test-echo.js';

export function createProviderServer(options: { includeTestResources?: boolean } = {}): ProviderServer {
  const includeTest = options.includeTestResources ?? process.env['APPVIEWX_PROVIDER_TEST_RESOURCES'] === '1';
  let client: GatewayClient | undefined;
  return new FrameworkProviderServer<typeof providerAttributes, GatewayClient>({
    description: 'The AppViewX certificate gateway: SSH certificates, certificate reissue and revocation, certificate lookup.',
    attributes: providerAttributes,
    validate: validateProviderConfig,
    async configure(config, diags, log) {
      const resolved = resolveGatewayConfig(config, diags);
      if (!resolved) return undefined;
      // One client (one connection pool, one session) per provider process.
      client ??= createGatewayClient({ ...resolved, logger: log.child({ component: 'gateway' }) });
      return client;
    },
    shutdown: (gateway, reason) => gateway.shutdown(reason),
    resources: [certificate, sshCertificate, sshCertificateRevocation, certificateReissue, certificateRevocation, ...(includeTest ? [testEcho] : [])],
    dataSources: [certificateDataSource],
    ephemeralResources: [ephemeralSshCertificate],
    functions: [sshCertificateInfo, x509CertificateInfo],
  });
}

export { logger };
