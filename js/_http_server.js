'use strict';
// http.Server and http.ServerResponse on the Rust fast path (bindings/src/http/server.rs):
// Rust owns the connection loop; JS sees one call per request and builds req/res on demand.
const net = require('net');
const { Buffer } = require('buffer');
const { FastBuffer } = require('buffer').kInternal;
const {
  codes: { ERR_HTTP_HEADERS_SENT, ERR_HTTP_INVALID_STATUS_CODE, ERR_INVALID_CHAR, ERR_INVALID_ARG_TYPE, ERR_HTTP_SOCKET_ASSIGNED },
} = require('internal/errors');
const { validateInteger, validateBoolean, validateObject, validateNumber } = require('internal/validators');
const { STATUS_CODES, checkInvalidHeaderChar, chunkExpression, kIncomingMessage, kServerResponse } = require('_http_common');
const { OutgoingMessage, kOutHeaders, kNeedDrain, kHighWaterMark, kChunkedBuffer, F_CHUNKED, F_END, F_CLOSE } = require('_http_outgoing');
const { IncomingMessage, kOnRead, kSocket } = require('_http_incoming');
const { state: asyncContext, kAsyncFrame, runInFrame } = require('internal/async_context');

const binding = internalBinding('http');
const { HTTPServer } = binding;

const F_KEEP_ALIVE = 1;
const F_HAS_BODY = 2;
const F_UPGRADE = 4;
const F_EXPECT_CONTINUE = 8;
const F_EXPECT_OTHER = 16;
const F_HTTP11 = 32;

const kCore = Symbol('kCore');
const kConnState = Symbol('kConnState');

// --- ServerResponse ---------------------------------------------------------------------

function ServerResponse(req, options) {
  if (options) OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te || '');
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

Object.defineProperty(ServerResponse.prototype, 'socket', {
  get() {
    const sock = this._sock;
    if (sock !== undefined && sock !== null) return sock;
    // Not cached on the response: a property added per response costs more than the call.
    // Node detaches the socket when the response finishes (before user 'finish' listeners
    // run). A response ended without 'finish' listeners (see finishWhenObserved) would
    // have finished a tick after end(): it shows its socket only until its epoch is over.
    const st = this._st;
    if (st !== null && (!this._detached || (this._lazyFinish === epoch && st.lastEnded === this))) return st.getSocket();
    return sock === undefined ? null : sock;
  },
  set(v) { this._sock = v; },
  configurable: true, enumerable: true,
});

// Node copies server.keepAliveTimeout onto every response; reading it through the
// connection state saves a property per response (so a change made while a request is
// in flight applies to its response). Assigning still works.
Object.defineProperty(ServerResponse.prototype, '_keepAliveTimeout', {
  get() { return this._st !== null ? this._st.server._keepAliveTimeout : 0; },
  set(v) { Object.defineProperty(this, '_keepAliveTimeout', { value: v, writable: true, configurable: true, enumerable: true }); },
  configurable: true,
});

Object.assign(ServerResponse.prototype, {
  statusCode: 200,
  statusMessage: undefined,
  sendDate: true,
  _sent100: false,
  _expect_continue: false,
  _conn: null,
  _st: null,
  _drainCbs: null,
  _finishPending: false,
  _finishEmitted: false,
  _detached: false,
  _sock: undefined,
  _autoLength: true,
});

