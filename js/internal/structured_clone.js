'use strict';
// structuredClone(): the HTML structured clone algorithm, done in JS over the value
// graph. A memo map keeps shared references and cycles; values that the algorithm
// cannot clone throw a DataCloneError DOMException worded like V8's.

const {
  codes: { ERR_MISSING_ARGS, ERR_INVALID_ARG_TYPE, ERR_INVALID_TRANSFER_OBJECT },
} = require('internal/errors');

let types;
function lazyTypes() {
  types ??= require('internal/util/types');
  return types;
}

function DataCloneError(message) {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(message, 'DataCloneError');
}

// The way V8 names a value it refuses: source text for functions, "#<Ctor>" for objects.
function describe(value) {
  if (typeof value === 'function') {
    try { return Function.prototype.toString.call(value); } catch { return 'function'; }
  }
  if (typeof value === 'symbol') return value.toString();
  const t = lazyTypes();
  if (t.isSymbolObject(value)) return '[object Symbol]';
  if (t.isGeneratorObject(value)) return '[object Generator]';
  let name;
  try {
    if (!t.isProxy(value)) name = value.constructor?.name;
  } catch { /* a throwing getter: fall through */ }
  return `#<${typeof name === 'string' && name ? name : 'Object'}>`;
}

function notCloneable(value) {
  return DataCloneError(`${describe(value)} could not be cloned.`);
}

const errorPrototypes = {
  Error: Error.prototype,
  EvalError: EvalError.prototype,
  RangeError: RangeError.prototype,
  ReferenceError: ReferenceError.prototype,
  SyntaxError: SyntaxError.prototype,
  TypeError: TypeError.prototype,
  URIError: URIError.prototype,
};

const typedArrayCtors = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};
if (typeof globalThis.Float16Array === 'function') typedArrayCtors.Float16Array = globalThis.Float16Array;

const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function ownData(obj, key) {
  const d = Object.getOwnPropertyDescriptor(obj, key);
  return d !== undefined && 'value' in d ? d : undefined;
}

function cloneArrayBuffer(buf) {
  if (buf.resizable) {
    const copy = new ArrayBuffer(buf.byteLength, { maxByteLength: buf.maxByteLength });
    new Uint8Array(copy).set(new Uint8Array(buf));
    return copy;
  }
  return buf.slice(0);
}

class Cloner {
  constructor(transferred) {
    this.memo = new Map();
    for (const [from, to] of transferred) this.memo.set(from, to);
  }

  clone(value) {
    const type = typeof value;
    if (type === 'function' || type === 'symbol') throw notCloneable(value);
    if (type !== 'object' || value === null) return value;
    const memo = this.memo;
    const seen = memo.get(value);
    if (seen !== undefined) return seen;
    return this.cloneObject(value);
  }

  cloneObject(value) {
    const memo = this.memo;
    const t = lazyTypes();
    if (t.isProxy(value)) throw notCloneable(value);

    if (Array.isArray(value)) {
      const out = new Array(value.length);
      memo.set(value, out);
      for (const key of Object.keys(value)) out[key] = this.clone(value[key]);
      return out;
    }

    // Typed arrays first: Buffer is a Uint8Array and becomes a plain Uint8Array.
    const tag = typedArrayTag.call(value);
    if (tag !== undefined) {
      const buffer = this.clone(value.buffer);
      const Ctor = typedArrayCtors[tag];
      const out = new Ctor(buffer, value.byteOffset, value.length);
      memo.set(value, out);
      return out;
    }
    if (t.isDataView(value)) {
      const buffer = this.clone(value.buffer);
      const out = new DataView(buffer, value.byteOffset, value.byteLength);
      memo.set(value, out);
      return out;
    }
    if (t.isArrayBuffer(value)) {
      if (value.detached) throw DataCloneError('An ArrayBuffer is detached and could not be cloned.');
      const out = cloneArrayBuffer(value);
      memo.set(value, out);
      return out;
    }
    if (t.isSharedArrayBuffer(value)) {
      // Shared memory is shared, not copied.
      memo.set(value, value);
      return value;
    }
    if (t.isDate(value)) {
      const out = new Date(Date.prototype.getTime.call(value));
      memo.set(value, out);
      return out;
    }
    if (t.isRegExp(value)) {
      const out = new RegExp(value.source, value.flags);
      memo.set(value, out);
      return out;
    }
    if (t.isBoxedPrimitive(value)) {
      if (t.isSymbolObject(value)) throw notCloneable(value);
      const out = Object(value.valueOf());
      memo.set(value, out);
      return out;
    }
    if (t.isMap(value)) {
      const out = new Map();
      memo.set(value, out);
      // Snapshot first: cloning an entry may run getters that mutate the map.
      const entries = [...Map.prototype.entries.call(value)];
      for (const [k, v] of entries) out.set(this.clone(k), this.clone(v));
      return out;
    }
    if (t.isSet(value)) {
      const out = new Set();
      memo.set(value, out);
      const items = [...Set.prototype.values.call(value)];
      for (const v of items) out.add(this.clone(v));
      return out;
    }
    if (t.isNativeError(value) || value instanceof Error) return this.cloneError(value);
    if (t.isWeakMap(value) || t.isWeakSet(value) || t.isPromise(value) || t.isGeneratorObject(value) ||
        t.isMapIterator(value) || t.isSetIterator(value) || t.isModuleNamespaceObject(value) ||
        value instanceof WeakRef || (typeof FinalizationRegistry === 'function' && value instanceof FinalizationRegistry)) {
      throw notCloneable(value);
    }
    // Node's cloneable platform objects that carry their state privately.
    if (value[Symbol.toStringTag] === 'Blob' && typeof value.slice === 'function' && typeof value.size === 'number') {
      const out = value.slice(0, value.size, value.type);
      memo.set(value, out);
      return out;
    }
    if (kTransfer in value) {
      throw DataCloneError('Object that needs transfer was found in message but not listed in transferList');
    }
    if (kTransferable in value) {
      const out = value[kTransferable]();
      memo.set(value, out);
      return out;
    }

    const out = {};
    memo.set(value, out);
    for (const key of Object.keys(value)) out[key] = this.clone(value[key]);
    return out;
  }

