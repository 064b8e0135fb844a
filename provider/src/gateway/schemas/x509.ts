// X.509 enrollment and downloads, from the public clients of the API
// (shared/appviewx-api/other-endpoints-from-public-clients.md §2 create, §3 downloads, §4 request logs).
// Schemas are z.lazy, built on first use (coercions.ts says why).
import { z } from 'zod';
import { nonEmpty, nullableNumber, nullableText, requiredText } from './coercions.js';

const stringMap = z.lazy(() => z.record(z.string(), z.string()));

export const KEY_TYPES = ['RSA', 'EC'] as const;
/** RSA modulus sizes and EC curve sizes AppViewX offers for keys it generates. */
export const BIT_LENGTHS: Readonly<Record<(typeof KEY_TYPES)[number], readonly number[]>> = { RSA: [2048, 3072, 4096], EC: [256, 384, 521] };
export const VALIDITY_UNITS = ['days', 'months', 'years'] as const;

/** §2: the request, in this client's terms; the endpoint module builds the wire body from it. */
export const certificateCreateRequestSchema = z.lazy(() =>
  z
    .object({
      certificateAuthority: nonEmpty,
      caSettingName: z.string().default(''),
      certificateType: z.string().default(''),
      certificateGroup: z.string().default(''),
      validity: z.object({ value: z.number().int().positive(), unit: z.enum(VALIDITY_UNITS) }).optional(),
      customAttributes: stringMap.optional(),
      vendorSpecificDetails: stringMap.optional(),
      /** The CSR-upload variant: the key never leaves the requester. */
      csrPem: z.string().includes('-----BEGIN CERTIFICATE REQUEST-----', { message: 'must be a PEM certificate signing request' }).optional(),
      /** The AppViewX-generated-key variant (`csrParameters`). */
      subject: z
        .object({
          commonName: nonEmpty,
          dnsNames: z.array(nonEmpty).default([]),
          ipAddresses: z.array(nonEmpty).default([]),
          keyType: z.enum(KEY_TYPES),
          bitLength: z.number().int(),
          hashFunction: nonEmpty,
        })
        .refine((s) => BIT_LENGTHS[s.keyType].includes(s.bitLength), { message: 'bitLength is not offered for this keyType', path: ['bitLength'] })
        .optional(),
    })
    .refine((r) => (r.csrPem === undefined) !== (r.subject === undefined), { message: 'give csrPem or subject, not both', path: ['csrPem'] }),
);

export type CertificateCreateRequest = z.input<typeof certificateCreateRequestSchema>;

/** §2 response: all strings in the official client; `certificateContent` is base64 of the PEM (sync only). */
export const certificateCreateResultSchema = z.lazy(() =>
  z.object({
    resourceId: requiredText,
    requestId: nullableText,
    certificateContent: nullableText,
  }),
);

export type CertificateCreateResult = z.output<typeof certificateCreateResultSchema>;

/** §3a body: either resourceId (others "") or commonName + serialNumber, as the official client sends it. */
export const certificateDownloadRequestSchema = z.lazy(() =>
  z.object({
    resourceId: nonEmpty,
    format: z.enum(['PEM', 'CRT', 'CER', 'DER']),
    isChainRequired: z.boolean(),
  }),
);

export type CertificateDownloadRequest = z.input<typeof certificateDownloadRequestSchema>;

/** §3b: GET certificate/download/content. */
export const certificateContentRequestSchema = z.lazy(() => z.object({ resourceId: nonEmpty, isChainRequired: z.boolean() }));
export const certificateContentSchema = z.lazy(() =>
  z.object({
    certificateContents: requiredText,
    commonName: nullableText,
    serialNumber: nullableText,
    format: nullableText,
  }),
);

export type CertificateContent = z.output<typeof certificateContentSchema>;

/** §3c: the key is downloaded by the certificate's uuid, encrypted with the given password. */
export const privateKeyDownloadRequestSchema = z.lazy(() => z.object({ uuId: nonEmpty, password: z.string().min(1) }));
export const privateKeyDownloadResultSchema = z.lazy(() =>
  z.object({
    privateKeyPemEncoded: nullableText,
    status: nullableText,
  }),
);

/** §4: 0 in progress, 1 success, 2/3/8/9/10/11 failed; anything else counts as still running. */
export const FAILED_REQUEST_STATUS_CODES: ReadonlySet<number> = new Set([2, 3, 8, 9, 10, 11]);

const requestLogSchema = z.lazy(() =>
  z.object({
    requestId: nullableText,
    statusCode: nullableNumber,
    status: nullableText,
    workflowName: nullableText,
    message: nullableText,
  }),
);

export type RequestLog = z.output<typeof requestLogSchema>;

export const requestLogsSchema = z.lazy(() =>
  z.object({
    requestList: z.preprocess((v) => v ?? [], z.array(requestLogSchema)),
  }),
);
