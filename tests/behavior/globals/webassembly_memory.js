'use strict';
// WebAssembly.Memory: `buffer` is the wasm memory itself (no copy, writes visible
// both ways), detached and replaced when the memory grows (from JS or from wasm),
// data segments, bounds traps, imported memories.
const { check, assert } = require('../check');

// (module
//   (memory (export "mem") 1 4)
//   (data (i32.const 16) "hello wasm")
//   (func (export "load8") (param i32) (result i32) (i32.load8_u (local.get 0)))
//   (func (export "store32") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
//   (func (export "load32") (param i32) (result i32) (i32.load (local.get 0)))
//   (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
//   (func (export "size") (result i32) (memory.size))
//   (func (export "sum") (param i32 i32) (result i32) (local $s i32)
//     (block $done (loop $l
//       (br_if $done (i32.eqz (local.get 1)))
//       (local.set $s (i32.add (local.get $s) (i32.load8_u (local.get 0))))
//       (local.set 0 (i32.add (local.get 0) (i32.const 1)))
//       (local.set 1 (i32.sub (local.get 1) (i32.const 1)))
//       (br $l)))
//     (local.get $s))
// )
const MEMORY_WASM = new Uint8Array([
  0x00,0x61,0x73,0x6d,0x01,0x00,0x00,0x00,0x01,0x15,0x04,0x60,0x01,0x7f,0x01,0x7f,0x60,0x02,0x7f,0x7f,0x00,0x60,0x00,0x01,
  0x7f,0x60,0x02,0x7f,0x7f,0x01,0x7f,0x03,0x07,0x06,0x00,0x01,0x00,0x00,0x02,0x03,0x05,0x04,0x01,0x01,0x01,0x04,0x07,0x36,
  0x07,0x03,0x6d,0x65,0x6d,0x02,0x00,0x05,0x6c,0x6f,0x61,0x64,0x38,0x00,0x00,0x07,0x73,0x74,0x6f,0x72,0x65,0x33,0x32,0x00,
  0x01,0x06,0x6c,0x6f,0x61,0x64,0x33,0x32,0x00,0x02,0x04,0x67,0x72,0x6f,0x77,0x00,0x03,0x04,0x73,0x69,0x7a,0x65,0x00,0x04,
  0x03,0x73,0x75,0x6d,0x00,0x05,0x0a,0x53,0x06,0x07,0x00,0x20,0x00,0x2d,0x00,0x00,0x0b,0x09,0x00,0x20,0x00,0x20,0x01,0x36,
  0x02,0x00,0x0b,0x07,0x00,0x20,0x00,0x28,0x02,0x00,0x0b,0x06,0x00,0x20,0x00,0x40,0x00,0x0b,0x04,0x00,0x3f,0x00,0x0b,0x2b,
  0x01,0x01,0x7f,0x02,0x40,0x03,0x40,0x20,0x01,0x45,0x0d,0x01,0x20,0x02,0x20,0x00,0x2d,0x00,0x00,0x6a,0x21,0x02,0x20,0x00,
  0x41,0x01,0x6a,0x21,0x00,0x20,0x01,0x41,0x01,0x6b,0x21,0x01,0x0c,0x00,0x0b,0x0b,0x20,0x02,0x0b,0x0b,0x10,0x01,0x00,0x41,
  0x10,0x0b,0x0a,0x68,0x65,0x6c,0x6c,0x6f,0x20,0x77,0x61,0x73,0x6d,0x00,0x1b,0x04,0x6e,0x61,0x6d,0x65,0x02,0x06,0x01,0x05,
  0x01,0x02,0x01,0x73,0x03,0x0c,0x01,0x05,0x02,0x00,0x04,0x64,0x6f,0x6e,0x65,0x01,0x01,0x6c,
]);

