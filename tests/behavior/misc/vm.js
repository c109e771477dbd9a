'use strict';
// vm. (minode has one realm: contexts share builtins, so instanceof-across-contexts
// and realm identity are not tested.)
const { check, assert } = require('../check');
const vm = require('vm');

check('runInThisContext evaluates in the global scope', () => {
  assert.strictEqual(vm.runInThisContext('1 + 2'), 3);
  vm.runInThisContext('var vmGlobalVar = 42;');
  assert.strictEqual(globalThis.vmGlobalVar, 42);
  assert.strictEqual(vm.runInThisContext('typeof require'), 'undefined');
});

check('Script compiles once and runs many times', () => {
  const s = new vm.Script('counter = (typeof counter === "number" ? counter : 0) + 1', { filename: 'count.js' });
  const ctx = vm.createContext({});
  s.runInContext(ctx);
  s.runInContext(ctx);
  assert.strictEqual(ctx.counter, 2);
  assert.strictEqual(s.runInNewContext({ counter: 10 }), 11);
  assert.throws(() => new vm.Script('let = = 1'), SyntaxError);
});

check('runInContext: reads, var, assignments, functions land on the context', () => {
  const ctx = vm.createContext({ a: 1 });
  const r = vm.runInContext('var b = a + 1; c = 3; function f() { return a * 10; } a + b', ctx);
  assert.strictEqual(r, 3);
  assert.strictEqual(ctx.b, 2);
  assert.strictEqual(ctx.c, 3);
  assert.strictEqual(typeof ctx.f, 'function');
  assert.strictEqual(ctx.f(), 10);
  assert.strictEqual(globalThis.c, undefined);
  assert.strictEqual(vm.runInContext('typeof globalThis.a', ctx), 'number');
});

check('runInNewContext', () => {
  assert.strictEqual(vm.runInNewContext('x * 2', { x: 21 }), 42);
  assert.strictEqual(vm.runInNewContext('typeof require'), 'undefined');
  const sandbox = { list: [] };
  vm.runInNewContext('list.push(1, 2); total = list.length', sandbox);
  assert.strictEqual(sandbox.total, 2);
  assert.strictEqual(JSON.stringify(vm.runInNewContext('[1, 2].map((v) => v * y)', { y: 3 })), '[3,6]');
});

check('isContext and createContext', () => {
  const o = {};
  assert.strictEqual(vm.isContext(o), false);
  assert.strictEqual(vm.createContext(o), o);
  assert.strictEqual(vm.isContext(o), true);
  assert.throws(() => vm.isContext(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => vm.runInContext('1', {}), { code: 'ERR_INVALID_ARG_TYPE' });
});

check('compileFunction with params and context extensions', () => {
  const fn = vm.compileFunction('return a + b + k', ['a', 'b'], { contextExtensions: [{ k: 100 }] });
  assert.strictEqual(fn(1, 2), 103);
  assert.strictEqual(fn.length, 2);
  const plain = vm.compileFunction('return typeof module');
  assert.strictEqual(plain(), 'undefined');
  assert.throws(() => vm.compileFunction('return )'), SyntaxError);
});

check('vm.constants and createContext(DONT_CONTEXTIFY)', () => {
  assert.deepStrictEqual(Object.keys(vm.constants), ['USE_MAIN_CONTEXT_DEFAULT_LOADER', 'DONT_CONTEXTIFY']);
  assert.strictEqual(typeof vm.constants.DONT_CONTEXTIFY, 'symbol');
  const g = vm.createContext(vm.constants.DONT_CONTEXTIFY);
  assert.strictEqual(typeof g, 'object');
  assert.strictEqual(vm.runInContext('typeof Array', g), 'function');
  vm.runInContext('var x = 41; x++', g);
  assert.strictEqual(g.x, 42);
});