ServerResponse.prototype._transport = function(head, data, encoding, flags, cb) {
  const conn = this._conn;
  if (!conn || conn.closed) {
    if (typeof cb === 'function') process.nextTick(cb, new (require('internal/errors').codes.ERR_STREAM_DESTROYED)('write'));
    return false;
  }
  if (typeof data === 'string' && encoding && encoding !== 'utf8' && encoding !== 'utf-8') {
    data = Buffer.from(data, encoding);
  }
  let pending;
  if (flags & 8) {
    conn.send(head, data, F_CHUNKED);
    pending = conn.sendTrailers(this._trailer, flags & F_CLOSE);
  } else {
    pending = conn.send(head, data, flags);
  }
  if (pending < 0) {
    if (typeof cb === 'function') process.nextTick(cb, require('internal/net').errnoException(pending, 'write'));
    if (flags & F_END) process.nextTick(emitResClose, this);
    return false;
  }
  this._pendingBytes = pending;
  if (typeof cb === 'function') {
    if (pending === 0) process.nextTick(cb);
    else (this._drainCbs ??= []).push(cb);
  }
  if (flags & F_END) {
    if (pending === 0) process.nextTick(resFinished, this, true);
    else this._finishPending = true;
  }
  return pending < this[kHighWaterMark];
};

function resFinished(res, sync) {
  if (res._finishEmitted) return;
  res._finishEmitted = true;
  const st = res._st;
  // Node's own 'finish' listener (resOnFinish) detaches the socket before the user's run
  // (after prepended ones: see prependListener).
  if (!res._detachOnFinish) res._detached = true;
  res.emit('finish');
  res._detached = true;
  if (st && st.res === res) st.res = null;
  const req = res.req;
  if (req && !req.complete && !req._consuming) req._dump();
  // 'close' follows 'finish' (in the same tick when we are already in one).
  if (sync) emitResClose(res);
  else process.nextTick(emitResClose, res);
}

// The client went away before the response ended. Node's order: the request is destroyed
// (abortIncoming; its _destroy emits 'aborted' now and 'close' a tick later), then the
// response closes.
function abortExchange(res) {
  const req = res.req;
  if (req && !req.destroyed) abortRequest(req);
  res._closed = true;
  res.destroyed = true;
  res.emit('close');
}

function abortRequest(req) {
  const err = new Error('aborted');
  err.code = 'ECONNRESET';
  req.destroy(req.listenerCount('error') ? err : undefined);
}

function emitResClose(res) {
  if (res._closed) return;
  res._closed = true;
  res.destroyed = true;
  const req = res.req;
  // The request is over too; only listeners can tell.
  if (req && req.complete && req.listenerCount('close') > 0) req.emit('close');
  res.emit('close');
}

// 'finish' and 'close' cost a tick per response; most responses have no listener for
// either. Then the events wait for a listener added in the same tick as end() (which
// still sees them, a tick later, as in Node); once the tick is over they count as
// emitted. `_lazyFinish` holds the tick (an epoch bumped by one nextTick per batch).
// The bookkeeping the events do happens now.
const EventEmitter = require('events');
const emitterOn = EventEmitter.prototype.on;
const emitterPrepend = EventEmitter.prototype.prependListener;

function finishWhenObserved(res) {
  const req = res.req;
  // The listener tests read _events directly: listenerCount() calls cost more here.
  const resEvents = res._events;
  const reqEvents = req ? req._events : undefined;
  if ((resEvents !== undefined && (resEvents.finish !== undefined || resEvents.close !== undefined)) ||
      (req && !req.complete) || (reqEvents !== undefined && reqEvents.close !== undefined)) {
    process.nextTick(resFinished, res, true);
    return;
  }
  const st = res._st;
  if (st) {
    if (st.res === res) st.res = null;
    st.lastEnded = res;
  }
  res._detached = true;
  if (!epochEndQueued) {
    epochEndQueued = true;
    process.nextTick(endEpoch);
  }
  res._lazyFinish = epoch;
}

let epoch = 1;
let epochEndQueued = false;
function endEpoch() {
  epoch++;
  epochEndQueued = false;
}

function observe(res, type) {
  if (res._lazyFinish !== 0 && (type === 'finish' || type === 'close')) {
    const late = res._lazyFinish !== epoch;
    res._lazyFinish = 0;
    if (!late) {
      // Attached again until resFinished: the socket stays visible until 'finish'.
      res._detached = false;
      process.nextTick(resFinished, res, true);
    } else {
      // Node emitted both a tick after end(): too late to hear them now.
      res._finishEmitted = true;
      res._closed = true;
      res.destroyed = true;
    }
  }
}

