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

function prepareStackTrace(err, callSites) {
  let out = header(err);
  for (let i = 0; i < callSites.length; i++) out += '\n' + frame(callSites[i]);
  return out;
}

function setup() {
  // Assignment, not defineProperty: QuickJS-NG keeps the hook behind an accessor.
  Error.prepareStackTrace = prepareStackTrace;
}

module.exports = { setup, prepareStackTrace };
