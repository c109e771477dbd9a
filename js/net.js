'use strict';
// The `net` module: net.Socket (a Duplex over a TCP/Unix stream handle) and net.Server,
// both on internalBinding('tcp') (bindings/src/tcp.rs).
//
// Injecting an already-accepted connection (cluster round-robin): build a handle with
//   const h = new (internalBinding('tcp').TCP)(); h.open(fd);
// and call `server._handle.onconnection(null, h)`; http servers take it the same way (their
// Rust core adopts the fd), or directly with `server._handle.adopt(fd)`.
//
// The parts: internal/net/socket (Socket, connect), internal/net/socket_handle (its TCP handle),
// internal/net/server (Server), internal/net/blocklist (SocketAddress, BlockList), and the
// helpers in internal/net (isIP, normalizeArgs, socket errors).
const { isIP, isIPv4, isIPv6, binding, normalizeArgs } = require('internal/net');
const { Socket, connect } = require('internal/net/socket');
const socketHandle = require('internal/net/socket_handle');
const { Server, createServer } = require('internal/net/server');
const { SocketAddress, BlockList } = require('internal/net/blocklist');

const { TCPServer } = binding();

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
  getDefaultAutoSelectFamily: socketHandle.getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily: socketHandle.setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout: socketHandle.getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout: socketHandle.setDefaultAutoSelectFamilyAttemptTimeout,
  _normalizeArgs: normalizeArgs,
  _createServerHandle: () => new TCPServer(),
};
