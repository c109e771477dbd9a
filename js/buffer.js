'use strict';
// node:buffer — Buffer is a Uint8Array subclass (FastBuffer) whose prototype carries
// Node's methods; Buffer itself is a callable (deprecated) factory sharing that prototype.

const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_UNKNOWN_ENCODING, ERR_INVALID_BUFFER_SIZE, ERR_MISSING_ARGS, ERR_INVALID_STATE,
  },
} = require('internal/errors');
const {
  binding, SMALL,
  isUint8Array, isTypedArray, isAnyArrayBuffer, toU8,
  normalizeEncoding, getEncodingOps, getEncodingOpsOrThrow, encodingOps,
  encodeToU8, validateNumber, validateInteger,
  methods,
} = require('internal/buffer');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 536870888;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});
let INSPECT_MAX_BYTES = 50;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// --- pooled allocation ----------------------------------------------------------
let poolSize = 8 * 1024;
let poolOffset = 0;
let allocPool;

function createPool() {
  allocPool = new ArrayBuffer(poolSize);
  poolOffset = 0;
}
createPool();

function alignPool() {
  if (poolOffset & 7) poolOffset = (poolOffset | 7) + 1;
}

// Uninitialised (may be pooled) memory of `size` bytes.
function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > poolSize - poolOffset) {
      poolSize = Buffer.poolSize;
      createPool();
    }
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return new FastBuffer(size);
}

