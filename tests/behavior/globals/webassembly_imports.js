'use strict';
// WebAssembly imports and non-memory exports: JS functions called from wasm (argument
// and result conversion, exceptions passing through unchanged, re-entrancy),
// globals both ways, tables with call_indirect, and the Global/Table classes.
const { check, assert } = require('../check');

// (module
//   (import "env" "log" (func $log (param i32 f64 i64) (result i32)))
//   (import "env" "thrower" (func $thrower))
//   (import "env" "pair" (func $pair (result i32 i32)))
//   (import "math" "pi" (global $pi f64))
//   (import "math" "counter" (global $counter (mut i32)))
//   (func (export "callLog") (param i32) (result i32)
//     (call $log (local.get 0) (f64.const 1.5) (i64.const -5)))
//   (func (export "callThrower") (call $thrower))
//   (func (export "sumPair") (result i32) (call $pair) (i32.add))
//   (func (export "getPi") (result f64) (global.get $pi))
//   (func (export "bump") (result i32)
//     (global.set $counter (i32.add (global.get $counter) (i32.const 1)))
//     (global.get $counter))
//   (global $total (export "total") (mut i64) (i64.const 100))
//   (global (export "answer") i32 (i32.const 42))
//   (func (export "addTotal") (param i64) (result i64)
//     (global.set $total (i64.add (global.get $total) (local.get 0)))
//     (global.get $total))
// )
const IMPORTS_WASM = new Uint8Array([
  0x00,0x61,0x73,0x6d,0x01,0x00,0x00,0x00,0x01,0x22,0x07,0x60,0x03,0x7f,0x7c,0x7e,0x01,0x7f,0x60,0x00,0x00,0x60,0x00,0x02,
  0x7f,0x7f,0x60,0x01,0x7f,0x01,0x7f,0x60,0x00,0x01,0x7f,0x60,0x00,0x01,0x7c,0x60,0x01,0x7e,0x01,0x7e,0x02,0x3f,0x05,0x03,
  0x65,0x6e,0x76,0x03,0x6c,0x6f,0x67,0x00,0x00,0x03,0x65,0x6e,0x76,0x07,0x74,0x68,0x72,0x6f,0x77,0x65,0x72,0x00,0x01,0x03,
  0x65,0x6e,0x76,0x04,0x70,0x61,0x69,0x72,0x00,0x02,0x04,0x6d,0x61,0x74,0x68,0x02,0x70,0x69,0x03,0x7c,0x00,0x04,0x6d,0x61,
  0x74,0x68,0x07,0x63,0x6f,0x75,0x6e,0x74,0x65,0x72,0x03,0x7f,0x01,0x03,0x07,0x06,0x03,0x01,0x04,0x05,0x04,0x06,0x06,0x0c,
  0x02,0x7e,0x01,0x42,0xe4,0x00,0x0b,0x7f,0x00,0x41,0x2a,0x0b,0x07,0x4e,0x08,0x07,0x63,0x61,0x6c,0x6c,0x4c,0x6f,0x67,0x00,
  0x03,0x0b,0x63,0x61,0x6c,0x6c,0x54,0x68,0x72,0x6f,0x77,0x65,0x72,0x00,0x04,0x07,0x73,0x75,0x6d,0x50,0x61,0x69,0x72,0x00,
  0x05,0x05,0x67,0x65,0x74,0x50,0x69,0x00,0x06,0x04,0x62,0x75,0x6d,0x70,0x00,0x07,0x05,0x74,0x6f,0x74,0x61,0x6c,0x03,0x02,
  0x06,0x61,0x6e,0x73,0x77,0x65,0x72,0x03,0x03,0x08,0x61,0x64,0x64,0x54,0x6f,0x74,0x61,0x6c,0x00,0x08,0x0a,0x3b,0x06,0x11,
  0x00,0x20,0x00,0x44,0x00,0x00,0x00,0x00,0x00,0x00,0xf8,0x3f,0x42,0x7b,0x10,0x00,0x0b,0x04,0x00,0x10,0x01,0x0b,0x05,0x00,
  0x10,0x02,0x6a,0x0b,0x04,0x00,0x23,0x00,0x0b,0x0b,0x00,0x23,0x01,0x41,0x01,0x6a,0x24,0x01,0x23,0x01,0x0b,0x0b,0x00,0x23,
  0x02,0x20,0x00,0x7c,0x24,0x02,0x23,0x02,0x0b,0x00,0x33,0x04,0x6e,0x61,0x6d,0x65,0x01,0x15,0x03,0x00,0x03,0x6c,0x6f,0x67,
  0x01,0x07,0x74,0x68,0x72,0x6f,0x77,0x65,0x72,0x02,0x04,0x70,0x61,0x69,0x72,0x07,0x15,0x03,0x00,0x02,0x70,0x69,0x01,0x07,
  0x63,0x6f,0x75,0x6e,0x74,0x65,0x72,0x02,0x05,0x74,0x6f,0x74,0x61,0x6c,
]);

