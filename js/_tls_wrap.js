'use strict';
// tls.TLSSocket, tls.Server and tls.connect. A TLSSocket is a net.Socket whose handle is a
// `TLSWrap` (bindings/src/tls/wrap.rs): the same stream interface as tcp's `TCP` handle, over
// a rustls session on the socket's fd. A client connects with net.Socket's own machinery
// (lookup, address fallback, timeouts) and swaps the TCP handle for a TLSWrap on 'connect';
// a server takes each accepted TCP handle's fd. Host names are checked here, in JS
// (checkServerIdentity); the chain is checked in Rust with OpenSSL's error codes.
const net = require('net');
const { Buffer } = require('buffer');
const { Duplex } = require('stream');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_TLS_SNI_FROM_SERVER, ERR_TLS_INVALID_CONTEXT, ERR_TLS_REQUIRED_SERVER_NAME,
    ERR_TLS_RENEGOTIATION_DISABLED, ERR_SOCKET_CLOSED, ERR_MULTIPLE_CALLBACK, ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS,
  },
} = require('internal/errors');
const { validateFunction, validateString, validateNumber, validateObject, validateInt32 } = require('internal/validators');
const { SecureContext, createSecureContext, alpnList } = require('_tls_common');
const { errnoException } = require('internal/net');

const binding = internalBinding('tls');
const { TLSWrap } = binding;

const kIsServer = Symbol('isServer');
const kConnectOptions = Symbol('connectOptions');
const kTlsHandle = Symbol('tlsHandle');
const kInfo = Symbol('sessionInfo');
const kSniError = Symbol('sniError');
const kPendingWrites = Symbol('pendingWrites');
const kBridge = Symbol('bridge');
const kDeferredStart = Symbol('deferredStart');

function noop() {}

function tlsError(data) {
  const err = new Error(data.message);
  err.code = data.code;
  if (String(data.code).startsWith('ERR_SSL_')) {
    err.library = 'SSL routines';
    err.reason = data.message;
  }
  return err;
}

function verifyError(code, message) {
  const err = new Error(message);
  err.code = code;
  return err;
}

// --- TLSSocket ----------------------------------------------------------------------------

function TLSSocket(socket, opts) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, opts);
  const tlsOptions = { ...opts };
  if (tlsOptions.ALPNProtocols !== undefined) tlsOptions.ALPNProtocols = alpnList(tlsOptions.ALPNProtocols);
  if (tlsOptions.secureContext !== undefined && !(tlsOptions.secureContext instanceof SecureContext)) {
    throw new ERR_TLS_INVALID_CONTEXT('context');
  }
  this._tlsOptions = tlsOptions;
  this._secureEstablished = false;
  this._securePending = false;
  this._newSessionPending = false;
  this._controlReleased = false;
  this.secureConnecting = true;
  this._SNICallback = null;
  this.servername = null;
  this.alpnProtocol = null;
  this.authorized = false;
  this.authorizationError = null;
  this.encrypted = true;
  this[kIsServer] = !!tlsOptions.isServer;
  this[kInfo] = null;
  this[kPendingWrites] = null;
  this[kTlsHandle] = null;

  const wrapFd = typeof tlsOptions._fd === 'number' ? tlsOptions._fd : -1;
  let handle = null;
  if (wrapFd >= 0) handle = new TLSWrap();

  net.Socket.call(this, {
    handle,
    allowHalfOpen: socket ? socket.allowHalfOpen : tlsOptions.allowHalfOpen,
    pauseOnCreate: tlsOptions.pauseOnConnect,
    manualStart: !!tlsOptions._bridge,
    readable: true,
    writable: true,
    highWaterMark: tlsOptions.highWaterMark,
  });
  // Pending writes: held until the session is up (and, on a client, verified).
  this.on('connect', onTcpConnect);

  if (handle) {
    startHandle(this, handle, wrapFd);
  } else if (socket) {
    adoptSocket(this, socket);
  }
}
Object.setPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(TLSSocket, net.Socket);

