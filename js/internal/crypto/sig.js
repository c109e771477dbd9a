'use strict';
// Sign/Verify streams, crypto.sign/verify, key generation and RSA encryption.

const { binding, toBuffer, getArrayBufferOrView, dataArg, encodeOut, mapError } = require('internal/crypto/util');
const { bindCurrent } = require('internal/async_context');
const keys = require('internal/crypto/keys');
const { Buffer } = require('buffer');
const {
  validateString, validateObject, validateUint32, validateFunction, validateOneOf, validateInt32,
} = require('internal/validators');
const {
  codes: {
    ERR_CRYPTO_SIGN_KEY_REQUIRED,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_UNSUPPORTED_OPERATION,
    ERR_CRYPTO_INVALID_CURVE,
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');

const kHash = Symbol('kHash');
const kAlg = Symbol('kAlg');

function invalidDigestOssl() {
  const err = new Error('error:1C80007A:Provider routines::invalid digest');
  err.library = 'Provider routines';
  err.reason = 'invalid digest';
  err.code = 'ERR_OSSL_INVALID_DIGEST';
  return err;
}

function osslError(id, library, reason) {
  const err = new Error(`error:${id}:${library}::${reason}`);
  err.library = library;
  err.reason = reason;
  return err;
}

function sigOptions(options) {
  const o = {};
  if (options.padding !== undefined) {
    validateInt32(options.padding, 'key.padding');
    o.padding = options.padding;
  }
  if (options.saltLength !== undefined) {
    validateInt32(options.saltLength, 'key.saltLength');
    o.saltLength = options.saltLength;
  }
  if (options.dsaEncoding !== undefined) {
    if (options.dsaEncoding !== 'der' && options.dsaEncoding !== 'ieee-p1363') {
      throw new ERR_INVALID_ARG_VALUE('options.dsaEncoding', options.dsaEncoding);
    }
    o.dsaEncoding = options.dsaEncoding;
  }
  return o;
}

function runSign(handle, data, opts, algorithm, req) {
  try {
    return binding.sign(handle, data, opts, req);
  } catch (e) {
    throw translate(e, algorithm);
  }
}

function translate(e, algorithm) {
  if (e && e.message === 'unsupported operation') return new ERR_CRYPTO_UNSUPPORTED_OPERATION();
  if (e && e.message === 'operation not supported for this keytype') {
    const err = osslError('03000096', 'digital envelope routines', e.message);
    err.code = 'ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE';
    return err;
  }
  if (e && e.message === 'invalid digest') return new ERR_CRYPTO_INVALID_DIGEST(algorithm);
  if (e && e.message === 'key error: message too long') {
    const err = osslError('02000070', 'rsa routines', 'digest too big for rsa key');
    err.code = 'ERR_OSSL_RSA_DIGEST_TOO_BIG_FOR_RSA_KEY';
    return err;
  }
  if (e && e.message === 'key error: internal error') {
    const err = osslError('0200006E', 'rsa routines', 'data too large for key size');
    err.code = 'ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE';
    return err;
  }
  return mapError(e);
}

let Writable;
function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  validateString(algorithm, 'algorithm');
  if (binding.digestLength(algorithm) <= 0) throw new ERR_CRYPTO_INVALID_DIGEST();
  this[kHash] = binding.createHash(algorithm);
  this[kAlg] = algorithm;
  Writable.call(this, options);
}

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  validateString(algorithm, 'algorithm');
  if (binding.digestLength(algorithm) <= 0) throw new ERR_CRYPTO_INVALID_DIGEST();
  this[kHash] = binding.createHash(algorithm);
  this[kAlg] = algorithm;
  Writable.call(this, options);
}

function setupStreams() {
  Writable = require('stream').Writable;
  for (const C of [Sign, Verify]) {
    Object.setPrototypeOf(C.prototype, Writable.prototype);
    Object.setPrototypeOf(C, Writable);
    C.prototype._write = function _write(chunk, encoding, callback) {
      this.update(chunk, encoding);
      callback();
    };
    C.prototype.update = function update(data, encoding) {
      if (this[kHash] === null) throw new ERR_CRYPTO_HASH_FINALIZED();
      this[kHash].update(dataArg(data, encoding));
      return this;
    };
  }
}
setupStreams();

function takeDigest(self) {
  const h = self[kHash];
  if (h === null) throw new ERR_CRYPTO_HASH_FINALIZED();
  self[kHash] = null;
  return h.digest();
}

Sign.prototype.sign = function sign(privateKey, encoding) {
  if (!privateKey) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const { handle, options } = keys.parseKeyInput(privateKey, false, 'key');
  const opts = sigOptions(options);
  if (handle.info().asymmetricKeyType === 'ed25519') throw new ERR_CRYPTO_UNSUPPORTED_OPERATION();
  opts.algorithm = this[kAlg];
  opts.prehashed = true;
  const digest = takeDigest(this);
  return encodeOut(runSign(handle, digest, opts, this[kAlg]), encoding);
};

