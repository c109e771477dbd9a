'use strict';
// KeyObject and friends. Asymmetric key material lives in Rust (binding.KeyHandle);
// secret keys are a private Buffer copy.

const { binding, toBuffer, getArrayBufferOrView, asU8, kKeyObject } = require('internal/crypto/util');
const { Buffer } = require('buffer');
const { normalizeEncoding } = require('internal/util');
const { validateObject, validateString, validateOneOf } = require('internal/validators');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS,
    ERR_CRYPTO_INVALID_JWK,
    ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
  },
} = require('internal/errors');

const kKeyType = Symbol('kKeyType');
const kAsymmetricKeyType = Symbol('kAsymmetricKeyType');
const kAsymmetricKeyDetails = Symbol('kAsymmetricKeyDetails');
const kKeyHandle = Symbol('kKeyHandle');

let lazyEncrypted;
function encrypted() {
  lazyEncrypted ??= require('internal/crypto/keys_encrypted');
  return lazyEncrypted;
}

function hidden(obj, key, value) {
  Object.defineProperty(obj, key, { value, enumerable: false, writable: false, configurable: false });
}

function unsupported() {
  const err = new Error('error:1E08010C:DECODER routines::unsupported');
  err.library = 'DECODER routines';
  err.reason = 'unsupported';
  err.code = 'ERR_OSSL_UNSUPPORTED';
  return err;
}

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new ERR_INVALID_ARG_VALUE('type', type);
    }
    this[kKeyType] = type;
    hidden(this, kKeyHandle, handle);
  }

  get type() {
    return this[kKeyType];
  }

  static from(key) {
    if (!isCryptoKey(key)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    return key[kKeyObject];
  }

  equals(otherKeyObject) {
    if (!isKeyObject(otherKeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    if (otherKeyObject.type !== this.type) return false;
    const a = this[kKeyHandle];
    const b = otherKeyObject[kKeyHandle];
    if (this.type === 'secret') {
      return a.byteLength === b.byteLength && binding.timingSafeEqual(a, b);
    }
    return a.equals(b);
  }
}
Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'KeyObject', configurable: true,
});

class SecretKeyObject extends KeyObject {
  constructor(bytes) {
    super('secret', bytes);
  }

  get symmetricKeySize() {
    return this[kKeyHandle].byteLength;
  }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      validateOneOf(options.format, 'options.format', [undefined, 'buffer', 'jwk']);
      if (options.format === 'jwk') {
        const { base64url } = jwkB64();
        return { kty: 'oct', k: base64url(this[kKeyHandle]) };
      }
    }
    return Buffer.from(this[kKeyHandle]);
  }
}

function jwkB64() {
  return { base64url: (b) => Buffer.from(b).toString('base64url') };
}

const jwkOrder = {
  ec: ['kty', 'x', 'y', 'crv', 'd'],
  rsa: ['kty', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'],
  ed25519: ['crv', 'd', 'x', 'kty'],
  x25519: ['crv', 'd', 'x', 'kty'],
};

class AsymmetricKeyObject extends KeyObject {
  // Node fills these symbols in on first use, so util.inspect shows them only after.
  get asymmetricKeyType() {
    return (this[kAsymmetricKeyType] ??= this[kKeyHandle].info().asymmetricKeyType);
  }

  get asymmetricKeyDetails() {
    const kind = this.asymmetricKeyType;
    if (kind !== 'rsa' && kind !== 'ec') return {};
    if (this[kAsymmetricKeyDetails] === undefined) {
      const info = this[kKeyHandle].info();
      this[kAsymmetricKeyDetails] = kind === 'rsa'
        ? { modulusLength: info.modulusLength, publicExponent: BigInt(info.publicExponent) }
        : { namedCurve: info.namedCurve };
    }
    return { ...this[kAsymmetricKeyDetails] };
  }

  exportJwk() {
    const kind = this.asymmetricKeyType;
    const parts = this[kKeyHandle].jwk();
    const extra = {
      ec: { kty: 'EC' }, rsa: { kty: 'RSA' }, ed25519: { kty: 'OKP', crv: 'Ed25519' }, x25519: { kty: 'OKP', crv: 'X25519' },
    }[kind];
    const src = { ...parts, ...extra };
    const out = {};
    for (const k of jwkOrder[kind]) if (src[k] !== undefined) out[k] = src[k];
    return out;
  }

  exportEncoded(options, isPublic) {
    validateObject(options, 'options');
    const { format, type } = options;
    if (format === 'jwk') {
      if (!isPublic) encrypted().checkExportOptions(options);
      return this.exportJwk();
    }
    if (format !== 'pem' && format !== 'der' && format !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('options.format', format);
    }
    const kind = this.asymmetricKeyType;
    const types = isPublic ? ['pkcs1', 'spki'] : ['pkcs1', 'pkcs8', 'sec1'];
    if (!types.includes(type)) throw new ERR_INVALID_ARG_VALUE('options.type', type);
    if (type === 'pkcs1' && kind !== 'rsa') {
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('pkcs1', 'can only be used for RSA keys');
    }
    if (type === 'sec1' && kind !== 'ec') {
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('sec1', 'can only be used for EC keys');
    }
    const fmt = format ?? 'pem';
    if (!isPublic && encrypted().checkExportOptions(options)) {
      const der = toBuffer(this[kKeyHandle].export('der', type));
      return encrypted().encryptExport(der, fmt, type, options.cipher, options.passphrase);
    }
    const out = this[kKeyHandle].export(fmt, type);
    return fmt === 'pem' ? out : toBuffer(out);
  }
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }

  export(options) {
    return this.exportEncoded(options, true);
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }

  export(options) {
    return this.exportEncoded(options, false);
  }
}

