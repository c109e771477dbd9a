'use strict';
// http.ClientRequest: an OutgoingMessage written to a net.Socket from an Agent; the response
// is parsed by the Rust HTTPParser (bindings/src/http/parser.rs).
const net = require('net');
const { Buffer } = require('buffer');
const { FastBuffer } = require('buffer').kInternal;
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_PROTOCOL, ERR_UNESCAPED_CHARACTERS, ERR_INVALID_HTTP_TOKEN, ERR_HTTP_HEADERS_SENT, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateInteger, validateFunction, validateBoolean } = require('internal/validators');
const { checkIsHttpToken } = require('_http_common');
const { OutgoingMessage, kOutHeaders, kNeedDrain, F_CHUNKED, F_END } = require('_http_outgoing');
const { IncomingMessage, kOnRead } = require('_http_incoming');
const { Agent, globalAgent } = require('_http_agent');
const { HTTPParser } = internalBinding('http');

const INVALID_PATH_REGEX = /[^\u0021-\u00ff]/;

function urlToHttpOptions(url) {
  const options = {
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return options;
}

function connResetException(msg) {
  const err = new Error(msg);
  err.code = 'ECONNRESET';
  return err;
}

function ClientRequest(input, options, cb) {
  if (!(this instanceof ClientRequest)) return new ClientRequest(input, options, cb);
  OutgoingMessage.call(this);
  require('events').call(this);
  if (typeof input === 'string') {
    input = urlToHttpOptions(new URL(input));
  } else if (input instanceof URL) {
    input = urlToHttpOptions(input);
  } else {
    cb = options;
    options = input;
    input = null;
  }
  if (typeof options === 'function') {
    cb = options;
    options = input || {};
  } else {
    options = Object.assign(input || {}, options);
  }

  let agent = options.agent;
  const defaultAgent = options._defaultAgent || globalAgent;
  if (agent === false) {
    agent = new Agent();
  } else if (agent === null || agent === undefined) {
    if (typeof options.createConnection !== 'function') agent = defaultAgent;
    options.agent = agent;
  } else if (typeof agent.addRequest !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.agent', ['Agent-like Object', 'undefined', 'false'], agent);
  }
  this.agent = agent;

  const protocol = options.protocol || defaultAgent.protocol;
  let expectedProtocol = defaultAgent.protocol;
  if (this.agent && this.agent.protocol) expectedProtocol = this.agent.protocol;
  if (protocol !== expectedProtocol) throw new ERR_INVALID_PROTOCOL(protocol, expectedProtocol);

  const defaultPort = options.defaultPort || (this.agent && this.agent.defaultPort) || 80;
  const optsWithoutSignal = { __proto__: null, ...options };
  this.port = options.port || defaultPort || 80;
  const host = options.host = validateHost(options.hostname, 'hostname') || validateHost(options.host, 'host') || 'localhost';
  this.host = host;
  this.protocol = protocol;

  if (options.path) {
    const path = String(options.path);
    if (INVALID_PATH_REGEX.test(path)) throw new ERR_UNESCAPED_CHARACTERS('Request path');
  }
  this.path = options.path || '/';
  if (cb) this.once('response', cb);

  const method = options.method;
  const methodIsString = typeof method === 'string';
  if (method !== null && method !== undefined && !methodIsString) throw new ERR_INVALID_ARG_TYPE('options.method', 'string', method);
  if (methodIsString && method) {
    if (!checkIsHttpToken(method)) throw new ERR_INVALID_HTTP_TOKEN('Method', method);
    this.method = method.toUpperCase();
  } else {
    this.method = 'GET';
  }
  if (options.timeout !== undefined) this.timeout = getTimerDuration(options.timeout, 'timeout');
  const maxHeaderSize = options.maxHeaderSize;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;
  const insecureHTTPParser = options.insecureHTTPParser;
  if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;
  if (options.joinDuplicateHeaders !== undefined) validateBoolean(options.joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;

  this.path = options.path || '/';
  this.finished = false;
  this.res = null;
  this.aborted = false;
  this.timeoutCb = null;
  this.upgradeOrConnect = false;
  this.parser = null;
  this.maxHeadersCount = null;
  this.reusedSocket = false;
  this._ended = false;
  this._pendingWrites = [];

  if (this.method === 'GET' || this.method === 'HEAD' || this.method === 'DELETE' || this.method === 'OPTIONS' ||
      this.method === 'TRACE' || this.method === 'CONNECT') {
    this.useChunkedEncodingByDefault = false;
  } else {
    this.useChunkedEncodingByDefault = true;
  }
  if (this.method === 'HEAD') this._hasBody = true;

  const headersArray = Array.isArray(options.headers);
  if (!headersArray) {
    if (options.headers) {
      for (const key of Object.keys(options.headers)) this.setHeader(key, options.headers[key]);
    }
    if (host && !this.getHeader('host') && options.setHost !== false) {
      let hostHeader = host;
      const posColon = hostHeader.indexOf(':');
      if (posColon !== -1 && hostHeader.includes(':', posColon + 1) && hostHeader.charCodeAt(0) !== 91) hostHeader = `[${hostHeader}]`;
      if (this.port && +this.port !== defaultPort) hostHeader += ':' + this.port;
      this.setHeader('Host', hostHeader);
    }
    if (options.auth && !this.getHeader('Authorization')) {
      this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
    }
  } else {
    this._rawHeaderList = options.headers;
  }
  this.shouldKeepAlive = !!(this.agent && this.agent.keepAlive);
  if (options.headers && !headersArray) {
    const conn = this.getHeader('connection');
    if (conn && /close/i.test(String(conn))) this.shouldKeepAlive = false;
  }

  if (options.signal) {
    const signal = options.signal;
    const onAbort = () => this.destroy(Object.assign(new Error('The operation was aborted'), { code: 'ABORT_ERR', name: 'AbortError' }));
    if (signal.aborted) process.nextTick(onAbort);
    else { signal.addEventListener('abort', onAbort, { once: true }); this.once('close', () => signal.removeEventListener('abort', onAbort)); }
  }

  const optsForConn = { ...optsWithoutSignal, host, port: this.port };
  delete optsForConn.signal;
  if (this.agent) {
    this.agent.addRequest(this, optsForConn);
  } else {
    let s;
    if (typeof options.createConnection === 'function') {
      let called = false;
      s = options.createConnection(optsForConn, (err, sock) => {
        if (called) return;
        called = true;
        this.onSocket(sock, err);
      });
      if (s && !called) { called = true; this.onSocket(s); }
    } else {
      this.onSocket(net.createConnection(optsForConn));
    }
  }
}
Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ClientRequest, OutgoingMessage);

function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'undefined', 'null'], host);
  }
  return host;
}

