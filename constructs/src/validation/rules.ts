// Rules shared by several constructs, built on the provider's own validators
// (provider/src/resources/validators.ts, provider/src/framework/duration.ts): a rule changes in
// one place, and a mistake fails at synth with the construct path instead of at plan. Constructs
// add advice to the provider's message; the provider stays the authority.
import { z } from 'zod';
import { DURATION_HINT, parseDuration } from '../../../provider/src/framework/duration.js';
import * as provider from '../../../provider/src/resources/validators.js';

const TYPE_NAMES: Record<string, string> = { string: 'a string', number: 'a number', boolean: 'true or false', array: 'a list' };

/**
 * `schema`'s issues with `: advice` appended (a function of the issue's path for advice that
 * depends on it, e.g. a list element). A value of the wrong type says what type it must be.
 */
export function withAdvice(schema: z.ZodType, advice: string | ((path: readonly PropertyKey[]) => string) = ''): z.ZodType {
  return z.unknown().superRefine((value, ctx) => {
    const result = schema.safeParse(value);
    if (result.success) return;
    for (const issue of result.error.issues) {
      const text = typeof advice === 'function' ? advice(issue.path) : advice;
      // zod reports `.int()` as invalid_type "int" too: that keeps the validator's own message.
      const typeName = issue.code === 'invalid_type' ? TYPE_NAMES[issue.expected] : undefined;
      const message = typeName ? `must be ${typeName}` : issue.message;
      ctx.addIssue({ code: 'custom', path: issue.path, message: text ? `${message}: ${text}` : message });
    }
  });
}

export const nonEmpty = (advice: string) => withAdvice(provider.nonEmpty, advice);

/** An enum's type, its validator and its message come from one list (the provider's oneOf). */
export function oneOf<const T extends string>(values: readonly T[], advice = '') {
  const rule = provider.oneOf(values);
  return { values, schema: withAdvice(rule.validate, advice), list: values.map((v) => `"${v}"`).join(', ') };
}

export const DURATION_EXAMPLES = DURATION_HINT.replace(/^a duration such as /, '');
export const duration = z.string().refine((s) => parseDuration(s) !== undefined, { message: `must be ${DURATION_HINT}` });

export const rfc3339 = provider.rfc3339;

export const positiveWholeNumber = (advice: string) => withAdvice(provider.positiveWholeNumber, advice);

export const bool = (property: string) => z.boolean({ error: `must be true or false; remove ${property} for the default` });

export const httpUrl = provider.httpUrl;

/** A duration longer than zero, as the provider's request_timeout wants it. */
export const positiveDuration = provider.positiveDuration;
