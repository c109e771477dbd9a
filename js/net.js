'use strict';
// The `net` module: net.Socket (a Duplex over a TCP/Unix stream handle) and net.Server,
// both on internalBinding('tcp') (bindings/src/tcp.rs).
//
// Injecting an already-accepted connection (cluster round-robin): build a handle with
//   const h = new (internalBinding('tcp').TCP)(); h.open(fd);
// and call `server._handle.onconnection(null, h)`; http servers take it the same way (their
// Rust core adopts the fd), or directly with `server._handle.adopt(fd)`.
const EventEmitter = require('events');
const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const { FastBuffer } = require('buffer').kInternal;
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_SERVER_ALREADY_LISTEN, ERR_SERVER_NOT_RUNNING,
    ERR_SOCKET_CLOSED, ERR_MISSING_ARGS, ERR_SOCKET_BAD_PORT, ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateNumber, validateFunction, validateInt32, validatePort, validateObject } = require('internal/validators');
const {
  isIP, isIPv4, isIPv6, errnoException, connectException, uvExceptionWithHostPort, binding,
} = require('internal/net');

const tcp = binding();
const { TCP, TCPServer, UV_EOF } = tcp;

const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
const kTimeout = Symbol('timeout');
const kBuffered = Symbol('buffered');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kBytesDispatched = Symbol('bytesDispatched');
const kPendingRef = Symbol('pendingRef');

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

function noop() {}

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}
function toNumber(x) { return (x = Number(x)) >= 0 ? x : false; }

// --- Socket -----------------------------------------------------------------------------

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  // Node's sockets emit 'close' themselves (after the handle closed), and decode nothing.
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  Duplex.call(this, options);

  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._parent = null;
  this._host = null;
  this._peername = null;
  this._sockname = null;
  this._pendingData = null;
  this._pendingEncoding = '';
  this.server = null;
  this._server = null;
  this[kTimeout] = null;
  this[kBuffered] = null;
  this[kBytesDispatched] = 0;
  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kPendingRef] = true;

  if (options.handle) {
    this._handle = options.handle;
  } else if (options.fd !== undefined) {
    validateInt32(options.fd, 'fd', 0);
    const h = new TCP();
    const err = h.open(options.fd);
    if (err < 0) throw errnoException(err, 'open');
    this._handle = h;
  }
  if (this._handle) {
    initHandle(this);
    if ((options.readable !== false || options.fd === undefined) && !options.pauseOnCreate && options.manualStart !== true) {
      // Start reading right away, like Node, so 'data' and 'end' flow once listened to.
      this.read(0);
    } else if (options.pauseOnCreate) {
      this._readableState.flowing = false;
    }
  }
  this.on('end', onReadableStreamEnd);
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

function initHandle(self) {
  const h = self._handle;
  h.owner = self;
  h.onread = onStreamRead;
  if (self[kSetNoDelay] && h.setNoDelay) h.setNoDelay(true);
  if (self[kSetKeepAlive] && h.setKeepAlive) h.setKeepAlive(true, 0);
  if (!self[kPendingRef] && h.unref) h.unref();
}