// (module
//   (import "env" "memory" (memory 1))
//   (import "env" "cb" (func $cb))
//   (func (export "write") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
//   (func (export "growAndCall") (result i32) (drop (memory.grow (i32.const 1))) (call $cb) (memory.size))
// )
const MEMIMPORT_WASM = new Uint8Array([
  0x00,0x61,0x73,0x6d,0x01,0x00,0x00,0x00,0x01,0x0d,0x03,0x60,0x00,0x00,0x60,0x02,0x7f,0x7f,0x00,0x60,0x00,0x01,0x7f,0x02,
  0x18,0x02,0x03,0x65,0x6e,0x76,0x06,0x6d,0x65,0x6d,0x6f,0x72,0x79,0x02,0x00,0x01,0x03,0x65,0x6e,0x76,0x02,0x63,0x62,0x00,
  0x00,0x03,0x03,0x02,0x01,0x02,0x07,0x17,0x02,0x05,0x77,0x72,0x69,0x74,0x65,0x00,0x01,0x0b,0x67,0x72,0x6f,0x77,0x41,0x6e,
  0x64,0x43,0x61,0x6c,0x6c,0x00,0x02,0x0a,0x17,0x02,0x09,0x00,0x20,0x00,0x20,0x01,0x3a,0x00,0x00,0x0b,0x0b,0x00,0x41,0x01,
  0x40,0x00,0x1a,0x10,0x00,0x3f,0x00,0x0b,0x00,0x0c,0x04,0x6e,0x61,0x6d,0x65,0x01,0x05,0x01,0x00,0x02,0x63,0x62,
]);

const PAGE = 65536;
const { exports: ex } = new WebAssembly.Instance(new WebAssembly.Module(MEMORY_WASM));

check('exported memory is a WebAssembly.Memory with an ArrayBuffer', () => {
  assert.ok(ex.mem instanceof WebAssembly.Memory);
  assert.strictEqual(Object.prototype.toString.call(ex.mem), '[object WebAssembly.Memory]');
  assert.ok(ex.mem.buffer instanceof ArrayBuffer);
  assert.strictEqual(ex.mem.buffer.byteLength, PAGE);
  assert.strictEqual(ex.mem.buffer, ex.mem.buffer);
});

check('a data segment is readable from JS', () => {
  const bytes = new Uint8Array(ex.mem.buffer, 16, 10);
  assert.strictEqual(Buffer.from(bytes).toString('latin1'), 'hello wasm');
  assert.strictEqual(ex.load8(16), 'h'.charCodeAt(0));
  assert.strictEqual(ex.sum(16, 5), [...'hello'].reduce((a, c) => a + c.charCodeAt(0), 0));
});

check('JS writes are seen by wasm, wasm writes by JS', () => {
  const u8 = new Uint8Array(ex.mem.buffer);
  u8[100] = 0x2a;
  assert.strictEqual(ex.load8(100), 0x2a);
  new DataView(ex.mem.buffer).setInt32(200, -123456, true);
  assert.strictEqual(ex.load32(200), -123456);
  ex.store32(300, 0x01020304);
  assert.deepStrictEqual([...u8.subarray(300, 304)], [4, 3, 2, 1]);
  ex.store32(PAGE - 4, 7);
  assert.strictEqual(new DataView(ex.mem.buffer).getUint32(PAGE - 4, true), 7);
});

check('out-of-bounds access traps', () => {
  assert.throws(() => ex.load8(PAGE), { name: 'RuntimeError', message: 'memory access out of bounds' });
  assert.throws(() => ex.store32(PAGE - 2, 1), { name: 'RuntimeError', message: 'memory access out of bounds' });
  assert.throws(() => ex.load32(-1), WebAssembly.RuntimeError);
});

check('grow() from JS detaches the old buffer and keeps the data', () => {
  const old = ex.mem.buffer;
  const view = new Uint8Array(old);
  assert.strictEqual(view[100], 0x2a);
  assert.strictEqual(ex.mem.grow(1), 1);
  assert.strictEqual(old.byteLength, 0);
  assert.strictEqual(view.length, 0);
  assert.notStrictEqual(ex.mem.buffer, old);
  assert.strictEqual(ex.mem.buffer.byteLength, 2 * PAGE);
  assert.strictEqual(new Uint8Array(ex.mem.buffer)[100], 0x2a);
  assert.strictEqual(ex.size(), 2);
  ex.store32(PAGE + 8, 99);
  assert.strictEqual(new DataView(ex.mem.buffer).getInt32(PAGE + 8, true), 99);
});

check('grow(0) still detaches', () => {
  const old = ex.mem.buffer;
  assert.strictEqual(ex.mem.grow(0), 2);
  assert.strictEqual(old.byteLength, 0);
  assert.strictEqual(ex.mem.buffer.byteLength, 2 * PAGE);
});