function getTimerDuration(msecs, name) {
  validateInteger(msecs, name, 0);
  return msecs;
}

ClientRequest.prototype._implicitHeader = function() {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
  const first = `${this.method} ${this.path} HTTP/1.1\r\n`;
  if (this._rawHeaderList) this._storeHeader(first, this._rawHeaderList);
  else this._storeHeader(first, this[kOutHeaders]);
};

ClientRequest.prototype._transport = function(head, data, encoding, flags, cb) {
  const parts = [];
  if (head) parts.push([head, 'latin1']);
  if (data != null) {
    const len = typeof data === 'string' ? Buffer.byteLength(data, encoding || 'utf8') : data.byteLength;
    if (flags & F_CHUNKED) {
      if (len > 0) {
        parts.push([len.toString(16) + '\r\n', 'latin1']);
        parts.push([data, encoding || 'utf8']);
        parts.push(['\r\n', 'latin1']);
      }
    } else if (len > 0) {
      parts.push([data, encoding || 'utf8']);
    }
  }
  if ((flags & F_END) && (flags & F_CHUNKED)) parts.push(['0\r\n' + (this._trailer || '') + '\r\n', 'latin1']);
  const socket = this.socket;
  if (!socket || socket.connecting && !socket._handle || this._pendingWrites?.length) {
    // Not connected yet: keep it for later. (Subclasses that skip ClientRequest's constructor,
    // as interceptors such as nock do, still get a queue.)
    (this._pendingWrites ??= []).push({ parts, cb, end: (flags & F_END) !== 0 });
    return false;
  }
  return this._writeParts(socket, parts, cb, (flags & F_END) !== 0);
};

ClientRequest.prototype._writeParts = function(socket, parts, cb, end) {
  let ok = true;
  if (parts.length > 1) socket.cork();
  for (let i = 0; i < parts.length; i++) {
    const last = i === parts.length - 1;
    ok = socket.write(parts[i][0], parts[i][1], last ? cb || undefined : undefined);
  }
  if (parts.length > 1) socket.uncork();
  if (parts.length === 0 && cb) process.nextTick(cb);
  if (end) {
    const onFinish = () => { this.emit('finish'); };
    if (parts.length === 0) process.nextTick(onFinish);
    else socket.write('', 'latin1', onFinish);
  }
  return ok;
};

