// X.509 certificates: certificate-reissue-async.txt / session-id-and-reissue.txt (reissue),
// certificate-revoke-sync.txt (revoke) and the README's certificate search.
// Schemas are z.lazy, built on first use (coercions.ts says why).
import { z } from 'zod';
import { nonEmpty, nullableEpochMillis, nullableText, requiredText, stringList } from './coercions.js';

/**
 * The pages disagree on how a certificate is named: the older reissue page wants resourceId, or
 * commonName + serialNumber; the newer one commonName plus resourceId or serialNumber. Both
 * forms are accepted (README: "support both forms"): resourceId, or commonName + serialNumber.
 */
const identifiesCertificate = (r: { resourceId?: string | undefined; commonName?: string | undefined; serialNumber?: string | undefined }): boolean =>
  r.resourceId !== undefined || (r.commonName !== undefined && r.serialNumber !== undefined);
const identityIssue = { message: 'give resourceId, or commonName and serialNumber', path: ['resourceId'] };

/** Table 4 of the reissue page: download formats, and which need a password. */
export const CERTIFICATE_FORMATS = ['CRT', 'CERT', 'CER', 'PEM', 'DER', 'DERCER', 'P7B', 'P7C', 'PK8', 'PK12', 'PFX', 'JKS'] as const;
export const FORMATS_NEEDING_PASSWORD: ReadonlySet<string> = new Set(['PK12', 'PFX', 'JKS']);
/** Table 5 of the reissue page. */
export const CSR_CATEGORIES = ['Server', 'Client', 'Code Signing'] as const;

const certificateFormatSchema = z.lazy(() =>
  z
    .object({
      format: z
        .string()
        .trim()
        .refine((f) => (CERTIFICATE_FORMATS as readonly string[]).includes(f.toUpperCase()), {
          message: `format must be one of ${CERTIFICATE_FORMATS.join(', ')}`,
        }),
      password: z.string().min(1).optional(),
    })
    .refine((f) => !FORMATS_NEEDING_PASSWORD.has(f.format.toUpperCase()) || f.password !== undefined, {
      message: 'a password is required for the PK12, PFX and JKS formats',
      path: ['password'],
    }),
);

export const reissueRequestSchema = z.lazy(() =>
  z
    .object({
      resourceId: nonEmpty.optional(),
      commonName: nonEmpty.optional(),
      serialNumber: nonEmpty.optional(),
      reason: nonEmpty,
      certificateFormat: certificateFormatSchema.optional(),
      uploadCSRDetails: z
        .object({
          category: z.string().refine((c) => (CSR_CATEGORIES as readonly string[]).includes(c), {
            message: `category must be one of ${CSR_CATEGORIES.join(', ')}`,
          }),
          csrContent: nonEmpty,
        })
        .optional(),
    })
    .refine(identifiesCertificate, identityIssue),
);

export type ReissueRequest = z.input<typeof reissueRequestSchema>;

/** The reissue answer's `response` (202 Accepted). */
export const reissueResultSchema = z.lazy(() =>
  z.object({
    resourceId: requiredText,
    requestId: requiredText,
    message: nullableText,
  }),
);

export type ReissueResult = z.output<typeof reissueResultSchema>;

export const certificateRevokeRequestSchema = z.lazy(() =>
  z
    .object({
      resourceId: nonEmpty.optional(),
      commonName: nonEmpty.optional(),
      serialNumber: nonEmpty.optional(),
      reason: nonEmpty,
      comments: z.string().optional(),
    })
    .refine(identifiesCertificate, identityIssue),
);

export type CertificateRevokeRequest = z.input<typeof certificateRevokeRequestSchema>;

/** Query parameters of certificate/revoke: isSync a boolean, ttl "must be a positive integer". */
export const certificateRevokeQuerySchema = z.lazy(() =>
  z.object({
    isSync: z.boolean(),
    ttl: z.number().int().positive(),
  }),
);

export const certificateRevokeResultSchema = z.lazy(() =>
  z.object({
    resourceId: nullableText,
    requestId: nullableText,
    certStatus: nullableText,
    message: nullableText,
  }),
);

export type CertificateRevokeResult = z.output<typeof certificateRevokeResultSchema>;

export const searchInputSchema = z.lazy(() =>
  z.union([
    z.strictObject({ resourceId: nonEmpty }),
    z.strictObject({ commonName: nonEmpty, serialNumber: nonEmpty.optional() }),
  ]),
);

export type CertificateSearchInput = { resourceId: string } | { commonName: string; serialNumber?: string };

export const certificateRecordSchema = z.lazy(() =>
  z.object({
    resourceId: requiredText,
    commonName: nullableText,
    serialNumber: nullableText,
    issuerCommonName: nullableText,
    status: nullableText,
    validFrom: nullableEpochMillis,
    validTo: nullableEpochMillis,
    certificateAuthority: nullableText,
    group: nullableText,
    category: nullableText,
    requestIds: stringList,
    /** What certificate/privatekey/download wants (other-endpoints-from-public-clients.md §3c). */
    uuid: nullableText.optional(),
  }),
);

export type CertificateRecord = z.output<typeof certificateRecordSchema>;

const searchPage = z.lazy(() =>
  z.object({
    objects: z.preprocess((value) => value ?? [], z.array(certificateRecordSchema)),
    totalRecords: z.coerce.number().optional(),
  }),
);

/** Search results are nested twice (`response.response.objects`); a single level is tolerated too. */
export const searchResultSchema = z.lazy(() =>
  z.preprocess((payload) => {
    if (payload !== null && typeof payload === 'object' && 'response' in payload) return (payload as { response: unknown }).response ?? {};
    return payload ?? {};
  }, searchPage),
);
