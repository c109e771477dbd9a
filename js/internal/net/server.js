'use strict';
// net.Server: listening (directly or through cluster) and accepting connections as net.Sockets.
const EventEmitter = require('events');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_SERVER_ALREADY_LISTEN, ERR_SERVER_NOT_RUNNING },
} = require('internal/errors');
const { validatePort } = require('internal/validators');
const {
  isIP, errnoException, connectException, uvExceptionWithHostPort, binding, normalizeArgs, toNumber, isPipeName,
} = require('internal/net');
const { Socket } = require('internal/net/socket');
const {
  state: asyncContext, kAsyncFrame, currentFrame, runInFrame, bindCurrent,
} = require('internal/async_context');

const tcp = binding();
const { TCPServer } = tcp;

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

// Connections are accepted in the AsyncLocalStorage frame the server listened in.
function onconnection(err, clientHandle) {
  const server = this.owner;
  if (!server) { if (clientHandle) clientHandle.close(); return; }
  if (asyncContext.enabled && server[kAsyncFrame] !== undefined) {
    runInFrame(server[kAsyncFrame], server._acceptHandle, server, [err, clientHandle]);
    return;
  }
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
  if (asyncContext.enabled && this[kAsyncFrame] !== undefined) socket[kAsyncFrame] = this[kAsyncFrame];
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
  if (asyncContext.enabled) this[kAsyncFrame] = currentFrame();
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
      // Runs in the AsyncLocalStorage frame of this call, as in Node.
      this.once('close', bindCurrent(cb));
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

module.exports = { Server, createServer };
