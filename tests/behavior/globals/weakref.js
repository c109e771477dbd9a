'use strict';
// WeakRef keeps its target alive until the end of the current job (the spec's
// AddToKeptObjects), also in a refcounting engine where nothing else holds it.
const { check, checkAsync, assert } = require('../check');

check('a fresh WeakRef derefs to its target in the same job', () => {
  const r = new WeakRef({ a: 1 });
  assert.strictEqual(r.deref().a, 1);
  const r2 = new WeakRef(function f() {});
  assert.strictEqual(typeof r2.deref(), 'function');
});

checkAsync('the target is still there in the job\'s microtasks', async () => {
  const r = new WeakRef({ b: 2 });
  const seen = await Promise.resolve().then(() => r.deref() && r.deref().b);
  assert.strictEqual(seen, 2);
});

check('a target held elsewhere stays reachable', () => {
  const target = { c: 3 };
  const r = new WeakRef(target);
  assert.strictEqual(r.deref(), target);
  assert.throws(() => new WeakRef(1), TypeError);
});