ServerResponse.prototype._lazyFinish = 0;
ServerResponse.prototype.on = ServerResponse.prototype.addListener = function on(type, listener) {
  emitterOn.call(this, type, listener);
  if (this._lazyFinish !== 0) observe(this, type);
  return this;
};
// A 'finish' listener prepended runs before Node's resOnFinish, still seeing the socket:
// the first one puts a stand-in for resOnFinish ahead of itself.
function detachOnFinish() {
  this._detached = true;
}
ServerResponse.prototype._detachOnFinish = false;
ServerResponse.prototype.prependListener = function prependListener(type, listener) {
  if (this._lazyFinish !== 0) observe(this, type);
  if (type === 'finish' && !this._detachOnFinish && !this._finishEmitted) {
    this._detachOnFinish = true;
    emitterPrepend.call(this, type, detachOnFinish);
  }
  emitterPrepend.call(this, type, listener);
  return this;
};

// The same for a 'close' listener added to the request of a response ended that way:
// it must still hear 'close' (emitted after the response's 'finish').
function observeRequestClose(req) {
  const s = req[kSocket];
  const st = typeof s === 'function' ? s.state : s?.[kConnState];
  const res = st?.lastEnded;
  if (res && res.req === req) observe(res, 'close');
}
const incomingOn = IncomingMessage.prototype.on;
const incomingPrepend = IncomingMessage.prototype.prependListener;
IncomingMessage.prototype.on = IncomingMessage.prototype.addListener = function on(type, listener) {
  incomingOn.call(this, type, listener);
  if (type === 'close') observeRequestClose(this);
  return this;
};
IncomingMessage.prototype.prependListener = function prependListener(type, listener) {
  incomingPrepend.call(this, type, listener);
  if (type === 'close') observeRequestClose(this);
  return this;
};

ServerResponse.prototype._implicitHeader = function() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function(statusCode, reason, obj) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
    obj ??= reason;
  }
  this.statusCode = statusCode;
  let headers;
  if (this[kOutHeaders]) {
    if (obj) {
      if (Array.isArray(obj)) {
        if (obj.length && Array.isArray(obj[0])) {
          for (const [k, v] of obj) this.appendHeader(k, v);
        } else {
          if (obj.length % 2 !== 0) throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)('headers', obj);
          for (let n = 0; n < obj.length; n += 2) this.appendHeader(obj[n], obj[n + 1]);
        }
      } else {
        for (const k of Object.keys(obj)) if (k) this.setHeader(k, obj[k]);
      }
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
    if (headers && !Array.isArray(headers)) {
      const { validateHeaderName, validateHeaderValue } = require('_http_common');
      for (const k of Object.keys(headers)) { validateHeaderName(k); validateHeaderValue(k, headers[k]); }
    }
  }
  if (this.statusMessage !== STATUS_CODES[statusCode] && checkInvalidHeaderChar(this.statusMessage)) throw new ERR_INVALID_CHAR('statusMessage');
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) this._hasBody = false;
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader(`HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`, headers);
  return this;
};
ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

// res.end(body) with nothing sent yet, the common case: Rust builds the head from the
// header map and writes head and body at once (bindings/src/http/respond.rs). Anything
// unusual — custom status text, HEAD, 204/304, trailers, strict lengths, a writeHead or
// _implicitHeader replaced by middleware (on-headers) — takes the general path.
const kFastHead = 'HTTP/1.1 (head built by the fast path)\r\n\r\n';
const DECLINED = -100000;
const outgoingEnd = OutgoingMessage.prototype.end;
const protoWriteHead = ServerResponse.prototype.writeHead;
const protoImplicitHeader = ServerResponse.prototype._implicitHeader;

