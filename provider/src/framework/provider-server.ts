// The framework's ProviderServer: routes each RPC to a provider/resource/data source definition,
// converting between cty values and models. Every failure becomes a diagnostic.
import { type Logger, logger } from '../logging.js';
import type { Attributes } from './attributes.js';
import { type CtyType, isObjectValue, type ObjectValue, type Value } from './cty.js';
import type { CallContext, DataSourceDefinition, ProviderDefinition, ResourceDefinition, Timeouts } from './definitions.js';
import { type Diagnostic, Diagnostics } from './diagnostics.js';
import { parseDuration } from './duration.js';
import { EphemeralResources } from './ephemeral.js';
import { ProviderFunctions } from './functions.js';
import { asObject, toModel } from './model.js';
import { dropWriteOnly, mergeResult, planResource } from './planning.js';
import { describeSchema, impliedType } from './schema-description.js';
import type { ClientCapabilities, PlanResult, ProviderSchemas, ProviderServer, ResourceStateResult } from './server.js';
import { validateAttributes, validateTimeouts } from './validation.js';

/** Terraform always sends a configuration as an object (attributes may be null or unknown inside). */
const NOT_AN_OBJECT: readonly Diagnostic[] = [{ severity: 'error', summary: 'Invalid value from terraform', detail: 'The configuration is not an object; this is a malformed request.' }];

type AnyResource = ResourceDefinition<Attributes, unknown>;
type ModelOf = Record<string, unknown>;
type AnyDataSource = DataSourceDefinition<Attributes, unknown>;
const EMPTY = new Uint8Array();

export class FrameworkProviderServer<A extends Attributes, P> implements ProviderServer {
  private readonly resources = new Map<string, AnyResource>();
  private readonly dataSources = new Map<string, AnyDataSource>();
  private client: P | undefined;
  private stopController = new AbortController();
  private schemas: ProviderSchemas | undefined;

  private readonly def: ProviderDefinition<Attributes, P>;

  constructor(definition: ProviderDefinition<A, P>) {
    const def = definition as unknown as ProviderDefinition<Attributes, P>;
    this.def = def;
    for (const r of def.resources) this.resources.set(r.typeName, r as AnyResource);
    for (const d of def.dataSources) this.dataSources.set(d.typeName, d as AnyDataSource);
    this.ephemeral = new EphemeralResources<P>(def.ephemeralResources ?? [], (ms, op) => this.ephemeralContext(ms, op), logger.child({ component: 'ephemeral' }));
    this.functions = new ProviderFunctions(def.functions ?? []);
  }

  readonly ephemeral: EphemeralResources<P>;
  readonly functions: ProviderFunctions;

  /** Open, renew and close have no timeouts block: the definition's limit, or StopProvider, ends them. */
  private ephemeralContext(ms: number, op: string): CallContext<P> | undefined {
    if (this.client === undefined) return undefined;
    const signal = AbortSignal.any([this.stopController.signal, AbortSignal.timeout(ms)]);
    return { client: this.client, signal, deadline: Date.now() + ms, diagnostics: new Diagnostics(), log: logger.child({ operation: op }) };
  }

  /**
   * Described on first use: terraform asks one of the 3-4 provider processes of a command for the
   * schema and caches it, and describing every resource cost the others ~10 ms of CPU at start.
   */
  getProviderSchema(): ProviderSchemas {
    if (!this.schemas) {
      const def = this.def;
      const resources: Record<string, ReturnType<typeof describeSchema>> = {};
      for (const r of this.resources.values()) resources[r.typeName] = describeSchema(r.description, r.attributes, r.timeouts, r.version ?? 0);
      const dataSources: Record<string, ReturnType<typeof describeSchema>> = {};
      for (const d of this.dataSources.values()) dataSources[d.typeName] = describeSchema(d.description, d.attributes);
      this.schemas = {
        provider: describeSchema(def.description, def.attributes),
        resources,
        dataSources,
        ephemeralResources: this.ephemeral.schemas,
        functions: this.functions.descriptions,
        diagnostics: [],
      };
    }
    return this.schemas;
  }

  /** Computed once per type: every value terraform sends is decoded against it. */
  private readonly types = new Map<string, CtyType | undefined>();

  typeOf(kind: 'provider' | 'resource' | 'data', typeName: string): CtyType | undefined {
    const key = `${kind}:${typeName}`;
    if (!this.types.has(key)) this.types.set(key, this.impliedTypeOf(kind, typeName));
    return this.types.get(key);
  }

  private impliedTypeOf(kind: 'provider' | 'resource' | 'data', typeName: string): CtyType | undefined {
    if (kind === 'provider') return impliedType(this.def.attributes);
    if (kind === 'resource') {
      const r = this.resources.get(typeName);
      return r && impliedType(r.attributes, r.timeouts);
    }
    const d = this.dataSources.get(typeName);
    return d && impliedType(d.attributes);
  }

