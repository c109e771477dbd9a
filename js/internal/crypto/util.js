'use strict';
// Shared helpers for node:crypto: the binding, byte conversion, Node-shaped
// errors for what the Rust side reports, and the lazily-built Transform base.

const binding = internalBinding('crypto');
const { Buffer, kInternal } = require('buffer');
const { FastBuffer } = kInternal;
const { normalizeEncoding } = require('internal/util');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_INVALID_STATE,
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_CRYPTO_INVALID_IV,
    ERR_CRYPTO_UNKNOWN_CIPHER,
    ERR_CRYPTO_INVALID_SCRYPT_PARAMS,
    ERR_CRYPTO_OPERATION_FAILED,
  },
} = require('internal/errors');

const kHandle = Symbol('kHandle');
const kKeyObject = Symbol('kKeyObject');

// Wrap an ArrayBuffer from Rust as a Buffer without copying.
function toBuffer(ab) {
  return new FastBuffer(ab);
}

function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

// A Uint8Array over the bytes of any ArrayBufferView / ArrayBuffer.
function asU8(v) {
  if (v instanceof Uint8Array) return v;
  if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  if (isAnyArrayBuffer(v)) return new Uint8Array(v);
  return v;
}

// Node's getArrayBufferOrView: strings (with an encoding), buffers, views, ArrayBuffers.
function getArrayBufferOrView(buffer, name, encoding) {
  if (isAnyArrayBuffer(buffer)) return new Uint8Array(buffer);
  if (typeof buffer === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return Buffer.from(buffer, encoding);
  }
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  return asU8(buffer);
}

// Data for update(): strings in an encoding, or views. Node ignores unknown encodings
// (they read as UTF-8). Well-formed UTF-8 strings go to Rust as strings (no Buffer).
function dataArg(data, encoding, name = 'data') {
  if (typeof data === 'string') {
    if (encoding === undefined && data.isWellFormed()) return data;
    const enc = normalizeEncoding(encoding) ?? 'utf8';
    if (enc === 'utf8' && data.isWellFormed()) return data;
    return Buffer.from(data, enc);
  }
  if (!ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return asU8(data);
}

// Encode output bytes (an ArrayBuffer from Rust) as Node does for digest()/final().
function encodeOut(ab, encoding) {
  const buf = toBuffer(ab);
  if (encoding === undefined || encoding === 'buffer') return buf;
  const enc = normalizeEncoding(encoding);
  if (enc === undefined) return buf;
  return buf.toString(enc);
}

// OpenSSL-shaped errors ("error:1C800064:Provider routines::bad decrypt").
const osslErrors = {
  'bad decrypt': ['1C800064', 'Provider routines', 'ERR_OSSL_BAD_DECRYPT'],
  'wrong final block length': ['1C80006B', 'Provider routines', 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH'],
};

function osslError(reason) {
  const info = osslErrors[reason];
  if (!info) return new Error(reason);
  const err = new Error(`error:${info[0]}:${info[1]}::${reason}`);
  err.library = info[1];
  err.reason = reason;
  err.code = info[2];
  return err;
}

// Turn a message thrown by the binding into the error Node throws.
function mapError(e, ctx = {}) {
  const msg = e && e.message;
  switch (msg) {
    case 'invalid digest': return new ERR_CRYPTO_INVALID_DIGEST(ctx.digest);
    case 'invalid key length': return new ERR_CRYPTO_INVALID_KEYLEN();
    case 'invalid iv': return new ERR_CRYPTO_INVALID_IV();
    case 'unknown cipher': return new ERR_CRYPTO_UNKNOWN_CIPHER();
    case 'invalid scrypt params': return new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
    case 'state': return new ERR_CRYPTO_INVALID_STATE();
    case 'auth': return new Error('Unsupported state or unable to authenticate data');
    case 'update failed': return new Error('Trying to add data in unsupported state');
    case 'bad decrypt':
    case 'wrong final block length': return osslError(msg);
    default:
      if (typeof msg === 'string' && /^(key error|unsupported|not a|invalid JWK|encrypted|no PEM)/.test(msg)) {
        return new ERR_CRYPTO_OPERATION_FAILED(msg);
      }
      return e;
  }
}

// Call a binding function, mapping its errors.
function call(fn, ctx, ...args) {
  try {
    return fn(...args);
  } catch (e) {
    throw mapError(e, ctx);
  }
}

// A Transform whose stream state is only built when the object is used as a stream,
// so createHash()/createCipheriv() stay cheap (Node's LazyTransform).
let Transform;
function LazyTransform(options) {
  this._options = options;
}
let lazyReady = false;
function setupLazyTransform() {
  if (lazyReady) return;
  lazyReady = true;
  Transform = require('stream').Transform;
  Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
  Object.setPrototypeOf(LazyTransform, Transform);
  for (const prop of ['_readableState', '_writableState', '_transformState']) {
    Object.defineProperty(LazyTransform.prototype, prop, {
      __proto__: null,
      configurable: true,
      enumerable: true,
      get() {
        Transform.call(this, this._options);
        this._writableState.decodeStrings = false;
        return this[prop];
      },
      set(val) {
        Object.defineProperty(this, prop, { __proto__: null, value: val, enumerable: true, configurable: true, writable: true });
      },
    });
  }
}

module.exports = {
  binding,
  kHandle,
  kKeyObject,
  toBuffer,
  asU8,
  isAnyArrayBuffer,
  getArrayBufferOrView,
  dataArg,
  encodeOut,
  osslError,
  mapError,
  call,
  LazyTransform,
  setupLazyTransform,
};
