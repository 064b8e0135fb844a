// Attribute declarations: a resource lists its attributes once, and the framework derives the
// tfplugin6 schema, config validation and planning rules from them (terraform-plugin-framework style).
import type { ZodType } from 'zod';
import type { CtyType, Value } from './cty.js';

export type Mode = 'required' | 'optional' | 'computed' | 'optional-computed';

/** Decides whether a change of this attribute replaces the resource; `true` means any change does. */
export type RequiresReplace = boolean | ((prior: Value, planned: Value) => boolean);

export interface AttributeOptions {
  readonly description: string;
  readonly sensitive?: boolean;
  /** Never stored in plan or state (tfplugin6 Schema.Attribute.write_only; terraform >= 1.11). */
  readonly writeOnly?: boolean;
  readonly requiresReplace?: RequiresReplace;
  /** Planned when the configuration leaves the attribute null. */
  readonly default?: Value;
  /** Checked on known values at validate time; the first issue becomes a diagnostic on this attribute. */
  readonly validate?: ZodType;
  /** For computed attributes: keep the prior state's value in plans (default true). */
  readonly useStateForUnknown?: boolean;
  readonly deprecated?: boolean;
}

export interface Attribute<T> extends AttributeOptions {
  readonly mode: Mode;
  readonly type: CtyType;
  /** Nested attributes of a single nested object (tfplugin6 Schema.Object, nesting SINGLE). */
  readonly nested?: Attributes;
  /** Phantom: the model type of this attribute. */
  readonly __model?: T;
}

export type Attributes = { readonly [name: string]: Attribute<unknown> };

type Model<A extends Attributes> = { -readonly [K in keyof A]: A[K] extends Attribute<infer T> ? T | null : never };
export type ModelOf<A extends Attributes> = Model<A>;

type Opts<M extends Mode> = AttributeOptions & { readonly mode: M };

function attribute<T>(type: CtyType, opts: Opts<Mode>): Attribute<T> {
  return { ...opts, type };
}

export const string = (opts: Opts<Mode>): Attribute<string> => attribute<string>('string', opts);
export const number = (opts: Opts<Mode>): Attribute<number> => attribute<number>('number', opts);
export const bool = (opts: Opts<Mode>): Attribute<boolean> => attribute<boolean>('bool', opts);
export const stringList = (opts: Opts<Mode>): Attribute<string[]> => attribute<string[]>(['list', 'string'], opts);
export const stringMap = (opts: Opts<Mode>): Attribute<Record<string, string>> => attribute<Record<string, string>>(['map', 'string'], opts);
export const boolMap = (opts: Opts<Mode>): Attribute<Record<string, boolean>> => attribute<Record<string, boolean>>(['map', 'bool'], opts);

/** A single nested object attribute, e.g. `certificate_format = { format = "PFX" }`. */
export function object<A extends Attributes>(attributes: A, opts: Opts<Mode>): Attribute<Model<A>> {
  return { ...opts, type: objectType(attributes), nested: attributes };
}

export function objectType(attributes: Attributes): CtyType {
  const types: Record<string, CtyType> = {};
  for (const [name, a] of Object.entries(attributes)) types[name] = a.type;
  return ['object', types];
}

export const isComputed = (a: Attribute<unknown>): boolean => a.mode === 'computed' || a.mode === 'optional-computed';
export const isConfigurable = (a: Attribute<unknown>): boolean => a.mode !== 'computed';
