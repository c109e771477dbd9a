'use strict';
// Buffer comparison and search: equals, compare (compareBytes also serves Buffer.compare),
// indexOf, lastIndexOf, includes.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');
const {
  binding, SMALL, isUint8Array, getEncodingOps, encodingOps, validateOffset,
} = require('internal/buffer');

function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  if (this === otherBuffer) return true;
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || compareBytes(this, 0, len, otherBuffer, 0, len) === 0;
}

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

function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
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
}

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

function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
}
function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
}
function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
}

module.exports = {
  equals, compare, indexOf, lastIndexOf, includes,
  compareBytes, stringBytes,
};
