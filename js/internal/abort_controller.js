'use strict';
// AbortController and AbortSignal (an EventTarget). A signal aborts once: it records
// the reason and dispatches a trusted 'abort' event. AbortSignal.any() signals follow
// their sources; AbortSignal.timeout() signals abort from an unref'd timer.

const {
  EventTarget, Event, kTrustEvent, defineEventHandler,
} = require('internal/event_target');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateAbortSignalArray, validateUint32, validateObject } = require('internal/validators');
const { customInspectSymbol, kEmptyObject, kEnumerableProperty } = require('internal/util');
const { DOMException } = require('internal/dom_exception');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kDontThrow = Symbol('kDontThrow');
const kDependants = Symbol('kDependants');
const kComposite = Symbol('kComposite');
const kTimeout = Symbol('kTimeout');

let inspectFn;
function inspect(v, opts) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(v, opts);
}

// Only the functions here may construct an AbortSignal.
let allowConstruct = false;

function isAbortSignal(value) {
  return typeof value === 'object' && value !== null && kAborted in value;
}

function validateThisSignal(self) {
  if (!isAbortSignal(self)) throw new ERR_INVALID_THIS('AbortSignal');
}

function createAbortSignal({ aborted = false, reason = undefined, composite = false } = kEmptyObject) {
  allowConstruct = true;
  let signal;
  try {
    signal = new AbortSignal(kDontThrow);
  } finally {
    allowConstruct = false;
  }
  signal[kAborted] = aborted;
  signal[kReason] = reason;
  signal[kComposite] = composite;
  return signal;
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const event = new Event('abort', { [kTrustEvent]: true });
  signal.dispatchEvent(event);
  const dependants = signal[kDependants];
  if (dependants !== undefined) {
    signal[kDependants] = undefined;
    for (const ref of dependants) {
      const dep = ref.deref();
      if (dep !== undefined) abortSignal(dep, reason);
    }
  }
}

class AbortSignal extends EventTarget {
  constructor(key = undefined) {
    if (key !== kDontThrow || !allowConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
    this[kDependants] = undefined;
    this[kComposite] = false;
    this[kTimeout] = undefined;
  }

  get aborted() {
    validateThisSignal(this);
    return !!this[kAborted];
  }

  get reason() {
    validateThisSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    validateThisSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options?.depth == null ? null : options.depth - 1 };
    return `AbortSignal ${inspect({ aborted: this[kAborted] }, opts)}`;
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    return createAbortSignal({ aborted: true, reason });
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = createAbortSignal();
    const timer = setTimeout(() => {
      signal[kTimeout] = undefined;
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    // A pending timeout signal never keeps the process alive, as in Node.
    if (typeof timer?.unref === 'function') timer.unref();
    signal[kTimeout] = timer;
    return signal;
  }

  static any(signals) {
    validateAbortSignalArray(signals, 'signals');
    for (const s of signals) {
      if (s.aborted) return createAbortSignal({ aborted: true, reason: s.reason });
    }
    const result = createAbortSignal({ composite: true });
    for (const s of signals) {
      if (isAbortSignal(s)) {
        // Our own signals hold their dependants weakly: a long-lived source signal
        // does not keep every AbortSignal.any() result alive.
        (s[kDependants] ??= new Set()).add(new WeakRef(result));
      } else {
        s.addEventListener('abort', () => abortSignal(result, s.reason), { once: true });
      }
    }
    return result;
  }
}

for (const key of ['aborted', 'reason', 'throwIfAborted']) {
  Object.defineProperty(AbortSignal.prototype, key, kEnumerableProperty);
}
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
});
defineEventHandler(AbortSignal.prototype, 'abort');

const kSignal = Symbol('signal');

class AbortController {
  constructor() {
    this[kSignal] = undefined;
  }

  get signal() {
    if (!(kSignal in this)) throw new ERR_INVALID_THIS('AbortController');
    this[kSignal] ??= createAbortSignal();
    return this[kSignal];
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    if (!(kSignal in this)) throw new ERR_INVALID_THIS('AbortController');
    this[kSignal] ??= createAbortSignal();
    abortSignal(this[kSignal], reason);
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options?.depth == null ? null : options.depth - 1 };
    return `AbortController ${inspect({ signal: this.signal }, opts)}`;
  }
}

for (const key of ['signal', 'abort']) {
  Object.defineProperty(AbortController.prototype, key, kEnumerableProperty);
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  value: 'AbortController', writable: false, enumerable: false, configurable: true,
});

// Helpers other modules use: abort a signal from the inside, make a plain signal.
function transferableAbortSignal(signal) {
  if (!isAbortSignal(signal)) validateObject(signal, 'signal');
  return signal;
}

function transferableAbortController() {
  return new AbortController();
}

async function aborted(signal, resource) {
  if (signal === undefined) {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('signal', 'AbortSignal', signal);
  }
  validateObject(resource, 'resource', { nullable: false, allowFunction: true, allowArray: true });
  if (signal.aborted) return;
  await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
}

module.exports = {
  AbortController,
  AbortSignal,
  ClonedAbortSignal: AbortSignal,
  isAbortSignal,
  abortSignal,
  createAbortSignal,
  transferableAbortSignal,
  transferableAbortController,
  aborted,
  kAborted,
  kReason,
};
