'use strict';
// Cipheriv / Decipheriv: validation and encodings here, the cipher state in Rust
// (binding.CipherContext).

const {
  binding, kHandle, toBuffer, dataArg, getArrayBufferOrView, call, LazyTransform, setupLazyTransform,
} = require('internal/crypto/util');
const { validateString, validateObject, validateInt32 } = require('internal/validators');
const { normalizeEncoding } = require('internal/util');
const {
  codes: {
    ERR_CRYPTO_UNKNOWN_CIPHER,
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_CRYPTO_INVALID_IV,
    ERR_CRYPTO_INVALID_AUTH_TAG,
    ERR_CRYPTO_INVALID_STATE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');

setupLazyTransform();

const kState = Symbol('kState');

const gcmTagLengths = new Set([4, 8, 12, 13, 14, 15, 16]);

function validTagLength(mode, len) {
  if (mode === 'gcm') return gcmTagLengths.has(len);
  return len >= 1 && len <= 16;
}

function isAead(info) {
  return info.mode === 'gcm' || info.name === 'chacha20-poly1305';
}

function createContext(self, cipher, key, iv, options, encrypt) {
  validateString(cipher, 'cipher');
  const { prepareSecretKey } = require('internal/crypto/hash');
  const encoding = options?.encoding;
  const keyBytes = prepareSecretKey(key, encoding);
  if (iv !== null) iv = getArrayBufferOrView(iv, 'iv', encoding);
  const info = binding.cipherInfo(cipher);
  if (info === undefined) throw new ERR_CRYPTO_UNKNOWN_CIPHER();
  if (keyBytes.byteLength !== info.keyLength) throw new ERR_CRYPTO_INVALID_KEYLEN();
  const ivLen = iv === null ? 0 : iv.byteLength;
  if (info.mode === 'gcm') {
    if (ivLen === 0) throw new ERR_CRYPTO_INVALID_IV();
  } else if (info.mode === 'ecb') {
    // ECB takes no IV; Node accepts null or an empty one.
    if (ivLen !== 0) throw new ERR_CRYPTO_INVALID_IV();
  } else if (ivLen !== info.ivLength) {
    throw new ERR_CRYPTO_INVALID_IV();
  }
  let authTagLength;
  if (options !== undefined && options !== null) {
    validateObject(options, 'options');
    if (options.authTagLength !== undefined) {
      authTagLength = options.authTagLength;
      if (isAead(info)) {
        validateInt32(authTagLength, 'options.authTagLength', 0);
        if (!validTagLength(info.mode, authTagLength)) throw new ERR_CRYPTO_INVALID_AUTH_TAG(authTagLength);
      }
    }
  }
  self[kHandle] = call(binding.createCipher, {}, cipher, encrypt, keyBytes, iv, authTagLength);
  self[kState] = { info, authTagLength, finalized: false, decoder: null, encrypt };
  LazyTransform.call(self, options);
}

function outEnc(state, ab, encoding, last) {
  if (encoding === undefined || encoding === 'buffer') return toBuffer(ab);
  const enc = normalizeEncoding(encoding);
  if (enc === undefined) return toBuffer(ab);
  if (state.decoder === null || state.decoder.encoding !== enc) {
    const { StringDecoder } = require('string_decoder');
    state.decoder = new StringDecoder(enc);
  }
  return last ? state.decoder.end(toBuffer(ab)) : state.decoder.write(toBuffer(ab));
}

const proto = {
  update(data, inputEncoding, outputEncoding) {
    const state = this[kState];
    if (state.finalized) throw new Error('Trying to add data in unsupported state');
    if (typeof data === 'string') {
      const enc = normalizeEncoding(inputEncoding);
      if (enc === 'hex' && data.length % 2 !== 0) {
        throw new ERR_INVALID_ARG_VALUE('encoding', inputEncoding, `is invalid for data of length ${data.length}`);
      }
    }
    const ab = call(this[kHandle].update.bind(this[kHandle]), {}, dataArg(data, inputEncoding));
    return outEnc(state, ab, outputEncoding, false);
  },

  final(outputEncoding) {
    const state = this[kState];
    const ab = call(() => this[kHandle].final(), {});
    state.finalized = true;
    return outEnc(state, ab, outputEncoding, true);
  },

  setAutoPadding(ap) {
    if (!this[kHandle].setAutoPadding(ap === undefined ? true : !!ap)) {
      throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
    }
    return this;
  },

  setAAD(aadbuf, options) {
    const buf = getArrayBufferOrView(aadbuf, 'buffer');
    if (options !== undefined) validateObject(options, 'options');
    if (!this[kHandle].setAAD(buf)) throw new ERR_CRYPTO_INVALID_STATE('setAAD');
    return this;
  },

  _transform(chunk, encoding, callback) {
    try {
      this.push(this.update(chunk, encoding));
    } catch (e) {
      callback(e);
      return;
    }
    callback();
  },

  _flush(callback) {
    try {
      this.push(this.final());
    } catch (e) {
      callback(e);
      return;
    }
    callback();
  },
};

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  createContext(this, cipher, key, iv, options, true);
}
Object.setPrototypeOf(Cipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipheriv, LazyTransform);

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  createContext(this, cipher, key, iv, options, false);
}
Object.setPrototypeOf(Decipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipheriv, LazyTransform);

