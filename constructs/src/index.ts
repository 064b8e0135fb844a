// `terraform-provider-appviewx/constructs`: hand-written constructs over the generated bindings
// (`terraform-provider-appviewx/bindings`). Props keep the bindings' property names.
export { AppViewXProvider, type AppViewXProviderProps } from './provider.js';
export { PROVIDER_ENV, SECRET_SETTINGS, type Environment } from './provider-environment.js';
export { SshCertificate, type SshCertificateProps, type SshCertType, type SshValidityUnit } from './ssh-certificate.js';
export {
  Certificate,
  X509_BIT_LENGTHS,
  X509_KEY_TYPES,
  X509_REVOCATION_REASONS,
  X509_VALIDITY_UNITS,
  type CertificateProps,
  type CertificateValidityProps,
  type X509KeyType,
  type X509RevocationReason,
  type X509ValidityUnit,
} from './certificate.js';
export { SshCertificateRevocation, type SshCertificateRevocationProps } from './ssh-certificate-revocation.js';
export {
  CERTIFICATE_FORMATS,
  CSR_CATEGORIES,
  CertificateReissue,
  PASSWORD_FORMATS,
  type CertificateFormat,
  type CertificateReissueCsrProps,
  type CertificateReissueFormatProps,
  type CertificateReissueProps,
  type CsrCategory,
} from './certificate-reissue.js';
export {
  CertificateRevocation,
  KEY_COMPROMISE_REASON,
  isKeyCompromise,
  type CertificateRevocationProps,
  type RevocationReason,
} from './certificate-revocation.js';
export { CertificateLookup, type CertificateLookupProps } from './certificate-lookup.js';
export { CompromisedCertificateResponse, type CompromisedCertificateResponseProps } from './compromised-certificate-response.js';
export { InvalidPropsError, type PropProblem } from './validation/props-validation.js';
export type { CertificateIdentityProps } from './validation/certificate-identity.js';
