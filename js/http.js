'use strict';
// The `http` module.
const { METHODS, STATUS_CODES, validateHeaderName, validateHeaderValue } = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const { OutgoingMessage } = require('_http_outgoing');
const { Server, ServerResponse } = require('_http_server');

let client;
function lazyClient() { return client ??= require('_http_client'); }
let agentMod;
function lazyAgent() { return agentMod ??= require('_http_agent'); }

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

function request(url, options, cb) {
  return new (lazyClient().ClientRequest)(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

let maxHeaderSize = 16384;

module.exports = {
  METHODS: METHODS.slice().sort(),
  STATUS_CODES,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers(max) {
    require('internal/validators').validateInteger(max, 'max', 1);
  },
};

// Loaded on first use, but assignable like Node's plain data properties (nock and other
// interceptors replace http.ClientRequest / http.Agent).
function lazyData(name, load) {
  return {
    get: load,
    set(v) { Object.defineProperty(module.exports, name, { value: v, writable: true, configurable: true, enumerable: true }); },
    configurable: true,
    enumerable: true,
  };
}

Object.defineProperties(module.exports, {
  Agent: lazyData('Agent', () => lazyAgent().Agent),
  globalAgent: {
    get() { return lazyAgent().globalAgent; },
    set(v) { lazyAgent().globalAgent = v; },
    configurable: true, enumerable: true,
  },
  ClientRequest: lazyData('ClientRequest', () => lazyClient().ClientRequest),
  maxHeaderSize: { get() { return maxHeaderSize; }, configurable: true, enumerable: true },
});
