'use strict';
// http.OutgoingMessage: header bookkeeping and body framing shared by ServerResponse and
// ClientRequest. The bytes go out through this._transport(head, data, encoding, flags, cb),
// which each subclass implements (the Rust connection for a server, a net.Socket for a client).
const { Stream } = require('stream');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_HTTP_HEADERS_SENT, ERR_INVALID_ARG_TYPE, ERR_STREAM_WRITE_AFTER_END, ERR_STREAM_DESTROYED,
    ERR_HTTP_TRAILER_INVALID, ERR_METHOD_NOT_IMPLEMENTED, ERR_STREAM_ALREADY_FINISHED,
    ERR_STREAM_NULL_VALUES, ERR_HTTP_CONTENT_LENGTH_MISMATCH, ERR_HTTP_BODY_NOT_ALLOWED,
  },
} = require('internal/errors');
const { validateHeaderName, validateHeaderValue, utcDate, checkInvalidHeaderChar } = require('_http_common');
const { ERR_INVALID_CHAR } = require('internal/errors').codes;

const kOutHeaders = Symbol('kOutHeaders');
const kNeedDrain = Symbol('kNeedDrain');
const kCorked = Symbol('corked');
const kChunkedBuffer = Symbol('kChunkedBuffer');
const kBytesWritten = Symbol('kBytesWritten');
const kErrored = Symbol('errored');
const kRejectNonStandardBodyWrites = Symbol('kRejectNonStandardBodyWrites');
const kUniqueHeaders = Symbol('kUniqueHeaders');
const kHighWaterMark = Symbol('kHighWaterMark');

const F_CHUNKED = 1;
const F_END = 2;
const F_CLOSE = 4;

function OutgoingMessage(options) {
  // EventEmitter state is created lazily by the first listener (_events on the prototype).
  // All defaults live on the prototype: adding a property to a new object is the most
  // expensive thing QuickJS does in a constructor (it rebuilds the object's shape).
  if (options) {
    if (options.highWaterMark) this[kHighWaterMark] = options.highWaterMark;
    if (options.rejectNonStandardBodyWrites) this[kRejectNonStandardBodyWrites] = true;
  }
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

Object.assign(OutgoingMessage.prototype, {
  _header: null,
  outputData: [],
  outputSize: 0,
  writable: true,
  destroyed: false,
  _last: false,
  chunkedEncoding: false,
  shouldKeepAlive: true,
  maxRequestsOnConnectionReached: false,
  _defaultKeepAlive: true,
  useChunkedEncodingByDefault: true,
  sendDate: false,
  _removedConnection: false,
  _removedContLen: false,
  _removedTE: false,
  strictContentLength: false,
  _contentLength: null,
  _hasBody: true,
  _trailer: '',
  finished: false,
  _headerSent: false,
  _closed: false,
  socket: null,
  _keepAliveTimeout: 0,
  _onPendingData: null,
  _pendingBytes: 0,
  // Transports that can count a string body's bytes themselves set _autoLength.
  _autoLength: false,
  _needAutoLength: false,
});
OutgoingMessage.prototype[kOutHeaders] = null;
OutgoingMessage.prototype[kBytesWritten] = 0;
OutgoingMessage.prototype[kNeedDrain] = false;
OutgoingMessage.prototype[kCorked] = 0;
OutgoingMessage.prototype[kChunkedBuffer] = null;
OutgoingMessage.prototype[kErrored] = null;
OutgoingMessage.prototype[kHighWaterMark] = 16384;
OutgoingMessage.prototype[kRejectNonStandardBodyWrites] = false;

Object.defineProperties(OutgoingMessage.prototype, {
  errored: { get() { return this[kErrored]; }, configurable: true },
  closed: { get() { return this._closed; }, configurable: true },
  writableFinished: {
    get() { return this.finished && this.outputSize === 0 && (!this.socket || this._finishedFlushed !== false); },
    configurable: true,
  },
  writableObjectMode: { get() { return false; }, configurable: true },
  writableLength: { get() { return this.outputSize + (this._pendingBytes || 0); }, configurable: true },
  writableHighWaterMark: { get() { return this[kHighWaterMark]; }, configurable: true },
  writableCorked: { get() { return this[kCorked]; }, configurable: true },
  writableEnded: { get() { return this.finished; }, configurable: true },
  writableNeedDrain: { get() { return !this.destroyed && !this.finished && this[kNeedDrain]; }, configurable: true },
  connection: { get() { return this.socket; }, set(v) { this.socket = v; }, configurable: true },
  headersSent: { get() { return !!this._header; }, configurable: true },
  _headers: {
    get() { return this.getHeaders(); },
    set(val) {
      if (val == null) { this[kOutHeaders] = null; return; }
      if (typeof val === 'object') {
        const headers = this[kOutHeaders] = Object.create(null);
        for (const name of Object.keys(val)) headers[name.toLowerCase()] = [name, val[name]];
      }
    },
    configurable: true,
  },
});

OutgoingMessage.prototype.cork = function() {
  this[kCorked]++;
  if (this.socket && this.socket.cork && !this._fastPath) this.socket.cork();
};
OutgoingMessage.prototype.uncork = function() {
  if (this[kCorked]) this[kCorked]--;
  if (this.socket && this.socket.uncork && !this._fastPath) this.socket.uncork();
  if (this[kCorked] === 0 && this[kChunkedBuffer] && this[kChunkedBuffer].length) {
    const buffered = this[kChunkedBuffer];
    this[kChunkedBuffer] = [];
    for (const { data, encoding, callback } of buffered) this._writeBody(data, encoding, callback);
  }
};

OutgoingMessage.prototype.setTimeout = function(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this.socket) this.once('socket', (s) => s.setTimeout(msecs));
  else this.socket.setTimeout(msecs);
  return this;
};

