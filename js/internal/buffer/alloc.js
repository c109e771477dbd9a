'use strict';
// The Buffer factory: Buffer() itself and its static methods (from, alloc, allocUnsafe,
// concat, byteLength, ...), SlowBuffer, and the pool small buffers are carved from.
// buffer.js gives Buffer its prototype.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_BUFFER_OUT_OF_BOUNDS, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');
const {
  binding, FastBuffer, kMaxLength,
  isUint8Array, isTypedArray, isAnyArrayBuffer,
  normalizeEncoding, getEncodingOps, encodingOps, validateInteger,
} = require('internal/buffer');
const { fillImpl } = require('internal/buffer/bytes');
const { compareBytes } = require('internal/buffer/search');

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

module.exports = { Buffer, SlowBuffer, allocate, fromStringOps };
