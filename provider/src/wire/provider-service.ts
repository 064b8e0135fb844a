// tfplugin6.Provider: one thin adapter per RPC (decode → call the framework → encode). Failures are
// diagnostics; an unexpected throw is reported as a provider bug, never a crashed process.
import type { CtyType, Value } from '../framework/cty.js';
import type { Diagnostic } from '../framework/diagnostics.js';
import type { ProviderServer } from '../framework/server.js';
import { CodecError } from './cty/codec-error.js';
import { decodeJson } from './cty/json.js';
import { decodeDynamic, encodeDynamic, toCapabilities, toProtoDiagnostics, toProtoPath, toProtoSchema } from './convert.js';
import { tfplugin6 } from './generated/protocol.js';
import { ephemeralRoutes } from './ephemeral-service.js';
import { functionRoutes, toProtoFunctions } from './function-service.js';
import { GrpcError, Status, type UnaryHandler } from './grpc-server.js';

type Codec<T> = { decode(b: Uint8Array): T };
type Encoder<T> = { encode(m: T): { finish(): Uint8Array } };

class UnknownType extends Error {
  constructor(kind: string, name: string) {
    super(`This provider has no ${kind === 'data' ? 'data source' : kind} type named "${name}".`);
  }
}

export function bugDiagnostic(err: unknown): Diagnostic {
  if (err instanceof UnknownType) return { severity: 'error', summary: 'Unknown type', detail: err.message };
  if (err instanceof CodecError) return { severity: 'error', summary: 'Invalid value from terraform', detail: `The provider could not decode a value: ${err.message}.` };
  const text = err instanceof Error ? (err.stack ?? err.message) : String(err);
  return { severity: 'error', summary: 'Provider bug', detail: `An unexpected error occurred in the appviewx provider; please report it.\n\n${text}` };
}

export function rpc<Req, Res>(req: Codec<Req>, res: Encoder<Res>, handle: (r: Req) => Promise<Res>, onError: (d: Diagnostic[]) => Res): UnaryHandler {
  return async (bytes) => {
    let decoded: Req;
    try {
      decoded = req.decode(bytes);
    } catch (err) {
      throw new GrpcError(Status.INVALID_ARGUMENT, `malformed request: ${err instanceof Error ? err.message : String(err)}`);
    }
    let reply: Res;
    try {
      reply = await handle(decoded);
    } catch (err) {
      reply = onError([bugDiagnostic(err)]);
    }
    return res.encode(reply).finish();
  };
}

export const diagsOnly = (diagnostics: readonly Diagnostic[]) => ({ diagnostics: toProtoDiagnostics(diagnostics) });