OutgoingMessage.prototype.destroy = function(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this[kErrored] = error;
  if (this.socket) this.socket.destroy(error);
  else this.once('socket', (socket) => socket.destroy(error));
  return this;
};

// --- headers ----------------------------------------------------------------------------

// Apps set the same few headers on every response: remember names already validated
// (with their lower-case key) and string values already checked. Both caches are bounded.
const lowerNames = new Map();
const checkedValues = new Set();

function lowerValidName(name) {
  let lower = lowerNames.get(name);
  if (lower === undefined) {
    validateHeaderName(name);
    lower = name.toLowerCase();
    if (lowerNames.size < 512) lowerNames.set(name, lower);
  }
  return lower;
}

OutgoingMessage.prototype.setHeader = function(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  const lower = lowerValidName(name);
  if (typeof value !== 'string' || !checkedValues.has(value)) {
    validateHeaderValue(name, value);
    if (typeof value === 'string' && value.length < 128 && checkedValues.size < 512) checkedValues.add(value);
  }
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = Object.create(null);
  headers[lower] = [name, value];
  return this;
};

OutgoingMessage.prototype.setHeaders = function(headers) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' || typeof headers.get !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
  }
  const cookies = [];
  for (const [key, value] of headers) {
    if (key === 'set-cookie') { if (Array.isArray(value)) cookies.push(...value); else cookies.push(value); continue; }
    this.setHeader(key, value);
  }
  if (cookies.length) this.setHeader('set-cookie', cookies);
  return this;
};

OutgoingMessage.prototype.appendHeader = function(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('append');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  const field = name.toLowerCase();
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = Object.create(null);
  if (headers[field] === undefined) {
    headers[field] = [name, value];
    return this;
  }
  const existing = headers[field][1];
  const prev = Array.isArray(existing) ? existing : [existing];
  headers[field][1] = Array.isArray(value) ? prev.concat(value) : prev.concat([value]);
  return this;
};

OutgoingMessage.prototype.getHeader = function(name) {
  if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
  const headers = this[kOutHeaders];
  if (headers === null) return;
  const entry = headers[name.toLowerCase()];
  return entry && entry[1];
};

