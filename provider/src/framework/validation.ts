// Config validation: per-attribute zod checks on known values, with attribute paths down to list
// indexes and nested names, then the definition's cross-attribute rules.
import type { ZodType } from 'zod';
import type { Attributes } from './attributes.js';
import { containsUnknown, isObjectValue, type ObjectValue, type Value } from './cty.js';
import type { Timeouts } from './definitions.js';
import { type AttributePath, Diagnostics, formatPath, type PathStep } from './diagnostics.js';
import { DURATION_HINT, parseDuration } from './duration.js';
import { toPlain } from './model.js';

export function validateAttributes(attributes: Attributes, config: ObjectValue, diags: Diagnostics, prefix: AttributePath = []): void {
  for (const [name, a] of Object.entries(attributes)) {
    const v: Value = config[name] ?? null;
    if (v === null || containsUnknown(v) && !a.nested) continue;
    const at: AttributePath = [...prefix, { attribute: name }];
    if (a.nested && isObjectValue(v)) validateAttributes(a.nested, v, diags, at);
    if (a.validate && !containsUnknown(v)) checkValue(a.validate, v, at, diags, a.sensitive === true || a.writeOnly === true);
  }
}

function checkValue(schema: ZodType, v: Value, at: AttributePath, diags: Diagnostics, secret: boolean): void {
  const result = schema.safeParse(toPlain(v));
  if (result.success) return;
  const issue = result.error.issues[0];
  if (!issue) return;
  const steps: PathStep[] = issue.path.map((p) => (typeof p === 'number' ? { index: p } : { attribute: String(p) }));
  const where = [...at, ...steps];
  const shown = secret ? '(sensitive value)' : JSON.stringify(toPlain(v));
  diags.error(`Invalid value for ${formatPath(where)}`, `${formatPath(where)} ${issue.message}. Got ${shown}.`, where);
}

export function validateTimeouts(timeouts: Timeouts | undefined, config: ObjectValue, diags: Diagnostics): void {
  const block = config['timeouts'] ?? null;
  if (!timeouts || !isObjectValue(block)) return;
  for (const op of Object.keys(timeouts)) {
    const v = block[op] ?? null;
    if (typeof v === 'string' && parseDuration(v) === undefined) {
      const at: AttributePath = [{ attribute: 'timeouts' }, { attribute: op }];
      diags.error(`Invalid value for timeouts.${op}`, `timeouts.${op} must be ${DURATION_HINT}. Got ${JSON.stringify(v)}.`, at);
    }
  }
}
