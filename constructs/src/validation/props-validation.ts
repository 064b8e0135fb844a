// Construct-time validation of props with zod. Values that are unresolved tokens (another
// resource's output, a variable) are unknown until apply, so they pass here and are left to the
// provider, which checks them again at plan/apply time.
import { Token } from 'cdktf';
import type { IConstruct } from 'constructs';
import { z } from 'zod';

/** One rule a prop broke: the dotted property path (as the user wrote it) and what to do. */
export interface PropProblem {
  readonly property: string;
  readonly message: string;
}

/** Thrown from a construct's constructor when its props break a rule the provider would reject. */
export class InvalidPropsError extends Error {
  override readonly name = 'InvalidPropsError';

  constructor(
    readonly constructPath: string,
    readonly constructName: string,
    readonly problems: readonly PropProblem[],
  ) {
    super(formatProblems(constructPath, constructName, problems));
  }
}

function formatProblems(path: string, constructName: string, problems: readonly PropProblem[]): string {
  const lines = problems.map((p) => `  - ${path}: ${p.property} ${p.message}`);
  return `${constructName} "${path}" has invalid props:\n${lines.join('\n')}`;
}

/** True for values only terraform will know: tokens and lists/maps of tokens. */
export const isToken = (value: unknown): boolean => value !== undefined && value !== null && Token.isUnresolved(value);

/**
 * `schema`, except that an unresolved token passes unchecked. The declared output type stays
 * `unknown` on purpose: props are typed by their TypeScript interfaces, zod only checks them.
 */
export function orToken(schema: z.ZodType): z.ZodType {
  return z.unknown().superRefine((value, ctx) => forwardIssues(schema, value, ctx));
}

/** A required prop: missing says `advice`; a token passes; anything else must satisfy `schema`. */
export function required(schema: z.ZodType, advice: string): z.ZodType {
  return z.unknown().superRefine((value, ctx) => {
    if (value === undefined || value === null) ctx.addIssue({ code: 'custom', message: `is missing: ${advice}` });
    else forwardIssues(schema, value, ctx);
  });
}

/** An optional prop: absent is fine, a token is fine, anything else must satisfy `schema`. */
export function optional(schema: z.ZodType): z.ZodType {
  return z
    .unknown()
    .superRefine((value, ctx) => {
      if (value !== undefined) forwardIssues(schema, value, ctx);
    })
    .optional();
}

function forwardIssues(schema: z.ZodType, value: unknown, ctx: z.RefinementCtx): void {
  if (isToken(value)) return;
  const result = schema.safeParse(value);
  if (result.success) return;
  for (const issue of result.error.issues) {
    ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  }
}

/** Whether an optional prop was given at all (a token counts as given). */
export const isSet = (value: unknown): boolean => value !== undefined && value !== null;

/**
 * Checks `props` against `schema`; throws InvalidPropsError naming `scope`'s path, each
 * property and what to do. Values of `secretProperties` are never quoted.
 */
export function validateProps(
  scope: IConstruct,
  constructName: string,
  schema: z.ZodType,
  props: unknown,
  secretProperties: readonly string[] = [],
): void {
  const result = schema.safeParse(props);
  if (result.success) return;
  const problems = result.error.issues.map((issue) => {
    const property = issue.path.map(String).join('.');
    const shown = secretProperties.includes(property) ? '' : quoteValue(valueAt(props, issue.path));
    return { property: property || '(props)', message: shown ? `${issue.message} (got ${shown})` : issue.message };
  });
  throw new InvalidPropsError(scope.node.path, constructName, dedupe(problems));
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function quoteValue(value: unknown): string {
  if (value === undefined) return '';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function dedupe(problems: readonly PropProblem[]): PropProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.property}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