ClientRequest.prototype._flushPending = function(socket) {
  const pending = this._pendingWrites || [];
  this._pendingWrites = [];
  for (const { parts, cb, end } of pending) this._writeParts(socket, parts, cb, end);
  if (pending.length && this[kNeedDrain]) {
    this[kNeedDrain] = false;
    process.nextTick(() => this.emit('drain'));
  }
};

ClientRequest.prototype.onSocket = function(socket, err) {
  process.nextTick(() => {
    if (err) {
      this.emit('error', err);
      this._emitClose();
      return;
    }
    if (this.destroyed) {
      if (socket) {
        if (this.agent) socket.emit('free');
        else socket.destroy();
      }
      this._emitClose();
      return;
    }
    tickOnSocket(this, socket);
  });
};

ClientRequest.prototype._emitClose = function() {
  if (this._closeEmitted) return;
  this._closeEmitted = true;
  this._closed = true;
  process.nextTick(() => this.emit('close'));
};

function tickOnSocket(req, socket) {
  const parser = new HTTPParser(true);
  if (req.maxHeaderSize) parser.setMaxHeaderSize(req.maxHeaderSize);
  req.socket = socket;
  req.parser = parser;
  socket._httpMessage = req;
  socket.parser = parser;
  let res = null;

  parser.onHeaders = (minor, statusCode, statusMessage, rawHeaders, flags) => {
    const msg = new IncomingMessage(socket);
    msg.httpVersionMajor = 1;
    msg.httpVersionMinor = minor;
    msg.httpVersion = `1.${minor}`;
    msg.statusCode = statusCode;
    msg.statusMessage = statusMessage;
    msg.rawHeaders = rawHeaders;
    msg.req = req;
    msg._maxHeadersCount = req.maxHeadersCount;
    if (req.joinDuplicateHeaders) msg.joinDuplicateHeaders = true;
    if (statusCode === 100) { req.emit('continue'); return false; }
    if (statusCode >= 102 && statusCode < 200) {
      req.emit('information', { statusCode, statusMessage, httpVersion: msg.httpVersion, httpVersionMajor: 1, httpVersionMinor: minor, headers: msg.headers, rawHeaders });
      return false;
    }
    if (flags & 4) {
      msg.upgrade = true;
      upgraded = msg;
      return false;
    }
    res = msg;
    req.res = msg;
    if (!(flags & 1)) req.shouldKeepAlive = false;
    if (req.aborted) return true;
    res[kOnRead] = () => socket.resume();
    const hasListener = req.listenerCount('response') > 0;
    req.emit('response', msg);
    if (!hasListener) msg._dump();
    return req.method === 'HEAD';
  };
  parser.onBody = (ab) => {
    if (!res) return;
    if (!res.push(new FastBuffer(ab))) socket.pause();
  };
  parser.onComplete = (trailers) => {
    if (!res) return;
    const r = res;
    res = null;
    if (trailers) r.rawTrailers = trailers;
    r.complete = true;
    r.push(null);
    responseDone(req, socket, r);
  };
  let upgraded = null;

  function ondata(d) {
    const ret = parser.execute(d);
    if (typeof ret === 'object' && ret !== null) {
      socket.removeListener('data', ondata);
      const err = new Error(`Parse Error: ${ret.reason}`);
      err.code = ret.code;
      err.bytesParsed = ret.bytesParsed;
      err.rawPacket = d;
      req.emit('error', err);
      socket.destroy();
      return;
    }
    if (upgraded) {
      const head = d.subarray(ret);
      socket.removeListener('data', ondata);
      socket.removeListener('end', onend);
      socket.removeListener('close', onclose);
      socket.removeListener('error', onerror);
      socket._httpMessage = null;
      req.upgradeOrConnect = true;
      const event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
      if (req.listenerCount(event) > 0) {
        // Back to a fresh stream, neither flowing nor explicitly paused: the new owner's
        // first 'data' listener starts the flow (as in Node).
        socket.pause();
        socket._readableState.flowing = null;
        socket._readableState.paused = false;
        req.emit(event, upgraded, socket, head);
        req._emitClose();
      } else {
        socket.destroy();
      }
    }
  }
  function onend() {
    if (res) parser.finish();
    if (!req.res && !req.destroyed) {
      req.destroyed = true;
      req.emit('error', connResetException('socket hang up'));
    }
    socket.destroy();
  }
  function onerror(err) {
    if (req.destroyed && req._errorEmitted) return;
    if (!req.res || res) {
      req._errorEmitted = true;
      if (res) { res.destroy(err); }
      else req.emit('error', err);
    }
  }
  function onclose() {
    if (res && !res.complete) {
      const r = res;
      res = null;
      r.aborted = true;
      r.emit('aborted');
      r.destroy(connResetException('aborted'));
    } else if (!req.res && !req._errorEmitted && !req.destroyed) {
      req._errorEmitted = true;
      req.emit('error', connResetException('socket hang up'));
    }
    req._emitClose();
  }
  function ontimeout() { req.emit('timeout'); }
  function ondrain() {
    if (req[kNeedDrain]) { req[kNeedDrain] = false; req.emit('drain'); }
  }
  socket.on('data', ondata);
  socket.on('end', onend);
  socket.on('close', onclose);
  socket.on('error', onerror);
  socket.on('timeout', ontimeout);
  socket.on('drain', ondrain);
  req._detachSocket = () => {
    socket.removeListener('data', ondata);
    socket.removeListener('end', onend);
    socket.removeListener('close', onclose);
    socket.removeListener('error', onerror);
    socket.removeListener('timeout', ontimeout);
    socket.removeListener('drain', ondrain);
  };
  if (req.timeout !== undefined) socket.setTimeout(req.timeout);
  req.emit('socket', socket);
  if (socket.connecting) {
    socket.once('connect', () => req._flushPending(socket));
  } else {
    req._flushPending(socket);
  }
  if (socket.isPaused && socket.isPaused()) socket.resume();
}