  async validateProviderConfig(config: Value): Promise<readonly Diagnostic[]> {
    if (!isObjectValue(config)) return NOT_AN_OBJECT;
    const diags = new Diagnostics();
    validateAttributes(this.def.attributes, asObject(config), diags);
    this.def.validate?.(toModel(config, true), diags);
    return diags.items;
  }

  async configureProvider(config: Value): Promise<readonly Diagnostic[]> {
    if (!isObjectValue(config)) return NOT_AN_OBJECT;
    const diags = new Diagnostics();
    validateAttributes(this.def.attributes, asObject(config), diags);
    if (diags.hasError()) return diags.items;
    this.client = await this.def.configure(toModel(config), diags, logger);
    return diags.items;
  }

  async validateResourceConfig(typeName: string, config: Value): Promise<readonly Diagnostic[]> {
    const diags = new Diagnostics();
    const r = this.resources.get(typeName);
    if (!r) return unknownType('resource', typeName);
    if (!isObjectValue(config)) return NOT_AN_OBJECT;
    validateAttributes(r.attributes, asObject(config), diags);
    validateTimeouts(r.timeouts, asObject(config), diags);
    r.validate?.(toModel(config, true), diags);
    return diags.items;
  }

  async validateDataResourceConfig(typeName: string, config: Value): Promise<readonly Diagnostic[]> {
    const diags = new Diagnostics();
    const d = this.dataSources.get(typeName);
    if (!d) return unknownType('data source', typeName);
    if (!isObjectValue(config)) return NOT_AN_OBJECT;
    validateAttributes(d.attributes, asObject(config), diags);
    d.validate?.(toModel(config, true), diags);
    return diags.items;
  }

  async upgradeResourceState(typeName: string, _version: number, state: Value): Promise<{ state: Value; diagnostics: readonly Diagnostic[] }> {
    // Every resource is at schema version 0: the lenient decode against the current type is the upgrade.
    if (!this.resources.has(typeName)) return { state: null, diagnostics: unknownType('resource', typeName) };
    return { state, diagnostics: [] };
  }

  async readResource(typeName: string, current: Value): Promise<ResourceStateResult> {
    const r = this.resources.get(typeName);
    if (!r) return { state: current, private: EMPTY, diagnostics: unknownType('resource', typeName) };
    if (!isObjectValue(current)) return { state: current, private: EMPTY, diagnostics: [] };
    const ctx = this.callContext(r.timeouts, 'read', current, { state: toModel<ModelOf>(current) });
    if (!ctx) return { state: current, private: EMPTY, diagnostics: notConfigured() };
    const result = await r.read(ctx);
    if (result === null) return { state: null, private: EMPTY, diagnostics: ctx.diagnostics.items };
    return { state: mergeResult(r.attributes, current, result, true), private: EMPTY, diagnostics: ctx.diagnostics.items };
  }

  async planResourceChange(
    typeName: string,
    prior: Value,
    proposed: Value,
    config: Value,
    _priorPrivate: Uint8Array,
    caps: ClientCapabilities,
  ): Promise<PlanResult> {
    const r = this.resources.get(typeName);
    if (!r) return { planned: proposed, requiresReplace: [], private: EMPTY, diagnostics: unknownType('resource', typeName) };
    const out = planResource(r, { prior, proposed, config, writeOnlyAllowed: caps.writeOnlyAttributesAllowed, now: Date.now() });
    return { planned: out.planned, requiresReplace: out.requiresReplace, private: EMPTY, diagnostics: out.diagnostics.items };
  }

  async applyResourceChange(typeName: string, prior: Value, planned: Value, config: Value): Promise<ResourceStateResult> {
    const r = this.resources.get(typeName);
    if (!r) return { state: prior, private: EMPTY, diagnostics: unknownType('resource', typeName) };
    if (planned === null) {
      if (!isObjectValue(prior)) return { state: null, private: EMPTY, diagnostics: [] };
      const ctx = this.callContext(r.timeouts, 'delete', prior, { state: toModel<ModelOf>(prior) });
      if (!ctx) return { state: prior, private: EMPTY, diagnostics: notConfigured() };
      await r.delete(ctx);
      return { state: ctx.diagnostics.hasError() ? prior : null, private: EMPTY, diagnostics: ctx.diagnostics.items };
    }
    const plannedObj = planned as ObjectValue;
    if (this.client === undefined) return { state: prior, private: EMPTY, diagnostics: notConfigured() };
    const plan = toModel<ModelOf>(withWriteOnlyFromConfig(r.attributes, plannedObj, asObject(config)));
    if (!isObjectValue(prior)) {
      const ctx = this.callContext(r.timeouts, 'create', plannedObj, { plan })!;
      const result = await r.create(ctx);
      if (result === undefined) return { state: null, private: EMPTY, diagnostics: ctx.diagnostics.items };
      return { state: mergeResult(r.attributes, plannedObj, result), private: EMPTY, diagnostics: ctx.diagnostics.items };
    }
    const ctx = this.callContext(r.timeouts, 'update', plannedObj, { prior: toModel<ModelOf>(prior), plan })!;
    const result = r.update ? await r.update(ctx) : {};
    if (result === undefined) return { state: prior, private: EMPTY, diagnostics: ctx.diagnostics.items };
    return { state: mergeResult(r.attributes, plannedObj, result), private: EMPTY, diagnostics: ctx.diagnostics.items };
  }