OutgoingMessage.prototype.getHeaderNames = function() {
  return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
};

OutgoingMessage.prototype.getRawHeaderNames = function() {
  const headers = this[kOutHeaders];
  if (headers === null) return [];
  return Object.values(headers).map((e) => e[0]);
};

OutgoingMessage.prototype.getHeaders = function() {
  const headers = this[kOutHeaders];
  const ret = Object.create(null);
  if (headers) for (const key of Object.keys(headers)) ret[key] = headers[key][1];
  return ret;
};

OutgoingMessage.prototype.hasHeader = function(name) {
  if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
  return this[kOutHeaders] !== null && !!this[kOutHeaders][name.toLowerCase()];
};

OutgoingMessage.prototype.removeHeader = function(name) {
  if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('remove');
  const key = name.toLowerCase();
  switch (key) {
    case 'connection': this._removedConnection = true; break;
    case 'content-length': this._removedContLen = true; break;
    case 'transfer-encoding': this._removedTE = true; break;
    case 'date': this.sendDate = false; break;
  }
  if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
};

OutgoingMessage.prototype._implicitHeader = function() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
};

// Build the head: user headers, then Date, Connection, Keep-Alive and the body framing.
// `headers` is kOutHeaders ({lower: [name, value]}), a plain object, or a raw array.
const kSawDate = 1, kSawConnection = 2, kSawContLen = 4, kSawTE = 8, kConnClose = 16, kTEChunked = 32, kSawTrailer = 64;
const closeRe = /(?:^|\W)close(?:$|\W)/i;
const chunkedRe = /(?:^|\W)chunked(?:$|\W)/i;

function classify(lower, value) {
  switch (lower.length) {
    case 4: return lower === 'date' ? kSawDate : 0;
    case 7: return lower === 'trailer' ? kSawTrailer : 0;
    case 10:
      if (lower !== 'connection') return 0;
      return kSawConnection | (closeRe.test(value) ? kConnClose : 0);
    case 14: return lower === 'content-length' ? kSawContLen : 0;
    case 17:
      if (lower !== 'transfer-encoding') return 0;
      return kSawTE | (chunkedRe.test(value) ? kTEChunked : 0);
    default: return 0;
  }
}

function headerLines(name, value) {
  if (Array.isArray(value)) {
    let out = '';
    for (let i = 0; i < value.length; i++) out += name + ': ' + value[i] + '\r\n';
    return out;
  }
  return name + ': ' + value + '\r\n';
}

