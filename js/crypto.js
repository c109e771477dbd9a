'use strict';
// node:crypto. The pieces live in internal/crypto/*; the primitives in
// bindings/src/crypto.rs (RustCrypto crates).

const { binding } = require('internal/crypto/util');
const random = require('internal/crypto/random');
// The rest loads on first use, so `crypto.randomUUID()` does not pay for streams.
const lazy = (id) => {
  let m;
  return () => (m ??= require(id));
};
const hashMod = lazy('internal/crypto/hash');
const kdfMod = lazy('internal/crypto/kdf');
const cipherMod = lazy('internal/crypto/cipher');
const keysMod = lazy('internal/crypto/keys');
const sigMod = lazy('internal/crypto/sig');
const ecdhMod = lazy('internal/crypto/ecdh');
const x509Mod = lazy('internal/crypto/x509');
const dhMod = lazy('internal/crypto/diffiehellman');
const primeMod = lazy('internal/crypto/prime');
// A function that forwards to `name` of a lazily loaded module, keeping the name.
function fwd(mod, name, as = name) {
  const f = { [as](...args) { return mod()[name](...args); } }[as];
  return f;
}
const { notImplemented, notImplementedClass } = require('internal/not_implemented');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH },
} = require('internal/errors');

let lazyWeb;
function web() {
  lazyWeb ??= require('internal/crypto/webcrypto');
  return lazyWeb;
}

