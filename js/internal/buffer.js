'use strict';
// Buffer internals shared by `buffer`, `string_decoder` and the encoders: FastBuffer,
// type checks, the encoding table (byteLength / write / slice per encoding), the
// pure-JS fast paths for short inputs, and the numeric read/write methods.
//
// QuickJS has no JIT: a call into Rust costs about as much as a short JS loop, so
// small inputs are handled in JS and large ones go to the `encoding` binding.

const binding = internalBinding('encoding');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_BUFFER_OUT_OF_BOUNDS, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');

// Inputs at or below this many bytes/chars are handled by JS loops.
const SMALL = 48;

const kMaxLength = 2 ** 32;

// Buffer's class: a Uint8Array subclass whose prototype buffer.js fills in.
class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// --- type checks ------------------------------------------------------------------
const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;
const getArrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const getSharedByteLength = typeof SharedArrayBuffer === 'function'
  ? Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;

function isUint8Array(v) {
  return getTypedArrayTag.call(v) === 'Uint8Array';
}
function isTypedArray(v) {
  return getTypedArrayTag.call(v) !== undefined;
}
function isArrayBuffer(v) {
  if (v === null || typeof v !== 'object') return false;
  try { getArrayBufferByteLength.call(v); return true; } catch { return false; }
}
function isSharedArrayBuffer(v) {
  if (getSharedByteLength === undefined || v === null || typeof v !== 'object') return false;
  try { getSharedByteLength.call(v); return true; } catch { return false; }
}
function isAnyArrayBuffer(v) {
  return isArrayBuffer(v) || isSharedArrayBuffer(v);
}

// A Uint8Array view over the bytes of any ArrayBufferView or ArrayBuffer.
function toU8(v) {
  if (isUint8Array(v)) return v;
  if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  return new Uint8Array(v);
}

// --- encodings --------------------------------------------------------------------
// The canonical name of a Buffer encoding, or undefined.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  return slowNormalize(enc);
}
function slowNormalize(enc) {
  switch (enc) {
    case 'hex': case 'base64': case 'base64url': case 'latin1': case 'ascii': case 'utf16le':
      return enc;
    case 'binary': return 'latin1';
    case 'ucs2': case 'ucs-2': case 'utf-16le': return 'utf16le';
  }
  const lower = `${enc}`.toLowerCase();
  switch (lower) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'hex': case 'base64': case 'base64url': case 'latin1': case 'ascii': case 'utf16le':
      return lower;
    case 'binary': return 'latin1';
    case 'ucs2': case 'ucs-2': case 'utf-16le': return 'utf16le';
  }
  return undefined;
}

// --- UTF-8 in JS, for short strings -------------------------------------------------
function utf8ByteLength(str) {
  const n = str.length;
  if (n > SMALL) return binding.byteLengthUtf8(str);
  let len = n;
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) { len += 1; continue; }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { len += 2; i++; continue; }
    }
    len += 2;
  }
  return len;
}

// Writes whole characters of `str` as UTF-8 into buf[off, off+max); returns bytes written.
// If `state` is given, state.read gets the number of UTF-16 units consumed.
function utf8WriteJS(buf, str, off, max, state) {
  const end = off + max;
  let p = off;
  const n = str.length;
  let i = 0;
  for (; i < n; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (p >= end) break;
      buf[p++] = c;
    } else if (c < 0x800) {
      if (p + 2 > end) break;
      buf[p++] = 0xc0 | (c >> 6);
      buf[p++] = 0x80 | (c & 0x3f);
    } else if (c >= 0xd800 && c <= 0xdfff) {
      let d;
      if (c <= 0xdbff && i + 1 < n && (d = str.charCodeAt(i + 1)) >= 0xdc00 && d <= 0xdfff) {
        if (p + 4 > end) break;
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        buf[p++] = 0xf0 | (c >> 18);
        buf[p++] = 0x80 | ((c >> 12) & 0x3f);
        buf[p++] = 0x80 | ((c >> 6) & 0x3f);
        buf[p++] = 0x80 | (c & 0x3f);
        i++;
      } else {
        if (p + 3 > end) break;
        buf[p++] = 0xef; buf[p++] = 0xbf; buf[p++] = 0xbd;
      }
    } else {
      if (p + 3 > end) break;
      buf[p++] = 0xe0 | (c >> 12);
      buf[p++] = 0x80 | ((c >> 6) & 0x3f);
      buf[p++] = 0x80 | (c & 0x3f);
    }
  }
  if (state !== undefined) state.read = i;
  return p - off;
}

