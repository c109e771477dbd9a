'use strict';
// Web Crypto secret-key algorithms: AES-CTR/CBC/GCM/KW, HMAC, PBKDF2 and HKDF, on the
// node:crypto primitives (binding.createCipher, aesKeyWrap, hmacOnce, pbkdf2, hkdf).

const { binding, kKeyObject } = require('internal/crypto/util');
const keys = require('internal/crypto/keys');
const { Buffer } = require('buffer');
const { makeKey } = require('internal/crypto/webcrypto_key');
const {
  domError, opError, hashInfo, hasAnyNotIn, checkJwk, bytesOf, toArrayBuffer, job,
} = require('internal/crypto/webcrypto_util');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');

const kAesLengths = [128, 192, 256];
const kTagLengths = [32, 64, 96, 104, 112, 120, 128];

function secretBytes(key) {
  return keys.secretKeyBytes(key[kKeyObject]);
}

function randomSecret(bits) {
  return new keys.SecretKeyObject(Buffer.from(binding.randomBytes(bits / 8)));
}

function secretFromBytes(bytes) {
  return new keys.SecretKeyObject(Buffer.from(bytesOf(bytes)));
}

// A JWK "k" member as bytes; a missing or non-string k is invalid key data.
function jwkSecret(keyData) {
  if (typeof keyData.k !== 'string') throw domError('Invalid keyData', 'DataError');
  return Buffer.from(keyData.k, 'base64url');
}

// --- AES ---------------------------------------------------------------------------

function getAlgorithmName(name, length) {
  return `A${length}${name.slice(4)}`;
}

function aesUsages(name) {
  return name === 'AES-KW' ? ['wrapKey', 'unwrapKey'] : ['wrapKey', 'unwrapKey', 'encrypt', 'decrypt'];
}

function aesGenerateKey({ name, length }, extractable, keyUsages) {
  if (!kAesLengths.includes(length)) {
    throw domError('AES key length must be 128, 192, or 256 bits', 'OperationError');
  }
  const usagesSet = new Set(keyUsages);
  if (hasAnyNotIn(usagesSet, aesUsages(name))) throw domError('Unsupported key usage for an AES key', 'SyntaxError');
  return makeKey(randomSecret(length), { name, length }, [...usagesSet], extractable);
}

function aesImportKey(algorithm, format, keyData, extractable, keyUsages) {
  const { name } = algorithm;
  const usagesSet = new Set(keyUsages);
  if (hasAnyNotIn(usagesSet, aesUsages(name))) throw domError('Unsupported key usage for an AES key', 'SyntaxError');
  let bytes;
  if (format === 'raw') {
    bytes = bytesOf(keyData);
  } else if (format === 'jwk') {
    checkJwk(keyData, 'oct', 'enc', usagesSet, extractable);
    bytes = jwkSecret(keyData);
  } else {
    throw domError(`Unable to import AES key with format ${format}`, 'NotSupportedError');
  }
  const length = bytes.byteLength * 8;
  if (!kAesLengths.includes(length)) throw domError('Invalid key length', 'DataError');
  if (format === 'jwk' && keyData.alg !== undefined && keyData.alg !== getAlgorithmName(name, length)) {
    throw domError('JWK "alg" does not match the requested algorithm', 'DataError');
  }
  return makeKey(secretFromBytes(bytes), { name, length }, keyUsages, extractable);
}

function cipherName(key, mode) {
  return `aes-${key.algorithm.length}-${mode}`;
}

// One pass of an AES mode over data; errors become OperationError.
function runCipher(name, encrypt, keyBytes, iv, data, setup) {
  let out;
  try {
    const ctx = binding.createCipher(name, encrypt, keyBytes, iv, setup?.tagLength);
    setup?.before?.(ctx);
    const a = Buffer.from(ctx.update(data));
    const b = Buffer.from(ctx.final());
    out = Buffer.concat([a, b]);
    setup?.after?.(ctx, (t) => { out = Buffer.concat([out, t]); });
  } catch (e) {
    throw opError(e);
  }
  return out;
}