OutgoingMessage.prototype._storeHeader = function(firstLine, headers) {
  let head = firstLine;
  let seen = 0;
  if (headers) {
    if (headers === this[kOutHeaders]) {
      for (const key in headers) {
        const e = headers[key];
        const v = e[1];
        head += headerLines(e[0], v);
        if (key.length === 4 || key.length === 7 || key.length === 10 || key.length === 14 || key.length === 17) {
          seen |= classify(key, Array.isArray(v) ? v.join(', ') : String(v));
        }
      }
    } else if (Array.isArray(headers)) {
      const pairs = headers.length && Array.isArray(headers[0]);
      const n = pairs ? headers.length : headers.length >> 1;
      for (let i = 0; i < n; i++) {
        const k = pairs ? headers[i][0] : headers[i * 2];
        const v = pairs ? headers[i][1] : headers[i * 2 + 1];
        if (checkInvalidHeaderChar(String(v))) throw new ERR_INVALID_CHAR('header content', k);
        head += headerLines(k, v);
        seen |= classify(String(k).toLowerCase(), Array.isArray(v) ? v.join(', ') : String(v));
      }
    } else {
      for (const k of Object.keys(headers)) {
        const v = headers[k];
        head += headerLines(k, v);
        seen |= classify(k.toLowerCase(), Array.isArray(v) ? v.join(', ') : String(v));
      }
    }
  }
  if (this.sendDate && !(seen & kSawDate)) head += 'Date: ' + utcDate() + '\r\n';
  if (seen & kConnClose) this._last = true;
  const sawContLen = (seen & kSawContLen) !== 0;
  const sawTE = (seen & kSawTE) !== 0;
  if (!(seen & kSawConnection) && !this._removedConnection) {
    // Node 20 keeps an HTTP/1.0 connection alive only with an explicit Content-Length.
    const shouldSendKeepAlive = this.shouldKeepAlive && (sawContLen || this.useChunkedEncodingByDefault || this.agent);
    if (shouldSendKeepAlive && this.maxRequestsOnConnectionReached) {
      head += 'Connection: close\r\n';
      this._last = true;
    } else if (shouldSendKeepAlive) {
      head += 'Connection: keep-alive\r\n';
      if (this._keepAliveTimeout && this._defaultKeepAlive) {
        head += 'Keep-Alive: timeout=' + Math.floor(this._keepAliveTimeout / 1000) + '\r\n';
      }
    } else {
      this._last = true;
      head += 'Connection: close\r\n';
    }
  } else if ((seen & kSawConnection) && !(seen & kConnClose) && !this.shouldKeepAlive) {
    this._last = true;
  }
  if (!sawContLen && !sawTE) {
    if (!this._hasBody) {
      this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      // A GET/HEAD/DELETE/... request or an HTTP/1.0 response: no length, no chunks.
      this._last = true;
    } else if (!(seen & kSawTrailer) && !this._removedContLen && typeof this._contentLength === 'number') {
      if (this._contentLength === -1) this._needAutoLength = true;
      else head += 'Content-Length: ' + this._contentLength + '\r\n';
    } else if (!this._removedTE) {
      head += 'Transfer-Encoding: chunked\r\n';
      this.chunkedEncoding = true;
    } else {
      this._last = true;
    }
  } else if (sawTE) {
    this.chunkedEncoding = (seen & kTEChunked) !== 0;
  }
  this._header = head + '\r\n';
  this._headerSent = false;
};

// --- body -------------------------------------------------------------------------------

function byteLength(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
}

function onError(msg, err, callback) {
  if (msg.listenerCount('error') > 0 || true) process.nextTick(() => { msg.emit('error', err); });
  if (typeof callback === 'function') process.nextTick(callback, err);
}

function validChunk(msg, chunk, callback) {
  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();
  if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  return true;
}

OutgoingMessage.prototype.write = function(chunk, encoding, callback) {
  if (typeof encoding === 'function') { callback = encoding; encoding = null; }
  if (this.finished) {
    const err = new ERR_STREAM_WRITE_AFTER_END();
    onError(this, err, callback);
    return true;
  }
  if (this.destroyed) {
    const err = new ERR_STREAM_DESTROYED('write');
    if (typeof callback === 'function') process.nextTick(callback, err);
    return false;
  }
  validChunk(this, chunk, callback);
  if (!this._header) {
    if (this[kRejectNonStandardBodyWrites] && !this._hasBody) throw new ERR_HTTP_BODY_NOT_ALLOWED();
    this._implicitHeader();
  }
  if (!this._hasBody) {
    if (typeof callback === 'function') process.nextTick(callback);
    return true;
  }
  const len = byteLength(chunk, encoding);
  if (len === 0) {
    if (typeof callback === 'function') process.nextTick(callback);
    return !this[kNeedDrain];
  }
  this[kBytesWritten] += len;
  if (this[kCorked] && this._fastPath) {
    (this[kChunkedBuffer] ??= []).push({ data: chunk, encoding, callback });
    return false;
  }
  return this._writeBody(chunk, encoding, callback);
};

OutgoingMessage.prototype._writeBody = function(chunk, encoding, callback) {
  const flags = this.chunkedEncoding ? F_CHUNKED : 0;
  const head = this._headerSent ? null : this._header;
  this._headerSent = true;
  const ok = this._transport(head, chunk, encoding, flags, callback);
  if (!ok) this[kNeedDrain] = true;
  return ok;
};

