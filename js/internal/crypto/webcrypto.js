'use strict';
// The Web Crypto API: Crypto (getRandomValues, randomUUID, subtle) and SubtleCrypto.
// This file converts arguments the way Node's WebIDL layer does, normalizes the
// algorithm and dispatches; the algorithms live in webcrypto_sym.js (AES, HMAC,
// PBKDF2, HKDF) and webcrypto_asym.js (RSA, ECDSA, ECDH, Ed25519, X25519).

const { binding } = require('internal/crypto/util');
const { getRandomValues, randomUUID } = require('internal/crypto/random');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS } } = require('internal/errors');
const { CryptoKey, kKeyObject } = require('internal/crypto/webcrypto_key');
const {
  domError, requiredArguments, conv, normalizeAlgorithm, hashInfo, bytesOf, toArrayBuffer, job,
} = require('internal/crypto/webcrypto_util');

let symMod;
let asymMod;
const sym = () => (symMod ??= require('internal/crypto/webcrypto_sym'));
const asym = () => (asymMod ??= require('internal/crypto/webcrypto_asym'));

const kMaxBufferLength = 2 ** 31 - 1;
const ordinals = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th'];

// Convert arguments with WebIDL converters, as Node's `webidl.converters.X(v, {prefix, context})`.
function convertArgs(method, args, required, types) {
  const prefix = `Failed to execute '${method}' on 'SubtleCrypto'`;
  requiredArguments(args.length, required, { prefix });
  const out = [];
  for (let i = 0; i < types.length; i++) {
    const t = typeof types[i] === 'function' ? types[i](out) : types[i];
    out.push(conv[t](args[i], { prefix, context: `${ordinals[i]} argument` }));
  }
  return out;
}

function checkThis(self) {
  if (self !== subtle) throw new ERR_INVALID_THIS('SubtleCrypto');
}

function notSupported(name) {
  return domError(`${name} is not supported by minode yet`, 'NotSupportedError');
}

const isRsa = (n) => n === 'RSASSA-PKCS1-v1_5' || n === 'RSA-PSS' || n === 'RSA-OAEP';
const isAes = (n) => n === 'AES-CTR' || n === 'AES-CBC' || n === 'AES-GCM' || n === 'AES-KW';

async function generateKeyImpl(algorithm, extractable, keyUsages) {
  const { name } = algorithm;
  if (isRsa(name)) return asym().rsaGenerateKey(algorithm, extractable, keyUsages);
  if (isAes(name)) return sym().aesGenerateKey(algorithm, extractable, keyUsages);
  switch (name) {
    case 'ECDSA':
    case 'ECDH':
      return asym().ecGenerateKey(algorithm, extractable, keyUsages);
    case 'Ed25519':
    case 'X25519':
      return asym().edGenerateKey(algorithm, extractable, keyUsages);
    case 'HMAC': return sym().hmacGenerateKey(algorithm, extractable, keyUsages);
  }
  throw notSupported(name);
}

function importKeyImpl(format, keyData, algorithm, extractable, keyUsages) {
  const { name } = algorithm;
  if (isRsa(name)) return asym().rsaImportKey(format, keyData, algorithm, extractable, keyUsages);
  if (isAes(name)) return sym().aesImportKey(algorithm, format, keyData, extractable, keyUsages);
  switch (name) {
    case 'ECDSA':
    case 'ECDH':
      return asym().ecImportKey(format, keyData, algorithm, extractable, keyUsages);
    case 'Ed25519':
    case 'X25519':
      return asym().edImportKey(format, keyData, algorithm, extractable, keyUsages);
    case 'HMAC': return sym().hmacImportKey(format, keyData, algorithm, extractable, keyUsages);
    case 'HKDF':
    case 'PBKDF2':
      return sym().importGenericSecretKey(algorithm, format, keyData, extractable, keyUsages);
  }
  throw notSupported(name);
}

