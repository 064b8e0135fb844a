// What a provider, a resource and a data source declare. Resources never see protobuf or msgpack:
// they get typed models (unknown values as null, or as `Unknown` where planning needs to know).
import type { Logger } from '../logging.js';
import type { Attributes, ModelOf } from './attributes.js';
import type { Unknown } from './cty.js';
import type { Diagnostics } from './diagnostics.js';
import type { EphemeralResourceDefinition } from './ephemeral.js';
import type { FunctionDefinition } from './functions.js';

/** A model during validation and planning: any configured value may still be unknown. */
export type PlanModel<A extends Attributes> = { -readonly [K in keyof ModelOf<A>]: ModelOf<A>[K] | Unknown };

export interface CallContext<P> {
  readonly client: P;
  /** Aborted by StopProvider (Ctrl-C) or when the operation's timeout passes. */
  readonly signal: AbortSignal;
  /** Epoch ms by which the operation must finish (the `timeouts` block, or the default). */
  readonly deadline: number;
  readonly diagnostics: Diagnostics;
  readonly log: Logger;
}

export interface PlanContext<A extends Attributes> {
  /** Null on create. */
  readonly prior: ModelOf<A> | null;
  readonly config: PlanModel<A>;
  /** Mutable: the hook may set values (e.g. mark a computed value unknown). */
  readonly planned: PlanModel<A>;
  readonly diagnostics: Diagnostics;
  /** Mark the resource for replacement because of this attribute. */
  requireReplace(attribute: keyof A & string): void;
  readonly now: number;
}

export interface Timeouts {
  readonly create?: string;
  readonly read?: string;
  readonly delete?: string;
}

export interface ResourceDefinition<A extends Attributes, P> {
  readonly typeName: string;
  readonly description: string;
  readonly version?: number;
  readonly attributes: A;
  /** Default timeouts; listing an operation adds it to the resource's `timeouts` block. */
  readonly timeouts: Timeouts;
  /** Rules across attributes, checked at validate time; skip a rule when a value it needs is unknown. */
  validate?(config: PlanModel<A>, diagnostics: Diagnostics): void;
  plan?(ctx: PlanContext<A>): void;
  /** Returns the computed values of the new object; on error return what exists (it stays in state). */
  create(ctx: CallContext<P> & { readonly plan: ModelOf<A> }): Promise<Partial<ModelOf<A>> | undefined>;
  /** Returns changed values, or null when the object is gone (terraform drops it from state). */
  read(ctx: CallContext<P> & { readonly state: ModelOf<A> }): Promise<Partial<ModelOf<A>> | null>;
  /** In-place changes; when absent, planned values are accepted as they are (state-only settings). */
  update?(ctx: CallContext<P> & { readonly prior: ModelOf<A>; readonly plan: ModelOf<A> }): Promise<Partial<ModelOf<A>> | undefined>;
  /** An error diagnostic keeps the object in state. */
  delete(ctx: CallContext<P> & { readonly state: ModelOf<A> }): Promise<void>;
  /** Values for `terraform import` of this id; terraform reads the resource right after. */
  importState?(id: string, diagnostics: Diagnostics): Partial<ModelOf<A>> | undefined;
}

export interface DataSourceDefinition<A extends Attributes, P> {
  readonly typeName: string;
  readonly description: string;
  readonly attributes: A;
  validate?(config: PlanModel<A>, diagnostics: Diagnostics): void;
  read(ctx: CallContext<P> & { readonly config: ModelOf<A> }): Promise<Partial<ModelOf<A>> | undefined>;
}

export interface ProviderDefinition<A extends Attributes, P> {
  readonly description: string;
  readonly attributes: A;
  /** Config-only checks at validate time (values may be unknown). */
  validate?(config: PlanModel<A>, diagnostics: Diagnostics): void;
  /** Resolves the configuration (env fallbacks, defaults) into the client resources use. */
  configure(config: ModelOf<A>, diagnostics: Diagnostics, log: Logger): Promise<P | undefined>;
  /** The process is stopping (SIGTERM, SIGINT, SIGHUP): start no new change; resolve when the work already sent is done. */
  shutdown?(client: P, reason: string): Promise<void>;
  // `any` attributes: each definition is checked where it is written; here they are only listed.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly resources: readonly ResourceDefinition<any, P>[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly dataSources: readonly DataSourceDefinition<any, P>[];
  /** Ephemeral resources (terraform >= 1.10), see ephemeral.ts. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly ephemeralResources?: readonly EphemeralResourceDefinition<any, P, any>[];
  /** Provider functions (terraform >= 1.8), see functions.ts. */
  readonly functions?: readonly FunctionDefinition<unknown>[];
}

export const defineResource = <A extends Attributes, P>(d: ResourceDefinition<A, P>): ResourceDefinition<A, P> => d;
export const defineDataSource = <A extends Attributes, P>(d: DataSourceDefinition<A, P>): DataSourceDefinition<A, P> => d;
