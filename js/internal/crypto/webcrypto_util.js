'use strict';
// Web Crypto plumbing: Node's WebIDL conversions (with its exact messages), algorithm
// normalization, hash-name tables, usage and JWK checks, and the async-job helper.

const { Buffer } = require('buffer');
const { isAnyArrayBuffer } = require('internal/crypto/util');

function domError(message, name = 'Error') {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(message, name);
}

const kOperationFailed = 'The operation failed for an operation-specific reason';
function opError(cause) {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(kOperationFailed, cause === undefined ? 'OperationError' : { name: 'OperationError', cause });
}

// --- WebIDL ---------------------------------------------------------------------

function codedTypeError(message, code) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

function makeException(message, opts = {}) {
  const prefix = opts.prefix ? `${opts.prefix}: ` : '';
  const context = opts.context?.length === 0 ? '' : `${opts.context ?? 'Value'} `;
  return codedTypeError(`${prefix}${context}${message}`, opts.code || 'ERR_INVALID_ARG_TYPE');
}

function requiredArguments(length, required, opts) {
  if (length < required) {
    throw makeException(`${required} argument${required === 1 ? '' : 's'} required, but only ${length} present.`,
      { ...opts, context: '', code: 'ERR_MISSING_ARGS' });
  }
}

function idlType(V) {
  if (V === null) return 'Null';
  const t = typeof V;
  if (t === 'object' || t === 'function') return 'Object';
  return t;
}

function toNumber(value, opts) {
  if (typeof value === 'bigint') throw makeException('is a BigInt and cannot be converted to a number.', opts);
  if (typeof value === 'symbol') throw makeException('is a Symbol and cannot be converted to a number.', opts);
  return Number(value);
}

function integer(bits, enforceRange) {
  const upper = 2 ** bits - 1;
  return (V, opts = {}) => {
    let x = toNumber(V, opts);
    if (enforceRange) {
      if (!Number.isFinite(x)) throw makeException('is not a finite number.', opts);
      x = Math.trunc(x);
      if (x < 0 || x > upper) {
        throw makeException(`is outside the expected range of 0 to ${upper}.`, { ...opts, code: 'ERR_OUT_OF_RANGE' });
      }
      return x;
    }
    if (!Number.isFinite(x) || x === 0) return 0;
    x = Math.trunc(x);
    return x >= 0 && x <= upper ? x : x % 2 ** bits;
  };
}

function DOMString(V, opts) {
  if (typeof V === 'string') return V;
  if (typeof V === 'symbol') throw makeException('is a Symbol and cannot be converted to a string.', opts);
  return String(V);
}

function isShared(buf) {
  return typeof SharedArrayBuffer === 'function' && buf instanceof SharedArrayBuffer;
}

function BufferSource(V, opts) {
  if (ArrayBuffer.isView(V)) {
    if (isShared(V.buffer)) throw makeException('is a view on a SharedArrayBuffer, which is not allowed.', opts);
    return V;
  }
  if (!(V instanceof ArrayBuffer)) {
    throw makeException('is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.', opts);
  }
  return V;
}

function Uint8ArrayConv(V, opts) {
  if (!ArrayBuffer.isView(V) || V[Symbol.toStringTag] !== 'Uint8Array') {
    throw makeException('is not an Uint8Array object.', opts);
  }
  if (isShared(V.buffer)) throw makeException('is a view on a SharedArrayBuffer, which is not allowed.', opts);
  return V;
}

function enumConverter(name, values) {
  const set = new Set(values);
  return (V, opts) => {
    const S = String(V);
    if (!set.has(S)) {
      throw makeException(`value '${S}' is not a valid enum value of type ${name}.`, { ...opts, code: 'ERR_INVALID_ARG_VALUE' });
    }
    return S;
  };
}

function sequenceConverter(converter) {
  return (V, opts = {}) => {
    if (idlType(V) !== 'Object') throw makeException('can not be converted to sequence.', opts);
    const iter = V?.[Symbol.iterator]?.();
    if (iter === undefined) throw makeException('can not be converted to sequence.', opts);
    const out = [];
    for (;;) {
      const res = iter?.next?.();
      if (res === undefined) throw makeException('can not be converted to sequence.', opts);
      if (res.done === true) break;
      out.push(converter(res.value, { ...opts, context: `${opts.context}, index ${out.length}` }));
    }
    return out;
  };
}

