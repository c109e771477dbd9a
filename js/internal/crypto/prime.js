'use strict';
// crypto.generatePrime/generatePrimeSync and checkPrime/checkPrimeSync. The search
// and the primality tests are in Rust (bindings/src/crypto/prime.rs); async calls
// run there on the blocking pool.

const { binding, asU8 } = require('internal/crypto/util');
const { Buffer } = require('buffer');
const { validateInt32, validateObject, validateBoolean, validateFunction } = require('internal/validators');
const { bindCurrent } = require('internal/async_context');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');

const bufferTypes = ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'];

function isBufferSource(v) {
  return ArrayBuffer.isView(v) || v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

function bigintToBytes(n) {
  const hex = n.toString(16);
  return Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
}

// Big-endian bytes to a bigint (zero for no bytes).
function bytesToBigint(ab) {
  const hex = Buffer.from(ab).toString('hex');
  return hex === '' ? 0n : BigInt(`0x${hex}`);
}

// Errors OpenSSL-side checks raise in Node: a RangeError with a code and no name tag.
function rangeError(message) {
  const err = new RangeError(message);
  err.code = 'ERR_OUT_OF_RANGE';
  return err;
}

function bigintOption(value, name) {
  if (value === undefined) return undefined;
  if (typeof value === 'bigint') return value;
  if (!isBufferSource(value)) throw new ERR_INVALID_ARG_TYPE(name, bufferTypes, value);
  return bytesToBigint(asU8(value));
}

function primeArgs(size, options) {
  validateInt32(size, 'size', 1);
  validateObject(options, 'options');
  const { safe = false, bigint = false } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  const add = bigintOption(options.add, 'options.add');
  const rem = bigintOption(options.rem, 'options.rem');
  if (add !== undefined) {
    if (add.toString(2).length > size) throw rangeError('invalid options.add');
    if (rem !== undefined && rem >= add) throw rangeError('invalid options.rem');
  }
  return {
    safe,
    bigint,
    add: add === undefined ? null : bigintToBytes(add),
    rem: add === undefined || rem === undefined ? null : bigintToBytes(rem),
  };
}

function primeResult(ab, bigint) {
  return bigint ? bytesToBigint(ab) : ab;
}

// The binding's errors carry OpenSSL's full message ("error:01800076:...").
function failure(e) {
  return new Error(e?.message ?? String(e));
}

function generatePrimeSync(size, options = {}) {
  const a = primeArgs(size, options);
  try {
    return primeResult(binding.primeGenerate(size, a.safe, a.add, a.rem), a.bigint);
  } catch (e) {
    throw failure(e);
  }
}

function generatePrime(size, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  const a = primeArgs(size, options ?? {});
  callback = bindCurrent(callback);
  binding.primeGenerate(size, a.safe, a.add, a.rem, {
    oncomplete(err, ab) {
      if (err) callback(failure(err));
      else callback(undefined, primeResult(ab, a.bigint));
    },
  });
}

function candidateBytes(candidate) {
  if (typeof candidate === 'bigint') {
    if (candidate < 0n) throw new ERR_OUT_OF_RANGE('candidate', '>= 0', candidate);
    return bigintToBytes(candidate);
  }
  if (!isBufferSource(candidate)) throw new ERR_INVALID_ARG_TYPE('candidate', bufferTypes, candidate);
  return asU8(candidate);
}

function checkArgs(options) {
  validateObject(options, 'options');
  const { checks = 0 } = options;
  validateInt32(checks, 'options.checks', 0);
  return checks;
}

function checkPrimeSync(candidate, options = {}) {
  const bytes = candidateBytes(candidate);
  return binding.primeCheck(bytes, checkArgs(options));
}

function checkPrime(candidate, options = {}, callback) {
  const bytes = candidateBytes(candidate);
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  const checks = checkArgs(options);
  callback = bindCurrent(callback);
  binding.primeCheck(bytes, checks, {
    oncomplete(err, ok) {
      if (err) callback(failure(err));
      else callback(undefined, ok);
    },
  });
}

module.exports = { generatePrime, generatePrimeSync, checkPrime, checkPrimeSync };
