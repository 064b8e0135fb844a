// What to do about each failure the vendor documents, in the vendor's own words. Every entry
// cites the page in shared/appviewx-api/ it comes from; the test walks this table entry by entry.

export interface RemediationEntry {
  readonly appStatusCode: string;
  readonly httpStatus: number;
  /** The vendor's message; a pattern where the gateway fills in a field name. */
  readonly message: string | RegExp;
  /** The vendor's remediation; `<<field name>>` is replaced by the field named in the message. */
  readonly remediation: string;
  readonly page: string;
}

const REISSUE = 'certificate-reissue-async.txt / session-id-and-reissue.txt';
const SSH_CREATE = 'ssh-certificate-create.txt';
const SSH_REVOKE = 'ssh-certificate-revoke.txt';

// ---- X.509 enrollment (certificate/create, downloads; issue 12) ----------------------------------
// The public clients (other-endpoints-from-public-clients.md §2-3, §6) document no codes of their
// own for these endpoints; the gateway reports a bad field the way the reissue page shows
// ("Mandatory field is missing or invalid - <field>."), so that pattern covers every field of the
// create and download bodies (certificateAuthority, commonName, csrContent, bitLength, password, ...).
// Listed after the reissue page's own entries, which keep their exact wording.
const X509_ENROLLMENT: readonly RemediationEntry[] = [
  {
    appStatusCode: 'MANDATORY_FIELD_MISSING',
    httpStatus: 400,
    message: /^Mandatory field is missing or invalid - (?<field>[^.]+)\.?$/i,
    remediation: 'Ensure that the <<field name>> field is available in the request payload.',
    page: `${REISSUE} (the pattern) / other-endpoints-from-public-clients.md §2-3 (the fields)`,
  },
];
// ---- end of X.509 enrollment ---------------------------------------------------------------------