  cloneError(value) {
    let name;
    try { name = value.name; } catch { name = undefined; }
    const proto = Object.hasOwn(errorPrototypes, name) ? errorPrototypes[name] : Error.prototype;
    const out = Object.create(proto);
    this.memo.set(value, out);
    let stack;
    try { stack = value.stack; } catch { stack = undefined; }
    if (typeof stack === 'string') {
      Object.defineProperty(out, 'stack', { value: stack, writable: true, enumerable: false, configurable: true });
    }
    const message = ownData(value, 'message');
    if (message !== undefined) {
      Object.defineProperty(out, 'message', {
        value: `${message.value}`, writable: true, enumerable: false, configurable: true,
      });
    }
    const cause = ownData(value, 'cause');
    if (cause !== undefined) {
      Object.defineProperty(out, 'cause', {
        value: this.clone(cause.value), writable: true, enumerable: false, configurable: true,
      });
    }
    return out;
  }
}

// Objects that other modules make transferable/cloneable in-process (MessagePort)
// define this method; it returns what the receiving side sees.
const kTransferable = Symbol('kTransferable');
const kTransfer = Symbol('kTransfer');

function isMessagePortLike(v) {
  return typeof v === 'object' && v !== null && kTransfer in v;
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) {
    const err = new ERR_MISSING_ARGS('value');
    err.message = 'The value argument must be specified';
    throw err;
  }
  if (options !== undefined && options !== null && typeof options !== 'object') {
    const err = new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    err.message = 'The options argument must be either an object or undefined';
    throw err;
  }
  const transferList = options?.transfer;
  const transferred = new Map();
  const detach = [];
  if (transferList !== undefined && transferList !== null) {
    if (typeof transferList !== 'object' || typeof transferList[Symbol.iterator] !== 'function') {
      const err = new ERR_INVALID_ARG_TYPE('transferList', 'iterable', transferList);
      err.message = 'Optional transferList argument must be an iterable';
      throw err;
    }
    const t = lazyTypes();
    for (const item of transferList) {
      if (t.isArrayBuffer(item)) {
        if (detach.includes(item)) throw DataCloneError('Transfer list contains duplicate ArrayBuffer');
        detach.push(item);
      } else if (isMessagePortLike(item)) {
        if (transferred.has(item)) throw DataCloneError('Transfer list contains duplicate MessagePort');
        transferred.set(item, item[kTransfer]());
      } else {
        throw new ERR_INVALID_TRANSFER_OBJECT();
      }
    }
  }
  const result = new Cloner(transferred).clone(value);
  // The transferred buffers now belong to the clone: detach the originals.
  for (const buf of detach) {
    if (typeof buf.transfer === 'function') buf.transfer();
  }
  return result;
}

module.exports = { structuredClone, kTransferable, kTransfer, DataCloneError };
