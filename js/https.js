'use strict';
// The `https` module. https.Server is an http.Server whose connections arrive over TLS: the
// listening socket is a plain TCP handle, each accepted connection is handshaken by a
// server-side TLSSocket (bindings/src/tls/wrap.rs), and then its plaintext is bridged
// (`TLSWrap.bridge()`, a Unix socketpair) into the Rust http core (`HTTPServer.adopt(fd)`),
// so requests take the same fast path as http. The core's per-connection socket view is
// given the TLS facts (encrypted, authorized, getPeerCertificate, remote address...).
// https.Agent is an http.Agent whose connections come from tls.connect.
const tls = require('tls');
const { Server: HttpServer } = require('_http_server');
const { Agent: HttpAgent } = require('_http_agent');
const { ClientRequest } = require('_http_client');
const { TLSSocket, initTlsServer, kServerMethods, kBridge } = require('_tls_wrap');
const { createSecureContext } = require('_tls_common');
const { validateObject } = require('internal/validators');
const { errnoException } = require('internal/net');

const tcpBinding = internalBinding('tcp');

const kPending = Symbol('pendingTls');
const kHandshaking = Symbol('handshaking');
const kContexts = Symbol('contexts');

// --- Server -------------------------------------------------------------------------------

function Server(opts, requestListener) {
  if (!(this instanceof Server)) return new Server(opts, requestListener);
  if (typeof opts === 'function') {
    requestListener = opts;
    opts = {};
  } else if (opts == null) {
    opts = {};
  } else {
    validateObject(opts, 'options');
  }
  opts = { ...opts };
  if (!opts.ALPNProtocols && !opts.ALPNCallback) opts.ALPNProtocols = ['http/1.1'];
  HttpServer.call(this, opts, requestListener);
  initTlsServer(this, opts);
  this[kPending] = new Map();
  this[kHandshaking] = new Set();
  // Every connection of the core gets a socket view; give it the TLS facts.
  this.on('connection', decorateConnection);
}
Object.setPrototypeOf(Server.prototype, HttpServer.prototype);
Object.setPrototypeOf(Server, HttpServer);
Object.assign(Server.prototype, kServerMethods);

Server.prototype._createServerHandle = function() {
  this._getCore();
  return new tcpBinding.TCPServer();
};

Server.prototype._acceptHandle = function(err, clientHandle) {
  if (err) {
    this.emit('error', errnoException(err, 'accept'));
    return;
  }
  const fd = clientHandle.detach();
  if (fd < 0) return;
  const socket = new TLSSocket(null, this._tlsSocketOptions(fd, { _bridge: true, _onsecure: onSecure }));
  socket.server = this;
  const set = this[kHandshaking];
  set.add(socket);
  socket.once('close', () => set.delete(socket));
};

function onSecure(tlsSocket) {
  const server = tlsSocket.server;
  server[kHandshaking].delete(tlsSocket);
  const h = tlsSocket._handle;
  // Keep the addresses: the core's socket view reports them.
  tlsSocket._getpeername();
  tlsSocket._getsockname();
  const fd = h.bridge();
  if (fd < 0) {
    tlsSocket.destroy();
    return;
  }
  tlsSocket[kBridge] = h;
  tlsSocket._handle = null;
  server[kPending].set(fd, tlsSocket);
  if (server.listenerCount('secureConnection') > 0) server.emit('secureConnection', tlsSocket);
  const r = server._getCore().adopt(fd);
  if (r < 0) {
    server[kPending].delete(fd);
    tcpBinding.closeFd(fd);
  }
}

const kTlsMethods = [
  'getPeerCertificate', 'getCertificate', 'getProtocol', 'getCipher', 'getSession', 'getTLSTicket',
  'isSessionReused', 'exportKeyingMaterial', 'getFinished', 'getPeerFinished', 'getEphemeralKeyInfo',
  'getSharedSigalgs', 'getX509Certificate', 'getPeerX509Certificate', 'setMaxSendFragment',
  'renegotiate', 'disableRenegotiation', 'enableTrace', 'setSession',
];