function deriveBitsImpl(algorithm, baseKey, length) {
  switch (algorithm.name) {
    case 'HKDF': return sym().hkdfDeriveBits(algorithm, baseKey, length);
    case 'PBKDF2': return sym().pbkdf2DeriveBits(algorithm, baseKey, length);
    case 'ECDH':
    case 'X25519':
      return asym().ecdhDeriveBits(algorithm, baseKey, length);
  }
  throw notSupported(algorithm.name);
}

function getKeyLength({ name, length, hash }) {
  switch (name) {
    case 'AES-CTR':
    case 'AES-CBC':
    case 'AES-GCM':
    case 'AES-KW':
      if (length !== 128 && length !== 192 && length !== 256) throw domError('Invalid key length', 'OperationError');
      return length;
    case 'HMAC':
      if (length === undefined) return hashInfo[hash?.name]?.block;
      if (typeof length === 'number' && length !== 0) return length;
      throw domError('Invalid key length', 'OperationError');
    default:
      return null;
  }
}

function exportKeyImpl(format, key) {
  const { name } = key.algorithm;
  const { type } = key;
  const isEc = name === 'ECDSA' || name === 'ECDH';
  const isCfrg = name === 'Ed25519' || name === 'X25519';
  const asymmetric = isRsa(name) || isEc || isCfrg;
  switch (format) {
    case 'spki':
      if (asymmetric && type === 'public') return asym().exportDer(key, 'spki');
      throw domError(`Unable to export a raw ${name} ${type} key`, 'InvalidAccessError');
    case 'pkcs8':
      if (asymmetric && type === 'private') return asym().exportDer(key, 'pkcs8');
      throw domError(`Unable to export a pkcs8 ${name} ${type} key`, 'InvalidAccessError');
    case 'raw':
      if ((isEc || isCfrg) && type === 'public') return asym().exportRaw(key);
      if (isAes(name) || name === 'HMAC') return toArrayBuffer(key[kKeyObject].export());
      throw domError(`Unable to export a raw ${name} ${type} key`, 'InvalidAccessError');
    case 'jwk':
      if (isRsa(name)) return asym().rsaExportJwk(key);
      if (isEc || name === 'X25519') return asym().exportJwk(key);
      if (name === 'Ed25519') return asym().exportJwk(key, name);
      if (isAes(name)) return asym().exportJwk(key, sym().getAlgorithmName(name, key.algorithm.length));
      if (name === 'HMAC') return asym().exportJwk(key, hashInfo[key.algorithm.hash.name].HS);
      throw domError('Not yet supported', 'NotSupportedError');
  }
}

async function cipherOrWrap(encrypt, algorithm, key, data, op) {
  if (key.algorithm.name !== algorithm.name || !key.usages.includes(op)) {
    throw domError('The requested operation is not valid for the provided key', 'InvalidAccessError');
  }
  if (data.byteLength > kMaxBufferLength) {
    throw domError(`data must be less than ${kMaxBufferLength + 1} bits`, 'OperationError');
  }
  switch (algorithm.name) {
    case 'RSA-OAEP': return asym().rsaCipher(encrypt, key, data, algorithm);
    case 'AES-CTR':
    case 'AES-CBC':
    case 'AES-GCM':
      return sym().aesCipher(encrypt, key, data, algorithm);
    case 'AES-KW':
      if (op === 'wrapKey' || op === 'unwrapKey') return sym().aesCipher(encrypt, key, data, algorithm);
  }
  throw domError('Unrecognized algorithm name', 'NotSupportedError');
}

function signVerify(algorithm, key, data, signature) {
  const usage = signature === undefined ? 'sign' : 'verify';
  algorithm = normalizeAlgorithm(algorithm, usage);
  if (!key.usages.includes(usage) || algorithm.name !== key.algorithm.name) {
    throw domError(`Unable to use this key to ${usage}`, 'InvalidAccessError');
  }
  if (algorithm.name === 'HMAC') return sym().hmacSignVerify(key, data, signature);
  return asym().asymSignVerify(algorithm, key, data, signature);
}

