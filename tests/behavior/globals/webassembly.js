'use strict';
// WebAssembly: the namespace, validate/compile/instantiate, numeric exports
// (i32, i64 as BigInt, f32, f64, multi-value), traps as RuntimeError, CompileError,
// LinkError, Module reflection. The modules were assembled from the WAT in the
// comments (the `wat` crate); the bytes are what matters.
const { check, checkAsync, assert } = require('../check');

// (module
//   (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
//   (func (export "add64") (param i64 i64) (result i64) (i64.add (local.get 0) (local.get 1)))
//   (func (export "mulf64") (param f64 f64) (result f64) (f64.mul (local.get 0) (local.get 1)))
//   (func (export "addf32") (param f32 f32) (result f32) (f32.add (local.get 0) (local.get 1)))
//   (func (export "div") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
//   (func (export "trunc") (param f64) (result i32) (i32.trunc_f64_s (local.get 0)))
//   (func (export "boom") unreachable)
//   (func (export "swap") (param i32 i64) (result i64 i32) (local.get 1) (local.get 0))
//   (func $rec (export "recurse") (param i32) (result i32) (call $rec (i32.add (local.get 0) (i32.const 1))))
//   (func (export "nothing"))
// )
const BASIC_WASM = new Uint8Array([
  0x00,0x61,0x73,0x6d,0x01,0x00,0x00,0x00,0x01,0x2d,0x08,0x60,0x02,0x7f,0x7f,0x01,0x7f,0x60,0x02,0x7e,0x7e,0x01,0x7e,0x60,
  0x02,0x7c,0x7c,0x01,0x7c,0x60,0x02,0x7d,0x7d,0x01,0x7d,0x60,0x01,0x7c,0x01,0x7f,0x60,0x00,0x00,0x60,0x02,0x7f,0x7e,0x02,
  0x7e,0x7f,0x60,0x01,0x7f,0x01,0x7f,0x03,0x0b,0x0a,0x00,0x01,0x02,0x03,0x00,0x04,0x05,0x06,0x07,0x05,0x07,0x51,0x0a,0x03,
  0x61,0x64,0x64,0x00,0x00,0x05,0x61,0x64,0x64,0x36,0x34,0x00,0x01,0x06,0x6d,0x75,0x6c,0x66,0x36,0x34,0x00,0x02,0x06,0x61,
  0x64,0x64,0x66,0x33,0x32,0x00,0x03,0x03,0x64,0x69,0x76,0x00,0x04,0x05,0x74,0x72,0x75,0x6e,0x63,0x00,0x05,0x04,0x62,0x6f,
  0x6f,0x6d,0x00,0x06,0x04,0x73,0x77,0x61,0x70,0x00,0x07,0x07,0x72,0x65,0x63,0x75,0x72,0x73,0x65,0x00,0x08,0x07,0x6e,0x6f,
  0x74,0x68,0x69,0x6e,0x67,0x00,0x09,0x0a,0x47,0x0a,0x07,0x00,0x20,0x00,0x20,0x01,0x6a,0x0b,0x07,0x00,0x20,0x00,0x20,0x01,
  0x7c,0x0b,0x07,0x00,0x20,0x00,0x20,0x01,0xa2,0x0b,0x07,0x00,0x20,0x00,0x20,0x01,0x92,0x0b,0x07,0x00,0x20,0x00,0x20,0x01,
  0x6d,0x0b,0x05,0x00,0x20,0x00,0xaa,0x0b,0x03,0x00,0x00,0x0b,0x06,0x00,0x20,0x01,0x20,0x00,0x0b,0x09,0x00,0x20,0x00,0x41,
  0x01,0x6a,0x10,0x08,0x0b,0x02,0x00,0x0b,0x00,0x0d,0x04,0x6e,0x61,0x6d,0x65,0x01,0x06,0x01,0x08,0x03,0x72,0x65,0x63,
]);

