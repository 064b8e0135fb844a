// How reissue and revocation name the certificate they act on: `resourceId`, or `commonName`
// with `serialNumber` (`commonName` with `resourceId` is accepted too, as the provider does).
import { z } from 'zod';
import { isSet, optional } from './props-validation.js';
import { nonEmpty } from './rules.js';

export interface CertificateIdentityProps {
  readonly resourceId?: string;
  readonly commonName?: string;
  readonly serialNumber?: string;
}

export const certificateIdentityFields = {
  resourceId: optional(nonEmpty('remove resourceId, or give the certificate\'s AppViewX resource id')),
  commonName: optional(nonEmpty('remove commonName, or give the certificate\'s common name')),
  serialNumber: optional(nonEmpty('remove serialNumber, or give the certificate\'s serial number')),
};

/** Adds an issue when the props do not identify exactly one certificate. */
export function checkCertificateIdentity(props: { [K in keyof CertificateIdentityProps]?: unknown }, ctx: z.RefinementCtx): void {
  if (isSet(props.resourceId)) return;
  const advice = 'identify the certificate with resourceId, or with commonName and serialNumber';
  if (!isSet(props.commonName) && !isSet(props.serialNumber)) {
    ctx.addIssue({ code: 'custom', path: ['resourceId'], message: `is missing: ${advice}` });
  } else if (!isSet(props.serialNumber)) {
    ctx.addIssue({ code: 'custom', path: ['serialNumber'], message: `is missing: commonName alone can match several certificates; ${advice}` });
  } else if (!isSet(props.commonName)) {
    ctx.addIssue({ code: 'custom', path: ['commonName'], message: `is missing: serialNumber needs its commonName; ${advice}` });
  }
}
