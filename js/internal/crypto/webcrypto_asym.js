'use strict';
// Web Crypto key-pair algorithms: RSASSA-PKCS1-v1_5, RSA-PSS, RSA-OAEP, ECDSA and ECDH
// (P-256/384/521), Ed25519 and X25519, on node:crypto's KeyObjects, generateKeyPair,
// sign/verify, publicEncrypt/privateDecrypt and the key-agreement binding.

const { binding, kKeyObject } = require('internal/crypto/util');
const keys = require('internal/crypto/keys');
const { Buffer } = require('buffer');
const { makeKey } = require('internal/crypto/webcrypto_key');
const {
  domError, opError, hashInfo, webCryptoHashName, hasAnyNotIn, getUsagesUnion, checkJwk, bytesOf, toArrayBuffer,
} = require('internal/crypto/webcrypto_util');

let sigMod;
function sig() {
  sigMod ??= require('internal/crypto/sig');
  return sigMod;
}

function generateKeyPair(type, options) {
  return new Promise((resolve, reject) => {
    try {
      sig().generateKeyPair(type, options, (err, publicKey, privateKey) => {
        if (err) reject(opError(err));
        else resolve({ publicKey, privateKey });
      });
    } catch (err) {
      reject(opError(err));
    }
  });
}

function importDer(keyData, type) {
  const key = Buffer.from(bytesOf(keyData));
  try {
    return type === 'spki' ?
      keys.createPublicKey({ key, format: 'der', type }) :
      keys.createPrivateKey({ key, format: 'der', type });
  } catch (err) {
    throw domError('Invalid keyData', 'DataError');
  }
}

function importJwk(keyData) {
  try {
    return keyData.d === undefined ?
      keys.createPublicKey({ key: keyData, format: 'jwk' }) :
      keys.createPrivateKey({ key: keyData, format: 'jwk' });
  } catch (err) {
    throw domError('Invalid keyData', 'DataError');
  }
}

// The key-pair result: Node builds it with a null prototype.
function keyPair(publicKey, privateKey, privateFirst = false) {
  return privateFirst ? { __proto__: null, privateKey, publicKey } : { __proto__: null, publicKey, privateKey };
}

function checkUsages(name, usages, allowed, article = 'a') {
  if (hasAnyNotIn(usages, allowed)) throw domError(`Unsupported key usage for ${article} ${name} key`, 'SyntaxError');
}

// --- export -------------------------------------------------------------------------

function exportDer(key, type) {
  return toArrayBuffer(key[kKeyObject].export({ format: 'der', type }));
}

function exportJwk(key, alg) {
  const jwk = { key_ops: key.usages, ext: key.extractable, ...key[kKeyObject].export({ format: 'jwk' }) };
  if (alg !== undefined) jwk.alg = alg;
  return jwk;
}

// Raw public keys: the uncompressed EC point, or the Ed25519 public key bytes.
function exportRaw(key) {
  const jwk = key[kKeyObject].export({ format: 'jwk' });
  const x = Buffer.from(jwk.x, 'base64url');
  if (jwk.kty === 'OKP') return toArrayBuffer(x);
  return toArrayBuffer(Buffer.concat([Buffer.from([4]), x, Buffer.from(jwk.y, 'base64url')]));
}

// --- RSA ----------------------------------------------------------------------------

function rsaUsages(name, isPublic) {
  if (name === 'RSA-OAEP') return isPublic ? ['encrypt', 'wrapKey'] : ['decrypt', 'unwrapKey'];
  return isPublic ? ['verify'] : ['sign'];
}

// A WebIDL BigInteger as an unsigned 32-bit value, or undefined when it does not fit.
function bigIntArrayToUnsignedInt(input) {
  let result = 0;
  for (let n = 0; n < input.length; ++n) {
    const rev = input.length - n - 1;
    if (rev >= 4 && input[n]) return undefined;
    result |= input[n] << (8 * rev);
  }
  return result;
}

async function rsaGenerateKey(algorithm, extractable, keyUsages) {
  const { name, modulusLength, publicExponent, hash } = algorithm;
  const usageSet = new Set(keyUsages);
  const exp = bigIntArrayToUnsignedInt(publicExponent);
  if (exp === undefined) {
    throw domError('The publicExponent must be equivalent to an unsigned 32-bit value', 'OperationError');
  }
  const allowed = name === 'RSA-OAEP' ? ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'] : ['sign', 'verify'];
  checkUsages('RSA', usageSet, allowed);
  const pair = await generateKeyPair('rsa', { modulusLength, publicExponent: exp });
  const keyAlgorithm = { name, modulusLength, publicExponent, hash: { name: hash.name } };
  return keyPair(
    makeKey(pair.publicKey, keyAlgorithm, getUsagesUnion(usageSet, ...rsaUsages(name, true)), true),
    makeKey(pair.privateKey, keyAlgorithm, getUsagesUnion(usageSet, ...rsaUsages(name, false)), extractable));
}

