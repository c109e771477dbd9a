'use strict';
// CryptoKey: a KeyObject plus the Web Crypto algorithm, usages and extractable flag.

const { kKeyObject } = require('internal/crypto/util');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS } } = require('internal/errors');

const kAlgorithm = Symbol('kAlgorithm');
const kExtractable = Symbol('kExtractable');
const kKeyUsages = Symbol('kKeyUsages');

function check(self) {
  if (!(self instanceof CryptoKey)) throw new ERR_INVALID_THIS('CryptoKey');
}

class CryptoKey {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const { inspect } = require('util');
    return `CryptoKey ${inspect({
      type: this.type, extractable: this.extractable, algorithm: this.algorithm, usages: this.usages,
    }, opts)}`;
  }

  get type() {
    check(this);
    return this[kKeyObject].type;
  }

  get extractable() {
    check(this);
    return this[kExtractable];
  }

  get algorithm() {
    check(this);
    return this[kAlgorithm];
  }

  get usages() {
    check(this);
    return this[kKeyUsages];
  }
}

Object.defineProperties(CryptoKey.prototype, {
  type: { enumerable: true },
  extractable: { enumerable: true },
  algorithm: { enumerable: true },
  usages: { enumerable: true },
  [Symbol.toStringTag]: { value: 'CryptoKey', configurable: true },
});

function hidden(obj, key, value) {
  Object.defineProperty(obj, key, { value, enumerable: false, writable: false, configurable: false });
}

// new InternalCryptoKey(keyObject, algorithm, usages, extractable) in Node.
function makeKey(keyObject, algorithm, usages, extractable) {
  const k = Object.create(CryptoKey.prototype);
  hidden(k, kKeyObject, keyObject);
  hidden(k, kAlgorithm, algorithm);
  hidden(k, kExtractable, !!extractable);
  hidden(k, kKeyUsages, [...usages]);
  return k;
}

module.exports = { CryptoKey, makeKey, kAlgorithm, kExtractable, kKeyUsages, kKeyObject };
