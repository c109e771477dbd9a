'use strict';
// fetch with Headers, Request and Response. Bodies are buffered (no streaming upload;
// response.body is a ReadableStream over the buffered bytes). http: and https: go
// through the http/https modules when they are in the build; data: URLs always work.
// Not supported: redirects mode 'manual' responses beyond status/headers, CORS, cache,
// keep-alive tuning, and streaming request bodies.

const { customInspectSymbol } = require('internal/util');

let BufferCtor;
function B() { return (BufferCtor ??= require('buffer').Buffer); }

// --- Headers -------------------------------------------------------------------------------
const kList = Symbol('kHeadersList');
const kGuard = Symbol('kGuard');
const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function normalizeValue(v) {
  return `${v}`.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

function validateHeader(name, value) {
  if (!tokenRe.test(name)) throw new TypeError(`Headers.append: "${name}" is an invalid header name.`);
  if (/[\0\r\n]/.test(value)) throw new TypeError(`Headers.append: "${value}" is an invalid header value.`);
}

class Headers {
  constructor(init = undefined) {
    this[kList] = new Map(); // lower-case name -> [original name, values[]]
    this[kGuard] = 'none';
    if (init === undefined || init === null) return;
    if (typeof init !== 'object') throw new TypeError("Failed to construct 'Headers': The provided value is not of type '(record<ByteString, ByteString> or sequence<sequence<ByteString>>)'.");
    if (init instanceof Headers) {
      for (const [k, v] of init) this.append(k, v);
    } else if (typeof init[Symbol.iterator] === 'function') {
      for (const pair of init) {
        const arr = [...pair];
        if (arr.length !== 2) throw new TypeError('Headers constructor: expected name/value pair to be length 2, found ' + arr.length + '.');
        this.append(arr[0], arr[1]);
      }
    } else {
      for (const key of Object.keys(init)) this.append(key, init[key]);
    }
  }

  append(name, value) {
    name = `${name}`;
    value = normalizeValue(value);
    validateHeader(name, value);
    const key = name.toLowerCase();
    const entry = this[kList].get(key);
    if (entry) entry[1].push(value);
    else this[kList].set(key, [name, [value]]);
  }

  set(name, value) {
    name = `${name}`;
    value = normalizeValue(value);
    validateHeader(name, value);
    this[kList].set(name.toLowerCase(), [name, [value]]);
  }

  get(name) {
    const entry = this[kList].get(`${name}`.toLowerCase());
    if (!entry) return null;
    return entry[0].toLowerCase() === 'set-cookie' ? entry[1].join(', ') : entry[1].join(', ');
  }

  getSetCookie() {
    return this[kList].get('set-cookie')?.[1].slice() ?? [];
  }

  has(name) { return this[kList].has(`${name}`.toLowerCase()); }
  delete(name) { this[kList].delete(`${name}`.toLowerCase()); }

  * entries() {
    const keys = [...this[kList].keys()].sort();
    for (const key of keys) {
      const values = this[kList].get(key)[1];
      if (key === 'set-cookie') for (const v of values) yield [key, v];
      else yield [key, values.join(', ')];
    }
  }

  * keys() { for (const [k] of this.entries()) yield k; }
  * values() { for (const [, v] of this.entries()) yield v; }
  [Symbol.iterator]() { return this.entries(); }

  forEach(callback, thisArg = undefined) {
    for (const [k, v] of this.entries()) Reflect.apply(callback, thisArg, [v, k, this]);
  }

  [customInspectSymbol](depth, options) {
    const obj = {};
    for (const [k, v] of this.entries()) obj[k] = v;
    const { inspect } = require('internal/util/inspect');
    return `Headers ${inspect(obj, options)}`;
  }
}
Object.defineProperty(Headers.prototype, Symbol.toStringTag, { value: 'Headers', configurable: true });

// --- bodies ----------------------------------------------------------------------------------
const kBody = Symbol('kBody');

// Turns a body init into { bytes: Uint8Array | Promise<Uint8Array> | null, type }.
function extractBody(body) {
  if (body === undefined || body === null) return { bytes: null, type: null };
  if (typeof body === 'string') return { bytes: new TextEncoder().encode(body), type: 'text/plain;charset=UTF-8' };
  if (body instanceof URLSearchParams) {
    return { bytes: new TextEncoder().encode(body.toString()), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
  }
  if (body instanceof ArrayBuffer) return { bytes: new Uint8Array(body.slice(0)), type: null };
  if (ArrayBuffer.isView(body)) {
    return { bytes: new Uint8Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength)), type: null };
  }
  if (typeof body === 'object' && body[Symbol.toStringTag] === 'Blob') {
    return { bytes: body.arrayBuffer().then((ab) => new Uint8Array(ab)), type: body.type || null };
  }
  if (typeof body === 'object' && typeof body.getReader === 'function') {
    return { bytes: readAllStream(body), type: null };
  }
  if (typeof body === 'object' && typeof body[Symbol.asyncIterator] === 'function') {
    return { bytes: readAllIterable(body), type: null };
  }
  return { bytes: new TextEncoder().encode(`${body}`), type: 'text/plain;charset=UTF-8' };
}

