'use strict';
// new AsyncResource('') is accepted until an init hook or an AsyncLocalStorage is enabled.
// (A file of its own: no storage may be enabled before the first check.)
const { check, assert } = require('../check');
const { AsyncResource, AsyncLocalStorage, createHook } = require('async_hooks');

const accepts = () => {
  try {
    new AsyncResource('');
    return true;
  } catch (e) {
    assert.strictEqual(e.code, 'ERR_ASYNC_TYPE');
    return false;
  }
};

check('empty AsyncResource type and enabled init hooks', () => {
  const seen = [accepts()];
  const before = createHook({ before() {} }).enable();
  seen.push(accepts());
  before.disable();
  const init = createHook({ init() {} });
  init.enable();
  init.enable();
  seen.push(accepts());
  init.disable();
  init.disable();
  seen.push(accepts());
  const als = new AsyncLocalStorage();
  seen.push(accepts());
  als.run(1, () => seen.push(accepts()));
  seen.push(accepts());
  als.disable();
  als.disable();
  seen.push(accepts());
  als.enterWith(2);
  seen.push(accepts());
  als.disable();
  seen.push(accepts());
  assert.deepStrictEqual(seen, [true, true, false, true, true, false, false, true, false, true]);
});
