'use strict';
// The `events` module: EventEmitter and its static helpers (once, on,
// getEventListeners, setMaxListeners, addAbortListener, ...).
//
// Listeners live in `this._events` (a null-prototype object: event name -> listener
// function, or an array of them when there are several), with the count of names in
// `this._eventsCount`. Many libraries read these fields, so their shape is public.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_UNHANDLED_ERROR, ERR_INVALID_THIS },
  AbortError,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateNumber,
  validateObject,
  kValidateObjectAllowObjects,
} = require('internal/validators');

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kWatermarkData = Symbol.for('nodejs.watermarkData');
const kEmpty = Object.freeze({ __proto__: null });
const disposeSymbol = Symbol.dispose ?? Symbol.for('nodejs.dispose');

let defaultMaxListeners = 10;

let inspectFn;
function lazyInspect(value, opts) {
  if (inspectFn === undefined) {
    try { inspectFn = require('internal/util/inspect').inspect; } catch { inspectFn = null; }
  }
  if (inspectFn) return inspectFn(value, opts);
  return undefined;
}

let eventTargetModule;
function lazyEventTarget() {
  eventTargetModule ??= require('internal/event_target');
  return eventTargetModule;
}
function isEventTarget(obj) {
  return typeof obj?.addEventListener === 'function' && typeof obj?.dispatchEvent === 'function' &&
    lazyEventTarget().isEventTarget(obj);
}

// Performance (emitters are per-request work in servers): QuickJS interprets, so cost is
// roughly the bytecodes run. A call costs about as much as a dozen property reads, so the
// hot methods check `typeof listener` inline and call out only to throw; array literals
// and plain loops cost several times less than slice()/splice().

// Only called to throw: the same error as validateFunction(listener, 'listener').
function throwInvalidListener(listener) {
  throw new ERR_INVALID_ARG_TYPE('listener', 'Function', listener);
}

// EventEmitter.prototype[kCapture], kept in a variable for the constructor.
let captureRejectionsDefault = false;