function exponentBytes(e) {
  let hex = e.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  return new Uint8Array(Buffer.from(hex, 'hex'));
}

function rsaImportKey(format, keyData, algorithm, extractable, keyUsages) {
  const { name } = algorithm;
  const usagesSet = new Set(keyUsages);
  let keyObject;
  switch (format) {
    case 'spki':
    case 'pkcs8':
      checkUsages(name, usagesSet, rsaUsages(name, format === 'spki'), 'an');
      keyObject = importDer(keyData, format);
      break;
    case 'jwk':
      if (!keyData.kty) throw domError('Invalid keyData', 'DataError');
      if (keyData.kty !== 'RSA') throw domError('Invalid JWK "kty" Parameter', 'DataError');
      checkUsages(name, usagesSet, rsaUsages(name, keyData.d === undefined), 'an');
      checkJwk(keyData, 'RSA', name === 'RSA-OAEP' ? 'enc' : 'sig', usagesSet, extractable);
      if (keyData.alg !== undefined && webCryptoHashName(keyData.alg) !== algorithm.hash.name) {
        throw domError('JWK "alg" does not match the requested algorithm', 'DataError');
      }
      keyObject = importJwk(keyData);
      break;
    default:
      throw domError(`Unable to import RSA key with format ${format}`, 'NotSupportedError');
  }
  if (keyObject.asymmetricKeyType !== 'rsa') throw domError('Invalid key type', 'DataError');
  const { modulusLength, publicExponent } = keyObject.asymmetricKeyDetails;
  return makeKey(keyObject, {
    name, modulusLength, publicExponent: exponentBytes(publicExponent), hash: algorithm.hash,
  }, keyUsages, extractable);
}

function rsaExportJwk(key) {
  const h = hashInfo[key.algorithm.hash.name];
  const alg = { 'RSASSA-PKCS1-v1_5': h.RS, 'RSA-PSS': h.PS, 'RSA-OAEP': h.OAEP }[key.algorithm.name];
  return exportJwk(key, alg);
}

function rsaCipher(encrypt, key, data, { label }) {
  if (key.type !== (encrypt ? 'public' : 'private')) {
    throw domError('The requested operation is not valid for the provided key', 'InvalidAccessError');
  }
  const opts = {
    key: key[kKeyObject],
    padding: 4,
    oaepHash: hashInfo[key.algorithm.hash.name].node,
    oaepLabel: label?.byteLength ? label : undefined,
  };
  try {
    const out = encrypt ? sig().publicEncrypt(opts, bytesOf(data)) : sig().privateDecrypt(opts, bytesOf(data));
    return toArrayBuffer(out);
  } catch (err) {
    throw opError(err);
  }
}

// --- EC -----------------------------------------------------------------------------

const kNamedCurves = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };

function checkCurve(namedCurve) {
  if (!Object.keys(kNamedCurves).includes(namedCurve)) {
    throw domError('Unrecognized namedCurve', 'NotSupportedError');
  }
}

// The usages an ECDSA/ECDH (or Ed25519/X25519) public or private key may have.
function pairUsages(name, isPublic) {
  if (name === 'ECDH' || name === 'X25519') return isPublic ? [] : ['deriveKey', 'deriveBits'];
  return isPublic ? ['verify'] : ['sign'];
}

function makePair(name, keyAlgorithm, pair, usageSet, extractable, privateFirst) {
  const union = (isPublic) => getUsagesUnion(usageSet, ...pairUsages(name, isPublic));
  return keyPair(
    makeKey(pair.publicKey, keyAlgorithm, union(true), true),
    makeKey(pair.privateKey, keyAlgorithm, union(false), extractable), privateFirst);
}

async function ecGenerateKey({ name, namedCurve }, extractable, keyUsages) {
  checkCurve(namedCurve);
  const usageSet = new Set(keyUsages);
  checkUsages(name, usageSet, [...pairUsages(name, true), ...pairUsages(name, false)], 'an');
  const pair = await generateKeyPair('ec', { namedCurve });
  return makePair(name, { name, namedCurve }, pair, usageSet, extractable);
}