function onReadableStreamEnd() {
  if (!this.allowHalfOpen) {
    this.write = writeAfterFIN;
  }
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') { cb = encoding; encoding = null; }
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

function onStreamRead(nread, ab) {
  const self = this.owner;
  if (!self || self.destroyed) return;
  if (nread > 0) {
    if (self[kTimeout]) self._unrefTimer();
    const buf = new FastBuffer(ab, 0, nread);
    if (!self.push(buf) && self._handle && self._handle.readStop) {
      self._handle.reading = false;
      self._handle.readStop();
    }
    return;
  }
  if (nread === UV_EOF) {
    if (self._handle) self._handle.reading = false;
    // End of the readable side; the writable side ends too unless allowHalfOpen.
    self.push(null);
    self.read(0);
    return;
  }
  self.destroy(errnoException(nread, 'read'));
}

Object.defineProperties(Socket.prototype, {
  pending: { get() { return !this._handle || this.connecting; }, configurable: true },
  readyState: {
    get() {
      if (this.connecting) return 'opening';
      if (this.readable && this.writable) return 'open';
      if (this.readable && !this.writable) return 'readOnly';
      if (!this.readable && this.writable) return 'writeOnly';
      return 'closed';
    },
    configurable: true,
  },
  bufferSize: { get() { return this._handle ? this.writableLength : undefined; }, configurable: true },
  bytesRead: {
    get() { return this._handle && this._handle.bytesRead !== undefined ? this._handle.bytesRead : (this._bytesReadFinal || 0); },
    configurable: true,
  },
  bytesWritten: {
    get() {
      let n = this[kBytesDispatched];
      const state = this._writableState;
      if (state && state.buffered) {
        for (const el of state.buffered) n += el.chunk instanceof Uint8Array ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
      }
      if (this._pendingData) n += typeof this._pendingData === 'string' ? Buffer.byteLength(this._pendingData) : this._pendingData.length;
      return n;
    },
    configurable: true,
  },
  remoteAddress: { get() { return this._getpeername().address; }, configurable: true },
  remoteFamily: { get() { return this._getpeername().family; }, configurable: true },
  remotePort: { get() { return this._getpeername().port; }, configurable: true },
  localAddress: { get() { return this._getsockname().address; }, configurable: true },
  localPort: { get() { return this._getsockname().port; }, configurable: true },
  localFamily: { get() { return this._getsockname().family; }, configurable: true },
  timeout: { get() { return this._timeoutMs || undefined; }, configurable: true },
  _connecting: { get() { return this.connecting; }, configurable: true },
});

Socket.prototype._getpeername = function() {
  if (!this._handle || !this._handle.getpeername || this.connecting) return this._peername || {};
  if (!this._peername) {
    const out = this._handle.getpeername();
    if (typeof out !== 'object') return {};
    this._peername = out;
  }
  return this._peername;
};

Socket.prototype._getsockname = function() {
  if (!this._handle || !this._handle.getsockname) return {};
  if (!this._sockname) {
    const out = this._handle.getsockname();
    if (typeof out !== 'object') return {};
    this._sockname = out;
  }
  return this._sockname;
};

Socket.prototype.address = function() { return this._getsockname(); };

Socket.prototype.setNoDelay = function(enable) {
  enable = enable === undefined ? true : Boolean(enable);
  if (!this._handle) { this[kSetNoDelay] = enable; return this; }
  if (this._handle.setNoDelay && enable !== this[kSetNoDelay]) {
    this[kSetNoDelay] = enable;
    this._handle.setNoDelay(enable);
  }
  return this;
};

Socket.prototype.setKeepAlive = function(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const secs = Math.floor(~~initialDelayMsecs / 1000);
  if (!this._handle) { this[kSetKeepAlive] = enable; return this; }
  if (this._handle.setKeepAlive) this._handle.setKeepAlive(enable, secs);
  return this;
};

Socket.prototype.setTimeout = function(msecs, callback) {
  if (this.destroyed) return this;
  validateNumber(msecs, 'msecs', 0);
  this._timeoutMs = msecs;
  if (this[kTimeout]) { clearTimeout(this[kTimeout]); this[kTimeout] = null; }
  if (msecs === 0) {
    if (callback !== undefined) { validateFunction(callback, 'callback'); this.removeListener('timeout', callback); }
  } else {
    const t = setTimeout(onSocketTimeout, msecs, this);
    if (t.unref) t.unref();
    this[kTimeout] = t;
    if (callback !== undefined) { validateFunction(callback, 'callback'); this.once('timeout', callback); }
  }
  return this;
};

function onSocketTimeout(self) {
  self[kTimeout] = null;
  if (self.destroyed) return;
  // Re-arm so that 'timeout' fires again after another idle period, like Node.
  self.setTimeout(self._timeoutMs);
  self.emit('timeout');
}

Socket.prototype._unrefTimer = function() {
  const t = this[kTimeout];
  if (t) t.refresh();
};

Socket.prototype.ref = function() {
  this[kPendingRef] = true;
  if (this._handle && this._handle.ref) this._handle.ref();
  return this;
};
Socket.prototype.unref = function() {
  this[kPendingRef] = false;
  if (this._handle && this._handle.unref) this._handle.unref();
  return this;
};

Socket.prototype._read = function(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
    return;
  }
  const h = this._handle;
  if (!h.reading) {
    h.reading = true;
    const err = h.readStart();
    if (err < 0) this.destroy(errnoException(err, 'read'));
  }
};

