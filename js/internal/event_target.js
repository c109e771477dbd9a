'use strict';
// The web EventTarget, Event and CustomEvent classes, as Node exposes them globally.
// Listeners of one type are kept in an array of records in insertion order; a
// dispatch walks a snapshot so listeners added meanwhile are not called and removed
// ones are skipped (records carry a `removed` flag).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS, ERR_EVENT_RECURSION },
} = require('internal/errors');
const { validateAbortSignal, validateObject, kValidateObjectAllowObjectsAndNull } =
  require('internal/validators');
const {
  kEmptyObject, kResistStopPropagation, customInspectSymbol, kEnumerableProperty,
} = require('internal/util');

const kEvents = Symbol('kEvents');
const kStop = Symbol('kStop');
const kTarget = Symbol('kTarget');
const kHandlers = Symbol('kHandlers');
const kWeakHandler = Symbol('kWeak');
const kTrustEvent = Symbol('kTrustEvent');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kDetail = Symbol('detail');
const kType = Symbol('type');
const kState = Symbol('kState');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kCreateEvent = Symbol('kCreateEvent');

let eventsModule;
function lazyEvents() {
  eventsModule ??= require('events');
  return eventsModule;
}

let inspectFn;
function lazyInspect(v, opts) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(v, opts);
}

let perf;
function now() {
  if (perf === undefined) {
    try {
      perf = typeof globalThis.performance?.now === 'function' ? globalThis.performance : null;
    } catch {
      perf = null;
    }
  }
  if (perf) return perf.now();
  const t = process.hrtime?.();
  if (t) return (t[0] - startTime[0]) * 1e3 + (t[1] - startTime[1]) / 1e6;
  return Date.now() - startTime[2];
}
const startTime = [...(process.hrtime?.() ?? [0, 0]), Date.now()];

function isEvent(value) {
  return typeof value?.[kState] === 'object';
}

function thisEvent(self) {
  if (!isEvent(self)) throw new ERR_INVALID_THIS('Event');
  return self[kState];
}