class SubtleCrypto {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  async encrypt(algorithm, key, data) {
    checkThis(this);
    [algorithm, key, data] = convertArgs('encrypt', arguments, 3, ['AlgorithmIdentifier', 'CryptoKey', 'BufferSource']);
    algorithm = normalizeAlgorithm(algorithm, 'encrypt');
    return cipherOrWrap(true, algorithm, key, data, 'encrypt');
  }

  async decrypt(algorithm, key, data) {
    checkThis(this);
    [algorithm, key, data] = convertArgs('decrypt', arguments, 3, ['AlgorithmIdentifier', 'CryptoKey', 'BufferSource']);
    algorithm = normalizeAlgorithm(algorithm, 'decrypt');
    return cipherOrWrap(false, algorithm, key, data, 'decrypt');
  }

  async sign(algorithm, key, data) {
    checkThis(this);
    [algorithm, key, data] = convertArgs('sign', arguments, 3, ['AlgorithmIdentifier', 'CryptoKey', 'BufferSource']);
    return signVerify(algorithm, key, data);
  }

  async verify(algorithm, key, signature, data) {
    checkThis(this);
    [algorithm, key, signature, data] = convertArgs('verify', arguments, 4,
      ['AlgorithmIdentifier', 'CryptoKey', 'BufferSource', 'BufferSource']);
    return signVerify(algorithm, key, data, signature);
  }

  async digest(algorithm, data) {
    checkThis(this);
    [algorithm, data] = convertArgs('digest', arguments, 2, ['AlgorithmIdentifier', 'BufferSource']);
    const { name } = normalizeAlgorithm(algorithm, 'digest');
    const bytes = bytesOf(data);
    if (bytes.byteLength < 65536) return binding.hashOnce(name, bytes);
    return job(binding.hashOnce, name, bytes, undefined, undefined);
  }

  async generateKey(algorithm, extractable, keyUsages) {
    checkThis(this);
    [algorithm, extractable, keyUsages] = convertArgs('generateKey', arguments, 3,
      ['AlgorithmIdentifier', 'boolean', 'sequence<KeyUsage>']);
    algorithm = normalizeAlgorithm(algorithm, 'generateKey');
    const result = await generateKeyImpl(algorithm, extractable, keyUsages);
    const checked = result instanceof CryptoKey ? result : result.privateKey;
    if (checked.type !== 'public' && checked.usages.length === 0) {
      throw domError('Usages cannot be empty when creating a key.', 'SyntaxError');
    }
    return result;
  }

