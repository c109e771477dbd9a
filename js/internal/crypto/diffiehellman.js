'use strict';
// Classic Diffie-Hellman: DiffieHellman (createDiffieHellman) and DiffieHellmanGroup
// (getDiffieHellman). Keys are kept here as Buffers; the big-integer work is in Rust
// (bindings/src/crypto/dh.rs).

const { binding, toBuffer, getArrayBufferOrView } = require('internal/crypto/util');
const { Buffer } = require('buffer');
const { validateInt32 } = require('internal/validators');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');

const kState = Symbol('kState');
const DEFAULT_GENERATOR = 2;

// OpenSSL's errors for the binding's reason strings.
const osslReasons = {
  'modulus too small': ['0280007E', 'Diffie-Hellman routines', 'ERR_OSSL_DH_MODULUS_TOO_SMALL'],
  'modulus too large': ['0280007C', 'Diffie-Hellman routines', 'ERR_OSSL_DH_MODULUS_TOO_LARGE'],
  'bad generator': ['02800065', 'Diffie-Hellman routines', 'ERR_OSSL_DH_BAD_GENERATOR'],
  'bits too small': ['01800076', 'bignum routines', 'ERR_OSSL_BN_BITS_TOO_SMALL'],
};

function osslError(reason) {
  const info = osslReasons[reason];
  if (info === undefined) return new Error(reason);
  const err = new Error(`error:${info[0]}:${info[1]}::${reason}`);
  err.library = info[1];
  err.reason = reason;
  err.code = info[2];
  return err;
}

// Errors Node raises from C++: a plain error with a `code`, no code in the name.
function nativeError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

function callBinding(fn, ...args) {
  try {
    return fn(...args);
  } catch (e) {
    const msg = e?.message;
    if (msg === 'Supplied key is too small' || msg === 'Supplied key is too large') {
      throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', msg);
    }
    throw osslError(msg);
  }
}

function encode(buf, encoding) {
  if (encoding && encoding !== 'buffer') return buf.toString(encoding);
  return buf;
}

// BN_bin2bn then BN_bn2bin: the value without leading zero bytes.
function minimal(buf) {
  let i = 0;
  while (i < buf.length && buf[i] === 0) i++;
  return Buffer.from(buf.subarray(i));
}

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' &&
      !ArrayBuffer.isView(sizeOrKey) && !(sizeOrKey instanceof ArrayBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('sizeOrKey', ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], sizeOrKey);
  }
  if (typeof sizeOrKey === 'number') validateInt32(sizeOrKey, 'sizeOrKey');
  // The prime's encoding is optional: (prime, generator[, generatorEncoding]).
  if (keyEncoding && !Buffer.isEncoding(keyEncoding) && keyEncoding !== 'buffer') {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = undefined;
  }
  const textEncoding = (enc) => (enc && enc !== 'buffer' ? enc : 'utf8');
  if (!generator) {
    generator = DEFAULT_GENERATOR;
  } else if (typeof generator === 'number') {
    validateInt32(generator, 'generator');
  } else if (typeof generator === 'string') {
    generator = Buffer.from(generator, textEncoding(genEncoding));
  } else if (!ArrayBuffer.isView(generator) && !(generator instanceof ArrayBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('generator', ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], generator);
  }
  let genBuf;
  if (typeof generator === 'number') {
    if (generator < 2) throw osslError('bad generator');
    genBuf = minimal(Buffer.from(generator.toString(16).padStart(8, '0'), 'hex'));
  } else {
    genBuf = minimal(Buffer.from(getArrayBufferOrView(generator, 'generator')));
    if (genBuf.length === 0 || (genBuf.length === 1 && genBuf[0] === 1)) throw osslError('bad generator');
  }
  let prime;
  if (typeof sizeOrKey === 'number') {
    prime = toBuffer(callBinding(binding.dhGeneratePrime, sizeOrKey));
  } else {
    const raw = typeof sizeOrKey === 'string' ? Buffer.from(sizeOrKey, textEncoding(keyEncoding))
      : Buffer.from(getArrayBufferOrView(sizeOrKey, 'sizeOrKey'));
    if (raw.length === 0) throw osslError('bits too small');
    prime = minimal(raw);
  }
  init(this, prime, genBuf, knownGroupBits(prime, genBuf));
  Object.defineProperty(this, 'verifyError', {
    value: binding.dhCheck(prime, genBuf), enumerable: true, writable: false, configurable: false,
  });
}