function createHash(algorithm, options) {
  return new (hashMod().Hash)(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new (hashMod().Hmac)(hmac, key, options);
}

function timingSafeEqual(buf1, buf2) {
  const types = ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
  const isBuf = (b) => ArrayBuffer.isView(b) || b instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && b instanceof SharedArrayBuffer);
  if (!isBuf(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', types, buf1);
  if (!isBuf(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', types, buf2);
  const { asU8 } = require('internal/crypto/util');
  const a = asU8(buf1);
  const b = asU8(buf2);
  if (a.byteLength !== b.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  return binding.timingSafeEqual(a, b);
}

const hashes = ['RSA-MD5', 'RSA-RIPEMD160', 'RSA-SHA1', 'RSA-SHA1-2', 'RSA-SHA224', 'RSA-SHA256',
  'RSA-SHA3-224', 'RSA-SHA3-256', 'RSA-SHA3-384', 'RSA-SHA3-512', 'RSA-SHA384', 'RSA-SHA512',
  'RSA-SHA512/224', 'RSA-SHA512/256', 'id-rsassa-pkcs1-v1_5-with-sha3-224',
  'id-rsassa-pkcs1-v1_5-with-sha3-256', 'id-rsassa-pkcs1-v1_5-with-sha3-384',
  'id-rsassa-pkcs1-v1_5-with-sha3-512', 'md5', 'md5WithRSAEncryption', 'ripemd', 'ripemd160',
  'ripemd160WithRSA', 'rmd160', 'sha1', 'sha1WithRSAEncryption', 'sha224', 'sha224WithRSAEncryption',
  'sha256', 'sha256WithRSAEncryption', 'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'sha384',
  'sha384WithRSAEncryption', 'sha512', 'sha512-224', 'sha512-224WithRSAEncryption', 'sha512-256',
  'sha512-256WithRSAEncryption', 'sha512WithRSAEncryption', 'shake128', 'shake256', 'ssl3-md5', 'ssl3-sha1'];

function getHashes() {
  return hashes.slice();
}

const constants = Object.freeze({
  __proto__: null,
  OPENSSL_VERSION_NUMBER: 805306672,
  SSL_OP_ALL: 2147485776,
  SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144,
  SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768,
  SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_LEGACY_SERVER_CONNECT: 4,
  SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288,
  SSL_OP_NO_QUERY_MTU: 4096,
  SSL_OP_NO_RENEGOTIATION: 1073741824,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536,
  SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TICKET: 16384,
  SSL_OP_NO_TLSv1: 67108864,
  SSL_OP_NO_TLSv1_1: 268435456,
  SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_NO_TLSv1_3: 536870912,
  SSL_OP_PRIORITIZE_CHACHA: 2097152,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608,
  ENGINE_METHOD_RSA: 1,
  ENGINE_METHOD_DSA: 2,
  ENGINE_METHOD_DH: 4,
  ENGINE_METHOD_RAND: 8,
  ENGINE_METHOD_EC: 2048,
  ENGINE_METHOD_CIPHERS: 64,
  ENGINE_METHOD_DIGESTS: 128,
  ENGINE_METHOD_PKEY_METHS: 512,
  ENGINE_METHOD_PKEY_ASN1_METHS: 1024,
  ENGINE_METHOD_ALL: 65535,
  ENGINE_METHOD_NONE: 0,
  DH_CHECK_P_NOT_SAFE_PRIME: 2,
  DH_CHECK_P_NOT_PRIME: 1,
  DH_UNABLE_TO_CHECK_GENERATOR: 4,
  DH_NOT_SUITABLE_GENERATOR: 8,
  RSA_PKCS1_PADDING: 1,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  defaultCoreCipherList: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
    'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
    'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:' +
    'ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:' +
    '!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA',
  TLS1_VERSION: 769,
  TLS1_1_VERSION: 770,
  TLS1_2_VERSION: 771,
  TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
  get defaultCipherList() { return this.defaultCoreCipherList; },
});

module.exports = {
  checkPrime: fwd(primeMod, 'checkPrime'),
  checkPrimeSync: fwd(primeMod, 'checkPrimeSync'),
  createCipheriv: fwd(cipherMod, 'createCipheriv'),
  createDecipheriv: fwd(cipherMod, 'createDecipheriv'),
  createDiffieHellman: fwd(dhMod, 'createDiffieHellman'),
  createDiffieHellmanGroup: fwd(dhMod, 'createDiffieHellmanGroup'),
  createECDH: fwd(ecdhMod, 'createECDH'),
  createHash,
  createHmac,
  createPrivateKey: fwd(keysMod, 'createPrivateKey'),
  createPublicKey: fwd(keysMod, 'createPublicKey'),
  createSecretKey: fwd(keysMod, 'createSecretKey'),
  createSign: fwd(sigMod, 'createSign'),
  createVerify: fwd(sigMod, 'createVerify'),
  diffieHellman: fwd(ecdhMod, 'diffieHellman'),
  generatePrime: fwd(primeMod, 'generatePrime'),
  generatePrimeSync: fwd(primeMod, 'generatePrimeSync'),
  getCiphers: fwd(cipherMod, 'getCiphers'),
  getCipherInfo: fwd(cipherMod, 'getCipherInfo'),
  getCurves: fwd(ecdhMod, 'getCurves'),
  getDiffieHellman: fwd(dhMod, 'getDiffieHellman'),
  getHashes,
  hkdf: fwd(kdfMod, 'hkdf'),
  hkdfSync: fwd(kdfMod, 'hkdfSync'),
  pbkdf2: fwd(kdfMod, 'pbkdf2'),
  pbkdf2Sync: fwd(kdfMod, 'pbkdf2Sync'),
  generateKeyPair: fwd(sigMod, 'generateKeyPair'),
  generateKeyPairSync: fwd(sigMod, 'generateKeyPairSync'),
  generateKey: fwd(sigMod, 'generateKey'),
  generateKeySync: fwd(sigMod, 'generateKeySync'),
  privateDecrypt: fwd(sigMod, 'privateDecrypt'),
  privateEncrypt: notImplemented('crypto.privateEncrypt'),
  publicDecrypt: notImplemented('crypto.publicDecrypt'),
  publicEncrypt: fwd(sigMod, 'publicEncrypt'),
  randomBytes: random.randomBytes,
  randomFill: random.randomFill,
  randomFillSync: random.randomFillSync,
  randomInt: random.randomInt,
  randomUUID: random.randomUUID,
  scrypt: fwd(kdfMod, 'scrypt'),
  scryptSync: fwd(kdfMod, 'scryptSync'),
  sign: fwd(sigMod, 'signOneShot', 'sign'),
  setEngine: notImplemented('crypto.setEngine'),
  timingSafeEqual,
  getFips() { return 0; },
  setFips: notImplemented('crypto.setFips'),
  verify: fwd(sigMod, 'verifyOneShot', 'verify'),
  hash: fwd(hashMod, 'hash'),
  Certificate: notImplementedClass('crypto.Certificate'),
  Cipher: notImplementedClass('crypto.Cipher'),
  get Cipheriv() { return cipherMod().Cipheriv; },
  Decipher: notImplementedClass('crypto.Decipher'),
  get Decipheriv() { return cipherMod().Decipheriv; },
  get DiffieHellman() { return dhMod().DiffieHellman; },
  get DiffieHellmanGroup() { return dhMod().DiffieHellmanGroup; },
  get ECDH() { return ecdhMod().ECDH; },
  get Hash() { return hashMod().Hash; },
  get Hmac() { return hashMod().Hmac; },
  get KeyObject() { return keysMod().KeyObject; },
  get Sign() { return sigMod().Sign; },
  get Verify() { return sigMod().Verify; },
  get X509Certificate() { return x509Mod().X509Certificate; },
  secureHeapUsed() { return { total: 0, min: 0, used: 0, utilization: 0 }; },
  constants,
  get webcrypto() { return web().webcrypto; },
  get subtle() { return web().subtle; },
  getRandomValues(array) { return random.getRandomValues(array); },
  // Deprecated aliases.
  pseudoRandomBytes: random.randomBytes,
  prng: random.randomBytes,
  rng: random.randomBytes,
};