// A raw public key (an EC point, compressed or not, or 32 X25519 bytes) as a KeyObject.
function publicFromRaw(kind, namedCurve, keyData) {
  try {
    return keys.publicFromHandle(binding.keyFromRaw(kind, namedCurve, bytesOf(keyData)));
  } catch {
    throw domError('Invalid keyData', 'DataError');
  }
}

function ecImportKey(format, keyData, algorithm, extractable, keyUsages) {
  const { name, namedCurve } = algorithm;
  checkCurve(namedCurve);
  const usagesSet = new Set(keyUsages);
  let keyObject;
  switch (format) {
    case 'spki':
    case 'pkcs8':
      checkUsages(name, usagesSet, pairUsages(name, format === 'spki'));
      keyObject = importDer(keyData, format);
      break;
    case 'raw':
      checkUsages(name, usagesSet, pairUsages(name, true));
      keyObject = publicFromRaw('ec', namedCurve, keyData);
      break;
    case 'jwk': {
      if (!keyData.kty) throw domError('Invalid keyData', 'DataError');
      if (keyData.kty !== 'EC') throw domError('Invalid JWK "kty" Parameter', 'DataError');
      if (keyData.crv !== namedCurve) {
        throw domError('JWK "crv" does not match the requested algorithm', 'DataError');
      }
      checkUsages(name, usagesSet, pairUsages(name, keyData.d === undefined));
      checkJwk(keyData, 'EC', name === 'ECDH' ? 'enc' : 'sig', usagesSet, extractable);
      if (name === 'ECDSA' && keyData.alg !== undefined) {
        const algCurve = { ES256: 'P-256', ES384: 'P-384', ES512: 'P-521' }[keyData.alg];
        if (algCurve !== namedCurve) throw domError('JWK "alg" does not match the requested algorithm', 'DataError');
      }
      keyObject = importJwk(keyData);
      break;
    }
    default:
      throw domError(`Unable to import ${name} key with format ${format}`, 'NotSupportedError');
  }
  if (keyObject.asymmetricKeyType !== 'ec') throw domError('Invalid key type', 'DataError');
  if (keyObject.asymmetricKeyDetails.namedCurve !== kNamedCurves[namedCurve]) {
    throw domError('Named curve mismatch', 'DataError');
  }
  return makeKey(keyObject, { name, namedCurve }, keyUsages, extractable);
}

// --- Ed25519 / X25519 -----------------------------------------------------------------

const kEdSpkiPrefix = '302a300506032b6570032100';

async function edGenerateKey({ name }, extractable, keyUsages) {
  const usageSet = new Set(keyUsages);
  checkUsages(name, usageSet, [...pairUsages(name, true), ...pairUsages(name, false)], 'an');
  const pair = await generateKeyPair(name.toLowerCase());
  return makePair(name, { name }, pair, usageSet, extractable, true);
}

function edImportKey(format, keyData, algorithm, extractable, keyUsages) {
  const { name } = algorithm;
  const usagesSet = new Set(keyUsages);
  let keyObject;
  switch (format) {
    case 'spki':
    case 'pkcs8':
      checkUsages(name, usagesSet, pairUsages(name, format === 'spki'));
      keyObject = importDer(keyData, format);
      break;
    case 'raw': {
      checkUsages(name, usagesSet, pairUsages(name, true));
      const raw = bytesOf(keyData);
      if (raw.byteLength !== 32) throw domError(`${name} raw keys must be exactly 32-bytes`, 'DataError');
      keyObject = name === 'X25519' ? publicFromRaw('x25519', null, raw) :
        importDer(Buffer.concat([Buffer.from(kEdSpkiPrefix, 'hex'), raw]), 'spki');
      break;
    }
    case 'jwk': {
      if (!keyData.kty) throw domError('Invalid keyData', 'DataError');
      if (keyData.kty !== 'OKP') throw domError('Invalid JWK "kty" Parameter', 'DataError');
      if (keyData.crv !== name) throw domError('JWK "crv" Parameter and algorithm name mismatch', 'DataError');
      checkJwk(keyData, 'OKP', name === 'X25519' ? 'enc' : 'sig', usagesSet, extractable);
      // Node 20 exports alg 'Ed25519' and accepts it back as well as 'EdDSA'.
      if (name === 'Ed25519' && keyData.alg !== undefined && keyData.alg !== 'EdDSA' &&
          keyData.alg !== 'Ed25519') {
        throw domError('JWK "alg" does not match the requested algorithm', 'DataError');
      }
      const isPublic = keyData.d === undefined;
      checkUsages(name, usagesSet, pairUsages(name, isPublic));
      if (typeof keyData.x !== 'string') throw domError('Invalid keyData', 'DataError');
      keyObject = importJwk(keyData);
      if (!isPublic && keys.createPublicKey(keyObject).export({ format: 'jwk' }).x !== keyData.x) {
        throw domError('Invalid keyData', 'DataError');
      }
      break;
    }
    default:
      throw domError(`Unable to import ${name} key with format ${format}`, 'NotSupportedError');
  }
  if (keyObject.asymmetricKeyType !== name.toLowerCase()) throw domError('Invalid key type', 'DataError');
  return makeKey(keyObject, { name }, keyUsages, extractable);
}

