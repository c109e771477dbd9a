'use strict';
// What happens when an exception escapes: 'uncaughtException' listeners, or Node's
// fatal report on stderr ("file:line", the source line, a caret, the stack) and exit 1.
// Also process.exit / exitCode and the 'beforeExit' / 'exit' events.

const { setHook } = internalBinding('timers');
const binding = internalBinding('process');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } } = require('internal/errors');

let processRef;
let exiting = false;
let exitCode;
let captureCallback = null;

function validateExitCode(code) {
  if (code === undefined || code === null) return undefined;
  if (typeof code === 'string' && /^\s*-?\d+\s*$/.test(code)) return Number(code);
  if (typeof code !== 'number') throw new ERR_INVALID_ARG_TYPE('code', ['number', 'string', 'undefined'], code);
  if (!Number.isInteger(code)) throw new ERR_OUT_OF_RANGE('code', 'an integer', code);
  return code;
}

function emitExit(code) {
  if (!exiting) {
    exiting = true;
    if (code !== undefined) exitCode = code;
    processRef._exiting = true;
    processRef.emit('exit', exitCode ?? 0);
  }
  return (exitCode ?? 0) & 0xff;
}

// Where the error was thrown, from the first frame of its stack: "file:line".
function sourceContext(err) {
  const stack = err && typeof err === 'object' ? err.stack : undefined;
  if (typeof stack !== 'string') return '';
  // ES module frames name their file by file:// URL.
  const m = /\(?((?:file:\/\/)?(?:\/|[A-Za-z]:\\)[^():]+):(\d+)(?::(\d+))?\)?/.exec(stack);
  if (!m) return '';
  const [, file, lineStr, colStr] = m;
  let text;
  try {
    const filePath = file.startsWith('file://') ? require('internal/url').fileURLToPath(file) : file;
    text = internalBinding('fs').readFileUtf8(filePath).split('\n')[Number(lineStr) - 1];
  } catch {
    return '';
  }
  if (text === undefined) return '';
  let col = Math.min(Math.max(0, Number(colStr || 1) - 1), text.length);
  // Node marks the throw statement; the stack gives where the error was made, which for
  // `throw new X()` is just after the `throw`.
  const thrown = /\bthrow\s+$/.exec(text.slice(0, col));
  if (thrown) col = thrown.index;
  // Tabs stay tabs so the caret lines up under tab-indented code, as in Node.
  const pad = text.slice(0, col).replace(/[^\t]/g, ' ');
  return `${file}:${lineStr}\n${text}\n${pad}^\n\n`;
}

function formatFatal(err) {
  let body;
  try {
    const { inspect } = require('internal/util/inspect');
    body = err instanceof Error || (err && typeof err === 'object' && 'stack' in err) ? inspect(err) : inspect(err);
    if (!(err instanceof Error)) {
      body = `Uncaught ${body}`;
    }
  } catch {
    body = err instanceof Error ? String(err.stack) : String(err);
  }
  if (!(err instanceof Error)) {
    return `${sourceContext(err)}${body}\n(Use \`minode --trace-uncaught ...\` to show where the exception was thrown)\n\nNode.js ${processRef.version}\n`;
  }
  return `${sourceContext(err)}${body}\n\nNode.js ${processRef.version}\n`;
}

// Returns undefined when the program goes on, or the exit code to exit with.
function triggerUncaughtException(err, fromPromise) {
  if (captureCallback !== null) {
    captureCallback(err);
    return undefined;
  }
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  try {
    processRef.emit('uncaughtExceptionMonitor', err, type);
    if (processRef.listenerCount('uncaughtException') > 0) {
      processRef.emit('uncaughtException', err, type);
      return undefined;
    }
  } catch (handlerErr) {
    // An 'uncaughtException' handler that throws ends the process with code 7.
    try { binding.writeFatal?.(''); } catch {}
    internalBinding('stdio').writeSync(2, formatFatal(handlerErr));
    exitCode = 7;
    return emitExit(7) || 7;
  }
  internalBinding('stdio').writeSync(2, formatFatal(err));
  exitCode = 1;
  try {
    emitExit(1);
  } catch {}
  return 1;
}

function exit(code) {
  const c = validateExitCode(code);
  if (c !== undefined) exitCode = c;
  const final = emitExit(exitCode);
  processRef.reallyExit(final);
}

function setup(process) {
  processRef = process;
  Object.defineProperty(process, 'exit', { value: exit, writable: true, configurable: true, enumerable: true });
  Object.defineProperty(process, 'exitCode', {
    get() { return exitCode; },
    set(v) { exitCode = validateExitCode(v); },
    enumerable: true, configurable: true,
  });
  Object.defineProperty(process, 'setUncaughtExceptionCaptureCallback', {
    value(fn) {
      if (fn !== null && typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
      captureCallback = fn;
    }, writable: true, configurable: true, enumerable: true,
  });
  Object.defineProperty(process, 'hasUncaughtExceptionCaptureCallback', {
    value() { return captureCallback !== null; }, writable: true, configurable: true, enumerable: true,
  });
  Object.defineProperty(process, 'emitWarning', {
    value: emitWarning, writable: true, configurable: true, enumerable: true,
  });
  setHook('triggerUncaughtException', (err) => triggerUncaughtException(err, false));
  setHook('emitBeforeExit', () => { process.emit('beforeExit', exitCode ?? 0); });
  setHook('emitExit', () => emitExit());
  setHook('uvException', require('internal/errors').uvException);
  process.on('warning', onWarning);
}

// --- warnings -------------------------------------------------------------------
function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type; code = undefined; type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
  if (typeof code === 'function') { ctor = code; code = undefined; }
  if (code !== undefined && typeof code !== 'string') throw new ERR_INVALID_ARG_TYPE('code', 'string', code);
  if (typeof warning === 'string') {
    warning = new Error(warning);
    warning.name = String(type || 'Warning');
    if (code !== undefined) warning.code = code;
    if (detail !== undefined) warning.detail = detail;
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (processRef.noDeprecation) return;
    if (processRef.throwDeprecation) throw warning;
  }
  processRef.nextTick(() => processRef.emit('warning', warning));
}

let warnedHint = false;
function onWarning(warning) {
  if (processRef.noDeprecation && warning.name === 'DeprecationWarning') return;
  if (processRef.execArgv.includes('--no-warnings')) return;
  const prefix = `(node:${processRef.pid}) `;
  let msg = `${prefix}${warning.code ? `[${warning.code}] ` : ''}${warning.name}: ${warning.message}`;
  if (warning.detail) msg += `\n${warning.detail}`;
  if (!warnedHint) {
    warnedHint = true;
    msg += `\n(Use \`minode --trace-warnings ...\` to show where the warning was created)`;
  }
  internalBinding('stdio').writeSync(2, msg + '\n');
}

module.exports = { setup, triggerUncaughtException, formatFatal, emitExit };