// The body of EventEmitter.init (which calls this), here to save a call per emitter.
function EventEmitter(opts) {
  const events = this._events;
  if (events === undefined || events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = captureRejectionsDefault;
  }
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
EventEmitter.prototype[kCapture] = false;

function init(opts) {
  EventEmitter.call(this, opts);
}

// Short-lived emitters and once-wrappers pass through the same shapes every time: keep
// them alive (internal/shapes.js; held at the end of the file).
function shapeHolders() {
  const { holdShapes } = require('internal/shapes');
  const keys = ['_events', '_eventsCount', kShapeMode, '_maxListeners', kCapture]; // the constructor's order
  return [wrapOnce(undefined, '', throwInvalidListener), holdShapes(EventEmitter.prototype, keys)];
}

function maxListenersOf(that) {
  return that._maxListeners === undefined ? defaultMaxListeners : that._maxListeners;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

// --- emitting ------------------------------------------------------------------------

function throwUnhandledError(args) {
  const er = args.length > 0 ? args[0] : undefined;
  if (er instanceof Error) throw er;
  let shown;
  try {
    shown = lazyInspect(er);
    if (shown === undefined) shown = typeof er === 'string' ? `'${er}'` : String(er);
  } catch {
    shown = er;
  }
  const err = new ERR_UNHANDLED_ERROR(shown);
  err.context = er;
  throw err;
}

// A copy of a listener array: listeners added or removed while emitting don't change
// that emit. (emit copies the most common length, 2, itself: a call costs as much.)
function arrayClone(arr) {
  switch (arr.length) {
    case 3: return [arr[0], arr[1], arr[2]];
    case 4: return [arr[0], arr[1], arr[2], arr[3]];
  }
  return arr.slice();
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  if (type === 'error') {
    if (events !== undefined) {
      if (events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
      if (events.error === undefined) throwUnhandledError(args);
    } else {
      throwUnhandledError(args);
    }
  } else if (events === undefined) {
    return false;
  }

  const handler = events[type];
  if (handler === undefined) return false;

  if (typeof handler === 'function') {
    const result = handler.apply(this, args);
    if (result !== undefined && result !== null && this[kCapture]) addCatch(this, result, type, args);
  } else {
    const len = handler.length;
    const listeners = len === 2 ? [handler[0], handler[1]] : arrayClone(handler);
    for (let i = 0; i < len; i++) {
      const result = listeners[i].apply(this, args);
      if (result !== undefined && result !== null && this[kCapture]) addCatch(this, result, type, args);
    }
  }
  return true;
};

function addCatch(that, promise, type, args) {
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => {
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
  } else {
    // Don't capture again if the 'error' listener itself rejects.
    const prev = ee[kCapture];
    try {
      ee[kCapture] = false;
      ee.emit('error', err);
    } finally {
      ee[kCapture] = prev;
    }
  }
}

// --- adding and removing ---------------------------------------------------------------

function warnMaxListeners(target, type, list, max) {
  let name;
  try {
    name = lazyInspect(target, { depth: -1 });
  } catch { /* fall through */ }
  if (name === undefined) name = `[${target?.constructor?.name ?? 'Object'}]`;
  const w = new Error('Possible EventEmitter memory leak detected. ' +
    `${list.length} ${String(type)} listeners added to ${name}. MaxListeners is ${max}. ` +
    'Use emitter.setMaxListeners() to increase limit');
  w.name = 'MaxListenersExceededWarning';
  w.emitter = target;
  w.type = type;
  w.count = list.length;
  if (typeof process?.emitWarning === 'function') process.emitWarning(w);
}

// addListener's third parameter is internal: prependListener passes kPrepend; any other
// value appends (Node ignores extra arguments). One function rather than Node's shared
// _addListener saves a call per add.
const kPrepend = Symbol('kPrepend');

function addListener(type, listener, prepend) {
  if (typeof listener !== 'function') throwInvalidListener(listener);
  let events = this._events;
  if (events === undefined) {
    events = this._events = { __proto__: null };
    this._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    this.emit('newListener', type, listener.listener ?? listener);
    // The 'newListener' handler may have replaced _events.
    events = this._events;
  }

  const existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    this._eventsCount++;
    return this;
  }
  let list;
  if (typeof existing === 'function') {
    list = events[type] = prepend === kPrepend ? [listener, existing] : [existing, listener];
  } else {
    list = existing;
    if (prepend === kPrepend) list.unshift(listener);
    else list.push(listener);
  }
  const m = this._maxListeners === undefined ? defaultMaxListeners : this._maxListeners;
  if (m > 0 && list.length > m && !list.warned) {
    list.warned = true;
    warnMaxListeners(this, type, list, m);
  }
  return this;
}

Object.defineProperty(addListener, 'length', { __proto__: null, value: 2 }); // as in Node
EventEmitter.prototype.addListener = addListener;
EventEmitter.prototype.on = addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListener.call(this, type, listener, kPrepend);
};

// A once-listener is a wrapper; `.listener` is what the user passed. A closure, not a bound
// function: QuickJS creates and calls closures about twice as fast. Inside, `onceWrapper`
// is the function's own name binding, not a captured variable: the closure does not
// reference itself, so plain reference counting frees it once removed (a cycle would
// wait for the cycle collector, whose passes cost in proportion to the whole heap).
// Node's wrapper is `onceWrapper.bind(state)`: its name, seen in rawListeners() and in
// inspected emitters, is 'bound onceWrapper'. No closure can be given that name at
// compile time and still refer to itself (a function expression's own binding must be an
// identifier; an object-literal key names only anonymous functions, and at run time), so
// it is redefined here (about 7% more instructions per once()+emit(); the alternatives
// measured, an object-literal key or a sloppy-mode arguments.callee, cost more).
const defineProperty = Object.defineProperty;
const kOnceWrapperName = Object.freeze({ __proto__: null, value: 'bound onceWrapper' });
function wrapOnce(target, type, listener) {
  let fired = false;
  const wrapper = function onceWrapper(...args) {
    if (fired) return undefined;
    target.removeListener(type, onceWrapper);
    fired = true;
    return listener.apply(target, args);
  };
  wrapper.listener = listener;
  defineProperty(wrapper, 'name', kOnceWrapperName);
  return wrapper;
}

EventEmitter.prototype.once = function once(type, listener) {
  if (typeof listener !== 'function') throwInvalidListener(listener);
  this.on(type, wrapOnce(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  if (typeof listener !== 'function') throwInvalidListener(listener);
  this.prependListener(type, wrapOnce(this, type, listener));
  return this;
};

// list.splice(i, 1), several times cheaper.
function spliceOne(list, i) {
  for (; i + 1 < list.length; i++) list[i] = list[i + 1];
  list.pop();
}

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  if (typeof listener !== 'function') throwInvalidListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    if (--this._eventsCount === 0) this._events = { __proto__: null };
    else delete events[type];
    if (events.removeListener !== undefined) this.emit('removeListener', type, list.listener ?? listener);
  } else if (typeof list !== 'function') {
    // The most recently added match goes.
    let i = list.length - 1;
    while (i >= 0 && list[i] !== listener && list[i].listener !== listener) i--;
    if (i < 0) return this;
    if (i === 0) list.shift();
    else if (i === list.length - 1) list.pop();
    else spliceOne(list, i);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  const all = arguments.length === 0;

  if (events.removeListener === undefined) {
    if (all) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  if (all) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // Last in, first out.
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

// --- introspection --------------------------------------------------------------------

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const l = events[type];
  if (l === undefined) return [];
  if (typeof l === 'function') return unwrap ? [l.listener ?? l] : [l];
  if (!unwrap) return l.slice();
  const out = new Array(l.length);
  for (let i = 0; i < l.length; i++) out[i] = l[i].listener ?? l[i];
  return out;
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events !== undefined) {
    const l = events[type];
    if (typeof l === 'function') {
      if (listener != null) return listener === l || listener === l.listener ? 1 : 0;
      return 1;
    }
    if (l !== undefined) {
      if (listener != null) {
        let n = 0;
        for (let i = 0; i < l.length; i++) if (l[i] === listener || l[i].listener === listener) n++;
        return n;
      }
      return l.length;
    }
  }
  return 0;
}
EventEmitter.prototype.listenerCount = listenerCount;

function staticListenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
}

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// --- static helpers -------------------------------------------------------------------

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) return lazyEventTarget().getListeners(emitterOrTarget, type);
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return maxListenersOf(emitterOrTarget);
  if (isEventTarget(emitterOrTarget)) {
    return emitterOrTarget[kMaxEventTargetListeners] ?? defaultMaxListeners;
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target?.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}