function aesCbc(encrypt, key, data, { iv }) {
  if (iv.byteLength !== 16) throw domError('algorithm.iv must contain exactly 16 bytes', 'OperationError');
  return runCipher(cipherName(key, 'cbc'), encrypt, secretBytes(key), iv, data);
}

// AES-CTR where only the low `length` bits of the counter block count (and wrap).
function aesCtr(encrypt, key, data, { counter, length }) {
  if (counter.byteLength !== 16) throw domError('algorithm.counter must contain exactly 16 bytes', 'OperationError');
  if (typeof length !== 'number' || length <= 0 || length > 128) {
    throw domError('AES-CTR algorithm.length must be between 1 and 128', 'OperationError');
  }
  const name = cipherName(key, 'ctr');
  const kb = secretBytes(key);
  const bits = BigInt(length);
  const ctr = BigInt(`0x${Buffer.from(counter).toString('hex')}`);
  const mask = (1n << bits) - 1n;
  const numCounters = 1n << bits;
  const blocks = BigInt(Math.ceil(data.byteLength / 16));
  if (blocks > numCounters) throw opError();
  const untilReset = numCounters - (ctr & mask);
  if (blocks <= untilReset) return runCipher(name, encrypt, kb, counter, data);
  const split = Number(untilReset) * 16;
  const wrapped = Buffer.from((ctr & ~mask).toString(16).padStart(32, '0'), 'hex');
  const first = runCipher(name, encrypt, kb, counter, data.subarray(0, split));
  const rest = runCipher(name, encrypt, kb, wrapped, data.subarray(split));
  return Buffer.concat([first, rest]);
}

function aesGcm(encrypt, key, data, { iv, additionalData, tagLength = 128 }) {
  if (!kTagLengths.includes(tagLength)) {
    throw domError(`${tagLength} is not a valid AES-GCM tag length`, 'OperationError');
  }
  const tagBytes = tagLength / 8;
  let tag;
  if (!encrypt) {
    if (data.byteLength < tagBytes) throw domError('The provided data is too small.', 'OperationError');
    tag = data.subarray(data.byteLength - tagBytes);
    data = data.subarray(0, data.byteLength - tagBytes);
  }
  if (iv.byteLength === 0) throw opError();
  return runCipher(cipherName(key, 'gcm'), encrypt, secretBytes(key), iv, data, {
    tagLength: tagBytes,
    before(ctx) {
      if (additionalData !== undefined) ctx.setAAD(additionalData);
      if (!encrypt) ctx.setAuthTag(tag);
    },
    after(ctx, append) {
      if (encrypt) append(Buffer.from(ctx.getAuthTag()));
    },
  });
}

// AES-KW (RFC 3394), by the aes-kw crate; any failure (bad length, integrity) is an
// OperationError.
function aesKw(encrypt, key, data) {
  const n = data.byteLength / 8 - (encrypt ? 0 : 1);
  if (data.byteLength % 8 !== 0 || n < 2) throw opError();
  try {
    return Buffer.from(binding.aesKeyWrap(secretBytes(key), data, encrypt, false));
  } catch (e) {
    throw opError(e);
  }
}

function aesCipher(encrypt, key, data, algorithm) {
  const d = bytesOf(data);
  let out;
  switch (algorithm.name) {
    case 'AES-CBC': out = aesCbc(encrypt, key, d, algorithm); break;
    case 'AES-CTR': out = aesCtr(encrypt, key, d, algorithm); break;
    case 'AES-GCM': out = aesGcm(encrypt, key, d, algorithm); break;
    case 'AES-KW': out = aesKw(encrypt, key, d); break;
  }
  return toArrayBuffer(out);
}

// --- HMAC --------------------------------------------------------------------------

function hmacGenerateKey({ name, hash, length }, extractable, keyUsages) {
  if (length === undefined) length = hashInfo[hash.name].block;
  if (typeof length !== 'number') throw new ERR_INVALID_ARG_TYPE('algorithm.length', 'number', length);
  if (length < 0) throw new ERR_OUT_OF_RANGE('algorithm.length', '> 0', length);
  if (length % 8) throw new ERR_INVALID_ARG_VALUE('algorithm.length', length, 'must be a multiple of 8');
  const usagesSet = new Set(keyUsages);
  if (hasAnyNotIn(usagesSet, ['sign', 'verify'])) throw domError('Unsupported key usage for an HMAC key', 'SyntaxError');
  if (length < 8 || length > 2 ** 31 - 1) throw opError();
  return makeKey(randomSecret(length), { name, length, hash: { name: hash.name } }, [...usagesSet], extractable);
}

