'use strict';
// V8-shaped frames and CallSite details: receiver type names ("Object.<anonymous>",
// "K.m", "new K"), isToplevel()/getTypeName(), `new X()` columns at `new`, and no
// frames for the engine's call/apply machinery.
const { check, assert } = require('../check');

function where() {
  const orig = Error.prepareStackTrace;
  Error.prepareStackTrace = (err, cs) => cs;
  const e = {};
  Error.captureStackTrace(e, where);
  const cs = e.stack;
  Error.prepareStackTrace = orig;
  return cs[0];
}

class K {
  m() { return where(); }
  static s() { return where(); }
  stack() { return new Error('k').stack.split('\n')[1].trim(); }
}

check('CallSite.isToplevel()/getTypeName() for a plain call', () => {
  function caller() { return where(); }
  const c = caller();
  assert.strictEqual(c.isToplevel(), true);
  assert.strictEqual(c.getTypeName(), null);
  assert.strictEqual(c.getFunctionName(), 'caller');
  assert.strictEqual(c.isEval(), false);
  assert.strictEqual(c.isNative(), false);
});
check('CallSite.getTypeName()/getMethodName() for a method call', () => {
  const k = new K();
  const c = k.m();
  assert.strictEqual(c.isToplevel(), false);
  assert.strictEqual(c.getTypeName(), 'K');
  assert.strictEqual(c.getFunctionName(), 'm');
  assert.strictEqual(c.getMethodName(), 'm');
});
check('CallSite.getTypeName() for a static method is Function', () => {
  assert.strictEqual(K.s().getTypeName(), 'Function');
});
check('CallSite.toString() has the receiver type', () => {
  assert.strictEqual(new K().m().toString(), `K.m (${__filename}:18:16)`);
});
check('method frames are TypeName.method', () => {
  assert.strictEqual(new K().stack(), `at K.stack (${__filename}:20:20)`);
});
check('module top-level frames are Object.<anonymous>', () => {
  const stack = new Error('top').stack;
  assert.ok(stack.includes(`at Object.<anonymous> (${__filename}:`), stack);
});
check('constructor frames are "new Name" and `new` columns point at new', () => {
  class Ctor {
    constructor() { this.stack = new Error('c').stack.split('\n').slice(1, 3).map((l) => l.trim()); }
  }
  const [inner, outer] = new Ctor().stack;
  assert.strictEqual(inner, `at new Ctor (${__filename}:55:34)`);
  assert.strictEqual(outer, `at ${__filename}:57:26`);
});
check('Function.prototype.call/apply and Reflect.apply add no frames', () => {
  function f() { return new Error('x').stack; }
  for (const stack of [f.call(null), f.apply(null, []), Reflect.apply(f, null, [])]) {
    const lines = stack.split('\n');
    assert.strictEqual(lines[1].trim(), `at f (${__filename}:62:25)`);
    assert.ok(lines[2].includes(`${__filename}:63:`), lines[2]);
    assert.ok(!stack.includes('(native)'));
  }
  const o = { g() { return where(); } };
  assert.strictEqual(o.g.call(o).getTypeName(), 'Object');
});
check('builtin frames look like V8 ones', () => {
  let stack;
  [1].forEach(function cb() { stack = new Error('b').stack; });
  const lines = stack.split('\n');
  assert.strictEqual(lines[1].trim(), `at cb (${__filename}:74:39)`);
  assert.strictEqual(lines[2].trim(), 'at Array.forEach (<anonymous>)');
});
check('a user prepareStackTrace sees no hidden frames', () => {
  const orig = Error.prepareStackTrace;
  Error.prepareStackTrace = (e, cs) => cs.map((c) => c.getFunctionName());
  function f() { return new Error().stack; }
  const names = f.call(null);
  Error.prepareStackTrace = orig;
  assert.strictEqual(names[0], 'f');
  assert.ok(!names.includes('call'));
});
check('Error.prepareStackTrace receives stack-formatting call sites', () => {
  const orig = Error.prepareStackTrace;
  Error.prepareStackTrace = (e, cs) => `${e.message} @ ${cs[0]}`;
  function boom() { return new Error('m').stack; }
  const s = boom();
  Error.prepareStackTrace = orig;
  assert.strictEqual(s, `m @ boom (${__filename}:91:28)`);
});
