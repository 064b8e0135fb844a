// POST /avxapi/ssh/cert/revoke (ssh-certificate-revoke.txt): a JSON array of at most 25 requests;
// the answer lists each one as revoked or failed.
import type { CallOptions } from '../config.js';
import type { ExchangeSpec } from '../exchange.js';
import { sshRevokeItemsSchema, sshRevokeResultSchema } from '../schemas/ssh.js';
import type { SshRevokeItem, SshRevokeOutcome, SshRevokeResult } from '../schemas/ssh.js';
import { validRequest, validResponse } from './endpoint-context.js';
import type { EndpointContext } from './endpoint-context.js';

export const SSH_CERT_REVOKE = 'ssh/cert/revoke';

export async function revokeSshCertificates(ctx: EndpointContext, items: SshRevokeItem[], options: CallOptions = {}): Promise<SshRevokeResult> {
  const body = validRequest(sshRevokeItemsSchema, items, 'POST', SSH_CERT_REVOKE);
  const spec: ExchangeSpec = {
    method: 'POST',
    endpoint: SSH_CERT_REVOKE,
    body: JSON.stringify(body),
    idempotent: false,
    ambiguityHint:
      'Check the status of these SSH certificates in AppViewX; revoking them again is harmless ' +
      '(an already revoked certificate comes back as a failed request saying so).',
  };
  const answer = await ctx.call(spec, options);
  return validResponse(sshRevokeResultSchema, answer.envelope?.response, spec);
}

const ALREADY_GONE = [/already revoked/i, /certificate not found/i, /not found with/i, /unknown certificate/i, /no (such )?certificate/i];
/** "No CA found with given name or Id" means the request was wrong, not that the certificate is gone. */
const WRONG_CA = /no ca found/i;

/**
 * A failed revoke request whose certificate is already revoked or unknown to the gateway:
 * for a destroy, the goal is reached.
 */
export function isAlreadyGone(outcome: SshRevokeOutcome): boolean {
  if (outcome.revoked || !outcome.error || WRONG_CA.test(outcome.error)) return false;
  return ALREADY_GONE.some((pattern) => pattern.test(outcome.error ?? ''));
}
