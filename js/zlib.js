'use strict';
// zlib: deflate/inflate/gzip/gunzip/raw/unzip and Brotli, as one-shot functions (sync,
// callback, promisified) and as Transform streams. The codecs run in Rust
// (bindings/src/zlib.rs: zlib-rs and the brotli crate); async work runs on the blocking pool.

const Transform = require('internal/streams/transform');
const { bindCurrent } = require('internal/async_context');
const { Buffer } = require('buffer');
const { FastBuffer } = require('buffer').kInternal;
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_BUFFER_TOO_LARGE, ERR_BROTLI_INVALID_PARAM,
    ERR_ZLIB_INITIALIZATION_FAILED,
  },
} = require('internal/errors');
const { validateFunction, validateNumber } = require('internal/validators');
const { constants, codes } = require('internal/zlib/constants');

const binding = internalBinding('zlib');
const { ZlibHandle } = binding;
const legacyHandle = require('internal/zlib/legacy_handle');

const {
  Z_NO_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK,
  Z_MIN_CHUNK, Z_DEFAULT_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS,
  Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION, Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL,
  Z_DEFAULT_MEMLEVEL, Z_DEFAULT_STRATEGY, Z_FIXED,
  DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP, BROTLI_DECODE, BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH,
  BROTLI_OPERATION_EMIT_METADATA,
} = constants;

const kMaxLength = 2 ** 32;
const kFlushFlag = Symbol('kFlushFlag');
const kHandle = Symbol('kHandle');

// --- argument helpers ------------------------------------------------------------------

// A number option: undefined/NaN give the default; other types and infinities throw.
function rangeOrDefault(value, name, lower, upper, def) {
  if (value === undefined || Number.isNaN(value)) return def;
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isFinite(value)) throw new ERR_OUT_OF_RANGE(name, 'a finite number', value);
  if (value < lower || value > upper) {
    throw new ERR_OUT_OF_RANGE(name, upper === Infinity ? `>= ${lower}` : `>= ${lower} and <= ${upper}`, value);
  }
  return value;
}

function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer !== 'undefined' && v instanceof SharedArrayBuffer);
}

// Input of the one-shot functions: a string, Buffer/TypedArray/DataView or ArrayBuffer.
function toBytes(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (ArrayBuffer.isView(buffer)) {
    return buffer instanceof Uint8Array ? buffer
      : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }
  if (isAnyArrayBuffer(buffer)) return new Uint8Array(buffer);
  throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
}

function zlibError(data, engine) {
  if (data.code === 'ERR_BUFFER_TOO_LARGE') return new ERR_BUFFER_TOO_LARGE(engine._maxOutputLength);
  const err = new Error(data.message);
  err.errno = data.errno;
  err.code = data.code;
  return err;
}

function bufferOf(ab) {
  return new FastBuffer(ab, 0, ab.byteLength);
}

// --- the stream classes ------------------------------------------------------------------

// Shared by zlib and Brotli streams: `handle` is the Rust engine, `flags` the flush defaults.
function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (chunkSize === undefined || Number.isNaN(chunkSize)) chunkSize = Z_DEFAULT_CHUNK;
    else chunkSize = rangeOrDefault(chunkSize, 'options.chunkSize', Z_MIN_CHUNK, Infinity, Z_DEFAULT_CHUNK);
    flush = rangeOrDefault(opts.flush, 'options.flush', 0,
      mode >= BROTLI_DECODE ? BROTLI_OPERATION_EMIT_METADATA : Z_BLOCK, flush);
    finishFlush = rangeOrDefault(opts.finishFlush, 'options.finishFlush', 0,
      mode >= BROTLI_DECODE ? BROTLI_OPERATION_EMIT_METADATA : Z_BLOCK, finishFlush);
    maxOutputLength = rangeOrDefault(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
    }
  }
  const topts = { autoDestroy: true, ...opts };
  delete topts.flush;
  Transform.call(this, topts);
  this._hadError = false;
  this.bytesWritten = 0;
  this._handle = handle;
  this[kHandle] = handle;
  handle[legacyHandle.kOwner] = this;
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._maxOutputLength = maxOutputLength;
  this._info = opts ? opts.info : undefined;
  this._mode = mode;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return !this._handle; },
});

// Node's output buffer and handle write state, read by libraries that use the handle
// directly; made on first use, so streams that never need them do not pay for them.
function lazyOwnProperty(name, make) {
  Object.defineProperty(ZlibBase.prototype, name, {
    __proto__: null, configurable: true, enumerable: false,
    get() {
      const value = make(this);
      Object.defineProperty(this, name, { __proto__: null, value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, name, { __proto__: null, value, writable: true, configurable: true, enumerable: true });
    },
  });
}
lazyOwnProperty('_outBuffer', (self) => Buffer.allocUnsafe(self._chunkSize));
lazyOwnProperty('_writeState', () => new Uint32Array(2));
legacyHandle.install(ZlibHandle, (engine, errData) => {
  engine._hadError = true;
  engine.destroy(zlibError(errData, engine));
});

// Node's legacy alias for bytesWritten.
Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return this.bytesWritten; },
  set(v) { this.bytesWritten = v; },
});

