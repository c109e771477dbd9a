'use strict';
// Key agreement: the ECDH class (createECDH) and crypto.diffieHellman() for EC and
// X25519 KeyObjects. The math is in Rust (bindings/src/crypto/ecdh.rs).

const { binding, toBuffer, getArrayBufferOrView } = require('internal/crypto/util');
const keys = require('internal/crypto/keys');
const { Buffer } = require('buffer');
const { validateString, validateObject } = require('internal/validators');
const {
  codes: {
    ERR_CRYPTO_ECDH_INVALID_FORMAT,
    ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY,
    ERR_CRYPTO_INCOMPATIBLE_KEY,
    ERR_CRYPTO_INVALID_CURVE,
    ERR_CRYPTO_INVALID_KEYPAIR,
    ERR_CRYPTO_INVALID_KEYTYPE,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_CRYPTO_OPERATION_FAILED,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');

const kState = Symbol('kState');

// createECDH takes OpenSSL short names only (no 'P-256').
function checkCurve(curve) {
  validateString(curve, 'curve');
  if (!binding.ecdhCurves().includes(curve)) throw new ERR_CRYPTO_INVALID_CURVE();
}

function getFormat(format) {
  if (format) {
    if (format === 'compressed' || format === 'hybrid') return format;
    if (format !== 'uncompressed') throw new ERR_CRYPTO_ECDH_INVALID_FORMAT(format);
  }
  return 'uncompressed';
}

function encode(buffer, encoding) {
  if (encoding && encoding !== 'buffer') return buffer.toString(encoding);
  return buffer;
}

// SEC1 hybrid form (X9.62): the uncompressed point with prefix 6 or 7 by y's parity.
function toHybrid(uncompressed) {
  const out = Buffer.from(uncompressed);
  out[0] = 6 | (out[out.length - 1] & 1);
  return out;
}

// Hybrid input to the uncompressed form the binding reads; a wrong parity is invalid.
function fromHybrid(point) {
  if (point.length === 0 || (point[0] !== 6 && point[0] !== 7)) return point;
  const out = Buffer.from(point);
  if ((out[0] & 1) !== (out[out.length - 1] & 1)) return Buffer.alloc(0);
  out[0] = 4;
  return out;
}

function encodePoint(curve, uncompressed, format) {
  if (format === 'compressed') return toBuffer(binding.ecdhConvert(curve, uncompressed, true));
  if (format === 'hybrid') return toHybrid(uncompressed);
  return Buffer.from(uncompressed);
}

// OpenSSL's BN_bn2bin: the private scalar without leading zero bytes.
function stripZeros(buf) {
  let i = 0;
  while (i < buf.length - 1 && buf[i] === 0) i++;
  return buf.subarray(i);
}

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  checkCurve(curve);
  this[kState] = { curve, privateKey: null, publicKey: null };
}

function generateKeys(encoding, format) {
  const st = this[kState];
  const [priv, pub] = binding.ecdhGenerate(st.curve);
  st.privateKey = toBuffer(priv);
  st.publicKey = toBuffer(pub);
  return this.getPublicKey(encoding, format);
}

function computeSecret(key, inEnc, outEnc) {
  key = getArrayBufferOrView(key, 'key', inEnc);
  const st = this[kState];
  if (st.privateKey === null) throw new ERR_CRYPTO_INVALID_KEYPAIR();
  let secret;
  try {
    secret = binding.ecdhCompute(st.curve, st.privateKey, fromHybrid(Buffer.from(key)));
  } catch {
    throw new ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
  }
  return encode(toBuffer(secret), outEnc);
}

function getPublicKey(encoding, format) {
  const f = getFormat(format);
  const st = this[kState];
  if (st.publicKey === null) throw new ERR_CRYPTO_OPERATION_FAILED('Failed to get ECDH public key');
  return encode(encodePoint(st.curve, st.publicKey, f), encoding);
}

function getPrivateKey(encoding) {
  const st = this[kState];
  if (st.privateKey === null) throw new ERR_CRYPTO_OPERATION_FAILED('Failed to get ECDH private key');
  return encode(Buffer.from(stripZeros(st.privateKey)), encoding);
}

function setPrivateKey(key, encoding) {
  key = getArrayBufferOrView(key, 'key', encoding);
  const st = this[kState];
  let pair;
  try {
    pair = binding.ecdhFromPrivate(st.curve, stripZeros(Buffer.from(key)));
  } catch {
    throw new ERR_CRYPTO_INVALID_KEYTYPE('Private key is not valid for specified curve.');
  }
  st.privateKey = toBuffer(pair[0]);
  st.publicKey = toBuffer(pair[1]);
  return this;
}

// Deprecated in Node (DEP0031) but still there: replaces the public key only.
function setPublicKey(key, encoding) {
  key = getArrayBufferOrView(key, 'key', encoding);
  const st = this[kState];
  try {
    st.publicKey = toBuffer(binding.ecdhConvert(st.curve, fromHybrid(Buffer.from(key)), false));
  } catch {
    throw new ERR_CRYPTO_OPERATION_FAILED('Failed to convert Buffer to EC_POINT');
  }
  return this;
}

ECDH.convertKey = function convertKey(key, curve, inEnc, outEnc, format) {
  validateString(curve, 'curve');
  key = getArrayBufferOrView(key, 'key', inEnc);
  checkCurve(curve);
  const f = getFormat(format);
  let point;
  try {
    point = toBuffer(binding.ecdhConvert(curve, fromHybrid(Buffer.from(key)), false));
  } catch {
    throw new ERR_CRYPTO_OPERATION_FAILED('Failed to convert Buffer to EC_POINT');
  }
  return encode(encodePoint(curve, point, f), outEnc);
};

// Node's property order.
for (const fn of [computeSecret, setPrivateKey, setPublicKey, getPrivateKey, generateKeys, getPublicKey]) {
  Object.defineProperty(ECDH.prototype, fn.name, { value: fn, writable: true, enumerable: true, configurable: true });
}

function createECDH(curve) {
  return new ECDH(curve);
}

const dhKeyTypes = new Set(['ec', 'x25519']);

function diffieHellman(options) {
  validateObject(options, 'options');
  const { privateKey, publicKey } = options;
  if (!keys.isKeyObject(privateKey)) throw new ERR_INVALID_ARG_VALUE('options.privateKey', privateKey);
  if (!keys.isKeyObject(publicKey)) throw new ERR_INVALID_ARG_VALUE('options.publicKey', publicKey);
  if (privateKey.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(privateKey.type, 'private');
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(publicKey.type, 'private or public');
  }
  const privateType = privateKey.asymmetricKeyType;
  const publicType = publicKey.asymmetricKeyType;
  if (privateType !== publicType || !dhKeyTypes.has(privateType)) {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY('key types for Diffie-Hellman', `${privateType} and ${publicType}`);
  }
  try {
    return toBuffer(binding.diffieHellman(keys.handleOf(privateKey), keys.handleOf(publicKey)));
  } catch (e) {
    throw derivationError(e);
  }
}

// OpenSSL's errors for a failed derivation.
function derivationError(e) {
  const table = {
    'mismatching domain parameters': ['1C8000CB', 'ERR_OSSL_MISMATCHING_DOMAIN_PARAMETERS'],
    'failed during derivation': ['1C8000A4', 'ERR_OSSL_FAILED_DURING_DERIVATION'],
  };
  const info = table[e?.message];
  if (info === undefined) return e;
  const err = new Error(`error:${info[0]}:Provider routines::${e.message}`);
  err.library = 'Provider routines';
  err.reason = e.message;
  err.code = info[1];
  return err;
}

function getCurves() {
  return binding.ecdhCurves().slice().sort();
}

module.exports = { ECDH, createECDH, diffieHellman, derivationError, getCurves };
