'use strict';
// V8-shaped `err.stack`: "Name: message" then "    at fn (file:line:col)" frames.
// QuickJS-NG calls Error.prepareStackTrace with V8-style call sites, so programs that
// parse stacks (depd, source-map-support, test runners) see what they expect. Frame
// text and the CallSite API are in callsite.js.

function header(err) {
  let name, message;
  try {
    name = err.name;
    message = err.message;
  } catch {
    // A throwing getter must not break stack capture.
  }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (!name) return message;
  return message ? `${name}: ${message}` : name;
}

const callsite = require('internal/bootstrap/callsite');

function render(err, callSites) {
  return header(err) + callsite.renderFrames(callSites);
}

// What the default hook returns: the call sites, formatted on first read of `stack`,
// as V8 does, so a subclass that sets `this.name` after super() shows in the header.
class LazyStack {
  constructor(callSites) {
    this.callSites = callSites;
  }
}

function prepareStackTrace(err, callSites) {
  return new LazyStack(callSites);
}

function defineStack(obj, value) {
  Object.defineProperty(obj, 'stack', { value, writable: true, configurable: true, enumerable: false });
}

function setup() {
  callsite.captureHidden();
  // QuickJS-NG keeps the hook behind an accessor on Error; wrap it so the hook a program
  // installs receives V8-shaped call sites, while reading it back returns that program's
  // own function (depd saves and restores it).
  const hookDesc = Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace');
  if (hookDesc && hookDesc.set && hookDesc.get) {
    const nativeSet = hookDesc.set;
    // As in Node, the hook reads as undefined until a program installs one.
    let userHook;
    nativeSet.call(Error, prepareStackTrace);
    Object.defineProperty(Error, 'prepareStackTrace', {
      configurable: true,
      enumerable: false,
      get() { return userHook; },
      set(fn) {
        userHook = fn;
        if (typeof fn !== 'function') nativeSet.call(Error, prepareStackTrace);
        else nativeSet.call(Error, (err, sites) => fn(err, callsite.wrapSites(sites)));
      },
    });
  } else {
    Error.prepareStackTrace = prepareStackTrace;
  }

  const desc = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
  if (desc && desc.get) {
    const nativeGet = desc.get;
    Object.defineProperty(Error.prototype, 'stack', {
      configurable: true,
      enumerable: false,
      get() {
        const value = nativeGet.call(this);
        if (!(value instanceof LazyStack)) return value;
        const text = render(this, value.callSites);
        defineStack(this, text);
        return text;
      },
      // Assigning err.stack keeps it non-enumerable, as in V8.
      set(value) {
        defineStack(this, value);
      },
    });
  }

  // captureStackTrace on a plain object stores the hook's result as an own property:
  // render it at once (the object has no Error.prototype getter to do it later).
  const nativeCapture = Error.captureStackTrace;
  Error.captureStackTrace = function captureStackTrace(obj, fn) {
    nativeCapture(obj, fn);
    const d = Object.getOwnPropertyDescriptor(obj, 'stack');
    if (d && d.value instanceof LazyStack) defineStack(obj, render(obj, d.value.callSites));
  };
}

module.exports = {
  setup,
  prepareStackTrace,
  markESM: callsite.markESM,
  setFrameMapper: callsite.setFrameMapper,
};