Socket.prototype.pause = function() {
  // A paused socket that is not connected yet must not start reading on connect.
  if (this._handle && this._handle.reading && !this.connecting && this._handle.readStop) {
    this._handle.reading = false;
    this._handle.readStop();
  }
  return Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function() {
  if (this._handle && !this._handle.reading && !this.connecting && !this.destroyed) {
    this._read();
  }
  return Duplex.prototype.resume.call(this);
};

Socket.prototype.read = function(n) {
  if (this._handle && !this._handle.reading && !this.connecting && !this.destroyed && this._readableState && !this._readableState.ended) {
    // fine: the stream machinery calls _read when it wants data.
  }
  return Duplex.prototype.read.call(this, n);
};

function toWritable(data, encoding) {
  if (typeof data === 'string') {
    if (!encoding || encoding === 'utf8' || encoding === 'utf-8' || encoding === 'buffer') return data;
    return Buffer.from(data, encoding);
  }
  return data;
}

Socket.prototype._writeGeneric = function(writev, data, encoding, cb) {
  if (this.connecting) {
    // Keep it until the connection is up.
    this._pendingData = data;
    this._pendingEncoding = encoding;
    this.once('connect', function connect() {
      this.off('error', onerror);
      this._pendingData = null;
      this._writeGeneric(writev, data, encoding, cb);
    });
    const onerror = (err) => { this._pendingData = null; cb(err); };
    this.once('error', onerror);
    return;
  }
  this._pendingData = null;
  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return false;
  }
  if (this[kTimeout]) this._unrefTimer();
  const req = { oncomplete: null };
  let r;
  let bytes = 0;
  if (writev) {
    const chunks = new Array(data.length);
    for (let i = 0; i < data.length; i++) {
      const c = toWritable(data[i].chunk, data[i].encoding);
      chunks[i] = c;
      bytes += typeof c === 'string' ? Buffer.byteLength(c) : c.length;
    }
    r = this._handle.writev(req, chunks);
  } else {
    const c = toWritable(data, encoding);
    bytes = typeof c === 'string' ? Buffer.byteLength(c) : c.length;
    r = this._handle.write(req, c);
  }
  this[kBytesDispatched] += bytes;
  if (r === 0) {
    cb();
  } else if (r === 1) {
    req.oncomplete = (status) => {
      if (status < 0) {
        if (status === -125 /* ECANCELED */) { cb(); return; }
        const err = errnoException(status, 'write');
        cb(err);
      } else {
        if (this[kTimeout]) this._unrefTimer();
        cb();
      }
    };
  } else {
    cb(errnoException(r, 'write'));
  }
};

Socket.prototype._writev = function(chunks, cb) { this._writeGeneric(true, chunks, '', cb); };
Socket.prototype._write = function(data, encoding, cb) { this._writeGeneric(false, data, encoding, cb); };

Socket.prototype._final = function(cb) {
  if (this.pending && this.connecting) {
    this.once('connect', () => this._final(cb));
    return;
  }
  if (!this._handle) return cb();
  const req = {
    oncomplete: (status) => {
      if (status < 0 && status !== -107 /* ENOTCONN */ && status !== -125) {
        cb(errnoException(status, 'shutdown'));
        return;
      }
      cb();
    },
  };
  const err = this._handle.shutdown ? this._handle.shutdown(req) : 0;
  if (!this._handle.shutdown) cb();
  else if (err < 0 && err !== -107) cb(errnoException(err, 'shutdown'));
  else if (err < 0) cb();
};

Socket.prototype.end = function(data, encoding, cb) {
  Duplex.prototype.end.call(this, data, encoding, cb);
  return this;
};

