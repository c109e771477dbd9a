'use strict';
// crypto.generatePrime/generatePrimeSync (sizes, safe primes, add/rem, bigint
// output) and checkPrime/checkPrimeSync on known primes and composites, sync and
// async, with Node's validation errors.
const { check, checkAsync, assert } = require('../check');
const { throwsLike } = require('./_util');
const crypto = require('crypto');

const isPrime = (n) => crypto.checkPrimeSync(n);

check('generatePrimeSync sizes and output forms', () => {
  const ab = crypto.generatePrimeSync(32);
  assert.ok(ab instanceof ArrayBuffer);
  assert.strictEqual(ab.byteLength, 4);
  const n = BigInt(`0x${Buffer.from(ab).toString('hex')}`);
  // OpenSSL sets the top two bits.
  assert.ok(n >= 0xc0000000n && n < 2n ** 32n);
  assert.ok(isPrime(n));
  for (const size of [2, 3, 8, 16, 61, 128]) {
    const p = crypto.generatePrimeSync(size, { bigint: true });
    assert.strictEqual(typeof p, 'bigint');
    assert.strictEqual(p.toString(2).length, size);
    assert.ok(isPrime(p), `${size}`);
  }
  assert.strictEqual(crypto.generatePrimeSync(2, { bigint: true }), 3n);
});

check('generatePrimeSync safe, add and rem', () => {
  const s = crypto.generatePrimeSync(64, { safe: true, bigint: true });
  assert.ok(isPrime(s) && isPrime((s - 1n) / 2n));
  const p = crypto.generatePrimeSync(32, { bigint: true, add: 12n, rem: 5n });
  assert.strictEqual(p % 12n, 5n);
  assert.strictEqual(crypto.generatePrimeSync(32, { bigint: true, add: 12n }) % 12n, 1n);
  const q = crypto.generatePrimeSync(32, { bigint: true, add: Buffer.from([12]), rem: Buffer.from([7]) });
  assert.strictEqual(q % 12n, 7n);
  assert.ok(isPrime(q));
});

check('checkPrimeSync on known values', () => {
  const cases = [[7n, true], [1n, false], [0n, false], [2n, true], [2n ** 127n - 1n, true], [2n ** 127n + 1n, false],
    [561n, false], [2n ** 61n - 1n, true]];
  for (const [n, want] of cases) assert.strictEqual(crypto.checkPrimeSync(n), want, `${n}`);
  assert.strictEqual(crypto.checkPrimeSync(Buffer.from([0x0b])), true);
  assert.strictEqual(crypto.checkPrimeSync(Buffer.from([0x0c])), false);
  assert.strictEqual(crypto.checkPrimeSync(new Uint8Array([0xfb]).buffer), true);
  assert.strictEqual(crypto.checkPrimeSync(Buffer.alloc(0)), false);
  assert.strictEqual(crypto.checkPrimeSync(2n ** 89n - 1n, { checks: 10 }), true);
});

check('prime argument errors', () => {
  throwsLike(() => crypto.generatePrimeSync(0), 'ERR_OUT_OF_RANGE',
    'The value of "size" is out of range. It must be >= 1 && <= 2147483647. Received 0');
  throwsLike(() => crypto.generatePrimeSync('8'), 'ERR_INVALID_ARG_TYPE');
  throwsLike(() => crypto.generatePrimeSync(1), 'Error', 'error:01800076:bignum routines::bits too small');
  throwsLike(() => crypto.generatePrimeSync(8, { add: 1000n }), 'ERR_OUT_OF_RANGE', 'invalid options.add');
  throwsLike(() => crypto.generatePrimeSync(16, { add: 12n, rem: 12n }), 'ERR_OUT_OF_RANGE', 'invalid options.rem');
  throwsLike(() => crypto.generatePrimeSync(16, { safe: 1 }), 'ERR_INVALID_ARG_TYPE',
    'The "options.safe" property must be of type boolean. Received type number (1)');
  throwsLike(() => crypto.generatePrimeSync(16, { add: 'x' }), 'ERR_INVALID_ARG_TYPE',
    'The "options.add" property must be of type bigint or an instance of ArrayBuffer, TypedArray, Buffer, or DataView. Received type string (\'x\')');
  throwsLike(() => crypto.generatePrimeSync(16, 5), 'ERR_INVALID_ARG_TYPE');
  throwsLike(() => crypto.checkPrimeSync(-7n), 'ERR_OUT_OF_RANGE',
    'The value of "candidate" is out of range. It must be >= 0. Received -7n');
  throwsLike(() => crypto.checkPrimeSync(7), 'ERR_INVALID_ARG_TYPE');
  throwsLike(() => crypto.checkPrimeSync(7n, { checks: -1 }), 'ERR_OUT_OF_RANGE');
  throwsLike(() => crypto.checkPrimeSync(7n, { checks: 'a' }), 'ERR_INVALID_ARG_TYPE');
  throwsLike(() => crypto.checkPrime(7n), 'ERR_INVALID_ARG_TYPE');
  throwsLike(() => crypto.generatePrime(16), 'ERR_INVALID_ARG_TYPE');
});

checkAsync('generatePrime and checkPrime callbacks', async () => {
  const ab = await new Promise((resolve, reject) => {
    crypto.generatePrime(48, (err, p) => (err ? reject(err) : resolve(p)));
  });
  assert.ok(ab instanceof ArrayBuffer && ab.byteLength === 6);
  const big = await new Promise((resolve, reject) => {
    crypto.generatePrime(40, { bigint: true, safe: true }, (err, p) => (err ? reject(err) : resolve(p)));
  });
  assert.ok(isPrime(big) && isPrime((big - 1n) / 2n));
  const [errA, ok] = await new Promise((resolve) => crypto.checkPrime(Buffer.from(ab), (e, r) => resolve([e, r])));
  assert.strictEqual(errA, undefined);
  assert.strictEqual(ok, true);
  const no = await new Promise((resolve) => crypto.checkPrime(91n, { checks: 5 }, (e, r) => resolve(r)));
  assert.strictEqual(no, false);
});
