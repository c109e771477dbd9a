'use strict';
// util.promisify / callbackify / deprecate / inherits / debuglog.
const { check, checkAsync, assert } = require('../check');
const util = require('util');

check('promisify.custom symbol', () => {
  assert.strictEqual(util.promisify.custom, Symbol.for('nodejs.util.promisify.custom'));
  const custom = () => {};
  const impl = () => 'custom';
  custom[util.promisify.custom] = impl;
  assert.strictEqual(util.promisify(custom), impl);
  assert.throws(() => util.promisify(1), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "original" argument must be of type function. Received type number (1)',
  });
  const bad = () => {};
  bad[util.promisify.custom] = 1;
  assert.throws(() => util.promisify(bad), { code: 'ERR_INVALID_ARG_TYPE' });
});

check('promisified function keeps name, properties and prototype', () => {
  function named(a, b, cb) { cb(null, a + b); }
  named.extra = 1;
  const p = util.promisify(named);
  assert.strictEqual(p.name, 'named');
  assert.strictEqual(p.length, 3);
  assert.strictEqual(p.extra, 1);
  assert.strictEqual(util.promisify(p), p);
  assert.strictEqual(p[util.promisify.custom], p);
});

checkAsync('promisify resolves and rejects', async () => {
  const add = util.promisify((a, b, cb) => cb(null, a + b));
  assert.strictEqual(await add(1, 2), 3);
  const multi = util.promisify((cb) => cb(null, 'first', 'second'));
  assert.strictEqual(await multi(), 'first');
  await assert.rejects(util.promisify((cb) => cb(new Error('nope')))(), { message: 'nope' });
  await assert.rejects(util.promisify(() => { throw new Error('sync'); })(), { message: 'sync' });
  const obj = { v: 5, get(cb) { cb(null, this.v); } };
  obj.pget = util.promisify(obj.get);
  assert.strictEqual(await obj.pget(), 5);
});

checkAsync('promisify on built-in custom implementations', async () => {
  const sleep = util.promisify(setTimeout);
  assert.strictEqual(await sleep(1, 'value'), 'value');
});

checkAsync('callbackify', async () => {
  const cbf = util.callbackify(async function myAsync(a) { return a * 2; });
  assert.strictEqual(cbf.name, 'myAsyncCallbackified');
  assert.strictEqual(cbf.length, 2);
  const r = await new Promise((resolve) => cbf(21, (err, v) => resolve([err, v])));
  assert.deepStrictEqual(r, [null, 42]);
  const rejNull = util.callbackify(() => Promise.reject(null));
  const err = await new Promise((resolve) => rejNull((e) => resolve(e)));
  assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
  assert.strictEqual(err.message, 'Promise was rejected with falsy value');
  assert.strictEqual(err.reason, null);
  const rejE = util.callbackify(() => Promise.reject(new Error('E')));
  const err2 = await new Promise((resolve) => rejE((e) => resolve(e)));
  assert.strictEqual(err2.message, 'E');
  assert.throws(() => util.callbackify(async () => {})(1), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The last argument must be of type function. Received type number (1)',
  });
  assert.throws(() => util.callbackify(1), { code: 'ERR_INVALID_ARG_TYPE' });
});

checkAsync('deprecate warns once per code', async () => {
  const warnings = [];
  const onWarning = (w) => warnings.push([w.name, w.message, w.code]);
  process.on('warning', onWarning);
  const d = util.deprecate(function foo(a, b) { return a + b; }, 'foo is deprecated', 'DEP_MINODE_TEST');
  assert.strictEqual(d.name, 'deprecated');
  assert.strictEqual(d(1, 2), 3);
  d(3, 4);
  util.deprecate(() => {}, 'same code again', 'DEP_MINODE_TEST')();
  class K {}
  const DK = util.deprecate(K, 'K is deprecated');
  assert.ok(new DK() instanceof K);
  assert.strictEqual(DK.prototype, K.prototype);
  assert.throws(() => util.deprecate(() => {}, 'm', 1), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "code" argument must be of type string. Received type number (1)',
  });
  await new Promise((r) => setTimeout(r, 5));
  process.removeListener('warning', onWarning);
  assert.deepStrictEqual(warnings, [
    ['DeprecationWarning', 'foo is deprecated', 'DEP_MINODE_TEST'],
    ['DeprecationWarning', 'K is deprecated', undefined],
  ]);
});

check('inherits', () => {
  function Base() { this.base = true; }
  Base.prototype.hi = function () { return 'hi'; };
  function Sub() { Base.call(this); }
  util.inherits(Sub, Base);
  const s = new Sub();
  assert.strictEqual(s.hi(), 'hi');
  assert.ok(s instanceof Base);
  assert.strictEqual(Sub.super_, Base);
  assert.strictEqual(Object.getOwnPropertyDescriptor(Sub, 'super_').enumerable, false);
  assert.throws(() => util.inherits(function () {}, null), {
    message: 'The "superCtor" argument must be of type function. Received null',
  });
  assert.throws(() => util.inherits(null, function () {}), {
    message: 'The "ctor" argument must be of type function. Received null',
  });
  assert.throws(() => util.inherits(function () {}, () => {}), {
    message: 'The "superCtor.prototype" property must be of type object. Received undefined',
  });
});

check('debuglog is disabled without NODE_DEBUG', () => {
  const dbg = util.debuglog('minodetestsection');
  assert.strictEqual(typeof dbg, 'function');
  assert.strictEqual(dbg.enabled, false);
  dbg('not printed');
  assert.strictEqual(util.debug, util.debuglog);
});
