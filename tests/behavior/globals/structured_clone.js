'use strict';
// structuredClone.
const { check, assert } = require('../check');

check('primitives clone to themselves', () => {
  for (const v of [1, -0, NaN, 'str', true, null, undefined, 10n]) assert.ok(Object.is(structuredClone(v), v));
});

check('objects and arrays are deep copies', () => {
  const src = { a: 1, nested: { b: [1, 2, { c: 3 }] } };
  const out = structuredClone(src);
  assert.deepStrictEqual(out, src);
  assert.notStrictEqual(out.nested, src.nested);
  assert.notStrictEqual(out.nested.b, src.nested.b);
  const arr = [1, , 3];
  arr.extra = 'y';
  const ac = structuredClone(arr);
  assert.strictEqual(ac.length, 3);
  assert.strictEqual(1 in ac, false);
  assert.strictEqual(ac.extra, 'y');
});

check('prototype, symbols, non-enumerables and accessors are dropped', () => {
  class Point { constructor() { this.x = 1; } get y() { return 2; } }
  const p = structuredClone(new Point());
  assert.strictEqual(Object.getPrototypeOf(p), Object.prototype);
  assert.deepStrictEqual(p, { x: 1 });
  const o = { get g() { return 5; }, [Symbol('s')]: 1 };
  Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
  const c = structuredClone(o);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(c, 'g'), { value: 5, writable: true, enumerable: true, configurable: true });
  assert.deepStrictEqual(Reflect.ownKeys(c), ['g']);
});

check('cycles and shared references are preserved', () => {
  const shared = { s: 1 };
  const src = { a: shared, b: shared };
  src.self = src;
  src.map = new Map([[src, shared]]);
  const out = structuredClone(src);
  assert.strictEqual(out.self, out);
  assert.strictEqual(out.a, out.b);
  assert.notStrictEqual(out.a, shared);
  assert.strictEqual(out.map.get(out), out.a);
});

check('Map, Set, Date, RegExp, boxed primitives', () => {
  const m = structuredClone(new Map([[1, { a: 1 }], ['k', new Set([1, 2])]]));
  assert.ok(m instanceof Map);
  assert.deepStrictEqual(m.get(1), { a: 1 });
  assert.deepStrictEqual([...m.get('k')], [1, 2]);
  const d = structuredClone(new Date(1234));
  assert.ok(d instanceof Date);
  assert.strictEqual(d.getTime(), 1234);
  const re = /a+b/gi;
  re.lastIndex = 3;
  const r = structuredClone(re);
  assert.strictEqual(r.source, 'a+b');
  assert.strictEqual(r.flags, 'gi');
  assert.strictEqual(r.lastIndex, 0);
  const n = structuredClone(new Number(-0));
  assert.strictEqual(typeof n, 'object');
  assert.ok(Object.is(n.valueOf(), -0));
  assert.strictEqual(structuredClone(new String('ab')).valueOf(), 'ab');
  assert.strictEqual(structuredClone(new Boolean(false)).valueOf(), false);
  assert.strictEqual(structuredClone(Object(5n)).valueOf(), 5n);
});

check('ArrayBuffer, typed arrays and DataView keep sharing', () => {
  const u8 = new Uint8Array([1, 2, 3, 4]);
  const src = { u8, sub: u8.subarray(1, 3), dv: new DataView(u8.buffer, 1, 2), f: new Float64Array([1.5]) };
  const out = structuredClone(src);
  assert.deepStrictEqual([...out.sub], [2, 3]);
  assert.strictEqual(out.u8.buffer, out.sub.buffer);
  assert.strictEqual(out.dv.buffer, out.u8.buffer);
  assert.strictEqual(out.dv.byteOffset, 1);
  assert.notStrictEqual(out.u8.buffer, u8.buffer);
  assert.strictEqual(out.f[0], 1.5);
  const b = structuredClone(Buffer.from('hi'));
  assert.strictEqual(b.constructor, Uint8Array);
  assert.deepStrictEqual([...b], [104, 105]);
});

check('errors keep type, message, stack and cause', () => {
  const e = new RangeError('bad', { cause: { why: 1 } });
  e.extra = 1;
  const c = structuredClone(e);
  assert.ok(c instanceof RangeError);
  assert.strictEqual(c.message, 'bad');
  assert.strictEqual(c.stack, e.stack);
  assert.deepStrictEqual(c.cause, { why: 1 });
  assert.strictEqual(c.extra, undefined);
  class MyErr extends TypeError {}
  const m = structuredClone(new MyErr('q'));
  assert.strictEqual(Object.getPrototypeOf(m), TypeError.prototype);
  const custom = new Error('x');
  custom.name = 'Custom';
  assert.strictEqual(structuredClone(custom).name, 'Error');
});

check('functions, symbols and weak collections throw DataCloneError', () => {
  const cases = [
    [() => 1, '() => 1 could not be cloned.'],
    [Symbol('q'), 'Symbol(q) could not be cloned.'],
    [{ a: [1, { f() {} }] }, 'f() {} could not be cloned.'],
    [new WeakMap(), '#<WeakMap> could not be cloned.'],
    [Promise.resolve(), '#<Promise> could not be cloned.'],
  ];
  for (const [value, message] of cases) {
    assert.throws(() => structuredClone(value), (err) => {
      assert.ok(err instanceof DOMException);
      assert.strictEqual(err.name, 'DataCloneError');
      assert.strictEqual(err.code, 25);
      assert.strictEqual(err.message, message);
      return true;
    });
  }
});

check('argument validation', () => {
  assert.throws(() => structuredClone(), { name: 'TypeError', code: 'ERR_MISSING_ARGS' });
  assert.throws(() => structuredClone(1, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => structuredClone(1, { transfer: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => structuredClone(1, { transfer: [{}] }), { code: 'ERR_INVALID_TRANSFER_OBJECT' });
  const ab = new ArrayBuffer(4);
  assert.throws(() => structuredClone(ab, { transfer: [ab, ab] }), { name: 'DataCloneError' });
  assert.strictEqual(structuredClone(1, null), 1);
});

check('transfer moves the ArrayBuffer contents', () => {
  const ab = new Uint8Array([9, 8, 7]).buffer;
  const out = structuredClone({ ab }, { transfer: [ab] });
  assert.deepStrictEqual([...new Uint8Array(out.ab)], [9, 8, 7]);
});
