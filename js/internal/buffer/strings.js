'use strict';
// Buffer <-> string: toString, write, the <encoding>Slice/<encoding>Write methods, toJSON.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_BUFFER_OUT_OF_BOUNDS, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');
const {
  getEncodingOps, getEncodingOpsOrThrow, encodingOps, validateOffset,
} = require('internal/buffer');

// <encoding>Slice(start, end) and <encoding>Write(string, offset, length)
function addSliceWriteMethods(proto) {
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
}

function invalidStringArg() {
  const err = new ERR_INVALID_ARG_TYPE('argument', 'string', 0);
  err.message = 'argument must be a string';
  if (typeof err.stack === 'string') {
    err.stack = `TypeError [ERR_INVALID_ARG_TYPE]: argument must be a string${err.stack.slice(err.stack.indexOf('\n'))}`;
  }
  return err;
}

function toString(encoding, start, end) {
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
}

// --- write ------------------------------------------------------------------------
function write(string, offset, length, encoding) {
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
}

function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; i++) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
}

module.exports = { addSliceWriteMethods, toString, write, toJSON };
