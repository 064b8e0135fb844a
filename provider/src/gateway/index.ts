// The gateway layer's public surface: resources import from here only.
export { createGatewayClient } from './client.js';
export type { GatewayClient } from './client.js';
export type { CallOptions, GatewayAuth, GatewayConfig } from './config.js';
export { GATEWAY_ERROR_CODES, GatewayError, isGatewayError } from './errors.js';
export type { GatewayErrorCode, GatewayErrorDetails } from './errors.js';
export { REMEDIATIONS, remediationFor } from './remediation.js';
export type { RemediationEntry } from './remediation.js';
export { isAlreadyGone } from './endpoints/ssh-certificate-revoke.js';
export type { ReissueOptions } from './endpoints/certificate-reissue.js';
export type { CertificateRevokeOptions } from './endpoints/certificate-revoke.js';
export type { GatewayStats } from './exchange.js';
export type { CertificateCreateOptions } from './endpoints/certificate-create.js';
export { BIT_LENGTHS, FAILED_REQUEST_STATUS_CODES, KEY_TYPES, VALIDITY_UNITS } from './schemas/x509.js';
export type { CertificateContent, CertificateCreateRequest, CertificateCreateResult, CertificateDownloadRequest, RequestLog } from './schemas/x509.js';
export { MAX_SSH_REVOKE_ITEMS } from './schemas/ssh.js';
export type { SshCertificate, SshCertificateRequest, SshRevokeItem, SshRevokeOutcome, SshRevokeResult } from './schemas/ssh.js';
export { CERTIFICATE_FORMATS, CSR_CATEGORIES } from './schemas/certificate.js';
export type {
  CertificateRecord,
  CertificateRevokeRequest,
  CertificateRevokeResult,
  CertificateSearchInput,
  ReissueRequest,
  ReissueResult,
} from './schemas/certificate.js';
