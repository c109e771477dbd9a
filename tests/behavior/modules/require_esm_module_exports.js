'use strict';
// require() of an ES module returns its namespace, or, when the module exports the name
// "module.exports", that export (Node 20.19+/22).
const { check, assert } = require('../check');

check('an export named "module.exports" is what require() returns', () => {
  const f = require('./fixtures/module_exports_name.mjs');
  assert.strictEqual(typeof f, 'function');
  assert.strictEqual(f('x'), 'made x');
  assert.strictEqual(f.extra, 'extra');
});

check('without it, require() returns the namespace', () => {
  const ns = require('./fixtures/plain_esm.mjs');
  assert.strictEqual(ns.default, 'dflt');
  assert.strictEqual(ns.value, 42);
  assert.strictEqual(Object.prototype.toString.call(ns), '[object Module]');
});
