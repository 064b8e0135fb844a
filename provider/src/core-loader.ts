// Loads core.ts. In the bundle, scripts/build.mjs replaces this module with one that compiles the
// core from an embedded string only when first needed: V8 then need not scan ~1.7 MB of code
// before the handshake line (terraform starts the provider several times per command).
export const loadCore = (): Promise<typeof import('./core.js')> => import('./core.js');