check('memory.grow inside wasm detaches the JS buffer', () => {
  const old = ex.mem.buffer;
  assert.strictEqual(ex.grow(1), 2);
  assert.strictEqual(old.byteLength, 0);
  assert.strictEqual(ex.mem.buffer.byteLength, 3 * PAGE);
  assert.strictEqual(new Uint8Array(ex.mem.buffer)[100], 0x2a);
});

check('growing past the maximum', () => {
  assert.strictEqual(ex.grow(5), -1);
  assert.throws(() => ex.mem.grow(2), { name: 'RangeError', message: 'WebAssembly.Memory.grow(): Maximum memory size exceeded' });
  assert.strictEqual(ex.mem.grow(1), 3);
  assert.strictEqual(ex.mem.buffer.byteLength, 4 * PAGE);
});

check('new WebAssembly.Memory', () => {
  const m = new WebAssembly.Memory({ initial: 2, maximum: 3 });
  assert.strictEqual(m.buffer.byteLength, 2 * PAGE);
  assert.ok(new Uint8Array(m.buffer).every((b) => b === 0));
  assert.strictEqual(m.grow(1), 2);
  assert.throws(() => m.grow(1), RangeError);
  assert.strictEqual(new WebAssembly.Memory({ initial: 0 }).buffer.byteLength, 0);
  assert.deepStrictEqual(Object.keys(WebAssembly.Memory.prototype), ['grow', 'buffer']);
});

check('Memory descriptor errors', () => {
  assert.throws(() => new WebAssembly.Memory(), TypeError);
  assert.throws(() => new WebAssembly.Memory({}), { name: 'TypeError', message: "WebAssembly.Memory(): Property 'initial' is required" });
  assert.throws(() => new WebAssembly.Memory({ initial: 2, maximum: 1 }), {
    name: 'RangeError', message: "WebAssembly.Memory(): Property 'maximum': value 1 is below the lower bound 2",
  });
  assert.throws(() => new WebAssembly.Memory({ initial: 70000 }), RangeError);
  assert.throws(() => WebAssembly.Memory({ initial: 1 }), TypeError);
});

check('an imported Memory is shared with wasm', () => {
  const memory = new WebAssembly.Memory({ initial: 1, maximum: 4 });
  let seen;
  const inst = new WebAssembly.Instance(new WebAssembly.Module(MEMIMPORT_WASM), {
    env: {
      memory,
      cb() {
        // wasm grew the memory before calling out: the old buffer is already detached.
        seen = { old: before.byteLength, now: memory.buffer.byteLength };
      },
    },
  });
  inst.exports.write(5, 0xab);
  const before = memory.buffer;
  assert.strictEqual(new Uint8Array(before)[5], 0xab);
  assert.strictEqual(inst.exports.growAndCall(), 2);
  assert.deepStrictEqual(seen, { old: 0, now: 2 * PAGE });
  assert.strictEqual(new Uint8Array(memory.buffer)[5], 0xab);
});

check('LinkError for a too small imported memory', () => {
  const m = new WebAssembly.Module(MEMIMPORT_WASM);
  assert.throws(() => new WebAssembly.Instance(m, { env: { memory: new WebAssembly.Memory({ initial: 0 }), cb() {} } }), {
    name: 'LinkError', message: 'WebAssembly.Instance(): memory import 0 is smaller than initial 1, got 0',
  });
  assert.throws(() => new WebAssembly.Instance(m, { env: { memory: {}, cb() {} } }), {
    name: 'LinkError', message: 'WebAssembly.Instance(): Import #0 module="env" function="memory" error: memory import must be a WebAssembly.Memory object',
  });
});

check('an import can grow the memory wasm is using', () => {
  const memory = new WebAssembly.Memory({ initial: 1, maximum: 5 });
  let inner;
  const inst = new WebAssembly.Instance(new WebAssembly.Module(MEMIMPORT_WASM), {
    env: {
      memory,
      cb() {
        inner = memory.buffer;
        assert.strictEqual(memory.grow(1), 2);
        new Uint8Array(memory.buffer)[3 * PAGE - 1] = 9;
      },
    },
  });
  assert.strictEqual(inst.exports.growAndCall(), 3);
  assert.strictEqual(inner.byteLength, 0);
  assert.strictEqual(memory.buffer.byteLength, 3 * PAGE);
  inst.exports.write(3 * PAGE - 2, 7);
  assert.deepStrictEqual([...new Uint8Array(memory.buffer, 3 * PAGE - 2)], [7, 9]);
});
