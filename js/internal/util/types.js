'use strict';
// Brand checks behind util.types. Each check is first filtered by the cheap
// Object.prototype.toString tag and then confirmed with a built-in method that only
// accepts the real thing, so look-alike objects are rejected.

let typesBinding;
try { typesBinding = internalBinding('types'); } catch { typesBinding = undefined; }

const toStr = Object.prototype.toString;
const tagOf = (v) => toStr.call(v);
const kTag = Symbol.toStringTag;

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, kTag).get;
const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name)?.get;
const abByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const sabByteLength = typeof SharedArrayBuffer === 'function' ? getter(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const mapSize = getter(Map.prototype, 'size');
const setSize = getter(Set.prototype, 'size');
const regexpSource = getter(RegExp.prototype, 'source');
const dateValueOf = Date.prototype.valueOf;
const weakMapHas = WeakMap.prototype.has;
const weakSetHas = WeakSet.prototype.has;
const numberValueOf = Number.prototype.valueOf;
const stringValueOf = String.prototype.valueOf;
const booleanValueOf = Boolean.prototype.valueOf;
const symbolValueOf = Symbol.prototype.valueOf;
const bigintValueOf = BigInt.prototype.valueOf;

const MapIteratorPrototype = Object.getPrototypeOf(new Map()[Symbol.iterator]());
const SetIteratorPrototype = Object.getPrototypeOf(new Set()[Symbol.iterator]());
const GeneratorPrototype = Object.getPrototypeOf(function* () {}).prototype;
const AsyncGeneratorPrototype = Object.getPrototypeOf(async function* () {}).prototype;

function brand(check, value) {
  try {
    check.call(value);
    return true;
  } catch {
    return false;
  }
}

const isObj = (v) => typeof v === 'object' && v !== null;

// For classes whose prototype has no @@toStringTag the tag comes from the internal slot
// unless the object overrides it.
function slotTagged(value, tag, check) {
  if (!isObj(value)) return false;
  if (tagOf(value) !== tag && !(kTag in value)) return false;
  return brand(check, value);
}

function isDate(value) { return slotTagged(value, '[object Date]', dateValueOf); }
function isRegExp(value) {
  if (value === RegExp.prototype) return false;
  return slotTagged(value, '[object RegExp]', regexpSource);
}
function isNumberObject(value) { return slotTagged(value, '[object Number]', numberValueOf); }
function isStringObject(value) { return slotTagged(value, '[object String]', stringValueOf); }
function isBooleanObject(value) { return slotTagged(value, '[object Boolean]', booleanValueOf); }
function isSymbolObject(value) { return isObj(value) && brand(symbolValueOf, value); }
function isBigIntObject(value) { return isObj(value) && brand(bigintValueOf, value); }
function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
    isSymbolObject(value) || isBigIntObject(value);
}

function isNativeError(value) {
  if (!isObj(value)) return false;
  if (typeof Error.isError === 'function') return Error.isError(value);
  if (tagOf(value) === '[object Error]') return !(kTag in value) || value instanceof Error;
  // An error whose @@toStringTag was overridden.
  return kTag in value && value instanceof Error && Object.prototype.hasOwnProperty.call(value, 'stack');
}

function isArgumentsObject(value) {
  return isObj(value) && tagOf(value) === '[object Arguments]' && !(kTag in value);
}

function isMap(value) { return isObj(value) && brand(mapSize, value); }
function isSet(value) { return isObj(value) && brand(setSize, value); }
function isWeakMap(value) { return isObj(value) && brand(function() { weakMapHas.call(this, {}); }, value); }
function isWeakSet(value) { return isObj(value) && brand(function() { weakSetHas.call(this, {}); }, value); }

function isMapIterator(value) {
  return isObj(value) && MapIteratorPrototype.isPrototypeOf(value) && tagOf(value) === '[object Map Iterator]';
}
function isSetIterator(value) {
  return isObj(value) && SetIteratorPrototype.isPrototypeOf(value) && tagOf(value) === '[object Set Iterator]';
}

function isPromise(value) {
  if (!isObj(value)) return false;
  if (typesBinding?.isPromise) return typesBinding.isPromise(value);
  if (typesBinding?.getPromiseState) {
    try { return typesBinding.getPromiseState(value) !== undefined; } catch { return false; }
  }
  return tagOf(value) === '[object Promise]' && value instanceof Promise;
}