function isAsciiRange(buf, start, end) {
  for (let i = start; i < end; i++) if (buf[i] > 0x7f) return false;
  return true;
}

function fromCodes(buf, start, end) {
  if (start === 0 && end === buf.length) return String.fromCharCode.apply(null, buf);
  return String.fromCharCode.apply(null, buf.subarray(start, end));
}

// --- writing strings into existing memory -------------------------------------------
// The binding's `write(u8, string, enc, offset, max)` writes in place; without it
// (the node-side fake binding) encode to a temporary and copy.
const nativeWrite = typeof binding.write === 'function' ? binding.write : undefined;

function encodeToU8(str, enc) {
  return new Uint8Array(binding.encode(str, enc));
}

// Cut a UTF-8 byte run at `max` without splitting a character.
function utf8Cut(bytes, max) {
  if (bytes.length <= max) return bytes.length;
  let cut = max;
  // Back off over continuation bytes to the start of the split character.
  while (cut > 0 && (bytes[cut] & 0xc0) === 0x80) cut--;
  return cut;
}

function writeVia(enc, buf, str, off, max) {
  if (max <= 0) return 0;
  if (nativeWrite !== undefined) return nativeWrite(buf, str, enc, off, max);
  const bytes = encodeToU8(str, enc);
  let n = bytes.length;
  if (n > max) {
    if (enc === 'utf8') n = utf8Cut(bytes, max);
    else if (enc === 'utf16le') n = max & ~1;
    else n = max;
  }
  buf.set(n === bytes.length ? bytes : bytes.subarray(0, n), off);
  return n;
}

function latin1WriteJS(buf, str, off, max) {
  const n = Math.min(str.length, max);
  for (let i = 0; i < n; i++) buf[off + i] = str.charCodeAt(i);
  return n;
}

function ucs2WriteJS(buf, str, off, max) {
  const n = Math.min(str.length, max >>> 1);
  for (let i = 0, p = off; i < n; i++) {
    const c = str.charCodeAt(i);
    buf[p++] = c; buf[p++] = c >>> 8;
  }
  return n * 2;
}

const HEX = '0123456789abcdef';
const hexTable = new Array(256);
for (let i = 0; i < 256; i++) hexTable[i] = HEX[i >> 4] + HEX[i & 15];

