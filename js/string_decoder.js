'use strict';
// node:string_decoder — decodes a stream of byte chunks into strings without
// splitting multi-byte characters (utf8, utf16le) or base64 groups across writes.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');
const { normalizeEncoding, encodingOps } = require('internal/buffer');
const { Buffer } = require('buffer');

const kBuffered = Symbol('kBufferedBytes');
const kMissing = Symbol('kMissingBytes');
const kChars = Symbol('kIncompleteCharacters');

// How many bytes a UTF-8 sequence starting with `b` should have, judging by its
// high bits only (0 if `b` cannot start one); validation is left to the decoder.
function utf8LeadLength(b) {
  if ((b & 0xe0) === 0xc0) return 2;
  if ((b & 0xf0) === 0xe0) return 3;
  if ((b & 0xf8) === 0xf0) return 4;
  return 0;
}

function StringDecoder(encoding) {
  const enc = encoding === '' ? 'utf8' : normalizeEncoding(encoding);
  if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = enc;
  // Up to 4 held-back bytes (Node's layout: the pending character, then counts).
  this[kChars] = Buffer.alloc(4);
  this[kBuffered] = 0;
  this[kMissing] = 0;
}

function toBytes(buf) {
  if (Buffer.isBuffer(buf)) return buf;
  if (ArrayBuffer.isView(buf)) return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  const bytes = toBytes(buf);
  const ops = encodingOps[this.encoding];
  let pos = 0;
  let prefix = '';
  // First finish the character held back from the previous write.
  if (this[kMissing] > 0) {
    const chars = this[kChars];
    let take = Math.min(this[kMissing], bytes.length);
    let broken = false;
    if (this.encoding === 'utf8') {
      // A byte that is not a continuation ends the held character early.
      for (let i = 0; i < take; i++) {
        if ((bytes[i] & 0xc0) !== 0x80) { take = i; broken = true; break; }
      }
    }
    chars.set(bytes.subarray(0, take), this[kBuffered]);
    this[kBuffered] += take;
    this[kMissing] = broken ? 0 : this[kMissing] - take;
    pos = take;
    if (this[kMissing] > 0) return '';
    prefix = ops.slice(chars, 0, this[kBuffered]);
    this[kBuffered] = 0;
  }
  const len = bytes.length;
  if (pos === len) return prefix;
  // Then hold back an unfinished character at the end of this chunk.
  let hold = 0;
  let missing = 0;
  switch (this.encoding) {
    case 'utf8': {
      for (let k = 1; k <= 4 && len - k >= pos; k++) {
        const b = bytes[len - k];
        if ((b & 0xc0) === 0x80) continue;
        const need = utf8LeadLength(b);
        if (need > k) { hold = k; missing = need - k; }
        break;
      }
      break;
    }
    case 'utf16le':
      if ((len - pos) & 1) {
        hold = 1; missing = 1;
      } else if ((bytes[len - 1] & 0xfc) === 0xd8) {
        hold = 2; missing = 2;
      }
      break;
    case 'base64':
    case 'base64url':
      hold = (len - pos) % 3;
      if (hold > 0) missing = 3 - hold;
      break;
    default:
      break;
  }
  if (hold > 0) {
    this[kChars].set(bytes.subarray(len - hold, len), 0);
    this[kBuffered] = hold;
    this[kMissing] = missing;
  }
  const end = len - hold;
  if (end === pos) return prefix;
  return prefix + ops.slice(bytes, pos, end);
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  const n = this[kBuffered];
  if (n > 0) {
    const rest = this[kChars].subarray(0, n);
    switch (this.encoding) {
      case 'utf8': ret += '\ufffd'; break;
      case 'utf16le': ret += encodingOps.utf16le.slice(rest, 0, n & ~1); break;
      default: ret += encodingOps[this.encoding].slice(rest, 0, n);
    }
  }
  this[kBuffered] = 0;
  this[kMissing] = 0;
  return ret;
};

// Legacy: decode `buf` from `offset`, dropping whatever was held back.
StringDecoder.prototype.text = function text(buf, offset) {
  this[kBuffered] = 0;
  this[kMissing] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return this[kChars].subarray(0, 4); },
  },
  lastNeed: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return this[kMissing]; },
  },
  lastTotal: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return this[kBuffered] + this[kMissing]; },
  },
});


module.exports = { StringDecoder };
