'use strict';
// inspector: minode has no debugger protocol. The module loads; url() reports no
// active inspector, close() does nothing, and open()/Session.connect() throw.

const EventEmitter = require('events');
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
const { notImplemented } = require('internal/not_implemented');

class Session extends EventEmitter {
  connect() { throw new ERR_NOT_IMPLEMENTED('inspector.Session.connect'); }
  connectToMainThread() { throw new ERR_NOT_IMPLEMENTED('inspector.Session.connectToMainThread'); }
  post() { throw new ERR_NOT_IMPLEMENTED('inspector.Session.post'); }
  disconnect() {}
}

module.exports = {
  open: notImplemented('inspector.open'),
  close() {},
  url() { return undefined; },
  waitForDebugger: notImplemented('inspector.waitForDebugger'),
  console: globalThis.console,
  Session,
  Network: {
    requestWillBeSent() {},
    responseReceived() {},
    loadingFinished() {},
    loadingFailed() {},
  },
};