ServerResponse.prototype.end = function(chunk, encoding, callback) {
  const conn = this._conn;
  if (conn !== null && this._header === null && callback === undefined && this._hasBody &&
      (encoding === undefined || encoding === null || encoding === 'utf8' || encoding === 'utf-8') &&
      (chunk === undefined || chunk === null || typeof chunk === 'string' || chunk instanceof Uint8Array) &&
      (this.statusMessage === undefined || typeof this.statusMessage === 'string') && !this.finished && !this.destroyed && !this.strictContentLength &&
      this._trailer === '' && this[kChunkedBuffer] === null && !this._removedConnection &&
      !this._removedContLen && !this._removedTE && this.writeHead === protoWriteHead &&
      this._implicitHeader === protoImplicitHeader && !conn.closed) {
    const code = this.statusCode;
    let message = this.statusMessage;
    if (message === undefined || message === STATUS_CODES[code]) message = STATUS_CODES[code] || 'unknown';
    else if (checkInvalidHeaderChar(message)) message = null;
    if (message !== null && code >= 200 && code <= 999 && code !== 204 && code !== 304 && (code | 0) === code) {
      // 1 keep-alive, 2 send Date, 4 no Content-Length (close-delimited, as Node's
      // _storeHeader does without chunked-by-default, i.e. for HTTP/1.0 requests).
      let flags = this.sendDate ? 2 : 0;
      if (this.shouldKeepAlive && !this.maxRequestsOnConnectionReached) flags |= 1;
      if (!this.useChunkedEncodingByDefault) flags |= 4;
      const kaSecs = this._keepAliveTimeout && this._defaultKeepAlive ? Math.floor(this._keepAliveTimeout / 1000) : 0;
      const pending = conn.respond(code, message, this[kOutHeaders], chunk ?? null, flags, kaSecs);
      if (pending !== DECLINED) {
        this._header = kFastHead;
        this._headerSent = true;
        this.finished = true;
        if (pending < 0) {
          process.nextTick(emitResClose, this);
        } else if (pending === 0) {
          finishWhenObserved(this);
        } else {
          this._pendingBytes = pending;
          this._finishPending = true;
        }
        return this;
      }
    }
  }
  return outgoingEnd.call(this, chunk, encoding, callback);
};


ServerResponse.prototype.writeContinue = function(cb) {
  if (this._conn) this._conn.writeRaw('HTTP/1.1 100 Continue\r\n\r\n');
  this._sent100 = true;
  if (typeof cb === 'function') process.nextTick(cb);
};

ServerResponse.prototype.writeProcessing = function(cb) {
  if (this._conn) this._conn.writeRaw('HTTP/1.1 102 Processing\r\n\r\n');
  if (typeof cb === 'function') process.nextTick(cb);
};

ServerResponse.prototype.writeEarlyHints = function(hints, cb) {
  validateObject(hints, 'hints');
  let head = 'HTTP/1.1 103 Early Hints\r\n';
  for (const key of Object.keys(hints)) {
    const v = hints[key];
    if (Array.isArray(v)) for (const x of v) head += `${key}: ${x}\r\n`;
    else head += `${key}: ${v}\r\n`;
  }
  if (this._conn) this._conn.writeRaw(head + '\r\n');
  if (typeof cb === 'function') process.nextTick(cb);
};

ServerResponse.prototype.assignSocket = function(socket) {
  if (this._sock) throw new ERR_HTTP_SOCKET_ASSIGNED();
  this._sock = socket;
  this.emit('socket', socket);
};
ServerResponse.prototype.detachSocket = function() {
  this._sock = null;
  this._detached = true;
};

ServerResponse.prototype.destroy = function(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this._conn) this._conn.destroy();
  return this;
};

// --- per-connection state -------------------------------------------------------------

function noop() {}