for (const name of Object.keys(proto)) {
  Object.defineProperty(Cipheriv.prototype, name, { value: proto[name], writable: true, configurable: true });
  Object.defineProperty(Decipheriv.prototype, name, { value: proto[name], writable: true, configurable: true });
}

Cipheriv.prototype.getAuthTag = function getAuthTag() {
  const ab = this[kHandle].getAuthTag();
  if (ab === undefined) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  return toBuffer(ab);
};

Decipheriv.prototype.setAuthTag = function setAuthTag(tagbuf, encoding) {
  const tag = getArrayBufferOrView(tagbuf, 'buffer', encoding);
  const state = this[kState];
  if (!isAead(state.info) || state.finalized) throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  const len = tag.byteLength;
  if (!validTagLength(state.info.mode, len) ||
      (state.authTagLength !== undefined && state.authTagLength !== len)) {
    throw new ERR_CRYPTO_INVALID_AUTH_TAG(len);
  }
  if (!this[kHandle].setAuthTag(tag)) throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  return this;
};

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

function getCiphers() {
  return binding.cipherNames();
}

const nids = {
  'aes-128-cbc': 419, 'aes-192-cbc': 423, 'aes-256-cbc': 427,
  'aes-128-ecb': 418, 'aes-192-ecb': 422, 'aes-256-ecb': 426,
  'aes-128-ctr': 904, 'aes-192-ctr': 905, 'aes-256-ctr': 906,
  'aes-128-gcm': 895, 'aes-192-gcm': 898, 'aes-256-gcm': 901,
  'chacha20-poly1305': 1018,
  'id-aes128-wrap': 788, 'id-aes192-wrap': 789, 'id-aes256-wrap': 790,
  'id-aes128-wrap-pad': 897, 'id-aes192-wrap-pad': 900, 'id-aes256-wrap-pad': 903,
};

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (options !== undefined) validateObject(options, 'options');
  let name = nameOrNid;
  if (typeof nameOrNid === 'number') {
    name = Object.keys(nids).find((k) => nids[k] === nameOrNid);
    if (name === undefined) return undefined;
  }
  const info = binding.cipherInfo(name);
  if (info === undefined) return undefined;
  if (options?.keyLength !== undefined && options.keyLength !== info.keyLength) return undefined;
  if (options?.ivLength !== undefined) {
    if (info.mode === 'gcm' ? options.ivLength < 1 : options.ivLength !== info.ivLength) return undefined;
  }
  const out = { mode: info.mode, name: info.mode === 'gcm' ? `id-${info.name.replace('aes-', 'aes')}` : info.name, nid: nids[info.name] };
  if (info.name !== 'chacha20-poly1305') out.blockSize = info.blockSize;
  if (info.mode !== 'ecb') out.ivLength = options?.ivLength ?? info.ivLength;
  out.keyLength = info.keyLength;
  return out;
}

module.exports = {
  Cipheriv, Decipheriv, createCipheriv, createDecipheriv, getCiphers, getCipherInfo,
};
