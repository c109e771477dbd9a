'use strict';
// Copying, filling, slicing and byte swapping: copy, fill, subarray/slice, swap16/32/64.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_INVALID_BUFFER_SIZE },
} = require('internal/errors');
const {
  binding, FastBuffer, isUint8Array, toU8, getEncodingOpsOrThrow, validateOffset,
} = require('internal/buffer');
const { stringBytes } = require('internal/buffer/search');

// --- copy -------------------------------------------------------------------------
function copy(target, targetStart, sourceStart, sourceEnd) {
  return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
}

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

// --- fill -------------------------------------------------------------------------
function fill(value, offset, end, encoding) {
  return fillImpl(this, value, offset, end, encoding);
}

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

// --- subarray (proto.slice is the same function) ------------------------------------
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

function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
}

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
function swap16() { return swapBytes(this, 2); }
function swap32() { return swapBytes(this, 4); }
function swap64() { return swapBytes(this, 8); }

module.exports = {
  copy, fill, subarray, swap16, swap32, swap64,
  copyBytes, fillImpl,
};
