// The framework-native provider server: what the wire's RPC adapters call. No protobuf types
// here; values are framework/cty.ts values, schemas are SchemaDescription. Methods never throw:
// failures come back as diagnostics (the adapters turn an unexpected throw into a "bug" diagnostic).
import type { CtyType, Value } from './cty.js';
import type { Diagnostic } from './diagnostics.js';
import type { EphemeralResources } from './ephemeral.js';
import type { FunctionDescription, ProviderFunctions } from './functions.js';

export type NestingMode = 'single' | 'list' | 'set' | 'map' | 'group';

export interface AttributeDescription {
  readonly name: string;
  /** Set unless `nested` is set. */
  readonly type?: CtyType;
  /** Nested attributes (tfplugin6 Schema.Object), e.g. certificate_format = { format = "PEM" }. */
  readonly nested?: { readonly nesting: Exclude<NestingMode, 'group'>; readonly attributes: readonly AttributeDescription[] };
  readonly description: string;
  readonly required: boolean;
  readonly optional: boolean;
  readonly computed: boolean;
  readonly sensitive: boolean;
  readonly writeOnly: boolean;
  readonly deprecated: boolean;
}

export interface BlockDescription {
  readonly attributes: readonly AttributeDescription[];
  readonly blockTypes: readonly NestedBlockDescription[];
  readonly description: string;
  readonly deprecated: boolean;
}

export interface NestedBlockDescription {
  readonly typeName: string;
  readonly nesting: NestingMode;
  readonly block: BlockDescription;
  readonly minItems: number;
  readonly maxItems: number;
}

export interface SchemaDescription {
  readonly version: number;
  readonly block: BlockDescription;
}

export interface ClientCapabilities {
  readonly deferralAllowed: boolean;
  readonly writeOnlyAttributesAllowed: boolean;
}

export interface ProviderSchemas {
  readonly provider: SchemaDescription;
  readonly resources: Readonly<Record<string, SchemaDescription>>;
  readonly dataSources: Readonly<Record<string, SchemaDescription>>;
  readonly ephemeralResources: Readonly<Record<string, SchemaDescription>>;
  readonly functions: Readonly<Record<string, FunctionDescription>>;
  readonly diagnostics: readonly Diagnostic[];
}

export interface ResourceStateResult {
  readonly state: Value;
  readonly private: Uint8Array;
  readonly diagnostics: readonly Diagnostic[];
}

export interface PlanResult {
  readonly planned: Value;
  readonly requiresReplace: readonly (readonly import('./diagnostics.js').PathStep[])[];
  readonly private: Uint8Array;
  readonly diagnostics: readonly Diagnostic[];
}

export interface ProviderServer {
  getProviderSchema(): ProviderSchemas;
  /** The implied cty type of a resource/data source/provider block, for the codec. */
  typeOf(kind: 'provider' | 'resource' | 'data', typeName: string): CtyType | undefined;

  validateProviderConfig(config: Value): Promise<readonly Diagnostic[]>;
  configureProvider(config: Value, caps: ClientCapabilities): Promise<readonly Diagnostic[]>;
  validateResourceConfig(typeName: string, config: Value, caps: ClientCapabilities): Promise<readonly Diagnostic[]>;
  validateDataResourceConfig(typeName: string, config: Value): Promise<readonly Diagnostic[]>;
  /** `state` is the raw state decoded leniently against the current type; `version` is the stored schema version. */
  upgradeResourceState(typeName: string, version: number, state: Value): Promise<{ state: Value; diagnostics: readonly Diagnostic[] }>;
  readResource(typeName: string, current: Value, priv: Uint8Array, caps: ClientCapabilities): Promise<ResourceStateResult>;
  planResourceChange(
    typeName: string,
    prior: Value,
    proposed: Value,
    config: Value,
    priorPrivate: Uint8Array,
    caps: ClientCapabilities,
  ): Promise<PlanResult>;
  applyResourceChange(typeName: string, prior: Value, planned: Value, config: Value, plannedPrivate: Uint8Array): Promise<ResourceStateResult>;
  importResourceState(
    typeName: string,
    id: string,
    caps: ClientCapabilities,
  ): Promise<{ imported: readonly { typeName: string; state: Value; private: Uint8Array }[]; diagnostics: readonly Diagnostic[] }>;
  readDataSource(typeName: string, config: Value, caps: ClientCapabilities): Promise<{ state: Value; diagnostics: readonly Diagnostic[] }>;
  /** Validate/Open/Renew/CloseEphemeralResource. */
  readonly ephemeral: Pick<EphemeralResources<unknown>, 'typeOf' | 'validate' | 'open' | 'renew' | 'close'>;
  /** GetFunctions/CallFunction (functions need no configured provider). */
  readonly functions: Pick<ProviderFunctions, 'parameterTypes' | 'returnType' | 'call'>;
  /** Cancel in-flight work (terraform's StopProvider, on Ctrl-C). Returns an error text or "". */
  stop(): Promise<string>;
  /**
   * Graceful shutdown on a signal: the provider's client refuses new non-idempotent calls from
   * now on ("cancelled, nothing was sent"); resolves once the calls already sent are done.
   */
  shutdown(reason: string): Promise<void>;
}