Socket.prototype.destroySoon = function() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype._destroy = function(exception, cb) {
  this.connecting = false;
  if (this[kTimeout]) { clearTimeout(this[kTimeout]); this[kTimeout] = null; }
  const isException = exception ? true : false;
  if (this._handle) {
    const h = this._handle;
    this._bytesReadFinal = h.bytesRead;
    // Remember the addresses: they are readable after close in Node.
    this._getpeername();
    this._getsockname();
    this._handle = null;
    h.onread = noop;
    h.close(() => {
      this.emit('close', isException);
    });
  } else {
    process.nextTick(() => this.emit('close', isException));
  }
  cb(exception);
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

Socket.prototype.resetAndDestroy = function() {
  if (this._handle && this._handle.setKeepAlive) {
    // No RST control yet: a plain destroy.
  }
  return this.destroy();
};

function lookupAndConnect(self, options) {
  const { port } = options;
  let { host } = options;
  const { localAddress, localPort } = options;
  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_ARG_VALUE('options.localAddress', localAddress);
  if (localPort !== undefined) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    validatePort(port);
  }
  const portNum = port | 0;
  host = host || 'localhost';
  self._host = host;
  const family = isIP(host);
  if (family) {
    process.nextTick(() => {
      if (self.connecting) connectAddrs(self, [[host, family]], portNum, 0, null);
    });
    return;
  }
  if (options.lookup !== undefined) validateFunction(options.lookup, 'options.lookup');
  const done = (err, addrs) => {
    if (!self.connecting) return;
    if (err) {
      self.destroy(err);
      return;
    }
    self.emit('lookup', null, addrs[0][0], addrs[0][1], host);
    connectAddrs(self, addrs, portNum, 0, null);
  };
  if (host === 'localhost' && options.lookup === undefined) {
    // Both loopbacks without a resolver round trip; Node 20 tries them in the resolver's
    // order (IPv6 first on most hosts).
    process.nextTick(() => {
      if (!self.connecting) return;
      const fam = options.family | 0;
      const list = fam === 4 ? [['127.0.0.1', 4]] : fam === 6 ? [['::1', 6]] : [['::1', 6], ['127.0.0.1', 4]];
      done(null, list);
    });
    return;
  }
  // Names resolve through the dns module (getaddrinfo, like Node), or the caller's lookup.
  const lookup = typeof options.lookup === 'function' ? options.lookup : require('dns').lookup;
  lookup(host, { family: options.family || 0, hints: options.hints || 0, all: true }, (err, list, fam) => {
    if (err) return done(err);
    if (!Array.isArray(list)) list = [{ address: list, family: fam }];
    if (list.length === 0) {
      const e = new Error(`getaddrinfo ENOTFOUND ${host}`);
      e.code = 'ENOTFOUND';
      e.syscall = 'getaddrinfo';
      e.hostname = host;
      return done(e);
    }
    done(null, list.map((a) => [a.address, a.family === 'IPv6' ? 6 : a.family === 'IPv4' ? 4 : a.family]));
  });
}

function connectAddrs(self, addrs, port, i, lastErr) {
  if (!self.connecting) return;
  if (i >= addrs.length) {
    self.destroy(lastErr);
    return;
  }
  const [address, family] = addrs[i];
  if (!self._handle) {
    self._handle = new TCP();
    initHandle(self);
  }
  const h = self._handle;
  const req = {
    oncomplete(status) {
      if (self._handle !== h || !self.connecting) return;
      if (status < 0) {
        const err = connectException(status, 'connect', address, port);
        if (i + 1 < addrs.length && autoSelectFamily) {
          // Try the next address with a fresh handle.
          h.close();
          self._handle = null;
          connectAddrs(self, addrs, port, i + 1, err);
          return;
        }
        self.destroy(err);
        return;
      }
      afterConnect(self);
    },
  };
  const err = h.connect(req, address, port);
  if (err < 0) self.destroy(connectException(err, 'connect', address, port));
  void family;
}

