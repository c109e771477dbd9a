'use strict';
// domain (deprecated in Node): a minimal version. A Domain is an EventEmitter with
// run()/bind()/intercept()/add(); errors passed to intercepted callbacks and 'error'
// events of added emitters go to its 'error' event. Uncaught exceptions are not
// routed to the active domain (Node does that through its process internals).

const EventEmitter = require('events');

let active = null;
const stack = [];

class Domain extends EventEmitter {
  constructor() {
    super();
    this.members = [];
  }

  enter() {
    stack.push(this);
    active = this;
    exports.active = active;
    process.domain = active;
  }

  exit() {
    const i = stack.lastIndexOf(this);
    if (i !== -1) stack.splice(i);
    active = stack.length > 0 ? stack[stack.length - 1] : null;
    exports.active = active;
    process.domain = active;
  }

  _errorHandler(err) {
    if (err !== null && typeof err === 'object') {
      err.domain = this;
      err.domainThrown = true;
    }
    if (this.listenerCount('error') > 0) {
      this.emit('error', err);
      return true;
    }
    return false;
  }

  // Like Node, a synchronous throw escapes run(); only errors passed to intercepted
  // callbacks and 'error' events of added emitters reach the domain.
  run(fn, ...args) {
    this.enter();
    try {
      return Reflect.apply(fn, this, args);
    } finally {
      this.exit();
    }
  }

  add(ee) {
    if (ee.domain === this) return;
    if (ee.domain) ee.domain.remove(ee);
    ee.domain = this;
    this.members.push(ee);
    if (ee instanceof EventEmitter) {
      ee.on('error', (err) => this._errorHandler(err));
    }
  }

  remove(ee) {
    ee.domain = null;
    const i = this.members.indexOf(ee);
    if (i !== -1) this.members.splice(i, 1);
  }

  bind(fn) {
    const self = this;
    const bound = function(...args) {
      return self.run(() => Reflect.apply(fn, this, args));
    };
    bound.domain = this;
    return bound;
  }

  intercept(fn) {
    const self = this;
    const intercepted = function(err, ...args) {
      if (err) {
        if (err !== null && typeof err === 'object') {
          err.domain = self;
          err.domainBound = fn;
          err.domainThrown = false;
        }
        self.emit('error', err);
        return undefined;
      }
      return self.run(() => Reflect.apply(fn, this, args));
    };
    intercepted.domain = this;
    return intercepted;
  }

  dispose() {
    this.exit();
    this.removeAllListeners();
  }
}

exports.Domain = Domain;
exports.active = null;
exports.create = exports.createDomain = function createDomain() {
  return new Domain();
};
exports._stack = stack;