async function readAllStream(stream) {
  const reader = stream.getReader();
  const chunks = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    chunks.push(typeof value === 'string' ? new TextEncoder().encode(value) : value);
  }
  return concat(chunks);
}

async function readAllIterable(iterable) {
  const chunks = [];
  for await (const c of iterable) chunks.push(typeof c === 'string' ? new TextEncoder().encode(c) : c);
  return concat(chunks);
}

function concat(chunks) {
  let len = 0;
  for (const c of chunks) len += c.byteLength;
  const out = new Uint8Array(len);
  let off = 0;
  for (const c of chunks) {
    out.set(new Uint8Array(c.buffer, c.byteOffset, c.byteLength), off);
    off += c.byteLength;
  }
  return out;
}

const bodyMixin = {
  get body() {
    const state = this[kBody];
    if (state.bytes === null) return null;
    if (state.stream === undefined) {
      const { ReadableStream } = require('stream/web');
      const source = state.bytes;
      state.stream = new ReadableStream({
        async start(controller) {
          const bytes = await source;
          if (bytes.byteLength > 0) controller.enqueue(bytes);
          controller.close();
        },
      });
    }
    return state.stream;
  },
  get bodyUsed() { return this[kBody].used; },
  async arrayBuffer() {
    const bytes = await consume(this);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  },
  async bytes() { return consume(this); },
  async text() { return new TextDecoder().decode(await consume(this)); },
  async json() { return JSON.parse(await this.text()); },
  async blob() {
    const bytes = await consume(this);
    const { Blob } = require('buffer');
    return new Blob([bytes], { type: this.headers.get('content-type') ?? '' });
  },
  async formData() {
    throw new TypeError('Response.formData() is not supported in minode yet');
  },
};

async function consume(self) {
  const state = self[kBody];
  if (state.used) throw new TypeError('Body is unusable: Body has already been read');
  state.used = true;
  if (state.bytes === null) return new Uint8Array(0);
  if (state.stream !== undefined) return readAllStream(state.stream);
  return await state.bytes;
}

function installBody(proto) {
  for (const key of Object.keys(bodyMixin)) {
    Object.defineProperty(proto, key, Object.getOwnPropertyDescriptor(bodyMixin, key));
  }
}

// --- Request -----------------------------------------------------------------------------------
const kReq = Symbol('kRequest');

class Request {
  constructor(input, init = {}) {
    let url;
    let base = {};
    if (input instanceof Request) {
      base = input[kReq];
      url = base.url;
    } else {
      try {
        url = new URL(`${input}`).href;
      } catch (cause) {
        throw new TypeError(`Failed to parse URL from ${input}`, { cause });
      }
    }
    init ??= {};
    const method = (init.method ?? base.method ?? 'GET').toUpperCase();
    const headers = new Headers(init.headers ?? base.headers);
    let body = init.body !== undefined ? extractBody(init.body) : { bytes: base.body ?? null, type: null };
    if ((method === 'GET' || method === 'HEAD') && body.bytes !== null) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    if (body.type && !headers.has('content-type')) headers.set('content-type', body.type);
    this[kReq] = {
      url, method, headers,
      body: body.bytes,
      signal: init.signal ?? base.signal ?? new AbortController().signal,
      redirect: init.redirect ?? base.redirect ?? 'follow',
    };
    this[kBody] = { bytes: body.bytes, used: false, stream: undefined };
  }

