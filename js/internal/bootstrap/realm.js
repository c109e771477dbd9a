'use strict';
// The built-in module registry (Node's BuiltinModule). Rust calls this file with
// (exports, undefined, module, internalBinding); it then boots node.js and the main script.

const rawBinding = internalBinding;
const bindingCache = new Map();
function cachedBinding(name) {
  let b = bindingCache.get(name);
  if (b === undefined) {
    b = rawBinding(name);
    bindingCache.set(name, b);
  }
  return b;
}

const builtins = cachedBinding('builtins');
const builtinIds = builtins.ids;
const cache = new Map();

// `process` is created here so that every module's wrapper can receive it;
// internal/bootstrap/node fills it in and gives it EventEmitter's prototype.
process = {};

function requireBuiltin(id) {
  const cached = cache.get(id);
  if (cached !== undefined) return cached.exports;
  const mod = { exports: {}, id, loaded: false };
  cache.set(id, mod);
  let fn;
  try {
    fn = builtins.compile(id);
    fn.call(mod.exports, mod.exports, requireBuiltin, mod, cachedBinding, process);
  } catch (err) {
    cache.delete(id);
    throw err;
  }
  mod.loaded = true;
  return mod.exports;
}

// Modules users may require: every non-internal js/ file, minus the repo's helpers.
const publicIds = builtinIds.filter((id) => !id.startsWith('internal/') && id !== 'README');
const publicSet = new Set(publicIds);
// Node requires these with the node: prefix only.
const schemeOnly = new Set(['test', 'test/reporters', 'sqlite', 'sea']);

function canBeRequiredByUsers(id) {
  return publicSet.has(id) && !schemeOnly.has(id);
}
function canBeRequiredWithScheme(id) {
  return publicSet.has(id);
}

requireBuiltin.builtinIds = publicIds.filter((id) => !schemeOnly.has(id));
requireBuiltin.canBeRequiredByUsers = canBeRequiredByUsers;
requireBuiltin.canBeRequiredWithScheme = canBeRequiredWithScheme;
requireBuiltin.isLoaded = (id) => cache.has(id);

module.exports = requireBuiltin;
cache.set('internal/bootstrap/realm', module);

requireBuiltin('internal/bootstrap/node');
requireBuiltin('internal/main/run_main');
