// What every endpoint module needs: one authenticated call, and zod at both boundaries.
import type { z } from 'zod';
import type { CallOptions } from '../config.js';
import { GatewayError } from '../errors.js';
import type { ExchangeSpec } from '../exchange.js';
import type { GatewayAnswer } from '../gateway-answer.js';

export interface EndpointContext {
  /** Runs one authenticated call within the caller's signal and deadline. */
  call(spec: ExchangeSpec, options: CallOptions): Promise<GatewayAnswer>;
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(request)'}: ${issue.message}`).join('; ');
}

/** Parses a request before anything is sent; a bad one is INVALID_REQUEST with the issues. */
export function validRequest<S extends z.ZodType>(schema: S, input: unknown, method: string, endpoint: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  return invalid(method, endpoint, parsed.error.issues);
}

function invalid(method: string, endpoint: string, issues: readonly z.core.$ZodIssue[]): never {
  throw new GatewayError({
    code: 'INVALID_REQUEST',
    message: `${method} ${endpoint} was not sent: ${describeIssues(issues)}`,
    method,
    endpoint,
    issues,
  });
}

/**
 * Parses a successful answer's payload. A broken one is INVALID_RESPONSE; after a non-idempotent
 * call the gateway did carry it out (it answered success), so the flag says so.
 */
export function validResponse<S extends z.ZodType>(schema: S, payload: unknown, spec: ExchangeSpec): z.output<S> {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  throw new GatewayError({
    code: 'INVALID_RESPONSE',
    message:
      `${spec.method} ${spec.endpoint}: the gateway answered success but the answer cannot be read: ${describeIssues(parsed.error.issues)}` +
      (spec.idempotent ? '' : `. The gateway has carried this out. ${spec.ambiguityHint ?? ''}`.trimEnd()),
    method: spec.method,
    endpoint: spec.endpoint,
    mayHaveBeenCarriedOut: !spec.idempotent,
    issues: parsed.error.issues,
    ...(spec.ambiguityHint && !spec.idempotent ? { remediation: spec.ambiguityHint } : {}),
  });
}
