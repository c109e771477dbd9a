'use strict';
// pbkdf2, scrypt and hkdf. The async forms run on the blocking pool.

const { binding, toBuffer, getArrayBufferOrView, call } = require('internal/crypto/util');
const { bindCurrent } = require('internal/async_context');
const {
  validateFunction, validateInt32, validateInteger, validateString, validateObject, validateUint32,
} = require('internal/validators');
const {
  codes: {
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_CRYPTO_INVALID_SCRYPT_PARAMS,
    ERR_CRYPTO_SCRYPT_INVALID_PARAMETER,
    ERR_OUT_OF_RANGE,
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');

function makeReq(callback, wrap) {
  callback = bindCurrent(callback); // runs in the caller's AsyncLocalStorage frame
  return {
    oncomplete(err, ab) {
      if (err) callback(err);
      else callback(null, wrap(ab));
    },
  };
}

// --- pbkdf2 ---
function pbkdf2Check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  const len = binding.digestLength(digest);
  if (len <= 0) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  return { password, salt };
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  validateFunction(callback, 'callback');
  ({ password, salt } = pbkdf2Check(password, salt, iterations, keylen, digest));
  binding.pbkdf2(password, salt, iterations, keylen, digest, makeReq(callback, toBuffer));
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  ({ password, salt } = pbkdf2Check(password, salt, iterations, keylen, digest));
  return toBuffer(binding.pbkdf2(password, salt, iterations, keylen, digest));
}

// --- scrypt ---
const defaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptParams(options) {
  let { N, r, p, maxmem } = defaults;
  if (options && options !== defaults) {
    validateObject(options, 'options');
    const pick = (a, b, name) => {
      const va = options[a];
      const vb = options[b];
      if (va !== undefined && vb !== undefined) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      const v = va !== undefined ? va : vb;
      if (v !== undefined) validateUint32(v, name);
      return v;
    };
    N = pick('N', 'cost', 'N') ?? N;
    r = pick('r', 'blockSize', 'r') ?? r;
    p = pick('p', 'parallelization', 'p') ?? p;
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
  }
  if (N < 2 || (N & (N - 1)) !== 0 || r < 1 || p < 1 || r * p >= 2 ** 30) {
    throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  }
  // N must be below 2^(128 * r / 8) (RFC 7914); OpenSSL reports that as a memory limit.
  const tooBig = 16 * r <= 63 && N >= 2 ** (16 * r);
  const need = 128 * r * (N + 2) + 128 * r * p;
  if (tooBig || need > maxmem) {
    throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS('error:030000AC:digital envelope routines::memory limit exceeded');
  }
  return [N, r, p];
}

function scryptCheck(password, salt, keylen, options) {
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  const [N, r, p] = scryptParams(options);
  return { password, salt, params: [keylen, N, r, p] };
}

function scrypt(password, salt, keylen, options, callback = defaults) {
  if (callback === defaults) {
    callback = options;
    options = defaults;
  }
  validateFunction(callback, 'callback');
  const c = scryptCheck(password, salt, keylen, options);
  call(binding.scrypt, {}, c.password, c.salt, c.params, makeReq(callback, toBuffer));
}

function scryptSync(password, salt, keylen, options = defaults) {
  const c = scryptCheck(password, salt, keylen, options);
  return toBuffer(call(binding.scrypt, {}, c.password, c.salt, c.params));
}

// --- hkdf ---
function hkdfCheck(digest, ikm, salt, info, length) {
  validateString(digest, 'digest');
  const { prepareSecretKey } = require('internal/crypto/hash');
  ikm = prepareSecretKey(ikm);
  salt = getArrayBufferOrView(salt, 'salt');
  info = getArrayBufferOrView(info, 'info');
  validateInteger(length, 'length', 0, 2 ** 31 - 1);
  if (info.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  const hashLen = binding.digestLength(digest);
  if (hashLen <= 0) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  if (length > hashLen * 255) throw new ERR_CRYPTO_INVALID_KEYLEN();
  return { ikm, salt, info };
}

function hkdf(digest, ikm, salt, info, length, callback) {
  const c = hkdfCheck(digest, ikm, salt, info, length);
  validateFunction(callback, 'callback');
  binding.hkdf(digest, c.ikm, c.salt, c.info, length, makeReq(callback, (ab) => ab));
}

function hkdfSync(digest, ikm, salt, info, length) {
  const c = hkdfCheck(digest, ikm, salt, info, length);
  return binding.hkdf(digest, c.ikm, c.salt, c.info, length);
}

module.exports = { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync, ERR_INVALID_ARG_TYPE };
