'use strict';
// Helpers shared by the crypto tests. eq() compares bytes as 'hex:...' strings so
// the expected values (computed once with node v20) stay readable.
const assert = require('assert');

function norm(v) {
  if (v instanceof ArrayBuffer) return `hex:${Buffer.from(v).toString('hex')}`;
  if (ArrayBuffer.isView(v)) return `hex:${Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex')}`;
  if (Array.isArray(v)) return v.map(norm);
  return v;
}

function eq(actual, expected) {
  if (global.__recordExpected && expected && typeof expected === 'object' && '__exp' in expected) {
    global.__recordExpected(expected.__exp, norm(actual));
    return;
  }
  assert.deepStrictEqual(norm(actual), expected);
}

// Assert fn throws an error with this code (or name) and message.
function throwsLike(fn, code, message) {
  let err;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  assert.ok(err, 'expected an error');
  assert.ok(err.code === code || err.name === code, `got ${err.name} ${err.code}`);
  if (message !== undefined) assert.strictEqual(err.message, message);
}

module.exports = { eq, norm, throwsLike };