// (module
//   (type $binop (func (param i32 i32) (result i32)))
//   (import "env" "jsop" (func $jsop (type $binop)))
//   (table $t (export "table") 4 8 funcref)
//   (func $add (type $binop) (i32.add (local.get 0) (local.get 1)))
//   (func $sub (type $binop) (i32.sub (local.get 0) (local.get 1)))
//   (func $mul (type $binop) (i32.mul (local.get 0) (local.get 1)))
//   (func $neg (param i32) (result i32) (i32.sub (i32.const 0) (local.get 0)))
//   (elem (i32.const 0) $add $sub $mul $jsop)
//   (func (export "apply") (param i32 i32 i32) (result i32)
//     (call_indirect (type $binop) (local.get 1) (local.get 2) (local.get 0)))
//   (func (export "mul") (type $binop) (i32.mul (local.get 0) (local.get 1)))
//   (func (export "neg") (param i32) (result i32) (call $neg (local.get 0)))
// )
const TABLE_WASM = new Uint8Array([
  0x00,0x61,0x73,0x6d,0x01,0x00,0x00,0x00,0x01,0x13,0x03,0x60,0x02,0x7f,0x7f,0x01,0x7f,0x60,0x01,0x7f,0x01,0x7f,0x60,0x03,
  0x7f,0x7f,0x7f,0x01,0x7f,0x02,0x0c,0x01,0x03,0x65,0x6e,0x76,0x04,0x6a,0x73,0x6f,0x70,0x00,0x00,0x03,0x08,0x07,0x00,0x00,
  0x00,0x01,0x02,0x00,0x01,0x04,0x05,0x01,0x70,0x01,0x04,0x08,0x07,0x1d,0x04,0x05,0x74,0x61,0x62,0x6c,0x65,0x01,0x00,0x05,
  0x61,0x70,0x70,0x6c,0x79,0x00,0x05,0x03,0x6d,0x75,0x6c,0x00,0x06,0x03,0x6e,0x65,0x67,0x00,0x07,0x09,0x0a,0x01,0x00,0x41,
  0x00,0x0b,0x04,0x01,0x02,0x03,0x00,0x0a,0x3c,0x07,0x07,0x00,0x20,0x00,0x20,0x01,0x6a,0x0b,0x07,0x00,0x20,0x00,0x20,0x01,
  0x6b,0x0b,0x07,0x00,0x20,0x00,0x20,0x01,0x6c,0x0b,0x07,0x00,0x41,0x00,0x20,0x00,0x6b,0x0b,0x0b,0x00,0x20,0x01,0x20,0x02,
  0x20,0x00,0x11,0x00,0x00,0x0b,0x07,0x00,0x20,0x00,0x20,0x01,0x6c,0x0b,0x06,0x00,0x20,0x00,0x10,0x04,0x0b,0x00,0x32,0x04,
  0x6e,0x61,0x6d,0x65,0x01,0x1b,0x05,0x00,0x04,0x6a,0x73,0x6f,0x70,0x01,0x03,0x61,0x64,0x64,0x02,0x03,0x73,0x75,0x62,0x03,
  0x03,0x6d,0x75,0x6c,0x04,0x03,0x6e,0x65,0x67,0x04,0x08,0x01,0x00,0x05,0x62,0x69,0x6e,0x6f,0x70,0x05,0x04,0x01,0x00,0x01,
  0x74,
]);

