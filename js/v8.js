'use strict';
// v8: heap statistics from the QuickJS allocator, no-op flags/coverage/snapshot hooks,
// and serialize()/deserialize() in minode's own format: the value graph (the same
// types structuredClone accepts, with shared references and cycles) encoded as tagged
// JSON after a 3-byte header. It round-trips within minode but is not V8's wire
// format, so buffers written by node cannot be read here and vice versa.

const engine = internalBinding('engine');
const { codes: { ERR_NOT_IMPLEMENTED, ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateString } = require('internal/validators');

const kDefaultHeapLimit = 4345298944;

function heap() {
  const [mallocSize, used, limit] = engine.heapStats();
  const heapLimit = limit > 0 && limit < 2 ** 52 ? limit : kDefaultHeapLimit;
  return { total: Math.max(mallocSize, used), used, limit: heapLimit };
}

function getHeapStatistics() {
  const h = heap();
  return {
    total_heap_size: h.total,
    total_heap_size_executable: 0,
    total_physical_size: h.total,
    total_available_size: Math.max(0, h.limit - h.used),
    used_heap_size: h.used,
    heap_size_limit: h.limit,
    malloced_memory: h.total,
    peak_malloced_memory: h.total,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: 0,
  };
}

const spaceNames = ['read_only_space', 'new_space', 'old_space', 'code_space', 'shared_space',
  'new_large_object_space', 'large_object_space', 'code_large_object_space', 'shared_large_object_space'];

function getHeapSpaceStatistics() {
  // QuickJS has one heap: report it all as old_space.
  const h = heap();
  return spaceNames.map((space_name) => {
    const all = space_name === 'old_space';
    return {
      space_name,
      space_size: all ? h.total : 0,
      space_used_size: all ? h.used : 0,
      space_available_size: all ? Math.max(0, h.total - h.used) : 0,
      physical_space_size: all ? h.total : 0,
    };
  });
}

function getHeapCodeStatistics() {
  return { code_and_metadata_size: 0, bytecode_and_metadata_size: 0, external_script_source_size: 0, cpu_profiler_metadata_size: 0 };
}

function setFlagsFromString(flags) {
  validateString(flags, 'flags');
}

function cachedDataVersionTag() {
  // Stable for a given minode build: a hash of the version string.
  const v = `minode-${process.version}`;
  let h = 2166136261;
  for (let i = 0; i < v.length; i++) h = Math.imul(h ^ v.charCodeAt(i), 16777619) >>> 0;
  return h;
}

function getHeapSnapshot() { throw new ERR_NOT_IMPLEMENTED('v8.getHeapSnapshot'); }
function writeHeapSnapshot() { throw new ERR_NOT_IMPLEMENTED('v8.writeHeapSnapshot'); }
function queryObjects() { throw new ERR_NOT_IMPLEMENTED('v8.queryObjects'); }

// --- serialize / deserialize ----------------------------------------------------------------
const header = [0xff, 0x0f, 0x4d]; // "version 15" like V8, then 'M' for minode's format

let types;
function lazyTypes() { return (types ??= require('internal/util/types')); }
let Buffer;
function lazyBuffer() { return (Buffer ??= require('buffer').Buffer); }

const typedNames = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'];
const typedTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function encode(value) {
  const ids = new Map();
  const t = lazyTypes();
  function enc(v) {
    switch (typeof v) {
      case 'string':
      case 'boolean':
        return v;
      case 'number':
        if (Number.isFinite(v) && !Object.is(v, -0)) return v;
        return ['n', Object.is(v, -0) ? '-0' : String(v)];
      case 'undefined':
        return ['u'];
      case 'bigint':
        return ['b', v.toString()];
      case 'function':
      case 'symbol': {
        // V8's serializer throws a plain Error here (structuredClone wraps it as DataCloneError).
        throw new Error(`${typeof v === 'symbol' ? v.toString() : Function.prototype.toString.call(v)} could not be cloned.`);
      }
    }
    if (v === null) return null;
    if (ids.has(v)) return ['r', ids.get(v)];
    const id = ids.size;
    ids.set(v, id);
    if (Array.isArray(v)) {
      const props = Object.keys(v).map((k) => [k, enc(v[k])]);
      return ['a', id, v.length, props];
    }
    const tag = typedTag.call(v);
    if (tag !== undefined) {
      const isBuffer = lazyBuffer().isBuffer(v);
      return ['t', id, isBuffer ? 'Buffer' : tag, lazyBuffer().from(v.buffer, v.byteOffset, v.byteLength).toString('base64')];
    }
    if (t.isDataView(v)) {
      return ['v', id, lazyBuffer().from(v.buffer, v.byteOffset, v.byteLength).toString('base64')];
    }
    if (t.isArrayBuffer(v)) return ['B', id, lazyBuffer().from(v).toString('base64')];
    if (t.isDate(v)) return ['D', id, v.getTime()];
    if (t.isRegExp(v)) return ['R', id, v.source, v.flags];
    if (t.isBoxedPrimitive(v)) {
      if (t.isSymbolObject(v)) return enc(v.valueOf());
      return ['P', id, enc(v.valueOf())];
    }
    if (t.isMap(v)) return ['M', id, [...v].map(([k, x]) => [enc(k), enc(x)])];
    if (t.isSet(v)) return ['S', id, [...v].map(enc)];
    if (t.isNativeError(v) || v instanceof Error) {
      const out = ['E', id, String(v.name), v.message === undefined ? null : String(v.message),
        typeof v.stack === 'string' ? v.stack : null];
      if (Object.hasOwn(v, 'cause')) out.push(enc(v.cause));
      return out;
    }
    if (t.isPromise(v) || t.isWeakMap(v) || t.isWeakSet(v) || t.isProxy(v)) {
      throw new Error(`#<${v.constructor?.name ?? 'Object'}> could not be cloned.`);
    }
    return ['o', id, Object.keys(v).map((k) => [k, enc(v[k])])];
  }
  return enc(value);
}

const errorCtors = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

function decode(node) {
  const refs = [];
  function dec(n) {
    if (n === null || typeof n !== 'object') return n;
    switch (n[0]) {
      case 'n': return Number(n[1] === '-0' ? -0 : n[1]);
      case 'u': return undefined;
      case 'b': return BigInt(n[1]);
      case 'r': return refs[n[1]];
      case 'a': {
        const out = new Array(n[2]);
        refs[n[1]] = out;
        for (const [k, x] of n[3]) out[k] = dec(x);
        return out;
      }
      case 't': {
        const bytes = lazyBuffer().from(n[3], 'base64');
        let out;
        if (n[2] === 'Buffer') out = lazyBuffer().from(bytes);
        else {
          const Ctor = globalThis[n[2]];
          const ab = new ArrayBuffer(bytes.length);
          new Uint8Array(ab).set(bytes);
          out = new Ctor(ab);
        }
        refs[n[1]] = out;
        return out;
      }
      case 'v': {
        const bytes = lazyBuffer().from(n[2], 'base64');
        const ab = new ArrayBuffer(bytes.length);
        new Uint8Array(ab).set(bytes);
        return (refs[n[1]] = new DataView(ab));
      }
      case 'B': {
        const bytes = lazyBuffer().from(n[2], 'base64');
        const ab = new ArrayBuffer(bytes.length);
        new Uint8Array(ab).set(bytes);
        return (refs[n[1]] = ab);
      }
      case 'D': return (refs[n[1]] = new Date(n[2]));
      case 'R': return (refs[n[1]] = new RegExp(n[2], n[3]));
      case 'P': return (refs[n[1]] = Object(dec(n[2])));
      case 'M': {
        const out = new Map();
        refs[n[1]] = out;
        for (const [k, x] of n[2]) out.set(dec(k), dec(x));
        return out;
      }
      case 'S': {
        const out = new Set();
        refs[n[1]] = out;
        for (const x of n[2]) out.add(dec(x));
        return out;
      }
      case 'E': {
        const Ctor = Object.hasOwn(errorCtors, n[2]) ? errorCtors[n[2]] : Error;
        const out = Object.create(Ctor.prototype);
        refs[n[1]] = out;
        if (n[3] !== null) Object.defineProperty(out, 'message', { value: n[3], writable: true, configurable: true });
        if (n[4] !== null) Object.defineProperty(out, 'stack', { value: n[4], writable: true, configurable: true });
        if (n.length > 5) Object.defineProperty(out, 'cause', { value: dec(n[5]), writable: true, configurable: true });
        return out;
      }
      case 'o': {
        const out = {};
        refs[n[1]] = out;
        for (const [k, x] of n[2]) out[k] = dec(x);
        return out;
      }
      default:
        throw new Error('Unable to deserialize cloned data.');
    }
  }
  return dec(node);
}

function serialize(value) {
  const body = lazyBuffer().from(JSON.stringify(encode(value)), 'utf8');
  const out = lazyBuffer().allocUnsafe(header.length + body.length);
  out.set(header, 0);
  out.set(body, header.length);
  return out;
}

function deserialize(buffer) {
  if (!ArrayBuffer.isView(buffer)) throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  const bytes = lazyBuffer().from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (bytes.length < header.length || bytes[0] !== header[0] || bytes[2] !== header[2]) {
    throw new Error('Unable to deserialize cloned data due to invalid or unsupported version.');
  }
  return decode(JSON.parse(bytes.toString('utf8', header.length)));
}

// Serializer/Deserializer: values written with writeValue() and raw numbers/bytes
// are kept in order and encoded together by releaseBuffer().
class Serializer {
  constructor() { this._items = []; }
  writeHeader() {}
  writeValue(value) { this._items.push(['v', encode(value)]); return true; }
  writeUint32(n) { this._items.push(['n', n >>> 0]); }
  writeUint64(hi, lo) { this._items.push(['n', hi >>> 0], ['n', lo >>> 0]); }
  writeDouble(n) { this._items.push(['n', encode(n)]); }
  writeRawBytes(bytes) {
    if (!ArrayBuffer.isView(bytes)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'TypedArray', 'DataView'], bytes);
    this._items.push(['x', lazyBuffer().from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')]);
  }
  transferArrayBuffer() {}
  setTreatArrayBufferViewsAsHostObjects() {}
  releaseBuffer() {
    const body = lazyBuffer().from(JSON.stringify(this._items), 'utf8');
    this._items = [];
    return lazyBuffer().concat([lazyBuffer().from(header), body]);
  }
  _getDataCloneError(message) { return new Error(message); }
}

class Deserializer {
  constructor(buffer) {
    if (!ArrayBuffer.isView(buffer)) throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    const bytes = lazyBuffer().from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    this.buffer = bytes;
    this._items = JSON.parse(bytes.toString('utf8', header.length) || '[]');
    this._pos = 0;
  }
  readHeader() { return true; }
  getWireFormatVersion() { return 15; }
  _next() {
    if (this._pos >= this._items.length) throw new Error('Unable to deserialize cloned data.');
    return this._items[this._pos++];
  }
  readValue() { return decode(this._next()[1]); }
  readUint32() { return this._next()[1]; }
  readUint64() { return [this._next()[1], this._next()[1]]; }
  readDouble() { return decode(this._next()[1]); }
  readRawBytes() { return lazyBuffer().from(this._next()[1], 'base64'); }
  _readRawBytes() { return this.readRawBytes(); }
  transferArrayBuffer() {}
}

class DefaultSerializer extends Serializer {}
class DefaultDeserializer extends Deserializer {}

const promiseHooks = {
  onInit() { return () => {}; },
  onSettled() { return () => {}; },
  onBefore() { return () => {}; },
  onAfter() { return () => {}; },
  createHook() { return () => {}; },
};

const startupSnapshot = {
  isBuildingSnapshot() { return false; },
  addSerializeCallback() {},
  addDeserializeCallback() {},
  setDeserializeMainFunction() {},
};

class GCProfiler {
  start() {}
  stop() { return undefined; }
}

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage() {},
  stopCoverage() {},
  serialize,
  writeHeapSnapshot,
  promiseHooks,
  queryObjects,
  startupSnapshot,
  setHeapSnapshotNearHeapLimit() {},
  GCProfiler,
};
