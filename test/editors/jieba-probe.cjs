// Preloaded (node -r) by pipes.test.mjs: says on standard error, at exit, whether nodejieba was
// required (the core falls back quietly when it cannot load, so the run itself does not tell).
const Module = require('node:module');
const load = Module._load;
let loaded = false;
Module._load = function (request, ...rest) {
  if (/nodejieba/.test(request)) loaded = true;
  return load.call(this, request, ...rest);
};
process.on('exit', () => process.stderr.write(`nodejieba loaded: ${loaded}\n`));
