'use strict';
// The deprecated `constants` module: os errno/signal/priority constants, then the fs
// and crypto constants when those modules are in the build.

const has = internalBinding('builtins').has;
const out = {};
const os = require('os').constants ?? {};
Object.assign(out, os.dlopen, os.errno, os.priority, os.signals);
for (const id of ['fs', 'crypto']) {
  if (has(id)) {
    try {
      Object.assign(out, require(id).constants);
    } catch {
      // A module that fails to load contributes nothing.
    }
  }
}
Object.freeze(out);
module.exports = out;
