'use strict';
// node:buffer — Buffer is a Uint8Array subclass (FastBuffer) whose prototype carries
// Node's methods; Buffer itself is a callable (deprecated) factory sharing that prototype.
// The parts live in internal/buffer/: alloc (Buffer and its statics), strings, bytes,
// search, text (isUtf8, transcode, atob/btoa); internal/buffer has the shared internals
// and the numeric read/write methods.

const {
  codes: { ERR_OUT_OF_RANGE },
} = require('internal/errors');
const {
  FastBuffer, kMaxLength, encodingOps, validateNumber, methods,
} = require('internal/buffer');
const { Buffer, SlowBuffer, allocate, fromStringOps } = require('internal/buffer/alloc');
const strings = require('internal/buffer/strings');
const bytes = require('internal/buffer/bytes');
const search = require('internal/buffer/search');
const { isUtf8, isAscii, transcode, btoa, atob } = require('internal/buffer/text');

const kStringMaxLength = 536870888;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});
let INSPECT_MAX_BYTES = 50;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

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

strings.addSliceWriteMethods(proto);
proto.copy = bytes.copy;
proto.toString = strings.toString;
proto.toLocaleString = proto.toString;
proto.equals = search.equals;
proto.compare = search.compare;
proto.indexOf = search.indexOf;
proto.lastIndexOf = search.lastIndexOf;
proto.includes = search.includes;
proto.fill = bytes.fill;
proto.write = strings.write;
proto.toJSON = strings.toJSON;
proto.subarray = bytes.subarray;
proto.slice = proto.subarray;
proto.swap16 = bytes.swap16;
proto.swap32 = bytes.swap32;
proto.swap64 = bytes.swap64;

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
  value: { FastBuffer, allocate, fromStringOps, encodingOps, copyBytes: bytes.copyBytes },
});
