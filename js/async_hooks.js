'use strict';
// async_hooks: AsyncLocalStorage, AsyncResource, and inert createHook/ids.
//
// Async context is a "frame": an immutable Map from AsyncLocalStorage to its store,
// or undefined. Code that schedules a callback captures the current frame and the
// callback runs with it restored. The capture points are installed the first time
// an AsyncLocalStorage is created (a program that never uses one pays nothing):
//   - setTimeout/setInterval/setImmediate and process.nextTick (hooks in
//     internal/timers and internal/process/task_queues),
//   - Promise.prototype.then/catch/finally (and so queueMicrotask), patched here.
// Limitation: QuickJS does not report when an `await` continuation runs, so code after
// an `await` in an async function sees the frame of whatever ran before it (normally
// none): capture what you need before awaiting, or use AsyncResource/.bind().
// Callbacks of I/O modules (fs, net) are not captured yet either.

const {
  codes: { ERR_ASYNC_CALLBACK, ERR_ASYNC_TYPE, ERR_INVALID_ASYNC_ID, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction, validateString, validateObject } = require('internal/validators');

// --- the current frame -----------------------------------------------------------------
let currentFrame;

function runInFrame(frame, fn, thisArg, args) {
  const prev = currentFrame;
  currentFrame = frame;
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    currentFrame = prev;
  }
}

function bindToFrame(fn, frame) {
  return function asyncContextBound(...args) {
    return runInFrame(frame, fn, this, args);
  };
}

// Wrap a callback being scheduled now so it runs in the current frame.
function wrapCallback(fn) {
  if (typeof fn !== 'function') return fn;
  return bindToFrame(fn, currentFrame);
}

let propagationInstalled = false;
function installPropagation() {
  if (propagationInstalled) return;
  propagationInstalled = true;
  require('internal/timers').setCallbackWrapper(wrapCallback);
  require('internal/process/task_queues').setCallbackWrapper(wrapCallback);

  const originalThen = Promise.prototype.then;
  const descriptor = Object.getOwnPropertyDescriptor(Promise.prototype, 'then');
  const then = {
    then(onFulfilled, onRejected) {
      const frame = currentFrame;
      return Reflect.apply(originalThen, this, [
        typeof onFulfilled === 'function' ? bindToFrame(onFulfilled, frame) : onFulfilled,
        typeof onRejected === 'function' ? bindToFrame(onRejected, frame) : onRejected,
      ]);
    },
  }.then;
  Object.defineProperty(Promise.prototype, 'then', { ...descriptor, value: then });
}

// --- AsyncLocalStorage -------------------------------------------------------------------
const kEnabled = Symbol('kEnabled');

class AsyncLocalStorage {
  constructor(options = undefined) {
    if (options !== undefined) validateObject(options, 'options');
    this[kEnabled] = false;
    installPropagation();
  }

  static bind(fn) {
    validateFunction(fn, 'fn');
    return bindToFrame(fn, currentFrame);
  }

  static snapshot() {
    const frame = currentFrame;
    return function runInAsyncScope(fn, ...args) {
      return runInFrame(frame, fn, this, args);
    };
  }

  disable() {
    if (!this[kEnabled]) return;
    this[kEnabled] = false;
    if (currentFrame !== undefined && currentFrame.has(this)) {
      const next = new Map(currentFrame);
      next.delete(this);
      currentFrame = next.size > 0 ? next : undefined;
    }
  }

  getStore() {
    if (!this[kEnabled] || currentFrame === undefined) return undefined;
    return currentFrame.get(this);
  }

  enterWith(store) {
    this[kEnabled] = true;
    const next = new Map(currentFrame);
    next.set(this, store);
    currentFrame = next;
  }

  run(store, callback, ...args) {
    this[kEnabled] = true;
    const next = new Map(currentFrame);
    next.set(this, store);
    return runInFrame(next, callback, undefined, args);
  }

  exit(callback, ...args) {
    if (!this[kEnabled] || currentFrame === undefined || !currentFrame.has(this)) {
      return Reflect.apply(callback, undefined, args);
    }
    const next = new Map(currentFrame);
    next.delete(this);
    return runInFrame(next.size > 0 ? next : undefined, callback, undefined, args);
  }
}

// --- async ids -----------------------------------------------------------------------------
// There are no real async resources to number; ids are handed out so that code which
// stores or compares them works. The main script runs in id 1, triggered by 0.
let nextAsyncId = 2;
function newAsyncId() { return nextAsyncId++; }
let currentExecutionId = 1;
let currentTriggerId = 0;
const topLevelResource = {};
let currentResource = topLevelResource;

