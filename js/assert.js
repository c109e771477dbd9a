'use strict';
// The `assert` module. `assert.strict` is the same API with the strict comparisons
// under the loose names.

const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { AssertionError } = require('internal/assert/assertion_error');
const { validateFunction } = require('internal/validators');
const { isPromise, isRegExp } = require('internal/util/types');
const { isDeepEqual, isDeepStrictEqual } = require('internal/util/comparisons');

let inspectFn;
function inspect(value, opts) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, opts);
}

const NO_EXCEPTION = {};

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

// --- assert.ok: the message quotes the failing call from the caller's source ---------

const regexpExec = RegExp.prototype.exec;
let warnedFail = false;

function frameLocations(stack) {
  const out = [];
  for (const line of String(stack).split('\n')) {
    const m = /\(?((?:file:\/\/)?\/[^()]*?):(\d+):(\d+)\)?\s*$/.exec(line);
    if (m) out.push({ file: m[1], line: +m[2], column: +m[3] });
  }
  return out;
}

let ownFile;
function getOwnFile() {
  if (ownFile === undefined) {
    const loc = frameLocations(new Error().stack)[0];
    ownFile = loc ? loc.file : null;
  }
  return ownFile;
}

// Extracts the call expression starting at `start` in `src` by balancing brackets and
// skipping string literals; returns undefined if it does not look like a call.
function extractCall(src, start) {
  const head = /^[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*\s*\(/.exec(src.slice(start));
  if (!head) return undefined;
  let depth = 0;
  let i = start + head[0].length - 1;
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return src.slice(start, i + 1);
    } else if (c === '"' || c === "'" || c === '`') {
      i++;
      while (i < src.length && src[i] !== c) {
        if (src[i] === '\\') i++;
        i++;
      }
    } else if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      if (end === -1) return undefined;
      i = end + 1;
    }
  }
  return undefined;
}

const sourceCache = new Map();
function callSiteSource(fn) {
  const holder = {};
  let frames;
  if (typeof Error.captureStackTrace === 'function') {
    Error.captureStackTrace(holder, fn);
    frames = frameLocations(holder.stack);
  } else {
    const own = getOwnFile();
    frames = frameLocations(new Error().stack).filter((f) => f.file !== own);
  }
  const loc = frames[0];
  if (!loc) return undefined;
  const key = `${loc.file}:${loc.line}:${loc.column}`;
  if (sourceCache.has(key)) return sourceCache.get(key);
  let code;
  try {
    const fs = require('fs');
    const path = loc.file.startsWith('file://') ? decodeURIComponent(loc.file.slice(7)) : loc.file;
    const text = fs.readFileSync(path, 'utf8');
    const lines = text.split('\n');
    const lineText = lines[loc.line - 1];
    if (lineText === undefined) return undefined;
    let offset = 0;
    for (let i = 0; i < loc.line - 1; i++) offset += lines[i].length + 1;
    let start = offset + loc.column - 1;
    // Engines point at the method name of `assert.ok(...)`; include the object part.
    while (start > offset && /[\w$.]/.test(text[start - 1])) start--;
    // Wherever the column points inside the call, back up to the callee's start.
    let expr = extractCall(text, start);
    if (expr === undefined) {
      const before = lineText.slice(0, loc.column - 1 + 1);
      const re = /[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*\s*\(/g;
      let m;
      let best;
      while ((m = re.exec(before)) !== null) best = m.index;
      if (best !== undefined) {
        start = offset + best;
        expr = extractCall(text, start);
      }
    }
    if (expr !== undefined) {
      const indent = /^\s*/.exec(lineText)[0].length;
      code = expr.split('\n').map((l, i) => (i === 0 ? l : l.slice(Math.min(indent, /^\s*/.exec(l)[0].length)))).join('\n  ');
      code = `The expression evaluated to a falsy value:\n\n  ${code}\n`;
    }
  } catch {
    code = undefined;
  }
  sourceCache.set(key, code);
  return code;
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = callSiteSource(fn);
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw err;
}

// The common case, a truthy value, returns before anything else runs.
function ok(...args) {
  if (args[0]) return;
  innerOk(ok, args.length, args[0], args[1]);
}

const assert = module.exports = ok;
assert.fail = fail;
assert.AssertionError = AssertionError;
assert.ok = ok;

// --- fail / comparisons ---------------------------------------------------------------

function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!warnedFail) {
      warnedFail = true;
      if (typeof process?.emitWarning === 'function') {
        process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
          'Please use assert.strictEqual() instead or only pass a message.', 'DeprecationWarning', 'DEP0094');
      }
    }
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual, expected, operator: operator === undefined ? 'fail' : operator, stackStartFn: stackStartFn || fail, message,
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}

function bothNaN(a, b) {
  return Number.isNaN(a) && Number.isNaN(b);
}

assert.equal = function equal(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual != expected && !bothNaN(actual, expected)) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual == expected || bothNaN(actual, expected)) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }
};

// --- throws / rejects -------------------------------------------------------------------

// Holds the checked keys of an error (or of the expected object) for the diff.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
            regexpExec.call(obj[key], actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      const a = new Comparison(actual, keys);
      const b = new Comparison(expected, keys, actual);
      const err = new AssertionError({ actual: a, expected: b, operator: 'deepStrictEqual', stackStartFn: fn });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  }
}

function isErrorValue(e) {
  return e instanceof Error || Object.prototype.toString.call(e) === '[object Error]';
}

