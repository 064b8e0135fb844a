// The package version: injected by the bundler (scripts/build.mjs), read from package.json otherwise.
declare const __PROVIDER_VERSION__: string | undefined;

export const PROVIDER_VERSION: string =
  typeof __PROVIDER_VERSION__ === 'string' ? __PROVIDER_VERSION__ : (require('../../../package.json') as { version: string }).version;