export function providerRoutes(server: () => Promise<ProviderServer>): Map<string, UnaryHandler> {
  const p = tfplugin6;
  const typeOf = (s: ProviderServer, kind: 'provider' | 'resource' | 'data', name: string): CtyType => {
    const t = s.typeOf(kind, name);
    if (!t) throw new UnknownType(kind, name);
    return t;
  };
  const routes: [string, UnaryHandler][] = [
    ['GetMetadata', rpc(p.GetMetadata.Request, p.GetMetadata.Response, async () => {
      const schemas = (await server()).getProviderSchema();
      return p.GetMetadata.Response.create({
        serverCapabilities: { planDestroy: true, getProviderSchemaOptional: true },
        resources: Object.keys(schemas.resources).map((typeName) => ({ typeName })),
        dataSources: Object.keys(schemas.dataSources).map((typeName) => ({ typeName })),
        ephemeralResources: Object.keys(schemas.ephemeralResources).map((typeName) => ({ typeName })),
        functions: Object.keys(schemas.functions).map((name) => ({ name })),
      });
    }, (d) => p.GetMetadata.Response.create(diagsOnly(d)))],
    ['GetProviderSchema', rpc(p.GetProviderSchema.Request, p.GetProviderSchema.Response, async () => {
      const s = (await server()).getProviderSchema();
      const map = (m: typeof s.resources) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, toProtoSchema(v)]));
      return p.GetProviderSchema.Response.create({
        provider: toProtoSchema(s.provider),
        resourceSchemas: map(s.resources),
        dataSourceSchemas: map(s.dataSources),
        ephemeralResourceSchemas: map(s.ephemeralResources),
        functions: toProtoFunctions(s.functions),
        diagnostics: toProtoDiagnostics(s.diagnostics),
        // tfplugin6 ServerCapabilities: plan destroys (plan_destroy); terraform may cache this schema.
        serverCapabilities: { planDestroy: true, getProviderSchemaOptional: true },
      });
    }, (d) => p.GetProviderSchema.Response.create(diagsOnly(d)))],
    ['ValidateProviderConfig', rpc(p.ValidateProviderConfig.Request, p.ValidateProviderConfig.Response, async (r) => {
      const s = await server();
      return p.ValidateProviderConfig.Response.create(diagsOnly(await s.validateProviderConfig(decodeDynamic(r.config, typeOf(s, 'provider', '')))));
    }, (d) => p.ValidateProviderConfig.Response.create(diagsOnly(d)))],
    ['ConfigureProvider', rpc(p.ConfigureProvider.Request, p.ConfigureProvider.Response, async (r) => {
      const s = await server();
      return p.ConfigureProvider.Response.create(diagsOnly(await s.configureProvider(decodeDynamic(r.config, typeOf(s, 'provider', '')), toCapabilities(r.clientCapabilities))));
    }, (d) => p.ConfigureProvider.Response.create(diagsOnly(d)))],
    ['ValidateResourceConfig', rpc(p.ValidateResourceConfig.Request, p.ValidateResourceConfig.Response, async (r) => {
      const s = await server();
      return p.ValidateResourceConfig.Response.create(diagsOnly(await s.validateResourceConfig(r.typeName, decodeDynamic(r.config, typeOf(s, 'resource', r.typeName)), toCapabilities(r.clientCapabilities))));
    }, (d) => p.ValidateResourceConfig.Response.create(diagsOnly(d)))],
    ['ValidateDataResourceConfig', rpc(p.ValidateDataResourceConfig.Request, p.ValidateDataResourceConfig.Response, async (r) => {
      const s = await server();
      return p.ValidateDataResourceConfig.Response.create(diagsOnly(await s.validateDataResourceConfig(r.typeName, decodeDynamic(r.config, typeOf(s, 'data', r.typeName)))));
    }, (d) => p.ValidateDataResourceConfig.Response.create(diagsOnly(d)))],
    ['UpgradeResourceState', rpc(p.UpgradeResourceState.Request, p.UpgradeResourceState.Response, async (r) => {
      const s = await server();
      const type = typeOf(s, 'resource', r.typeName);
      const json = r.rawState?.json;
      if (!json || json.length === 0) throw new CodecError('raw state has no JSON (flatmap state from terraform < 0.12 is not supported)', '');
      const out = await s.upgradeResourceState(r.typeName, Number(r.version), decodeJson(json, type));
      return p.UpgradeResourceState.Response.create({ upgradedState: encodeDynamic(out.state, type), diagnostics: toProtoDiagnostics(out.diagnostics) });
    }, (d) => p.UpgradeResourceState.Response.create(diagsOnly(d)))],
    ['ReadResource', rpc(p.ReadResource.Request, p.ReadResource.Response, async (r) => {
      const s = await server();
      const type = typeOf(s, 'resource', r.typeName);
      const out = await s.readResource(r.typeName, decodeDynamic(r.currentState, type), r.private, toCapabilities(r.clientCapabilities));
      return p.ReadResource.Response.create({ newState: encodeDynamic(out.state, type), private: out.private, diagnostics: toProtoDiagnostics(out.diagnostics) });
    }, (d) => p.ReadResource.Response.create(diagsOnly(d)))],
    ['PlanResourceChange', rpc(p.PlanResourceChange.Request, p.PlanResourceChange.Response, async (r) => {
      const s = await server();
      const type = typeOf(s, 'resource', r.typeName);
      const dv = (v: tfplugin6.IDynamicValue | null | undefined): Value => decodeDynamic(v, type);
      const out = await s.planResourceChange(r.typeName, dv(r.priorState), dv(r.proposedNewState), dv(r.config), r.priorPrivate, toCapabilities(r.clientCapabilities));
      return p.PlanResourceChange.Response.create({
        plannedState: encodeDynamic(out.planned, type),
        requiresReplace: out.requiresReplace.map((path) => toProtoPath(path)),
        plannedPrivate: out.private,
        diagnostics: toProtoDiagnostics(out.diagnostics),
      });
    }, (d) => p.PlanResourceChange.Response.create(diagsOnly(d)))],
    ['ApplyResourceChange', rpc(p.ApplyResourceChange.Request, p.ApplyResourceChange.Response, async (r) => {
      const s = await server();
      const type = typeOf(s, 'resource', r.typeName);
      const dv = (v: tfplugin6.IDynamicValue | null | undefined): Value => decodeDynamic(v, type);
      const out = await s.applyResourceChange(r.typeName, dv(r.priorState), dv(r.plannedState), dv(r.config), r.plannedPrivate);
      return p.ApplyResourceChange.Response.create({ newState: encodeDynamic(out.state, type), private: out.private, diagnostics: toProtoDiagnostics(out.diagnostics) });
    }, (d) => p.ApplyResourceChange.Response.create(diagsOnly(d)))],
    ['ImportResourceState', rpc(p.ImportResourceState.Request, p.ImportResourceState.Response, async (r) => {
      const s = await server();
      const type = typeOf(s, 'resource', r.typeName);
      const out = await s.importResourceState(r.typeName, r.id, toCapabilities(r.clientCapabilities));
      return p.ImportResourceState.Response.create({
        importedResources: out.imported.map((i) => ({ typeName: i.typeName, state: encodeDynamic(i.state, type), private: i.private })),
        diagnostics: toProtoDiagnostics(out.diagnostics),
      });
    }, (d) => p.ImportResourceState.Response.create(diagsOnly(d)))],
    ['MoveResourceState', rpc(p.MoveResourceState.Request, p.MoveResourceState.Response, async (r) =>
      p.MoveResourceState.Response.create(diagsOnly([{
        severity: 'error',
        summary: 'Move resource state is not supported',
        detail: `The appviewx provider cannot move state from ${r.sourceProviderAddress || 'another provider'} "${r.sourceTypeName}" to "${r.targetTypeName}". Remove the moved block, and import the target resource instead where it supports import.`,
      }])), (d) => p.MoveResourceState.Response.create(diagsOnly(d)))],
    ['ReadDataSource', rpc(p.ReadDataSource.Request, p.ReadDataSource.Response, async (r) => {
      const s = await server();
      const type = typeOf(s, 'data', r.typeName);
      const out = await s.readDataSource(r.typeName, decodeDynamic(r.config, type), toCapabilities(r.clientCapabilities));
      return p.ReadDataSource.Response.create({ state: encodeDynamic(out.state, type), diagnostics: toProtoDiagnostics(out.diagnostics) });
    }, (d) => p.ReadDataSource.Response.create(diagsOnly(d)))],
    ['StopProvider', rpc(p.StopProvider.Request, p.StopProvider.Response, async () => p.StopProvider.Response.create({ Error: await (await server()).stop() }), () => p.StopProvider.Response.create({ Error: 'stop failed' }))],
    ['GetResourceIdentitySchemas', rpc(p.GetResourceIdentitySchemas.Request, p.GetResourceIdentitySchemas.Response, async () => p.GetResourceIdentitySchemas.Response.create({}), (d) => p.GetResourceIdentitySchemas.Response.create(diagsOnly(d)))],
    ['UpgradeResourceIdentity', rpc(p.UpgradeResourceIdentity.Request, p.UpgradeResourceIdentity.Response, async (r) =>
      p.UpgradeResourceIdentity.Response.create(diagsOnly([{ severity: 'error', summary: 'Resource identity is not supported', detail: `"${r.typeName}" has no resource identity.` }])), (d) => p.UpgradeResourceIdentity.Response.create(diagsOnly(d)))],
    ...ephemeralRoutes(server),
    ...functionRoutes(server),
  ];
  return new Map(routes.map(([name, h]) => [`/tfplugin6.Provider/${name}`, h]));
}
