'use strict';
// AssertionError and the text of its generated messages, including the line diff
// ("+ actual - expected") printed for failed strictEqual / deepStrictEqual.

const { validateObject } = require('internal/validators');

let inspectFn;
function inspect(value, opts) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, opts);
}

const headers = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Both sides on one line and this short: print "a !== b".
const kMaxShortLength = 12;
const kMaxPrintedLines = 50;

// The inspection used for messages: one property per line, sorted keys, no depth limit.
function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function terminalWidth() {
  const stderr = process?.stderr;
  return stderr?.isTTY && stderr.columns ? stderr.columns : 80;
}

// Keep at most 47 lines of a long value.
function clipLines(lines) {
  if (lines.length > kMaxPrintedLines) {
    lines.length = 46;
    lines.push('...');
  }
  return lines;
}

function isObjectOrFunction(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

// Builds the "+ actual - expected" message. Lines the two inspections share at the end
// are folded into a short tail; inside the body runs of equal lines are shortened to
// two lines of context on each side of a difference.
function diffMessage(actual, expected, operator, customHeader) {
  const actualText = inspectValue(actual);
  const actualLines = actualText.split('\n');
  const expectedLines = inspectValue(expected).split('\n');

  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  let caret = '';
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const a = actualLines[0];
    const e = expectedLines[0];
    const total = a.length + e.length;
    if (total <= kMaxShortLength) {
      if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) {
        return `${customHeader ?? headers[operator]}\n\n${a} !== ${e}\n`;
      }
    } else if (operator !== 'strictEqualObject' && total < terminalWidth()) {
      let p = 0;
      while (p < a.length && a[p] === e[p]) p++;
      if (p > 2) caret = `\n  ${' '.repeat(p)}^`;
    }
  }

  // Fold the common tail: the last three shared lines are shown, then (if more were
  // shared) the topmost one, with "..." when lines in between were left out.
  let skipped = false;
  const tail = [];
  let topOfTail = null;
  let shared = 0;
  while (actualLines.length > 0 && expectedLines.length > 0 &&
         actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    const line = actualLines.pop();
    expectedLines.pop();
    if (shared < 3) tail.unshift(line);
    else topOfTail = line;
    shared++;
  }
  let tailText = tail.map((l) => `\n  ${l}`).join('');
  if (shared >= 5) {
    tailText = `\n...${tailText}`;
    skipped = true;
  }
  if (topOfTail !== null) tailText = `\n  ${topOfTail}${tailText}`;

  const rows = Math.max(actualLines.length, expectedLines.length);
  if (rows === 0) {
    return `${headers.notIdentical}\n\n${clipLines(actualText.split('\n')).join('\n')}\n`;
  }

  const header = `${customHeader ?? headers[operator]}\n+ actual - expected`;
  const actualLonger = actualLines.length >= rows;
  const longer = actualLonger ? actualLines : expectedLines;
  const shorterLength = actualLonger ? expectedLines.length : actualLines.length;

  let plus = '';    // committed output (context and + lines)
  let minus = '';   // - lines waiting to be flushed after the + lines
  let printed = 0;
  let sameRun = 0;  // length of the current run of equal lines

  // Entering a difference after `sameRun` equal lines: the first two were printed
  // already; print the last ones, eliding the middle if it is longer than one line.
  const flushContext = (i, src) => {
    if (sameRun > 2) {
      if (sameRun > 3) {
        if (sameRun > 4) {
          if (sameRun === 5) {
            plus += `\n  ${src[i - 3]}`;
            printed++;
          } else {
            plus += '\n...';
            skipped = true;
          }
        }
        plus += `\n  ${src[i - 2]}`;
        printed++;
      }
      plus += `\n  ${src[i - 1]}`;
      printed++;
    }
    sameRun = 0;
  };

  for (let i = 0; i < rows; i++) {
    if (i >= shorterLength) {
      flushContext(i, longer);
      if (actualLonger) plus += `\n+ ${longer[i]}`;
      else minus += `\n- ${longer[i]}`;
      printed++;
    } else {
      const e = expectedLines[i];
      let a = actualLines[i];
      // A trailing comma alone does not make lines differ.
      let differs = a !== e && (!a.endsWith(',') || a.slice(0, -1) !== e);
      if (differs && e.endsWith(',') && e.slice(0, -1) === a) {
        differs = false;
        a += ',';
      }
      if (differs) {
        flushContext(i, actualLines);
        plus += `\n+ ${a}`;
        minus += `\n- ${e}`;
        printed += 2;
      } else {
        plus += minus;
        minus = '';
        sameRun++;
        if (sameRun <= 2) {
          plus += `\n  ${a}`;
          printed++;
        }
      }
    }
    if (printed > kMaxPrintedLines && i < rows - 2) {
      return `${header} ... Lines skipped\n${plus}\n...${minus}\n...`;
    }
  }
  return `${header}${skipped ? ' ... Lines skipped' : ''}\n${plus}${minus}${tailText}${caret}`;
}

