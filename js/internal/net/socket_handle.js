'use strict';
// A net.Socket's TCP handle: attaching it (reads, options) and connecting it (lookup, each address).
const { FastBuffer } = require('buffer').kInternal;
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateNumber, validateFunction, validateInt32, validatePort } = require('internal/validators');
const { isIP, errnoException, connectException, binding } = require('internal/net');
const {
  state: asyncContext, kAsyncFrame, currentFrame, runInFrame, bindCurrent,
} = require('internal/async_context');

const { TCP, UV_EOF } = binding();

// Socket state the handle callbacks read; internal/net/socket sets it.
const kTimeout = Symbol('timeout');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kPendingRef = Symbol('pendingRef');

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

function initHandle(self) {
  const h = self._handle;
  h.owner = self;
  h.onread = onStreamRead;
  if (self[kSetNoDelay] && h.setNoDelay) h.setNoDelay(true);
  if (self[kSetKeepAlive] && h.setKeepAlive) h.setKeepAlive(true, 0);
  if (!self[kPendingRef] && h.unref) h.unref();
}

// Reads run in the AsyncLocalStorage frame the socket was connected or accepted in.
function onStreamRead(nread, ab) {
  const self = this.owner;
  if (!self || self.destroyed) return;
  if (asyncContext.enabled && self[kAsyncFrame] !== undefined) {
    runInFrame(self[kAsyncFrame], onStreamReadCore, undefined, [self, nread, ab]);
    return;
  }
  onStreamReadCore(self, nread, ab);
}

function onStreamReadCore(self, nread, ab) {
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

let localhostCache = null;

function notFound(host) {
  const e = new Error(`getaddrinfo ENOTFOUND ${host}`);
  e.code = 'ENOTFOUND';
  e.syscall = 'getaddrinfo';
  e.hostname = host;
  return e;
}

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
  if (asyncContext.enabled) self[kAsyncFrame] = currentFrame();
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
  if (host === 'localhost' && options.lookup === undefined && localhostCache !== null &&
      localhostCache.order === require('dns').getDefaultResultOrder()) {
    // The resolver's answer for localhost, cached per process (Node asks getaddrinfo each time;
    // the hosts file rarely changes while a process runs).
    process.nextTick(() => {
      if (!self.connecting) return;
      const fam = options.family | 0;
      const list = fam ? localhostCache.addrs.filter((a) => a[1] === fam) : localhostCache.addrs;
      if (list.length) done(null, list);
      else done(notFound(host));
    });
    return;
  }
  // Names resolve through the dns module (getaddrinfo, like Node), or the caller's lookup.
  const lookup = typeof options.lookup === 'function' ? options.lookup : require('dns').lookup;
  lookup(host, { family: options.family || 0, hints: options.hints || 0, all: true }, (err, list, fam) => {
    if (err) return done(err);
    if (!Array.isArray(list)) list = [{ address: list, family: fam }];
    if (list.length === 0) {
      return done(notFound(host));
    }
    const addrs = list.map((a) => [a.address, a.family === 'IPv6' ? 6 : a.family === 'IPv4' ? 4 : a.family]);
    if (host === 'localhost' && lookup === require('dns').lookup && !options.family && !options.hints) {
      localhostCache = { order: require('dns').getDefaultResultOrder(), addrs };
    }
    done(null, addrs);
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
    oncomplete: bindCurrent(function onConnect(status) {
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
    }),
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

module.exports = {
  kTimeout, kSetNoDelay, kSetKeepAlive, kPendingRef,
  initHandle, lookupAndConnect, afterConnect,
  getDefaultAutoSelectFamily() { return autoSelectFamily; },
  setDefaultAutoSelectFamily(v) { autoSelectFamily = Boolean(v); },
  getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeout; },
  setDefaultAutoSelectFamilyAttemptTimeout(v) { validateInt32(v, 'value', 1); autoSelectFamilyAttemptTimeout = v < 10 ? 10 : v; },
};