function addListenerAgnostic(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function removeListenerAgnostic(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

async function once(emitter, name, options = kEmpty) {
  validateObject(options, 'options', kValidateObjectAllowObjects);
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  return new Promise((resolve, reject) => {
    const onError = (err) => {
      removeListenerAgnostic(emitter, name, onEvent);
      if (signal != null) removeListenerAgnostic(signal, 'abort', onAbort);
      reject(err);
    };
    const onEvent = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', onError);
      if (signal != null) removeListenerAgnostic(signal, 'abort', onAbort);
      resolve(args);
    };
    function onAbort() {
      removeListenerAgnostic(emitter, name, onEvent);
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', onError);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }
    addListenerAgnostic(emitter, name, onEvent, { __proto__: null, once: true });
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', onError);
    if (signal != null) addListenerAgnostic(signal, 'abort', onAbort, { __proto__: null, once: true });
  });
}

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

function on(emitter, event, options = kEmpty) {
  validateObject(options, 'options', kValidateObjectAllowObjects);
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  const highWatermark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const queued = [];   // events not yet read
  const waiting = [];  // next() calls not yet answered
  let error = null;
  let finished = false;
  let paused = false;

  const iterator = Object.setPrototypeOf({
    next() {
      if (queued.length > 0) {
        const value = queued.shift();
        if (paused && queued.length < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve({ value, done: false });
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return close();
      return new Promise((resolve, reject) => { waiting.push({ resolve, reject }); });
    },
    return() {
      return close();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      onError(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
    [kWatermarkData]: {
      get size() { return queued.length; },
      get low() { return lowWatermark; },
      get high() { return highWatermark; },
      get isPaused() { return paused; },
    },
  }, AsyncIteratorPrototype);

  addListenerAgnostic(emitter, event, onEvent);
  if (event !== 'error' && typeof emitter.on === 'function') emitter.on('error', onError);
  const closeEvents = options?.close;
  if (closeEvents?.length) {
    for (const name of closeEvents) addListenerAgnostic(emitter, name, close);
  }
  if (signal) addListenerAgnostic(signal, 'abort', onAbort, { __proto__: null, once: true });
  return iterator;

  function onAbort() {
    onError(new AbortError(undefined, { cause: signal?.reason }));
  }

  function onEvent(...args) {
    if (waiting.length > 0) {
      waiting.shift().resolve({ value: args, done: false });
    } else {
      queued.push(args);
      if (queued.length > highWatermark && !paused) {
        paused = true;
        emitter.pause();
      }
    }
  }

  function onError(err) {
    finished = true;
    if (waiting.length > 0) waiting.shift().reject(err);
    else error = err;
    iterator.return();
  }

  function close() {
    removeListenerAgnostic(emitter, event, onEvent);
    removeListenerAgnostic(emitter, 'error', onError);
    if (closeEvents?.length) {
      for (const name of closeEvents) removeListenerAgnostic(emitter, name, close);
    }
    if (signal) removeListenerAgnostic(signal, 'abort', onAbort, { __proto__: null, once: true });
    finished = true;
    const done = { value: undefined, done: true };
    while (waiting.length > 0) waiting.shift().resolve(done);
    return Promise.resolve(done);
  }
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let removeEventListener;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    let kResist;
    try { kResist = require('internal/util').kResistStopPropagation; } catch { /* optional */ }
    const opts = { __proto__: null, once: true };
    if (kResist) opts[kResist] = true;
    signal.addEventListener('abort', listener, opts);
    removeEventListener = () => { signal.removeEventListener('abort', listener); };
  }
  return {
    __proto__: null,
    [disposeSymbol]() { removeEventListener?.(); },
  };
}

let EventEmitterAsyncResource;
function lazyEventEmitterAsyncResource() {
  if (EventEmitterAsyncResource) return EventEmitterAsyncResource;
  const { AsyncResource } = require('async_hooks');
  const kResource = Symbol('kEventEmitterAsyncResource');
  class EventEmitterReferencingAsyncResource extends AsyncResource {
    constructor(ee, type, options) {
      super(type, options);
      this.eventEmitter = ee;
    }
  }
  EventEmitterAsyncResource = class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) validateObject(options?.name === undefined ? {} : options, 'options');
        name = options?.name || new.target.name;
      }
      super(options);
      this[kResource] = new EventEmitterReferencingAsyncResource(this, name, options);
    }
    emit(event, ...args) {
      const resource = this[kResource];
      if (resource === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      return resource.runInAsyncScope(EventEmitter.prototype.emit, this, event, ...args);
    }
    emitDestroy() {
      this[kResource]?.emitDestroy();
    }
    get asyncId() { return this[kResource].asyncId(); }
    get triggerAsyncId() { return this[kResource].triggerAsyncId(); }
    get asyncResource() { return this[kResource]; }
  };
  return EventEmitterAsyncResource;
}

module.shapeHolders = shapeHolders();
module.exports = EventEmitter;
module.exports.addAbortListener = addAbortListener;
module.exports.once = once;
module.exports.on = on;
module.exports.getEventListeners = getEventListeners;
module.exports.getMaxListeners = getMaxListeners;
module.exports.EventEmitter = EventEmitter;
module.exports.usingDomains = false;
module.exports.captureRejectionSymbol = kRejection;
Object.defineProperty(EventEmitter, 'captureRejections', {
  __proto__: null,
  enumerable: true,
  configurable: false,
  get() { return EventEmitter.prototype[kCapture]; },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
    captureRejectionsDefault = value;
  },
});

Object.defineProperty(module.exports, 'EventEmitterAsyncResource', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get: lazyEventEmitterAsyncResource,
  set(v) {
    Object.defineProperty(module.exports, 'EventEmitterAsyncResource', {
      __proto__: null, value: v, writable: true, enumerable: true, configurable: true,
    });
  },
});
module.exports.errorMonitor = kErrorMonitor;
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  __proto__: null,
  enumerable: true,
  configurable: false,
  get() { return defaultMaxListeners; },
  set(value) {
    validateNumber(value, 'defaultMaxListeners', 0);
    defaultMaxListeners = value;
  },
});

module.exports.kMaxEventTargetListeners = kMaxEventTargetListeners;
module.exports.kMaxEventTargetListenersWarned = kMaxEventTargetListenersWarned;
module.exports.setMaxListeners = setMaxListeners;
module.exports.init = init;
module.exports.listenerCount = staticListenerCount;
