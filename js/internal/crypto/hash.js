'use strict';
// Hash, Hmac and crypto.hash(): the state lives in Rust (binding.Hash / binding.Hmac).

const {
  binding, kHandle, dataArg, encodeOut, LazyTransform, setupLazyTransform, getArrayBufferOrView,
} = require('internal/crypto/util');
const { normalizeEncoding } = require('internal/util');
const { validateString, validateUint32, validateObject } = require('internal/validators');
const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');

setupLazyTransform();

const kFinalized = Symbol('kFinalized');
const kAlgorithm = Symbol('kAlgorithm');

// Encodings the binding turns into strings itself.
const nativeEnc = { hex: 'hex', base64: 'base64', base64url: 'base64url' };

// Digest lengths by name (-1 unknown, 0 XOF), cached: createHash() is often hot.
const lengths = new Map();
function digestLength(name) {
  let len = lengths.get(name);
  if (len === undefined) {
    len = binding.digestLength(name);
    if (lengths.size < 256) lengths.set(name, len);
  }
  return len;
}

function digestOut(handle, outputEncoding) {
  const native = typeof outputEncoding === 'string' ? nativeEnc[outputEncoding] : undefined;
  if (native !== undefined) return handle.digest(native);
  return encodeOut(handle.digest(), outputEncoding);
}

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  let handle;
  if (typeof algorithm === 'object' && algorithm !== null && typeof algorithm.digest === 'function') {
    handle = algorithm; // from copy()
  } else {
    validateString(algorithm, 'algorithm');
    const xofLen = typeof options === 'object' && options !== null ? options.outputLength : undefined;
    if (xofLen !== undefined) validateUint32(xofLen, 'options.outputLength');
    const len = digestLength(algorithm);
    if (len < 0) throw new Error('Digest method not supported');
    if (xofLen !== undefined && len !== 0 && xofLen !== len) {
      const err = new Error('error:030000B2:digital envelope routines::not XOF or invalid length');
      err.library = 'digital envelope routines';
      err.reason = 'not XOF or invalid length';
      err.code = 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH';
      throw err;
    }
    handle = binding.createHash(algorithm, xofLen);
  }
  this[kHandle] = handle;
  this[kFinalized] = false;
  this._options = options; // LazyTransform: the stream state is built on first use
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  const xofLen = typeof options === 'object' && options !== null ? options.outputLength : undefined;
  if (xofLen !== undefined) validateUint32(xofLen, 'options.outputLength');
  return new Hash(this[kHandle].copy(xofLen), options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this[kHandle].update(dataArg(chunk, encoding));
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(this.digest());
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  this[kHandle].update(dataArg(data, encoding));
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  this[kFinalized] = true;
  return digestOut(this[kHandle], outputEncoding);
};

// Keys for Hmac: strings/buffers/ArrayBuffers or a secret KeyObject / CryptoKey.
function prepareSecretKey(key, encoding) {
  const { isKeyObject, isCryptoKey, secretKeyBytes } = require('internal/crypto/keys');
  if (isKeyObject(key) || isCryptoKey(key)) return secretKeyBytes(key);
  if (typeof key === 'string') return Buffer.from(key, normalizeEncoding(encoding) ?? 'utf8');
  if (ArrayBuffer.isView(key) || key instanceof ArrayBuffer) return getArrayBufferOrView(key, 'key');
  throw new ERR_INVALID_ARG_TYPE('key',
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const encoding = typeof options === 'object' && options !== null ? options.encoding : undefined;
  const keyBytes = prepareSecretKey(key, encoding);
  if (digestLength(hmac) <= 0) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  this[kHandle] = binding.createHmac(hmac, keyBytes);
  this[kFinalized] = false;
  this[kAlgorithm] = hmac;
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = Hash.prototype._flush;
Hmac.prototype.digest = function digest(outputEncoding) {
  // A second digest() on an Hmac gives empty output rather than throwing.
  if (this[kFinalized]) {
    return encodeOut(new ArrayBuffer(0), outputEncoding);
  }
  this[kFinalized] = true;
  return digestOut(this[kHandle], outputEncoding);
};

// crypto.hash(algorithm, data[, outputEncoding = 'hex'])
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let normalized = outputEncoding;
  if (outputEncoding !== 'buffer') {
    validateString(outputEncoding, 'outputEncoding');
    normalized = normalizeEncoding(outputEncoding);
    if (normalized === undefined) {
      const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
    }
  }
  if (digestLength(algorithm) < 0) throw new Error('Digest method not supported');
  const data = dataArg(input, 'utf8', 'input');
  const native = nativeEnc[normalized];
  if (native !== undefined) return binding.hashOnce(algorithm, data, native);
  return encodeOut(binding.hashOnce(algorithm, data), normalized);
}

module.exports = { Hash, Hmac, hash, prepareSecretKey, digestLength };