// Wrap an existing stream: a connected net.Socket gives up its fd; a connecting one does so on
// 'connect'; any other Duplex is joined through a socketpair.
function adoptSocket(self, socket) {
  self._parent = socket;
  if (socket instanceof net.Socket && socket.connecting) {
    self.connecting = true;
    socket.once('connect', () => {
      self.connecting = false;
      adoptSocket(self, socket);
      self.emit('connect');
    });
    socket.once('error', (err) => self.destroy(err));
    return;
  }
  const h = socket._handle;
  if (socket instanceof net.Socket && h && typeof h.detach === 'function') {
    h.onread = noop;
    if (h.reading && h.readStop) h.readStop();
    const fd = h.detach();
    socket._handle = null;
    if (fd < 0) { process.nextTick(() => self.destroy(errnoException(fd, 'wrap'))); return; }
    self._host = socket._host;
    const th = new TLSWrap();
    installHandle(self, th);
    startHandle(self, th, fd);
    return;
  }
  if (socket instanceof Duplex || (socket && typeof socket.pipe === 'function')) {
    const JSStreamSocket = require('internal/js_stream_socket');
    let wrap;
    try {
      wrap = new JSStreamSocket(socket);
    } catch (err) {
      process.nextTick(() => self.destroy(err));
      return;
    }
    const wh = wrap._handle;
    wh.onread = noop;
    if (wh.reading && wh.readStop) wh.readStop();
    const fd = wh.detach();
    wrap._handle = null;
    if (fd < 0) { process.nextTick(() => self.destroy(errnoException(fd, 'wrap'))); return; }
    socket.on('error', (err) => { wrap.destroyPump(); self.destroy(err); });
    self.on('close', () => wrap.destroyPump());
    const th = new TLSWrap();
    // As in Node, the TLS handle's parent is the JSStreamSocket carrying the stream.
    th._parentWrap = wrap;
    installHandle(self, th);
    // A client's handshake waits for _start() (tls.connect calls it), as in Node, so a
    // TLSSocket only constructed over a stream sends nothing.
    if (self[kIsServer]) startHandle(self, th, fd);
    else self[kDeferredStart] = () => startHandle(self, th, fd);
    return;
  }
  throw new ERR_INVALID_ARG_TYPE('options.socket', ['net.Socket', 'stream.Duplex'], socket);
}

function installHandle(self, h) {
  self._handle = h;
  h.owner = self;
  h.onread = getNetOnRead();
  self._sockname = null;
  self._peername = null;
}

// net.Socket's onread (the same handle interface serves both), learnt once from a probe.
let netOnRead = null;
function getNetOnRead() {
  if (!netOnRead) {
    const fake = { readStart() { return 0; }, readStop() { return 0; }, close(cb) { if (cb) process.nextTick(cb); } };
    const probe = new net.Socket({ handle: fake, manualStart: true });
    netOnRead = fake.onread;
    probe.destroy();
  }
  return netOnRead;
}

function onTcpConnect() {
  if (this[kTlsHandle] || this._handle instanceof TLSWrap) return;
  const tcpHandle = this._handle;
  if (!tcpHandle || typeof tcpHandle.detach !== 'function') return;
  const hadRef = tcpHandle.hasRef ? tcpHandle.hasRef() : true;
  tcpHandle.onread = noop;
  const fd = tcpHandle.detach();
  if (fd < 0) { this.destroy(errnoException(fd, 'connect')); return; }
  const h = new TLSWrap();
  installHandle(this, h);
  if (!hadRef) h.unref();
  startHandle(this, h, fd);
}

function startHandle(self, h, fd) {
  h.owner = self;
  if (typeof h.onread !== 'function') h.onread = getNetOnRead();
  h.onhandshake = onHandshake;
  h.onclienthello = onClientHello;
  self[kTlsHandle] = h;
  const o = self._tlsOptions;
  const ctx = (o.secureContext || (o.secureContext = createSecureContext(o))).context;
  const opts = {
    servername: self[kIsServer] ? undefined : (o.servername || undefined),
    ALPNProtocols: o.ALPNProtocols,
    rejectUnauthorized: self[kIsServer] ? o.rejectUnauthorized !== false : o.rejectUnauthorized !== false,
    requestCert: !!o.requestCert,
    askHello: self[kIsServer] && !!(o.SNICallback || (o.server && o.server._contexts && o.server._contexts.length)),
    handshakeTimeout: self[kIsServer] ? o.handshakeTimeout : undefined,
  };
  let err;
  try {
    err = h.start(fd, self[kIsServer], ctx, opts);
  } catch (e) {
    process.nextTick(() => self.destroy(e));
    return;
  }
  if (err < 0) process.nextTick(() => self.destroy(errnoException(err, 'connect')));
}

