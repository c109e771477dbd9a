'use strict';
// The Web Crypto API subset minode has: getRandomValues, randomUUID, and
// SubtleCrypto digest plus HMAC (generateKey/importKey/exportKey/sign/verify).

const { binding, asU8, isAnyArrayBuffer, kKeyObject } = require('internal/crypto/util');
const { getRandomValues, randomUUID } = require('internal/crypto/random');
const keys = require('internal/crypto/keys');
const { Buffer } = require('buffer');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS } } = require('internal/errors');

const kInternal = Symbol('kInternal');

function domError(message, name) {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(message, name);
}

const digestNames = { 'sha-1': 'SHA-1', 'sha-256': 'SHA-256', 'sha-384': 'SHA-384', 'sha-512': 'SHA-512' };
const hashLengths = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };

function normalizeHash(h) {
  const name = typeof h === 'string' ? h : h?.name;
  const n = typeof name === 'string' ? digestNames[name.toLowerCase()] : undefined;
  if (n === undefined) throw domError('Unrecognized algorithm name', 'NotSupportedError');
  return n;
}

function normalizeAlg(alg) {
  const o = typeof alg === 'string' ? { name: alg } : alg;
  if (o === null || typeof o !== 'object' || typeof o.name !== 'string') {
    throw domError('Algorithm: Unrecognized name', 'NotSupportedError');
  }
  return o;
}

function bufferSource(data, name = 'data') {
  if (ArrayBuffer.isView(data) || isAnyArrayBuffer(data)) return Buffer.from(asU8(data));
  throw new TypeError(`Failed to execute '${name}': Argument is not an ArrayBuffer or ArrayBufferView`);
}

class CryptoKey {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get type() {
    return this[kInternal].type;
  }

  get extractable() {
    return this[kInternal].extractable;
  }

  get algorithm() {
    return this[kInternal].algorithm;
  }

  get usages() {
    return [...this[kInternal].usages];
  }
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });

function makeKey(keyObject, algorithm, extractable, usages) {
  const k = Object.create(CryptoKey.prototype);
  Object.defineProperty(k, kKeyObject, { value: keyObject });
  Object.defineProperty(k, kInternal, {
    value: { type: keyObject.type, extractable: !!extractable, algorithm, usages: [...usages] },
  });
  return k;
}

function checkUsages(usages, allowed) {
  if (!Array.isArray(usages)) throw new TypeError('keyUsages must be a sequence');
  for (const u of usages) {
    if (!allowed.includes(u)) throw domError(`Unsupported key usage for an HMAC key`, 'SyntaxError');
  }
  if (usages.length === 0) throw domError('Usages cannot be empty when creating a key.', 'SyntaxError');
}

class SubtleCrypto {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  async digest(algorithm, data) {
    const name = normalizeHash(algorithm);
    const bytes = bufferSource(data);
    if (bytes.length < 65536) return binding.hashOnce(name, bytes);
    return new Promise((resolve, reject) => {
      binding.hashOnce(name, bytes, undefined, undefined, {
        oncomplete(err, ab) { if (err) reject(err); else resolve(ab); },
      });
    });
  }

  async generateKey(algorithm, extractable, keyUsages) {
    const alg = normalizeAlg(algorithm);
    if (alg.name.toUpperCase() !== 'HMAC') throw domError('Unrecognized algorithm name', 'NotSupportedError');
    const hash = normalizeHash(alg.hash);
    const length = alg.length ?? hashLengths[hash];
    checkUsages(keyUsages, ['sign', 'verify']);
    const ko = new keys.SecretKeyObject(Buffer.from(binding.randomBytes(Math.ceil(length / 8))));
    return makeKey(ko, { name: 'HMAC', length, hash: { name: hash } }, extractable, keyUsages);
  }

  async importKey(format, keyData, algorithm, extractable, keyUsages) {
    const alg = normalizeAlg(algorithm);
    if (alg.name.toUpperCase() !== 'HMAC') throw domError('Unrecognized algorithm name', 'NotSupportedError');
    const hash = normalizeHash(alg.hash);
    let bytes;
    if (format === 'raw') {
      bytes = bufferSource(keyData, 'importKey');
    } else if (format === 'jwk') {
      if (keyData === null || typeof keyData !== 'object' || keyData.kty !== 'oct' || typeof keyData.k !== 'string') {
        throw domError('Invalid keyData', 'DataError');
      }
      bytes = Buffer.from(keyData.k, 'base64url');
    } else {
      throw domError(`Unable to import HMAC key with format ${format}`, 'NotSupportedError');
    }
    checkUsages(keyUsages, ['sign', 'verify']);
    const length = alg.length ?? bytes.length * 8;
    const ko = new keys.SecretKeyObject(bytes);
    return makeKey(ko, { name: 'HMAC', length, hash: { name: hash } }, extractable, keyUsages);
  }

  async exportKey(format, key) {
    if (!(key instanceof CryptoKey)) throw new TypeError('key must be a CryptoKey');
    if (!key.extractable) throw domError('key is not extractable', 'InvalidAccessError');
    const bytes = key[kKeyObject].export();
    if (format === 'raw') return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
    if (format === 'jwk') {
      const h = key.algorithm.hash.name.replace('SHA-', 'HS');
      return { key_ops: key.usages, k: bytes.toString('base64url'), alg: h, ext: true, kty: 'oct' };
    }
    throw domError(`Unable to export HMAC key with format ${format}`, 'NotSupportedError');
  }

  async sign(algorithm, key, data) {
    const alg = normalizeAlg(algorithm);
    if (alg.name.toUpperCase() !== 'HMAC' || !(key instanceof CryptoKey) || key.algorithm.name !== 'HMAC') {
      throw domError('Unrecognized algorithm name', 'NotSupportedError');
    }
    if (!key.usages.includes('sign')) throw domError('Unable to use this key to sign', 'InvalidAccessError');
    return binding.hmacOnce(key.algorithm.hash.name, keys.secretKeyBytes(key), bufferSource(data));
  }

  async verify(algorithm, key, signature, data) {
    const alg = normalizeAlg(algorithm);
    if (alg.name.toUpperCase() !== 'HMAC' || !(key instanceof CryptoKey) || key.algorithm.name !== 'HMAC') {
      throw domError('Unrecognized algorithm name', 'NotSupportedError');
    }
    if (!key.usages.includes('verify')) throw domError('Unable to use this key to verify', 'InvalidAccessError');
    const mac = new Uint8Array(binding.hmacOnce(key.algorithm.hash.name, keys.secretKeyBytes(key), bufferSource(data)));
    const sig = bufferSource(signature);
    return sig.length === mac.length && binding.timingSafeEqual(mac, sig);
  }
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

class Crypto {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return getRandomValues(array);
  }

  randomUUID() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });

const subtle = Object.create(SubtleCrypto.prototype);
const webcrypto = Object.create(Crypto.prototype);

module.exports = { webcrypto, subtle, Crypto, CryptoKey, SubtleCrypto };