function responseDone(req, socket, res) {
  const done = () => {
    if (req.shouldKeepAlive && req.agent && req.agent.keepAlive && !socket.destroyed) {
      req._detachSocket();
      socket.removeAllListeners('timeout');
      socket.setTimeout(0);
      socket._httpMessage = req;
      req._emitClose();
      socket.emit('free');
      socket._httpMessage = null;
    } else {
      req._emitClose();
      if (req.agent) { socket.end(); socket.destroy(); } else socket.end();
    }
  };
  if (req.finished && req._finishEmitted !== false) {
    if (req.writableFinished || req._finishedOk) done();
    else req.once('finish', done);
  } else {
    req.once('finish', done);
  }
}

ClientRequest.prototype.emit = function(ev, ...args) {
  if (ev === 'finish') this._finishedOk = true;
  return OutgoingMessage.prototype.emit.call(this, ev, ...args);
};

ClientRequest.prototype.abort = function() {
  if (this.aborted) return;
  this.aborted = true;
  process.nextTick(() => this.emit('abort'));
  this.destroy();
};

ClientRequest.prototype.destroy = function(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.res) this.res._dump();
  this[require('_http_outgoing').kErrored] = err;
  const socket = this.socket;
  if (socket) {
    if (err && !this._errorEmitted) {
      this._errorEmitted = true;
      process.nextTick(() => this.emit('error', err));
    } else if (!err && !this.res && !this._errorEmitted) {
      this._errorEmitted = true;
      const e = connResetException('socket hang up');
      process.nextTick(() => this.emit('error', e));
    }
    socket.destroy(err);
  } else {
    if (err) { this._errorEmitted = true; process.nextTick(() => this.emit('error', err)); }
    this._emitClose();
  }
  return this;
};

ClientRequest.prototype.setTimeout = function(msecs, callback) {
  if (callback) this.once('timeout', callback);
  this.timeout = msecs;
  if (this.socket) this.socket.setTimeout(msecs);
  return this;
};

ClientRequest.prototype.setNoDelay = function(noDelay) {
  if (this.socket) this.socket.setNoDelay(noDelay);
  else this.once('socket', (s) => s.setNoDelay(noDelay));
};

ClientRequest.prototype.setSocketKeepAlive = function(enable, initialDelay) {
  if (this.socket) this.socket.setKeepAlive(enable, initialDelay);
  else this.once('socket', (s) => s.setKeepAlive(enable, initialDelay));
};

ClientRequest.prototype.clearTimeout = function(cb) { this.setTimeout(0, cb); };

module.exports = { ClientRequest };
void ERR_INVALID_ARG_VALUE; void validateFunction;
