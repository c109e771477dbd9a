'use strict';
// Atomics.waitAsync (a stand-in in minode: QuickJS lacks it): shape, immediate results,
// and a notify() on this thread settling a pending wait at once.
const { check, checkAsync, assert } = require('../check');

check('Atomics.waitAsync is a global function', () => {
  assert.strictEqual(typeof Atomics.waitAsync, 'function');
  assert.strictEqual(Atomics.waitAsync.length, 4);
  assert.strictEqual(Object.getOwnPropertyDescriptor(Atomics, 'waitAsync').enumerable, false);
});

checkAsync('not-equal, timed-out, and notify from this thread', async () => {
  const ia = new Int32Array(new SharedArrayBuffer(16));
  assert.deepStrictEqual(Atomics.waitAsync(ia, 0, 1), { async: false, value: 'not-equal' });
  assert.deepStrictEqual(Atomics.waitAsync(ia, 0, 0, 0), { async: false, value: 'timed-out' });
  const w = Atomics.waitAsync(ia, 0, 0, 5000);
  assert.strictEqual(w.async, true);
  setTimeout(() => Atomics.notify(ia, 0), 5); // value unchanged: notify alone wakes it
  assert.strictEqual(await w.value, 'ok');
  const t = Atomics.waitAsync(ia, 1, 0, 10);
  assert.strictEqual(await t.value, 'timed-out');
});