function isArrayBuffer(value) { return isObj(value) && brand(abByteLength, value); }
function isSharedArrayBuffer(value) {
  return sabByteLength !== undefined && isObj(value) && brand(sabByteLength, value);
}
function isAnyArrayBuffer(value) { return isArrayBuffer(value) || isSharedArrayBuffer(value); }
const isArrayBufferView = ArrayBuffer.isView;
function isTypedArray(value) { return getTypedArrayTag.call(value) !== undefined; }
function isDataView(value) { return ArrayBuffer.isView(value) && getTypedArrayTag.call(value) === undefined; }

const isUint8Array = (v) => getTypedArrayTag.call(v) === 'Uint8Array';
const isUint8ClampedArray = (v) => getTypedArrayTag.call(v) === 'Uint8ClampedArray';
const isUint16Array = (v) => getTypedArrayTag.call(v) === 'Uint16Array';
const isUint32Array = (v) => getTypedArrayTag.call(v) === 'Uint32Array';
const isInt8Array = (v) => getTypedArrayTag.call(v) === 'Int8Array';
const isInt16Array = (v) => getTypedArrayTag.call(v) === 'Int16Array';
const isInt32Array = (v) => getTypedArrayTag.call(v) === 'Int32Array';
const isFloat16Array = (v) => getTypedArrayTag.call(v) === 'Float16Array';
const isFloat32Array = (v) => getTypedArrayTag.call(v) === 'Float32Array';
const isFloat64Array = (v) => getTypedArrayTag.call(v) === 'Float64Array';
const isBigInt64Array = (v) => getTypedArrayTag.call(v) === 'BigInt64Array';
const isBigUint64Array = (v) => getTypedArrayTag.call(v) === 'BigUint64Array';

function fnTag(value) {
  return typeof value === 'function' ? tagOf(value) : '';
}
function isAsyncFunction(value) {
  const t = fnTag(value);
  return t === '[object AsyncFunction]' || t === '[object AsyncGeneratorFunction]';
}
function isGeneratorFunction(value) {
  const t = fnTag(value);
  return t === '[object GeneratorFunction]' || t === '[object AsyncGeneratorFunction]';
}
function isGeneratorObject(value) {
  if (!isObj(value)) return false;
  const t = tagOf(value);
  return (t === '[object Generator]' && GeneratorPrototype.isPrototypeOf(value)) ||
    (t === '[object AsyncGenerator]' && AsyncGeneratorPrototype.isPrototypeOf(value));
}

function isProxy(value) {
  if (typesBinding?.isProxy) return typesBinding.isProxy(value);
  return false;
}

function isExternal() { return false; }

function isModuleNamespaceObject(value) {
  if (!isObj(value) || Object.getPrototypeOf(value) !== null) return false;
  const d = Object.getOwnPropertyDescriptor(value, kTag);
  return d !== undefined && d.value === 'Module' && !d.configurable && !d.writable && !Object.isExtensible(value);
}

let KeyObject;
let CryptoKey;
function lazyCrypto() {
  if (KeyObject !== undefined) return;
  KeyObject = null;
  CryptoKey = null;
  try {
    const crypto = require('crypto');
    KeyObject = crypto.KeyObject ?? null;
    CryptoKey = crypto.webcrypto?.CryptoKey ?? globalThis.CryptoKey ?? null;
  } catch { /* no crypto */ }
}
function isKeyObject(value) {
  if (!isObj(value)) return false;
  lazyCrypto();
  return typeof KeyObject === 'function' && value instanceof KeyObject;
}
function isCryptoKey(value) {
  if (!isObj(value)) return false;
  lazyCrypto();
  return typeof CryptoKey === 'function' && value instanceof CryptoKey;
}

module.exports = {
  isExternal,
  isDate,
  isArgumentsObject,
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError,
  isRegExp,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise,
  isMap,
  isSet,
  isMapIterator,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy,
  isModuleNamespaceObject,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
  isUint8Array,
  isUint8ClampedArray,
  isUint16Array,
  isUint32Array,
  isInt8Array,
  isInt16Array,
  isInt32Array,
  isFloat16Array,
  isFloat32Array,
  isFloat64Array,
  isBigInt64Array,
  isBigUint64Array,
  isKeyObject,
  isCryptoKey,
};