// --- ECDH / X25519 deriveBits -------------------------------------------------------

const kBitMasks = [0, 0x80, 0xc0, 0xe0, 0xf0, 0xf8, 0xfc, 0xfe];

async function ecdhDeriveBits(algorithm, baseKey, length) {
  const key = algorithm.public;
  if (key.type !== 'public') throw domError('algorithm.public must be a public key', 'InvalidAccessError');
  if (baseKey.type !== 'private') throw domError('baseKey must be a private key', 'InvalidAccessError');
  const kname = key.algorithm.name;
  if (kname !== 'ECDH' && kname !== 'X25519' && kname !== 'X448') {
    throw domError('Keys must be ECDH, X25519, or X448 keys', 'InvalidAccessError');
  }
  if (kname !== baseKey.algorithm.name) {
    throw domError('The public and private keys must be of the same type', 'InvalidAccessError');
  }
  if (kname === 'ECDH' && key.algorithm.namedCurve !== baseKey.algorithm.namedCurve) {
    throw domError('Named curve mismatch', 'InvalidAccessError');
  }
  let bits;
  try {
    bits = binding.diffieHellman(keys.handleOf(baseKey[kKeyObject]), keys.handleOf(key[kKeyObject]));
  } catch (err) {
    throw opError(require('internal/crypto/ecdh').derivationError(err));
  }
  if (length === null) return bits;
  const sliceLength = Math.ceil(length / 8);
  if (bits.byteLength < sliceLength) throw domError('derived bit length is too small', 'OperationError');
  const slice = bits.slice(0, sliceLength);
  const mod = length % 8;
  if (mod === 0) return slice;
  const masked = new Uint8Array(slice);
  masked[sliceLength - 1] &= kBitMasks[mod];
  return masked.buffer;
}

// --- sign / verify ------------------------------------------------------------------

// Sign (signature undefined) or verify with an RSA, ECDSA or Ed25519 key.
function asymSignVerify(algorithm, key, data, signature) {
  const type = signature === undefined ? 'private' : 'public';
  if (key.type !== type) throw domError(`Key must be a ${type} key`, 'InvalidAccessError');
  const ko = key[kKeyObject];
  let digest = null;
  let keyArg = ko;
  switch (algorithm.name) {
    case 'ECDSA':
      digest = hashInfo[algorithm.hash.name].node;
      keyArg = { key: ko, dsaEncoding: 'ieee-p1363' };
      break;
    case 'RSA-PSS':
      digest = hashInfo[key.algorithm.hash.name].node;
      keyArg = { key: ko, padding: 6, saltLength: algorithm.saltLength };
      break;
    case 'RSASSA-PKCS1-v1_5':
      digest = hashInfo[key.algorithm.hash.name].node;
      keyArg = { key: ko, padding: 1 };
      break;
  }
  const bytes = Buffer.from(bytesOf(data));
  return new Promise((resolve, reject) => {
    const done = (err, result) => {
      if (err) reject(opError(err));
      else resolve(signature === undefined ? toArrayBuffer(result) : result);
    };
    try {
      if (signature === undefined) sig().signOneShot(digest, bytes, keyArg, done);
      else sig().verifyOneShot(digest, bytes, keyArg, Buffer.from(bytesOf(signature)), done);
    } catch (err) {
      reject(opError(err));
    }
  });
}

module.exports = {
  rsaGenerateKey, rsaImportKey, rsaExportJwk, rsaCipher,
  ecGenerateKey, ecImportKey, edGenerateKey, edImportKey, ecdhDeriveBits,
  exportDer, exportJwk, exportRaw, asymSignVerify,
};
