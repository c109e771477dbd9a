'use strict';
// Encrypted PKCS#8 private keys for createPrivateKey({key, passphrase}) and
// KeyObject.export({cipher, passphrase}). The PBES2 work is in Rust
// (bindings/src/crypto/pkcs8enc.rs); this file finds encrypted input, checks the
// export options the way Node does and builds the PEM text. PKCS#1/SEC1 keys use
// OpenSSL's traditional PEM encryption, built from the hash and cipher modules.

const { binding, toBuffer, asU8, osslError } = require('internal/crypto/util');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS,
    ERR_CRYPTO_UNKNOWN_CIPHER,
    ERR_CRYPTO_OPERATION_FAILED,
  },
} = require('internal/errors');

const kEncryptedLabel = 'ENCRYPTED PRIVATE KEY';

function nativeError(Base, code, message, fields = {}) {
  const err = new Base(message);
  Object.assign(err, fields);
  err.code = code;
  return err;
}

function libError(id, library, reason, code) {
  return nativeError(Error, code, `error:${id}:${library}::${reason}`, { library, reason });
}

function passphraseBytes(passphrase) {
  if (typeof passphrase === 'string') return Buffer.from(passphrase, 'utf8');
  if (ArrayBuffer.isView(passphrase) || passphrase instanceof ArrayBuffer) return asU8(passphrase);
  throw new ERR_INVALID_ARG_VALUE('options.passphrase', passphrase);
}

function decrypt(der, passphrase) {
  try {
    return toBuffer(binding.pkcs8Decrypt(der, passphraseBytes(passphrase)));
  } catch (e) {
    if (e?.message === 'bad decrypt') throw osslError('bad decrypt');
    throw e;
  }
}

// The DER of an encrypted PEM key in `bytes`, or undefined when there is none.
function encryptedPemBody(bytes) {
  const text = Buffer.from(bytes).toString('latin1');
  const begin = `-----BEGIN ${kEncryptedLabel}-----`;
  const start = text.indexOf(begin);
  if (start < 0) return undefined;
  const end = text.indexOf(`-----END ${kEncryptedLabel}-----`, start);
  if (end < 0) return undefined;
  return Buffer.from(text.slice(start + begin.length, end).replace(/\s+/g, ''), 'base64');
}

function interrupted() {
  // OpenSSL asks for a password; Node's callback declines.
  return libError('07880109', 'common libcrypto routines', 'interrupted or cancelled',
    'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED');
}

// For parseKeyInput: `{ der, type }` of the plain key when the input is an encrypted
// key (PKCS#8, or a PEM-encrypted PKCS#1/SEC1 key), else undefined.
function decryptedInput(data, format, type, passphrase) {
  if (format === 'pem') {
    const legacy = legacyPemBlock(data);
    if (legacy !== undefined) {
      if (passphrase === undefined) throw interrupted();
      return { der: legacyDecrypt(legacy, passphrase), type: legacy.type };
    }
    const der = encryptedPemBody(data);
    if (der === undefined) return undefined;
    if (passphrase === undefined) throw interrupted();
    return { der: decrypt(der, passphrase), type: 'pkcs8' };
  }
  if (format === 'der' && type === 'pkcs8' && binding.pkcs8IsEncrypted(data)) {
    if (passphrase === undefined) {
      throw nativeError(TypeError, 'ERR_MISSING_PASSPHRASE', 'Passphrase required for encrypted key');
    }
    return { der: decrypt(data, passphrase), type: 'pkcs8' };
  }
  return undefined;
}

// --- OpenSSL's traditional PEM encryption (Proc-Type/DEK-Info headers) ---
const legacyLabels = { 'RSA PRIVATE KEY': 'pkcs1', 'EC PRIVATE KEY': 'sec1' };
const legacyTypes = { pkcs1: 'RSA PRIVATE KEY', sec1: 'EC PRIVATE KEY' };

function legacyPemBlock(bytes) {
  const text = Buffer.from(bytes).toString('latin1');
  const m = /-----BEGIN (RSA|EC) PRIVATE KEY-----\r?\n([\s\S]*?)-----END \1 PRIVATE KEY-----/.exec(text);
  if (m === null || !/^Proc-Type:\s*4,ENCRYPTED/m.test(m[2])) return undefined;
  const dek = /^DEK-Info:\s*([A-Za-z0-9-]+),([0-9A-Fa-f]+)\s*$/m.exec(m[2]);
  if (dek === null) return undefined;
  const body = m[2].split(/\r?\n\r?\n/).slice(1).join('').replace(/\s+/g, '');
  return {
    type: legacyLabels[`${m[1]} PRIVATE KEY`],
    cipher: dek[1].toLowerCase(),
    iv: Buffer.from(dek[2], 'hex'),
    data: Buffer.from(body, 'base64'),
  };
}

