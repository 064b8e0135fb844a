// tfplugin6 provider functions: GetFunctions, CallFunction, and the Function messages that
// GetProviderSchema carries too (terraform 1.8+ reads them from there). A failed call is a
// FunctionError, with `function_argument` naming the argument's index when one is at fault.
import type { FunctionDescription } from '../framework/functions.js';
import type { ProviderServer } from '../framework/server.js';
import { CodecError } from './cty/codec-error.js';
import { decodeDynamic, encodeDynamic } from './convert.js';
import { tfplugin6 } from './generated/protocol.js';
import type { UnaryHandler } from './grpc-server.js';
import { bugDiagnostic, diagsOnly, rpc } from './provider-service.js';

const MARKDOWN = tfplugin6.StringKind.MARKDOWN;

export function toProtoFunctions(functions: Readonly<Record<string, FunctionDescription>>): Record<string, tfplugin6.IFunction> {
  const out: Record<string, tfplugin6.IFunction> = {};
  for (const [name, f] of Object.entries(functions)) {
    out[name] = {
      summary: f.summary,
      description: f.description,
      descriptionKind: MARKDOWN,
      parameters: f.parameters.map((p) => ({
        name: p.name,
        type: Buffer.from(JSON.stringify(p.type)),
        description: p.description,
        descriptionKind: MARKDOWN,
        allowNullValue: p.allowNull === true,
        // Unknown arguments: terraform answers unknown itself, without calling.
        allowUnknownValues: false,
      })),
      return: { type: Buffer.from(JSON.stringify(f.returnType)) },
    };
  }
  return out;
}

export function functionRoutes(server: () => Promise<ProviderServer>): [string, UnaryHandler][] {
  const p = tfplugin6;
  return [
    ['GetFunctions', rpc(p.GetFunctions.Request, p.GetFunctions.Response, async () =>
      p.GetFunctions.Response.create({ functions: toProtoFunctions((await server()).getProviderSchema().functions) }),
    (d) => p.GetFunctions.Response.create(diagsOnly(d)))],
    ['CallFunction', rpc(p.CallFunction.Request, p.CallFunction.Response, async (r) => {
      const s = await server();
      const types = s.functions.parameterTypes(r.name);
      const returnType = s.functions.returnType(r.name);
      if (!types || !returnType) return p.CallFunction.Response.create({ error: { text: `This provider has no function "${r.name}".` } });
      const args = [];
      for (const [i, dv] of (r.arguments ?? []).entries()) {
        const type = types[i];
        if (!type) break; // too many arguments: the framework says so with the arity
        try {
          args.push(decodeDynamic(dv, type));
        } catch (err) {
          if (!(err instanceof CodecError)) throw err;
          return p.CallFunction.Response.create({ error: { text: `The argument could not be decoded: ${err.message}.`, functionArgument: i } });
        }
      }
      if ((r.arguments ?? []).length > types.length) args.push(...(r.arguments ?? []).slice(types.length).map(() => null));
      const out = s.functions.call(r.name, args);
      if ('error' in out) return p.CallFunction.Response.create({ error: { text: out.error, ...(out.argument !== undefined ? { functionArgument: out.argument } : {}) } });
      return p.CallFunction.Response.create({ result: encodeDynamic(out.result, returnType) });
    }, (d) => p.CallFunction.Response.create({ error: { text: d.map((x) => `${x.summary}: ${x.detail}`).join('\n') || bugDiagnostic(undefined).detail } }))],
  ];
}
