// POST /avxapi/ssh/cert/create (ssh-certificate-create.txt).
import type { CallOptions } from '../config.js';
import type { ExchangeSpec } from '../exchange.js';
import { sshCertificateRequestSchema, sshCertificateSchema } from '../schemas/ssh.js';
import type { SshCertificate, SshCertificateRequest } from '../schemas/ssh.js';
import { validRequest, validResponse } from './endpoint-context.js';
import type { EndpointContext } from './endpoint-context.js';

export const SSH_CERT_CREATE = 'ssh/cert/create';

export async function createSshCertificate(ctx: EndpointContext, request: SshCertificateRequest, options: CallOptions = {}): Promise<SshCertificate> {
  const body = validRequest(sshCertificateRequestSchema, request, 'POST', SSH_CERT_CREATE);
  const spec: ExchangeSpec = {
    method: 'POST',
    endpoint: SSH_CERT_CREATE,
    body: JSON.stringify(body),
    idempotent: false,
    ambiguityHint:
      `Look in AppViewX for an SSH certificate with identity "${body.certificateIdentity}" signed by CA "${body.caName}" before trying again ` +
      '(creating it again for the same public key fails with ERR-SSH_NB-268 if the first attempt succeeded).',
    // The gateway signs at most one valid certificate per key: after an ambiguous attempt a repeat
    // either signs (the first did not) or is refused with ERR-SSH_NB-268 (the first did).
    repeatProvesWith: 'ERR-SSH_NB-268',
  };
  const answer = await ctx.call(spec, options);
  return validResponse(sshCertificateSchema, answer.envelope?.response, spec);
}
