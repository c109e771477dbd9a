'use strict';
// Randomness: shapes, ranges and Node's errors (values themselves are random).
const crypto = require('crypto');
const { check, checkAsync, assert } = require('../check');
const { eq, throwsLike } = require('./_util');

check('randomBytes sizes', () => {
  eq([0, 1, 16, 1000].map((n) => crypto.randomBytes(n).length), [0,1,16,1000]);
  assert.ok(Buffer.isBuffer(crypto.randomBytes(4)));
  assert.notDeepStrictEqual(crypto.randomBytes(32), crypto.randomBytes(32));
});
check('randomBytes errors', () => {
  throwsLike(() => crypto.randomBytes(-1), 'ERR_OUT_OF_RANGE',
    'The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received -1');
  throwsLike(() => crypto.randomBytes('1'), 'ERR_INVALID_ARG_TYPE');
  throwsLike(() => crypto.randomBytes(1, 'cb'), 'ERR_INVALID_ARG_TYPE');
});
checkAsync('randomBytes callback', () => new Promise((resolve) => {
  crypto.randomBytes(24, (err, buf) => {
    assert.strictEqual(err, null);
    assert.strictEqual(buf.length, 24);
    resolve();
  });
}));
check('randomFillSync with offset and size', () => {
  const b = Buffer.alloc(10);
  crypto.randomFillSync(b, 8);
  eq(b.subarray(0, 8), 'hex:0000000000000000');
  const z = Buffer.alloc(64);
  crypto.randomFillSync(z, 10, 20);
  eq([z.subarray(0, 10), z.subarray(30)], ["hex:00000000000000000000","hex:00000000000000000000000000000000000000000000000000000000000000000000"]);
  assert.ok(z.subarray(10, 30).some((x) => x !== 0));
});
check('randomFillSync on typed arrays, DataView and ArrayBuffer', () => {
  const u32 = new Uint32Array(4);
  crypto.randomFillSync(u32, 1, 2); // element offsets
  eq([u32[0], u32[3]], [0,0]);
  const ab = new ArrayBuffer(8);
  assert.strictEqual(crypto.randomFillSync(ab), ab);
  const dv = new DataView(new ArrayBuffer(8));
  assert.strictEqual(crypto.randomFillSync(dv), dv);
});
check('randomFillSync errors', () => {
  throwsLike(() => crypto.randomFillSync(Buffer.alloc(4), 5), 'ERR_OUT_OF_RANGE',
    'The value of "offset" is out of range. It must be >= 0 && <= 4. Received 5');
  throwsLike(() => crypto.randomFillSync(Buffer.alloc(4), 1, 5), 'ERR_OUT_OF_RANGE',
    'The value of "size + offset" is out of range. It must be <= 4. Received 6');
  throwsLike(() => crypto.randomFillSync('str'), 'ERR_INVALID_ARG_TYPE');
});
checkAsync('randomFill callback forms', () => new Promise((resolve) => {
  const b = Buffer.alloc(16);
  crypto.randomFill(b, 4, 8, (err, out) => {
    assert.strictEqual(err, null);
    assert.strictEqual(out, b);
    eq([b.subarray(0, 4), b.subarray(12)], ["hex:00000000","hex:00000000"]);
    crypto.randomFill(new Uint8Array(3), (err2, u) => {
      assert.strictEqual(u.length, 3);
      resolve();
    });
  });
}));
check('randomInt ranges', () => {
  for (let i = 0; i < 2000; i++) {
    const a = crypto.randomInt(10);
    assert.ok(a >= 0 && a < 10 && Number.isInteger(a));
    const b = crypto.randomInt(-5, 5);
    assert.ok(b >= -5 && b < 5);
  }
  const seen = new Set();
  for (let i = 0; i < 500; i++) seen.add(crypto.randomInt(3));
  eq([...seen].sort(), [0,1,2]);
  assert.ok(crypto.randomInt(2 ** 48 - 1) < 2 ** 48);
});
check('randomInt errors', () => {
  throwsLike(() => crypto.randomInt(5, 3), 'ERR_OUT_OF_RANGE',
    'The value of "max" is out of range. It must be greater than the value of "min" (5). Received 3');
  throwsLike(() => crypto.randomInt(0, 2 ** 48 + 5), 'ERR_OUT_OF_RANGE',
    'The value of "max - min" is out of range. It must be <= 281474976710655. Received 281_474_976_710_661');
  throwsLike(() => crypto.randomInt(1.5), 'ERR_INVALID_ARG_TYPE',
    'The "max" argument must be a safe integer. Received type number (1.5)');
  throwsLike(() => crypto.randomInt('1', 4), 'ERR_INVALID_ARG_TYPE');
});
checkAsync('randomInt callback', () => new Promise((resolve) => {
  crypto.randomInt(7, 9, (err, n) => {
    assert.strictEqual(err, undefined);
    assert.ok(n === 7 || n === 8);
    resolve();
  });
}));
check('randomUUID format', () => {
  const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  for (let i = 0; i < 50; i++) assert.match(crypto.randomUUID(), re);
  assert.notStrictEqual(crypto.randomUUID(), crypto.randomUUID());
  assert.match(crypto.randomUUID({ disableEntropyCache: true }), re);
});
check('getRandomValues', () => {
  const a = new Uint16Array(8);
  assert.strictEqual(crypto.getRandomValues(a), a);
  crypto.getRandomValues(new BigInt64Array(2));
  crypto.getRandomValues(new Uint8Array(65536));
});
check('getRandomValues errors', () => {
  throwsLike(() => crypto.getRandomValues(new Uint8Array(65537)), 'QuotaExceededError',
    'The requested length exceeds 65,536 bytes');
  throwsLike(() => crypto.getRandomValues(new Float32Array(2)), 'TypeMismatchError',
    'The data argument must be an integer-type TypedArray');
  let e;
  try { crypto.getRandomValues(new Uint8Array(70000)); } catch (err) { e = err; }
  eq([e.name, e.code, e instanceof DOMException], ["QuotaExceededError",22,true]);
});
check('timingSafeEqual', () => {
  eq([
    crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')),
    crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')),
    crypto.timingSafeEqual(new Uint16Array([1, 2]), new Uint8Array([1, 0, 2, 0])),
    crypto.timingSafeEqual(new ArrayBuffer(4), new DataView(new ArrayBuffer(4))),
  ], [true,false,true,true]);
  throwsLike(() => crypto.timingSafeEqual(Buffer.alloc(2), Buffer.alloc(3)),
    'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  throwsLike(() => crypto.timingSafeEqual('a', 'a'), 'ERR_INVALID_ARG_TYPE');
});