function executionAsyncId() { return currentExecutionId; }
function triggerAsyncId() { return currentTriggerId; }
function executionAsyncResource() { return currentResource; }

// --- AsyncResource -----------------------------------------------------------------------
const kFrame = Symbol('kFrame');
const kIds = Symbol('kIds');

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerId = opts;
    let requireManualDestroy = false;
    if (typeof opts !== 'number') {
      triggerId = opts === undefined || opts === null || opts.triggerAsyncId === undefined
        ? executionAsyncId() : opts.triggerAsyncId;
      requireManualDestroy = !!opts?.requireManualDestroy;
    }
    if (!Number.isSafeInteger(triggerId) || triggerId < -1) {
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerId);
    }
    if (type.length === 0) throw new ERR_ASYNC_TYPE(type);
    this[kIds] = { asyncId: newAsyncId(), triggerId, type, requireManualDestroy };
    this[kFrame] = currentFrame;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const ids = this[kIds];
    const prevExec = currentExecutionId;
    const prevTrigger = currentTriggerId;
    const prevResource = currentResource;
    currentExecutionId = ids.asyncId;
    currentTriggerId = ids.triggerId;
    currentResource = this;
    try {
      return runInFrame(this[kFrame], fn, thisArg, args);
    } finally {
      currentExecutionId = prevExec;
      currentTriggerId = prevTrigger;
      currentResource = prevResource;
    }
  }

  emitDestroy() {
    return this;
  }

  asyncId() { return this[kIds].asyncId; }
  triggerAsyncId() { return this[kIds].triggerId; }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function(...args) {
        args.unshift(fn, this);
        return Reflect.apply(resource.runInAsyncScope, resource, args);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    let self = this;
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: {
        configurable: true,
        enumerable: true,
        get() { return self; },
        set(val) { self = val; },
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return (new AsyncResource(type)).bind(fn, thisArg);
  }
}

// --- createHook --------------------------------------------------------------------------
// Hooks are accepted and validated but never called: minode does not track resources.
class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    if (init !== undefined && typeof init !== 'function') throw new ERR_ASYNC_CALLBACK('hook.init');
    if (before !== undefined && typeof before !== 'function') throw new ERR_ASYNC_CALLBACK('hook.before');
    if (after !== undefined && typeof after !== 'function') throw new ERR_ASYNC_CALLBACK('hook.after');
    if (destroy !== undefined && typeof destroy !== 'function') throw new ERR_ASYNC_CALLBACK('hook.destroy');
    if (promiseResolve !== undefined && typeof promiseResolve !== 'function') {
      throw new ERR_ASYNC_CALLBACK('hook.promiseResolve');
    }
    this._callbacks = { init, before, after, destroy, promiseResolve };
    this[kEnabled] = false;
  }

  enable() {
    this[kEnabled] = true;
    return this;
  }

  disable() {
    this[kEnabled] = false;
    return this;
  }
}

function createHook(callbacks) {
  if (callbacks === null || typeof callbacks !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('callbacks', 'Object', callbacks);
  }
  return new AsyncHook(callbacks);
}

const asyncWrapProviders = Object.freeze({
  __proto__: null,
  NONE: 0, DIRHANDLE: 1, DNSCHANNEL: 2, ELDHISTOGRAM: 3, FILEHANDLE: 4, FILEHANDLECLOSEREQ: 5,
  BLOBREADER: 6, FSEVENTWRAP: 7, FSREQCALLBACK: 8, FSREQPROMISE: 9, GETADDRINFOREQWRAP: 10,
  GETNAMEINFOREQWRAP: 11, HEAPSNAPSHOT: 12, HTTP2SESSION: 13, HTTP2STREAM: 14, HTTP2PING: 15,
  HTTP2SETTINGS: 16, HTTPINCOMINGMESSAGE: 17, HTTPCLIENTREQUEST: 18, JSSTREAM: 19, JSUDPWRAP: 20,
  MESSAGEPORT: 21, PIPECONNECTWRAP: 22, PIPESERVERWRAP: 23, PIPEWRAP: 24, PROCESSWRAP: 25,
  PROMISE: 26, QUERYWRAP: 27, SHUTDOWNWRAP: 28, SIGNALWRAP: 29, STATWATCHER: 30, STREAMPIPE: 31,
  TCPCONNECTWRAP: 32, TCPSERVERWRAP: 33, TCPWRAP: 34, TTYWRAP: 35, UDPSENDWRAP: 36, UDPWRAP: 37,
  SIGINTWATCHDOG: 38, WORKER: 39, WORKERHEAPSNAPSHOT: 40, WRITEWRAP: 41, ZLIB: 42,
});

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
