'use strict';
// process.nextTick, queueMicrotask and unhandled-rejection tracking, run by the
// loop after every macrotask (Node's processTicksAndRejections).

const timersBinding = internalBinding('timers');
const { markTickScheduled, clearTickScheduled, runMicrotasks, setHook } = timersBinding;
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

// A FIFO of [callback, args]: an array with a moving head, reset when drained.
let queue = [];
let head = 0;

// --- async_hooks hook: set by async_hooks when the first AsyncLocalStorage is created;
// it wraps a callback so it runs in the async context current when it was scheduled.
let wrapCallback = null;
function setCallbackWrapper(fn) { wrapCallback = fn; }
// --- end async_hooks hook

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  if (head === queue.length) markTickScheduled();
  queue.push(wrapCallback === null ? callback : wrapCallback(callback), args);
}

// Promise rejections that nobody has handled yet, in order.
const pendingUnhandled = [];
const maybeUnhandled = new WeakMap();
const reported = new WeakSet();
let processRef;

function promiseRejectHandler(kind, promise, reason) {
  if (kind === 0) {
    maybeUnhandled.set(promise, { reason, warned: false });
    pendingUnhandled.push(promise);
    markTickScheduled();
  } else {
    if (maybeUnhandled.has(promise)) {
      maybeUnhandled.delete(promise);
    } else if (reported.has(promise)) {
      reported.delete(promise);
      queue.push(() => processRef.emit('rejectionHandled', promise), []);
      markTickScheduled();
    }
  }
}

let unhandledError;
function unhandledRejectionError(reason) {
  if (reason instanceof Error) return reason;
  const { inspect } = require('internal/util/inspect');
  const err = new Error('This error originated either by throwing inside of an async function without a catch block, ' +
    'or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "' +
    inspect(reason) + '".');
  err.code = 'ERR_UNHANDLED_REJECTION';
  Object.defineProperty(err, 'name', { value: 'UnhandledPromiseRejection', configurable: true, writable: true });
  require('internal/errors').fixStackHeader(err, 'UnhandledPromiseRejection');
  unhandledError = err;
  return err;
}

// Returns true if it ran user code (so the caller drains the queues again).
function processPromiseRejections() {
  let ran = false;
  while (pendingUnhandled.length > 0) {
    const promise = pendingUnhandled.shift();
    const entry = maybeUnhandled.get(promise);
    if (entry === undefined) continue;
    maybeUnhandled.delete(promise);
    reported.add(promise);
    ran = true;
    const handled = processRef.emit('unhandledRejection', entry.reason, promise);
    if (!handled) {
      // Node's default mode, 'throw': an unhandled rejection is an uncaught exception.
      const err = unhandledRejectionError(entry.reason);
      const { triggerUncaughtException } = require('internal/process/execution');
      const code = triggerUncaughtException(err, true);
      if (code !== undefined) processRef.reallyExit(code);
    }
  }
  return ran;
}

function runTicks() {
  while (head < queue.length) {
    const callback = queue[head];
    const args = queue[head + 1];
    queue[head] = queue[head + 1] = undefined;
    head += 2;
    if (head === queue.length) { queue = []; head = 0; }
    switch (args.length) {
      case 0: callback(); break;
      case 1: callback(args[0]); break;
      case 2: callback(args[0], args[1]); break;
      default: callback(...args);
    }
  }
}

function processTicksAndRejections() {
  do {
    runTicks();
    runMicrotasks();
  } while (head < queue.length || processPromiseRejections());
  clearTickScheduled();
}

// Drain between timers/immediates, as Node does.
function runNextTicks() {
  if (head < queue.length || pendingUnhandled.length) processTicksAndRejections();
  else runMicrotasks();
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  Promise.resolve().then(() => {
    try {
      callback();
    } catch (err) {
      const { triggerUncaughtException } = require('internal/process/execution');
      const code = triggerUncaughtException(err, false);
      if (code !== undefined) processRef.reallyExit(code);
    }
  });
}

function setup(process) {
  processRef = process;
  Object.defineProperty(process, 'nextTick', { value: nextTick, writable: true, configurable: true, enumerable: true });
  setHook('processTicksAndRejections', processTicksAndRejections);
  setHook('promiseRejectHandler', promiseRejectHandler);
}

module.exports = { setup, nextTick, runNextTicks, queueMicrotask, processTicksAndRejections, setCallbackWrapper };