// (module
//   (import "env" "hello" (func $hello (param i32)))
//   (func $main (call $hello (i32.const 7)))
//   (start $main)
//   (@custom "meta" "abc")
// )
const START_WASM = new Uint8Array([
  0x00,0x61,0x73,0x6d,0x01,0x00,0x00,0x00,0x01,0x08,0x02,0x60,0x01,0x7f,0x00,0x60,0x00,0x00,0x02,0x0d,0x01,0x03,0x65,0x6e,
  0x76,0x05,0x68,0x65,0x6c,0x6c,0x6f,0x00,0x00,0x03,0x02,0x01,0x01,0x08,0x01,0x01,0x0a,0x08,0x01,0x06,0x00,0x41,0x07,0x10,
  0x00,0x0b,0x00,0x08,0x04,0x6d,0x65,0x74,0x61,0x61,0x62,0x63,0x00,0x15,0x04,0x6e,0x61,0x6d,0x65,0x01,0x0e,0x02,0x00,0x05,
  0x68,0x65,0x6c,0x6c,0x6f,0x01,0x04,0x6d,0x61,0x69,0x6e,
]);

check('namespace shape', () => {
  assert.strictEqual(typeof WebAssembly, 'object');
  assert.strictEqual(Object.prototype.toString.call(WebAssembly), '[object WebAssembly]');
  assert.deepStrictEqual(Object.keys(WebAssembly), ['compile', 'validate', 'instantiate', 'compileStreaming', 'instantiateStreaming']);
  for (const name of ['Module', 'Instance', 'Memory', 'Table', 'Global', 'CompileError', 'LinkError', 'RuntimeError']) {
    assert.strictEqual(typeof WebAssembly[name], 'function', name);
  }
  const d = Object.getOwnPropertyDescriptor(globalThis, 'WebAssembly');
  assert.strictEqual(d.enumerable, false);
});

check('function lengths follow WebIDL', () => {
  const W = WebAssembly;
  const lengths = {};
  for (const k of ['compile', 'validate', 'instantiate', 'compileStreaming', 'instantiateStreaming', 'Module', 'Instance', 'Memory', 'Table', 'Global', 'CompileError', 'LinkError', 'RuntimeError']) lengths[k] = W[k].length;
  assert.deepStrictEqual(Object.values(lengths), [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  assert.strictEqual(W.Module.customSections.length, 2);
  assert.deepStrictEqual([W.Table.prototype.set.length, W.Table.prototype.grow.length, W.Memory.prototype.grow.length], [1, 1, 1]);
  assert.deepStrictEqual(Object.keys(W.Module), ['imports', 'exports', 'customSections']);
});

check('error classes are Error subclasses', () => {
  for (const name of ['CompileError', 'LinkError', 'RuntimeError']) {
    const E = WebAssembly[name];
    const e = new E('msg');
    assert.ok(e instanceof Error);
    assert.ok(e instanceof E);
    assert.strictEqual(e.name, name);
    assert.strictEqual(e.message, 'msg');
    assert.strictEqual(String(e), `${name}: msg`);
    assert.strictEqual(Object.getPrototypeOf(E), Error);
    assert.deepStrictEqual(Object.keys(e), []);
  }
});

check('validate', () => {
  assert.strictEqual(WebAssembly.validate(BASIC_WASM), true);
  assert.strictEqual(WebAssembly.validate(BASIC_WASM.buffer), true);
  assert.strictEqual(WebAssembly.validate(new Uint8Array([1, 2, 3, 4])), false);
  assert.strictEqual(WebAssembly.validate(new Uint8Array(0)), false);
  assert.strictEqual(WebAssembly.validate(BASIC_WASM.subarray(0, 40)), false);
  assert.throws(() => WebAssembly.validate('nope'), TypeError);
});

const basic = new WebAssembly.Instance(new WebAssembly.Module(BASIC_WASM)).exports;

check('i32 exports convert with ToInt32', () => {
  assert.strictEqual(basic.add(2, 3), 5);
  assert.strictEqual(basic.add(0x7fffffff, 1), -0x80000000);
  assert.strictEqual(basic.add('40', true), 41);
  assert.strictEqual(basic.add(1.9, -1.9), 0);
  assert.strictEqual(basic.add(2 ** 32 + 5, undefined), 5);
  assert.strictEqual(basic.add(), 0);
  assert.strictEqual(basic.add({ valueOf: () => 7 }, NaN), 7);
});

check('i64 is BigInt both ways', () => {
  assert.strictEqual(basic.add64(1n, 2n), 3n);
  assert.strictEqual(basic.add64(2n ** 63n - 1n, 1n), -(2n ** 63n));
  assert.strictEqual(basic.add64(2n ** 64n + 5n, 0n), 5n);
  assert.strictEqual(basic.add64('10', true), 11n);
  assert.throws(() => basic.add64(1, 2), TypeError);
  assert.throws(() => basic.add64(), TypeError);
});

check('f64 and f32', () => {
  assert.strictEqual(basic.mulf64(1.5, 4), 6);
  assert.ok(Number.isNaN(basic.mulf64('x', 1)));
  assert.strictEqual(basic.mulf64(Infinity, -1), -Infinity);
  assert.strictEqual(basic.addf32(0.1, 0.2), Math.fround(Math.fround(0.1) + Math.fround(0.2)));
  assert.strictEqual(basic.addf32(2 ** 200, 0), Infinity);
});

check('multi-value results are an array', () => {
  assert.deepStrictEqual(basic.swap(1, 2n), [2n, 1]);
});

check('a void function returns undefined', () => {
  assert.strictEqual(basic.nothing(), undefined);
});

check('exported functions: name is the function index, length the arity', () => {
  assert.strictEqual(basic.add.name, '0');
  assert.strictEqual(basic.add.length, 2);
  assert.strictEqual(basic.mulf64.name, '2');
  assert.strictEqual(basic.nothing.length, 0);
  assert.strictEqual(typeof basic.add, 'function');
});

check('exports object: null prototype, frozen, definition order', () => {
  assert.strictEqual(Object.getPrototypeOf(basic), null);
  assert.ok(Object.isFrozen(basic));
  assert.deepStrictEqual(Object.keys(basic), ['add', 'add64', 'mulf64', 'addf32', 'div', 'trunc', 'boom', 'swap', 'recurse', 'nothing']);
});

function trap(fn, message) {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof WebAssembly.RuntimeError, `not a RuntimeError: ${e}`);
    assert.strictEqual(e.name, 'RuntimeError');
    assert.strictEqual(e.message, message);
    return true;
  });
}