function onClientHello(servername) {
  const self = this.owner;
  if (!self || self.destroyed) return;
  const o = self._tlsOptions;
  const server = o.server;
  let called = false;
  const done = (err, ctx) => {
    if (called) { self.destroy(new ERR_MULTIPLE_CALLBACK()); return; }
    called = true;
    if (self.destroyed || self._handle !== this) return;
    if (err) {
      self[kSniError] = err;
      this.setContext(null, String(err && err.message || err));
      return;
    }
    if (ctx && !(ctx instanceof SecureContext)) {
      if (ctx.context) ctx = ctx; else ctx = createSecureContext(ctx);
    }
    this.setContext((ctx || o.secureContext).context);
  };
  self.servername = servername || false;
  if (typeof o.SNICallback === 'function') {
    o.SNICallback(servername, done);
    return;
  }
  let ctx;
  if (server && server._contexts) {
    for (const [re, c] of server._contexts) {
      if (re.test(servername)) { ctx = c; break; }
    }
  }
  done(null, ctx);
}

function onHandshake(err) {
  const self = this.owner;
  if (!self || self.destroyed) return;
  if (err) {
    const e = self[kSniError] || tlsError(err);
    if (self[kIsServer]) {
      const server = self._tlsOptions.server;
      self._hadError = true;
      if (server) server.emit('tlsClientError', e, self);
      self.destroy();
    } else {
      self.destroy(e);
    }
    return;
  }
  const info = this.sessionInfo() || {};
  self[kInfo] = info;
  self.alpnProtocol = info.alpn === undefined ? false : info.alpn;
  const o = self._tlsOptions;
  if (self[kIsServer]) {
    self.servername = info.servername || false;
    if (o.requestCert) {
      if (info.verifyCode) {
        self.authorizationError = info.verifyCode;
        if (o.rejectUnauthorized !== false) { self.destroy(); return; }
      } else {
        self.authorized = true;
      }
    }
    finishSecure(self);
    if (o._onsecure) { o._onsecure(self); return; }
    if (o.server) o.server.emit('secureConnection', self);
    return;
  }
  // Client: chain result from Rust, host name here.
  self.servername = info.servername || o.servername || null;
  let verr = null;
  if (info.verifyCode) {
    verr = verifyError(info.verifyCode, info.verifyMessage);
  } else {
    const copts = self[kConnectOptions] || o;
    const check = typeof copts.checkServerIdentity === 'function' ? copts.checkServerIdentity : require('tls').checkServerIdentity;
    const hostname = copts.servername || copts.host || (self._parent && self._parent._host) || 'localhost';
    const cert = self.getPeerCertificate(true);
    try {
      verr = check(hostname, cert) || null;
    } catch (e) {
      verr = e;
    }
  }
  if (verr) {
    self.authorizationError = verr.code || verr.message;
    if (o.rejectUnauthorized !== false) {
      self.destroy(verr);
      return;
    }
  } else {
    self.authorized = true;
  }
  finishSecure(self);
  self.emit('secureConnect');
}

function finishSecure(self) {
  self.secureConnecting = false;
  self._secureEstablished = true;
  self.emit('secure');
  const pending = self[kPendingWrites];
  self[kPendingWrites] = null;
  if (pending) for (const fn of pending) fn();
}

