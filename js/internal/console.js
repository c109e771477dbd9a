'use strict';
// The Console class and the global console. minode's own implementation of Node v20's
// documented console behaviour (doc/api/console.md); output format checked against node.

const { inspect, formatWithOptions, getStringWidth } = require('internal/util/inspect');

const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentWidth = Symbol('kGroupIndentWidth');
const kInspectOptions = Symbol('kInspectOptions');
const kMaxGroupIndentation = 1000;

const kColorOptions = Object.freeze({ colors: true });
const kNoColorOptions = Object.freeze({});

let errorsCache;
const errors = () => (errorsCache ??= require('internal/errors').codes);

function noop() {}

function emitWarning(msg) {
  if (typeof process === 'object' && process !== null && typeof process.emitWarning === 'function') {
    process.emitWarning(msg);
  }
}

function nowMs() {
  if (typeof process === 'object' && process !== null && typeof process.hrtime === 'function') {
    const [s, ns] = process.hrtime();
    return s * 1e3 + ns / 1e6;
  }
  if (typeof performance === 'object' && performance !== null) return performance.now();
  return Date.now();
}

// Whether `stream` should get colored output in colorMode 'auto'.
function shouldColorize(stream) {
  const env = typeof process === 'object' && process !== null ? process.env : undefined;
  const force = env ? env.FORCE_COLOR : undefined;
  if (force !== undefined) return force === '' || force === '1' || force === 'true' || force === '2' || force === '3';
  if (!stream || !stream.isTTY) return false;
  if (typeof stream.getColorDepth === 'function') {
    try { return stream.getColorDepth() > 2; } catch { return false; }
  }
  return true;
}