function decorateConnection(socket) {
  const h = socket && socket._handle;
  const fd = h ? h.fd : -1;
  const t = this[kPending].get(fd);
  if (!t) return;
  this[kPending].delete(fd);
  socket.encrypted = true;
  socket.authorized = t.authorized;
  socket.authorizationError = t.authorizationError;
  socket.alpnProtocol = t.alpnProtocol;
  socket.servername = t.servername;
  socket._tlsOptions = t._tlsOptions;
  socket._peername = t._peername;
  socket._sockname = t._sockname;
  for (const m of kTlsMethods) socket[m] = TLSSocket.prototype[m].bind(t);
}

Server.prototype.closeAllConnections = function() {
  HttpServer.prototype.closeAllConnections.call(this);
  for (const s of this[kHandshaking]) s.destroy();
};

Server.prototype.close = function(cb) {
  for (const s of this[kHandshaking]) s.destroy();
  return HttpServer.prototype.close.call(this, cb);
};

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

// --- Agent --------------------------------------------------------------------------------

const kTlsNameOptions = [
  'ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx', 'rejectUnauthorized', 'servername',
  'minVersion', 'maxVersion', 'secureProtocol', 'crl', 'honorCipherOrder', 'ecdhCurve', 'dhparam',
  'secureOptions', 'sessionIdContext', 'sigalgs', 'privateKeyIdentifier', 'privateKeyEngine',
];

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  HttpAgent.call(this, options);
  this.defaultPort = 443;
  this.protocol = 'https:';
  this.maxCachedSessions = this.options.maxCachedSessions;
  if (this.maxCachedSessions === undefined) this.maxCachedSessions = 100;
  this._sessionCache = { map: {}, list: [] };
  this[kContexts] = new Map();
}
Object.setPrototypeOf(Agent.prototype, HttpAgent.prototype);
Object.setPrototypeOf(Agent, HttpAgent);

function tlsNamePart(options) {
  let name = '';
  for (const k of kTlsNameOptions) {
    name += ':';
    const v = options[k];
    if (v === undefined || v === null) continue;
    if (k === 'servername' && v === options.host) continue;
    if (k === 'rejectUnauthorized' || k === 'secureOptions') { name += v; continue; }
    name += Array.isArray(v) ? v.map(String).join(',') : String(v);
  }
  return name;
}

Agent.prototype.getName = function(options = {}) {
  return HttpAgent.prototype.getName.call(this, options) + tlsNamePart(options);
};

Agent.prototype.createConnection = function(port, host, options) {
  if (port !== null && typeof port === 'object') {
    options = { ...port };
  } else if (host !== null && typeof host === 'object') {
    options = { ...host };
  } else if (options !== null && typeof options === 'object') {
    options = { ...options };
  } else {
    options = {};
  }
  if (typeof port === 'number') options.port = port;
  if (typeof host === 'string') options.host = host;
  // One secure context per TLS option set, so connections through this agent share a
  // session cache (TLS resumption).
  if (!options.secureContext) {
    const key = tlsNamePart(options);
    let ctx = this[kContexts].get(key);
    if (!ctx) {
      ctx = createSecureContext(options);
      if (this[kContexts].size >= 100) this[kContexts].delete(this[kContexts].keys().next().value);
      this[kContexts].set(key, ctx);
    }
    options.secureContext = ctx;
  }
  return tls.connect(options);
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

// --- request / get ------------------------------------------------------------------------

function request(input, options, cb) {
  let opts;
  if (typeof input === 'string' || input instanceof URL) {
    if (typeof options === 'function') {
      cb = options;
      options = undefined;
    }
    opts = { ...options };
  } else {
    cb = options;
    opts = { ...input };
    input = null;
  }
  opts._defaultAgent = module.exports.globalAgent;
  if (opts.agent === false) opts.agent = new (opts._defaultAgent.constructor)();
  return input === null ? new ClientRequest(opts, cb) : new ClientRequest(input, opts, cb);
}

function get(input, options, cb) {
  const req = request(input, options, cb);
  req.end();
  return req;
}

module.exports = {
  Agent,
  globalAgent,
  Server,
  createServer,
  get,
  request,
};
