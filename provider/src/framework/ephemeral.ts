// Ephemeral resources (terraform >= 1.10, tfplugin6 Validate/Open/Renew/CloseEphemeralResource):
// opened when a run needs the value, never written to plan or state, closed at the end of the run.
// A definition declares attributes like a resource; the framework validates, applies defaults,
// keeps the definition's private data as JSON bytes (terraform holds them in memory only and hands
// them back to Renew and Close, which get no config and no result), and never throws.
import type { Logger } from '../logging.js';
import type { Attributes, ModelOf } from './attributes.js';
import { containsUnknown, type CtyType, isObjectValue, type ObjectValue, unknown, type Value } from './cty.js';
import type { CallContext, PlanModel } from './definitions.js';
import { type Diagnostic, Diagnostics } from './diagnostics.js';
import { asObject, toModel } from './model.js';
import { mergeResult } from './planning.js';
import { describeSchema, impliedType } from './schema-description.js';
import type { SchemaDescription } from './server.js';
import { validateAttributes } from './validation.js';

export interface OpenResult<A extends Attributes, Priv> {
  /** Values of the computed attributes. */
  readonly result: Partial<ModelOf<A>>;
  /** Handed back to renew and close; JSON-serializable. Absent: close is not called with anything to do. */
  readonly private?: Priv;
  /** Epoch ms at which terraform should call renew, if the value is still in use then. */
  readonly renewAt?: number;
}

export interface EphemeralResourceDefinition<A extends Attributes, P, Priv> {
  readonly typeName: string;
  readonly description: string;
  readonly attributes: A;
  /** Time limit of each open, renew and close in ms; 5 minutes when absent. */
  readonly timeout?: number;
  validate?(config: PlanModel<A>, diagnostics: Diagnostics): void;
  /** Returns undefined after adding an error diagnostic. */
  open(ctx: CallContext<P> & { readonly config: ModelOf<A> }): Promise<OpenResult<A, Priv> | undefined>;
  renew?(ctx: CallContext<P> & { readonly private: Priv }): Promise<{ readonly private?: Priv; readonly renewAt?: number } | undefined>;
  close?(ctx: CallContext<P> & { readonly private: Priv }): Promise<void>;
}

export const defineEphemeralResource = <A extends Attributes, P, Priv>(d: EphemeralResourceDefinition<A, P, Priv>): EphemeralResourceDefinition<A, P, Priv> => d;

export interface EphemeralOpenOutcome {
  readonly result: Value;
  readonly private: Uint8Array | undefined;
  readonly renewAt: number | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

export interface EphemeralRenewOutcome {
  readonly private: Uint8Array | undefined;
  readonly renewAt: number | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyEphemeral<P> = EphemeralResourceDefinition<any, P, any>;

const DEFAULT_TIMEOUT_MS = 300_000;
const NOT_AN_OBJECT: Diagnostic = { severity: 'error', summary: 'Invalid value from terraform', detail: 'The configuration is not an object; this is a malformed request.' };
const NOT_CONFIGURED: Diagnostic = { severity: 'error', summary: 'Provider not configured', detail: 'The appviewx provider was not configured before the ephemeral resource was opened. This is a bug in the provider or in terraform.' };
const BAD_PRIVATE: Diagnostic = { severity: 'error', summary: 'Invalid value from terraform', detail: 'The private data of the ephemeral resource is not what open returned; this is a malformed request.' };
const unknownType = (typeName: string): Diagnostic[] => [{ severity: 'error', summary: 'Unknown ephemeral resource type', detail: `This provider has no ephemeral resource named "${typeName}".` }];

/** The framework side of the four ephemeral RPCs, for every ephemeral resource of one provider. */
export class EphemeralResources<P> {
  private readonly defs = new Map<string, AnyEphemeral<P>>();
  private readonly types = new Map<string, CtyType>();
  private described: Readonly<Record<string, SchemaDescription>> | undefined;

  constructor(
    definitions: readonly AnyEphemeral<P>[],
    private readonly context: (timeoutMs: number, op: string) => CallContext<P> | undefined,
    private readonly log: Logger,
  ) {
    for (const d of definitions) {
      this.defs.set(d.typeName, d);
      this.types.set(d.typeName, impliedType(d.attributes));
    }
  }

  /** Described when GetProviderSchema first asks, as resources are: most processes never do. */
  get schemas(): Readonly<Record<string, SchemaDescription>> {
    if (!this.described) {
      const schemas: Record<string, SchemaDescription> = {};
      for (const d of this.defs.values()) schemas[d.typeName] = describeSchema(d.description, d.attributes);
      this.described = schemas;
    }
    return this.described;
  }

  typeOf(typeName: string): CtyType | undefined {
    return this.types.get(typeName);
  }

