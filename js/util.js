'use strict';
// The `util` module. inspect/format live in internal/util/inspect and are re-exported.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } } = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateNumber,
  validateObject,
  validateOneOf,
  validateString,
  kValidateObjectAllowObjects,
} = require('internal/validators');
const internalUtil = require('internal/util');
const types = require('internal/util/types');
const { isDeepStrictEqual } = require('internal/util/comparisons');

const inspectModule = require('internal/util/inspect');
const { inspect, format, formatWithOptions } = inspectModule;

// --- debuglog -------------------------------------------------------------------------

let debugPatterns;
function debugEnabled(set) {
  if (debugPatterns === undefined) {
    const env = process.env.NODE_DEBUG;
    debugPatterns = [];
    if (env) {
      for (const part of env.split(/[\s,]+/)) {
        if (!part) continue;
        const re = part.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*');
        debugPatterns.push(new RegExp(`^${re}$`, 'i'));
      }
    }
  }
  return debugPatterns.some((re) => re.test(set));
}

function makeLogger(set) {
  const upper = set.toUpperCase();
  if (!debugEnabled(set)) return Object.assign(function debug() {}, { enabled: false });
  const pid = process.pid;
  const stderr = process.stderr;
  const logger = function debug(...args) {
    const colors = Boolean(stderr?.isTTY && (typeof stderr.hasColors !== 'function' || stderr.hasColors()));
    const msg = formatWithOptions({ colors }, ...args);
    stderr.write(`${upper} ${pid}: ${msg}\n`);
  };
  logger.enabled = true;
  return logger;
}

function debuglog(set, cb) {
  let impl;
  const init = () => {
    if (impl === undefined) {
      impl = makeLogger(set);
      if (typeof cb === 'function') cb(impl);
    }
    return impl;
  };
  const logger = function debug(...args) {
    init();
    if (impl.enabled) Reflect.apply(impl, this, args);
  };
  Object.defineProperty(logger, 'enabled', {
    __proto__: null,
    get() { return init().enabled; },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// --- inherits / _extend ----------------------------------------------------------------

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    __proto__: null, value: superCtor, writable: true, configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

// --- errno helpers -----------------------------------------------------------------------

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  return internalUtil.getSystemErrorName(err);
}

function getSystemErrorMap() {
  return internalUtil.getSystemErrorMap();
}

function _errnoException(err, syscall, original) {
  const name = internalUtil.getSystemErrorName(err);
  const message = original ? `${syscall} ${name} ${original}` : `${syscall} ${name}`;
  const ex = new Error(message);
  ex.errno = err;
  ex.code = name;
  ex.syscall = syscall;
  return ex;
}

function _exceptionWithHostPort(err, syscall, address, port, additional) {
  const code = internalUtil.getSystemErrorName(err);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const ex = new Error(`${syscall} ${code}${details}`);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

// --- styleText ----------------------------------------------------------------------------

function looksLikeStream(s) {
  return s !== null && typeof s === 'object' &&
    (typeof s.write === 'function' || typeof s.pipe === 'function' || typeof s.getReader === 'function' ||
     typeof s.getWriter === 'function' || typeof s.on === 'function');
}

function streamHasColors(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force === '' || force === '1' || force === '2' || force === '3' || force === 'true';
  if (!stream?.isTTY) return false;
  if (typeof stream.getColorDepth === 'function') return stream.getColorDepth() > 2;
  return true;
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let plain = false;
  if (validateStream) {
    if (!looksLikeStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    plain = !streamHasColors(stream);
  }
  const colors = inspect.colors;
  const code = (key) => {
    const c = colors[key];
    if (c === undefined) validateOneOf(key, 'format', Object.keys(colors));
    return c;
  };
  if (Array.isArray(format)) {
    let open = '';
    let close = '';
    for (const key of format) {
      const c = code(key);
      open += `\u001b[${c[0]}m`;
      close = `\u001b[${c[1]}m${close}`;
    }
    return `${open}${text}${close}`;
  }
  const c = code(format);
  if (plain) return text;
  return `\u001b[${c[0]}m${text}\u001b[${c[1]}m`;
}

// --- aborted / parseEnv / log ---------------------------------------------------------------

async function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', kValidateObjectAllowObjects);
  if (signal.aborted) return;
  return new Promise((resolve) => {
    signal.addEventListener('abort', resolve, { __proto__: null, once: true });
  });
}

function transferableAbortSignal(signal) {
  if (signal?.aborted === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  return signal;
}

function transferableAbortController() {
  return new AbortController();
}

// dotenv syntax: KEY=value lines, optional `export`, quotes, # comments.
function parseEnv(content) {
  validateString(content, 'content');
  const out = {};
  const lines = content.replace(/\r\n?/g, '\n');
  const re = /^\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\n]+)?\s*(?:#.*)?$/mg;
  let m;
  while ((m = re.exec(lines)) !== null) {
    const key = m[1];
    let value = (m[2] || '').trim();
    const q = value[0];
    value = value.replace(/^(['"`])([\s\S]*)\1$/mg, '$2');
    if (q === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    out[key] = value;
  }
  return out;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n) => String(n).padStart(2, '0');
function timestamp() {
  const d = new Date();
  const time = `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
  return `${d.getDate()} ${months[d.getMonth()]} ${time}`;
}

function log(...args) {
  console.log('%s - %s', timestamp(), format(...args));
}

// --- legacy type checks ------------------------------------------------------------------

function isBuffer(value) {
  try {
    const { Buffer } = require('buffer');
    return Buffer.isBuffer(value);
  } catch {
    return false;
  }
}

const isBoolean = (v) => typeof v === 'boolean';
const isNull = (v) => v === null;
const isNullOrUndefined = (v) => v === undefined || v === null;
const isNumber = (v) => typeof v === 'number';
const isString = (v) => typeof v === 'string';
const isSymbol = (v) => typeof v === 'symbol';
const isUndefined = (v) => v === undefined;
const isObject = (v) => v !== null && typeof v === 'object';
const isError = (e) => types.isNativeError(e) || e instanceof Error;
const isFunction = (v) => typeof v === 'function';
const isPrimitive = (v) => v === null || (typeof v !== 'object' && typeof v !== 'function');

function lazy(id, key) {
  let value;
  let loaded = false;
  return {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      if (!loaded) {
        value = require(id)[key];
        loaded = true;
      }
      return value;
    },
    set(v) {
      value = v;
      loaded = true;
    },
  };
}

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify: internalUtil.callbackify,
  debug: debuglog,
  debuglog,
  deprecate: internalUtil.deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual,
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp: types.isRegExp,
  isObject,
  isDate: types.isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  promisify: internalUtil.promisify,
  stripVTControlCharacters: internalUtil.stripVTControlCharacters,
  toUSVString: internalUtil.toUSVString,
  transferableAbortSignal,
  transferableAbortController,
  aborted,
  types: require('util/types'),
  parseEnv,
};

Object.defineProperty(module.exports, 'parseArgs', lazy('internal/util/parse_args', 'parseArgs'));
Object.defineProperty(module.exports, 'TextDecoder', lazy('internal/encoding', 'TextDecoder'));
Object.defineProperty(module.exports, 'TextEncoder', lazy('internal/encoding', 'TextEncoder'));
Object.defineProperty(module.exports, 'MIMEType', lazy('internal/mime', 'MIMEType'));
Object.defineProperty(module.exports, 'MIMEParams', lazy('internal/mime', 'MIMEParams'));