  async deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
    checkThis(this);
    const rawDerived = arguments[2];
    [algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages] = convertArgs('deriveKey', arguments, 5,
      ['AlgorithmIdentifier', 'CryptoKey', 'AlgorithmIdentifier', 'boolean', 'sequence<KeyUsage>']);
    algorithm = normalizeAlgorithm(algorithm, 'deriveBits');
    derivedKeyAlgorithm = normalizeAlgorithm(derivedKeyAlgorithm, 'importKey');
    if (!baseKey.usages.includes('deriveKey')) {
      throw domError('baseKey does not have deriveKey usage', 'InvalidAccessError');
    }
    if (baseKey.algorithm.name !== algorithm.name) throw domError('Key algorithm mismatch', 'InvalidAccessError');
    const length = getKeyLength(normalizeAlgorithm(rawDerived, 'get key length'));
    const bits = await deriveBitsImpl(algorithm, baseKey, length);
    return this.importKey('raw', bits, derivedKeyAlgorithm, extractable, keyUsages);
  }

  async deriveBits(algorithm, baseKey, length = null) {
    checkThis(this);
    [algorithm, baseKey] = convertArgs('deriveBits', arguments, 2, ['AlgorithmIdentifier', 'CryptoKey']);
    if (length !== null) {
      length = conv['unsigned long (no range)'](length, {
        prefix: "Failed to execute 'deriveBits' on 'SubtleCrypto'", context: '3rd argument',
      });
    }
    algorithm = normalizeAlgorithm(algorithm, 'deriveBits');
    if (!baseKey.usages.includes('deriveBits')) {
      throw domError('baseKey does not have deriveBits usage', 'InvalidAccessError');
    }
    if (baseKey.algorithm.name !== algorithm.name) throw domError('Key algorithm mismatch', 'InvalidAccessError');
    return deriveBitsImpl(algorithm, baseKey, length);
  }

  async importKey(format, keyData, algorithm, extractable, keyUsages) {
    checkThis(this);
    [format, keyData, algorithm, extractable, keyUsages] = convertArgs('importKey', arguments, 5,
      ['KeyFormat', ([f]) => (f === 'jwk' ? 'JsonWebKey' : 'BufferSource'), 'AlgorithmIdentifier', 'boolean', 'sequence<KeyUsage>']);
    algorithm = normalizeAlgorithm(algorithm, 'importKey');
    const result = importKeyImpl(format, keyData, algorithm, extractable, keyUsages);
    if ((result.type === 'secret' || result.type === 'private') && result.usages.length === 0) {
      throw domError(`Usages cannot be empty when importing a ${result.type} key.`, 'SyntaxError');
    }
    return result;
  }

  async exportKey(format, key) {
    checkThis(this);
    [format, key] = convertArgs('exportKey', arguments, 2, ['KeyFormat', 'CryptoKey']);
    if (!key.extractable) throw domError('key is not extractable', 'InvalidAccessException');
    return exportKeyImpl(format, key);
  }

  async wrapKey(format, key, wrappingKey, algorithm) {
    checkThis(this);
    [format, key, wrappingKey, algorithm] = convertArgs('wrapKey', arguments, 4,
      ['KeyFormat', 'CryptoKey', 'CryptoKey', 'AlgorithmIdentifier']);
    try {
      algorithm = normalizeAlgorithm(algorithm, 'wrapKey');
    } catch {
      algorithm = normalizeAlgorithm(algorithm, 'encrypt');
    }
    let keyData = await this.exportKey(format, key);
    if (format === 'jwk') {
      const raw = JSON.stringify(keyData);
      const pad = algorithm.name === 'AES-KW' && raw.length % 8 !== 0 ? ' '.repeat(8 - (raw.length % 8)) : '';
      keyData = new TextEncoder().encode(raw + pad);
    } else {
      keyData = new Uint8Array(keyData);
    }
    return cipherOrWrap(true, algorithm, wrappingKey, keyData, 'wrapKey');
  }

  async unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgo, unwrappedKeyAlgo, extractable, keyUsages) {
    checkThis(this);
    [format, wrappedKey, unwrappingKey, unwrapAlgo, unwrappedKeyAlgo, extractable, keyUsages] =
      convertArgs('unwrapKey', arguments, 7, ['KeyFormat', 'BufferSource', 'CryptoKey', 'AlgorithmIdentifier',
        'AlgorithmIdentifier', 'boolean', 'sequence<KeyUsage>']);
    try {
      unwrapAlgo = normalizeAlgorithm(unwrapAlgo, 'unwrapKey');
    } catch {
      unwrapAlgo = normalizeAlgorithm(unwrapAlgo, 'decrypt');
    }
    let keyData = await cipherOrWrap(false, unwrapAlgo, unwrappingKey, bytesOf(wrappedKey), 'unwrapKey');
    if (format === 'jwk') {
      try {
        keyData = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(keyData));
      } catch {
        throw domError('Invalid wrapped JWK key', 'DataError');
      }
    }
    return this.importKey(format, keyData, unwrappedKeyAlgo, extractable, keyUsages);
  }
}

// Node's Web Crypto methods and accessors are enumerable.
function enumerable(proto, toStringTag) {
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name !== 'constructor') Object.defineProperty(proto, name, { enumerable: true });
  }
  Object.defineProperty(proto, Symbol.toStringTag, { value: toStringTag, configurable: true });
}
enumerable(SubtleCrypto.prototype, 'SubtleCrypto');

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
enumerable(Crypto.prototype, 'Crypto');

const subtle = Object.create(SubtleCrypto.prototype);
const webcrypto = Object.create(Crypto.prototype);

module.exports = { webcrypto, subtle, Crypto, CryptoKey, SubtleCrypto };
