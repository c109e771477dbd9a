'use strict';
// WHATWG URL and URLSearchParams, plus the file-URL helpers. Parsing and the
// component setters are the `url` crate's (bindings/src/url.rs), never ours: a URL
// holds the serialized components the binding hands back and asks it again on
// every change.

const binding = internalBinding('url');
const {
  ERR_MISSING_ARGS, ERR_INVALID_URL, ERR_INVALID_THIS, ERR_INVALID_TUPLE, ERR_ARG_NOT_ITERABLE,
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_URL_SCHEME, ERR_INVALID_FILE_URL_HOST,
  ERR_INVALID_FILE_URL_PATH,
} = require('internal/errors').codes;

const kInspect = Symbol.for('nodejs.util.inspect.custom');

// Indexes into the component array from the binding.
const HREF = 0, ORIGIN = 1, PROTOCOL = 2, USERNAME = 3, PASSWORD = 4, HOST = 5,
  HOSTNAME = 6, PORT = 7, PATHNAME = 8, SEARCH = 9, HASH = 10;

let lazyInspect;
function defaultInspect() {
  lazyInspect ??= require('internal/util/inspect').inspect;
  return lazyInspect;
}

// WebIDL USVString: String(v) with lone surrogates replaced by U+FFFD.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function toUSVString(v) {
  const s = `${v}`;
  if (typeof s.toWellFormed === 'function') return s.toWellFormed();
  return s.replace(loneSurrogate, '\uFFFD');
}

// ---------------------------------------------------------------- UTF-8 helpers
function utf8Encode(str) {
  const out = [];
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) { out.push(c); continue; }
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) { c = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00); i++; }
      else c = 0xFFFD;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
    }
    if (c < 0x800) out.push(0xC0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xE0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xF0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

// UTF-8 decode with U+FFFD for each maximal invalid subpart (the Encoding Standard's way).
function utf8Decode(bytes) {
  let out = '';
  const n = bytes.length;
  for (let i = 0; i < n;) {
    const b = bytes[i];
    if (b < 0x80) { out += String.fromCharCode(b); i++; continue; }
    let need, cp, lo = 0x80, hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) { need = 1; cp = b & 0x1F; }
    else if (b >= 0xE0 && b <= 0xEF) {
      need = 2; cp = b & 0xF;
      if (b === 0xE0) lo = 0xA0; else if (b === 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3; cp = b & 7;
      if (b === 0xF0) lo = 0x90; else if (b === 0xF4) hi = 0x8F;
    } else { out += '\uFFFD'; i++; continue; }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const c = bytes[j];
      if (j >= n || c < lo || c > hi) { ok = false; break; }
      cp = (cp << 6) | (c & 63);
      lo = 0x80; hi = 0xBF;
    }
    if (!ok) { out += '\uFFFD'; i = j; continue; }
    out += String.fromCodePoint(cp);
    i = j;
  }
  return out;
}

const HEX = '0123456789ABCDEF';
const hexVal = (c) => (c >= 48 && c <= 57 ? c - 48 : (c | 32) >= 97 && (c | 32) <= 102 ? (c | 32) - 87 : -1);

// ------------------------------------------- application/x-www-form-urlencoded
// Bytes left as they are: ASCII alphanumerics and *-._ ; space becomes '+'.
const formSafe = new Uint8Array(128);
for (const c of '*-._0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') formSafe[c.charCodeAt(0)] = 1;
const formSafeRe = /^[*\-._0-9A-Za-z]*$/;

function formEncode(str) {
  if (formSafeRe.test(str)) return str;
  let out = '';
  for (const b of utf8Encode(str)) {
    if (b < 128 && formSafe[b]) out += String.fromCharCode(b);
    else if (b === 0x20) out += '+';
    else out += `%${HEX[b >> 4]}${HEX[b & 15]}`;
  }
  return out;
}

// Node 20 decodes a name or value that holds a %XX escape with
// decodeURIComponent, and when that fails (a stray '%' or bad UTF-8) falls back to
// taking every other character by its low byte, so non-ASCII text there decodes to
// U+FFFD. We follow Node rather than the letter of the standard.
const hasEscape = /%[0-9A-Fa-f]{2}/;
function formDecode(str) {
  if (str.includes('+')) str = str.replace(/\+/g, ' ');
  if (!hasEscape.test(str)) return str;
  try {
    return decodeURIComponent(str);
  } catch { /* below */ }
  const out = [];
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c === 37 && i + 2 < str.length) {
      const h = hexVal(str.charCodeAt(i + 1)), l = hexVal(str.charCodeAt(i + 2));
      if (h >= 0 && l >= 0) { out.push(h * 16 + l); i += 2; continue; }
    }
    out.push(c & 0xFF);
  }
  return utf8Decode(out);
}