  async validate(typeName: string, config: Value): Promise<readonly Diagnostic[]> {
    const d = this.defs.get(typeName);
    if (!d) return unknownType(typeName);
    if (!isObjectValue(config)) return [NOT_AN_OBJECT];
    const diags = new Diagnostics();
    validateAttributes(d.attributes, config, diags);
    d.validate?.(toModel(config, true), diags);
    return diags.items;
  }

  async open(typeName: string, config: Value): Promise<EphemeralOpenOutcome> {
    const none = { result: null, private: undefined, renewAt: undefined };
    const d = this.defs.get(typeName);
    if (!d) return { ...none, diagnostics: unknownType(typeName) };
    if (!isObjectValue(config)) return { ...none, diagnostics: [NOT_AN_OBJECT] };
    const withDefaults = applyDefaults(d.attributes, config);
    // Terraform does not open a resource whose configuration is not wholly known; should it
    // ever, the computed values stay unknown and nothing is created that would need closing.
    if (containsUnknown(config)) return { ...none, result: unknownComputed(d.attributes, withDefaults), diagnostics: [] };
    const diags = new Diagnostics();
    validateAttributes(d.attributes, config, diags);
    if (diags.hasError()) return { ...none, diagnostics: diags.items };
    const ctx = this.context(d.timeout ?? DEFAULT_TIMEOUT_MS, 'open');
    if (!ctx) return { ...none, diagnostics: [NOT_CONFIGURED] };
    const out = await d.open({ ...ctx, config: toModel(withDefaults) });
    if (!out) return { ...none, diagnostics: ctx.diagnostics.items };
    return {
      result: mergeResult(d.attributes, unknownComputed(d.attributes, withDefaults), out.result as Record<string, unknown>),
      private: out.private === undefined ? undefined : encodePrivate(out.private),
      renewAt: out.renewAt,
      diagnostics: ctx.diagnostics.items,
    };
  }

  async renew(typeName: string, priv: Uint8Array | undefined): Promise<EphemeralRenewOutcome> {
    const d = this.defs.get(typeName);
    if (!d) return { private: priv, renewAt: undefined, diagnostics: unknownType(typeName) };
    // No renew, or nothing was opened: the value stays as it is until close.
    if (!d.renew || !priv || priv.length === 0) return { private: priv, renewAt: undefined, diagnostics: [] };
    const ctx = this.context(d.timeout ?? DEFAULT_TIMEOUT_MS, 'renew');
    if (!ctx) return { private: priv, renewAt: undefined, diagnostics: [NOT_CONFIGURED] };
    const state = decodePrivate(priv);
    if (state === undefined) return { private: priv, renewAt: undefined, diagnostics: [BAD_PRIVATE] };
    const out = await d.renew({ ...ctx, private: state });
    return { private: out?.private === undefined ? priv : encodePrivate(out.private), renewAt: out?.renewAt, diagnostics: ctx.diagnostics.items };
  }

  async close(typeName: string, priv: Uint8Array | undefined): Promise<readonly Diagnostic[]> {
    const d = this.defs.get(typeName);
    if (!d) return unknownType(typeName);
    // Open gave no private data (nothing was created, or nothing needs undoing).
    if (!d.close || !priv || priv.length === 0) return [];
    const ctx = this.context(d.timeout ?? DEFAULT_TIMEOUT_MS, 'close');
    if (!ctx) return [NOT_CONFIGURED];
    const state = decodePrivate(priv);
    if (state === undefined) return [BAD_PRIVATE];
    await d.close({ ...ctx, private: state });
    this.log.debug('ephemeral resource closed', { type: typeName });
    return ctx.diagnostics.items;
  }
}

function applyDefaults(attributes: Attributes, config: ObjectValue): ObjectValue {
  const out: Record<string, Value> = { ...config };
  for (const [name, a] of Object.entries(attributes)) if ((out[name] ?? null) === null && a.default !== undefined) out[name] = a.default;
  return out;
}

/** The config with every computed-only attribute unknown, for mergeResult to fill in. */
function unknownComputed(attributes: Attributes, config: ObjectValue): ObjectValue {
  const out: Record<string, Value> = { ...asObject(config) };
  for (const [name, a] of Object.entries(attributes)) if (a.mode === 'computed' || (a.mode === 'optional-computed' && (out[name] ?? null) === null)) out[name] = unknown;
  return out;
}

const encodePrivate = (p: unknown): Uint8Array => Buffer.from(JSON.stringify(p));

/** Private bytes come back from terraform exactly as open gave them; anything else is a malformed request. */
function decodePrivate(b: Uint8Array): never | undefined {
  try {
    return JSON.parse(Buffer.from(b).toString('utf8')) as never;
  } catch {
    return undefined;
  }
}