// "1.234ms", "1.500s", "1:02.003 (m:ss.mmm)", "1:02:03.004 (h:mm:ss.mmm)"
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [sec, frac] = seconds.toFixed(3).split('.');
    const pad2 = (n) => String(n).padStart(2, '0');
    const head = hours !== 0 ? `${hours}:${pad2(minutes)}` : `${minutes}`;
    return `${head}:${pad2(sec)}.${frac} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

// --- console.table rendering (cells left-aligned, as in Node v20.20) ---------------------------
const box = {
  topLeft: '┌', topMiddle: '┬', topRight: '┐',
  leftMiddle: '├', rowMiddle: '┼', rightMiddle: '┤',
  bottomLeft: '└', bottomMiddle: '┴', bottomRight: '┘',
  line: '─', left: '│ ', middle: ' │ ', right: ' │',
};

function renderRow(row, widths) {
  let out = box.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    out += cell + ' '.repeat(widths[i] - getStringWidth(cell));
    if (i !== row.length - 1) out += box.middle;
  }
  return out + box.right;
}

function renderTable(head, columns) {
  const widths = head.map((h) => getStringWidth(h));
  const rowCount = Math.max(...columns.map((c) => c.length));
  const rows = [];
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < rowCount; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const cell = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      rows[j][i] = cell;
      widths[i] = Math.max(widths[i] || 0, getStringWidth(cell));
    }
  }
  const rule = widths.map((w) => box.line.repeat(w + 2));
  let out = `${box.topLeft}${rule.join(box.topMiddle)}${box.topRight}\n`;
  out += `${renderRow(head, widths)}\n`;
  out += `${box.leftMiddle}${rule.join(box.rowMiddle)}${box.rightMiddle}\n`;
  for (const row of rows) out += `${renderRow(row, widths)}\n`;
  out += `${box.bottomLeft}${rule.join(box.bottomMiddle)}${box.bottomRight}`;
  return out;
}

const mapSizeGetter = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
const setSizeGetter = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
function isMap(v) { try { mapSizeGetter.call(v); return true; } catch { return false; } }
function isSet(v) { try { setSizeGetter.call(v); return true; } catch { return false; } }

// --- the Console -----------------------------------------------------------------------------
function Console(options /* or: stdout, stderr, ignoreErrors */) {
  if (!new.target) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout, stderr = stdout, ignoreErrors = true, colorMode = 'auto', inspectOptions, groupIndentation,
  } = options;
  const E = errors();
  if (!stdout || typeof stdout.write !== 'function') throw new E.ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!stderr || typeof stderr.write !== 'function') throw new E.ERR_CONSOLE_WRITABLE_STREAM('stderr');
  if (typeof colorMode !== 'boolean' && colorMode !== 'auto') {
    throw new E.ERR_INVALID_ARG_VALUE('colorMode', colorMode);
  }
  if (groupIndentation !== undefined) {
    if (typeof groupIndentation !== 'number') {
      throw new E.ERR_INVALID_ARG_TYPE('groupIndentation', 'number', groupIndentation);
    }
    if (!Number.isInteger(groupIndentation)) {
      throw new E.ERR_OUT_OF_RANGE('groupIndentation', 'an integer', groupIndentation);
    }
    if (groupIndentation < 0 || groupIndentation > kMaxGroupIndentation) {
      throw new E.ERR_OUT_OF_RANGE('groupIndentation', `>= 0 && <= ${kMaxGroupIndentation}`, groupIndentation);
    }
  }
  if (inspectOptions !== undefined) {
    if (inspectOptions === null || typeof inspectOptions !== 'object') {
      throw new E.ERR_INVALID_ARG_TYPE('options.inspectOptions', 'object', inspectOptions);
    }
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new E.ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
  }

  bindMethods(this);
  const hidden = (name, value) => Object.defineProperty(this, name, {
    value, writable: true, enumerable: false, configurable: true,
  });
  hidden('_stdout', stdout);
  hidden('_stderr', stderr);
  setupState(this, ignoreErrors, colorMode, groupIndentation);
  if (inspectOptions !== undefined) hidden(kInspectOptions, { ...inspectOptions });
}

function bindMethods(target) {
  for (const key of Object.keys(consoleMethods)) {
    const bound = consoleMethods[key].bind(target);
    Object.defineProperty(bound, 'name', { value: key, configurable: true });
    target[key] = bound;
  }
}

function setupState(target, ignoreErrors, colorMode, groupIndentation = 2) {
  const hidden = (name, value) => Object.defineProperty(target, name, {
    value, writable: true, enumerable: false, configurable: true,
  });
  hidden('_stdoutErrorHandler', makeErrorHandler(target, true));
  hidden('_stderrErrorHandler', makeErrorHandler(target, false));
  hidden('_ignoreErrors', Boolean(ignoreErrors));
  hidden('_times', new Map());
  hidden(kCounts, new Map());
  hidden(kColorMode, colorMode);
  hidden(kIsConsole, true);
  hidden(kGroupIndent, '');
  hidden(kGroupIndentWidth, groupIndentation);
  Object.defineProperty(target, Symbol.toStringTag, {
    value: 'console', writable: false, enumerable: false, configurable: true,
  });
}

// Async write errors get a one-shot no-op 'error' listener so they do not crash the process.
function makeErrorHandler(instance, useStdout) {
  return (err) => {
    if (err === null || err === undefined) return;
    const stream = useStdout ? instance._stdout : instance._stderr;
    try {
      if (stream && stream._writableState && stream._writableState.errorEmitted) return;
      if (stream && typeof stream.listenerCount === 'function' && stream.listenerCount('error') === 0) {
        stream.once('error', noop);
      }
    } catch { /* ignore */ }
  };
}

function writeToConsole(self, useStdout, string) {
  const indent = self[kGroupIndent];
  if (indent.length !== 0) {
    if (string.includes('\n')) string = string.replace(/\n/g, `\n${indent}`);
    string = indent + string;
  }
  string += '\n';
  const stream = useStdout ? self._stdout : self._stderr;
  if (self._ignoreErrors === false) return stream.write(string);
  const handler = useStdout ? self._stdoutErrorHandler : self._stderrErrorHandler;
  let addedNoop = false;
  try {
    if (typeof stream.listenerCount === 'function' && typeof stream.once === 'function' &&
        stream.listenerCount('error') === 0) {
      stream.once('error', noop);
      addedNoop = true;
    }
    stream.write(string, handler);
  } catch (e) {
    // A console must not throw because its stream failed, except when the stack ran out.
    if (e !== null && typeof e === 'object' && e.name === 'RangeError' &&
        e.message === 'Maximum call stack size exceeded') throw e;
  } finally {
    if (addedNoop) {
      try { stream.removeListener('error', noop); } catch { /* ignore */ }
    }
  }
}

function inspectOptionsFor(self, stream) {
  let color = self[kColorMode];
  if (color === 'auto') color = shouldColorize(stream);
  const options = self[kInspectOptions];
  if (options) {
    if (options.colors === undefined) options.colors = color;
    return options;
  }
  return color ? kColorOptions : kNoColorOptions;
}

function formatFor(self, stream, args) {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return formatWithOptions(inspectOptionsFor(self, stream), ...args);
}

function timeLogImpl(self, name, label, data) {
  const start = self._times.get(label);
  if (start === undefined) {
    emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const formatted = formatTime(nowMs() - start);
  if (data === undefined) self.log('%s: %s', label, formatted);
  else self.log('%s: %s', label, formatted, ...data);
  return true;
}

const consoleMethods = {
  log(...args) {
    writeToConsole(this, true, formatFor(this, this._stdout, args));
  },
  warn(...args) {
    writeToConsole(this, false, formatFor(this, this._stderr, args));
  },
  dir(object, options) {
    writeToConsole(this, true, inspect(object, {
      customInspect: false,
      ...inspectOptionsFor(this, this._stdout),
      ...options,
    }));
  },
  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, nowMs());
  },
  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this._times.delete(label);
  },
  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },
  trace: function trace(...args) {
    const message = formatWithOptions(inspectOptionsFor(this, this._stderr), ...args);
    const err = { name: 'Trace', message };
    let stack;
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(err, trace);
      stack = err.stack;
    }
    const head = message ? `Trace: ${message}` : 'Trace';
    if (typeof stack !== 'string') {
      const frames = String(new Error().stack || '').split('\n').filter((l) => /^\s+at /.test(l));
      stack = [head, ...frames.slice(1)].join('\n');
    } else if (!stack.startsWith('Trace')) {
      stack = `${head}\n${stack.replace(/^\n+/, '')}`;
    }
    this.error(stack.replace(/\n+$/, ''));
  },
  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      this.warn(...args);
    }
  },
  clear() {
    const out = this._stdout;
    if (out && out.isTTY && !(typeof process === 'object' && process.env && process.env.TERM === 'dumb')) {
      try { out.write('\x1b[1;1H\x1b[0J'); } catch { /* ignore */ }
    }
  },
  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    let count = counts.get(label);
    count = count === undefined ? 1 : count + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },
  countReset(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    if (!counts.has(label)) {
      emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(label);
  },
  group(...data) {
    if (data.length > 0) this.log(...data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentWidth]);
  },
  groupEnd() {
    const indent = this[kGroupIndent];
    this[kGroupIndent] = indent.slice(0, indent.length - this[kGroupIndentWidth]);
  },
  table(tabularData, properties) {
    if (properties !== undefined && !Array.isArray(properties)) {
      throw new (errors().ERR_INVALID_ARG_TYPE)('properties', 'Array', properties);
    }
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    const show = (v) => {
      const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
      return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, ...inspectOptionsFor(this, this._stdout) });
    };
    const indexColumn = (n) => Array.from({ length: n }, (_, i) => show(i));
    const print = (head, columns) => this.log(renderTable(head, columns));

    if (isMap(tabularData)) {
      const keys = [];
      const values = [];
      for (const [k, v] of Map.prototype.entries.call(tabularData)) {
        keys.push(show(k));
        values.push(show(v));
      }
      return print(['(iteration index)', 'Key', 'Values'], [indexColumn(keys.length), keys, values]);
    }
    if (isSet(tabularData)) {
      const values = [];
      for (const v of Set.prototype.values.call(tabularData)) values.push(show(v));
      return print(['(iteration index)', 'Values'], [indexColumn(values.length), values]);
    }

    const map = { __proto__: null };
    let hasPrimitives = false;
    const valuesColumn = [];
    const indexKeys = Object.keys(tabularData);
    for (let i = 0; i < indexKeys.length; i++) {
      const item = tabularData[indexKeys[i]];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        valuesColumn[i] = show(item);
      } else {
        const keys = properties || Object.keys(item);
        for (const key of keys) {
          map[key] ??= [];
          if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) map[key][i] = '';
          else map[key][i] = show(item[key]);
        }
      }
    }
    const head = Object.keys(map);
    const columns = Object.values(map);
    if (hasPrimitives) {
      head.push('Values');
      columns.push(valuesColumn);
    }
    head.unshift('(index)');
    columns.unshift(indexKeys);
    return print(head, columns);
  },
};
consoleMethods.debug = consoleMethods.log;
consoleMethods.info = consoleMethods.log;
consoleMethods.dirxml = consoleMethods.log;
consoleMethods.error = consoleMethods.warn;
consoleMethods.groupCollapsed = consoleMethods.group;

for (const key of Object.keys(consoleMethods)) {
  Object.defineProperty(Console.prototype, key, {
    value: consoleMethods[key], writable: true, enumerable: false, configurable: true,
  });
}
Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) { return instance !== null && typeof instance === 'object' && instance[kIsConsole] === true; },
});

// --- the global console ----------------------------------------------------------------------
// Writes to process.stdout / process.stderr, looked up at each call (the streams are created
// lazily). console.log('plain string') goes straight to the stream.
function createGlobalConsole() {
  const g = { __proto__: {} };
  bindMethods(g);
  Object.defineProperty(g, '_stdout', {
    get() { return process.stdout; }, set(v) { Object.defineProperty(g, '_stdout', { value: v, writable: true, configurable: true }); },
    enumerable: false, configurable: true,
  });
  Object.defineProperty(g, '_stderr', {
    get() { return process.stderr; }, set(v) { Object.defineProperty(g, '_stderr', { value: v, writable: true, configurable: true }); },
    enumerable: false, configurable: true,
  });
  setupState(g, true, 'auto');

  // Fast paths for the hot methods.
  const write = (useStdout, args) => {
    if (args.length === 1 && typeof args[0] === 'string' && g[kGroupIndent] === '') {
      try {
        const stream = useStdout ? g._stdout : g._stderr;
        stream.write(`${args[0]}\n`, useStdout ? g._stdoutErrorHandler : g._stderrErrorHandler);
      } catch (e) {
        if (e !== null && typeof e === 'object' && e.name === 'RangeError' &&
            e.message === 'Maximum call stack size exceeded') throw e;
      }
      return;
    }
    if (useStdout) consoleMethods.log.apply(g, args);
    else consoleMethods.warn.apply(g, args);
  };
  const fast = {
    log(...args) { write(true, args); },
    warn(...args) { write(false, args); },
  };
  for (const [name, target] of [['log', 'log'], ['info', 'log'], ['debug', 'log'], ['warn', 'warn'], ['error', 'warn']]) {
    const fn = fast[target];
    const wrapper = (...args) => fn(...args);
    Object.defineProperty(wrapper, 'name', { value: name, configurable: true });
    g[name] = wrapper;
  }

  g.Console = Console;
  for (const name of ['profile', 'profileEnd', 'timeStamp', 'context']) {
    // Inspector-only in Node: no-ops without an attached inspector.
    const fn = name === 'context' ? function context() { return g; } : function () {};
    Object.defineProperty(fn, 'name', { value: name, configurable: true });
    g[name] = fn;
  }
  const createTask = function createTask(name) {
    return { run(fn) { return fn(); } };
  };
  g.createTask = createTask;
  return g;
}

const globalConsole = createGlobalConsole();

module.exports = { Console, globalConsole, formatTime, kGroupIndent };