// A net.Socket view of a fast-path connection (made only when someone asks for req.socket).
function connHandle(conn, st) {
  return {
    owner: null,
    reading: true,
    readStart() { return 0; },
    readStop() { return 0; },
    write(req, data) {
      const r = conn.writeRaw(data);
      if (r < 0) return r;
      return 0;
    },
    writev(req, chunks) {
      for (const c of chunks) { const r = conn.writeRaw(c); if (r < 0) return r; }
      return 0;
    },
    shutdown(req) {
      conn.shutdown();
      setImmediate(() => { if (req.oncomplete) req.oncomplete(0); });
      return 0;
    },
    close(cb) {
      st.socketClosed = true;
      conn.destroy();
      if (typeof cb === 'function') process.nextTick(cb);
    },
    getpeername() { return conn.getpeername(); },
    getsockname() { return conn.getsockname(); },
    setNoDelay(v) { return conn.setNoDelay(v); },
    setKeepAlive(v, s) { return conn.setKeepAlive(v, s); },
    ref() {}, unref() {}, hasRef() { return true; },
    get bytesRead() { return conn.bytesRead; },
    get bytesWritten() { return conn.bytesWritten; },
    get fd() { return conn.fd; },
    get writeQueueSize() { return conn.writeQueueSize; },
  };
}

class ConnState {
  constructor(server, conn) {
    this.server = server;
    this.conn = conn;
    this.socket = null;
    this.req = null;
    this.res = null;
    // The last response ended without being finished (see ServerResponse's socket getter).
    this.lastEnded = null;
    this.count = 0;
    this.socketClosed = false;
    this.getSocket = () => this.socket || this.makeSocket();
    // A request holds getSocket (or the socket it made) and finds its connection by it.
    this.getSocket.state = this;
  }
  makeSocket() {
    const s = new net.Socket({ handle: connHandle(this.conn, this), manualStart: true, allowHalfOpen: true });
    s.server = this.server;
    s.parser = null;
    s._httpMessage = null;
    s[kConnState] = this;
    this.socket = s;
    if (this.server.timeout) s.setTimeout(this.server.timeout);
    s.on('timeout', () => {
      const req = this.req;
      const res = this.res;
      let handled = false;
      if (req && req.listenerCount('timeout')) { req.emit('timeout', s); handled = true; }
      if (res && res.listenerCount('timeout')) { res.emit('timeout', s); handled = true; }
      if (this.server.listenerCount('timeout')) { this.server.emit('timeout', s); handled = true; }
      if (!handled) s.destroy();
    });
    return s;
  }
}

function stateOf(server, conn) {
  let st = conn[kConnState];
  if (st === undefined) {
    st = new ConnState(server, conn);
    conn[kConnState] = st;
  }
  return st;
}

// --- the callbacks Rust calls -------------------------------------------------------------

// Connections, requests and their bodies run in the AsyncLocalStorage frame the server
// listened in (in Node each connection's resource descends from the server handle's).
// The callbacks take at most five arguments; without AsyncLocalStorage the wrapper costs
// one call and a property read.
function makeCallbacks(server) {
  const cbs = makeCoreCallbacks(server);
  for (const name of Object.keys(cbs)) {
    const fn = cbs[name];
    cbs[name] = function(a, b, c, d, e) {
      if (asyncContext.enabled && server[kAsyncFrame] !== undefined) {
        return runInFrame(server[kAsyncFrame], fn, undefined, [a, b, c, d, e]);
      }
      return fn(a, b, c, d, e);
    };
  }
  return cbs;
}

