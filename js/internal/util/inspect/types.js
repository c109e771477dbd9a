'use strict';
// Type predicates for util.inspect: brand checks on intrinsics, or internalBinding('types').
//
// Native facts that plain JS cannot see (promise state, proxy target) come from
// internalBinding('types'): getPromiseState(p) -> [state, result] (0 pending, 1 fulfilled,
// 2 rejected), isProxy(v), getProxyDetails(v) -> [target, handler]. Any other node-style
// predicate the binding offers (isDate, isMap, ...) is used in place of the JS brand checks.

let typesBindingCache;
function T() {
  if (typesBindingCache === undefined) {
    try { typesBindingCache = internalBinding('types') || {}; } catch { typesBindingCache = {}; }
  }
  return typesBindingCache;
}

const objectToString = Object.prototype.toString;
const getOwnDesc = Object.getOwnPropertyDescriptor;
const getProto = Object.getPrototypeOf;
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);

// A brand check: calls an intrinsic method that throws unless `v` carries the right slot.
function brand(fn, arg) {
  return (v) => {
    try { fn.call(v, arg); return true; } catch { return false; }
  };
}
const getterOf = (proto, name) => getOwnDesc(proto, name).get;

const TypedArrayProto = getProto(Uint8Array.prototype);
const typedArrayTag = getterOf(TypedArrayProto, Symbol.toStringTag);
const typedArrayLength = getterOf(TypedArrayProto, 'length');
const regExpSource = getterOf(RegExp.prototype, 'source');
const arrayBufferByteLength = getterOf(ArrayBuffer.prototype, 'byteLength');
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function'
  ? getterOf(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const mapSize = getterOf(Map.prototype, 'size');
const setSize = getterOf(Set.prototype, 'size');
const mapEntries = Map.prototype.entries;
const setValues = Set.prototype.values;

const jsIsMap = brand(mapSize);
const jsIsSet = brand(setSize);
const jsIsWeakMap = brand(WeakMap.prototype.has, {});
const jsIsWeakSet = brand(WeakSet.prototype.has, {});
const jsIsDate = brand(Date.prototype.getTime);
const jsIsArrayBuffer = brand(arrayBufferByteLength);
const jsIsSharedArrayBuffer = sharedArrayBufferByteLength ? brand(sharedArrayBufferByteLength) : () => false;
const jsIsDataView = brand(getterOf(DataView.prototype, 'buffer'));
const jsIsNumberObject = brand(Number.prototype.valueOf);
const jsIsStringObject = brand(String.prototype.valueOf);
const jsIsBooleanObject = brand(Boolean.prototype.valueOf);
const jsIsBigIntObject = typeof BigInt === 'function' ? brand(BigInt.prototype.valueOf) : () => false;
const jsIsSymbolObject = brand(Symbol.prototype.valueOf);
const jsIsRegExpSlot = brand(regExpSource);

function pick(name, fallback) {
  return (v) => {
    const fn = T()[name];
    return typeof fn === 'function' ? fn(v) : fallback(v);
  };
}

const isTypedArray = (v) => typedArrayTag.call(v) !== undefined;
const isMap = pick('isMap', jsIsMap);
const isSet = pick('isSet', jsIsSet);
const isWeakMap = pick('isWeakMap', jsIsWeakMap);
const isWeakSet = pick('isWeakSet', jsIsWeakSet);
const isDate = pick('isDate', jsIsDate);
const isRegExp = pick('isRegExp', (v) => v !== RegExp.prototype && jsIsRegExpSlot(v));
const isArrayBuffer = pick('isArrayBuffer', jsIsArrayBuffer);
const isSharedArrayBuffer = pick('isSharedArrayBuffer', jsIsSharedArrayBuffer);
const isDataView = pick('isDataView', jsIsDataView);
const isArgumentsObject = pick('isArgumentsObject', (v) => objectToString.call(v) === '[object Arguments]');

function isNativeError(v) {
  const b = T();
  const fn = b.isNativeError || b.isError;
  if (typeof fn === 'function') return fn(v);
  return objectToString.call(v) === '[object Error]';
}
function isError(v) {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return false;
  return isNativeError(v) || v instanceof Error;
}

function isModuleNamespaceObject(v) {
  const fn = T().isModuleNamespaceObject;
  if (typeof fn === 'function') return fn(v);
  const d = getOwnDesc(v, Symbol.toStringTag);
  return d !== undefined && d.value === 'Module' && !d.enumerable && !d.writable &&
    getProto(v) === null && !Object.isExtensible(v);
}

function promiseState(v) {
  const b = T();
  if (typeof b.isPromise === 'function' && !b.isPromise(v)) return undefined;
  if (typeof b.getPromiseState === 'function') {
    try {
      const s = b.getPromiseState(v);
      return Array.isArray(s) ? s : undefined;
    } catch { return undefined; }
  }
  // No binding: recognise promises, state unknown.
  return v instanceof Promise ? [-1, undefined] : undefined;
}

function proxyDetails(v) {
  const b = T();
  if (typeof b.isProxy !== 'function' || !b.isProxy(v)) return undefined;
  let d;
  try {
    d = typeof b.getProxyDetails === 'function' ? b.getProxyDetails(v) : undefined;
  } catch {
    return null; // the engine throws for revoked proxies
  }
  if (d === undefined || d === null) return null; // revoked
  return d;
}

function boxedKind(v, tagStr) {
  if (boxedTags.has(tagStr)) {
    if (tagStr === 'BigInt' ? jsIsBigIntObject(v) : brand(boxedValueOf[tagStr])(v)) return tagStr;
  }
  if (jsIsNumberObject(v)) return 'Number';
  if (jsIsStringObject(v)) return 'String';
  if (jsIsBooleanObject(v)) return 'Boolean';
  if (jsIsBigIntObject(v)) return 'BigInt';
  if (jsIsSymbolObject(v)) return 'Symbol';
  return undefined;
}
const boxedValueOf = {
  Number: Number.prototype.valueOf, String: String.prototype.valueOf, Boolean: Boolean.prototype.valueOf,
  BigInt: typeof BigInt === 'function' ? BigInt.prototype.valueOf : undefined, Symbol: Symbol.prototype.valueOf,
};
const boxedTags = new Set(['Number', 'String', 'Boolean', 'Symbol', 'BigInt']);

const AsyncFunctionProto = getProto(async function () {});
const GeneratorFunctionProto = getProto(function* () {});
const AsyncGeneratorFunctionProto = getProto(async function* () {});

function functionKind(fn) {
  // [isAsync, isGenerator]
  let p = fn;
  for (let i = 0; i < 64 && p !== null; i++) {
    p = getProto(p);
    if (p === AsyncFunctionProto) return [true, false];
    if (p === GeneratorFunctionProto) return [false, true];
    if (p === AsyncGeneratorFunctionProto) return [true, true];
    if (p === Function.prototype) break;
  }
  const b = T();
  if (typeof b.isAsyncFunction === 'function') return [b.isAsyncFunction(fn), !!b.isGeneratorFunction?.(fn)];
  return [false, false];
}

module.exports = {
  objectToString, getOwnDesc, getProto, hasOwn, isEnumerable,
  typedArrayTag, typedArrayLength, arrayBufferByteLength, sharedArrayBufferByteLength,
  mapSize, setSize, mapEntries, setValues,
  isTypedArray, isMap, isSet, isWeakMap, isWeakSet, isDate, isRegExp, isArrayBuffer,
  isSharedArrayBuffer, isDataView, isArgumentsObject, isError, isModuleNamespaceObject,
  promiseState, proxyDetails, boxedKind, boxedValueOf, boxedTags, functionKind,
};