ZlibBase.prototype.reset = function reset() {
  if (!this._handle) throw new Error('zlib binding closed');
  this._handle.reset();
};

ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = undefined;

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (kind === undefined) kind = this._defaultFullFlushFlag;
  if (this.writableFinished || this.writableEnded) {
    if (callback) process.nextTick(callback);
    return;
  }
  const marker = Buffer.alloc(0);
  marker[kFlushFlag] = kind;
  this.write(marker, '', callback);
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) require('internal/streams/end-of-stream')(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  callback(err);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, cb) {
  let flag = chunk[kFlushFlag];
  if (flag === undefined) {
    flag = this._defaultFlushFlag;
    // The last write before end() finishes the stream (as Node does).
    const ws = this._writableState;
    if ((ws.ending || ws.ended) && ws.length === chunk.length) flag = this._finishFlushFlag;
  }
  this._processChunk(chunk, flag, cb);
};

ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, cb) {
  const handle = this._handle;
  if (!handle) {
    if (typeof cb === 'function') return process.nextTick(cb, new Error('zlib binding closed'));
    throw new Error('zlib binding closed');
  }
  if (typeof cb !== 'function') {
    const r = handle.writeSync(flushFlag, chunk, this._maxOutputLength);
    if (!(r instanceof ArrayBuffer)) {
      const err = zlibError(r, this);
      this.destroy(err);
      throw err;
    }
    this.bytesWritten += chunk.byteLength;
    return bufferOf(r);
  }
  const req = {
    oncomplete: bindCurrent((err, ab) => {
      if (err) {
        this._hadError = true;
        cb(zlibError(err, this));
        return;
      }
      this.bytesWritten += chunk.byteLength;
      const n = ab.byteLength;
      const size = this._chunkSize;
      for (let off = 0; off < n; off += size) {
        this.push(new FastBuffer(ab, off, Math.min(size, n - off)));
      }
      cb();
    }),
  };
  handle.write(flushFlag, chunk, kMaxLength, req);
};

// --- zlib (deflate family) ---------------------------------------------------------------

function checkDictionary(dictionary) {
  if (dictionary === undefined) return undefined;
  if (isAnyArrayBuffer(dictionary)) return new Uint8Array(dictionary);
  if (ArrayBuffer.isView(dictionary)) {
    return new Uint8Array(dictionary.buffer, dictionary.byteOffset, dictionary.byteLength);
  }
  throw new ERR_INVALID_ARG_TYPE('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
}

function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // zlib cannot write a gzip header for a 256-byte window.
      const min = mode === GZIP ? Z_MIN_WINDOWBITS + 1 : Z_MIN_WINDOWBITS;
      windowBits = rangeOrDefault(opts.windowBits, 'options.windowBits', min, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = rangeOrDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);
    memLevel = rangeOrDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
    strategy = rangeOrDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY, Z_FIXED, Z_DEFAULT_STRATEGY);
    dictionary = checkDictionary(opts.dictionary);
  }
  let handle;
  try {
    handle = new ZlibHandle(mode, level, windowBits, memLevel, strategy, dictionary, undefined);
  } catch {
    throw new ERR_ZLIB_INITIALIZATION_FAILED();
  }
  ZlibBase.call(this, opts, mode, handle, { flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH });
  this._level = level;
  this._strategy = strategy;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

Zlib.prototype.params = function params(level, strategy, callback) {
  rangeOrDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL, undefined);
  rangeOrDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED, undefined);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, () => {
      if (this._handle) this._handle.params(level, strategy);
      this._level = level;
      this._strategy = strategy;
      if (callback) callback();
    });
  } else if (callback) {
    process.nextTick(callback);
  }
};

