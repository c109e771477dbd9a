'use strict';
// async_hooks: AsyncLocalStorage, AsyncResource, and inert createHook/ids.
//
// Async context is a "frame" (internal/async_context): promise reactions and `await`
// carry it in the engine; timers and ticks capture it through the hooks installed the
// first time an AsyncLocalStorage is created (a program that never uses one pays
// nothing); fs requests, sockets and http servers capture it where they are created.
const {
  codes: { ERR_ASYNC_CALLBACK, ERR_ASYNC_TYPE, ERR_INVALID_ASYNC_ID, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction, validateString, validateObject } = require('internal/validators');

// --- the current frame -----------------------------------------------------------------
const {
  enable: enableAsyncContext, isEnabled: asyncContextEnabled, currentFrame, setCurrentFrame,
  runInFrame, bindToFrame, wrapCallback,
} = require('internal/async_context');

function installPropagation() {
  if (asyncContextEnabled()) return;
  enableAsyncContext();
  require('internal/timers').setCallbackWrapper(wrapCallback);
  require('internal/process/task_queues').setCallbackWrapper(wrapCallback);
}

// --- AsyncLocalStorage -------------------------------------------------------------------
const kEnabled = Symbol('kEnabled');
// Enabled hooks with an `init` callback, counting each enabled AsyncLocalStorage as one
// (Node's storages share such a hook): while there are any, Node rejects an empty
// AsyncResource type.
let initHooks = 0;

class AsyncLocalStorage {
  constructor(options = undefined) {
    if (options !== undefined) validateObject(options, 'options');
    this[kEnabled] = false;
    installPropagation();
  }

  static bind(fn) {
    validateFunction(fn, 'fn');
    return bindToFrame(fn, currentFrame());
  }

  static snapshot() {
    const frame = currentFrame();
    return function runInAsyncScope(fn, ...args) {
      return runInFrame(frame, fn, this, args);
    };
  }

  disable() {
    if (!this[kEnabled]) return;
    this[kEnabled] = false;
    initHooks--;
    const frame = currentFrame();
    if (frame !== undefined && frame.has(this)) {
      const next = new Map(frame);
      next.delete(this);
      setCurrentFrame(next.size > 0 ? next : undefined);
    }
  }

  getStore() {
    if (!this[kEnabled]) return undefined;
    const frame = currentFrame();
    return frame === undefined ? undefined : frame.get(this);
  }

  enterWith(store) {
    if (!this[kEnabled]) {
      this[kEnabled] = true;
      initHooks++;
    }
    const next = new Map(currentFrame());
    next.set(this, store);
    setCurrentFrame(next);
  }

  run(store, callback, ...args) {
    if (!this[kEnabled]) {
      this[kEnabled] = true;
      initHooks++;
    }
    const next = new Map(currentFrame());
    next.set(this, store);
    return runInFrame(next, callback, undefined, args);
  }

  exit(callback, ...args) {
    const frame = this[kEnabled] ? currentFrame() : undefined;
    if (frame === undefined || !frame.has(this)) {
      return Reflect.apply(callback, undefined, args);
    }
    const next = new Map(frame);
    next.delete(this);
    return runInFrame(next.size > 0 ? next : undefined, callback, undefined, args);
  }
}

// --- async ids -----------------------------------------------------------------------------
// There are no real async resources to number; ids are handed out so that code which
// stores or compares them works. The main script runs in id 1, triggered by 0.
let nextAsyncId = 2;
let currentExecutionId = 1;
let currentTriggerId = 0;
const topLevelResource = {};
let currentResource = topLevelResource;

function executionAsyncId() { return currentExecutionId; }
function triggerAsyncId() { return currentTriggerId; }
function executionAsyncResource() { return currentResource; }

// --- AsyncResource -----------------------------------------------------------------------
// Frameworks make one per request (on-finished, via AsyncResource.bind), so the
// constructor, bind() and a bound call stay free of extra objects and calls.
const async_id_symbol = Symbol('async_id_symbol');
const trigger_async_id_symbol = Symbol('trigger_async_id_symbol');
const kFrame = Symbol('kFrame');

// Runs fn in `resource`'s ids and frame.
function runInResource(resource, fn, thisArg, args) {
  const prevExec = currentExecutionId;
  const prevTrigger = currentTriggerId;
  const prevResource = currentResource;
  currentExecutionId = resource[async_id_symbol];
  currentTriggerId = resource[trigger_async_id_symbol];
  currentResource = resource;
  try {
    return runInFrame(resource[kFrame], fn, thisArg, args);
  } finally {
    currentExecutionId = prevExec;
    currentTriggerId = prevTrigger;
    currentResource = prevResource;
  }
}

// `bound.asyncResource` (deprecated, DEP0172): Node defines a getter/setter pair per
// bound function; here one shared pair reads and writes a WeakMap keyed by the bound
// function (found on the receiver's prototype chain, as a closure would be reached).
const boundResources = new WeakMap();
function boundOwner(obj) {
  while (obj !== null && (typeof obj === 'object' || typeof obj === 'function')) {
    if (boundResources.has(obj)) return obj;
    obj = Object.getPrototypeOf(obj);
  }
  return undefined;
}
let asyncResourceDescriptor;
function getAsyncResourceDescriptor() {
  if (asyncResourceDescriptor === undefined) {
    const { deprecate } = require('internal/util');
    const msg = 'The asyncResource property on bound functions is deprecated';
    asyncResourceDescriptor = {
      __proto__: null,
      configurable: true,
      enumerable: true,
      get: deprecate(function() {
        const owner = boundOwner(this);
        return owner === undefined ? undefined : boundResources.get(owner);
      }, msg, 'DEP0172'),
      set: deprecate(function(val) {
        const owner = boundOwner(this);
        if (owner !== undefined) boundResources.set(owner, val);
      }, msg, 'DEP0172'),
    };
  }
  return asyncResourceDescriptor;
}

class AsyncResource {
  // (AsyncResource.length is set to 1 below, as Node's `opts = {}` makes it.)
  constructor(type, opts) {
    if (typeof type !== 'string') validateString(type, 'type');
    let triggerId = currentExecutionId;
    if (opts !== undefined) {
      if (typeof opts === 'number') {
        triggerId = opts;
      } else if (opts !== null) {
        if (opts.triggerAsyncId !== undefined) triggerId = opts.triggerAsyncId;
        // Read as Node reads it (a getter may run); there are no destroy hooks to skip.
        opts.requireManualDestroy; // eslint-disable-line no-unused-expressions
      }
      if (!Number.isSafeInteger(triggerId) || triggerId < -1) {
        throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerId);
      }
    }
    if (type.length === 0 && initHooks > 0) throw new ERR_ASYNC_TYPE(type);
    this[async_id_symbol] = nextAsyncId++;
    this[trigger_async_id_symbol] = triggerId;
    const frame = currentFrame();
    if (frame !== undefined) this[kFrame] = frame;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return runInResource(this, fn, thisArg, args);
  }

  emitDestroy() {
    return this;
  }

  asyncId() { return this[async_id_symbol]; }
  triggerAsyncId() { return this[trigger_async_id_symbol]; }

  bind(fn, thisArg) {
    if (typeof fn !== 'function') validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function(...args) {
        // Node calls resource.runInAsyncScope(fn, this, ...args): skip the extra frame
        // unless it was overridden.
        const run = resource.runInAsyncScope;
        if (run === runInAsyncScope) return runInResource(resource, fn, this, args);
        args.unshift(fn, this);
        return Reflect.apply(run, resource, args);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    const length = fn.length;
    if (bound.length !== length) {
      Object.defineProperty(bound, 'length', {
        __proto__: null, configurable: true, enumerable: false, value: length, writable: false,
      });
    }
    boundResources.set(bound, this);
    Object.defineProperty(bound, 'asyncResource', asyncResourceDescriptor ?? getAsyncResourceDescriptor());
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return (new AsyncResource(type)).bind(fn, thisArg);
  }
}
Object.defineProperty(AsyncResource, 'length', { __proto__: null, value: 1 });
const { runInAsyncScope } = AsyncResource.prototype;

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
    if (!this[kEnabled]) {
      this[kEnabled] = true;
      if (this._callbacks.init !== undefined) initHooks++;
    }
    return this;
  }

  disable() {
    if (this[kEnabled]) {
      this[kEnabled] = false;
      if (this._callbacks.init !== undefined) initHooks--;
    }
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