function afterConnect(self) {
  if (self.destroyed) return;
  self.connecting = false;
  self._sockname = null;
  self._peername = null;
  const h = self._handle;
  if (self[kSetNoDelay]) h.setNoDelay(true);
  if (self[kSetKeepAlive]) h.setKeepAlive(true, 0);
  if (!self[kPendingRef]) h.unref();
  self.emit('connect');
  self.emit('ready');
  if (self.readable && !self.isPaused()) self.read(0);
}

Socket.prototype.connect = function(...args) {
  let normalized;
  if (Array.isArray(args[0]) && args[0][normalizedArgsSymbol]) normalized = args[0];
  else normalized = normalizeArgs(args);
  const [options, cb] = normalized;
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._readableState.reading = false;
    this._readableState.ended = false;
    this._readableState.endEmitted = false;
    this._writableState.ended = false;
    this._writableState.ending = false;
    this._writableState.finished = false;
    this._writableState.errorEmitted = false;
    this._writableState.destroyed = false;
    this._readableState.destroyed = false;
    this._writableState.closed = false;
    this._readableState.closed = false;
  }
  if (options.timeout) this.setTimeout(options.timeout);
  if (typeof cb === 'function') this.once('connect', cb);
  const { path } = options;
  this.connecting = true;
  if (options.noDelay !== undefined) this[kSetNoDelay] = Boolean(options.noDelay);
  if (options.keepAlive) this[kSetKeepAlive] = true;
  if (path) {
    if (typeof path !== 'string') throw new ERR_INVALID_ARG_TYPE('options.path', 'string', path);
    this._handle = new TCP();
    initHandle(this);
    const h = this._handle;
    const req = {
      oncomplete: (status) => {
        if (this._handle !== h || !this.connecting) return;
        if (status < 0) {
          const d = tcp.errData(status, 'connect');
          const err = new Error(`connect ${d.code} ${path}`);
          err.errno = d.errno; err.code = d.code; err.syscall = 'connect'; err.address = path;
          this.destroy(err);
          return;
        }
        afterConnect(this);
      },
    };
    h.connectPipe(req, path);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

const normalizedArgsSymbol = Symbol('normalizedArgs');

function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[normalizedArgsSymbol] = true;
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  arr = typeof cb === 'function' ? [options, cb] : [options, null];
  arr[normalizedArgsSymbol] = true;
  return arr;
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const [options] = normalized;
  if (options.timeout) {
    // applied in connect()
  }
  const socket = new Socket(options);
  return socket.connect(normalized);
}

// --- Server -----------------------------------------------------------------------------

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._pipeName = undefined;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.maxConnections = undefined;
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

Object.defineProperty(Server.prototype, 'listening', {
  get() { return !!this._handle; }, configurable: true, enumerable: true,
});
Object.defineProperty(Server.prototype, 'connections', {
  get() { return this._connections; }, set(v) { this._connections = v; }, configurable: true, enumerable: false,
});

// Overridden by http.Server to listen with its Rust core.
Server.prototype._createServerHandle = function() { return new TCPServer(); };

function onconnection(err, clientHandle) {
  const server = this.owner;
  if (!server) { if (clientHandle) clientHandle.close(); return; }
  server._acceptHandle(err, clientHandle);
}

Server.prototype._acceptHandle = function(err, clientHandle) {
  if (err) {
    this.emit('error', errnoException(err, 'accept'));
    return;
  }
  if (this.maxConnections != null && this._connections >= this.maxConnections) {
    clientHandle.close();
    return;
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: this.allowHalfOpen,
    pauseOnCreate: this.pauseOnConnect,
    readable: true,
    writable: true,
  });
  if (this.noDelay) socket.setNoDelay(true);
  if (this.keepAlive) socket.setKeepAlive(true, this.keepAliveInitialDelay * 1000);
  this._connections++;
  socket.server = this;
  socket._server = this;
  this.emit('connection', socket);
};

function emitErrorNT(self, err) { self.emit('error', err); }
function emitListeningNT(self) { if (self._handle) self.emit('listening'); }