  get url() { return this[kReq].url; }
  get method() { return this[kReq].method; }
  get headers() { return this[kReq].headers; }
  get signal() { return this[kReq].signal; }
  get redirect() { return this[kReq].redirect; }
  get credentials() { return 'same-origin'; }
  get mode() { return 'cors'; }
  get cache() { return 'default'; }
  get referrer() { return 'about:client'; }
  get keepalive() { return false; }
  get duplex() { return 'half'; }

  clone() {
    if (this[kBody].used) throw new TypeError('Request.clone: Body has already been consumed.');
    return new Request(this);
  }

  [customInspectSymbol](depth, options) {
    const { inspect } = require('internal/util/inspect');
    return `Request ${inspect({ method: this.method, url: this.url, headers: this.headers }, options)}`;
  }
}
installBody(Request.prototype);
Object.defineProperty(Request.prototype, Symbol.toStringTag, { value: 'Request', configurable: true });

// --- Response ----------------------------------------------------------------------------------
const kRes = Symbol('kResponse');

class Response {
  constructor(body = null, init = {}) {
    init ??= {};
    const status = init.status ?? 200;
    if (!Number.isInteger(status) || status < 200 || status > 599) {
      throw new RangeError(`init["status"] must be in the range of 200 to 599, inclusive.`);
    }
    const headers = new Headers(init.headers);
    const extracted = extractBody(body);
    if (extracted.type && !headers.has('content-type')) headers.set('content-type', extracted.type);
    this[kRes] = {
      status, statusText: init.statusText === undefined ? '' : `${init.statusText}`,
      headers, type: 'default', url: '', redirected: false,
    };
    this[kBody] = { bytes: extracted.bytes, used: false, stream: undefined };
  }

  get status() { return this[kRes].status; }
  get ok() { return this[kRes].status >= 200 && this[kRes].status <= 299; }
  get statusText() { return this[kRes].statusText; }
  get headers() { return this[kRes].headers; }
  get type() { return this[kRes].type; }
  get url() { return this[kRes].url; }
  get redirected() { return this[kRes].redirected; }

  clone() {
    if (this[kBody].used) throw new TypeError('Response.clone: Body has already been consumed.');
    const r = new Response(null, { status: this.status, statusText: this.statusText, headers: this.headers });
    Object.assign(r[kRes], { type: this.type, url: this.url, redirected: this.redirected });
    r[kBody].bytes = this[kBody].bytes;
    return r;
  }

  static error() {
    const r = new Response(null, { status: 200 });
    r[kRes].status = 0;
    r[kRes].type = 'error';
    return r;
  }

  static json(data, init = {}) {
    const body = JSON.stringify(data);
    if (body === undefined) throw new TypeError('Value is not JSON serializable');
    const headers = new Headers(init?.headers);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    return new Response(body, { ...init, headers });
  }

  static redirect(url, status = 302) {
    if (![301, 302, 303, 307, 308].includes(status)) throw new RangeError(`Invalid status code ${status}`);
    return new Response(null, { status, headers: { location: new URL(url).href } });
  }

  [customInspectSymbol](depth, options) {
    const { inspect } = require('internal/util/inspect');
    return `Response ${inspect({
      status: this.status, statusText: this.statusText, headers: this.headers,
      body: this[kBody].bytes === null ? null : '[body]', bodyUsed: this.bodyUsed, ok: this.ok,
      redirected: this.redirected, type: this.type, url: this.url,
    }, options)}`;
  }
}
installBody(Response.prototype);
Object.defineProperty(Response.prototype, Symbol.toStringTag, { value: 'Response', configurable: true });