function hmacImportKey(format, keyData, algorithm, extractable, keyUsages) {
  const usagesSet = new Set(keyUsages);
  if (hasAnyNotIn(usagesSet, ['sign', 'verify'])) throw domError('Unsupported key usage for an HMAC key', 'SyntaxError');
  let bytes;
  if (format === 'raw') {
    bytes = bytesOf(keyData);
    const checkLength = bytes.byteLength * 8;
    if (checkLength === 0 || algorithm.length === 0) throw domError('Zero-length key is not supported', 'DataError');
    if (algorithm.length !== undefined && algorithm.length !== checkLength) {
      throw domError('Invalid key length', 'DataError');
    }
  } else if (format === 'jwk') {
    checkJwk(keyData, 'oct', 'sig', usagesSet, extractable);
    if (keyData.alg !== undefined && keyData.alg !== hashInfo[algorithm.hash.name].HS) {
      throw domError('JWK "alg" does not match the requested algorithm', 'DataError');
    }
    bytes = jwkSecret(keyData);
  } else {
    throw domError(`Unable to import HMAC key with format ${format}`);
  }
  const algo = { name: 'HMAC', hash: algorithm.hash, length: bytes.byteLength * 8 };
  return makeKey(secretFromBytes(bytes), algo, keyUsages, extractable);
}

async function hmacSignVerify(key, data, signature) {
  const mac = binding.hmacOnce(hashInfo[key.algorithm.hash.name].node, secretBytes(key), bytesOf(data));
  if (signature === undefined) return mac;
  const sig = bytesOf(signature);
  return sig.byteLength === mac.byteLength && binding.timingSafeEqual(new Uint8Array(mac), sig);
}

// --- PBKDF2 / HKDF -------------------------------------------------------------------

function importGenericSecretKey({ name }, format, keyData, extractable, keyUsages) {
  if (extractable) throw domError(`${name} keys are not extractable`, 'SyntaxError');
  if (hasAnyNotIn(keyUsages, ['deriveKey', 'deriveBits'])) {
    throw domError(`Unsupported key usage for a ${name} key`, 'SyntaxError');
  }
  if (format !== 'raw') throw domError(`Unable to import ${name} key with format ${format}`, 'NotSupportedError');
  return makeKey(secretFromBytes(keyData), { name }, keyUsages, false);
}

function checkDeriveLength(length) {
  if (length === null) throw domError('length cannot be null', 'OperationError');
  if (length % 8) throw domError('length must be a multiple of 8', 'OperationError');
}

async function pbkdf2DeriveBits({ iterations, hash, salt }, baseKey, length) {
  if (iterations === 0) throw domError('iterations cannot be zero', 'OperationError');
  if (length === 0) return new ArrayBuffer(0);
  checkDeriveLength(length);
  try {
    return await job(binding.pbkdf2, secretBytes(baseKey), salt, iterations, length / 8, hashInfo[hash.name].node);
  } catch (e) {
    throw opError(e);
  }
}

async function hkdfDeriveBits({ hash, salt, info }, baseKey, length) {
  if (length === 0) return new ArrayBuffer(0);
  checkDeriveLength(length);
  const h = hashInfo[hash.name].node;
  if (length / 8 > binding.digestLength(h) * 255 || info.byteLength > 1024) throw opError();
  try {
    return await job(binding.hkdf, h, secretBytes(baseKey), salt, info, length / 8);
  } catch (e) {
    throw opError(e);
  }
}

module.exports = {
  getAlgorithmName, aesGenerateKey, aesImportKey, aesCipher,
  hmacGenerateKey, hmacImportKey, hmacSignVerify,
  importGenericSecretKey, pbkdf2DeriveBits, hkdfDeriveBits,
};
