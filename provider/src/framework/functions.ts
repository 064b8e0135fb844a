// Provider-defined functions (terraform >= 1.8, tfplugin6 GetFunctions/CallFunction):
// `provider::appviewx::NAME(args)`. A function is pure: no configured client, no gateway. Its
// parameters and return type are declared; the framework checks arity, turns values into plain
// JS and back, and reports a bad argument as a FunctionError carrying the argument's index, which
// terraform shows as `Invalid value for "NAME" parameter` at the call site, at plan time.
import type { CtyType, Value } from './cty.js';
import { containsUnknown } from './cty.js';
import { fromModel, toPlain } from './model.js';

export interface FunctionParameter {
  readonly name: string;
  readonly type: CtyType;
  readonly description: string;
  /** Terraform refuses a null argument itself unless this is set. */
  readonly allowNull?: boolean;
}

/** A failure of one argument: its message says what is wrong and what is expected. */
export class ArgumentError extends Error {
  override readonly name = 'ArgumentError';
  constructor(
    readonly argument: number,
    message: string,
  ) {
    super(message);
  }
}

export interface FunctionDefinition<R> {
  readonly name: string;
  readonly summary: string;
  readonly description: string;
  readonly parameters: readonly FunctionParameter[];
  readonly returnType: CtyType;
  /** Arguments as plain JS, in parameter order; throw ArgumentError for a bad one. */
  call(args: readonly unknown[]): R;
}

export const defineFunction = <R>(d: FunctionDefinition<R>): FunctionDefinition<R> => d;

export interface FunctionDescription {
  readonly name: string;
  readonly summary: string;
  readonly description: string;
  readonly parameters: readonly FunctionParameter[];
  readonly returnType: CtyType;
}

export type CallOutcome = { readonly result: Value } | { readonly error: string; readonly argument?: number };

/** The framework side of GetFunctions and CallFunction. */
export class ProviderFunctions {
  private readonly defs = new Map<string, FunctionDefinition<unknown>>();
  readonly descriptions: Readonly<Record<string, FunctionDescription>>;

  constructor(definitions: readonly FunctionDefinition<unknown>[]) {
    const out: Record<string, FunctionDescription> = {};
    for (const d of definitions) {
      this.defs.set(d.name, d);
      out[d.name] = { name: d.name, summary: d.summary, description: d.description, parameters: d.parameters, returnType: d.returnType };
    }
    this.descriptions = out;
  }

  /** Parameter types of a function, for decoding its arguments; undefined for an unknown name. */
  parameterTypes(name: string): readonly CtyType[] | undefined {
    return this.defs.get(name)?.parameters.map((p) => p.type);
  }

  returnType(name: string): CtyType | undefined {
    return this.defs.get(name)?.returnType;
  }

  call(name: string, args: readonly Value[]): CallOutcome {
    const d = this.defs.get(name);
    if (!d) return { error: `This provider has no function "${name}".` };
    if (args.length !== d.parameters.length) {
      return { error: `${name} takes ${d.parameters.length} argument${d.parameters.length === 1 ? '' : 's'} (${d.parameters.map((p) => p.name).join(', ')}), got ${args.length}.` };
    }
    for (const [i, p] of d.parameters.entries()) {
      const v = args[i] ?? null;
      if (v === null && !p.allowNull) return { error: `${p.name} must not be null.`, argument: i };
      // Parameters do not allow unknown values, so terraform answers unknown without calling.
      if (containsUnknown(v)) return { error: `${p.name} is not known yet.`, argument: i };
    }
    try {
      return { result: fromModel(d.call(args.map((v) => toPlain(v)))) };
    } catch (err) {
      if (err instanceof ArgumentError) return { error: err.message, argument: err.argument };
      throw err;
    }
  }
}
