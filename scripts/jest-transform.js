// Jest transformer on esbuild (already a build dependency): TypeScript to CommonJS, types stripped.
// Type checking is `npm run typecheck`. (swc's jest plugin needs platform packages that this
// registry's npm leaves out of package-lock.json, which breaks `npm ci`.)
const { transformSync } = require('esbuild');

module.exports = {
  process(source, file) {
    const { code, map } = transformSync(source, { loader: file.endsWith('.ts') ? 'ts' : 'js', format: 'cjs', target: 'node20', sourcemap: 'external', sourcefile: file });
    return { code, map };
  },
};
