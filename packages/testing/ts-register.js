// Lets a test start a real child process (a worker to kill mid-job) from TypeScript sources, as Jest
// runs them: the same SWC settings and the same @careplan/* → src mapping, no build needed.
// Usage: node -r packages/testing/ts-register.js apps/worker/src/main.ts
const Module = require('node:module');
const { readFileSync } = require('node:fs');
const { transformSync } = require('@swc/core');
const { swcOptions, workspaceSources } = require('./jest-preset');

const sources = Object.entries(workspaceSources()).map(([pattern, file]) => [new RegExp(pattern), file]);
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const found = sources.find(([pattern]) => pattern.test(request));
  return resolve.call(this, found ? found[1] : request, ...rest);
};

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), { ...swcOptions, filename });
  module._compile(code, filename);
};