function hexVal(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function hexWriteJS(buf, str, off, max) {
  const n = Math.min(str.length >>> 1, max);
  let i = 0;
  for (; i < n; i++) {
    const hi = hexVal(str.charCodeAt(i * 2));
    const lo = hexVal(str.charCodeAt(i * 2 + 1));
    if (hi < 0 || lo < 0) break;
    buf[off + i] = hi * 16 + lo;
  }
  return i;
}

function base64ByteLength(str, len) {
  if (len > 0 && str.charCodeAt(len - 1) === 0x3d) len--;
  if (len > 1 && str.charCodeAt(len - 1) === 0x3d) len--;
  return (len * 3) >>> 2;
}

// --- slicing bytes into strings -----------------------------------------------------
function utf8Slice(buf, start, end) {
  if (end - start <= SMALL && isAsciiRange(buf, start, end)) return fromCodes(buf, start, end);
  return binding.decode(buf, 'utf8', start, end);
}

function latin1Slice(buf, start, end) {
  if (end - start <= SMALL) return fromCodes(buf, start, end);
  return binding.decode(buf, 'latin1', start, end);
}

function asciiSlice(buf, start, end) {
  if (end - start <= SMALL) {
    let s = '';
    for (let i = start; i < end; i++) s += String.fromCharCode(buf[i] & 0x7f);
    return s;
  }
  return binding.decode(buf, 'ascii', start, end);
}

function hexSlice(buf, start, end) {
  if (end - start <= SMALL) {
    let s = '';
    for (let i = start; i < end; i++) s += hexTable[buf[i]];
    return s;
  }
  return binding.decode(buf, 'hex', start, end);
}

function ucs2Slice(buf, start, end) {
  if (end - start <= SMALL) {
    let s = '';
    for (let i = start; i + 1 < end; i += 2) s += String.fromCharCode(buf[i] | (buf[i + 1] << 8));
    return s;
  }
  return binding.decode(buf, 'utf16le', start, end);
}

// One entry per canonical encoding: byteLength(str), write(buf, str, off, max) -> n,
// slice(buf, start, end) -> string.
const encodingOps = {
  utf8: {
    encoding: 'utf8',
    byteLength: utf8ByteLength,
    write(buf, str, off, max) {
      if (str.length <= SMALL) return utf8WriteJS(buf, str, off, max);
      return writeVia('utf8', buf, str, off, max);
    },
    slice: utf8Slice,
  },
  utf16le: {
    encoding: 'utf16le',
    byteLength: (str) => str.length * 2,
    write(buf, str, off, max) {
      if (str.length <= SMALL) return ucs2WriteJS(buf, str, off, max);
      return writeVia('utf16le', buf, str, off, max);
    },
    slice: ucs2Slice,
  },
  latin1: {
    encoding: 'latin1',
    byteLength: (str) => str.length,
    write(buf, str, off, max) {
      if (str.length <= SMALL) return latin1WriteJS(buf, str, off, max);
      return writeVia('latin1', buf, str, off, max);
    },
    slice: latin1Slice,
  },
  ascii: {
    encoding: 'ascii',
    byteLength: (str) => str.length,
    write(buf, str, off, max) {
      if (str.length <= SMALL) return latin1WriteJS(buf, str, off, max);
      return writeVia('latin1', buf, str, off, max);
    },
    slice: asciiSlice,
  },
  base64: {
    encoding: 'base64',
    byteLength: (str) => base64ByteLength(str, str.length),
    write: (buf, str, off, max) => writeVia('base64', buf, str, off, max),
    slice: (buf, start, end) => binding.decode(buf, 'base64', start, end),
  },
  base64url: {
    encoding: 'base64url',
    byteLength: (str) => base64ByteLength(str, str.length),
    write: (buf, str, off, max) => writeVia('base64url', buf, str, off, max),
    slice: (buf, start, end) => binding.decode(buf, 'base64url', start, end),
  },
  hex: {
    encoding: 'hex',
    byteLength: (str) => str.length >>> 1,
    write(buf, str, off, max) {
      if (str.length <= SMALL * 2) return hexWriteJS(buf, str, off, max);
      return writeVia('hex', buf, str, off, max);
    },
    slice: hexSlice,
  },
};

// The ops for `enc`, or undefined for an unknown encoding (undefined means utf8).
function getEncodingOps(enc) {
  if (enc === undefined) return encodingOps.utf8;
  if (enc === null) return undefined;
  const name = normalizeEncoding(enc);
  return name === undefined ? undefined : encodingOps[name];
}

// Like getEncodingOps, but null and '' also mean utf8 (write, fill, StringDecoder).
function getEncodingOpsOrThrow(enc) {
  const ops = enc == null || enc === '' ? encodingOps.utf8 : getEncodingOps(enc);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(enc);
  return ops;
}

// --- argument checks ----------------------------------------------------------------
function validateNumber(value, name) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
}

