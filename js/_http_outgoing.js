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
  Stream.call(this);
  this.outputData = [];
  this.outputSize = 0;
  this.writable = true;
  this.destroyed = false;
  this._last = false;
  this.chunkedEncoding = false;
  this.shouldKeepAlive = true;
  this.maxRequestsOnConnectionReached = false;
  this._defaultKeepAlive = true;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this._removedConnection = false;
  this._removedContLen = false;
  this._removedTE = false;
  this.strictContentLength = false;
  this[kBytesWritten] = 0;
  this._contentLength = null;
  this._hasBody = true;
  this._trailer = '';
  this[kNeedDrain] = false;
  this.finished = false;
  this._headerSent = false;
  this[kCorked] = 0;
  this[kChunkedBuffer] = [];
  this._closed = false;
  this.socket = null;
  this._header = null;
  this[kOutHeaders] = null;
  this._keepAliveTimeout = 0;
  this._onPendingData = null;
  this[kErrored] = null;
  this[kHighWaterMark] = (options && options.highWaterMark) || 16384;
  this[kRejectNonStandardBodyWrites] = (options && options.rejectNonStandardBodyWrites) ?? false;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

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
  if (this[kCorked] === 0 && this[kChunkedBuffer].length) {
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

OutgoingMessage.prototype.setHeader = function(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = Object.create(null);
  headers[name.toLowerCase()] = [name, value];
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
OutgoingMessage.prototype._storeHeader = function(firstLine, headers) {
  let head = firstLine;
  let sawDate = false, sawConnection = false, sawContLen = false, sawTE = false, sawExpect = false;
  let sawKeepAlive = false, connClose = false, teChunked = false, sawTrailer = false;
  const addLine = (key, value) => {
    if (Array.isArray(value)) {
      if (value.length < 2 || key.length !== 10 || key.toLowerCase() !== 'set-cookie') {
        // Node joins most multi-value headers into separate lines as well.
      }
      for (let i = 0; i < value.length; i++) addLine(key, value[i]);
      return;
    }
    value = String(value);
    if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR('header content', key);
    head += key + ': ' + value + '\r\n';
    const len = key.length;
    if (len === 4 || len === 10 || len === 14 || len === 17 || len === 6 || len === 7 || len === 10) {
      const lower = key.toLowerCase();
      if (lower === 'date') sawDate = true;
      else if (lower === 'connection') {
        sawConnection = true;
        if (/(?:^|\W)close(?:$|\W)/i.test(value)) connClose = true;
        else if (/(?:^|\W)keep-alive(?:$|\W)/i.test(value)) sawKeepAlive = true;
      } else if (lower === 'content-length') sawContLen = true;
      else if (lower === 'transfer-encoding') { sawTE = true; if (/(?:^|\W)chunked(?:$|\W)/i.test(value)) teChunked = true; }
      else if (lower === 'expect') sawExpect = true;
      else if (lower === 'trailer') sawTrailer = true;
    }
  };
  if (headers) {
    if (headers === this[kOutHeaders]) {
      for (const key in headers) { const e = headers[key]; addLine(e[0], e[1]); }
    } else if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (const [k, v] of headers) addLine(k, v);
      } else {
        for (let i = 0; i < headers.length; i += 2) addLine(headers[i], headers[i + 1]);
      }
    } else {
      for (const key of Object.keys(headers)) addLine(key, headers[key]);
    }
  }
  if (this.sendDate && !sawDate) head += 'Date: ' + utcDate() + '\r\n';
  if (connClose) this._last = true;
  if (!sawConnection && !this._removedConnection) {
    const shouldSendKeepAlive = this.shouldKeepAlive && (sawContLen || this.useChunkedEncodingByDefault || this.agent);
    if (shouldSendKeepAlive && this.maxRequestsOnConnectionReached) {
      head += 'Connection: close\r\n';
      this._last = true;
    } else if (shouldSendKeepAlive) {
      head += 'Connection: keep-alive\r\n';
      if (this._keepAliveTimeout && this._defaultKeepAlive) {
        head += `Keep-Alive: timeout=${Math.floor(this._keepAliveTimeout / 1000)}\r\n`;
      }
    } else {
      this._last = true;
      head += 'Connection: close\r\n';
    }
  } else if (sawConnection && !connClose && !this.shouldKeepAlive) {
    this._last = true;
  }
  if (!sawContLen && !sawTE) {
    if (!this._hasBody) {
      this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
    } else if (!sawTrailer && !this._removedContLen && typeof this._contentLength === 'number') {
      head += 'Content-Length: ' + this._contentLength + '\r\n';
    } else if (!this._removedTE) {
      head += 'Transfer-Encoding: chunked\r\n';
      this.chunkedEncoding = true;
    } else {
      this._last = true;
    }
  } else if (sawTE) {
    this.chunkedEncoding = teChunked;
  }
  void sawExpect; void sawKeepAlive;
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
    this[kChunkedBuffer].push({ data: chunk, encoding, callback });
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
    // The whole body is known: send a Content-Length.
    this._contentLength = chunk ? byteLength(chunk, encoding) : 0;
    this._implicitHeader();
  }
  if (chunk && !this._hasBody) chunk = null;
  if (chunk) this[kBytesWritten] += byteLength(chunk, encoding);
  if (this.strictContentLength && this._contentLengthHeader !== undefined) {
    const expected = +this._contentLengthHeader;
    if (this[kBytesWritten] !== expected) throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(this[kBytesWritten], expected);
  }
  if (this[kChunkedBuffer].length) {
    const buffered = this[kChunkedBuffer];
    this[kChunkedBuffer] = [];
    this[kCorked] = 0;
    for (const { data, encoding: enc, callback: cb } of buffered) this._writeBody(data, enc, cb);
  }
  this.finished = true;
  const head = this._headerSent ? null : this._header;
  this._headerSent = true;
  let flags = F_END | (this.chunkedEncoding ? F_CHUNKED : 0) | (this._last ? F_CLOSE : 0);
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
  OutgoingMessage, kOutHeaders, kNeedDrain, kHighWaterMark, kBytesWritten, kErrored,
  F_CHUNKED, F_END, F_CLOSE, validateHeaderName, validateHeaderValue,
};
void ERR_HTTP_TRAILER_INVALID;
