// SSH certificates: ssh-certificate-create.txt and ssh-certificate-revoke.txt.
// Schemas are z.lazy, built on first use (coercions.ts says why).
import { z } from 'zod';
import { epochMillis, extensionFlags, flag, nonEmpty, nullableNumber, nullableText, optionalText, requiredText, stringList } from './coercions.js';

/** POST ssh/cert/create payload. validityValue goes out as a number, as in the page's sample. */
export const sshCertificateRequestSchema = z.lazy(() =>
  z
    .object({
      publicKey: nonEmpty,
      validityValue: z.number().finite().positive({ message: 'validityValue must be greater than zero (ERR-SSH_NB-269)' }),
      validityUnit: nonEmpty,
      certificateIdentity: nonEmpty,
      caName: nonEmpty,
      principals: z.array(nonEmpty),
      certType: z.enum(['User', 'Host']),
      validFrom: z.number().int().nonnegative().optional(),
      validTo: z.number().int().nonnegative().optional(),
    })
    .refine((r) => r.validFrom === undefined || r.validTo === undefined || r.validFrom < r.validTo, {
      message: 'validFrom must be before validTo (ERR-SSH_NB-266)',
      path: ['validFrom'],
    }),
);

export type SshCertificateRequest = z.input<typeof sshCertificateRequestSchema>;

/** The create answer's `response`; a certificate without serial number or content is a broken answer. */
export const sshCertificateSchema = z.lazy(() =>
  z.object({
    fingerPrint: optionalText,
    certType: optionalText,
    rawFPString: optionalText,
    signingCA: optionalText,
    keyId: optionalText,
    serialNumber: requiredText,
    rawCertType: optionalText,
    validFrom: epochMillis,
    validTo: epochMillis,
    validity: nullableNumber,
    validityUnit: nullableText,
    principals: stringList,
    extensions: extensionFlags,
    certContent: requiredText,
    caName: optionalText,
    certStatus: optionalText,
  }),
);

export type SshCertificate = z.output<typeof sshCertificateSchema>;

/** The revoke page allows at most 25 requests per call (ERR-SSH_NB-270). */
export const MAX_SSH_REVOKE_ITEMS = 25;

export const sshRevokeItemSchema = z.lazy(() =>
  z
    .object({
      caName: nonEmpty,
      groupName: nonEmpty,
      serialNumber: nonEmpty.optional(),
      certificate: nonEmpty.optional(),
      reason: z.string().optional(),
    })
    .refine((item) => item.serialNumber !== undefined || item.certificate !== undefined, {
      message: 'serialNumber is required if certificate is not provided',
      path: ['serialNumber'],
    }),
);

export type SshRevokeItem = z.input<typeof sshRevokeItemSchema>;

export const sshRevokeItemsSchema = z.lazy(() =>
  z
    .array(sshRevokeItemSchema)
    .min(1, { message: 'at least one SSH certificate to revoke is required' })
    .max(MAX_SSH_REVOKE_ITEMS, { message: `Max request size allowed is ${MAX_SSH_REVOKE_ITEMS} (ERR-SSH_NB-270)` }),
);

export const sshRevokeOutcomeSchema = z.lazy(() =>
  z.object({
    caIdentifier: nullableText,
    error: nullableText,
    certificate: nullableText,
    serialNumber: nullableText,
    revoked: flag,
  }),
);

export type SshRevokeOutcome = z.output<typeof sshRevokeOutcomeSchema>;

const outcomeList = z.lazy(() => z.preprocess((value) => value ?? [], z.array(sshRevokeOutcomeSchema)));

export const sshRevokeResultSchema = z.lazy(() =>
  z.object({
    revokedRequests: outcomeList,
    failedRequests: outcomeList,
  }),
);

export type SshRevokeResult = z.output<typeof sshRevokeResultSchema>;