function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  if (typeof name !== 'string') {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Group name must be a string');
  }
  const group = binding.dhGroup(name);
  if (group === undefined) throw nativeError(Error, 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
  init(this, toBuffer(group[0]), Buffer.from([DEFAULT_GENERATOR]), group[1]);
  // The well-known groups are safe primes with a suitable generator.
  Object.defineProperty(this, 'verifyError', { value: 0, enumerable: true, writable: false, configurable: false });
}

// OpenSSL recognises a well-known prime with generator 2 and keeps that group's
// shorter private keys.
const groupNames = ['modp1', 'modp2', 'modp5', 'modp14', 'modp15', 'modp16', 'modp17', 'modp18'];
function knownGroupBits(prime, generator) {
  if (generator.length !== 1 || generator[0] !== DEFAULT_GENERATOR) return 0;
  for (const name of groupNames) {
    const [p, bits] = binding.dhGroup(name);
    if (p.byteLength === prime.length && prime.equals(toBuffer(p))) return bits;
  }
  return 0;
}

function init(self, prime, generator, privateBits) {
  Object.defineProperty(self, kState, {
    value: { prime, generator, privateBits, privateKey: null, publicKey: null },
  });
}

function generateKeys(encoding) {
  const st = this[kState];
  const [priv, pub] = callBinding(binding.dhGenerateKey, st.prime, st.generator, st.privateKey, st.privateBits);
  st.privateKey = toBuffer(priv);
  st.publicKey = toBuffer(pub);
  return encode(Buffer.from(st.publicKey), encoding);
}

function computeSecret(key, inEnc, outEnc) {
  const st = this[kState];
  key = getArrayBufferOrView(key, 'key', inEnc);
  // The peer key is range-checked first, so a missing private key shows second.
  const secret = toBuffer(callBinding(binding.dhComputeSecret, st.prime, st.privateKey ?? Buffer.alloc(0), Buffer.from(key)));
  if (st.privateKey === null) throw nativeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'No private key - did you forget to generate one?');
  return encode(secret, outEnc);
}

function getPrime(encoding) {
  return encode(Buffer.from(this[kState].prime), encoding);
}

function getGenerator(encoding) {
  return encode(Buffer.from(this[kState].generator), encoding);
}

function getPublicKey(encoding) {
  const k = this[kState].publicKey;
  if (k === null) throw nativeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'No public key - did you forget to generate one?');
  return encode(Buffer.from(k), encoding);
}

function getPrivateKey(encoding) {
  const k = this[kState].privateKey;
  if (k === null) throw nativeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'No private key - did you forget to generate one?');
  return encode(Buffer.from(k), encoding);
}

function setPublicKey(key, encoding) {
  key = getArrayBufferOrView(key, 'key', encoding);
  this[kState].publicKey = minimal(Buffer.from(key));
  return this;
}

function setPrivateKey(key, encoding) {
  key = getArrayBufferOrView(key, 'key', encoding);
  this[kState].privateKey = minimal(Buffer.from(key));
  return this;
}

// Node's method order; groups have no setters.
const common = [generateKeys, computeSecret, getPrime, getGenerator, getPublicKey, getPrivateKey];
for (const [Ctor, fns] of [[DiffieHellman, [...common, setPublicKey, setPrivateKey]], [DiffieHellmanGroup, common]]) {
  for (const fn of fns) {
    Object.defineProperty(Ctor.prototype, fn.name, { value: fn, writable: true, enumerable: false, configurable: true });
  }
}

function createDiffieHellman(prime, primeEncoding, generator, generatorEncoding) {
  return new DiffieHellman(prime, primeEncoding, generator, generatorEncoding);
}

function getDiffieHellman(groupName) {
  return new DiffieHellmanGroup(groupName);
}

module.exports = {
  DiffieHellman, DiffieHellmanGroup, createDiffieHellman, getDiffieHellman,
  createDiffieHellmanGroup: getDiffieHellman,
};
