// The planning engine, in terraform-plugin-framework's order: write-only values dropped →
// defaults → computed values unknown (or kept from state) → requires-replace → the resource's own
// hook → replace paths sorted. Only computed attributes are ever changed from the config, which is
// what keeps "Provider produced invalid plan" impossible for correct resource code.
import { type Attribute, type Attributes, isComputed } from './attributes.js';
import { isObjectValue, isUnknown, type ObjectValue, unknown, type Value, valuesEqual } from './cty.js';
import type { PlanModel, ResourceDefinition } from './definitions.js';
import { Diagnostics, type PathStep } from './diagnostics.js';
import { fromModel, toModel } from './model.js';

export interface PlanInput {
  readonly prior: Value;
  readonly proposed: Value;
  readonly config: Value;
  readonly writeOnlyAllowed: boolean;
  readonly now: number;
}

export interface PlanOutput {
  readonly planned: Value;
  readonly requiresReplace: PathStep[][];
  readonly diagnostics: Diagnostics;
}

/** Write-only values never reach plan or state (older terraform cannot drop them: keep them there). */
export function dropWriteOnly(attributes: Attributes, v: ObjectValue): ObjectValue {
  const out: Record<string, Value> = { ...v };
  for (const [name, a] of Object.entries(attributes)) {
    const x = out[name] ?? null;
    if (a.writeOnly) out[name] = null;
    else if (a.nested && isObjectValue(x)) out[name] = dropWriteOnly(a.nested, x);
  }
  return out;
}

function planAttribute(a: Attribute<unknown>, proposed: Value, config: Value, prior: Value | undefined): Value {
  if (config === null && a.default !== undefined) return a.default;
  if (isComputed(a) && config === null) {
    if (prior === undefined) return unknown;
    return a.useStateForUnknown === false ? unknown : prior;
  }
  return proposed;
}

export function planResource(def: ResourceDefinition<Attributes, unknown>, input: PlanInput): PlanOutput {
  const diagnostics = new Diagnostics();
  // Destroy (tfplugin6 ServerCapabilities.plan_destroy): a destroy plan stays null.
  if (input.proposed === null) return { planned: null, requiresReplace: [], diagnostics };

  const proposed = input.proposed as ObjectValue;
  const config = isObjectValue(input.config) ? input.config : {};
  const prior = isObjectValue(input.prior) ? input.prior : null;
  let planned: Record<string, Value> = { ...proposed };

  for (const [name, a] of Object.entries(def.attributes)) {
    planned[name] = planAttribute(a, proposed[name] ?? null, config[name] ?? null, prior ? (prior[name] ?? null) : undefined);
  }
  if (input.writeOnlyAllowed) planned = { ...dropWriteOnly(def.attributes, planned) };

  const replace = new Set<string>();
  if (prior) {
    for (const [name, a] of Object.entries(def.attributes)) {
      const rule = a.requiresReplace;
      if (!rule) continue;
      const before = prior[name] ?? null;
      const after = planned[name] ?? null;
      const changed = isUnknown(after) || !valuesEqual(before, after);
      if (changed && (rule === true || (typeof rule === 'function' && rule(before, after)))) replace.add(name);
    }
  }

  if (def.plan) {
    const model = toModel<PlanModel<Attributes>>(planned, true);
    def.plan({
      prior: prior ? toModel(prior) : null,
      config: toModel(config, true),
      planned: model,
      diagnostics,
      requireReplace: (attribute) => replace.add(attribute),
      now: input.now,
    });
    // The hook may only change computed attributes; configured ones stay as terraform proposed.
    for (const [name, a] of Object.entries(def.attributes)) {
      if (isComputed(a)) planned[name] = fromModel(model[name]);
    }
  }

  // A replacement creates a new object: its computed values are not known yet.
  if (replace.size > 0) {
    for (const [name, a] of Object.entries(def.attributes)) {
      if (isComputed(a) && (config[name] ?? null) === null) planned[name] = unknown;
    }
  }
  const requiresReplace = [...replace].sort().map((name) => [{ attribute: name }]);
  return { planned, requiresReplace, diagnostics };
}

/**
 * The new state after create/update/read: configured values exactly as planned, computed values that
 * were unknown taken from the resource's result (null when it gave none). On read, any value the
 * resource reports replaces the stored one (drift).
 */
export function mergeResult(attributes: Attributes, planned: ObjectValue, result: Record<string, unknown>, fromRead = false): ObjectValue {
  const out: Record<string, Value> = { ...planned };
  for (const [name, a] of Object.entries(attributes)) {
    const current = planned[name] ?? null;
    if (fromRead ? name in result : isUnknown(current) && name in result) out[name] = fromModel(result[name]);
    if (isUnknown(out[name] ?? null)) out[name] = null;
  }
  // Write-only values are already null in a plan from terraform >= 1.11; older terraform keeps them.
  return out;
}