check('traps are RuntimeErrors with V8 messages', () => {
  trap(() => basic.boom(), 'unreachable');
  trap(() => basic.div(1, 0), 'divide by zero');
  trap(() => basic.div(-0x80000000, -1), 'divide result unrepresentable');
  trap(() => basic.trunc(NaN), 'float unrepresentable in integer range');
  assert.strictEqual(basic.div(7, 2), 3);
});

check('unbounded recursion is a RangeError', () => {
  assert.throws(() => basic.recurse(0), RangeError);
  // ...and the instance still works afterwards.
  assert.strictEqual(basic.add(1, 1), 2);
});

check('CompileError on bad bytes', () => {
  for (const bytes of [new Uint8Array([1, 2, 3, 4]), new Uint8Array(0), BASIC_WASM.subarray(0, 40)]) {
    assert.throws(() => new WebAssembly.Module(bytes), (e) => {
      assert.ok(e instanceof WebAssembly.CompileError);
      assert.ok(e.message.startsWith('WebAssembly.Module(): '), e.message);
      return true;
    });
  }
});

check('argument errors are TypeErrors', () => {
  assert.throws(() => new WebAssembly.Module(5), { name: 'TypeError', message: 'WebAssembly.Module(): Argument 0 must be a buffer source' });
  assert.throws(() => new WebAssembly.Module(), TypeError);
  assert.throws(() => new WebAssembly.Instance({}), TypeError);
  assert.throws(() => WebAssembly.Module.exports({}), TypeError);
});

check('Module.imports / exports / customSections', () => {
  const m = new WebAssembly.Module(START_WASM);
  assert.deepStrictEqual(WebAssembly.Module.imports(m), [{ module: 'env', name: 'hello', kind: 'function' }]);
  assert.deepStrictEqual(WebAssembly.Module.exports(m), []);
  const secs = WebAssembly.Module.customSections(m, 'meta');
  assert.strictEqual(secs.length, 1);
  assert.ok(secs[0] instanceof ArrayBuffer);
  assert.strictEqual(Buffer.from(secs[0]).toString(), 'abc');
  assert.deepStrictEqual(WebAssembly.Module.customSections(m, 'nope'), []);
  const b = new WebAssembly.Module(BASIC_WASM);
  assert.deepStrictEqual(WebAssembly.Module.exports(b).slice(0, 2), [{ name: 'add', kind: 'function' }, { name: 'add64', kind: 'function' }]);
  assert.strictEqual(Object.prototype.toString.call(b), '[object WebAssembly.Module]');
});

