'use strict';
// Headers (WHATWG fetch), shaped like undici's: the list keeps insertion order and the
// first-seen spelling of each name (that is what goes on the wire), iteration is sorted and
// lower-cased with one entry per Set-Cookie value. Guards: 'none' | 'request' | 'immutable'.

const { customInspectSymbol } = require('internal/util');

const kList = Symbol('kHeadersList');
const kGuard = Symbol('kGuard');
const kSorted = Symbol('kSorted');
const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function argCount(fn, need, got) {
  if (got < need) {
    throw new TypeError(`Headers.${fn}: ${need} argument${need > 1 ? 's' : ''} required, but${need > 1 ? ' only' : ''} ${got} found.`);
  }
}

function normalizeValue(v) {
  return `${v}`.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

function checkName(fn, name) {
  if (!tokenRe.test(name)) throw new TypeError(`Headers.${fn}: "${name}" is an invalid header name.`);
}

function checkValue(fn, value) {
  if (/[\0\r\n]/.test(value)) throw new TypeError(`Headers.${fn}: "${value}" is an invalid header value.`);
}

function checkMutable(headers) {
  if (headers[kGuard] === 'immutable') throw new TypeError('immutable');
}

class Headers {
  constructor(init = undefined) {
    // lower-case name -> { name (first spelling), value (joined), cookies (set-cookie only) }
    this[kList] = new Map();
    this[kGuard] = 'none';
    this[kSorted] = null;
    if (init === undefined || init === null) return;
    fillHeaders(this, init);
  }

  append(name, value) {
    argCount('append', 2, arguments.length);
    name = `${name}`;
    value = normalizeValue(value);
    checkName('append', name);
    checkValue('append', value);
    checkMutable(this);
    appendHeader(this, name, value);
  }

  set(name, value) {
    argCount('set', 2, arguments.length);
    name = `${name}`;
    value = normalizeValue(value);
    checkName('set', name);
    checkValue('set', value);
    checkMutable(this);
    const key = name.toLowerCase();
    this[kList].set(key, { name, value, cookies: key === 'set-cookie' ? [value] : null });
    this[kSorted] = null;
  }

  get(name) {
    argCount('get', 1, arguments.length);
    name = `${name}`;
    checkName('get', name);
    return this[kList].get(name.toLowerCase())?.value ?? null;
  }

  getSetCookie() {
    return this[kList].get('set-cookie')?.cookies.slice() ?? [];
  }

  has(name) {
    argCount('has', 1, arguments.length);
    name = `${name}`;
    checkName('has', name);
    return this[kList].has(name.toLowerCase());
  }

  delete(name) {
    argCount('delete', 1, arguments.length);
    name = `${name}`;
    checkName('delete', name);
    checkMutable(this);
    if (this[kList].delete(name.toLowerCase())) this[kSorted] = null;
  }

  entries() { return headersIterator(this, 'key+value'); }
  keys() { return headersIterator(this, 'key'); }
  values() { return headersIterator(this, 'value'); }
  [Symbol.iterator]() { return headersIterator(this, 'key+value'); }

  forEach(callback, thisArg = undefined) {
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
    }
    for (const [k, v] of this) Reflect.apply(callback, thisArg, [v, k, this]);
  }

  [customInspectSymbol](depth, options) {
    const obj = {};
    for (const { name, value } of this[kList].values()) obj[name] = value;
    const { inspect } = require('internal/util/inspect');
    return `Headers ${inspect(obj, { ...options, depth: options.depth ?? depth })}`;
  }
}
Object.defineProperty(Headers.prototype, Symbol.toStringTag, { value: 'Headers', configurable: true });

function appendHeader(headers, name, value) {
  const key = name.toLowerCase();
  const entry = headers[kList].get(key);
  if (entry) {
    entry.value = `${entry.value}, ${value}`;
    entry.cookies?.push(value);
  } else {
    headers[kList].set(key, { name, value, cookies: key === 'set-cookie' ? [value] : null });
  }
  headers[kSorted] = null;
}

function fillHeaders(headers, init) {
  if (typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  if (init instanceof Headers) {
    for (const [key, entry] of init[kList]) {
      headers[kList].set(key, { name: entry.name, value: entry.value, cookies: entry.cookies?.slice() ?? null });
    }
    return;
  }
  if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      if (typeof pair === 'string' || typeof pair?.[Symbol.iterator] !== 'function') {
        throw new TypeError('Headers constructor: expected name/value pair to be length 2, found 1.');
      }
      const arr = [...pair];
      if (arr.length !== 2) throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${arr.length}.`);
      headers.append(arr[0], arr[1]);
    }
    return;
  }
  for (const key of Reflect.ownKeys(init)) {
    const desc = Reflect.getOwnPropertyDescriptor(init, key);
    if (!desc?.enumerable) continue;
    if (typeof key === 'symbol') throw new TypeError('Headers constructor: Key is a symbol, which cannot be converted to a ByteString.');
    headers.append(key, init[key]);
  }
}

// The sorted, lower-cased view iteration uses (recomputed after each mutation).
function sortedEntries(headers) {
  if (headers[kSorted]) return headers[kSorted];
  const out = [];
  const keys = [...headers[kList].keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const key of keys) {
    const entry = headers[kList].get(key);
    if (key === 'set-cookie') for (const v of entry.cookies) out.push([key, v]);
    else out.push([key, entry.value]);
  }
  headers[kSorted] = out;
  return out;
}

const HeadersIteratorPrototype = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
  next: {
    value: function next() {
      const state = this[kList];
      const list = sortedEntries(state.headers);
      if (state.index >= list.length) return { value: undefined, done: true };
      const [k, v] = list[state.index++];
      return { value: state.kind === 'key' ? k : state.kind === 'value' ? v : [k, v], done: false };
    },
    writable: true,
    configurable: true,
  },
  [Symbol.toStringTag]: { value: 'Headers Iterator', configurable: true },
});

function headersIterator(headers, kind) {
  const it = Object.create(HeadersIteratorPrototype);
  Object.defineProperty(it, kList, { value: { headers, kind, index: 0 } });
  return it;
}

// [name, value] pairs in insertion order with their original spelling (for the wire).
function headerListEntries(headers) {
  const out = [];
  for (const { name, value } of headers[kList].values()) out.push([name, value]);
  return out;
}

function setGuard(headers, guard) {
  headers[kGuard] = guard;
  return headers;
}

// Internal mutation that ignores the guard (the fetch machinery filling in a response).
function appendRaw(headers, name, value) {
  appendHeader(headers, `${name}`, normalizeValue(value));
}

function deleteRaw(headers, name) {
  if (headers[kList].delete(name.toLowerCase())) headers[kSorted] = null;
}

module.exports = { Headers, fillHeaders, headerListEntries, setGuard, appendRaw, deleteRaw, kGuard };
