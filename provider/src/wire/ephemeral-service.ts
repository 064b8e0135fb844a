// tfplugin6 ephemeral resource RPCs (Validate/Open/Renew/CloseEphemeralResource), one thin adapter
// each: decode, call the framework, encode. Terraform keeps `private` in memory only and passes it
// back to Renew and Close, which get neither the config nor the result; `renew_at` is set only when
// the framework asks for a renewal.
import type { Diagnostic } from '../framework/diagnostics.js';
import type { ProviderServer } from '../framework/server.js';
import { decodeDynamic, encodeDynamic, toProtoDiagnostics } from './convert.js';
import { tfplugin6 } from './generated/protocol.js';
import type { UnaryHandler } from './grpc-server.js';
import { diagsOnly, rpc } from './provider-service.js';

const unknownType = (typeName: string): Diagnostic[] => [{ severity: 'error', summary: 'Unknown ephemeral resource type', detail: `This provider has no ephemeral resource named "${typeName}".` }];

/** google.protobuf.Timestamp of epoch milliseconds. */
export const toTimestamp = (ms: number): tfplugin6.ITimestamp => ({ seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1_000_000 });

/** Absent and empty `private` are the same to the framework: nothing to renew or close. */
const privateOf = (b: Uint8Array | null | undefined): Uint8Array | undefined => (b && b.length > 0 ? b : undefined);

export function ephemeralRoutes(server: () => Promise<ProviderServer>): [string, UnaryHandler][] {
  const p = tfplugin6;
  return [
    ['ValidateEphemeralResourceConfig', rpc(p.ValidateEphemeralResourceConfig.Request, p.ValidateEphemeralResourceConfig.Response, async (r) => {
      const s = await server();
      const type = s.ephemeral.typeOf(r.typeName);
      if (!type) return p.ValidateEphemeralResourceConfig.Response.create(diagsOnly(unknownType(r.typeName)));
      return p.ValidateEphemeralResourceConfig.Response.create(diagsOnly(await s.ephemeral.validate(r.typeName, decodeDynamic(r.config, type))));
    }, (d) => p.ValidateEphemeralResourceConfig.Response.create(diagsOnly(d)))],
    ['OpenEphemeralResource', rpc(p.OpenEphemeralResource.Request, p.OpenEphemeralResource.Response, async (r) => {
      const s = await server();
      const type = s.ephemeral.typeOf(r.typeName);
      if (!type) return p.OpenEphemeralResource.Response.create(diagsOnly(unknownType(r.typeName)));
      const out = await s.ephemeral.open(r.typeName, decodeDynamic(r.config, type));
      return p.OpenEphemeralResource.Response.create({
        diagnostics: toProtoDiagnostics(out.diagnostics),
        ...(out.result !== null ? { result: encodeDynamic(out.result, type) } : {}),
        ...(out.private ? { private: out.private } : {}),
        ...(out.renewAt !== undefined ? { renewAt: toTimestamp(out.renewAt) } : {}),
      });
    }, (d) => p.OpenEphemeralResource.Response.create(diagsOnly(d)))],
    ['RenewEphemeralResource', rpc(p.RenewEphemeralResource.Request, p.RenewEphemeralResource.Response, async (r) => {
      const out = await (await server()).ephemeral.renew(r.typeName, privateOf(r.private));
      return p.RenewEphemeralResource.Response.create({
        diagnostics: toProtoDiagnostics(out.diagnostics),
        ...(out.private ? { private: out.private } : {}),
        ...(out.renewAt !== undefined ? { renewAt: toTimestamp(out.renewAt) } : {}),
      });
    }, (d) => p.RenewEphemeralResource.Response.create(diagsOnly(d)))],
    ['CloseEphemeralResource', rpc(p.CloseEphemeralResource.Request, p.CloseEphemeralResource.Response, async (r) =>
      p.CloseEphemeralResource.Response.create(diagsOnly(await (await server()).ephemeral.close(r.typeName, privateOf(r.private)))),
    (d) => p.CloseEphemeralResource.Response.create(diagsOnly(d)))],
  ];
}