function parseForm(input) {
  const list = [];
  if (input.length === 0) return list;
  for (const seq of input.split('&')) {
    if (seq.length === 0) continue;
    const eq = seq.indexOf('=');
    const name = eq === -1 ? seq : seq.slice(0, eq);
    const value = eq === -1 ? '' : seq.slice(eq + 1);
    list.push([formDecode(name), formDecode(value)]);
  }
  return list;
}

function serializeForm(list) {
  let out = '';
  for (let i = 0; i < list.length; i++) {
    if (i > 0) out += '&';
    out += `${formEncode(list[i][0])}=${formEncode(list[i][1])}`;
  }
  return out;
}

// ---------------------------------------------------------------- URLSearchParams
let getList, setList, attachUrl; // private-field doors, set in the class's static block
let urlUpdateSearch; // set in URL's static block

function isURLSearchParams(v) {
  return typeof v === 'object' && v !== null && getList(v) !== undefined;
}

class URLSearchParams {
  #list = [];
  #url = null;

  constructor(init = undefined) {
    if (init === undefined || init === null) {
      // empty
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && isURLSearchParams(init)) {
        this.#list = getList(init).map((p) => [p[0], p[1]]);
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of { [Symbol.iterator]() { return method.call(init); } }) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const kv = Array.from(pair);
          if (kv.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this.#list.push([toUSVString(kv[0]), toUSVString(kv[1])]);
        }
      } else {
        // A record: own enumerable string keys.
        for (const key of Reflect.ownKeys(init)) {
          if (typeof key !== 'string') continue;
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const k = toUSVString(key);
          const v = toUSVString(init[key]);
          const at = this.#list.findIndex((p) => p[0] === k);
          if (at === -1) this.#list.push([k, v]);
          else this.#list[at][1] = v;
        }
      }
    } else {
      let s = toUSVString(init);
      if (s[0] === '?') s = s.slice(1);
      this.#list = parseForm(s);
    }
  }

  static {
    getList = (p) => (#list in p ? p.#list : undefined);
    setList = (p, list) => { p.#list = list; };
    attachUrl = (p, url) => { p.#url = url; };
  }

  #update() {
    if (this.#url !== null) urlUpdateSearch(this.#url, serializeForm(this.#list));
  }

  get size() {
    if (!(#list in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return this.#list.length;
  }

  append(name, value) {
    if (!(#list in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push([toUSVString(name), toUSVString(value)]);
    this.#update();
  }

  delete(name, value = undefined) {
    if (!(#list in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      this.#list = this.#list.filter((p) => p[0] !== name || p[1] !== value);
    } else {
      this.#list = this.#list.filter((p) => p[0] !== name);
    }
    this.#update();
  }

  get(name) {
    if (!(#list in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const p = this.#list.find((e) => e[0] === name);
    return p === undefined ? null : p[1];
  }

  getAll(name) {
    if (!(#list in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    return this.#list.filter((e) => e[0] === name).map((e) => e[1]);
  }

  has(name, value = undefined) {
    if (!(#list in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      return this.#list.some((e) => e[0] === name && e[1] === value);
    }
    return this.#list.some((e) => e[0] === name);
  }

  set(name, value) {
    if (!(#list in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    const first = this.#list.findIndex((e) => e[0] === name);
    if (first === -1) {
      this.#list.push([name, value]);
    } else {
      this.#list[first][1] = value;
      this.#list = this.#list.filter((e, i) => i <= first || e[0] !== name);
    }
    this.#update();
  }

  sort() {
    if (!(#list in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    // Stable, by UTF-16 code units of the names.
    this.#list = this.#list
      .map((e, i) => [e, i])
      .sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1]))
      .map((x) => x[0]);
    this.#update();
  }

  entries() {
    if (!(#list in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return new ParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    if (!(#list in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    // Live: entries added during the walk are visited too.
    for (let i = 0; i < this.#list.length; i++) {
      const [k, v] = this.#list[i];
      callback.call(thisArg, v, k, this);
    }
  }

  keys() {
    if (!(#list in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return new ParamsIterator(this, 'key');
  }

  values() {
    if (!(#list in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return new ParamsIterator(this, 'value');
  }

  toString() {
    if (!(#list in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return serializeForm(this.#list);
  }

  [kInspect](depth, options, inspect = defaultInspect()) {
    if (!(#list in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (typeof depth === 'number' && depth < 0) return options?.stylize ? options.stylize('[Object]', 'special') : '[Object]';
    const inner = { ...options };
    if (depth !== null && depth !== undefined) inner.depth = depth - 1;
    const items = this.#list.map(([k, v]) => `${inspect(k, inner)} => ${inspect(v, inner)}`);
    return formatBraced(this.constructor.name, items, options);
  }
}

// `Name { a, b }` on one line, or Node's broken form when it is too long.
function formatBraced(name, items, options) {
  if (items.length === 0) return `${name} {}`;
  const plain = (s) => s.replace(/\u001b\[\d+(;\d+)*m/g, '');
  const width = items.reduce((n, s) => n + plain(s).length + 2, -2);
  const breakLength = options?.breakLength ?? 128;
  if (width > breakLength) return `${name} {\n  ${items.join(',\n  ')} }`;
  return `${name} { ${items.join(', ')} }`;
}

Object.defineProperties(URLSearchParams.prototype, {
  [Symbol.iterator]: { value: URLSearchParams.prototype.entries, writable: true, configurable: true, enumerable: false },
  [Symbol.toStringTag]: { value: 'URLSearchParams', configurable: true },
  [kInspect]: { enumerable: false },
});
for (const k of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys', 'values', 'toString']) {
  Object.defineProperty(URLSearchParams.prototype, k, { enumerable: true });
}

// Live iterators over a URLSearchParams' list, as Node's 'URLSearchParams Iterator'.
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
let iterState;
class ParamsIterator {
  #params;
  #kind;
  #index = 0;
  constructor(params, kind) {
    this.#params = params;
    this.#kind = kind;
  }
  static {
    iterState = (it) => (#params in it ? it : undefined);
  }
  next() {
    if (!(#params in this)) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    const list = getList(this.#params);
    if (this.#index >= list.length) return { value: undefined, done: true };
    const [k, v] = list[this.#index++];
    return { value: this.#kind === 'key' ? k : this.#kind === 'value' ? v : [k, v], done: false };
  }
  [kInspect](depth, options, inspect = defaultInspect()) {
    if (!(#params in this)) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    if (typeof depth === 'number' && depth < 0) return '[Object]';
    const inner = { ...options };
    if (depth !== null && depth !== undefined) inner.depth = depth - 1;
    const rest = getList(this.#params).slice(this.#index).map(([k, v]) =>
      (this.#kind === 'key' ? k : this.#kind === 'value' ? v : [k, v]));
    return formatBraced('URLSearchParams Iterator', rest.map((x) => inspect(x, inner)), options);
  }
}
Object.setPrototypeOf(ParamsIterator.prototype, IteratorPrototype);
Object.defineProperties(ParamsIterator.prototype, {
  [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
  next: { enumerable: true },
  [kInspect]: { enumerable: false },
});
// Only next is visible, as in Node; the constructor is an implementation detail.
delete ParamsIterator.prototype.constructor;

// ---------------------------------------------------------------- URL
function isURL(v) {
  // Node accepts URL-like objects made by other realms or libraries.
  return v != null && typeof v === 'object' && v.href !== undefined && v.protocol !== undefined &&
    v.auth === undefined && v.path === undefined;
}

function invalidUrl(input, base) {
  const err = new ERR_INVALID_URL();
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

let getComponents;
const blobURLs = new Map();

class URL {
  #c;
  #params = null;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const c = binding.parse(input, base);
    if (c === undefined) throw invalidUrl(input, base);
    this.#c = c;
  }

  static {
    urlUpdateSearch = (url, serialized) => {
      const c = binding.update(url.#c[HREF], 'search', serialized);
      if (c !== undefined) url.#c = c;
    };
    getComponents = (url) => (#c in url ? url.#c : undefined);
  }

  #set(field, value) {
    const c = binding.update(this.#c[HREF], field, toUSVString(value));
    if (c === undefined) return false;
    const searchChanged = c[SEARCH] !== this.#c[SEARCH];
    this.#c = c;
    if (searchChanged && this.#params !== null) setList(this.#params, parseForm(c[SEARCH].slice(1)));
    return true;
  }

  #check() {
    if (!(#c in this)) throw new TypeError('Receiver must be an instance of class URL');
  }

  toString() { this.#check(); return this.#c[HREF]; }
  get href() { this.#check(); return this.#c[HREF]; }
  set href(value) {
    this.#check();
    value = toUSVString(value);
    if (!this.#set('href', value)) throw invalidUrl(value);
  }
  get origin() { this.#check(); return this.#c[ORIGIN]; }
  get protocol() { this.#check(); return this.#c[PROTOCOL]; }
  set protocol(v) { this.#check(); this.#set('protocol', v); }
  get username() { this.#check(); return this.#c[USERNAME]; }
  set username(v) { this.#check(); this.#set('username', v); }
  get password() { this.#check(); return this.#c[PASSWORD]; }
  set password(v) { this.#check(); this.#set('password', v); }
  get host() { this.#check(); return this.#c[HOST]; }
  set host(v) { this.#check(); this.#set('host', v); }
  get hostname() { this.#check(); return this.#c[HOSTNAME]; }
  set hostname(v) { this.#check(); this.#set('hostname', v); }
  get port() { this.#check(); return this.#c[PORT]; }
  set port(v) { this.#check(); this.#set('port', v); }
  get pathname() { this.#check(); return this.#c[PATHNAME]; }
  set pathname(v) { this.#check(); this.#set('pathname', v); }
  get search() { this.#check(); return this.#c[SEARCH]; }
  set search(v) { this.#check(); this.#set('search', v); }
  get searchParams() {
    this.#check();
    if (this.#params === null) {
      this.#params = new URLSearchParams(this.#c[SEARCH]);
      attachUrl(this.#params, this);
    }
    return this.#params;
  }
  get hash() { this.#check(); return this.#c[HASH]; }
  set hash(v) { this.#check(); this.#set('hash', v); }
  toJSON() { this.#check(); return this.#c[HREF]; }

  [kInspect](depth, options, inspect = defaultInspect()) {
    this.#check();
    if (typeof depth === 'number' && depth < 0) return this;
    const ctor = typeof this.constructor === 'function' ? this.constructor : URL;
    // A plain holder that inspect names after the class (it must be an instance of
    // it, and must not lead back to this method).
    const proto = Object.create(ctor.prototype, {
      constructor: { value: ctor, configurable: true, writable: true },
      [kInspect]: { value: undefined, configurable: true, writable: true },
      [Symbol.toStringTag]: { value: undefined, configurable: true },
    });
    const obj = Object.create(proto);
    for (const k of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
      'pathname', 'search', 'searchParams', 'hash']) {
      Object.defineProperty(obj, k, { value: this[k], enumerable: true, writable: true, configurable: true });
    }
    const opts = { ...options };
    if (typeof depth === 'number') opts.depth = depth;
    return inspect(obj, opts);
  }

  static parse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = toUSVString(url);
    if (base !== undefined) base = toUSVString(base);
    if (!binding.canParse(url, base)) return null;
    return new URL(url, base);
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = toUSVString(url);
    if (base !== undefined) base = toUSVString(base);
    return binding.canParse(url, base);
  }

  static createObjectURL(obj) {
    const { Blob } = require('buffer');
    if (typeof Blob !== 'function' || !(obj instanceof Blob)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
    const id = randomUUID();
    blobURLs.set(id, obj);
    return `blob:nodedata:${id}`;
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const s = `${url}`;
    if (!s.startsWith('blob:nodedata:')) return;
    blobURLs.delete(s.slice('blob:nodedata:'.length));
  }
}

function randomUUID() {
  try {
    const c = require('crypto');
    if (typeof c.randomUUID === 'function') return c.randomUUID();
  } catch { /* fall through */ }
  const h = [];
  for (let i = 0; i < 16; i++) h.push(Math.floor(Math.random() * 256));
  h[6] = (h[6] & 0x0f) | 0x40;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

// Blob registered with URL.createObjectURL (for buffer.resolveObjectURL).
function resolveObjectURL(url) {
  const s = `${url}`;
  if (!s.startsWith('blob:nodedata:')) return undefined;
  return blobURLs.get(s.slice('blob:nodedata:'.length));
}

for (const k of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname',
  'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  Object.defineProperty(URL.prototype, k, { enumerable: true });
}
Object.defineProperties(URL.prototype, {
  [Symbol.toStringTag]: { value: 'URL', configurable: true },
  [kInspect]: { enumerable: false },
});
for (const k of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
  Object.defineProperty(URL, k, { enumerable: true });
}

// ---------------------------------------------------------------- file URLs
function isWindows(options) {
  if (options != null && typeof options === 'object' && options.windows !== undefined) return !!options.windows;
  return process.platform === 'win32';
}

function fileURLToPath(path, options = undefined) {
  const windows = isWindows(options);
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return windows ? winFilePath(path) : posixFilePath(path);
}

function posixFilePath(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  if (/%2f/i.test(pathname)) throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  return decodeURIComponent(pathname);
}

function winFilePath(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  if (/%2f|%5c/i.test(pathname)) throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
  pathname = decodeURIComponent(pathname.replace(/\//g, '\\'));
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = pathname.charCodeAt(1) | 0x20;
  if (letter < 97 || letter > 122 || pathname[2] !== ':') throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
  return pathname.slice(1);
}

// Characters of a file path that pathToFileURL percent-encodes (beyond non-ASCII).
const fileKeep = /^[!$&'()*+,\-.0-9:;=@A-Z_a-z/]$/;
function encodeFilePath(p) {
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const ch = p[i];
    const c = p.charCodeAt(i);
    if (c < 0x80) {
      out += fileKeep.test(ch) ? ch : `%${HEX[c >> 4]}${HEX[c & 15]}`;
      continue;
    }
    let cp = c;
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < p.length) {
      const d = p.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) { cp = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00); i++; }
    }
    for (const b of utf8Encode(String.fromCodePoint(cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp))) {
      out += `%${HEX[b >> 4]}${HEX[b & 15]}`;
    }
  }
  return out;
}

function pathToFileURL(filepath, options = undefined) {
  const windows = isWindows(options);
  const path = require('path');
  if (windows) {
    if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
    if (filepath.startsWith('\\\\?\\') || filepath.startsWith('//?/')) {
      filepath = filepath.slice(4);
      if (/^UNC[\\/]/i.test(filepath)) filepath = `\\\\${filepath.slice(4)}`;
    }
    const isUNC = /^[\\/][\\/][^\\/]/.test(filepath);
    if (isUNC) {
      const rest = filepath.slice(2);
      const at = rest.search(/[\\/]/);
      if (at === -1) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
      const host = rest.slice(0, at);
      if (host.length === 0) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
      const url = new URL('file://');
      url.hostname = host;
      url.pathname = rest.slice(at).replace(/\\/g, '/');
      const pathPart = encodeFilePath(rest.slice(at).replace(/\\/g, '/'));
      return new URL(`file://${url.host}${pathPart}`);
    }
    let resolved = path.win32.resolve(filepath);
    const last = filepath.charCodeAt(filepath.length - 1);
    if ((last === 47 || last === 92) && resolved[resolved.length - 1] !== '\\') resolved += '\\';
    resolved = resolved.replace(/\\/g, '/');
    if (resolved[0] !== '/') resolved = `/${resolved}`;
    return new URL(`file://${encodeFilePath(resolved)}`);
  }
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  let resolved = path.posix.resolve(filepath);
  if (filepath.charCodeAt(filepath.length - 1) === 47 && resolved[resolved.length - 1] !== '/') resolved += '/';
  return new URL(`file://${encodeFilePath(resolved)}`);
}

// URL -> options for http.request().
function urlToHttpOptions(url) {
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  }
  return options;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToUnicode(`${domain}`);
}

// url.format(URL, options): the WHATWG serialization with parts left out.
function formatURL(url, options) {
  const c = getComponents(url);
  let auth = true, fragment = true, search = true, unicode = false;
  if (options !== undefined) {
    if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    if (options.auth !== undefined) auth = !!options.auth;
    if (options.fragment !== undefined) fragment = !!options.fragment;
    if (options.search !== undefined) search = !!options.search;
    if (options.unicode !== undefined) unicode = !!options.unicode;
  }
  let out = c[PROTOCOL];
  const href = c[HREF];
  const hasAuthority = href.startsWith(`${c[PROTOCOL]}//`);
  if (hasAuthority) {
    out += '//';
    if (auth && (c[USERNAME] || c[PASSWORD])) {
      out += c[USERNAME];
      if (c[PASSWORD]) out += `:${c[PASSWORD]}`;
      out += '@';
    }
    out += unicode ? binding.hostToUnicode(c[HOSTNAME]) : c[HOSTNAME];
    if (c[PORT]) out += `:${c[PORT]}`;
  } else if (c[PATHNAME].startsWith('//')) {
    out += '/.'; // keeps a path like //x from reading as an authority
  }
  out += c[PATHNAME];
  if (search) out += c[SEARCH];
  if (fragment) out += c[HASH];
  return out;
}

module.exports = {
  URL, URLSearchParams, isURL, isURLSearchParams, toUSVString, fileURLToPath, pathToFileURL,
  urlToHttpOptions, domainToASCII, domainToUnicode, formatURL, resolveObjectURL, getComponents,
  formEncode, formDecode, encodeFilePath,
};