// Create (or adopt) the listening handle and start accepting.
Server.prototype._listen2 = function(address, port, addressType, backlog, fd, flags) {
  backlog = typeof backlog === 'number' && backlog > 0 ? backlog : 511;
  if (this._handle) {
    // A handle given to listen(), or one from cluster.
  } else {
    let rval = this._createServerHandle();
    let err;
    if (typeof fd === 'number' && fd >= 0) {
      err = rval.open(fd);
    } else if (addressType === -1) {
      err = rval.listenPipe(address, backlog);
    } else {
      err = rval.listen(address || '', port, backlog, !!(flags & 1));
    }
    if (err < 0) {
      if (rval.close) rval.close();
      const ex = uvExceptionWithHostPort(err, 'listen', address || (addressType === 4 ? '0.0.0.0' : '::'), port);
      process.nextTick(emitErrorNT, this, ex);
      return;
    }
    this._handle = rval;
  }
  this._handle.onconnection = onconnection;
  this._handle.owner = this;
  if (this._unref && this._handle.unref) this._handle.unref();
  process.nextTick(emitListeningNT, this);
};

function listenInCluster(server, address, port, addressType, backlog, fd, exclusive, flags) {
  exclusive = !!exclusive;
  let cluster = null;
  // A cluster worker (NODE_UNIQUE_ID is removed from env at start-up, as in Node; child_process helper).
  if (!exclusive && require('internal/child_process/setup').isClusterWorker()) {
    try { cluster = require('cluster'); } catch { cluster = null; }
  }
  if (!cluster || cluster.isPrimary || cluster.isMaster || typeof cluster._getServer !== 'function') {
    server._listen2(address, port, addressType, backlog, fd, flags);
    return;
  }
  const serverQuery = { address, port, addressType, fd, flags, backlog };
  // The cluster module gives back a handle: the real listening one (shared mode), or one whose
  // onconnection it calls for every connection the primary passes over (round-robin).
  cluster._getServer(server, serverQuery, (err, handle) => {
    if (err) {
      process.nextTick(emitErrorNT, server, uvExceptionWithHostPort(err, 'bind', address, port));
      return;
    }
    server._handle = handle;
    server._listen2(address, port, addressType, backlog, fd, flags);
  });
}

Server.prototype.listen = function(...args) {
  const normalized = normalizeArgs(args);
  let [options, cb] = normalized;
  if (typeof cb === 'function') this.once('listening', cb);
  if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
  const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);
  options = options._handle || options.handle || options;
  const flags = options.ipv6Only ? 1 : 0;
  // listen(handle)
  if (options instanceof TCPServer || (options && typeof options.onconnection !== 'undefined' && typeof options.getsockname === 'function' && !('port' in options))) {
    this._handle = options;
    this._listen2(null, -1, -1, backlogFromArgs);
    return this;
  }
  if (typeof options.fd === 'number' && options.fd >= 0) {
    listenInCluster(this, null, null, null, backlogFromArgs, options.fd, options.exclusive);
    return this;
  }
  const backlog = options.backlog || backlogFromArgs;
  if (args.length === 0 || typeof args[0] === 'function' || (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
    options.port = 0;
  }
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    const port = options.port | 0;
    if (options.host) {
      lookupAndListen(this, port, options.host, backlog, options.exclusive, flags);
    } else {
      listenInCluster(this, null, port, 4, backlog, undefined, options.exclusive, flags);
    }
    return this;
  }
  if (options.path && isPipeName(options.path)) {
    this._pipeName = options.path;
    listenInCluster(this, options.path, -1, -1, backlog, undefined, options.exclusive);
    return this;
  }
  if (!('port' in options) && !('path' in options)) {
    throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
  }
  throw new ERR_INVALID_ARG_VALUE('options', options);
};

function lookupAndListen(self, port, host, backlog, exclusive, flags) {
  const fam = isIP(host);
  if (fam) {
    listenInCluster(self, host, port, fam, backlog, undefined, exclusive, flags);
    return;
  }
  if (host === 'localhost') {
    listenInCluster(self, '127.0.0.1', port, 4, backlog, undefined, exclusive, flags);
    return;
  }
  tcp.lookup(host, 0, {
    oncomplete(errno, addrs) {
      if (errno) {
        const err = connectException(errno, 'getaddrinfo', host);
        self.emit('error', err);
        return;
      }
      listenInCluster(self, addrs[0][0], port, addrs[0][1], backlog, undefined, exclusive, flags);
    },
  });
}

