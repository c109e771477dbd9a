'use strict';
// Request (WHATWG fetch), following undici's constructor checks and messages.

const { customInspectSymbol } = require('internal/util');
const { Headers, fillHeaders, setGuard } = require('internal/fetch/headers');
const {
  kBody, kHeaders, extractBody, installBody, cloneBody, bodyUnusable,
} = require('internal/fetch/body');

const kState = Symbol('kRequestState');
const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const normalizedMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
const forbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);

const enums = {
  mode: ['navigate', 'same-origin', 'no-cors', 'cors'],
  credentials: ['omit', 'same-origin', 'include'],
  cache: ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'],
  redirect: ['follow', 'error', 'manual'],
  referrerPolicy: ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin', 'strict-origin',
    'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'],
  duplex: ['half'],
};

function enumOption(init, key, fallback) {
  if (init[key] === undefined) return fallback;
  const value = `${init[key]}`;
  if (!enums[key].includes(value)) {
    throw new TypeError(`Request constructor: ${value} is not an accepted type. Expected one of ${enums[key].join(', ')}.`);
  }
  return value;
}

function normalizeMethod(method) {
  method = `${method}`;
  if (!tokenRe.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
  const upper = method.toUpperCase();
  if (forbiddenMethods.has(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
  return normalizedMethods.has(upper) ? upper : method;
}

function isAbortSignal(v) {
  const { AbortSignal } = require('internal/abort_controller');
  return v instanceof AbortSignal;
}

const kUnfollow = Symbol('kUnfollow');

// A signal that follows `parent` (the request's own signal, like undici's). The listener on
// the parent is dropped by signal[kUnfollow]() (fetch does once it is done with the request).
function followingSignal(parent) {
  const ac = new AbortController();
  if (parent) {
    if (parent.aborted) ac.abort(parent.reason);
    else {
      const follow = () => ac.abort(parent.reason);
      parent.addEventListener('abort', follow, { once: true });
      Object.defineProperty(ac.signal, kUnfollow, { value: () => parent.removeEventListener('abort', follow), configurable: true });
    }
  }
  return ac.signal;
}

class Request {
  constructor(input, init = {}) {
    if (arguments.length < 1) throw new TypeError('Request constructor: 1 argument required, but 0 found.');
    if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeError("Request constructor: Expected init (\"Argument 2\") to be an object.");
    }
    init ??= {};
    let base = null;
    let url;
    if (input instanceof Request) {
      base = input[kState];
      url = base.url;
    } else {
      let parsed;
      try {
        parsed = new URL(`${input}`);
      } catch (cause) {
        throw new TypeError(`Failed to parse URL from ${input}`, { cause });
      }
      if (parsed.username || parsed.password) {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
      url = parsed.href;
    }

    const state = {
      url,
      method: base?.method ?? 'GET',
      mode: base?.mode ?? 'cors',
      credentials: base?.credentials ?? 'same-origin',
      cache: base?.cache ?? 'default',
      redirect: base?.redirect ?? 'follow',
      referrer: base?.referrer ?? 'about:client',
      referrerPolicy: base?.referrerPolicy ?? '',
      integrity: base?.integrity ?? '',
      keepalive: base?.keepalive ?? false,
      duplex: 'half',
      signal: null,
      headers: null,
    };
    if (init.method !== undefined) state.method = normalizeMethod(init.method);
    if (init.mode !== undefined) {
      state.mode = enumOption(init, 'mode');
      if (state.mode === 'navigate') {
        throw new TypeError("Failed to construct 'Request': invalid request mode navigate.");
      }
    }
    state.credentials = enumOption(init, 'credentials', state.credentials);
    state.cache = enumOption(init, 'cache', state.cache);
    if (state.cache === 'only-if-cached' && state.mode !== 'same-origin') {
      throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
    }
    state.redirect = enumOption(init, 'redirect', state.redirect);
    state.referrerPolicy = enumOption(init, 'referrerPolicy', state.referrerPolicy);
    if (init.duplex !== undefined) enumOption(init, 'duplex');
    if (init.integrity !== undefined) state.integrity = `${init.integrity}`;
    if (init.keepalive !== undefined) state.keepalive = !!init.keepalive;
    if (init.referrer !== undefined) {
      const referrer = `${init.referrer}`;
      if (referrer === '') state.referrer = 'no-referrer';
      else {
        try {
          state.referrer = new URL(referrer).href;
        } catch (cause) {
          throw new TypeError(`Referrer "${referrer}" is not a valid URL.`, { cause });
        }
      }
    }

    let signal = base?.signalParent ?? null;
    if (init.signal !== undefined) {
      if (init.signal !== null && !isAbortSignal(init.signal)) {
        throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
      }
      signal = init.signal;
    }
    state.signalParent = signal;
    state.signal = followingSignal(signal);

    const headers = setGuard(new Headers(), 'request');
    if (init.headers !== undefined) fillHeaders(headers, init.headers);
    else if (base) fillHeaders(headers, base.headers);
    state.headers = headers;

    const inputBody = input instanceof Request ? input[kBody] : null;
    let body = inputBody;
    const hasInitBody = init.body !== undefined && init.body !== null;
    if ((hasInitBody || inputBody !== null) && (state.method === 'GET' || state.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    if (hasInitBody) {
      const extracted = extractBody(init.body);
      body = extracted.body;
      if (extracted.type !== null && !headers.has('content-type')) headers.append('content-type', extracted.type);
      if (body.source === null && init.duplex === undefined) {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
    } else if (inputBody !== null) {
      if (bodyUnusable(inputBody)) {
        throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      }
      // The new request takes the input's body over; the input's is used up.
      body = { stream: inputBody.stream, source: inputBody.source, length: inputBody.length, used: false };
      if (inputBody.stream !== null) body.stream = passThrough(inputBody.stream);
      inputBody.used = true;
    }
    this[kState] = state;
    this[kBody] = body;
    this[kHeaders] = headers;
  }

  get method() { return this[kState].method; }
  get url() { return this[kState].url; }
  get headers() { return this[kState].headers; }
  get destination() { return ''; }
  get referrer() {
    const r = this[kState].referrer;
    return r === 'no-referrer' ? '' : r === 'client' ? 'about:client' : r;
  }
  get referrerPolicy() { return this[kState].referrerPolicy; }
  get mode() { return this[kState].mode; }
  get credentials() { return this[kState].credentials; }
  get cache() { return this[kState].cache; }
  get redirect() { return this[kState].redirect; }
  get integrity() { return this[kState].integrity; }
  get keepalive() { return this[kState].keepalive; }
  get isReloadNavigation() { return false; }
  get isHistoryNavigation() { return false; }
  get signal() { return this[kState].signal; }
  get duplex() { return 'half'; }

  clone() {
    if (bodyUnusable(this[kBody])) throw new TypeError('Request.clone: Body has already been consumed.');
    const copy = Object.create(Request.prototype);
    const state = { ...this[kState] };
    state.headers = setGuard(new Headers(), 'request');
    fillHeaders(state.headers, this[kState].headers);
    state.signal = followingSignal(this[kState].signal);
    copy[kState] = state;
    copy[kBody] = cloneBody(this[kBody]);
    copy[kHeaders] = state.headers;
    return copy;
  }

  [customInspectSymbol](depth, options) {
    const { inspect } = require('internal/util/inspect');
    const properties = {
      method: this.method, url: this.url, headers: this.headers, destination: this.destination,
      referrer: this.referrer, referrerPolicy: this.referrerPolicy, mode: this.mode,
      credentials: this.credentials, cache: this.cache, redirect: this.redirect, integrity: this.integrity,
      keepalive: this.keepalive, isReloadNavigation: this.isReloadNavigation,
      isHistoryNavigation: this.isHistoryNavigation, signal: this.signal,
    };
    return `Request ${inspect(properties, { ...options, depth: options.depth ?? 2 })}`;
  }
}
installBody(Request.prototype);
for (const key of ['method', 'url', 'headers', 'redirect', 'clone', 'signal', 'duplex', 'destination', 'referrer',
  'referrerPolicy', 'mode', 'credentials', 'cache', 'integrity', 'keepalive', 'isReloadNavigation',
  'isHistoryNavigation']) {
  Object.defineProperty(Request.prototype, key, { enumerable: true });
}
Object.defineProperty(Request.prototype, Symbol.toStringTag, { value: 'Request', configurable: true });

// A stream that reads `stream` (locking and disturbing it).
function passThrough(stream) {
  const { ReadableStream } = require('stream/web');
  const reader = stream.getReader();
  return new ReadableStream({
    type: 'bytes',
    async pull(controller) {
      const { value, done } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel(reason) { return reader.cancel(reason); },
  }, { highWaterMark: 0 });
}

// Internal accessors for fetch().
function requestState(request) { return request[kState]; }

module.exports = { Request, requestState, kUnfollow };
