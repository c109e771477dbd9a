'use strict';
// net.Socket, a Duplex over a TCP/Unix stream handle, and net.connect().
const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_SOCKET_CLOSED } } = require('internal/errors');
const { validateNumber, validateFunction, validateInt32 } = require('internal/validators');
const { errnoException, binding, normalizeArgs, normalizedArgsSymbol } = require('internal/net');
const { bindCurrent } = require('internal/async_context');
const {
  kTimeout, kSetNoDelay, kSetKeepAlive, kPendingRef, initHandle, lookupAndConnect, afterConnect,
} = require('internal/net/socket_handle');

const tcp = binding();
const { TCP } = tcp;

const kBuffered = Symbol('buffered');
const kBytesDispatched = Symbol('bytesDispatched');

function noop() {}

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
    req.oncomplete = bindCurrent((status) => {
      if (status < 0) {
        if (status === -125 /* ECANCELED */) { cb(); return; }
        const err = errnoException(status, 'write');
        cb(err);
      } else {
        if (this[kTimeout]) this._unrefTimer();
        cb();
      }
    });
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
    oncomplete: bindCurrent((status) => {
      if (status < 0 && status !== -107 /* ENOTCONN */ && status !== -125) {
        cb(errnoException(status, 'shutdown'));
        return;
      }
      cb();
    }),
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
    h.close(bindCurrent(() => {
      this.emit('close', isException);
    }));
    cb(exception);
  } else {
    // cb first: its 'error' is queued before this 'close', as in Node.
    cb(exception);
    process.nextTick(() => this.emit('close', isException));
  }
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

function connect(...args) {
  const normalized = normalizeArgs(args);
  const [options] = normalized;
  if (options.timeout) {
    // applied in connect()
  }
  const socket = new Socket(options);
  return socket.connect(normalized);
}

module.exports = { Socket, connect };