function dictionaryConverter(name, members) {
  const all = [...members].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const hasRequired = all.some((m) => m.required);
  return (V, opts = {}) => {
    const t = idlType(V);
    if (t !== 'undefined' && t !== 'Null' && t !== 'Object') {
      throw makeException('can not be converted to a dictionary', opts);
    }
    const out = {};
    if (V == null && !hasRequired) return out;
    for (const m of all) {
      const v = V == null ? undefined : V[m.key];
      if (v !== undefined) {
        const context = `'${m.key}' of '${name}'${opts.context ? ` (${opts.context})` : ''}`;
        out[m.key] = m.converter(v, { ...opts, context });
      } else if (m.required) {
        throw makeException(`can not be converted to '${name}' because '${m.key}' is required in '${name}'.`,
          { ...opts, code: 'ERR_MISSING_OPTION' });
      }
    }
    return out;
  };
}

let CryptoKeyClass;
const conv = {
  boolean: (V) => !!V,
  octet: integer(8, true),
  'unsigned short': integer(16, true),
  'unsigned long': integer(32, true),
  'unsigned long (no range)': integer(32, false),
  DOMString,
  BufferSource,
  AlgorithmIdentifier(V, opts) {
    return idlType(V) === 'Object' ? V : DOMString(V, opts);
  },
  KeyFormat: enumConverter('KeyFormat', ['raw', 'pkcs8', 'spki', 'jwk']),
  KeyUsage: enumConverter('KeyUsage',
    ['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits', 'wrapKey', 'unwrapKey']),
  CryptoKey(V, opts) {
    CryptoKeyClass ??= require('internal/crypto/webcrypto_key').CryptoKey;
    if (V === null || typeof V !== 'object' || !Object.prototype.isPrototypeOf.call(CryptoKeyClass.prototype, V)) {
      throw makeException('is not of type CryptoKey.', opts);
    }
    return V;
  },
};
conv['sequence<KeyUsage>'] = sequenceConverter(conv.KeyUsage);

const str = (key) => ({ key, converter: DOMString });
conv.JsonWebKey = dictionaryConverter('JsonWebKey', [
  str('kty'), str('use'), { key: 'key_ops', converter: sequenceConverter(DOMString) }, str('alg'),
  { key: 'ext', converter: conv.boolean }, str('crv'), str('x'), str('y'), str('d'), str('n'), str('e'),
  str('p'), str('q'), str('dp'), str('dq'), str('qi'),
  { key: 'oth', converter: sequenceConverter(dictionaryConverter('RsaOtherPrimesInfo', [str('r'), str('d'), str('t')])) },
  str('k'),
]);

// Algorithm dictionaries: [members, BufferSource members, hash member?]
const nameMember = { key: 'name', converter: DOMString, required: true };
const req = (key, converter) => ({ key, converter, required: true });
const opt = (key, converter) => ({ key, converter });
const hashMember = req('hash', conv.AlgorithmIdentifier);
const dicts = {
  Algorithm: [[]],
  RsaHashedKeyGenParams: [[req('modulusLength', conv['unsigned long']), req('publicExponent', Uint8ArrayConv), hashMember],
    ['publicExponent'], true],
  RsaHashedImportParams: [[hashMember], [], true],
  EcKeyGenParams: [[req('namedCurve', DOMString)]],
  EcKeyImportParams: [[req('namedCurve', DOMString)]],
  AesKeyGenParams: [[req('length', conv['unsigned short'])]],
  HmacKeyGenParams: [[hashMember, opt('length', conv['unsigned long'])], [], true],
  HmacImportParams: [[hashMember, opt('length', conv['unsigned long'])], [], true],
  RsaPssParams: [[req('saltLength', conv['unsigned long'])]],
  RsaOaepParams: [[opt('label', BufferSource)], ['label']],
  EcdsaParams: [[hashMember], [], true],
  HkdfParams: [[hashMember, req('salt', BufferSource), req('info', BufferSource)], ['salt', 'info'], true],
  Pbkdf2Params: [[hashMember, req('iterations', conv['unsigned long']), req('salt', BufferSource)], ['salt'], true],
  AesDerivedKeyParams: [[req('length', conv['unsigned short'])]],
  AesCbcParams: [[req('iv', BufferSource)], ['iv']],
  AesGcmParams: [[req('iv', BufferSource), opt('tagLength', conv.octet), opt('additionalData', BufferSource)],
    ['iv', 'additionalData']],
  AesCtrParams: [[req('counter', BufferSource), req('length', conv.octet)], ['counter']],
  EcdhKeyDeriveParams: [[req('public', conv.CryptoKey)]],
};
const dictConverters = {};
for (const name of Object.keys(dicts)) {
  dictConverters[name] = dictionaryConverter(name, [nameMember, ...dicts[name][0]]);
}

