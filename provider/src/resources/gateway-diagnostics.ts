// Turns gateway failures into diagnostics a person can act on: the gateway's message, its
// appStatusCode and the documented remediation, on the attribute it concerns where there is one.
import type { AttributePath } from '../framework/diagnostics.js';
import type { Diagnostics } from '../framework/diagnostics.js';
import { GatewayError } from '../gateway/index.js';

export type AttributeByCode = Readonly<Record<string, AttributePath>>;

export function describeGatewayError(err: unknown): string {
  if (!(err instanceof GatewayError)) return err instanceof Error ? err.message : String(err);
  // The client's message already names the call, the credentials or endpoint (never a secret), and
  // usually the gateway's own text and codes; add whatever of those it does not carry.
  const parts = [err.message];
  if (err.gatewayMessage && !err.message.includes(err.gatewayMessage)) parts.push(`The gateway says: ${err.gatewayMessage}`);
  const codes = [err.status !== undefined && !err.message.includes(String(err.status)) ? `HTTP ${err.status}` : '', err.appStatusCode && !err.message.includes(err.appStatusCode) ? err.appStatusCode : ''].filter(Boolean);
  if (codes.length > 0) parts.push(`(${codes.join(', ')})`);
  if (err.remediation) parts.push(`Remediation: ${err.remediation}`);
  return parts.join('\n');
}

/** Adds an error for `err`; `where` puts it on the attribute an appStatusCode concerns. */
export function reportGatewayError(diags: Diagnostics, summary: string, err: unknown, where: AttributeByCode = {}, extra = ''): void {
  const code = err instanceof GatewayError ? err.appStatusCode : undefined;
  const path = code ? where[code] : undefined;
  const detail = [describeGatewayError(err), extra].filter(Boolean).join('\n\n');
  diags.error(summary, detail, path);
}

export const isGatewayCode = (err: unknown, appStatusCode: string): boolean => err instanceof GatewayError && err.appStatusCode === appStatusCode;
export const isNotFound = (err: unknown): boolean => isGatewayCode(err, 'NO_RECORDS_FOUND');
export const mayHaveBeenCarriedOut = (err: unknown): boolean => err instanceof GatewayError && err.mayHaveBeenCarriedOut;