TLSSocket.prototype._writeGeneric = function(writev, data, encoding, cb) {
  if (!this._secureEstablished && !this.destroyed) {
    (this[kPendingWrites] ??= []).push(() => this._writeGeneric(writev, data, encoding, cb));
    return;
  }
  return net.Socket.prototype._writeGeneric.call(this, writev, data, encoding, cb);
};
TLSSocket.prototype._writev = function(chunks, cb) { this._writeGeneric(true, chunks, '', cb); };
TLSSocket.prototype._write = function(data, encoding, cb) { this._writeGeneric(false, data, encoding, cb); };

TLSSocket.prototype._final = function(cb) {
  if (!this._secureEstablished && !this.destroyed) {
    (this[kPendingWrites] ??= []).push(() => this._final(cb));
    return;
  }
  return net.Socket.prototype._final.call(this, cb);
};

TLSSocket.prototype._destroy = function(err, cb) {
  this[kPendingWrites] = null;
  return net.Socket.prototype._destroy.call(this, err, cb);
};

function tlsHandle(self) {
  return self[kBridge] || (self._handle instanceof TLSWrap ? self._handle : null);
}

function foldName(pairs) {
  const o = { __proto__: null };
  for (const [k, v] of pairs) {
    if (k in o) {
      if (Array.isArray(o[k])) o[k].push(v);
      else o[k] = [o[k], v];
    } else {
      o[k] = v;
    }
  }
  return o;
}

function toNodeCert(raw) {
  if (!raw) return raw;
  const c = {};
  for (const k of Object.keys(raw)) {
    if (k === '_selfSigned') continue;
    const v = raw[k];
    if (k === 'subject' || k === 'issuer') c[k] = foldName(v);
    else if (k === 'raw' || k === 'pubkey') c[k] = Buffer.from(v);
    else c[k] = v;
  }
  Object.defineProperty(c, '_selfSigned', { value: !!raw._selfSigned, enumerable: false });
  return c;
}

function linkChain(list, detailed) {
  const certs = list.map(toNodeCert);
  const leaf = certs[0];
  if (!leaf) return {};
  if (detailed) {
    for (let i = 0; i < certs.length; i++) {
      const c = certs[i];
      if (c._selfSigned) c.issuerCertificate = c;
      else if (i + 1 < certs.length) c.issuerCertificate = certs[i + 1];
    }
  }
  return leaf;
}

TLSSocket.prototype.getPeerCertificate = function(detailed) {
  const h = tlsHandle(this);
  if (!h) return null;
  return linkChain(h.getPeerCertificates(), !!detailed);
};

TLSSocket.prototype.getCertificate = function() {
  const ctx = this._tlsOptions && this._tlsOptions.secureContext;
  if (!ctx) return null;
  const der = ctx.context.getCertificate();
  if (!der) return {};
  return toNodeCert(binding.parseCertificate(new Uint8Array(der)));
};

TLSSocket.prototype.getPeerX509Certificate = function() {
  const c = this.getPeerCertificate();
  if (!c || !c.raw) return undefined;
  const { X509Certificate } = require('crypto');
  return X509Certificate ? new X509Certificate(c.raw) : undefined;
};

TLSSocket.prototype.getX509Certificate = function() {
  const c = this.getCertificate();
  if (!c || !c.raw) return undefined;
  const { X509Certificate } = require('crypto');
  return X509Certificate ? new X509Certificate(c.raw) : undefined;
};

TLSSocket.prototype.getProtocol = function() {
  const h = tlsHandle(this);
  if (!h) return null;
  const info = this[kInfo];
  return info && info.protocol ? info.protocol : 'unknown';
};