function defineClass(name, mode, Base) {
  const ctor = {
    [name]: function (opts) {
      // instanceof, not new.target: subclasses made with util.inherits call Base.call(this).
      if (!(this instanceof ctor)) return new ctor(opts);
      Base.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(ctor.prototype, Base.prototype);
  Object.setPrototypeOf(ctor, Base);
  return ctor;
}

const Deflate = defineClass('Deflate', DEFLATE, Zlib);
const Inflate = defineClass('Inflate', INFLATE, Zlib);
const Gzip = defineClass('Gzip', GZIP, Zlib);
const Gunzip = defineClass('Gunzip', GUNZIP, Zlib);
const DeflateRaw = defineClass('DeflateRaw', DEFLATERAW, Zlib);
const InflateRaw = defineClass('InflateRaw', INFLATERAW, Zlib);
const Unzip = defineClass('Unzip', UNZIP, Zlib);

// --- Brotli ------------------------------------------------------------------------------

function Brotli(opts, mode) {
  const params = [];
  if (opts && opts.params) {
    for (const key of Object.keys(opts.params)) {
      const k = Number(key);
      if (!Number.isInteger(k) || k < 0 || k > 1e6 || String(k) !== key) {
        throw new ERR_BROTLI_INVALID_PARAM(key);
      }
      const value = opts.params[key];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', value);
      }
      params.push(k, Number(value));
    }
    const valid = mode === BROTLI_ENCODE ? (k) => k <= 8 : (k) => k <= 1;
    for (let i = 0; i < params.length; i += 2) {
      if (!valid(params[i])) throw new ERR_BROTLI_INVALID_PARAM(params[i]);
    }
  }
  let handle;
  try {
    handle = new ZlibHandle(mode, 0, 0, 0, 0, undefined, params);
  } catch {
    throw new ERR_ZLIB_INITIALIZATION_FAILED();
  }
  ZlibBase.call(this, opts, mode, handle, {
    flush: BROTLI_OPERATION_PROCESS, finishFlush: BROTLI_OPERATION_FINISH, fullFlush: BROTLI_OPERATION_FLUSH,
  });
}
Object.setPrototypeOf(Brotli.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Brotli, ZlibBase);

const BrotliCompress = defineClass('BrotliCompress', BROTLI_ENCODE, Brotli);
const BrotliDecompress = defineClass('BrotliDecompress', BROTLI_DECODE, Brotli);

// --- one-shot functions ------------------------------------------------------------------

function bufferSync(engine, buffer) {
  const bytes = toBytes(buffer);
  const r = engine._handle.writeSync(engine._finishFlushFlag, bytes, engine._maxOutputLength);
  engine._handle.close();
  engine._handle = null;
  if (!(r instanceof ArrayBuffer)) throw zlibError(r, engine);
  engine.bytesWritten = bytes.byteLength;
  const out = bufferOf(r);
  return engine._info ? { buffer: out, engine } : out;
}

function bufferAsync(engine, buffer, callback) {
  callback = bindCurrent(callback);
  const bytes = toBytes(buffer);
  const handle = engine._handle;
  handle.write(engine._finishFlushFlag, bytes, engine._maxOutputLength, {
    oncomplete(err, ab) {
      handle.close();
      engine._handle = null;
      if (err) return callback(zlibError(err, engine));
      engine.bytesWritten = bytes.byteLength;
      const out = bufferOf(ab);
      callback(null, engine._info ? { buffer: out, engine } : out);
    },
  });
}

function oneShot(Ctor) {
  const sync = function (buffer, opts) {
    return bufferSync(new Ctor(opts), buffer);
  };
  const async = function (buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    validateFunction(callback, 'callback');
    toBytes(buffer);
    bufferAsync(new Ctor(opts), buffer, callback);
  };
  return [async, sync];
}

const [deflate, deflateSync] = oneShot(Deflate);
const [inflate, inflateSync] = oneShot(Inflate);
const [gzip, gzipSync] = oneShot(Gzip);
const [gunzip, gunzipSync] = oneShot(Gunzip);
const [deflateRaw, deflateRawSync] = oneShot(DeflateRaw);
const [inflateRaw, inflateRawSync] = oneShot(InflateRaw);
const [unzip, unzipSync] = oneShot(Unzip);
const [brotliCompress, brotliCompressSync] = oneShot(BrotliCompress);
const [brotliDecompress, brotliDecompressSync] = oneShot(BrotliDecompress);

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  validateNumber(value, 'value');
  if (!(data instanceof Uint8Array) && typeof data !== 'string') {
    data = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  return binding.crc32(data, value >>> 0);
}

module.exports = {
  crc32,
  Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip, BrotliCompress, BrotliDecompress,
  deflate, deflateSync, gzip, gzipSync, deflateRaw, deflateRawSync,
  unzip, unzipSync, inflate, inflateSync, gunzip, gunzipSync, inflateRaw, inflateRawSync,
  brotliCompress, brotliCompressSync, brotliDecompress, brotliDecompressSync,
  createDeflate: (o) => new Deflate(o),
  createInflate: (o) => new Inflate(o),
  createDeflateRaw: (o) => new DeflateRaw(o),
  createInflateRaw: (o) => new InflateRaw(o),
  createGzip: (o) => new Gzip(o),
  createGunzip: (o) => new Gunzip(o),
  createUnzip: (o) => new Unzip(o),
  createBrotliCompress: (o) => new BrotliCompress(o),
  createBrotliDecompress: (o) => new BrotliDecompress(o),
};

Object.defineProperties(module.exports, {
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  codes: { __proto__: null, enumerable: true, writable: false, value: codes },
});

// Node also exposes the constants on the module itself (deprecated, non-enumerable there).
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, key, {
    __proto__: null, enumerable: false, value: constants[key], writable: false,
  });
}
