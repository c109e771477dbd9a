'use strict';
// V8-shaped `err.stack`: "Name: message" then "    at fn (file:line:col)" frames.
// QuickJS-NG calls Error.prepareStackTrace with V8-style call sites, so programs that
// parse stacks (depd, source-map-support, test runners) see what they expect.

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

function frame(cs) {
  let fn, file, line, col, isNative;
  try {
    fn = cs.getFunctionName();
    file = cs.getFileName();
    line = cs.getLineNumber();
    col = cs.getColumnNumber();
    isNative = cs.isNative();
  } catch {
    return '    at <unknown>';
  }
  const loc = isNative ? 'native' : `${file ?? '<anonymous>'}${line != null ? `:${line}` : ''}${col != null ? `:${col}` : ''}`;
  if (fn) return `    at ${fn} (${loc})`;
  return `    at ${loc}`;
}

function render(err, callSites) {
  let out = header(err);
  for (let i = 0; i < callSites.length; i++) out += '\n' + frame(callSites[i]);
  return out;
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
  // Assignment, not defineProperty: QuickJS-NG keeps the hook behind an accessor.
  Error.prepareStackTrace = prepareStackTrace;

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

module.exports = { setup, prepareStackTrace };
