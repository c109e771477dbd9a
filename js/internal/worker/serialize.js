'use strict';
// Values crossing threads. structuredClone() applies the HTML clone rules here (errors,
// DataCloneError for functions, Buffer -> Uint8Array, class instances -> plain objects);
// the worker binding then serialises the result with QuickJS's object writer, which
// keeps references, typed arrays, Maps/Sets, Dates, RegExps and shares SharedArrayBuffers.
// The writer has no Error objects, so errors travel as marked plain objects and are
// turned back in place on arrival (keeping every reference to them).

const { structuredClone } = require('internal/structured_clone');

let types;
function lazyTypes() {
  types ??= require('internal/util/types');
  return types;
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

function isError(v) {
  return lazyTypes().isNativeError(v) || v instanceof Error;
}

// Replace the cloned errors in the (fresh, unshared) clone graph by plain records.
function encodeErrors(root) {
  const errors = [];
  const replaced = new Map();
  const seen = new Set();
  const t = lazyTypes();
  function fix(v) {
    if (typeof v !== 'object' || v === null) return v;
    if (replaced.has(v)) return replaced.get(v);
    if (isError(v)) {
      const rec = { name: undefined, message: undefined, stack: undefined, hasCause: false, cause: undefined };
      replaced.set(v, rec);
      const own = (k) => Object.getOwnPropertyDescriptor(v, k);
      rec.name = v.name;
      const m = own('message');
      if (m !== undefined) rec.message = m.value;
      const s = own('stack');
      if (s !== undefined) rec.stack = s.value;
      const c = own('cause');
      if (c !== undefined) { rec.hasCause = true; rec.cause = fix(c.value); }
      errors.push(rec);
      return rec;
    }
    if (seen.has(v)) return v;
    seen.add(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = fix(v[i]);
    } else if (t.isMap(v)) {
      for (const [k, val] of [...v]) {
        const nk = fix(k);
        const nv = fix(val);
        if (nk !== k) v.delete(k);
        v.set(nk, nv);
      }
    } else if (t.isSet(v)) {
      for (const item of [...v]) {
        const n = fix(item);
        if (n !== item) { v.delete(item); v.add(n); }
      }
    } else if (Object.getPrototypeOf(v) === Object.prototype) {
      for (const k of Object.keys(v)) v[k] = fix(v[k]);
    }
    return v;
  }
  const value = fix(root);
  return [value, errors.length === 0 ? null : errors];
}

function emptyTransfer(t) {
  return t === undefined || t === null || (Array.isArray(t) && t.length === 0);
}

// Hand `value` to `send` (a binding call that serialises its argument on this thread).
// Plain data goes straight to QuickJS's writer; what the writer refuses (functions,
// errors, proxies, getters...) and anything with a transfer list takes the structured
// clone path, which also produces Node's DataCloneErrors.
function send(fn, value, transferList) {
  // (The writer accepts symbols, which structured clone refuses: a top-level one is
  // caught here; one nested in plain data is sent as a new symbol.)
  if (emptyTransfer(transferList) && typeof value !== 'symbol') {
    try {
      return fn([value]);
    } catch {
      // Not plain data: the clone below decides (and throws what Node throws).
    }
  }
  return fn(prepare(value, transferList));
}

// markAsUntransferable(): such an object in a transfer list is ignored (so an ArrayBuffer
// is copied, not detached), as in Node.
const untransferable = new WeakSet();

function markAsUntransferable(object) {
  if ((typeof object !== 'object' && typeof object !== 'function') || object === null) return;
  untransferable.add(object);
}

function isMarkedAsUntransferable(object) {
  return (typeof object === 'object' || typeof object === 'function') && object !== null && untransferable.has(object);
}

function withoutUntransferable(transfer) {
  if (transfer === undefined || transfer === null || typeof transfer[Symbol.iterator] !== 'function') return transfer;
  const list = [...transfer];
  return list.some(isMarkedAsUntransferable) ? list.filter((o) => !isMarkedAsUntransferable(o)) : list;
}

// value -> what the binding serialises.
function prepare(value, transferList) {
  let transfer = transferList;
  if (transfer !== undefined && transfer !== null && !Array.isArray(transfer) && typeof transfer === 'object' &&
      typeof transfer[Symbol.iterator] !== 'function') {
    transfer = transfer.transfer;
  }
  transfer = withoutUntransferable(transfer);
  const ports = [];
  const cloned = require('internal/worker/ports').withCrossThread(ports,
    () => structuredClone(value, { transfer: transfer ?? undefined }));
  if (typeof cloned !== 'object' || cloned === null) return [cloned];
  const wire = encodeErrors(cloned);
  if (ports.length > 0) wire.push(ports);
  else if (wire[1] === null) wire.length = 1;
  return wire;
}

// The binding's deserialised value -> the message.
function decode(wire) {
  if (!Array.isArray(wire)) return wire;
  const [value, errors, ports] = wire;
  if (errors !== undefined && errors !== null) {
    for (const rec of errors) {
      const { name, message, stack, hasCause, cause } = rec;
      for (const k of Object.keys(rec)) delete rec[k];
      Object.setPrototypeOf(rec, Object.hasOwn(errorPrototypes, name) ? errorPrototypes[name] : Error.prototype);
      const define = (k, v) => Object.defineProperty(rec, k, { value: v, writable: true, enumerable: false, configurable: true });
      if (typeof stack === 'string') define('stack', stack);
      if (message !== undefined) define('message', message);
      if (hasCause) define('cause', cause);
    }
  }
  if (ports !== undefined) return require('internal/worker/ports').claimPorts(value, ports);
  return value;
}

// An uncaught error for the parent's 'error' event, the way Node's error_serdes does it:
// every property along the prototype chain (getters evaluated, functions skipped) as
// descriptors, rebuilt on the nearest built-in error prototype. Other values are cloned,
// and what cannot be cloned arrives as its inspect() text.
const errorNames = new Set(Object.keys(errorPrototypes));

function allProperties(object, target) {
  const all = { __proto__: null };
  if (object === null) return all;
  Object.assign(all, allProperties(Object.getPrototypeOf(object), target));
  for (const key of Object.getOwnPropertyNames(object)) {
    let d;
    try { d = Object.getOwnPropertyDescriptor(object, key); } catch { continue; }
    if (d.get && key !== '__proto__') {
      try { d.value = d.get.call(target); } catch {}
    }
    if ('value' in d && typeof d.value !== 'function') {
      all[key] = { value: d.value, enumerable: d.enumerable, writable: d.writable ?? true, configurable: d.configurable };
    }
  }
  return all;
}

function prepareError(err) {
  try {
    if (typeof err === 'object' && err !== null && Object.prototype.toString.call(err) === '[object Error]') {
      for (let o = err; o !== null; o = Object.getPrototypeOf(o)) {
        const name = Object.getOwnPropertyDescriptor(o, 'constructor')?.value?.name;
        if (errorNames.has(name)) {
          return prepare({ kind: 'error', ctor: name, props: { ...allProperties(err, err) } });
        }
      }
    }
  } catch {}
  try {
    return prepare({ kind: 'value', value: err });
  } catch {}
  let text;
  try { text = require('internal/util/inspect').inspect(err); } catch { text = String(err); }
  return prepare({ kind: 'value', value: text });
}

function decodeError(wire) {
  const rec = decode(wire);
  if (rec?.kind !== 'error') return rec?.value;
  const proto = Object.hasOwn(errorPrototypes, rec.ctor) ? errorPrototypes[rec.ctor] : Error.prototype;
  return Object.create(proto, rec.props);
}

module.exports = {
  prepare, send, decode, prepareError, decodeError,
  markAsUntransferable, isMarkedAsUntransferable, withoutUntransferable,
};