Server.prototype.address = function() {
  if (this._handle && this._handle.getsockname) {
    const out = this._handle.getsockname();
    if (typeof out !== 'object') return null;
    if (out.path !== undefined || this._pipeName) return out.path !== undefined ? out.path : this._pipeName;
    if (out.address === undefined && this._pipeName) return this._pipeName;
    return out;
  }
  if (this._pipeName) return this._pipeName;
  return null;
};

Server.prototype.getConnections = function(cb) {
  process.nextTick(cb, null, this._connections);
  return this;
};

Server.prototype.close = function(cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() { cb(new ERR_SERVER_NOT_RUNNING()); });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function() {
  if (this._handle || this._connections > 0) return;
  if (this._closeEmitScheduled) return;
  this._closeEmitScheduled = true;
  process.nextTick(() => {
    this._closeEmitScheduled = false;
    if (this._handle || this._connections > 0) return;
    this.emit('close');
  });
};

Server.prototype[Symbol.asyncDispose] = function() {
  if (!this._handle) return Promise.resolve();
  return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

Server.prototype.ref = function() {
  this._unref = false;
  if (this._handle && this._handle.ref) this._handle.ref();
  return this;
};
Server.prototype.unref = function() {
  this._unref = true;
  if (this._handle && this._handle.unref) this._handle.unref();
  return this;
};

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

// --- SocketAddress / BlockList ------------------------------------------------------------

function ipToBigInt(address, family) {
  if (family === 'ipv4') {
    return address.split('.').reduce((acc, p) => (acc << 8n) + BigInt(Number(p)), 0n);
  }
  let addr = address.split('%')[0];
  let tail = [];
  const v4 = addr.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (v4) {
    const n = ipToBigInt(v4[1], 'ipv4');
    tail = [Number(n >> 16n), Number(n & 0xffffn)].map((x) => x.toString(16));
    addr = addr.slice(0, -v4[1].length) + tail.join(':');
  }
  let parts;
  if (addr.includes('::')) {
    const [a, b] = addr.split('::');
    const left = a ? a.split(':') : [];
    const right = b ? b.split(':') : [];
    parts = [...left, ...new Array(8 - left.length - right.length).fill('0'), ...right];
  } else parts = addr.split(':');
  return parts.reduce((acc, p) => (acc << 16n) + BigInt(parseInt(p || '0', 16)), 0n);
}

class SocketAddress {
  #address; #port; #family; #flowlabel;
  constructor(options = {}) {
    validateObject(options, 'options');
    const { family = 'ipv4', address = family === 'ipv6' ? '::' : '127.0.0.1', port = 0, flowlabel = 0 } = options;
    const fam = `${family}`.toLowerCase();
    if (fam !== 'ipv4' && fam !== 'ipv6') throw new ERR_INVALID_ARG_VALUE('options.family', family);
    if (typeof address !== 'string') throw new ERR_INVALID_ARG_TYPE('options.address', 'string', address);
    if ((fam === 'ipv4' && !isIPv4(address)) || (fam === 'ipv6' && !isIPv6(address))) {
      throw new ERR_INVALID_ARG_VALUE('options.address', address);
    }
    validatePort(port, 'options.port');
    this.#address = address; this.#port = port | 0; this.#family = fam; this.#flowlabel = flowlabel;
  }
  get address() { return this.#address; }
  get port() { return this.#port; }
  get family() { return this.#family; }
  get flowlabel() { return this.#flowlabel; }
  toJSON() { return { address: this.#address, port: this.#port, family: this.#family, flowlabel: this.#flowlabel }; }
  static isSocketAddress(v) { return v instanceof SocketAddress; }
  static parse(input) {
    try {
      const u = new URL(`http://${input}`);
      const host = u.hostname.startsWith('[') ? u.hostname.slice(1, -1) : u.hostname;
      return new SocketAddress({ address: host, port: Number(u.port) || 0, family: isIPv6(host) ? 'ipv6' : 'ipv4' });
    } catch { return undefined; }
  }
}

class BlockList {
  #rules = [];
  static isBlockList(v) { return v instanceof BlockList; }
  #norm(address, family) {
    if (address instanceof SocketAddress) return [address.address, address.family];
    if (typeof address !== 'string') throw new ERR_INVALID_ARG_TYPE('address', ['string', 'SocketAddress'], address);
    family = `${family}`.toLowerCase();
    if (family !== 'ipv4' && family !== 'ipv6') throw new ERR_INVALID_ARG_VALUE('family', family);
    return [address, family];
  }
  addAddress(address, family = 'ipv4') {
    const [a, f] = this.#norm(address, family);
    this.#rules.push({ type: 'address', f, v: ipToBigInt(a, f), text: `Address: ${f === 'ipv4' ? 'IPv4' : 'IPv6'} ${a}` });
  }
  addRange(start, end, family = 'ipv4') {
    const [s, f] = this.#norm(start, family);
    const [e] = this.#norm(end, family);
    const sv = ipToBigInt(s, f); const ev = ipToBigInt(e, f);
    if (sv > ev) throw new ERR_INVALID_ARG_VALUE('start', start, 'must come before end');
    this.#rules.push({ type: 'range', f, s: sv, e: ev, text: `Range: ${f === 'ipv4' ? 'IPv4' : 'IPv6'} ${s}-${e}` });
  }
  addSubnet(network, prefix, family = 'ipv4') {
    const [n, f] = this.#norm(network, family);
    const bits = f === 'ipv4' ? 32 : 128;
    validateInt32(prefix, 'prefix', 0, bits);
    const v = ipToBigInt(n, f);
    const mask = ((1n << BigInt(bits)) - 1n) ^ ((1n << BigInt(bits - prefix)) - 1n);
    this.#rules.push({ type: 'subnet', f, v: v & mask, mask, text: `Subnet: ${f === 'ipv4' ? 'IPv4' : 'IPv6'} ${n}/${prefix}` });
  }
  check(address, family = 'ipv4') {
    let a, f;
    try { [a, f] = this.#norm(address, family); } catch (e) { if (typeof address !== 'string' && !(address instanceof SocketAddress)) throw e; return false; }
    if ((f === 'ipv4' && !isIPv4(a)) || (f === 'ipv6' && !isIPv6(a))) return false;
    const v = ipToBigInt(a, f);
    const alt = f === 'ipv4' ? (0xffffn << 32n) | v : null;
    const mapped = f === 'ipv6' && (v >> 32n) === 0xffffn ? v & 0xffffffffn : null;
    for (const r of this.#rules) {
      let cand = null;
      if (r.f === f) cand = v;
      else if (r.f === 'ipv6' && alt !== null) cand = alt;
      else if (r.f === 'ipv4' && mapped !== null) cand = mapped;
      if (cand === null) continue;
      if (r.type === 'address' && cand === r.v) return true;
      if (r.type === 'range' && cand >= r.s && cand <= r.e) return true;
      if (r.type === 'subnet' && (cand & r.mask) === r.v) return true;
    }
    return false;
  }
  get rules() { return this.#rules.map((r) => r.text).reverse(); }
}

module.exports = {
  Socket,
  Stream: Socket,
  Server,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  SocketAddress,
  BlockList,
  getDefaultAutoSelectFamily() { return autoSelectFamily; },
  setDefaultAutoSelectFamily(v) { autoSelectFamily = Boolean(v); },
  getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeout; },
  setDefaultAutoSelectFamilyAttemptTimeout(v) { validateInt32(v, 'value', 1); autoSelectFamilyAttemptTimeout = v < 10 ? 10 : v; },
  _normalizeArgs: normalizeArgs,
  _createServerHandle: () => new TCPServer(),
};
void ERR_MISSING_ARGS; void ERR_SOCKET_BAD_PORT; void ERR_OUT_OF_RANGE; void kLastWriteQueueSize; void kBuffered;