function setup(overrides = {}) {
  const calls = [];
  const counter = new WebAssembly.Global({ value: 'i32', mutable: true }, 10);
  const env = {
    log(...args) { calls.push(args); return 7; },
    thrower() { throw new Error('from JS'); },
    pair() { return [3, 4]; },
    ...overrides,
  };
  const inst = new WebAssembly.Instance(new WebAssembly.Module(IMPORTS_WASM), { env, math: { pi: Math.PI, counter } });
  return { ex: inst.exports, calls, counter };
}

check('a JS import gets i32, f64 and i64 (BigInt) arguments', () => {
  const { ex, calls } = setup();
  assert.strictEqual(ex.callLog(5), 7);
  assert.strictEqual(ex.callLog(-1), 7);
  assert.deepStrictEqual(calls, [[5, 1.5, -5n], [-1, 1.5, -5n]]);
});

check("an import's result is converted to the wasm type", () => {
  for (const [ret, want] of [['12', 12], [2 ** 32 + 3, 3], [undefined, 0], [true, 1], [-1.7, -1], [{ valueOf: () => 9 }, 9]]) {
    const { ex } = setup({ log: () => ret });
    assert.strictEqual(ex.callLog(0), want);
  }
});

check('an exception thrown by an import propagates unchanged', () => {
  const { ex } = setup();
  assert.throws(() => ex.callThrower(), (e) => e instanceof Error && e.message === 'from JS' && !(e instanceof WebAssembly.RuntimeError));
  const sentinel = { reason: 'any value' };
  const { ex: ex2 } = setup({ thrower() { throw sentinel; } });
  assert.throws(() => ex2.callThrower(), (e) => e === sentinel);
  const { ex: ex3 } = setup({ thrower() { throw 42; } });
  assert.throws(() => ex3.callThrower(), (e) => e === 42);
});

check('an exception from result conversion propagates', () => {
  const { ex } = setup({ log: () => ({ valueOf() { throw new RangeError('bad valueOf'); } }) });
  assert.throws(() => ex.callLog(1), { name: 'RangeError', message: 'bad valueOf' });
});

check('an import can call back into wasm (re-entrancy)', () => {
  let inner;
  const r = setup({
    log(x) {
      if (x > 0) return r.ex.callLog(x - 1) + 1;
      inner = r.ex.getPi();
      return 100;
    },
  });
  assert.strictEqual(r.ex.callLog(3), 103);
  assert.strictEqual(inner, Math.PI);
});

check('an import can catch a trap from a nested wasm call', () => {
  const basic = setup().ex;
  const { ex } = setup({
    thrower() {
      assert.throws(() => basic.callThrower(), /from JS/);
    },
  });
  ex.callThrower();
});

check('multi-value import results come from an iterable', () => {
  assert.strictEqual(setup().ex.sumPair(), 7);
  assert.strictEqual(setup({ pair: () => new Set([10, 20]) }).ex.sumPair(), 30);
  assert.throws(() => setup({ pair: () => 5 }).ex.sumPair(), TypeError);
  assert.throws(() => setup({ pair: () => [1] }).ex.sumPair(), TypeError);
});

check('imported immutable global from a Number', () => {
  assert.strictEqual(setup().ex.getPi(), Math.PI);
});