// EVP_BytesToKey with MD5 and one iteration, salted with the IV's first 8 bytes.
function bytesToKey(pass, salt, keyLen) {
  const { Hash } = require('internal/crypto/hash');
  const parts = [];
  let prev = Buffer.alloc(0);
  let total = 0;
  while (total < keyLen) {
    prev = new Hash('md5').update(prev).update(pass).update(salt).digest();
    parts.push(prev);
    total += prev.length;
  }
  return Buffer.concat(parts).subarray(0, keyLen);
}

function legacyCipher(name) {
  const cipherMod = require('internal/crypto/cipher');
  const info = cipherMod.getCipherInfo(name);
  if (info === undefined || info.mode !== 'cbc') {
    throw new ERR_CRYPTO_OPERATION_FAILED(`PEM encryption with ${name} is not supported by minode yet`);
  }
  return { cipherMod, info };
}

function legacyDecrypt(block, passphrase) {
  const { cipherMod, info } = legacyCipher(block.cipher);
  const key = bytesToKey(passphraseBytes(passphrase), block.iv.subarray(0, 8), info.keyLength);
  try {
    const d = cipherMod.createDecipheriv(info.name, key, block.iv);
    return Buffer.concat([d.update(block.data), d.final()]);
  } catch {
    throw osslError('bad decrypt');
  }
}

function legacyEncrypt(der, type, cipher, passphrase) {
  const name = cipher.toLowerCase();
  const { cipherMod, info } = legacyCipher(name);
  const iv = require('internal/crypto/random').randomBytes(info.ivLength);
  const key = bytesToKey(passphraseBytes(passphrase), iv.subarray(0, 8), info.keyLength);
  const c = cipherMod.createCipheriv(info.name, key, iv);
  const body = Buffer.concat([c.update(der), c.final()]).toString('base64').match(/.{1,64}/g).join('\n');
  const label = legacyTypes[type];
  return `-----BEGIN ${label}-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: ${info.name.toUpperCase()},` +
    `${iv.toString('hex').toUpperCase()}\n\n${body}\n-----END ${label}-----\n`;
}

// Node's checks of {cipher, passphrase} in a private key encoding.
function checkExportOptions(options) {
  const { format, type, cipher, passphrase } = options;
  if (cipher == null) {
    if (passphrase !== undefined) throw new ERR_INVALID_ARG_VALUE('options.cipher', cipher);
    return false;
  }
  if (format === 'jwk') throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('jwk', 'does not support encryption');
  if (typeof cipher !== 'string') throw new ERR_INVALID_ARG_VALUE('options.cipher', cipher);
  if (format === 'der' && (type === 'pkcs1' || type === 'sec1')) {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'does not support encryption');
  }
  if (typeof passphrase !== 'string' && !ArrayBuffer.isView(passphrase) && !(passphrase instanceof ArrayBuffer)) {
    throw new ERR_INVALID_ARG_VALUE('options.passphrase', passphrase);
  }
  return true;
}

const aesCbcBits = { 'aes-128-cbc': 128, aes128: 128, 'aes-192-cbc': 192, aes192: 192, 'aes-256-cbc': 256, aes256: 256 };

// The encrypted export of plain PKCS#8 `der` (format 'pem' or 'der').
function encryptExport(der, format, type, cipher, passphrase) {
  const name = cipher.toLowerCase();
  if (!require('internal/crypto/cipher').getCiphers().includes(name)) throw new ERR_CRYPTO_UNKNOWN_CIPHER();
  if (type !== 'pkcs8') return legacyEncrypt(der, type, name, passphrase);
  const bits = aesCbcBits[name];
  if (bits === undefined) {
    if (/-(gcm|ccm|ocb|xts|wrap|wrap-pad|siv)$|^id-|chacha20-poly1305/.test(name)) {
      throw libError('0300007A', 'digital envelope routines', 'cipher parameter error', 'ERR_OSSL_EVP_CIPHER_PARAMETER_ERROR');
    }
    throw new ERR_CRYPTO_OPERATION_FAILED(`PKCS#8 encryption with ${cipher} is not supported by minode yet`);
  }
  const out = toBuffer(binding.pkcs8Encrypt(der, bits, passphraseBytes(passphrase)));
  if (format === 'der') return out;
  const body = out.toString('base64').match(/.{1,64}/g).join('\n');
  return `-----BEGIN ${kEncryptedLabel}-----\n${body}\n-----END ${kEncryptedLabel}-----\n`;
}

module.exports = { decryptedInput, checkExportOptions, encryptExport };