check('the start function runs at instantiation', () => {
  const seen = [];
  const inst = new WebAssembly.Instance(new WebAssembly.Module(START_WASM), { env: { hello: (x) => seen.push(x) } });
  assert.deepStrictEqual(seen, [7]);
  assert.strictEqual(Object.prototype.toString.call(inst), '[object WebAssembly.Instance]');
});

check('LinkError on missing imports', () => {
  const m = new WebAssembly.Module(START_WASM);
  assert.throws(() => new WebAssembly.Instance(m, { env: {} }), (e) => {
    assert.ok(e instanceof WebAssembly.LinkError);
    assert.strictEqual(e.message, 'WebAssembly.Instance(): Import #0 module="env" function="hello" error: function import requires a callable');
    return true;
  });
  assert.throws(() => new WebAssembly.Instance(m), { name: 'TypeError', message: 'WebAssembly.Instance(): Imports argument must be present and must be an object' });
  assert.throws(() => new WebAssembly.Instance(m, {}), { name: 'TypeError', message: 'WebAssembly.Instance(): Import #0 module="env" error: module is not an object or function' });
});

checkAsync('compile() resolves to a Module', async () => {
  const p = WebAssembly.compile(BASIC_WASM);
  assert.ok(p instanceof Promise);
  const m = await p;
  assert.ok(m instanceof WebAssembly.Module);
});

checkAsync('compile() rejects with CompileError / TypeError', async () => {
  await assert.rejects(WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 2, 0, 0, 0])), WebAssembly.CompileError);
  await assert.rejects(WebAssembly.compile(42), { name: 'TypeError', message: 'WebAssembly.compile(): Argument 0 must be a buffer source' });
});

checkAsync('instantiate(bytes) resolves to { module, instance }', async () => {
  const r = await WebAssembly.instantiate(BASIC_WASM);
  assert.deepStrictEqual(Object.keys(r), ['module', 'instance']);
  assert.ok(r.module instanceof WebAssembly.Module);
  assert.ok(r.instance instanceof WebAssembly.Instance);
  assert.strictEqual(r.instance.exports.add(20, 22), 42);
});

checkAsync('instantiate(module) resolves to an Instance', async () => {
  const inst = await WebAssembly.instantiate(new WebAssembly.Module(BASIC_WASM));
  assert.ok(inst instanceof WebAssembly.Instance);
  assert.strictEqual(inst.exports.add64(40n, 2n), 42n);
});

checkAsync('instantiate() rejections', async () => {
  await assert.rejects(WebAssembly.instantiate(5), { name: 'TypeError', message: 'WebAssembly.instantiate(): Argument 0 must be a buffer source or a WebAssembly.Module object' });
  await assert.rejects(WebAssembly.instantiate(BASIC_WASM, 5), { name: 'TypeError', message: 'WebAssembly.instantiate(): Argument 1 must be an object' });
  await assert.rejects(WebAssembly.instantiate(START_WASM, { env: {} }), {
    name: 'LinkError',
    message: 'WebAssembly.instantiate(): Import #0 module="env" function="hello" error: function import requires a callable',
  });
  await assert.rejects(WebAssembly.instantiate(new Uint8Array([9])), WebAssembly.CompileError);
});

checkAsync('compileStreaming / instantiateStreaming on a fetch Response', async () => {
  const http = require('http');
  const server = http.createServer((req, res) => {
    res.setHeader('content-type', req.url === '/text' ? 'text/plain' : 'application/wasm');
    res.end(Buffer.from(BASIC_WASM));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const m = await WebAssembly.compileStreaming(fetch(`${base}/a.wasm`));
    assert.ok(m instanceof WebAssembly.Module);
    const { module, instance } = await WebAssembly.instantiateStreaming(fetch(`${base}/a.wasm`));
    assert.ok(module instanceof WebAssembly.Module);
    assert.strictEqual(instance.exports.add(40, 2), 42);
    await assert.rejects(WebAssembly.compileStreaming(fetch(`${base}/text`)), {
      name: 'TypeError', code: 'ERR_WEBASSEMBLY_RESPONSE', message: "WebAssembly response has unsupported MIME type 'text/plain'",
    });
    await assert.rejects(WebAssembly.instantiateStreaming(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
  } finally {
    server.close();
  }
});