const rsaGen = 'RsaHashedKeyGenParams';
const aesGen = 'AesKeyGenParams';
const kSupportedAlgorithms = {
  digest: { 'SHA-1': null, 'SHA-256': null, 'SHA-384': null, 'SHA-512': null },
  generateKey: {
    'RSASSA-PKCS1-v1_5': rsaGen, 'RSA-PSS': rsaGen, 'RSA-OAEP': rsaGen, ECDSA: 'EcKeyGenParams',
    ECDH: 'EcKeyGenParams', 'AES-CTR': aesGen, 'AES-CBC': aesGen, 'AES-GCM': aesGen, 'AES-KW': aesGen,
    HMAC: 'HmacKeyGenParams', Ed25519: null, X25519: null,
  },
  sign: { 'RSASSA-PKCS1-v1_5': null, 'RSA-PSS': 'RsaPssParams', ECDSA: 'EcdsaParams', HMAC: null, Ed25519: null },
  importKey: {
    'RSASSA-PKCS1-v1_5': 'RsaHashedImportParams', 'RSA-PSS': 'RsaHashedImportParams',
    'RSA-OAEP': 'RsaHashedImportParams', ECDSA: 'EcKeyImportParams', ECDH: 'EcKeyImportParams',
    HMAC: 'HmacImportParams', HKDF: null, PBKDF2: null, 'AES-CTR': null, 'AES-CBC': null, 'AES-GCM': null,
    'AES-KW': null, Ed25519: null, X25519: null,
  },
  deriveBits: { HKDF: 'HkdfParams', PBKDF2: 'Pbkdf2Params', ECDH: 'EcdhKeyDeriveParams', X25519: 'EcdhKeyDeriveParams' },
  encrypt: { 'RSA-OAEP': 'RsaOaepParams', 'AES-CBC': 'AesCbcParams', 'AES-GCM': 'AesGcmParams', 'AES-CTR': 'AesCtrParams' },
  'get key length': {
    'AES-CBC': 'AesDerivedKeyParams', 'AES-CTR': 'AesDerivedKeyParams', 'AES-GCM': 'AesDerivedKeyParams',
    'AES-KW': 'AesDerivedKeyParams', HMAC: 'HmacImportParams', HKDF: null, PBKDF2: null,
  },
  wrapKey: { 'AES-KW': null },
};
kSupportedAlgorithms.verify = kSupportedAlgorithms.sign;
kSupportedAlgorithms.decrypt = kSupportedAlgorithms.encrypt;
kSupportedAlgorithms.unwrapKey = kSupportedAlgorithms.wrapKey;

const normOpts = { prefix: 'Failed to normalize algorithm', context: 'passed algorithm' };

// A copy of the bytes of a BufferSource, as a Uint8Array.
function copyBytes(v) {
  if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength).slice();
  return new Uint8Array(v).slice();
}

function normalizeAlgorithm(algorithm, op) {
  if (typeof algorithm === 'string') return normalizeAlgorithm({ name: algorithm }, op);
  const registered = kSupportedAlgorithms[op];
  const initial = dictConverters.Algorithm(algorithm, normOpts);
  const upper = initial.name.toUpperCase();
  const algName = Object.keys(registered).find((k) => k.toUpperCase() === upper);
  if (algName === undefined) throw domError('Unrecognized algorithm name', 'NotSupportedError');
  const desired = registered[algName];
  if (desired === null) return { name: algName };
  const out = dictConverters[desired](algorithm, normOpts);
  out.name = algName;
  const [, buffers = [], hasHash] = dicts[desired];
  for (const m of buffers) if (out[m]) out[m] = copyBytes(out[m]);
  if (hasHash) out.hash = normalizeAlgorithm(out.hash, 'digest');
  return out;
}