check('an imported mutable Global is shared', () => {
  const { ex, counter } = setup();
  assert.strictEqual(ex.bump(), 11);
  assert.strictEqual(counter.value, 11);
  counter.value = 100;
  assert.strictEqual(ex.bump(), 101);
});

check('exported globals are WebAssembly.Global objects', () => {
  const { ex } = setup();
  assert.ok(ex.total instanceof WebAssembly.Global);
  assert.strictEqual(Object.prototype.toString.call(ex.total), '[object WebAssembly.Global]');
  assert.strictEqual(ex.total.value, 100n);
  assert.strictEqual(ex.addTotal(5n), 105n);
  assert.strictEqual(ex.total.value, 105n);
  ex.total.value = -1n;
  assert.strictEqual(ex.addTotal(1n), 0n);
  assert.strictEqual(ex.answer.value, 42);
  assert.strictEqual(ex.answer.valueOf(), 42);
  assert.throws(() => { ex.answer.value = 1; }, { name: 'TypeError', message: "set WebAssembly.Global.value: Can't set the value of an immutable global." });
  assert.throws(() => { ex.total.value = 1; }, { name: 'TypeError', message: 'Cannot convert 1 to a BigInt' });
});

check('import type mismatches are LinkErrors', () => {
  const m = new WebAssembly.Module(IMPORTS_WASM);
  const env = { log() {}, thrower() {}, pair() {} };
  const link = (math) => () => new WebAssembly.Instance(m, { env, math });
  assert.throws(link({ pi: 1, counter: 5 }), {
    name: 'LinkError', message: 'WebAssembly.Instance(): Import #4 module="math" function="counter" error: imported mutable global must be a WebAssembly.Global object',
  });
  assert.throws(link({ pi: 1, counter: new WebAssembly.Global({ value: 'i32' }, 1) }), {
    name: 'LinkError', message: 'WebAssembly.Instance(): Import #4 module="math" function="counter" error: imported global does not match the expected mutability',
  });
  assert.throws(link({ pi: 1, counter: new WebAssembly.Global({ value: 'f64', mutable: true }, 1) }), {
    name: 'LinkError', message: 'WebAssembly.Instance(): Import #4 module="math" function="counter" error: imported global does not match the expected type',
  });
  assert.throws(link({ pi: 1n, counter: new WebAssembly.Global({ value: 'i32', mutable: true }, 1) }), {
    name: 'LinkError', message: 'WebAssembly.Instance(): Import #3 module="math" function="pi" error: global import must be a number, valid Wasm reference, or WebAssembly.Global object',
  });
});

check('new WebAssembly.Global', () => {
  const g = new WebAssembly.Global({ value: 'i32', mutable: true }, 5.9);
  assert.strictEqual(g.value, 5);
  g.value = 2 ** 31;
  assert.strictEqual(g.value, -(2 ** 31));
  assert.strictEqual(new WebAssembly.Global({ value: 'i64' }).value, 0n);
  assert.strictEqual(new WebAssembly.Global({ value: 'f32' }, 0.1).value, Math.fround(0.1));
  assert.strictEqual(new WebAssembly.Global({ value: 'f64' }, 0.1).value, 0.1);
  assert.strictEqual(new WebAssembly.Global({ value: 'anyfunc' }).value, null);
  const o = {};
  assert.strictEqual(new WebAssembly.Global({ value: 'externref' }, o).value, o);
  assert.throws(() => new WebAssembly.Global({ value: 'i64' }, 1), { name: 'TypeError', message: 'Cannot convert 1 to a BigInt' });
  assert.throws(() => new WebAssembly.Global({ value: 'x' }), { name: 'TypeError', message: "WebAssembly.Global(): Descriptor property 'value' must be a WebAssembly type" });
  assert.deepStrictEqual(Object.keys(WebAssembly.Global.prototype), ['valueOf', 'value']);
});