  async importResourceState(typeName: string, id: string) {
    const r = this.resources.get(typeName);
    if (!r) return { imported: [], diagnostics: unknownType('resource', typeName) };
    const diags = new Diagnostics();
    if (!r.importState) {
      diags.error('Import not supported', `${typeName} cannot be imported: it stands for an action, not an object the gateway can look up by id.`);
      return { imported: [], diagnostics: diags.items };
    }
    const values = r.importState(id, diags);
    if (!values || diags.hasError()) return { imported: [], diagnostics: diags.items };
    const state = mergeResult(r.attributes, nullObject(r.attributes, r.timeouts), values, true);
    return { imported: [{ typeName, state, private: EMPTY }], diagnostics: diags.items };
  }

  async readDataSource(typeName: string, config: Value): Promise<{ state: Value; diagnostics: readonly Diagnostic[] }> {
    const d = this.dataSources.get(typeName);
    if (!d) return { state: config, diagnostics: unknownType('data source', typeName) };
    const cfg = asObject(config);
    const ctx = this.callContext({ read: '5m' }, 'read', cfg, { config: toModel<ModelOf>(cfg) });
    if (!ctx) return { state: config, diagnostics: notConfigured() };
    const result = await d.read(ctx);
    if (result === undefined) return { state: config, diagnostics: ctx.diagnostics.items };
    return { state: mergeResult(d.attributes, cfg, result, true), diagnostics: ctx.diagnostics.items };
  }

  async stop(): Promise<string> {
    this.stopController.abort(new Error('terraform asked the provider to stop (StopProvider)'));
    this.stopController = new AbortController();
    return '';
  }

  async shutdown(reason: string): Promise<void> {
    if (this.client !== undefined) await this.def.shutdown?.(this.client, reason);
  }

  /**
   * The context of one CRUD call, with the call's own fields. Its signal is made on first use
   * (AbortSignal.any + AbortSignal.timeout cost more than the rest of a ReadResource that never
   * calls the gateway): aborted by a StopProvider from now on, or when the deadline passes.
   */
  private callContext<X extends object>(timeouts: Timeouts, op: 'create' | 'read' | 'update' | 'delete', values: ObjectValue, extra: X): (CallContext<P> & X) | undefined {
    if (this.client === undefined) return undefined;
    const block = isObjectValue(values['timeouts'] ?? null) ? (values['timeouts'] as ObjectValue) : {};
    const key = op === 'update' ? 'create' : op;
    const configured = block[key];
    const ms = (typeof configured === 'string' ? parseDuration(configured) : undefined) ?? parseDuration(timeouts[key] ?? '20m') ?? 1_200_000;
    const deadline = Date.now() + ms;
    const stop = this.stopController.signal;
    let signal: AbortSignal | undefined;
    return {
      client: this.client,
      get signal() {
        return (signal ??= AbortSignal.any([stop, AbortSignal.timeout(Math.max(0, deadline - Date.now()))]));
      },
      deadline,
      diagnostics: new Diagnostics(),
      log: operationLogger(op),
      ...extra,
    };
  }
}

const operationLoggers = new Map<string, Logger>();
const operationLogger = (op: string): Logger => {
  let l = operationLoggers.get(op);
  if (!l) operationLoggers.set(op, (l = logger.child({ operation: op })));
  return l;
};

function withWriteOnlyFromConfig(attributes: Attributes, planned: ObjectValue, config: ObjectValue): ObjectValue {
  // Write-only values exist only in the config during apply; resources read them from the model.
  const out: Record<string, Value> = { ...planned };
  for (const [name, a] of Object.entries(attributes)) {
    if (a.writeOnly) out[name] = config[name] ?? null;
    else if (a.nested && isObjectValue(out[name] ?? null) && isObjectValue(config[name] ?? null))
      out[name] = withWriteOnlyFromConfig(a.nested, out[name] as ObjectValue, config[name] as ObjectValue);
  }
  return out;
}

function nullObject(attributes: Attributes, timeouts: Timeouts): ObjectValue {
  const out: Record<string, Value> = {};
  for (const name of Object.keys(attributes)) out[name] = null;
  if (Object.keys(timeouts).length > 0) out['timeouts'] = null;
  return dropWriteOnly(attributes, out);
}

function unknownType(kind: string, typeName: string): Diagnostic[] {
  return [{ severity: 'error', summary: `Unknown ${kind} type`, detail: `This provider has no ${kind} named "${typeName}".` }];
}

function notConfigured(): Diagnostic[] {
  return [{ severity: 'error', summary: 'Provider not configured', detail: 'The appviewx provider was not configured before use. This is a bug in the provider or in terraform.' }];
}