TLSSocket.prototype.getCipher = function() {
  const info = this[kInfo];
  if (!tlsHandle(this) || !info || !info.cipher) return undefined;
  return { name: info.cipher, standardName: info.standardName, version: info.protocol === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.2' };
};

TLSSocket.prototype.isSessionReused = function() {
  const info = this[kInfo];
  return !!(info && info.resumed);
};

TLSSocket.prototype.exportKeyingMaterial = function(length, label, context) {
  validateNumber(length, 'length');
  validateString(label, 'label');
  if (context !== undefined && !ArrayBuffer.isView(context)) {
    throw new ERR_INVALID_ARG_TYPE('context', ['Buffer', 'TypedArray', 'DataView'], context);
  }
  const h = tlsHandle(this);
  if (!h || !this._secureEstablished) throw new ERR_SOCKET_CLOSED();
  const ab = h.exportKeyingMaterial(length, label, context);
  return ab === undefined ? undefined : Buffer.from(ab);
};

TLSSocket.prototype.getSession = function() { return undefined; };
TLSSocket.prototype.getTLSTicket = function() { return undefined; };
TLSSocket.prototype.setSession = function(session) { void session; };
TLSSocket.prototype.getFinished = function() { return undefined; };
TLSSocket.prototype.getPeerFinished = function() { return undefined; };
TLSSocket.prototype.getEphemeralKeyInfo = function() { return this[kIsServer] ? null : {}; };
TLSSocket.prototype.getSharedSigalgs = function() { return []; };
TLSSocket.prototype.setMaxSendFragment = function(size) { validateInt32(size, 'size'); return size >= 512 && size <= 16384; };
TLSSocket.prototype.disableRenegotiation = function() { this._disableRenegotiation = true; };
TLSSocket.prototype.enableTrace = function() {};
TLSSocket.prototype.renegotiate = function(options, callback) {
  validateObject(options, 'options');
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (this.destroyed) return false;
  // rustls (like TLS 1.3) has no renegotiation.
  if (callback) process.nextTick(callback, new ERR_TLS_RENEGOTIATION_DISABLED());
  return false;
};
TLSSocket.prototype.setServername = function(name) {
  validateString(name, 'name');
  if (this[kIsServer]) throw new ERR_TLS_SNI_FROM_SERVER();
  this._tlsOptions.servername = name;
};

// Starts a client handshake deferred by the constructor (a TLSSocket over a plain stream).
TLSSocket.prototype._start = function() {
  const start = this[kDeferredStart];
  if (!start) return;
  this[kDeferredStart] = null;
  start();
};

TLSSocket.prototype._releaseControl = function() {
  if (this._controlReleased) return false;
  this._controlReleased = true;
  return true;
};

// --- server -------------------------------------------------------------------------------

const kDefaultHandshakeTimeout = 120000;

// Settings shared by tls.Server and https.Server.
function initTlsServer(server, options) {
  server._contexts = [];
  server.requestCert = options.requestCert === true;
  server.rejectUnauthorized = options.rejectUnauthorized !== false;
  if (options.ALPNCallback !== undefined && options.ALPNProtocols !== undefined) {
    throw new ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS();
  }
  server.ALPNProtocols = alpnList(options.ALPNProtocols);
  if (options.SNICallback !== undefined) validateFunction(options.SNICallback, 'options.SNICallback');
  server._SNICallback = options.SNICallback;
  if (options.handshakeTimeout !== undefined) validateNumber(options.handshakeTimeout, 'options.handshakeTimeout');
  server.handshakeTimeout = options.handshakeTimeout ?? kDefaultHandshakeTimeout;
  server.setSecureContext(options);
}

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  net.Server.call(this, options);
  initTlsServer(this, options);
  if (listener) this.on('secureConnection', listener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

const kServerMethods = {
  setSecureContext(options) {
    validateObject(options, 'options');
    this._secureOptions = { ...options };
    this._sharedCreds = createSecureContext(options);
  },
  addContext(servername, context) {
    if (!servername) throw new ERR_TLS_REQUIRED_SERVER_NAME();
    const re = new RegExp('^' + String(servername).replace(/([.^$+?\-\\[\]{}])/g, '\\$1').replace(/\*/g, '[^.]*') + '$', 'i');
    const ctx = context instanceof SecureContext ? context : createSecureContext(context);
    this._contexts.push([re, ctx]);
  },
  getTicketKeys() { return this._ticketKeys || (this._ticketKeys = require('crypto').randomBytes ? require('crypto').randomBytes(48) : Buffer.alloc(48)); },
  setTicketKeys(keys) { this._ticketKeys = keys; },
  // Options for a server-side TLSSocket on an accepted fd.
  _tlsSocketOptions(fd, extra) {
    return {
      isServer: true,
      server: this,
      _fd: fd,
      secureContext: this._sharedCreds,
      requestCert: this.requestCert,
      rejectUnauthorized: this.rejectUnauthorized,
      ALPNProtocols: this.ALPNProtocols,
      SNICallback: this._SNICallback,
      handshakeTimeout: this.handshakeTimeout,
      pauseOnConnect: this.pauseOnConnect,
      allowHalfOpen: this.allowHalfOpen,
      ...extra,
    };
  },
};
Object.assign(Server.prototype, kServerMethods);

Server.prototype._acceptHandle = function(err, clientHandle) {
  if (err) {
    this.emit('error', errnoException(err, 'accept'));
    return;
  }
  if (this.maxConnections != null && this._connections >= this.maxConnections) {
    clientHandle.close();
    return;
  }
  const fd = clientHandle.detach();
  if (fd < 0) return;
  const socket = new TLSSocket(null, this._tlsSocketOptions(fd));
  this._connections++;
  socket.server = this;
  socket._server = this;
  if (this.noDelay) socket.setNoDelay(true);
  if (this.keepAlive) socket.setKeepAlive(true, this.keepAliveInitialDelay * 1000);
  this.emit('connection', socket);
};

function createServer(options, listener) {
  return new Server(options, listener);
}

// --- client -------------------------------------------------------------------------------

function normalizeConnectArgs(listArgs) {
  const args = net._normalizeArgs(listArgs);
  const options = args[0];
  const cb = args[1];
  if (listArgs[1] !== null && typeof listArgs[1] === 'object') {
    Object.assign(options, listArgs[1]);
  } else if (listArgs[2] !== null && typeof listArgs[2] === 'object') {
    Object.assign(options, listArgs[2]);
  }
  return cb ? [options, cb] : [options];
}

function connect(...args) {
  args = normalizeConnectArgs(args);
  let options = args[0];
  const cb = args[1];
  const allowUnauthorized = process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
  options = {
    rejectUnauthorized: !allowUnauthorized,
    ciphers: require('tls').DEFAULT_CIPHERS,
    checkServerIdentity: require('tls').checkServerIdentity,
    minDHSize: 1024,
    ...options,
  };
  if (!options.keepAlive) options.singleUse = true;
  if (options.checkServerIdentity !== undefined) validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
  if (options.minDHSize !== undefined) validateNumber(options.minDHSize, 'options.minDHSize', 1);
  const context = options.secureContext || createSecureContext(options);
  if (options.socket == null && !options.path) options.host ||= 'localhost';
  // Like Node, SNI is sent only for an explicit servername (https.Agent sets one).
  if (options.servername) {
    validateString(options.servername, 'options.servername');
    if (net.isIP(options.servername)) options.servername = undefined;
  }
  const tlssock = new TLSSocket(options.socket, {
    allowHalfOpen: options.allowHalfOpen,
    pipe: !!options.path,
    secureContext: context,
    isServer: false,
    requestCert: true,
    rejectUnauthorized: options.rejectUnauthorized !== false,
    session: options.session,
    ALPNProtocols: options.ALPNProtocols,
    servername: options.servername,
    highWaterMark: options.highWaterMark,
  });
  tlssock[kConnectOptions] = options;
  if (cb) tlssock.once('secureConnect', cb);
  if (!options.socket) {
    if (options.timeout) tlssock.setTimeout(options.timeout);
    const connectOpt = {
      path: options.path,
      port: options.port,
      host: options.host,
      family: options.family,
      localAddress: options.localAddress,
      localPort: options.localPort,
      lookup: options.lookup,
      noDelay: options.noDelay,
      keepAlive: options.keepAlive,
      autoSelectFamily: options.autoSelectFamily,
    };
    for (const k of Object.keys(connectOpt)) if (connectOpt[k] === undefined) delete connectOpt[k];
    tlssock.connect(connectOpt);
  }
  tlssock._start();
  tlssock._releaseControl();
  return tlssock;
}

module.exports = {
  TLSSocket, Server, createServer, connect, initTlsServer, kServerMethods, kBridge, kTlsHandle, kIsServer,
};
void Duplex; void ERR_INVALID_ARG_TYPE;