function makeCoreCallbacks(server) {
  return {
    onconnection(conn) {
      const st = stateOf(server, conn);
      server.emit('connection', st.getSocket());
    },
    onrequest(conn, method, url, rawHeaders, flags) {
      const st = stateOf(server, conn);
      st.count++;
      st.lastEnded = null;
      const req = new server[kIncomingMessage](st.getSocket);
      req.method = method;
      req.url = url;
      req.rawHeaders = rawHeaders;
      req.httpVersionMajor = 1;
      if (flags & F_HTTP11) { req.httpVersionMinor = 1; req.httpVersion = '1.1'; } else { req.httpVersionMinor = 0; req.httpVersion = '1.0'; }
      if (server.maxHeadersCount !== null) req._maxHeadersCount = server.maxHeadersCount;
      if (server.joinDuplicateHeaders) req.joinDuplicateHeaders = true;
      if (flags & F_HAS_BODY) {
        st.req = req;
        req[kOnRead] = () => conn.resume();
      } else {
        req.complete = true;
        req._noBody = true;
      }
      if (flags & F_UPGRADE) {
        const event = method === 'CONNECT' ? 'connect' : 'upgrade';
        if (server.listenerCount(event) > 0) {
          req.upgrade = true;
          const out = conn.detach();
          if (!Array.isArray(out)) return;
          const [fd, headAb] = out;
          const socket = new net.Socket({ fd, allowHalfOpen: true, readable: true, writable: true });
          socket.server = server;
          if (st.socket) { st.socketClosed = true; }
          req.socket = socket;
          server.emit(event, req, socket, new FastBuffer(headAb));
          return;
        }
        if (method === 'CONNECT') { conn.destroy(); return; }
        req.upgrade = false;
      }
      const res = new server[kServerResponse](req, server[kHighWaterMark] ? { highWaterMark: server[kHighWaterMark] } : undefined);
      res._conn = conn;
      res._st = st;
      st.res = res;
      res.shouldKeepAlive = (flags & F_KEEP_ALIVE) !== 0; // Node: the parser's verdict
      if (server.maxRequestsPerSocket > 0 && st.count >= server.maxRequestsPerSocket) {
        res.maxRequestsOnConnectionReached = true;
      }
      if (server.uniqueHeaders) res._uniqueHeaders = server.uniqueHeaders;
      if (flags & F_EXPECT_CONTINUE) {
        res._expect_continue = true;
        if (server.listenerCount('checkContinue') > 0) {
          server.emit('checkContinue', req, res);
          return;
        }
        res.writeContinue();
      } else if (flags & F_EXPECT_OTHER) {
        if (server.listenerCount('checkExpectation') > 0) {
          server.emit('checkExpectation', req, res);
        } else {
          res.writeHead(417);
          res.end();
        }
        return;
      }
      server.emit('request', req, res);
    },
    onbody(conn, ab) {
      const st = conn[kConnState];
      const req = st && st.req;
      if (!req || req.destroyed) return;
      if (!req.push(new FastBuffer(ab))) conn.pause();
    },
    onbodyend(conn, trailers) {
      const st = conn[kConnState];
      const req = st && st.req;
      if (!req) return;
      st.req = null;
      if (trailers) req.rawTrailers = trailers;
      req.complete = true;
      req.push(null);
    },
    ondrain(conn) {
      const st = conn[kConnState];
      const res = st && (st.res || st.lastRes);
      if (st && st.socket && !st.socketClosed) st.socket.emit('drain');
      if (!res) return;
      res._pendingBytes = 0;
      const cbs = res._drainCbs;
      res._drainCbs = null;
      if (cbs) for (const cb of cbs) cb();
      if (res[kNeedDrain]) { res[kNeedDrain] = false; res.emit('drain'); }
      if (res._finishPending) { res._finishPending = false; resFinished(res); }
    },
    onclose(conn, errno) {
      const st = conn ? conn[kConnState] : undefined;
      if (st) {
        st.lastEnded = null;
        const req = st.req;
        if (req && !req.complete && !req.destroyed) abortRequest(req);
        const res = st.res;
        if (res && !res._closed) {
          if (res._finishPending) { res._finishPending = false; resFinished(res); }
          else if (!res.finished) abortExchange(res);
          else emitResClose(res);
        }
        if (st.socket && !st.socket.destroyed) st.socket.destroy();
      }
      server._emitCloseIfDrained();
    },
    onclienterror(conn, code, reason, raw, bytesParsed) {
      const st = stateOf(server, conn);
      const err = new Error(`Parse Error: ${reason}`);
      err.code = code;
      err.bytesParsed = bytesParsed;
      err.rawPacket = new FastBuffer(raw);
      const socket = st.getSocket();
      if (server.listenerCount('clientError') > 0) {
        server.emit('clientError', err, socket);
      } else {
        socket.destroy();
      }
    },
  };
}

