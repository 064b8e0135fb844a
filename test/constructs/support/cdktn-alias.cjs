// Preloaded (`node --require`) into a CDKTF app to run it, unchanged, on CDK Terrain: `cdktf` is
// resolved as `cdktn`, and this repository's constructs use the bindings @cdktn/provider-generator
// made (constructs/generated-cdktn/) instead of the CDKTF ones. cdktf itself is never loaded, so
// the two runtimes do not meet in one app. A consumer of the package needs none of this: it
// imports `cdktn` and `terraform-provider-appviewx/cdktn/constructs` (see constructs/README.md).
'use strict';
const Module = require('node:module');
const { join, sep } = require('node:path');

const CONSTRUCTS_SRC = join(__dirname, '..', '..', '..', 'constructs', 'src') + sep;
const resolveFilename = Module._resolveFilename;

Module._resolveFilename = function resolveOnCdktn(request, parent, ...rest) {
  let aliased = request;
  if (request === 'cdktf' || request.startsWith('cdktf/')) aliased = 'cdktn' + request.slice('cdktf'.length);
  else if (request.startsWith('../generated/') && parent?.filename?.startsWith(CONSTRUCTS_SRC)) aliased = '../generated-cdktn/' + request.slice('../generated/'.length);
  return resolveFilename.call(this, aliased, parent, ...rest);
};