function makeResponse(status, statusText, headers, bytes, url, redirected) {
  const r = new Response(null, { status: 200, headers });
  Object.assign(r[kRes], { status, statusText, url, redirected });
  r[kBody].bytes = bytes;
  return r;
}

// --- fetch ---------------------------------------------------------------------------------------
function fetchData(url) {
  const m = /^data:([^,]*?)(;base64)?,(.*)$/s.exec(url);
  if (!m) throw new TypeError('fetch failed', { cause: new Error('invalid data: URL') });
  const type = m[1] || 'text/plain;charset=US-ASCII';
  const bytes = m[2] ? B().from(decodeURIComponent(m[3]), 'base64') : B().from(decodeURIComponent(m[3]), 'latin1');
  return makeResponse(200, 'OK', { 'content-type': type }, new Uint8Array(bytes), url, false);
}

function abortReason(signal) {
  return signal.reason ?? new (require('internal/dom_exception').DOMException)('This operation was aborted', 'AbortError');
}

async function fetch(input, init = undefined) {
  const request = new Request(input, init);
  const state = request[kReq];
  if (state.signal.aborted) throw abortReason(state.signal);
  const url = new URL(state.url);
  if (url.protocol === 'data:') return fetchData(state.url);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError('fetch failed', { cause: new Error(`unknown scheme ${url.protocol}`) });
  }
  const moduleId = url.protocol === 'https:' ? 'https' : 'http';
  if (!internalBinding('builtins').has(moduleId)) {
    throw new TypeError(`fetch is not supported in minode yet: the ${moduleId} module is not available`);
  }
  const body = state.body === null ? null : await state.body;
  let current = url;
  let redirected = false;
  for (let hops = 0; ; hops++) {
    const res = await requestOnce(require(moduleId === 'https' && current.protocol === 'https:' ? 'https' : 'http'),
      current, state, body);
    const location = res.headers.location;
    if ([301, 302, 303, 307, 308].includes(res.statusCode) && location !== undefined && state.redirect !== 'manual') {
      res.resume?.();
      if (state.redirect === 'error') throw new TypeError('fetch failed', { cause: new Error('unexpected redirect') });
      if (hops >= 20) throw new TypeError('fetch failed', { cause: new Error('redirect count exceeded') });
      current = new URL(location, current);
      redirected = true;
      continue;
    }
    const chunks = [];
    await new Promise((resolve, reject) => {
      res.on('data', (c) => chunks.push(c));
      res.on('end', resolve);
      res.on('error', reject);
      state.signal.addEventListener('abort', () => {
        res.destroy?.();
        reject(abortReason(state.signal));
      }, { once: true });
    });
    const headers = new Headers();
    const raw = res.rawHeaders;
    if (Array.isArray(raw)) {
      for (let i = 0; i < raw.length; i += 2) headers.append(raw[i], raw[i + 1]);
    } else {
      for (const [k, v] of Object.entries(res.headers)) {
        if (Array.isArray(v)) for (const x of v) headers.append(k, x);
        else headers.append(k, v);
      }
    }
    return makeResponse(res.statusCode, res.statusMessage ?? '', headers, concat(chunks), current.href, redirected);
  }
}

function requestOnce(mod, url, state, body) {
  return new Promise((resolve, reject) => {
    const headers = {};
    for (const [k, v] of state.headers) headers[k] = v;
    if (body !== null && headers['content-length'] === undefined) headers['content-length'] = String(body.byteLength);
    headers['accept'] ??= '*/*';
    headers['user-agent'] ??= 'node';
    const req = mod.request(url, { method: state.method, headers }, resolve);
    const onAbort = () => {
      req.destroy?.();
      reject(abortReason(state.signal));
    };
    state.signal.addEventListener('abort', onAbort, { once: true });
    req.on('error', (err) => reject(new TypeError('fetch failed', { cause: err })));
    req.end(body === null ? undefined : B().from(body.buffer, body.byteOffset, body.byteLength));
  });
}

module.exports = { fetch, Headers, Request, Response };