class Event {
  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    this[kState] = {
      type: `${type}`,
      bubbles: !!options?.bubbles,
      cancelable: !!options?.cancelable,
      composed: !!options?.composed,
      trusted: !!options?.[kTrustEvent],
      defaultPrevented: false,
      timeStamp: now(),
      propagationStopped: false,
      immediateStopped: false,
      target: null,
      currentTarget: null,
      eventPhase: 0,
      dispatching: false,
      inPassive: false,
    };
  }

  [customInspectSymbol](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const s = this[kState];
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${name} ${lazyInspect({
      type: s.type,
      defaultPrevented: s.defaultPrevented,
      cancelable: s.cancelable,
      timeStamp: s.timeStamp,
    }, opts)}`;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    const s = thisEvent(this);
    if (s.dispatching) return;
    s.type = `${type}`;
    s.bubbles = !!bubbles;
    s.cancelable = !!cancelable;
  }

  stopImmediatePropagation() {
    const s = thisEvent(this);
    s.propagationStopped = true;
    s.immediateStopped = true;
  }

  preventDefault() {
    const s = thisEvent(this);
    if (s.cancelable) s.defaultPrevented = true; // Node 20 ignores `passive` here
  }

  get target() { return thisEvent(this).target; }
  get currentTarget() { return thisEvent(this).currentTarget; }
  get srcElement() { return thisEvent(this).target; }
  get type() { return thisEvent(this).type; }
  get cancelable() { return thisEvent(this).cancelable; }
  get defaultPrevented() {
    const s = thisEvent(this);
    return s.cancelable && s.defaultPrevented;
  }
  get timeStamp() { return thisEvent(this).timeStamp; }

  composedPath() {
    const s = thisEvent(this);
    return s.dispatching ? [s.currentTarget] : [];
  }

  get returnValue() {
    const s = thisEvent(this);
    return !(s.cancelable && s.defaultPrevented);
  }
  set returnValue(value) {
    const s = thisEvent(this);
    if (!value && s.cancelable && !s.inPassive) s.defaultPrevented = true;
  }

  get bubbles() { return thisEvent(this).bubbles; }
  get composed() { return thisEvent(this).composed; }
  get eventPhase() { return thisEvent(this).eventPhase; }
  get cancelBubble() { return thisEvent(this).propagationStopped; }
  set cancelBubble(value) {
    if (value) thisEvent(this).propagationStopped = true;
  }

  stopPropagation() {
    thisEvent(this).propagationStopped = true;
  }

  get isTrusted() { return thisEvent(this).trusted; }

  static NONE = 0;
  static CAPTURING_PHASE = 1;
  static AT_TARGET = 2;
  static BUBBLING_PHASE = 3;
}

for (const key of ['initEvent', 'stopImmediatePropagation', 'preventDefault', 'target', 'currentTarget',
  'srcElement', 'type', 'cancelable', 'defaultPrevented', 'timeStamp', 'composedPath', 'returnValue',
  'bubbles', 'composed', 'eventPhase', 'cancelBubble', 'stopPropagation', 'isTrusted']) {
  Object.defineProperty(Event.prototype, key, kEnumerableProperty);
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Event', writable: false, enumerable: false, configurable: true,
});
for (const [k, v] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, k, { __proto__: null, value: v, writable: false, enumerable: true, configurable: false });
}

class CustomEvent extends Event {
  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this[kDetail] = options?.detail ?? null;
  }

  get detail() {
    if (!(kDetail in this) || !isEvent(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this[kDetail];
  }
}
Object.defineProperty(CustomEvent.prototype, 'detail', kEnumerableProperty);
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'CustomEvent', writable: false, enumerable: false, configurable: true,
});

// --- EventTarget ------------------------------------------------------------------------

function isEventTarget(obj) {
  return obj?.constructor?.[kIsEventTargetClass] === true || (typeof obj === 'object' && obj !== null && kEvents in obj);
}
const kIsEventTargetClass = Symbol('kIsEventTargetClass');

function validateEventListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true; // handleEvent is looked up at dispatch
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function normalizeOptions(options) {
  if (typeof options === 'boolean') return { once: false, capture: options, passive: false, signal: undefined, resist: false, weak: undefined };
  if (options == null) return { once: false, capture: false, passive: false, signal: undefined, resist: false, weak: undefined };
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    resist: Boolean(options[kResistStopPropagation]),
    weak: options[kWeakHandler],
  };
}

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxListeners()] = lazyEvents().defaultMaxListeners;
  self[kMaxListenersWarned()] = false;
  self[kHandlers] = new Map();
}

function kMaxListeners() { return lazyEvents().kMaxEventTargetListeners; }
function kMaxListenersWarned() { return lazyEvents().kMaxEventTargetListenersWarned; }

function thisTarget(self) {
  if (!isEventTarget(self) || !(self[kEvents] instanceof Map)) throw new ERR_INVALID_THIS('EventTarget');
  return self[kEvents];
}

class EventTarget {
  static [kIsEventTargetClass] = true;

  constructor() {
    initEventTarget(this);
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    const max = this[kMaxListeners()];
    if (max > 0 && size > max && !this[kMaxListenersWarned()]) {
      this[kMaxListenersWarned()] = true;
      const w = new Error('Possible EventTarget memory leak detected. ' +
        `${size} ${type} listeners added to ${lazyInspect(this, { depth: -1 })}. MaxListeners is ${max}. ` +
        'Use events.setMaxListeners() to increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      if (typeof process?.emitWarning === 'function') process.emitWarning(w);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = kEmptyObject) {
    const events = thisTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const { once, capture, passive, signal, resist, weak } = normalizeOptions(options);
    if (!validateEventListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      if (typeof process?.emitWarning === 'function') process.emitWarning(w);
      return;
    }
    type = typeof type === 'symbol' ? type : `${type}`;
    if (signal !== undefined) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
    }
    let list = events.get(type);
    if (list === undefined) {
      list = [];
      events.set(type, list);
    }
    for (let i = 0; i < list.length; i++) {
      if (list[i].listener === listener && list[i].capture === capture) return;
    }
    const record = { listener, once, capture, passive, resist, removed: false, weak, signal: undefined, onAbort: undefined };
    list.push(record);
    if (signal !== undefined) {
      record.signal = signal;
      record.onAbort = () => this.removeEventListener(type, listener, { capture });
      signal.addEventListener('abort', record.onAbort, { __proto__: null, once: true, [kResistStopPropagation]: true });
    }
    this[kNewListener](list.length, type, listener, once, capture, passive, weak);
  }

  removeEventListener(type, listener, options = kEmptyObject) {
    const events = thisTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateEventListener(listener)) return;
    type = typeof type === 'symbol' ? type : `${type}`;
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    const list = events.get(type);
    if (list === undefined) return;
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      if (r.listener === listener && r.capture === capture) {
        removeRecord(this, events, type, list, i);
        return;
      }
    }
  }

  dispatchEvent(event) {
    const events = thisTarget(this);
    if (!isEvent(event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    const s = event[kState];
    if (s.dispatching) throw new ERR_EVENT_RECURSION(s.type);
    s.dispatching = true;
    s.target = this;
    s.currentTarget = this;
    s.eventPhase = 2;
    try {
      const list = events.get(s.type);
      if (list !== undefined && list.length > 0) {
        const snapshot = list.slice();
        for (let i = 0; i < snapshot.length; i++) {
          const r = snapshot[i];
          if (r.removed) continue;
          if (s.immediateStopped && !r.resist) break;
          if (r.once) this.removeEventListener(s.type, r.listener, { capture: r.capture });
          callListener(this, r, event, s);
        }
      }
    } finally {
      s.dispatching = false;
      s.currentTarget = null;
      s.eventPhase = 0;
      s.inPassive = false;
    }
    return s.defaultPrevented !== true || !s.cancelable;
  }

  [customInspectSymbol](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${name} ${lazyInspect({}, opts)}`;
  }
}