// validateInteger with Node's messages; `max` defaults to 2**53-1 like Node.
function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  validateInteger(value, name, min, max);
}

// --- numeric reads and writes -------------------------------------------------------
function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// Throws the right error if buf[offset .. offset+n) is not fully inside the buffer.
function checkBounds(buf, offset, n) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined) boundsError(offset, buf.length - n);
}

function checkByteLength(byteLength) {
  if (byteLength === undefined || typeof byteLength !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  }
  if (!(byteLength >= 1 && byteLength <= 6) || Math.floor(byteLength) !== byteLength) {
    boundsError(byteLength, 6, 'byteLength');
  }
}

function rangeText(min, max, n, bytes) {
  if (bytes > 4) {
    const bits = bytes * 8;
    return min === 0 || min === 0n ? `>= 0${n} and < 2${n} ** ${bits}${n}`
      : `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
  }
  return `>= ${min}${n} and <= ${max}${n}`;
}

function checkValue(value, min, max, bytes) {
  if (value > max || value < min) {
    throw new ERR_OUT_OF_RANGE('value', rangeText(min, max, typeof min === 'bigint' ? 'n' : '', bytes), value);
  }
}

// Scratch space for floats and doubles (host byte order).
const f32 = new Float32Array(1);
const f64 = new Float64Array(1);
const f32b = new Uint8Array(f32.buffer);
const f64b = new Uint8Array(f64.buffer);
const hostLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function readUIntLEAt(buf, off, n) {
  let v = 0;
  let mul = 1;
  for (let i = 0; i < n; i++) { v += buf[off + i] * mul; mul *= 256; }
  return v;
}
function readUIntBEAt(buf, off, n) {
  let v = 0;
  for (let i = 0; i < n; i++) v = v * 256 + buf[off + i];
  return v;
}
function writeLEAt(buf, off, n, value) {
  // `value` is a non-negative integer < 2**(8n) (two's complement already applied).
  for (let i = 0; i < n; i++) {
    buf[off + i] = value % 256;
    value = Math.floor(value / 256);
  }
  return off + n;
}
function writeBEAt(buf, off, n, value) {
  for (let i = n - 1; i >= 0; i--) {
    buf[off + i] = value % 256;
    value = Math.floor(value / 256);
  }
  return off + n;
}

function makeReadU(n, le) {
  return function (offset = 0) {
    checkBounds(this, offset, n);
    return le ? readUIntLEAt(this, offset, n) : readUIntBEAt(this, offset, n);
  };
}
function makeReadI(n, le) {
  const sign = 2 ** (n * 8 - 1);
  const full = 2 ** (n * 8);
  return function (offset = 0) {
    checkBounds(this, offset, n);
    const v = le ? readUIntLEAt(this, offset, n) : readUIntBEAt(this, offset, n);
    return v >= sign ? v - full : v;
  };
}
function makeWriteU(n, le) {
  const max = 2 ** (n * 8) - 1;
  return function (value, offset = 0) {
    value = +value;
    if (n === 1) validateNumber(offset, 'offset'); // 8-bit writes check the offset type first
    checkValue(value, 0, max, n);
    checkBounds(this, offset, n);
    value = value >= 0 ? Math.floor(value) : 0; // NaN writes 0
    return le ? writeLEAt(this, offset, n, value) : writeBEAt(this, offset, n, value);
  };
}
function makeWriteI(n, le) {
  const max = 2 ** (n * 8 - 1) - 1;
  const min = -(2 ** (n * 8 - 1));
  const full = 2 ** (n * 8);
  return function (value, offset = 0) {
    value = +value;
    if (n === 1) validateNumber(offset, 'offset');
    checkValue(value, min, max, n);
    checkBounds(this, offset, n);
    value = Math.trunc(value) || 0;
    if (value < 0) value += full;
    return le ? writeLEAt(this, offset, n, value) : writeBEAt(this, offset, n, value);
  };
}

function readFloatGeneric(buf, offset, n, le, scratch, arr) {
  checkBounds(buf, offset, n);
  if (le === hostLE) for (let i = 0; i < n; i++) scratch[i] = buf[offset + i];
  else for (let i = 0; i < n; i++) scratch[n - 1 - i] = buf[offset + i];
  return arr[0];
}
function writeFloatGeneric(buf, value, offset, n, le, scratch, arr) {
  value = +value;
  checkBounds(buf, offset, n);
  arr[0] = value;
  if (le === hostLE) for (let i = 0; i < n; i++) buf[offset + i] = scratch[i];
  else for (let i = 0; i < n; i++) buf[offset + i] = scratch[n - 1 - i];
  return offset + n;
}

const methods = {};
const sizes = { 8: 1, 16: 2, 32: 4 };
for (const bits of [8, 16, 32]) {
  const n = sizes[bits];
  for (const le of bits === 8 ? [true] : [true, false]) {
    const suffix = bits === 8 ? '' : le ? 'LE' : 'BE';
    methods[`readUInt${bits}${suffix}`] = makeReadU(n, le);
    methods[`readInt${bits}${suffix}`] = makeReadI(n, le);
    methods[`writeUInt${bits}${suffix}`] = makeWriteU(n, le);
    methods[`writeInt${bits}${suffix}`] = makeWriteI(n, le);
  }
}

// Variable-width: readUIntLE(offset, byteLength) ...
const readU = [null, 1, 2, 3, 4, 5, 6].map((n) => n && [makeReadU(n, true), makeReadU(n, false)]);
const readI = [null, 1, 2, 3, 4, 5, 6].map((n) => n && [makeReadI(n, true), makeReadI(n, false)]);
const writeU = [null, 1, 2, 3, 4, 5, 6].map((n) => n && [makeWriteU(n, true), makeWriteU(n, false)]);
const writeI = [null, 1, 2, 3, 4, 5, 6].map((n) => n && [makeWriteI(n, true), makeWriteI(n, false)]);

methods.readUIntLE = function readUIntLE(offset, byteLength) {
  checkByteLength(byteLength);
  return readU[byteLength][0].call(this, offset);
};
methods.readUIntBE = function readUIntBE(offset, byteLength) {
  checkByteLength(byteLength);
  return readU[byteLength][1].call(this, offset);
};
methods.readIntLE = function readIntLE(offset, byteLength) {
  checkByteLength(byteLength);
  return readI[byteLength][0].call(this, offset);
};
methods.readIntBE = function readIntBE(offset, byteLength) {
  checkByteLength(byteLength);
  return readI[byteLength][1].call(this, offset);
};
methods.writeUIntLE = function writeUIntLE(value, offset, byteLength) {
  checkByteLength(byteLength);
  return writeU[byteLength][0].call(this, value, offset);
};
methods.writeUIntBE = function writeUIntBE(value, offset, byteLength) {
  checkByteLength(byteLength);
  return writeU[byteLength][1].call(this, value, offset);
};
methods.writeIntLE = function writeIntLE(value, offset, byteLength) {
  checkByteLength(byteLength);
  return writeI[byteLength][0].call(this, value, offset);
};
methods.writeIntBE = function writeIntBE(value, offset, byteLength) {
  checkByteLength(byteLength);
  return writeI[byteLength][1].call(this, value, offset);
};

methods.readFloatLE = function readFloatLE(offset = 0) { return readFloatGeneric(this, offset, 4, true, f32b, f32); };
methods.readFloatBE = function readFloatBE(offset = 0) { return readFloatGeneric(this, offset, 4, false, f32b, f32); };
methods.readDoubleLE = function readDoubleLE(offset = 0) { return readFloatGeneric(this, offset, 8, true, f64b, f64); };
methods.readDoubleBE = function readDoubleBE(offset = 0) { return readFloatGeneric(this, offset, 8, false, f64b, f64); };
methods.writeFloatLE = function writeFloatLE(value, offset = 0) { return writeFloatGeneric(this, value, offset, 4, true, f32b, f32); };
methods.writeFloatBE = function writeFloatBE(value, offset = 0) { return writeFloatGeneric(this, value, offset, 4, false, f32b, f32); };
methods.writeDoubleLE = function writeDoubleLE(value, offset = 0) { return writeFloatGeneric(this, value, offset, 8, true, f64b, f64); };
methods.writeDoubleBE = function writeDoubleBE(value, offset = 0) { return writeFloatGeneric(this, value, offset, 8, false, f64b, f64); };

// 64-bit BigInt reads and writes.
function readBig(buf, offset, le, signed) {
  checkBounds(buf, offset, 8);
  let lo, hi;
  if (le) { lo = readUIntLEAt(buf, offset, 4); hi = readUIntLEAt(buf, offset + 4, 4); }
  else { hi = readUIntBEAt(buf, offset, 4); lo = readUIntBEAt(buf, offset + 4, 4); }
  if (signed && hi >= 0x80000000) hi -= 0x100000000;
  return (BigInt(hi) << 32n) + BigInt(lo);
}
function writeBig(buf, value, offset, le, min, max) {
  checkValue(value, min, max, 8);
  checkBounds(buf, offset, 8);
  if (typeof value !== 'bigint') throw new TypeError('Cannot mix BigInt and other types, use explicit conversions');
  const u = BigInt.asUintN(64, value);
  const lo = Number(u & 0xffffffffn);
  const hi = Number(u >> 32n);
  if (le) { writeLEAt(buf, offset, 4, lo); writeLEAt(buf, offset + 4, 4, hi); }
  else { writeBEAt(buf, offset, 4, hi); writeBEAt(buf, offset + 4, 4, lo); }
  return offset + 8;
}
const U64_MAX = 2n ** 64n - 1n;
const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;
methods.readBigUInt64LE = function readBigUInt64LE(offset = 0) { return readBig(this, offset, true, false); };
methods.readBigUInt64BE = function readBigUInt64BE(offset = 0) { return readBig(this, offset, false, false); };
methods.readBigInt64LE = function readBigInt64LE(offset = 0) { return readBig(this, offset, true, true); };
methods.readBigInt64BE = function readBigInt64BE(offset = 0) { return readBig(this, offset, false, true); };
methods.writeBigUInt64LE = function writeBigUInt64LE(value, offset = 0) { return writeBig(this, value, offset, true, 0n, U64_MAX); };
methods.writeBigUInt64BE = function writeBigUInt64BE(value, offset = 0) { return writeBig(this, value, offset, false, 0n, U64_MAX); };
methods.writeBigInt64LE = function writeBigInt64LE(value, offset = 0) { return writeBig(this, value, offset, true, I64_MIN, I64_MAX); };
methods.writeBigInt64BE = function writeBigInt64BE(value, offset = 0) { return writeBig(this, value, offset, false, I64_MIN, I64_MAX); };

// Node also exposes every UInt method under a "Uint" alias.
for (const name of Object.keys(methods)) {
  if (name.includes('UInt')) methods[name.replace('UInt', 'Uint')] = methods[name];
}

module.exports = {
  binding, SMALL, kMaxLength, FastBuffer,
  isUint8Array, isTypedArray, isArrayBuffer, isSharedArrayBuffer, isAnyArrayBuffer, toU8,
  normalizeEncoding, getEncodingOps, getEncodingOpsOrThrow, encodingOps,
  utf8ByteLength, utf8WriteJS, utf8Cut, encodeToU8, hexTable,
  validateNumber, validateInteger, validateOffset, boundsError,
  methods,
};