// --- hashes -------------------------------------------------------------------------

const hashInfo = {
  'SHA-1': { node: 'sha1', RS: 'RS1', PS: 'PS1', OAEP: 'RSA-OAEP', HS: 'HS1', block: 512 },
  'SHA-256': { node: 'sha256', RS: 'RS256', PS: 'PS256', OAEP: 'RSA-OAEP-256', HS: 'HS256', block: 512 },
  'SHA-384': { node: 'sha384', RS: 'RS384', PS: 'PS384', OAEP: 'RSA-OAEP-384', HS: 'HS384', block: 1024 },
  'SHA-512': { node: 'sha512', RS: 'RS512', PS: 'PS512', OAEP: 'RSA-OAEP-512', HS: 'HS512', block: 1024 },
};

// Node's normalizeHashName(name, kContextWebCrypto): any alias (sha256, RS256, PS256,
// RSA-OAEP-256, HS256, ...) of a hash gives its Web Crypto name.
function webCryptoHashName(alias) {
  if (typeof alias !== 'string') return alias;
  const lower = alias.toLowerCase();
  for (const name of Object.keys(hashInfo)) {
    const i = hashInfo[name];
    if ([name, i.node, i.RS, i.PS, i.OAEP, i.HS].some((a) => a.toLowerCase() === lower)) return name;
  }
  return lower;
}

// --- usages, JWK --------------------------------------------------------------------

function hasAnyNotIn(usages, allowed) {
  for (const u of usages) if (!allowed.includes(u)) return true;
  return false;
}

function getUsagesUnion(usageSet, ...usages) {
  return usages.filter((u) => usageSet.has(u));
}

const kKeyOps = ['sign', 'verify', 'encrypt', 'decrypt', 'wrapKey', 'unwrapKey', 'deriveKey', 'deriveBits'];

function validateKeyOps(keyOps, usagesSet) {
  if (keyOps === undefined) return;
  const seen = new Set();
  for (const op of keyOps) {
    if (!kKeyOps.includes(op)) continue;
    if (seen.has(op)) throw domError('Duplicate key operation', 'DataError');
    seen.add(op);
  }
  for (const use of usagesSet) {
    if (!keyOps.includes(use)) throw domError('Key operations and usage mismatch', 'DataError');
  }
}

// The checks every JWK import makes: kty, use, key_ops and ext.
function checkJwk(keyData, kty, use, usagesSet, extractable) {
  if (!keyData.kty) throw domError('Invalid keyData', 'DataError');
  if (keyData.kty !== kty) throw domError('Invalid JWK "kty" Parameter', 'DataError');
  if (usagesSet.size > 0 && keyData.use !== undefined && keyData.use !== use) {
    throw domError('Invalid JWK "use" Parameter', 'DataError');
  }
  validateKeyOps(keyData.key_ops, usagesSet);
  if (keyData.ext === false && extractable === true) {
    throw domError('JWK "ext" Parameter and extractable mismatch', 'DataError');
  }
}

// --- bytes, jobs --------------------------------------------------------------------

// Bytes of a BufferSource as a Uint8Array view (no copy).
function bytesOf(v) {
  if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  if (isAnyArrayBuffer(v)) return new Uint8Array(v);
  return v;
}

// A fresh ArrayBuffer holding exactly these bytes.
function toArrayBuffer(bytes) {
  if (bytes instanceof ArrayBuffer) return bytes;
  const u8 = bytesOf(bytes);
  if (u8.byteOffset === 0 && u8.byteLength === u8.buffer.byteLength && u8.buffer instanceof ArrayBuffer &&
      !Buffer.isBuffer(u8)) {
    return u8.buffer;
  }
  return u8.slice().buffer;
}

// Run binding fn(...args, req) on the blocking pool; resolves with its result.
function job(fn, ...args) {
  return new Promise((resolve, reject) => {
    fn(...args, {
      oncomplete(err, result) {
        if (err) reject(err);
        else resolve(result);
      },
    });
  });
}

module.exports = {
  domError, opError, makeException, requiredArguments, conv, normalizeAlgorithm, kSupportedAlgorithms,
  hashInfo, webCryptoHashName, hasAnyNotIn, getUsagesUnion, validateKeyOps, checkJwk,
  bytesOf, copyBytes, toArrayBuffer, job,
};
