'use strict';
// Loads minode's js/ modules under real node, with the same wrapper the runtime uses,
// so pure-JS modules can be compared with node's own before the runtime runs them.
// Usage: const { loadBuiltin } = require('./load'); loadBuiltin('util')
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const fakeBindings = require('./fake_bindings');

const JS_ROOT = path.join(__dirname, '..', '..', 'js');
const cache = new Map();

function loadBuiltin(id) {
  if (cache.has(id)) return cache.get(id).exports;
  const file = path.join(JS_ROOT, id + '.js');
  if (!fs.existsSync(file)) {
    // Not written yet: fall back to node's own module so others can be tested alone.
    const fallback = { 'internal/util/inspect': 'util', 'internal/util': 'util' }[id] ?? id;
    return require('node:' + fallback);
  }
  const module = { exports: {}, id };
  cache.set(id, module);
  const src = fs.readFileSync(file, 'utf8');
  const fn = vm.runInThisContext(
    '(function (exports, require, module, internalBinding, process) {' + src + '\n})',
    { filename: file });
  fn.call(module.exports, module.exports, loadBuiltin, module, fakeBindings.internalBinding, process);
  return module.exports;
}

module.exports = { loadBuiltin };

if (require.main === module) {
  const m = loadBuiltin(process.argv[2]);
  console.log(Object.keys(m));
}