const jsop = (a, b) => a * 10 + b;
const tex = new WebAssembly.Instance(new WebAssembly.Module(TABLE_WASM), { env: { jsop } }).exports;

check('call_indirect through an exported table', () => {
  assert.ok(tex.table instanceof WebAssembly.Table);
  assert.strictEqual(tex.table, tex.table);
  assert.strictEqual(tex.table.length, 4);
  assert.strictEqual(tex.apply(0, 5, 3), 8);
  assert.strictEqual(tex.apply(1, 5, 3), 2);
  assert.strictEqual(tex.apply(2, 5, 3), 15);
  assert.strictEqual(tex.apply(3, 5, 3), 53);
});

check('table entries are callable from JS, with a stable identity', () => {
  const f = tex.table.get(0);
  assert.strictEqual(typeof f, 'function');
  assert.strictEqual(f(20, 22), 42);
  assert.strictEqual(f.length, 2);
  assert.strictEqual(tex.table.get(0), f);
  // A JS import comes back as a wasm function wrapping it.
  const j = tex.table.get(3);
  assert.notStrictEqual(j, jsop);
  assert.strictEqual(j(4, 2), 42);
});

check('Table.set / grow and call_indirect traps', () => {
  const table = tex.table;
  table.set(1, tex.mul);
  assert.strictEqual(tex.apply(1, 6, 7), 42);
  table.set(1, null);
  assert.strictEqual(table.get(1), null);
  assert.throws(() => tex.apply(1, 1, 1), { name: 'RuntimeError', message: 'null function or function signature mismatch' });
  table.set(1, tex.neg);
  assert.throws(() => tex.apply(1, 1, 1), { name: 'RuntimeError', message: 'null function or function signature mismatch' });
  assert.throws(() => tex.apply(9, 1, 1), { name: 'RuntimeError', message: 'table index is out of bounds' });
  assert.strictEqual(table.grow(2), 4);
  assert.strictEqual(table.length, 6);
  assert.strictEqual(table.get(5), null);
  table.set(5, tex.mul);
  assert.strictEqual(tex.apply(5, 3, 3), 9);
  assert.throws(() => table.grow(10), { name: 'RangeError', message: 'WebAssembly.Table.grow(): failed to grow table by 10' });
  assert.throws(() => table.get(10), { name: 'RangeError', message: 'WebAssembly.Table.get(): invalid index 10 into function table' });
  assert.throws(() => table.set(0, () => 1), {
    name: 'TypeError',
    message: 'WebAssembly.Table.set(): Argument 1 is invalid for table: function-typed object must be null (if nullable) or a Wasm function object',
  });
});

check('new WebAssembly.Table', () => {
  const t = new WebAssembly.Table({ element: 'anyfunc', initial: 2, maximum: 3 });
  assert.strictEqual(t.length, 2);
  assert.strictEqual(t.get(0), null);
  t.set(0, tex.mul);
  assert.strictEqual(t.get(0)(2, 21), 42);
  assert.strictEqual(t.grow(1, tex.neg), 2);
  assert.strictEqual(t.get(2)(5), -5);
  assert.throws(() => t.grow(1), RangeError);
  const e = new WebAssembly.Table({ element: 'externref', initial: 2 }, 'x');
  assert.strictEqual(e.get(0), 'x');
  const o = { any: 'value' };
  e.set(1, o);
  assert.strictEqual(e.get(1), o);
  e.set(1);
  assert.strictEqual(e.get(1), undefined);
  assert.throws(() => new WebAssembly.Table({ element: 'i32', initial: 1 }), TypeError);
  assert.throws(() => new WebAssembly.Table({ element: 'anyfunc' }), TypeError);
  assert.deepStrictEqual(Object.keys(WebAssembly.Table.prototype), ['length', 'grow', 'set', 'get']);
  assert.strictEqual(Object.prototype.toString.call(t), '[object WebAssembly.Table]');
});