export const REMEDIATIONS: readonly RemediationEntry[] = [
  {
    appStatusCode: 'AVX_GW_003',
    httpStatus: 401,
    message: 'Authentication failed, reason - Invalid Credentials',
    remediation: 'Ensure that valid username and password or a valid sessionId is provided as header parameters.',
    page: `${REISSUE} / ${SSH_CREATE} / ${SSH_REVOKE}`,
  },
  {
    appStatusCode: 'NO_RECORDS_FOUND',
    httpStatus: 404,
    message: 'No matching records found.',
    remediation: 'Check and ensure that the values provided for commonName / serialNumber / resourceId are correct.',
    page: REISSUE,
  },
  {
    appStatusCode: 'INVALID_REQUEST',
    httpStatus: 400,
    message: 'Please give valid common name and serial number or resourceId.',
    remediation: 'Provide a valid commonName and serialNumber or resourceId.',
    page: REISSUE,
  },
  {
    appStatusCode: 'INVALID_REQUEST',
    httpStatus: 400,
    message: 'Please provide a valid action.',
    remediation: 'Provide a valid action.',
    page: REISSUE,
  },
  {
    appStatusCode: 'MANDATORY_FIELD_MISSING',
    httpStatus: 400,
    message: 'Mandatory field is missing or invalid - action.',
    remediation: 'Ensure that the action field is available in the request payload.',
    page: REISSUE,
  },
  {
    appStatusCode: 'MANDATORY_FIELD_MISSING',
    httpStatus: 400,
    message: 'Mandatory field is missing or invalid - reason.',
    remediation: 'Ensure that the reason field is available in the request payload.',
    page: REISSUE,
  },
  {
    appStatusCode: 'OPEN_WORK_ORDERS_FOUND',
    httpStatus: 417,
    message: "Since requested certificate's work order is in progress, cannot initiate another action.",
    remediation: 'Trigger the request once the open workOrder for the certificate is completed.',
    page: REISSUE,
  },
  {
    appStatusCode: 'CERT-VWF-0006',
    httpStatus: 406,
    message: 'Life cycle action is unsupported by CA or another work order is in progress or certificate belongs to read group or is in Monitored status.',
    remediation: [
      'Ensure the following:',
      '- The CA supports the reissue action.',
      '- There is no workOrder in progress for the specified certificate.',
      '- Certificate does not belong to read only group.',
      '- Certificate is not in the monitored status.',
    ].join('\n'),
    page: REISSUE,
  },
  {
    appStatusCode: 'ERR-SSH_NB-268',
    httpStatus: 400,
    message: 'Valid certificate already exists for the given Key',
    remediation: 'Valid certificate is available for the given public key. Please make sure to use different public key',
    page: SSH_CREATE,
  },
  {
    appStatusCode: 'ERR-SSH_NB-267',
    httpStatus: 400,
    message: 'Selected CA is not in Active status',
    remediation: 'Please make sure to provide active CA name',
    page: SSH_CREATE,
  },
  {
    appStatusCode: 'ERR-SSH_NB-263',
    httpStatus: 400,
    message: 'Selected CA cannot sign requested Cert Type',
    remediation: 'Please provide proper CA name',
    page: SSH_CREATE,
  },
  {
    appStatusCode: 'ERR-SSH_NB-266',
    httpStatus: 400,
    message: 'Validity start cannot exceed validity end',
    // The page repeats "Possible remediation:" here; the text after it is the remediation.
    remediation: 'Make sure to provide start value less than end value',
    page: SSH_CREATE,
  },
  {
    appStatusCode: 'ERR-SSH_NB-269',
    httpStatus: 400,
    message: 'validityValue must be greater than zero',
    remediation: 'validityValue field should not be 0 or less than 0',
    page: SSH_CREATE,
  },
  {
    appStatusCode: 'ERR-SSH_NB-264',
    httpStatus: 400,
    message: 'Certificate validity cannot exceed CA validity',
    remediation: 'Make sure to give the certificate validity less than CA validity',
    page: SSH_CREATE,
  },
  {
    appStatusCode: 'ERR-SSH-NB-350',
    httpStatus: 404,
    message: 'No CA found with given name or ID',
    remediation: 'Please make sure to provide the available CA name',
    page: SSH_CREATE,
  },
  {
    appStatusCode: 'VALIDATION_ERROR_0004',
    httpStatus: 400,
    // "Mandatory field <<field name>> is missing or or empty" (sic: the page doubles "or").
    message: /^Mandatory field\s+(?<field>.+?)\s+is missing or(?: or)? empty/i,
    remediation: 'Check and ensure that valid value is provided for <<field name>> field in the request.',
    page: SSH_REVOKE,
  },
  {
    appStatusCode: 'ERR-SSH_NB-270',
    httpStatus: 400,
    message: 'Max request size exceeded::[Max request size allowed is 25]',
    remediation: 'Check and ensure that the number of requests specified in the payload is less than 25.',
    page: SSH_REVOKE,
  },
  {
    appStatusCode: 'ERR-SSH-NB-298',
    httpStatus: 417,
    message: 'One or more groups do not have permission to perform this action.',
    remediation: 'Check and ensure that the user has access to the specified key compliance group.',
    page: SSH_REVOKE,
  },
  ...X509_ENROLLMENT,
];

function normalise(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .toLowerCase();
}

function matches(entry: RemediationEntry, message: string): RegExpMatchArray | boolean {
  if (typeof entry.message === 'string') return normalise(entry.message) === normalise(message);
  return message.match(entry.message) ?? false;
}

function fillIn(entry: RemediationEntry, match: RegExpMatchArray | boolean): string {
  const field = typeof match === 'object' ? match.groups?.['field'] : undefined;
  return entry.remediation.replace('<<field name>>', field ?? 'the named');
}

/**
 * The vendor's remediation for an appStatusCode. Where one code has several messages
 * (INVALID_REQUEST, MANDATORY_FIELD_MISSING) the message picks the entry; an unknown message
 * gets every remediation documented for the code.
 */