function isKeyObject(v) {
  return v instanceof KeyObject;
}

function isCryptoKey(v) {
  return v !== null && typeof v === 'object' && v[kKeyObject] instanceof KeyObject &&
    typeof v.algorithm === 'object';
}

function secretKeyBytes(key) {
  const ko = isCryptoKey(key) ? key[kKeyObject] : key;
  if (ko.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(ko.type, 'secret');
  return ko[kKeyHandle];
}

function handleOf(ko) {
  return ko[kKeyHandle];
}

function createSecretKey(key, encoding) {
  if (typeof key === 'string') {
    key = Buffer.from(key, normalizeEncoding(encoding) ?? 'utf8');
  } else {
    key = getArrayBufferOrView(key, 'key');
  }
  return new SecretKeyObject(Buffer.from(asU8(key)));
}

// Parse the many shapes a key argument can take into a KeyHandle.
function parseKeyInput(key, wantPublic, name = 'key') {
  if (isKeyObject(key) || isCryptoKey(key)) {
    const ko = isCryptoKey(key) ? key[kKeyObject] : key;
    if (ko.type === 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(ko.type, wantPublic ? 'private or public' : 'private');
    if (!wantPublic && ko.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(ko.type, 'private');
    return { handle: wantPublic && ko.type === 'private' ? ko[kKeyHandle].publicKey() : ko[kKeyHandle], options: {} };
  }
  let options = {};
  let data = key;
  let format = 'pem';
  let type;
  if (typeof key === 'object' && key !== null && !ArrayBuffer.isView(key) && !(key instanceof ArrayBuffer)) {
    options = key;
    data = key.key;
    if (isKeyObject(data) || isCryptoKey(data)) {
      return { handle: parseKeyInput(data, wantPublic, name).handle, options };
    }
    format = key.format ?? 'pem';
    type = key.type;
    if (format === 'jwk') {
      validateObject(data, 'key.key');
      if (typeof data.kty !== 'string') throw new ERR_CRYPTO_INVALID_JWK();
      if (!['RSA', 'EC', 'OKP'].includes(data.kty)) throw new ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE();
      if (data.kty === 'EC') {
        validateString(data.crv, 'key.crv');
        validateOneOf(data.crv, 'key.crv', ['P-256', 'secp256k1', 'P-384', 'P-521']);
      } else if (data.kty === 'OKP') {
        validateString(data.crv, 'key.crv');
        validateOneOf(data.crv, 'key.crv', ['Ed25519', 'Ed448', 'X25519', 'X448']);
        if (data.crv === 'Ed448' || data.crv === 'X448') throw new ERR_CRYPTO_INVALID_JWK();
      }
      const isPrivate = data.d !== undefined;
      if (!wantPublic && !isPrivate) throw new ERR_CRYPTO_INVALID_JWK();
      const need = data.kty === 'RSA' ? (isPrivate && !wantPublic ? ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'] : ['n', 'e'])
        : data.kty === 'EC' ? ['x', 'y'] : ['x'];
      for (const m of need) validateString(data[m], `key.${m}`);
      try {
        return { handle: binding.keyFromJwk(data, !wantPublic), options };
      } catch {
        throw new ERR_CRYPTO_INVALID_JWK(data.kty === 'OKP' ? undefined : `Invalid JWK ${data.kty} key`);
      }
    }
    if (format !== 'pem' && format !== 'der') throw new ERR_INVALID_ARG_VALUE('options.format', format);
  }
  if (typeof data === 'string') {
    data = Buffer.from(data, normalizeEncoding(options.encoding) ?? 'utf8');
  } else if (ArrayBuffer.isView(data) || data instanceof ArrayBuffer) {
    data = asU8(data);
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  if (format === 'der' && type === undefined) {
    throw new ERR_INVALID_ARG_VALUE('options.type', type);
  }
  const plain = encrypted().decryptedInput(data, format, type, options.passphrase);
  if (plain !== undefined) {
    format = 'der';
    type = plain.type;
    data = plain.der;
  }
  try {
    return { handle: binding.parseKey(data, format, type ?? null, wantPublic), options };
  } catch {
    throw unsupported();
  }
}

function createPublicKey(key) {
  if (typeof key !== 'string' && !ArrayBuffer.isView(key) && !(key instanceof ArrayBuffer) &&
      (typeof key !== 'object' || key === null)) {
    throw new ERR_INVALID_ARG_TYPE('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'Object'], key);
  }
  if (isKeyObject(key) && key.type === 'public') return key;
  return new PublicKeyObject(parseKeyInput(key, true).handle);
}

function createPrivateKey(key) {
  if (typeof key !== 'string' && !ArrayBuffer.isView(key) && !(key instanceof ArrayBuffer) &&
      (typeof key !== 'object' || key === null)) {
    throw new ERR_INVALID_ARG_TYPE('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'Object'], key);
  }
  return new PrivateKeyObject(parseKeyInput(key, false).handle);
}

function publicFromHandle(h) {
  return new PublicKeyObject(h);
}

function privateFromHandle(h) {
  return new PrivateKeyObject(h);
}

module.exports = {
  KeyObject, SecretKeyObject, PublicKeyObject, PrivateKeyObject, AsymmetricKeyObject,
  isKeyObject, isCryptoKey, secretKeyBytes, handleOf, parseKeyInput,
  createSecretKey, createPublicKey, createPrivateKey, publicFromHandle, privateFromHandle,
  validateString,
};