function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;
  let throwError = false;

  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (regexpExec.call(expected, str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
      throwError = true;
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            regexpExec.call(expected[key], actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Error.isPrototypeOf(expected)) {
    if (!message) {
      generatedMessage = true;
      message = 'The error is expected to be an instance of ' + `"${expected.name}". Received `;
      if (isErrorValue(actual)) {
        const name = actual.constructor?.name || actual.name;
        if (expected.name === name) message += 'an error with identical name but a different prototype.';
        else message += `"${name}"`;
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
    throwError = true;
  } else {
    const res = Reflect.apply(expected, {}, [actual]);
    if (res !== true) {
      if (!message) {
        generatedMessage = true;
        const name = expected.name ? `"${expected.name}" ` : '';
        message = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
        if (isErrorValue(actual)) message += `\n\nCaught error:\n\n${actual}`;
      }
      throwError = true;
    }
  }

  if (throwError) {
    const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function getActual(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function checkIsPromise(obj) {
  return isPromise(obj) ||
    (obj !== null && typeof obj === 'object' && typeof obj.then === 'function' && typeof obj.catch === 'function');
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!checkIsPromise(resultPromise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', resultPromise);
    }
  } else if (checkIsPromise(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT('error/message',
          `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }

  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error?.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined,
      expected: error,
      operator: stackStartFn.name,
      message: `Missing expected ${fnType}${details}`,
      stackStartFn,
    });
  }
  if (!error) return;
  expectedException(actual, error, message, stackStartFn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return regexpExec.call(expected, String(actual)) !== null;
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Error.isPrototypeOf(expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: stackStartFn.name,
      message: `Got unwanted ${fnType}${details}\nActual message: "${actual?.message}"`,
      stackStartFn,
    });
  }
  throw actual;
}

assert.throws = function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
};

assert.rejects = async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
};

assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
};

assert.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
};

assert.ifError = function ifError(err) {
  if (err !== null && err !== undefined) {
    let message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') {
      if (err.message.length === 0 && err.constructor) message += err.constructor.name;
      else message += err.message;
    } else {
      message += inspect(err);
    }
    const newErr = new AssertionError({ actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError });
    // Continue the stack with the original error's frames, from the first frame
    // both stacks share.
    const origStack = err.stack;
    if (typeof origStack === 'string' && typeof newErr.stack === 'string') {
      const at = origStack.indexOf('\n    at');
      if (at !== -1) {
        const origFrames = origStack.slice(at + 1).split('\n');
        let own = newErr.stack.split('\n');
        for (const frame of origFrames) {
          const pos = own.indexOf(frame);
          if (pos !== -1) {
            own = own.slice(0, pos);
            break;
          }
        }
        newErr.stack = `${own.join('\n')}\n${origFrames.join('\n')}`;
      }
    }
    throw newErr;
  }
};

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const match = fn === assert.match;
  if (typeof string !== 'string' || (regexpExec.call(regexp, string) !== null) !== match) {
    if (message instanceof Error) throw message;
    const generatedMessage = !message;
    message = message || (typeof string !== 'string'
      ? 'The "string" argument must be of type string. Received type ' + `${typeof string} (${inspect(string)})`
      : (match
        ? 'The input did not match the regular expression '
        : 'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

// --- CallTracker (deprecated in Node, kept for compatibility) ----------------------------

class CallTracker {
  #calls = [];

  calls(fn, exact = 1) {
    if (typeof fn === 'number') {
      exact = fn;
      fn = () => {};
    } else if (fn === undefined) {
      fn = () => {};
    }
    validateFunction(fn, 'fn');
    if (typeof exact !== 'number' || !Number.isInteger(exact) || exact < 1 || exact > 4294967295) {
      const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
      throw new ERR_OUT_OF_RANGE('exact', '>= 1 && <= 4294967295', exact);
    }
    const context = {
      exact, actual: 0, calls: [], name: fn.name || 'calls',
      stackTrace: new Error(),
    };
    const tracked = new Proxy(fn, {
      apply(target, thisArg, argList) {
        context.actual++;
        context.calls.push({ thisArg, arguments: argList });
        return Reflect.apply(target, thisArg, argList);
      },
    });
    this.#calls.push({ context, tracked });
    return tracked;
  }

  #find(fn) {
    const entry = this.#calls.find((c) => c.tracked === fn);
    if (!entry) throw new ERR_INVALID_ARG_VALUE('fn', fn, 'is not a tracked function');
    return entry.context;
  }

  getCalls(fn) {
    return Object.freeze(this.#find(fn).calls.map((c) => Object.freeze({ ...c })));
  }

  reset(fn) {
    if (fn === undefined) {
      for (const { context } of this.#calls) {
        context.actual = 0;
        context.calls = [];
      }
      return;
    }
    const context = this.#find(fn);
    context.actual = 0;
    context.calls = [];
  }

  report() {
    const errors = [];
    for (const { context } of this.#calls) {
      if (context.actual !== context.exact) {
        const times = (n) => `${n} time${n === 1 ? '' : 's'}`;
        errors.push({
          message: `Expected the ${context.name} function to be executed ${times(context.exact)} but was executed ${times(context.actual)}.`,
          actual: context.actual,
          expected: context.exact,
          operator: context.name,
          stack: context.stackTrace,
        });
      }
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}
assert.CallTracker = require('internal/util').deprecate(CallTracker, 'assert.CallTracker is deprecated.', 'DEP0173');

// --- assert.strict ------------------------------------------------------------------------

function strict(...args) {
  if (args[0]) return;
  innerOk(strict, args.length, args[0], args[1]);
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.strict = assert.strict;