export function remediationFor(appStatusCode: string | undefined, message: string | undefined): string | undefined {
  if (!appStatusCode) return undefined;
  const entries = REMEDIATIONS.filter((e) => e.appStatusCode === appStatusCode);
  if (entries.length === 0) return undefined;
  if (message) {
    for (const entry of entries) {
      const match = matches(entry, message);
      if (match) return fillIn(entry, match);
    }
  }
  return [...new Set(entries.map((e) => fillIn(e, false)))].join('\n');
}

/** Advice for answers that carry no documented appStatusCode (ours, not the vendor's). */
export function remediationForStatus(status: number): string | undefined {
  if (status === 401 || status === 407) return remediationFor('AVX_GW_003', undefined);
  if (status === 429) return 'The gateway asks clients to slow down: lower terraform -parallelism or try again later.';
  if (status === 502 || status === 503 || status === 504) return 'The gateway or a proxy in front of it is unavailable: try again later.';
  return undefined;
}

// --- Connection and TLS failures (ours, not the vendor's): each class gets its own advice. ---

export type ConnectionFailureClass = 'untrusted-ca' | 'host-name-mismatch' | 'expired-certificate' | 'connection-refused' | 'not-tls' | 'tls-other';

const CONNECTION_CLASS_BY_CODE: Readonly<Record<string, ConnectionFailureClass>> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'untrusted-ca',
  SELF_SIGNED_CERT_IN_CHAIN: 'untrusted-ca',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'untrusted-ca',
  UNABLE_TO_GET_ISSUER_CERT: 'untrusted-ca',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'untrusted-ca',
  CERT_UNTRUSTED: 'untrusted-ca',
  CERT_REJECTED: 'untrusted-ca',
  ERR_TLS_CERT_ALTNAME_INVALID: 'host-name-mismatch',
  HOSTNAME_MISMATCH: 'host-name-mismatch',
  CERT_HAS_EXPIRED: 'expired-certificate',
  CERT_NOT_YET_VALID: 'expired-certificate',
  ECONNREFUSED: 'connection-refused',
  ERR_SSL_WRONG_VERSION_NUMBER: 'not-tls',
  ERR_SSL_PACKET_LENGTH_TOO_LONG: 'not-tls',
  ERR_SSL_HTTP_REQUEST: 'not-tls',
  ERR_SSL_UNKNOWN_PROTOCOL: 'not-tls',
};

/** The class of a connection failure by its Node/OpenSSL error code; undefined when it has none of ours. */
export function connectionFailureClass(code: string): ConnectionFailureClass | undefined {
  return CONNECTION_CLASS_BY_CODE[code];
}

/** What to do about each class; `origin` is the gateway's scheme://host:port. */
export function connectionRemediation(kind: ConnectionFailureClass, origin: string): string {
  switch (kind) {
    case 'untrusted-ca':
      return 'The gateway\'s certificate is not issued by a CA this machine trusts. If the gateway uses a private or self-signed certificate, set ca_certificate (APPVIEWX_CA_CERTIFICATE) to the PEM of the CA that issued it (or insecure = true, for test installs only).';
    case 'host-name-mismatch':
      return `The gateway's certificate is valid, but not for the host name in url (${origin}). Use the host name the certificate names (its subject alternative names, shown above) in url; ca_certificate does not help here.`;
    case 'expired-certificate':
      return 'The gateway\'s certificate is outside its validity period (expired, or not valid yet). Renew the certificate on the gateway; if it should be valid, check the clock of this machine. ca_certificate does not help here.';
    case 'connection-refused':
      return `Nothing accepts connections at ${origin}: check the port in url (AppViewX gateways often listen on 31443) and that the gateway is running and reachable from here.`;
    case 'not-tls':
      return `The port in url (${origin}) does not speak TLS: url says https:// but the server answered in plain HTTP (or another protocol). Use the gateway's HTTPS port, or http:// for a plain-HTTP gateway such as a local simulator.`;
    case 'tls-other':
      return 'The TLS handshake with the gateway failed. Check that url points at the AppViewX gateway\'s HTTPS port; if the gateway uses a private CA, set ca_certificate.';
  }
}
