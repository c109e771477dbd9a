'use strict';
// http.IncomingMessage: the request a server receives, or the response a client receives.
// A Readable over the body; headers are built lazily from the raw list.
const { Readable, Stream } = require('stream');
const { ReadableState } = Readable;
const kEmpty = [];

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kSocket = Symbol('kSocket');
const kOnRead = Symbol('kOnRead');

function IncomingMessage(socket) {
  // The Readable state is made on first use (most requests without a body never need it);
  // EventEmitter state on the first listener.
  this[kSocket] = socket;
  // Messages made outside the server's fast path (the client, mocking libraries) get
  // arrays of their own: code like nock pushes into rawHeaders.
  if (typeof socket !== 'function') {
    this.rawHeaders = [];
    this.rawTrailers = [];
  }
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

Object.assign(IncomingMessage.prototype, {
  httpVersionMajor: null,
  httpVersionMinor: null,
  httpVersion: null,
  complete: false,
  rawTrailers: kEmpty,
  joinDuplicateHeaders: false,
  aborted: false,
  upgrade: null,
  url: '',
  method: null,
  statusCode: null,
  statusMessage: null,
  _maxHeadersCount: null,
  _consuming: false,
  _dumped: false,
  // A message known to have no body: the stream ends as soon as someone reads it.
  _noBody: false,
});
IncomingMessage.prototype.rawHeaders = kEmpty;
IncomingMessage.prototype[kHeaders] = null;
IncomingMessage.prototype[kHeadersDistinct] = null;
IncomingMessage.prototype[kTrailers] = null;
IncomingMessage.prototype[kTrailersDistinct] = null;
IncomingMessage.prototype[kOnRead] = null;

const streamOpts = { autoDestroy: false };
Object.defineProperty(IncomingMessage.prototype, '_readableState', {
  get() {
    const state = new ReadableState(streamOpts, this, false);
    state.readingMore = true;
    Object.defineProperty(this, '_readableState', { value: state, writable: true, configurable: true, enumerable: true });
    return state;
  },
  set(v) {
    Object.defineProperty(this, '_readableState', { value: v, writable: true, configurable: true, enumerable: true });
  },
  configurable: true,
});
Object.defineProperty(IncomingMessage.prototype, 'client', {
  get() { return this.socket; }, set(v) { Object.defineProperty(this, 'client', { value: v, writable: true, configurable: true }); },
  configurable: true,
});

// `socket` may be materialized lazily by the fast path (a getter function in kSocket).
Object.defineProperty(IncomingMessage.prototype, 'socket', {
  get() {
    const s = this[kSocket];
    return typeof s === 'function' ? (this[kSocket] = s()) : s;
  },
  set(v) { this[kSocket] = v; },
  configurable: true, enumerable: true,
});
Object.defineProperty(IncomingMessage.prototype, 'connection', {
  get() { return this.socket; },
  set(v) { this.socket = v; },
  configurable: true,
});

const dropDuplicates = new Set([
  'age', 'authorization', 'content-length', 'content-type', 'etag', 'expires', 'from', 'host',
  'if-modified-since', 'if-unmodified-since', 'last-modified', 'location', 'max-forwards',
  'proxy-authorization', 'referer', 'retry-after', 'server', 'user-agent',
]);

function addHeaderLine(dest, field, value, joinDuplicates) {
  const prev = dest[field];
  if (prev === undefined) {
    dest[field] = field === 'set-cookie' ? [value] : value;
    return;
  }
  if (field === 'set-cookie') { prev.push(value); return; }
  if (joinDuplicates) { dest[field] = `${prev}, ${value}`; return; }
  if (dropDuplicates.has(field)) return;
  if (field === 'cookie') dest[field] = `${prev}; ${value}`;
  else dest[field] = `${prev}, ${value}`;
}

function buildHeaders(raw, joinDuplicates, maxCount) {
  const dest = {};
  const n = maxCount > 0 ? Math.min(raw.length, maxCount * 2) : raw.length;
  for (let i = 0; i < n; i += 2) addHeaderLine(dest, raw[i].toLowerCase(), raw[i + 1], joinDuplicates);
  return dest;
}

function buildDistinct(raw) {
  const dest = {};
  for (let i = 0; i < raw.length; i += 2) {
    const k = raw[i].toLowerCase();
    (dest[k] ??= []).push(raw[i + 1]);
  }
  return dest;
}

Object.defineProperty(IncomingMessage.prototype, 'headers', {
  get() {
    if (this[kHeaders] === null) this[kHeaders] = buildHeaders(this.rawHeaders, this.joinDuplicateHeaders, this._maxHeadersCount);
    return this[kHeaders];
  },
  set(v) { this[kHeaders] = v; },
  configurable: true, enumerable: true,
});
Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', {
  get() { return this[kHeadersDistinct] ??= buildDistinct(this.rawHeaders); },
  set(v) { this[kHeadersDistinct] = v; },
  configurable: true, enumerable: true,
});
Object.defineProperty(IncomingMessage.prototype, 'trailers', {
  get() { return this[kTrailers] ??= buildHeaders(this.rawTrailers, this.joinDuplicateHeaders, 0); },
  set(v) { this[kTrailers] = v; },
  configurable: true, enumerable: true,
});
Object.defineProperty(IncomingMessage.prototype, 'trailersDistinct', {
  get() { return this[kTrailersDistinct] ??= buildDistinct(this.rawTrailers); },
  set(v) { this[kTrailersDistinct] = v; },
  configurable: true, enumerable: true,
});

IncomingMessage.prototype.setTimeout = function(msecs, callback) {
  if (callback) this.on('timeout', callback);
  const s = this.socket;
  if (s) s.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function(n) {
  if (this._noBody) {
    this._noBody = false;
    this.push(null);
    return;
  }
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  if (this[kOnRead]) this[kOnRead](true);
};

IncomingMessage.prototype._destroy = function(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  const s = this[kSocket];
  if (s && typeof s !== 'function' && !this.complete && this.upgrade !== true && err) s.destroy(err);
  cb(err);
};

// Read and throw away the rest of the body (the response was sent without reading it).
IncomingMessage.prototype._dump = function() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

IncomingMessage.prototype._addHeaderLines = function(headers, n) {
  this.rawHeaders = headers.slice(0, n);
  this[kHeaders] = null;
};
IncomingMessage.prototype._addHeaderLine = function(field, value, dest) {
  addHeaderLine(dest, field.toLowerCase(), value, this.joinDuplicateHeaders);
};

module.exports = { IncomingMessage, kOnRead, kSocket, readStart() {}, readStop() {} };
