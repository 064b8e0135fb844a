// TEMPORARY stub so the wire layer can be built before the framework lands; replaced by the real provider.
import type { ProviderServer } from './framework/server.js';

export function createProviderServer(_options: { includeTestResources?: boolean } = {}): ProviderServer {
  const empty = { version: 0, block: { attributes: [], blockTypes: [], description: '', deprecated: false } };
  const none = async () => [];
  return {
    getProviderSchema: () => ({ provider: empty, resources: {}, dataSources: {}, diagnostics: [] }),
    typeOf: (kind) => (kind === 'provider' ? ['object', {}] : undefined),
    validateProviderConfig: none,
    configureProvider: none,
    validateResourceConfig: none,
    validateDataResourceConfig: none,
    upgradeResourceState: async (_t, _v, state) => ({ state, diagnostics: [] }),
    readResource: async (_t, current) => ({ state: current, private: new Uint8Array(), diagnostics: [] }),
    planResourceChange: async (_t, _p, proposed) => ({ planned: proposed, requiresReplace: [], private: new Uint8Array(), diagnostics: [] }),
    applyResourceChange: async (_t, _p, planned) => ({ state: planned, private: new Uint8Array(), diagnostics: [] }),
    importResourceState: async () => ({ imported: [], diagnostics: [] }),
    readDataSource: async (_t, config) => ({ state: config, diagnostics: [] }),
    stop: async () => '',
  };
}