for (const key of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  Object.defineProperty(EventTarget.prototype, key, kEnumerableProperty);
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'EventTarget', writable: false, enumerable: false, configurable: true,
});

function removeRecord(target, events, type, list, index) {
  const r = list[index];
  r.removed = true;
  list.splice(index, 1);
  if (list.length === 0) events.delete(type);
  if (r.signal !== undefined) r.signal.removeEventListener('abort', r.onAbort);
  target[kRemoveListener](list.length, type, r.listener, r.capture);
}

function callListener(target, record, event, s) {
  const listener = record.listener;
  let fn;
  let thisArg;
  if (typeof listener === 'function') {
    fn = listener;
    thisArg = target;
  } else {
    fn = listener?.handleEvent;
    thisArg = listener;
    if (typeof fn !== 'function') return;
  }
  s.inPassive = record.passive;
  try {
    const result = fn.call(thisArg, event);
    if (result !== undefined && result !== null && typeof result.then === 'function') {
      result.then(undefined, (err) => emitUncaught(err));
    }
  } catch (err) {
    emitUncaught(err);
  } finally {
    s.inPassive = false;
  }
}

// An exception in a listener does not stop the dispatch: it is reported like an
// uncaught exception once the current code finishes.
function emitUncaught(err) {
  process.nextTick(() => { throw err; });
}

function getListeners(target, type) {
  const list = target[kEvents]?.get(typeof type === 'symbol' ? type : `${type}`);
  if (list === undefined) return [];
  return list.map((r) => r.listener);
}

// `on<name>` attribute handlers (signal.onabort = fn).
function defineEventHandler(emitter, name, event = name) {
  const key = `on${name}`;
  Object.defineProperty(emitter, key, {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      return this[kHandlers]?.get(event)?.handler ?? null;
    },
    set(value) {
      if (!this[kHandlers]) this[kHandlers] = new Map();
      let wrapped = this[kHandlers].get(event);
      if (wrapped) {
        if (typeof wrapped.handler === 'function') {
          wrapped.handler = value;
          if (typeof value !== 'function') {
            this.removeEventListener(event, wrapped);
            this[kHandlers].delete(event);
          }
          return;
        }
      }
      if (typeof value !== 'function') return;
      wrapped = function handlerWrapper(...args) {
        if (typeof wrapped.handler === 'function') return Reflect.apply(wrapped.handler, this, args);
      };
      wrapped.handler = value;
      this[kHandlers].set(event, wrapped);
      this.addEventListener(event, wrapped);
    },
  });
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  isEventTarget,
  initEventTarget,
  getListeners,
  defineEventHandler,
  kEvents,
  kTrustEvent,
  kWeakHandler,
  kNewListener,
  kRemoveListener,
  kIsBeingDispatched,
  kCreateEvent,
  kStop,
  kTarget,
  kType,
};