function isObjectLike(v) {
  return typeof v === 'object' && v !== null;
}

function notEqualMessage(actual, operator) {
  let header = headers[operator];
  const lines = clipLines(inspectValue(actual).split('\n'));
  if (operator === 'notStrictEqual' && isObjectOrFunction(actual)) header = headers.notStrictEqualObject;
  if (lines.length === 1) return `${header}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${header}\n\n${lines.join('\n')}\n`;
}

function otherMessage(actual, expected, operator) {
  let a = inspectValue(actual);
  let e = inspectValue(expected);
  const header = headers[operator];
  if (operator === 'notDeepEqual' && a === e) {
    a = `${header}\n\n${a}`;
    if (a.length > 1024) a = `${a.slice(0, 1021)}...`;
    return a;
  }
  if (a.length > 512) a = `${a.slice(0, 509)}...`;
  if (e.length > 512) e = `${e.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    a = `${header}\n\n${a}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequal = headers[`${operator}Unequal`];
    if (unequal) a = `${unequal}\n\n${a}\n\nshould not loosely deep-equal\n\n`;
    else e = ` ${operator} ${e}`;
  }
  return `${a}${e}`;
}

function generatedMessage(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') return diffMessage(actual, expected, operator);
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') return notEqualMessage(actual, operator);
  return otherMessage(actual, expected, operator);
}

// Two errors are shown without their stacks.
function withErrorsStripped(actual, expected) {
  if (isErrorWithStack(actual) && isErrorWithStack(expected)) return [stacklessCopy(actual), stacklessCopy(expected)];
  return [actual, expected];
}

function diffWithErrorsStripped(actual, expected, operator, customHeader) {
  const [a, e] = withErrorsStripped(actual, expected);
  return diffMessage(a, e, operator, customHeader);
}

function isErrorWithStack(v) {
  return typeof v === 'object' && v !== null && v instanceof Error && 'stack' in v;
}

function stacklessCopy(err) {
  const copy = Object.create(Object.getPrototypeOf(err));
  for (const key of Reflect.ownKeys(err)) {
    if (key === 'stack') continue;
    Object.defineProperty(copy, key, Object.getOwnPropertyDescriptor(err, key));
  }
  if (!Object.prototype.hasOwnProperty.call(copy, 'message')) {
    Object.defineProperty(copy, 'message', { __proto__: null, value: err.message, enumerable: false, writable: true, configurable: true });
  }
  return copy;
}

// Long strings are shortened when an AssertionError itself is inspected.
function shorten(str) {
  const lines = str.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  if (str.length > 512) return `${str.slice(512)}...`;
  return str;
}

const customInspect = Symbol.for('nodejs.util.inspect.custom');

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, details } = options;
    let { actual, expected } = options;

    // The stack is captured below, from the caller of the assert function.
    const canCapture = typeof Error.captureStackTrace === 'function';
    const limit = Error.stackTraceLimit;
    if (canCapture && typeof limit === 'number') Error.stackTraceLimit = 0;
    if (message != null) {
      // A custom message replaces the header of the diff of strict comparisons.
      if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
        super(diffWithErrorsStripped(actual, expected, operator, String(message)));
      } else {
        super(String(message));
      }
    } else if (details) {
      super(details.map((d) => d.message ?? generatedMessage(d.actual, d.expected, d.operator)).join('\n'));
    } else if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
      super(diffWithErrorsStripped(actual, expected, operator));
    } else {
      super(generatedMessage(...withErrorsStripped(actual, expected), operator));
    }
    if (canCapture && typeof limit === 'number') Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      __proto__: null, value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    if (canCapture) Error.captureStackTrace(this, stackStartFn || AssertionError);
    const head = `AssertionError [ERR_ASSERTION]: ${this.message}`;
    const stack = this.stack;
    if (typeof stack === 'string' && !stack.startsWith(head)) {
      // QuickJS stacks hold only the frames.
      const frames = stack.startsWith('AssertionError') ? stack.slice(stack.indexOf('\n    at ') + 1) : stack;
      Object.defineProperty(this, 'stack', {
        __proto__: null, value: `${head}\n${frames}`.replace(/\n$/, ''), enumerable: false, writable: true, configurable: true,
      });
    }
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [customInspect](recurseTimes, ctx) {
    const savedActual = this.actual;
    const savedExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = shorten(this.actual);
    if (typeof this.expected === 'string') this.expected = shorten(this.expected);
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = savedActual;
    this.expected = savedExpected;
    return result;
  }
}

module.exports = { AssertionError, inspectValue };
