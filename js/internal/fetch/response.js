'use strict';
// Response (WHATWG fetch), following undici's checks and messages.

const { customInspectSymbol } = require('internal/util');
const { Headers, fillHeaders, setGuard, kGuard } = require('internal/fetch/headers');
const { kBody, kHeaders, extractBody, installBody, cloneBody, bodyUnusable } = require('internal/fetch/body');

const kState = Symbol('kResponseState');
const nullBodyStatus = new Set([101, 204, 205, 304]);
const redirectStatus = new Set([301, 302, 303, 307, 308]);

function initialize(response, init, bodyWithType) {
  if (init.status !== undefined) {
    const status = Number(init.status);
    if (!(status >= 200 && status <= 599)) {
      throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
    }
  }
  if (init.statusText !== undefined && !/^[\t\x20-\x7e\x80-\xff]*$/.test(`${init.statusText}`)) {
    throw new TypeError('Invalid statusText');
  }
  const state = response[kState];
  if (init.status !== undefined) state.status = Math.trunc(Number(init.status)) & 0xffff;
  if (init.statusText !== undefined) state.statusText = `${init.statusText}`;
  if (init.headers !== undefined) fillHeaders(state.headers, init.headers);
  if (bodyWithType) {
    if (nullBodyStatus.has(state.status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${state.status}`);
    }
    response[kBody] = bodyWithType.body;
    if (bodyWithType.type !== null && !state.headers.has('content-type')) {
      state.headers.append('content-type', bodyWithType.type);
    }
  }
}

function checkInit(init) {
  if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError("Response constructor: Expected init (\"Argument 2\") to be an object.");
  }
  return init ?? {};
}

function newState() {
  return {
    status: 200, statusText: '', headers: setGuard(new Headers(), 'response'), type: 'default',
    urlList: [], aborted: false,
  };
}

class Response {
  constructor(body = null, init = {}) {
    init = checkInit(init);
    this[kState] = newState();
    this[kBody] = null;
    this[kHeaders] = this[kState].headers;
    initialize(this, init, body === null || body === undefined ? null : extractBody(body));
  }

  static error() {
    const r = createResponse({ type: 'error', status: 0 });
    setGuard(r.headers, 'immutable');
    return r;
  }

  static json(data, init = {}) {
    init = checkInit(init);
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const r = createResponse({});
    initialize(r, init, { body: extractBody(text).body, type: 'application/json' });
    return r;
  }

  static redirect(url, status = 302) {
    let parsed;
    try {
      parsed = new URL(`${url}`);
    } catch (cause) {
      throw new TypeError(`Failed to parse URL from ${url}`, { cause });
    }
    status = Number(status);
    if (!redirectStatus.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const r = createResponse({ status });
    r.headers.append('location', parsed.href);
    setGuard(r.headers, 'immutable');
    return r;
  }

  get type() { return this[kState].type; }
  get url() {
    const list = this[kState].urlList;
    if (list.length === 0) return '';
    const u = new URL(list[list.length - 1]);
    u.hash = '';
    return u.href;
  }
  get redirected() { return this[kState].urlList.length > 1; }
  get status() { return this[kState].status; }
  get ok() { return this[kState].status >= 200 && this[kState].status <= 299; }
  get statusText() { return this[kState].statusText; }
  get headers() { return this[kState].headers; }

  clone() {
    if (bodyUnusable(this[kBody])) throw new TypeError('Response.clone: Body has already been consumed.');
    const copy = Object.create(Response.prototype);
    const state = { ...this[kState], urlList: this[kState].urlList.slice() };
    state.headers = setGuard(new Headers(), 'none');
    fillHeaders(state.headers, this[kState].headers);
    setGuard(state.headers, this[kState].headers[kGuard]);
    copy[kState] = state;
    copy[kBody] = cloneBody(this[kBody]);
    copy[kHeaders] = state.headers;
    return copy;
  }

  [customInspectSymbol](depth, options) {
    const { inspect } = require('internal/util/inspect');
    const properties = {
      status: this.status, statusText: this.statusText, headers: this.headers, body: this.body,
      bodyUsed: this.bodyUsed, ok: this.ok, redirected: this.redirected, type: this.type, url: this.url,
    };
    return `Response ${inspect(properties, { ...options, depth: options.depth ?? 2 })}`;
  }
}
installBody(Response.prototype);
for (const key of ['type', 'url', 'status', 'ok', 'redirected', 'statusText', 'headers', 'clone']) {
  Object.defineProperty(Response.prototype, key, { enumerable: true });
}
Object.defineProperty(Response.prototype, Symbol.toStringTag, { value: 'Response', configurable: true });

// A Response made by fetch(): { status, statusText, type, urlList, headers (Headers), body }.
function createResponse(fields) {
  const r = Object.create(Response.prototype);
  const state = newState();
  Object.assign(state, fields);
  if (fields.headers) state.headers = fields.headers;
  r[kState] = state;
  r[kBody] = fields.body ?? null;
  r[kHeaders] = state.headers;
  delete state.body;
  return r;
}

module.exports = { Response, createResponse, nullBodyStatus, redirectStatus };