OutgoingMessage.prototype.end = function(chunk, encoding, callback) {
  if (typeof chunk === 'function') { callback = chunk; chunk = null; encoding = null; }
  else if (typeof encoding === 'function') { callback = encoding; encoding = null; }
  if (chunk) {
    if (this.finished) {
      onError(this, new ERR_STREAM_WRITE_AFTER_END(), typeof callback === 'function' ? callback : () => {});
      return this;
    }
    validChunk(this, chunk, callback);
  } else if (this.finished) {
    if (typeof callback === 'function') {
      if (!this.writableFinished) this.on('finish', callback);
      else callback(new ERR_STREAM_ALREADY_FINISHED('end'));
    }
    return this;
  }
  if (this.destroyed) {
    if (typeof callback === 'function') process.nextTick(callback, new ERR_STREAM_DESTROYED('end'));
    return this;
  }
  if (typeof callback === 'function') this.once('finish', callback);
  if (!this._header) {
    // The whole body is known: send a Content-Length (the transport may count it: -1).
    this._contentLength = !chunk ? 0 : (this._autoLength && typeof chunk === 'string' && !this.strictContentLength) ? -1 : byteLength(chunk, encoding);
    this._implicitHeader();
  }
  if (chunk && !this._hasBody) chunk = null;
  if (chunk && this.strictContentLength) this[kBytesWritten] += byteLength(chunk, encoding);
  if (this.strictContentLength && this._contentLengthHeader !== undefined) {
    const expected = +this._contentLengthHeader;
    if (this[kBytesWritten] !== expected) throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(this[kBytesWritten], expected);
  }
  if (this[kChunkedBuffer] && this[kChunkedBuffer].length) {
    const buffered = this[kChunkedBuffer];
    this[kChunkedBuffer] = [];
    this[kCorked] = 0;
    for (const { data, encoding: enc, callback: cb } of buffered) this._writeBody(data, enc, cb);
  }
  this.finished = true;
  const head = this._headerSent ? null : this._header;
  this._headerSent = true;
  let flags = F_END | (this.chunkedEncoding ? F_CHUNKED : 0) | (this._last ? F_CLOSE : 0) | (this._needAutoLength ? 16 : 0);
  if (this._trailer && this.chunkedEncoding) flags |= 8;
  this._transport(head, chunk || null, encoding, flags, null);
  return this;
};

OutgoingMessage.prototype.addTrailers = function(headers) {
  this._trailer = '';
  const keys = Object.keys(headers);
  const isArray = Array.isArray(headers);
  for (let i = 0; i < keys.length; i++) {
    let field, value;
    if (isArray) { field = headers[keys[i]][0]; value = headers[keys[i]][1]; }
    else { field = keys[i]; value = headers[field]; }
    validateHeaderName(field, 'Trailer name');
    if (Array.isArray(value) && value.length > 1 && field.toLowerCase() !== 'set-cookie') {
      value = value.join(', ');
    }
    if (checkInvalidHeaderChar(String(value))) throw new ERR_INVALID_CHAR('trailer content', field);
    this._trailer += field + ': ' + value + '\r\n';
  }
};

OutgoingMessage.prototype.flushHeaders = function() {
  if (!this._header) this._implicitHeader();
  if (!this._headerSent) {
    this._headerSent = true;
    this._transport(this._header, null, null, 0, null);
  }
};

OutgoingMessage.prototype._flush = function() {};
OutgoingMessage.prototype.pipe = function() { this.emit('error', new (require('internal/errors').codes.ERR_STREAM_CANNOT_PIPE)()); };
OutgoingMessage.prototype[Symbol.asyncDispose] = undefined;
delete OutgoingMessage.prototype[Symbol.asyncDispose];

module.exports = {
  OutgoingMessage, kOutHeaders, kNeedDrain, kHighWaterMark, kBytesWritten, kErrored, kChunkedBuffer,
  F_CHUNKED, F_END, F_CLOSE, validateHeaderName, validateHeaderValue,
};
void ERR_HTTP_TRAILER_INVALID;