// --- Server -------------------------------------------------------------------------------

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  const maxHeaderSize = options.maxHeaderSize;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;
  const insecureHTTPParser = options.insecureHTTPParser;
  if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;
  if (options.requireHostHeader !== undefined) validateBoolean(options.requireHostHeader, 'options.requireHostHeader');
  this.requireHostHeader = options.requireHostHeader ?? true;
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;
  this.rejectNonStandardBodyWrites = options.rejectNonStandardBodyWrites ?? false;
  this[kHighWaterMark] = options.highWaterMark;
  this.uniqueHeaders = options.uniqueHeaders;

  net.Server.call(this, { allowHalfOpen: true, noDelay: options.noDelay ?? true, keepAlive: options.keepAlive, keepAliveInitialDelay: options.keepAliveInitialDelay });
  if (requestListener) this.on('request', requestListener);

  this.httpAllowHalfOpen = false;
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this._headersTimeout = 60000;
  this._requestTimeout = 300000;
  this._keepAliveTimeout = 5000;
  if (options.headersTimeout !== undefined) { validateInteger(options.headersTimeout, 'headersTimeout', 0); this._headersTimeout = options.headersTimeout; }
  if (options.requestTimeout !== undefined) { validateInteger(options.requestTimeout, 'requestTimeout', 0); this._requestTimeout = options.requestTimeout; }
  if (options.keepAliveTimeout !== undefined) { validateInteger(options.keepAliveTimeout, 'keepAliveTimeout', 0); this._keepAliveTimeout = options.keepAliveTimeout; }
  if (options.connectionsCheckingInterval !== undefined) validateInteger(options.connectionsCheckingInterval, 'connectionsCheckingInterval', 0);
  this[kCore] = null;
  this.on('newListener', onNewListener);
  this.on('removeListener', onRemoveListener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

function onNewListener(event) {
  const core = this[kCore];
  if (!core) return;
  if (event === 'connection') core.emitConnection = true;
  else if (event === 'clientError') core.emitClientError = true;
}
function onRemoveListener(event) {
  const core = this[kCore];
  if (!core) return;
  if (event === 'connection') core.emitConnection = this.listenerCount('connection') > 0;
  else if (event === 'clientError') core.emitClientError = this.listenerCount('clientError') > 0;
}

for (const [prop, key] of [['headersTimeout', '_headersTimeout'], ['requestTimeout', '_requestTimeout'], ['keepAliveTimeout', '_keepAliveTimeout']]) {
  Object.defineProperty(Server.prototype, prop, {
    get() { return this[key]; },
    set(v) { this[key] = v; configureCore(this); },
    configurable: true, enumerable: true,
  });
}

function configureCore(server) {
  const core = server[kCore];
  if (!core) return;
  let headersTimeout = server._headersTimeout;
  const requestTimeout = server._requestTimeout;
  if (requestTimeout > 0 && headersTimeout > requestTimeout) headersTimeout = requestTimeout;
  core.configure(headersTimeout || 0, requestTimeout || 0, server._keepAliveTimeout || 0,
    server.maxHeaderSize || 16384, server.requireHostHeader !== false);
  core.emitConnection = server.listenerCount('connection') > 0;
  core.emitClientError = server.listenerCount('clientError') > 0;
  if (server.maxConnections != null) core.maxConnections = server.maxConnections;
}

Server.prototype._getCore = function() {
  let core = this[kCore];
  if (!core) {
    core = this[kCore] = new HTTPServer();
    core.setCallbacks(makeCallbacks(this));
    configureCore(this);
  }
  return core;
};

Server.prototype._createServerHandle = function() {
  const core = this._getCore();
  configureCore(this);
  return core;
};

// Drain mode for a graceful cluster reload: each further response carries
// `Connection: close`; keep-alive connections idle for quietMs (default 1 s) are closed.
Server.prototype._startDraining = function(quietMs) {
  const core = this._getCore();
  if (typeof quietMs === 'number') core.startDraining(quietMs);
  else core.startDraining();
};

// A connection handed over from elsewhere (cluster round-robin): serve it in Rust.
Server.prototype._acceptHandle = function(err, clientHandle) {
  if (err) { this.emit('error', require('internal/net').errnoException(err, 'accept')); return; }
  const fd = clientHandle.detach();
  if (fd >= 0) this._getCore().adopt(fd);
};

Server.prototype._emitCloseIfDrained = function() {
  const core = this[kCore];
  if (this._handle || (core && core.connections > 0)) return;
  if (this._closeEmitScheduled) return;
  this._closeEmitScheduled = true;
  process.nextTick(() => {
    this._closeEmitScheduled = false;
    if (this._handle || (this[kCore] && this[kCore].connections > 0)) return;
    if (!this._closeEmitted) { this._closeEmitted = true; this.emit('close'); }
  });
};

Server.prototype.listen = function(...args) {
  this._closeEmitted = false;
  return net.Server.prototype.listen.apply(this, args);
};

Server.prototype.close = function(cb) {
  const hadHandle = !!this._handle;
  net.Server.prototype.close.call(this, cb);
  if (this[kCore]) {
    if (hadHandle && this._handle === null && this[kCore].fd >= 0) this[kCore].close();
    this[kCore].closeIdle();
  }
  return this;
};

Server.prototype.closeAllConnections = function() {
  if (this[kCore]) this[kCore].closeAll();
};

Server.prototype.closeIdleConnections = function() {
  if (this[kCore]) this[kCore].closeIdle();
};

Server.prototype.setTimeout = function(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

Server.prototype.getConnections = function(cb) {
  const n = this[kCore] ? this[kCore].connections : 0;
  process.nextTick(cb, null, n);
  return this;
};

Server.prototype[Symbol.asyncDispose] = function() {
  return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

Object.defineProperty(Server.prototype, 'connections', {
  get() { return this[kCore] ? this[kCore].connections : 0; }, set(v) {}, configurable: true,
});
Object.defineProperty(Server.prototype, '_connections', {
  get() { return this[kCore] ? this[kCore].connections : 0; }, set(v) {}, configurable: true,
});

function setupConnectionsTracking() {}

// The properties a GET request and its response usually gain, in order (onrequest, then
// res.end on the fast path): keep those shapes (internal/shapes.js).
module.shapeHolders = [
  require('internal/shapes').holdShapes(IncomingMessage.prototype,
    [kSocket, 'method', 'url', 'rawHeaders', 'httpVersionMajor', 'httpVersionMinor', 'httpVersion', 'complete', '_noBody']),
  require('internal/shapes').holdShapes(ServerResponse.prototype,
    ['req', '_conn', '_st', '_header', '_headerSent', 'finished', '_detached', '_lazyFinish']),
];

module.exports = {
  STATUS_CODES, Server, ServerResponse, setupConnectionsTracking, kConnState, _makeCallbacks: makeCallbacks,
  _connectionListener() { throw new (require('internal/errors').codes.ERR_NOT_IMPLEMENTED)('http.Server connection listener'); },
};
void ERR_INVALID_ARG_TYPE; void validateNumber; void F_END; void noop;
