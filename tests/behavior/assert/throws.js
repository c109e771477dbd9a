'use strict';
// assert.throws / doesNotThrow / rejects / doesNotReject.
const { check, checkAsync, assert } = require('../check');
const a = require('assert');

function error(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
}
const thrower = (err) => () => { throw err; };

check('throws accepts matching errors', () => {
  a.throws(thrower(new TypeError('x')));
  a.throws(thrower(new TypeError('x')), TypeError);
  a.throws(thrower(new TypeError('x')), Error);
  a.throws(thrower(new Error('abc')), /abc/);
  a.throws(thrower(new Error('abc')), { message: 'abc', name: 'Error' });
  a.throws(thrower(new Error('abc')), { message: /b/ });
  a.throws(thrower(new Error('abc')), (e) => e.message === 'abc');
  a.throws(thrower(Object.assign(new Error('x'), { code: 'E1', info: { deep: [1] } })), { code: 'E1', info: { deep: [1] } });
  a.throws(thrower('str'), /str/);
  a.throws(thrower(new RangeError('r')), new RangeError('r'));
});

check('throws: missing exception', () => {
  let e = error(() => a.throws(() => {}));
  assert.strictEqual(e.message, 'Missing expected exception.');
  assert.strictEqual(e.operator, 'throws');
  assert.strictEqual(e.actual, undefined);
  assert.strictEqual(error(() => a.throws(() => {}, TypeError)).message, 'Missing expected exception (TypeError).');
  assert.strictEqual(error(() => a.throws(() => {}, 'msg here')).message, 'Missing expected exception: msg here');
  e = error(() => a.throws(() => {}, TypeError, 'custom'));
  assert.strictEqual(e.message, 'Missing expected exception (TypeError): custom');
});

check('throws: wrong class', () => {
  assert.strictEqual(error(() => a.throws(thrower(new Error('x')), TypeError)).message,
    'The error is expected to be an instance of "TypeError". Received "Error"\n\nError message:\n\nx');
  assert.strictEqual(error(() => a.throws(thrower(new TypeError('x')), RangeError)).message,
    'The error is expected to be an instance of "RangeError". Received "TypeError"\n\nError message:\n\nx');
  assert.strictEqual(error(() => a.throws(thrower(5), TypeError)).message,
    'The error is expected to be an instance of "TypeError". Received "5"');
});

check('throws: regexp and validation function failures', () => {
  assert.strictEqual(error(() => a.throws(thrower(new Error('abc')), /xyz/)).message,
    "The input did not match the regular expression /xyz/. Input:\n\n'Error: abc'\n");
  assert.strictEqual(error(() => a.throws(thrower(new Error('abc')), () => false)).message,
    'The validation function is expected to return "true". Received false\n\nCaught error:\n\nError: abc');
  assert.strictEqual(error(() => a.throws(thrower(new Error('abc')), function validate() { return 1; })).message,
    'The "validate" validation function is expected to return "true". Received 1\n\nCaught error:\n\nError: abc');
});

check('throws: object comparison diff', () => {
  const e = error(() => a.throws(thrower(new Error('abc')), { message: 'def' }));
  assert.strictEqual(e.message, "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n" +
    "+   message: 'abc'\n-   message: 'def'\n  }");
  assert.strictEqual(e.operator, 'throws');
  assert.strictEqual(error(() => a.throws(thrower(new Error('abc')), { message: 'abc', code: 'X' })).message,
    "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n-   code: 'X',\n" +
    "    message: 'abc'\n  }");
  assert.strictEqual(error(() => a.throws(thrower(new Error('abc')), { message: 'def' }, 'nope')).message, 'nope');
});

check('throws: argument errors', () => {
  assert.throws(() => a.throws(thrower(new Error('abc')), {}), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'error' may not be an empty object. Received {}",
  });
  assert.throws(() => a.throws(thrower(new Error('abc')), 'abc'), {
    code: 'ERR_AMBIGUOUS_ARGUMENT',
    message: 'The "error/message" argument is ambiguous. The error message "abc" is identical to the message.',
  });
  assert.throws(() => a.throws(thrower(new Error('abc')), 1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "error" argument must be of type function or an instance of Error, RegExp, or Object. ' +
      'Received type number (1)',
  });
  assert.throws(() => a.throws(1), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "fn" argument must be of type function. Received type number (1)',
  });
});

check('doesNotThrow', () => {
  a.doesNotThrow(() => {});
  let e = error(() => a.doesNotThrow(thrower(new Error('oops'))));
  assert.strictEqual(e.message, 'Got unwanted exception.\nActual message: "oops"');
  assert.strictEqual(e.operator, 'doesNotThrow');
  e = error(() => a.doesNotThrow(thrower(new Error('oops')), 'with msg'));
  assert.strictEqual(e.message, 'Got unwanted exception: with msg\nActual message: "oops"');
  const original = new Error('other');
  assert.strictEqual(error(() => a.doesNotThrow(thrower(original), TypeError)), original);
  assert.strictEqual(error(() => a.doesNotThrow(thrower(new TypeError('t')), TypeError)).code, 'ERR_ASSERTION');
});

checkAsync('rejects', async () => {
  await a.rejects(Promise.reject(new Error('no')), /no/);
  await a.rejects(async () => { throw new TypeError('t'); }, TypeError);
  await a.rejects(() => Promise.reject(new Error('x')), { message: 'x' });
  let e = await a.rejects(Promise.resolve(1)).then(() => null, (er) => er);
  assert.strictEqual(e.message, 'Missing expected rejection.');
  assert.strictEqual(e.operator, 'rejects');
  e = await a.rejects(async () => {}, TypeError).then(() => null, (er) => er);
  assert.strictEqual(e.message, 'Missing expected rejection (TypeError).');
  e = await a.rejects(() => 1).then(() => null, (er) => er);
  assert.strictEqual(e.code, 'ERR_INVALID_RETURN_VALUE');
  assert.strictEqual(e.message, 'Expected instance of Promise to be returned from the "promiseFn" function but got type number (1).');
  e = await a.rejects(1).then(() => null, (er) => er);
  assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE');
});

checkAsync('doesNotReject', async () => {
  await a.doesNotReject(Promise.resolve(1));
  await a.doesNotReject(async () => {});
  const e = await a.doesNotReject(Promise.reject(new Error('bad'))).then(() => null, (er) => er);
  assert.strictEqual(e.message, 'Got unwanted rejection.\nActual message: "bad"');
  assert.strictEqual(e.operator, 'doesNotReject');
});