Verify.prototype.verify = function verify(object, signature, sigEncoding) {
  const { handle, options } = keys.parseKeyInput(object, true, 'key');
  const opts = sigOptions(options);
  if (handle.info().asymmetricKeyType === 'ed25519') throw new ERR_CRYPTO_UNSUPPORTED_OPERATION();
  opts.algorithm = this[kAlg];
  opts.prehashed = true;
  signature = getArrayBufferOrView(signature, 'signature', sigEncoding);
  const digest = takeDigest(this);
  try {
    return binding.verify(handle, digest, signature, opts);
  } catch (e) {
    throw translate(e, this[kAlg]);
  }
};

function createSign(algorithm, options) {
  return new Sign(algorithm, options);
}

function createVerify(algorithm, options) {
  return new Verify(algorithm, options);
}

function oneShotPrep(algorithm, data, key, wantPublic) {
  if (algorithm !== null && algorithm !== undefined) validateString(algorithm, 'algorithm');
  if (!ArrayBuffer.isView(data) && !(data instanceof ArrayBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  data = getArrayBufferOrView(data, 'data');
  if (!key) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const { handle, options } = keys.parseKeyInput(key, wantPublic, 'key');
  const opts = sigOptions(options);
  const kind = handle.info().asymmetricKeyType;
  if (kind === 'ed25519' && algorithm != null) throw invalidDigestOssl();
  if (algorithm != null) {
    if (binding.digestLength(algorithm) <= 0) throw new ERR_CRYPTO_INVALID_DIGEST(algorithm);
    opts.algorithm = algorithm;
  }
  return { data, handle, opts };
}

function signOneShot(algorithm, data, key, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  const p = oneShotPrep(algorithm, data, key, false);
  if (callback === undefined) return toBuffer(runSign(p.handle, p.data, p.opts, algorithm));
  callback = bindCurrent(callback);
  runSign(p.handle, p.data, p.opts, algorithm, {
    oncomplete(err, ab) {
      if (err) callback(translate(err, algorithm));
      else callback(null, toBuffer(ab));
    },
  });
}

function verifyOneShot(algorithm, data, key, signature, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  const p = oneShotPrep(algorithm, data, key, true);
  if (!ArrayBuffer.isView(signature) && !(signature instanceof ArrayBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('signature', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], signature);
  }
  signature = getArrayBufferOrView(signature, 'signature');
  if (callback !== undefined) callback = bindCurrent(callback);
  const req = callback === undefined ? undefined : {
    oncomplete(err, ok) {
      if (err) callback(translate(err, algorithm));
      else callback(null, ok);
    },
  };
  try {
    return binding.verify(p.handle, p.data, signature, p.opts, req);
  } catch (e) {
    throw translate(e, algorithm);
  }
}

// --- key generation ---
// The curves generateKeyPair('ec') takes (NIST and OpenSSL names, and secp256k1), for crypto/ec.rs.
const curves = new Set(['P-256', 'prime256v1', 'secp256r1', 'P-384', 'secp384r1', 'P-521', 'secp521r1', 'secp256k1']);

function parseEncoding(enc, name, isPublic) {
  if (enc === undefined) return undefined;
  validateObject(enc, `options.${name}`);
  const { format, type } = enc;
  if (format !== 'pem' && format !== 'der' && format !== 'jwk') {
    throw new ERR_INVALID_ARG_VALUE(`options.${name}.format`, format);
  }
  if (format !== 'jwk') {
    const ok = isPublic ? ['pkcs1', 'spki'] : ['pkcs1', 'pkcs8', 'sec1'];
    if (!ok.includes(type)) throw new ERR_INVALID_ARG_VALUE(`options.${name}.type`, type);
  }
  return enc;
}

function keygenArgs(type, options) {
  validateString(type, 'type');
  let bits = 0;
  let exp = 0x10001;
  let kind = type;
  let curve = null;
  switch (type) {
    case 'rsa':
      validateObject(options, 'options');
      validateUint32(options.modulusLength, 'options.modulusLength');
      bits = options.modulusLength;
      if (options.publicExponent !== undefined) {
        validateUint32(options.publicExponent, 'options.publicExponent');
        exp = options.publicExponent;
      }
      // OpenSSL's limits, checked before any work (the rsa crate would spin on bad exponents).
      if (bits < 512) throw osslError('1C8000AB', 'Provider routines', 'key size too small');
      if (bits > 16384) throw osslError('1C8000AC', 'Provider routines', 'key size too large');
      if (exp < 3 || exp % 2 === 0) throw osslError('020000B2', 'rsa routines', 'pub exponent out of range');
      break;
    case 'ec':
      validateObject(options, 'options');
      validateString(options.namedCurve, 'options.namedCurve');
      if (!curves.has(options.namedCurve)) throw new ERR_CRYPTO_INVALID_CURVE();
      curve = options.namedCurve;
      break;
    case 'ed25519':
    case 'x25519':
      if (options !== undefined) validateObject(options, 'options');
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  const pubEnc = parseEncoding(options?.publicKeyEncoding, 'publicKeyEncoding', true);
  const privEnc = parseEncoding(options?.privateKeyEncoding, 'privateKeyEncoding', false);
  return { kind, bits, exp, curve, pubEnc, privEnc };
}

function finishKeyPair(pair, a) {
  const privateKey = keys.privateFromHandle(pair[0]);
  const publicKey = keys.publicFromHandle(pair[1]);
  return {
    publicKey: a.pubEnc ? publicKey.export(a.pubEnc) : publicKey,
    privateKey: a.privEnc ? privateKey.export(a.privEnc) : privateKey,
  };
}

function generateKeyPairSync(type, options) {
  const a = keygenArgs(type, options);
  return finishKeyPair(binding.generateKeyPair(a.kind, a.bits, a.exp, a.curve), a);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  callback = bindCurrent(callback);
  const a = keygenArgs(type, options);
  binding.generateKeyPair(a.kind, a.bits, a.exp, a.curve, {
    oncomplete(err, pair) {
      if (err) {
        callback(mapError(err));
        return;
      }
      let out;
      try {
        out = finishKeyPair(pair, a);
      } catch (e) {
        callback(e);
        return;
      }
      callback(null, out.publicKey, out.privateKey);
    },
  });
}

function secretKeyArgs(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  if (type === 'hmac') {
    validateUint32(length, 'options.length', 8, 2 ** 31 - 1);
    if (length < 8 || length > 2 ** 31 - 1) throw new ERR_OUT_OF_RANGE('options.length', '>= 8 && <= 2147483647', length);
  } else if (type === 'aes') {
    validateOneOf(length, 'options.length', [128, 192, 256]);
  } else {
    throw new ERR_INVALID_ARG_VALUE('type', type, "must be a supported key type");
  }
  return Math.floor(length / 8);
}

function generateKeySync(type, options) {
  const n = secretKeyArgs(type, options);
  return new keys.SecretKeyObject(toBuffer(binding.randomBytes(n)));
}

function generateKey(type, options, callback) {
  const n = secretKeyArgs(type, options);
  validateFunction(callback, 'callback');
  const key = new keys.SecretKeyObject(toBuffer(binding.randomBytes(n)));
  setImmediate(() => callback(null, key));
}

// --- RSA encryption ---
function rsaOp(key, buffer, encrypt, defaultPadding) {
  const { handle, options } = keys.parseKeyInput(key, encrypt, 'key');
  const padding = options.padding ?? defaultPadding;
  if (!encrypt && padding === 1) {
    // Node refuses PKCS#1 v1.5 decryption since CVE-2023-46809.
    const err = new ERR_INVALID_ARG_VALUE('padding', padding);
    err.message = 'RSA_PKCS1_PADDING is no longer supported for private decryption, ' +
      'this can be reverted with --security-revert=CVE-2023-46809';
    throw err;
  }
  if (padding !== 1 && padding !== 4) {
    const { codes: { ERR_CRYPTO_OPERATION_FAILED } } = require('internal/errors');
    throw new ERR_CRYPTO_OPERATION_FAILED(`RSA padding ${padding} is not supported by minode yet`);
  }
  let oaepHash;
  if (options.oaepHash !== undefined) {
    validateString(options.oaepHash, 'key.oaepHash');
    oaepHash = options.oaepHash;
  }
  const label = options.oaepLabel !== undefined ? getArrayBufferOrView(options.oaepLabel, 'key.oaepLabel') : undefined;
  const data = getArrayBufferOrView(buffer, 'buffer', options.encoding);
  try {
    return toBuffer(binding.rsaCipher(handle, data, encrypt, padding, oaepHash, label));
  } catch (e) {
    if (e && e.message === 'invalid digest') throw new ERR_CRYPTO_INVALID_DIGEST(oaepHash);
    const err = new Error(encrypt ? 'error:0200006E:rsa routines::data too large for key size' : 'error:02000079:rsa routines::oaep decoding error');
    err.code = encrypt ? 'ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE' : 'ERR_OSSL_RSA_OAEP_DECODING_ERROR';
    if (!encrypt && padding === 1) {
      err.message = 'error:02000079:rsa routines::padding check failed';
      err.code = 'ERR_OSSL_RSA_PADDING_CHECK_FAILED';
    }
    throw err;
  }
}

function publicEncrypt(key, buffer) {
  return rsaOp(key, buffer, true, 4);
}

function privateDecrypt(key, buffer) {
  return rsaOp(key, buffer, false, 4);
}

module.exports = {
  Sign, Verify, createSign, createVerify, signOneShot, verifyOneShot,
  generateKeyPair, generateKeyPairSync, generateKey, generateKeySync,
  publicEncrypt, privateDecrypt, Buffer,
};
