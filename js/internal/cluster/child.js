'use strict';
// cluster in a worker: net.Server#listen asks the primary for the listening socket
// (cluster._getServer, called by js/net.js), gets back either the shared listening fd or a
// stand-in handle that the primary feeds connections through (round-robin). On the
// primary's 'disconnect' the worker stops taking connections, lets the ones it has finish
// (http servers answer with `Connection: close` from then on) and leaves once idle.
const EventEmitter = require('events');
const Worker = require('internal/cluster/worker');
const { sendHelper, internal } = require('internal/cluster/utils');
const ipc = internalBinding('ipc');

const cluster = new EventEmitter();
const handles = new Map(); // key -> handle given to a server
const servers = new Map(); // key -> net.Server
const indexes = new Map();

cluster.isWorker = true;
cluster.isMaster = false;
cluster.isPrimary = false;
cluster.worker = null;
cluster.Worker = Worker;

cluster._setupWorker = function _setupWorker() {
  const worker = new Worker({ id: +process.env.NODE_UNIQUE_ID | 0, process, state: 'online' });
  cluster.worker = worker;
  delete process.env.NODE_UNIQUE_ID;

  process.once('disconnect', () => {
    worker.emit('disconnect');
    if (!worker.exitedAfterDisconnect) {
      // The primary went away: nothing will feed or supervise us any more.
      process.exit(0);
    }
  });

  process.on('internalMessage', internal(worker, onmessage));
  send({ act: 'online' });

  function onmessage(message, handle) {
    if (message.act === 'newconn') onconnection(message, handle);
    else if (message.act === 'disconnect') _disconnect.call(worker, true);
  }
};

function send(message, cb) {
  return sendHelper(process, message, null, cb);
}

// Called by net.Server#listen in a worker.
cluster._getServer = function _getServer(obj, options, cb) {
  let address = options.address;
  const indexesKey = [address, options.port, options.addressType, options.fd].join(':');
  let index = indexes.get(indexesKey);
  if (index === undefined) index = 0; else index++;
  indexes.set(indexesKey, index);

  const message = {
    act: 'queryServer', index, data: null,
    address, port: options.port, addressType: options.addressType, fd: options.fd,
    flags: options.flags, backlog: options.backlog,
  };
  send(message, (reply, handle) => {
    if (reply.errno) { cb(reply.errno, null); return; }
    if (handle && handle._ipcRawFd) shared(reply, handle, indexesKey, index, obj, cb);
    else rr(reply, indexesKey, index, obj, cb);
  });

  obj.once('listening', () => {
    if (!cluster.worker) return;
    cluster.worker.state = 'listening';
    const addr = typeof obj.address === 'function' ? obj.address() : null;
    send({
      act: 'listening', index, data: null,
      address, port: (addr && addr.port) || options.port, addressType: options.addressType, fd: options.fd,
    });
  });
};

function track(key, handle, server) {
  handles.set(key, handle);
  servers.set(key, server);
}

function untrack(key) {
  handles.delete(key);
  servers.delete(key);
}

// Shared handle: the real listening socket.
function shared(reply, raw, indexesKey, index, server, cb) {
  const { TCPServer } = internalBinding('tcp');
  const key = reply.key;
  const handle = new TCPServer();
  const err = handle.open(raw.fd);
  if (err < 0) { ipc.closeFd(raw.fd); cb(err, null); return; }
  const close = handle.close;
  handle.close = function(...args) {
    send({ act: 'close', key });
    untrack(key);
    indexes.delete(indexesKey);
    return close.apply(this, args);
  };
  track(key, handle, server);
  cb(0, handle);
}

// Round-robin: a stand-in listening handle; the primary sends the connections.
function rr(message, indexesKey, index, server, cb) {
  const key = message.key;
  const sockname = message.sockname;
  const handle = {
    fd: -1,
    onconnection: null,
    owner: null,
    closed: false,
    close(closeCb) {
      if (handle.closed) { if (typeof closeCb === 'function') process.nextTick(closeCb); return; }
      handle.closed = true;
      // Tell the primary we take no more of this server's connections.
      send({ act: 'close', key });
      untrack(key);
      indexes.delete(indexesKey);
      if (typeof closeCb === 'function') process.nextTick(closeCb);
    },
    getsockname() { return sockname ? { ...sockname } : -22; },
    ref() {}, unref() {}, hasRef() { return true; },
    detach() { return -9; },
  };
  track(key, handle, server);
  cb(0, handle);
}

// The primary passed us a connection (a raw fd) for the server `key`.
function onconnection(message, raw) {
  const key = message.key;
  const handle = handles.get(key);
  const fd = raw && raw._ipcRawFd ? raw.fd : -1;
  const accepted = handle !== undefined && !handle.closed && typeof handle.onconnection === 'function' && fd >= 0;
  send({ ack: message.seq, accepted });
  if (!accepted) {
    if (fd >= 0) ipc.closeFd(fd);
    return;
  }
  const server = handle.owner;
  let client;
  if (server && typeof server._getCore === 'function') {
    // An http server adopts the fd in its Rust core: skip building a TCP handle.
    client = { fd, detach() { const f = this.fd; this.fd = -1; return f; }, close() { if (this.fd >= 0) ipc.closeFd(this.fd); this.fd = -1; } };
  } else {
    const { TCP } = internalBinding('tcp');
    client = new TCP();
    if (client.open(fd) < 0) { ipc.closeFd(fd); return; }
  }
  handle.onconnection(null, client);
}

// Stop accepting on every server; http servers go into drain mode (each further response
// carries `Connection: close`; idle keep-alive connections close when safe).
function startDraining(server) {
  if (!server) return;
  if (typeof server._startDraining === 'function') {
    server._startDraining();
    return;
  }
  if (typeof server._getCore === 'function' && !server._clusterDraining) {
    // Fallback until the http core has a drain mode: close after each response, and close
    // connections that stay idle.
    server._clusterDraining = true;
    server.prependListener('request', (req, res) => {
      res.shouldKeepAlive = false;
      try { if (!res.headersSent) res.setHeader('Connection', 'close'); } catch {}
    });
    const t = setInterval(() => {
      try { server.closeIdleConnections(); } catch {}
      if (!server.connections) clearInterval(t);
    }, 1000);
    t.unref();
  }
}

function _disconnect(primaryInitiated) {
  this.exitedAfterDisconnect = true;
  const entries = [...handles.entries()];
  for (const [key, handle] of entries) {
    const server = servers.get(key);
    startDraining(server);
    handle.close();
  }
  if (primaryInitiated) {
    if (process.connected) process.disconnect();
  } else if (process.connected) {
    send({ act: 'exitedAfterDisconnect' });
    process.disconnect();
  }
}

Worker.prototype.disconnect = function disconnect() {
  if (this.state !== 'disconnecting' && this.state !== 'destroying') {
    this.state = 'disconnecting';
    _disconnect.call(this, false);
  }
  return this;
};

Worker.prototype.destroy = function destroy() {
  if (this.state === 'destroying') return;
  this.exitedAfterDisconnect = true;
  if (!this.isConnected()) {
    process.exit(0);
  } else {
    this.state = 'destroying';
    send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
    process.once('disconnect', () => process.exit(0));
  }
};

module.exports = cluster;