function validateSize(size) {
  if (typeof size !== 'number') throw new ERR_INVALID_ARG_TYPE('size', 'number', size);
  if (!(size >= 0 && size <= kMaxLength)) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxLength}`, size);
  }
}

// --- Buffer ---------------------------------------------------------------------
let warnedDeprecation = false;
function showDeprecation() {
  if (warnedDeprecation) return;
  const stack = new Error().stack || '';
  // Like Node, stay quiet for code inside node_modules.
  const frames = stack.split('\n').slice(3).join('\n');
  if (frames.includes('node_modules')) return;
  warnedDeprecation = true;
  if (typeof process === 'object' && typeof process.emitWarning === 'function') {
    process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use ' +
      'the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
    'DeprecationWarning', 'DEP0005');
  }
}

function Buffer(arg, encodingOrOffset, length) {
  showDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null, enumerable: false, configurable: true, get() { return FastBuffer; },
});

Buffer.poolSize = 8 * 1024;

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.subarray(offset, Math.min(end, viewLength));
  }
  const src = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  const b = allocate(src.length);
  b.set(src);
  return b;
};

Buffer.of = function of(...items) {
  const b = allocate(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = new FastBuffer(size);
    return fillImpl(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return new FastBuffer(size);
};

function SlowBuffer(size) {
  validateSize(size);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  }
  if (string.length === 0) return new FastBuffer();
  return fromStringOps(string, ops);
}

function fromStringOps(string, ops) {
  const length = ops.byteLength(string);
  if (length >= (Buffer.poolSize >>> 1)) {
    // Big strings: let the binding produce the bytes in one go.
    const ab = binding.encode(string, ops.encoding === 'ascii' ? 'latin1' : ops.encoding);
    return new FastBuffer(ab);
  }
  if (length > poolSize - poolOffset) createPool();
  let b = new FastBuffer(allocPool, poolOffset, length);
  const actual = ops.write(b, string, 0, length);
  if (actual !== length) b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  const length = obj.length;
  if (length <= 0) return new FastBuffer();
  const b = allocate(length);
  if (isUint8Array(obj)) {
    b.set(obj);
  } else if (Array.isArray(obj) || isTypedArray(obj)) {
    b.set(obj);
  } else {
    for (let i = 0; i < length; i++) b[i] = obj[i];
  }
  return b;
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return compareBytes(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};
Buffer[Symbol.for('kIsEncodingSymbol')] = Buffer.isEncoding;

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw new ERR_INVALID_ARG_TYPE('list', 'Array', list);
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (!isUint8Array(item)) throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], item);
      length += item.length;
    }
  } else {
    validateInteger(length, 'length', 0, kMaxLength);
  }
  const buffer = allocate(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (!isUint8Array(item)) throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], item);
    if (pos >= length) break;
    const room = length - pos;
    if (item.length > room) {
      buffer.set(item.subarray(0, room), pos);
      pos += room;
      break;
    }
    buffer.set(item, pos);
    pos += item.length;
  }
  // Memory from the pool is not zeroed: clear whatever the list did not cover.
  if (pos < length) buffer.fill(0, pos, length);
  return buffer;
};

// UTF-8 length in Rust at any size: one native call (~the cost of 3 iterations of a JS
// loop) and no copy for ASCII strings; lone surrogates count 3 bytes (U+FFFD), as in Node.
const { byteLengthUtf8 } = binding;
const utf8Ops = encodingOps.utf8;

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (encoding === undefined) return byteLengthUtf8(string);
  if (string.length === 0) return 0;
  if (encoding) {
    const ops = getEncodingOps(encoding);
    if (ops !== undefined && ops !== utf8Ops) return ops.byteLength(string);
  }
  return byteLengthUtf8(string);
}
Buffer.byteLength = byteLength;

// --- prototype ------------------------------------------------------------------
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(FastBuffer.prototype, 'constructor', {
  __proto__: null, value: Buffer, writable: true, enumerable: false, configurable: true,
});
Object.setPrototypeOf(Buffer, Uint8Array);
const proto = Buffer.prototype;

for (const name of Object.keys(methods)) {
  Object.defineProperty(proto, name, {
    __proto__: null, value: methods[name], writable: true, enumerable: false, configurable: true,
  });
}

Object.defineProperty(proto, 'parent', {
  __proto__: null, enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.buffer : undefined; },
});
Object.defineProperty(proto, 'offset', {
  __proto__: null, enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
});

// <encoding>Slice(start, end) and <encoding>Write(string, offset, length)
for (const [name, enc] of [['ascii', 'ascii'], ['base64', 'base64'], ['base64url', 'base64url'],
  ['latin1', 'latin1'], ['hex', 'hex'], ['ucs2', 'utf16le'], ['utf8', 'utf8']]) {
  const ops = encodingOps[enc];
  proto[`${name}Slice`] = function (start = 0, end = this.length) {
    if (start < 0 || end > this.length || start > end) throw new ERR_OUT_OF_RANGE('start', `>= 0 && <= ${this.length}`, start);
    return ops.slice(this, start, end);
  };
  proto[`${name}Write`] = function (string, offset = 0, length = this.length - offset) {
    if (typeof string !== 'string') throw invalidStringArg();
    if (offset < 0 || offset > this.length) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    return ops.write(this, string, offset, Math.min(length, this.length - offset));
  };
}

function invalidStringArg() {
  const err = new ERR_INVALID_ARG_TYPE('argument', 'string', 0);
  err.message = 'argument must be a string';
  if (typeof err.stack === 'string') {
    err.stack = `TypeError [ERR_INVALID_ARG_TYPE]: argument must be a string${err.stack.slice(err.stack.indexOf('\n'))}`;
  }
  return err;
}

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
};

// Node's lenient integer coercion for copy(): NaN/huge -> default, fractions floored.
function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return defaultVal;
}

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return copyBytes(source, target, targetStart, sourceStart, sourceEnd);
}

function copyBytes(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) sourceEnd = sourceStart + target.length - targetStart;
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.length - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  if (nb <= 16) {
    // Overlap-safe small copy.
    if (source.buffer === target.buffer && target.byteOffset + targetStart > source.byteOffset + sourceStart) {
      for (let i = nb - 1; i >= 0; i--) target[targetStart + i] = source[sourceStart + i];
    } else {
      for (let i = 0; i < nb; i++) target[targetStart + i] = source[sourceStart + i];
    }
    return nb;
  }
  if (sourceStart !== 0 || nb < source.length) source = source.subarray(sourceStart, sourceStart + nb);
  target.set(source, targetStart);
  return nb;
}

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return encodingOps.utf8.slice(this, 0, this.length);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return encodingOps.utf8.slice(this, start, end);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return ops.slice(this, start, end);
};
proto.toLocaleString = proto.toString;

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  if (this === otherBuffer) return true;
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || compareBytes(this, 0, len, otherBuffer, 0, len) === 0;
};

function compareBytes(a, aStart, aEnd, b, bStart, bEnd) {
  const aLen = aEnd - aStart;
  const bLen = bEnd - bStart;
  const n = Math.min(aLen, bLen);
  if (n > SMALL && typeof binding.compare === 'function') {
    const r = binding.compare(a, aStart, aEnd, b, bStart, bEnd);
    return r;
  }
  for (let i = 0; i < n; i++) {
    const x = a[aStart + i];
    const y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  return aLen < bLen ? -1 : aLen > bLen ? 1 : 0;
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  validateInteger(value, name, min, max);
}

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return compareBytes(this, 0, this.length, target, 0, target.length);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  if (sourceStart > this.length) throw new ERR_OUT_OF_RANGE('sourceStart', `<= ${this.length}`, sourceStart);
  if (targetStart > target.length) throw new ERR_OUT_OF_RANGE('targetStart', `<= ${target.length}`, targetStart);
  return compareBytes(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
};

// --- search ---------------------------------------------------------------------
// Where a search starts, following Node's rules for negative and past-the-end offsets.
// Returns -1 when nothing can match.
function searchStart(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

function searchBytes(hay, needle, offset, forward, step) {
  const hayLen = hay.length;
  const nLen = needle.length;
  let start = searchStart(hayLen, offset, nLen, forward);
  if (nLen === 0) return start;
  if (hayLen === 0 || start <= -1 || nLen > hayLen) return -1;
  if (forward && hayLen < start + nLen) return -1;
  if (step === 1 && typeof binding.indexOf === 'function' && hayLen - (forward ? start : 0) > SMALL) {
    return binding.indexOf(hay, needle, start, forward);
  }
  const first = needle[0];
  if (forward) {
    for (let i = start; i <= hayLen - nLen; i++) {
      if (step === 2 && (i & 1)) continue;
      if (hay[i] !== first) continue;
      let j = 1;
      while (j < nLen && hay[i + j] === needle[j]) j++;
      if (j === nLen) return i;
    }
  } else {
    if (start > hayLen - nLen) start = hayLen - nLen;
    for (let i = start; i >= 0; i--) {
      if (step === 2 && (i & 1)) continue;
      if (hay[i] !== first) continue;
      let j = 1;
      while (j < nLen && hay[i + j] === needle[j]) j++;
      if (j === nLen) return i;
    }
  }
  return -1;
}

function indexOfNumber(buf, num, offset, forward) {
  const len = buf.length;
  const start = searchStart(len, offset, 1, forward);
  if (start <= -1 || len === 0) return -1;
  const byte = num & 255;
  if (forward) return Uint8Array.prototype.indexOf.call(buf, byte, start);
  return Uint8Array.prototype.lastIndexOf.call(buf, byte, start);
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  byteOffset = Math.trunc(byteOffset);

  if (typeof val === 'number') return indexOfNumber(buffer, val >>> 0, byteOffset, dir);
  let needle;
  let step = 1;
  if (typeof val === 'string') {
    let ops = encodingOps.utf8;
    if (encoding !== undefined) {
      ops = getEncodingOps(encoding);
      if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (val.length === 0) return searchStart(buffer.length, byteOffset, 0, dir);
    needle = stringBytes(val, ops);
    if (ops.encoding === 'utf16le') step = 2;
  } else if (isUint8Array(val)) {
    needle = val;
  } else {
    throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
  }
  return searchBytes(buffer, needle, byteOffset, dir, step);
}

// The bytes of `str` in an encoding (a scratch copy, not pooled).
function stringBytes(str, ops) {
  const n = ops.byteLength(str);
  if (n > SMALL) return new Uint8Array(binding.encode(str, ops.encoding === 'ascii' ? 'latin1' : ops.encoding));
  const u8 = new Uint8Array(n);
  const written = ops.write(u8, str, 0, n);
  return written === n ? u8 : u8.subarray(0, written);
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};
proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};
proto.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

// --- fill -------------------------------------------------------------------------
proto.fill = function fill(value, offset, end, encoding) {
  return fillImpl(this, value, offset, end, encoding);
};

function fillImpl(buf, value, offset, end, encoding) {
  let ops;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    if (encoding != null && typeof encoding !== 'string') throw new ERR_INVALID_ARG_TYPE('encoding', 'string', encoding);
    ops = getEncodingOpsOrThrow(encoding);
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      const code = value.charCodeAt(0);
      if ((ops.encoding === 'utf8' && code < 128) || ops.encoding === 'latin1') value = code & 255;
    }
  } else if (typeof value === 'boolean') {
    value = Number(value);
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    Uint8Array.prototype.fill.call(buf, value & 255, offset, end);
    return buf;
  }
  let pattern;
  if (typeof value === 'string') {
    pattern = stringBytes(value, ops);
  } else if (ArrayBuffer.isView(value)) {
    pattern = toU8(value);
  } else {
    Uint8Array.prototype.fill.call(buf, (value >>> 0) & 255, offset, end);
    return buf;
  }
  if (pattern.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  fillPattern(buf, pattern, offset, end);
  return buf;
}

function fillPattern(buf, pattern, offset, end) {
  const total = end - offset;
  const n = Math.min(pattern.length, total);
  if (pattern.buffer === buf.buffer) pattern = pattern.slice(0, n);
  for (let i = 0; i < n; i++) buf[offset + i] = pattern[i];
  // Double the filled run with native copies.
  let filled = n;
  while (filled < total) {
    const chunk = Math.min(filled, total - filled);
    Uint8Array.prototype.copyWithin.call(buf, offset + filled, offset, offset + chunk);
    filled += chunk;
  }
}

// --- write ------------------------------------------------------------------------
proto.write = function write(string, offset, length, encoding) {
  if (offset === undefined) {
    if (typeof string !== 'string') throw invalidStringArg();
    return encodingOps.utf8.write(this, string, 0, this.length);
  }
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  const ops = encoding === undefined ? encodingOps.utf8 : getEncodingOpsOrThrow(encoding);
  if (typeof string !== 'string') throw invalidStringArg();
  if (length <= 0) return 0;
  return ops.write(this, string, offset, length);
};

proto.toJSON = function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; i++) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
};

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return length;
}

proto.subarray = function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};
proto.slice = proto.subarray;

// --- swaps ------------------------------------------------------------------------
function swapBytes(buf, size) {
  const len = buf.length;
  if (len % size !== 0) throw new ERR_INVALID_BUFFER_SIZE(`${size * 8}-bits`);
  if (len > 256 && typeof binding.swap === 'function') {
    binding.swap(buf, size);
    return buf;
  }
  const half = size >> 1;
  for (let i = 0; i < len; i += size) {
    for (let j = 0; j < half; j++) {
      const a = i + j;
      const b = i + size - 1 - j;
      const t = buf[a];
      buf[a] = buf[b];
      buf[b] = t;
    }
  }
  return buf;
}
proto.swap16 = function swap16() { return swapBytes(this, 2); };
proto.swap32 = function swap32() { return swapBytes(this, 4); };
proto.swap64 = function swap64() { return swapBytes(this, 8); };

// --- inspect ----------------------------------------------------------------------
let lazyInspect;
function inspectValue(v, opts) {
  lazyInspect ??= require('internal/util/inspect').inspect;
  return lazyInspect(v, opts);
}

proto[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = encodingOps.hex.slice(this, 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  // Extra own properties (not indices) print after the bytes.
  if (ctx) {
    const extras = [];
    for (const key of Object.keys(this)) {
      if (/^\d+$/.test(key)) continue;
      const opts = Object.assign({}, ctx, { depth: ctx.depth == null ? 2 : ctx.depth - 1 });
      delete opts.stylize;
      extras.push(`${key}: ${inspectValue(this[key], opts)}`);
    }
    if (extras.length) {
      if (this.length !== 0) str += ', ';
      str += extras.join(', ');
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
proto.inspect = proto[customInspectSymbol];

// --- module-level helpers ---------------------------------------------------------
function isUtf8(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) return binding.isUtf8(bytesOf(input));
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) {
    const u8 = bytesOf(input);
    if (u8.length <= SMALL) {
      for (let i = 0; i < u8.length; i++) if (u8[i] > 0x7f) return false;
      return true;
    }
    return binding.isAscii(u8);
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function bytesOf(input) {
  try {
    return toU8(input);
  } catch {
    throw new ERR_INVALID_STATE.TypeError('Cannot validate on a detached buffer');
  }
}

// transcode(source, fromEnc, toEnc): Unicode conversion between the Buffer encodings;
// characters the target cannot hold become '?'.
const transcodable = new Set(['ascii', 'latin1', 'utf16le', 'utf8']);
function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  if (!transcodable.has(from) || !transcodable.has(to)) {
    const err = new Error(`Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]`);
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  let str = encodingOps[from].slice(source, 0, source.length);
  if (from === 'ascii') str = encodingOps.latin1.slice(source, 0, source.length);
  if (to === 'ascii' || to === 'latin1') {
    const limit = to === 'ascii' ? 0x7f : 0xff;
    // eslint-disable-next-line no-control-regex
    str = str.replace(to === 'ascii' ? /[\ud800-\udbff][\udc00-\udfff]|[^\x00-\x7f]/g
      : /[\ud800-\udbff][\udc00-\udfff]|[^\x00-\xff]/g, (m) => (m.charCodeAt(0) > limit ? '?' : m));
  } else if (to === 'utf16le' || to === 'utf8') {
    // Lone surrogates are not Unicode.
    str = str.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  }
  return fromStringOps(str, encodingOps[to === 'ascii' ? 'latin1' : to]);
}

// --- atob / btoa --------------------------------------------------------------------
function makeDOMException(message, name) {
  let DOMException;
  try {
    DOMException = globalThis.DOMException;
  } catch {
    // The global may be lazy and its module not available yet.
  }
  if (typeof DOMException === 'function') return new DOMException(message, name);
  const err = new Error(message);
  Object.defineProperty(err, 'name', { value: name, enumerable: false, writable: true, configurable: true });
  Object.defineProperty(err, 'code', { value: 5, enumerable: false, writable: true, configurable: true });
  return err;
}

const b64Chars = new Uint8Array(128);
{
  const s = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < s.length; i++) b64Chars[s.charCodeAt(i)] = 1;
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw makeDOMException('Invalid character', 'InvalidCharacterError');
  }
  const bytes = fromStringOps(input, encodingOps.latin1);
  return encodingOps.base64.slice(bytes, 0, bytes.length);
}

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  let clean = '';
  let nonWs = 0;
  let equals = 0;
  let sawWs = false;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) { sawWs = true; continue; }
    if (c === 0x3d) { equals++; nonWs++; continue; }
    if (c > 127 || b64Chars[c] === 0 || equals > 0) throw makeDOMException('Invalid character', 'InvalidCharacterError');
    nonWs++;
  }
  clean = sawWs ? input.replace(/[\t\n\f\r ]/g, '') : input;
  if (equals > 0) {
    // Padding only at the very end, at most two, and only to make a multiple of 4.
    if (equals > 2 || clean.length % 4 !== 0) throw makeDOMException('Invalid character', 'InvalidCharacterError');
    clean = clean.slice(0, clean.length - equals);
  }
  if (clean.length % 4 === 1) {
    throw makeDOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  const bytes = new Uint8Array(binding.encode(clean, 'base64'));
  return encodingOps.latin1.slice(bytes, 0, bytes.length);
}

// --- exports ------------------------------------------------------------------------
let lazyBlob;
function blobModule() {
  lazyBlob ??= require('internal/blob');
  return lazyBlob;
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  INSPECT_MAX_BYTES: undefined,
  Blob: undefined,
  resolveObjectURL: undefined,
  File: undefined,
  // Not in node's public exports; used by other built-ins.
};

Object.defineProperties(module.exports, {
  INSPECT_MAX_BYTES: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(val) {
      validateNumber(val, 'INSPECT_MAX_BYTES');
      if (!(val >= 0)) throw new ERR_OUT_OF_RANGE('INSPECT_MAX_BYTES', '>= 0', val);
      INSPECT_MAX_BYTES = val;
    },
  },
  Blob: { __proto__: null, configurable: true, enumerable: true, get() { return blobModule().Blob; } },
  File: { __proto__: null, configurable: true, enumerable: true, get() { return blobModule().File; } },
  resolveObjectURL: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return blobModule().resolveObjectURL; },
  },
});

// For other built-ins (fs, net, string_decoder, ...): fast paths without argument checks.
Object.defineProperty(module.exports, 'kInternal', {
  __proto__: null, enumerable: false,
  value: { FastBuffer, allocate, fromStringOps, encodingOps, copyBytes },
});
