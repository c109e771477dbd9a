'use strict';
const internal = require('internal/timers');
const { Timeout, Immediate, active } = internal;
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

function validateCallback(callback) {
  if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
}

function setTimeout(callback, after, ...args) {
  validateCallback(callback);
  const timer = new Timeout(callback, after, args.length ? args : undefined, false, true);
  active(timer);
  return timer;
}

function setInterval(callback, repeat, ...args) {
  validateCallback(callback);
  const timer = new Timeout(callback, repeat, args.length ? args : undefined, true, true);
  active(timer);
  return timer;
}

function setImmediate(callback, ...args) {
  validateCallback(callback);
  return new Immediate(callback, args.length ? args : undefined);
}

const clearTimeout = internal.clearTimeout;
const clearInterval = internal.clearTimeout;
const clearImmediate = internal.clearImmediate;

// Legacy helpers some packages still use.
function enroll(item, msecs) {
  item._idleTimeout = msecs;
}
function unenroll(item) {
  internal.unenroll(item);
  item._idleTimeout = -1;
}
function active_(item) {
  if (item._idleTimeout >= 0) internal.insert(item, item._idleTimeout);
}

module.exports = {
  setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate,
  enroll, unenroll, active: active_, _unrefActive: active_,
  get promises() { return require('timers/promises'); },
};
for (const fn of [setTimeout, setImmediate]) {
  Object.defineProperty(fn, Symbol.for('nodejs.util.promisify.custom'), {
    enumerable: true, configurable: true,
    get() { return require('timers/promises')[fn.name]; },
  });
}
