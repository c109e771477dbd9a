'use strict';
// Deep equality for assert.deepEqual / deepStrictEqual and util.isDeepStrictEqual.
//
// Strict mode compares prototypes, uses Object.is for primitives and includes
// enumerable symbol keys; loose mode uses == for primitives and ignores prototypes and
// symbol keys. Both compare the [[Class]] tag, own enumerable string keys, and the
// contents of the built-in containers (Map, Set, typed arrays, boxed primitives ...).

const types = require('internal/util/types');

const toStr = Object.prototype.toString;
const hasOwn = Object.prototype.hasOwnProperty;
const isEnumerable = Object.prototype.propertyIsEnumerable;
const getTime = Date.prototype.getTime;

const STRICT = true;
const LOOSE = false;

// Kinds of container handled by compareKeysAndContents().
const PLAIN = 0;
const ARRAY = 1;
const SET = 2;
const MAP = 3;

function isIndexKey(key) {
  // Canonical array index: "0" or no leading zero, all digits, < 2**32 - 1.
  const len = key.length;
  if (len === 0 || len > 10) return false;
  const c0 = key.charCodeAt(0);
  if (c0 < 48 || c0 > 57 || (c0 === 48 && len > 1)) return false;
  for (let i = 1; i < len; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return Number(key) < 4294967295;
}

// Own enumerable keys that are not array indices (for arrays and typed arrays).
// Integer keys always come first in own-key order, so the others are a suffix.
function extraKeys(obj, strict) {
  const keys = Object.keys(obj);
  let start = keys.length;
  while (start > 0 && !isIndexKey(keys[start - 1])) start--;
  const out = start === 0 ? keys : keys.slice(start);
  if (strict) {
    for (const sym of Object.getOwnPropertySymbols(obj)) if (isEnumerable.call(obj, sym)) out.push(sym);
  }
  return out;
}

function enumerableSymbols(obj) {
  const out = [];
  for (const sym of Object.getOwnPropertySymbols(obj)) if (isEnumerable.call(obj, sym)) out.push(sym);
  return out;
}

function sameRegExp(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function sameFloats(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameArrayBuffer(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function sameBoxed(a, b) {
  if (types.isNumberObject(a)) {
    return types.isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (types.isStringObject(a)) {
    return types.isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (types.isBooleanObject(a)) {
    return types.isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (types.isBigIntObject(a)) {
    return types.isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  if (types.isSymbolObject(a)) {
    return types.isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  }
  return false;
}

function isErrorLike(v) {
  return types.isNativeError(v) || v instanceof Error;
}

function isSpecial(v) {
  return Array.isArray(v) || ArrayBuffer.isView(v) || types.isSet(v) || types.isMap(v) || types.isDate(v) ||
    types.isRegExp(v) || types.isAnyArrayBuffer(v) || types.isBoxedPrimitive(v) || isErrorLike(v);
}

// The entry point for one pair of values.
function equals(a, b, strict, memo) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);

  if (strict) {
    if (typeof a !== 'object') return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    const aObj = a !== null && typeof a === 'object';
    const bObj = b !== null && typeof b === 'object';
    if (!aObj) {
      // eslint-disable-next-line eqeqeq
      return !bObj && (a == b || (Number.isNaN(a) && Number.isNaN(b)));
    }
    if (!bObj) return false;
  }

  const tag = toStr.call(a);
  if (tag !== toStr.call(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const ka = extraKeys(a, strict);
    const kb = extraKeys(b, strict);
    if (ka.length !== kb.length) return false;
    return compareKeysAndContents(a, b, strict, memo, ARRAY, ka);
  }
  if (tag === '[object Object]') return compareKeysAndContents(a, b, strict, memo, PLAIN);

  if (types.isDate(a)) {
    if (!types.isDate(b) || getTime.call(a) !== getTime.call(b)) return false;
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || !sameRegExp(a, b)) return false;
  } else if (isErrorLike(a)) {
    if (!isErrorLike(b) || a.message !== b.message || a.name !== b.name) return false;
    if (!sameErrorExtras(a, b, strict, memo)) return false;
  } else if (ArrayBuffer.isView(a)) {
    if (!strict && (types.isFloat32Array(a) || types.isFloat64Array(a) || types.isFloat16Array(a))) {
      if (!sameFloats(a, b)) return false;
    } else if (!sameBytes(a, b)) {
      return false;
    }
    const ka = extraKeys(a, strict);
    const kb = extraKeys(b, strict);
    if (ka.length !== kb.length) return false;
    return compareKeysAndContents(a, b, strict, memo, PLAIN, ka);
  } else if (types.isSet(a)) {
    if (!types.isSet(b) || a.size !== b.size) return false;
    return compareKeysAndContents(a, b, strict, memo, SET);
  } else if (types.isMap(a)) {
    if (!types.isMap(b) || a.size !== b.size) return false;
    return compareKeysAndContents(a, b, strict, memo, MAP);
  } else if (types.isAnyArrayBuffer(a)) {
    if (!types.isAnyArrayBuffer(b) || !sameArrayBuffer(a, b)) return false;
  } else if (types.isBoxedPrimitive(a)) {
    if (!sameBoxed(a, b)) return false;
  } else if (isSpecial(b)) {
    return false;
  }
  return compareKeysAndContents(a, b, strict, memo, PLAIN);
}

// `cause` and `errors` are often non-enumerable own properties; compare them too.
function sameErrorExtras(a, b, strict, memo) {
  for (const key of ['cause', 'errors']) {
    const inA = hasOwn.call(a, key);
    const inB = hasOwn.call(b, key);
    if (inA !== inB) return false;
    if (inA && !isEnumerable.call(a, key) && !equals(a[key], b[key], strict, memo)) return false;
  }
  return true;
}

function compareKeysAndContents(a, b, strict, memo, kind, keys) {
  if (keys === undefined) {
    keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
  }
  for (let i = 0; i < keys.length; i++) {
    if (!isEnumerable.call(b, keys[i])) return false;
  }
  if (strict && kind !== ARRAY && arguments.length === 5) {
    const symA = enumerableSymbols(a);
    const symB = enumerableSymbols(b);
    if (symA.length !== symB.length) return false;
    for (const s of symA) {
      if (!isEnumerable.call(b, s)) return false;
      keys.push(s);
    }
  }

  if (keys.length === 0 &&
      (kind === PLAIN || (kind === ARRAY && a.length === 0) || ((kind === SET || kind === MAP) && a.size === 0))) {
    return true;
  }

  // Cycle handling: if both values are already being compared further up, they are
  // equal when they were reached at the same depth.
  if (memo === undefined) {
    memo = { a: new Map(), b: new Map(), depth: 0 };
  } else {
    const da = memo.a.get(a);
    if (da !== undefined) {
      const db = memo.b.get(b);
      if (db !== undefined) return da === db;
    }
    memo.depth++;
  }
  memo.a.set(a, memo.depth);
  memo.b.set(b, memo.depth);
  const result = compareContents(a, b, strict, keys, memo, kind);
  memo.a.delete(a);
  memo.b.delete(b);
  return result;
}

function compareContents(a, b, strict, keys, memo, kind) {
  if (kind === SET) {
    if (!setsEqual(a, b, strict, memo)) return false;
  } else if (kind === MAP) {
    if (!mapsEqual(a, b, strict, memo)) return false;
  } else if (kind === ARRAY) {
    for (let i = 0; i < a.length; i++) {
      const inA = hasOwn.call(a, i);
      if (inA !== hasOwn.call(b, i)) return false;
      if (inA) {
        if (!equals(a[i], b[i], strict, memo)) return false;
      } else {
        // A hole: compare what remains by key.
        const ka = Object.keys(a);
        const kb = Object.keys(b);
        if (ka.length !== kb.length) return false;
        for (const key of ka) {
          if (!hasOwn.call(b, key) || !equals(a[key], b[key], strict, memo)) return false;
        }
        return true;
      }
    }
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!equals(a[key], b[key], strict, memo)) return false;
  }
  return true;
}

const isObjectLike = (v) => typeof v === 'object' && v !== null;

// Take the first element of `pool` equal to `value` out of it.
function takeEqual(pool, value, strict, memo) {
  for (let i = 0; i < pool.length; i++) {
    if (equals(value, pool[i], strict, memo)) {
      pool.splice(i, 1);
      return true;
    }
  }
  return false;
}

// In loose mode a primitive may equal a different primitive (1 == '1', null ==
// undefined); those can only be paired up by comparing.
function setsEqual(a, b, strict, memo) {
  const unmatchedA = [];
  for (const v of a) {
    if (isObjectLike(v)) {
      unmatchedA.push(v);
    } else if (!b.has(v)) {
      if (strict || typeof v === 'symbol' || Number.isNaN(typeof v === 'string' ? +v : v)) return false;
      unmatchedA.push(v);
    }
  }
  if (unmatchedA.length === 0) return true;
  for (const v of b) {
    if (isObjectLike(v) || (!strict && !a.has(v))) {
      if (!takeEqual(unmatchedA, v, strict, memo)) return false;
    }
  }
  return unmatchedA.length === 0;
}

function mapsEqual(a, b, strict, memo) {
  const unmatchedA = [];
  for (const [k, v] of a) {
    if (isObjectLike(k)) {
      unmatchedA.push(k);
    } else {
      const inB = b.has(k);
      if (!inB || !equals(v, b.get(k), strict, memo)) {
        if (strict || typeof k === 'symbol' || Number.isNaN(typeof k === 'string' ? +k : k)) return false;
        unmatchedA.push(k);
      }
    }
  }
  if (unmatchedA.length === 0) return true;
  for (const [k, v] of b) {
    if (isObjectLike(k) || (!strict && (!a.has(k) || !equals(a.get(k), v, strict, memo)))) {
      let found = false;
      for (let i = 0; i < unmatchedA.length; i++) {
        const ka = unmatchedA[i];
        if (equals(k, ka, strict, memo) && equals(v, a.get(ka), strict, memo)) {
          unmatchedA.splice(i, 1);
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
  }
  return unmatchedA.length === 0;
}

function isDeepEqual(a, b) {
  return equals(a, b, LOOSE);
}

function isDeepStrictEqual(a, b) {
  return equals(a, b, STRICT);
}

module.exports = { isDeepEqual, isDeepStrictEqual };
