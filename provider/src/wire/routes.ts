// Everything behind the handshake: the tfplugin6 service, go-plugin's controller, stdio and broker,
// and the health check. Loaded right after the handshake line so start-up stays small.
import { createProviderServer } from '../provider.js';
import type { ProviderServer } from '../framework/server.js';
import { plugin } from './generated/protocol.js';
import type { Routes, UnaryHandler } from './grpc-server.js';
import { providerRoutes } from './provider-service.js';

export function buildRoutes(onShutdown: () => void): Routes {
  let server: ProviderServer | undefined;
  const getServer = async () => (server ??= createProviderServer());
  const unary = new Map<string, UnaryHandler>(providerRoutes(getServer));
  unary.set('/plugin.GRPCController/Shutdown', async () => {
    // The entry point leaves once this answer is out (terraform waits 2 s for the exit after it).
    onShutdown();
    return plugin.Empty.encode({}).finish();
  });
  unary.set('/grpc.health.v1.Health/Check', async () => plugin.HealthCheckResponse.encode({ status: plugin.HealthCheckResponse.ServingStatus.SERVING }).finish());
  return {
    unary,
    held: new Set(['/plugin.GRPCStdio/StreamStdio', '/plugin.GRPCBroker/StartStream']),
    // Before the first RPC there is no server, so nothing to drain.
    drain: async (reason) => server?.shutdown(reason),
  };
}
