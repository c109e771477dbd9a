'use strict';
// fs.ReadStream / fs.WriteStream on top of stream.Readable/Writable. The file is opened in
// _construct (emitting 'open' then 'ready'), read in chunks the binding allocates (no copy),
// and closed in _destroy once no read/write is in flight.

const binding = internalBinding('fs');
const { Readable, Writable, finished } = require('stream');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_METHOD_NOT_IMPLEMENTED },
} = require('internal/errors');
const { validateFunction, validateInteger, validateBoolean, validateObject } = require('internal/validators');
const {
  getValidatedPath, getValidatedFd, stringToFlags, parseFileMode, copyObject, getOptions,
  bufferFromArrayBuffer, asUint8,
} = require('internal/fs/utils');

const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');

const { req } = require('internal/fs/utils');

// The default "fs" implementation a stream uses; `options.fs` may override any of these.
const defaultFs = {
  open(path, flags, mode, cb) { binding.open(path, stringToFlags(flags), mode, req(cb)); },
  close(fd, cb) { binding.close(fd, req(cb)); },
};

function validateStart(start, end) {
  if (start !== undefined) {
    validateInteger(start, 'start', 0);
  }
  if (end === undefined) end = Infinity;
  else if (end !== Infinity) {
    validateInteger(end, 'end', 0);
    if (start !== undefined && start > end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${end})`, start);
    }
  }
  return end;
}

function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    stream[kFs] = options.fs ?? defaultFsFor(stream);
    return getValidatedFd(options.fd);
  }
  if (options.fd != null && typeof options.fd === 'object' && typeof options.fd.fd === 'number') {
    // A FileHandle: do the I/O through it and close it with the stream.
    const handle = options.fd;
    stream[kHandle] = handle;
    handle.on?.('close', () => { if (!stream.destroyed) stream.destroy(); });
    return handle.fd;
  }
  throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
}

function defaultFsFor() { return null; }

// Old code (graceful-fs) replaces stream.open(); it then signals with 'open'/'error'.
function openViaPatchedOpen(stream, callback) {
  const orgEmit = stream.emit;
  stream.emit = function (...args) {
    if (args[0] === 'open') {
      this.emit = orgEmit;
      callback();
      return orgEmit.apply(this, args);
    }
    if (args[0] === 'error') {
      this.emit = orgEmit;
      callback(args[1]);
      return false;
    }
    return orgEmit.apply(this, args);
  };
  stream.open();
}

function openStream(stream, callback) {
  const proto = stream instanceof ReadStream ? ReadStream.prototype : WriteStream.prototype;
  if (typeof stream.open === 'function' && stream.open !== proto.open) return openViaPatchedOpen(stream, callback);
  const fs = stream[kFs];
  const done = (err, fd) => {
    if (err) return callback(err);
    stream.fd = fd;
    callback();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  };
  if (fs && typeof fs.open === 'function') fs.open(stream.path, stream.flags, stream.mode, done);
  else defaultFs.open(stream.path, stream.flags, stream.mode, done);
}

function closeStream(stream, err, cb) {
  const fd = stream.fd;
  const done = (er) => {
    stream.fd = null;
    cb(er || err);
  };
  if (stream[kHandle]) {
    stream[kHandle].close().then(() => done(), done);
  } else if (stream[kFs] && typeof stream[kFs].close === 'function') {
    stream[kFs].close(fd, done);
  } else {
    defaultFs.close(fd, done);
  }
}

function destroyStream(stream, err, cb) {
  const close = () => {
    if (stream.fd !== null && stream.fd !== undefined && stream.autoClose) closeStream(stream, err, cb);
    else cb(err);
  };
  if (stream[kIsPerformingIO]) stream.once(kIoDone, (er) => { err ||= er; close(); });
  else close();
}

// --- ReadStream -----------------------------------------------------------------------------
function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyObject(getOptions(options, {}));
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) options.autoDestroy = false;

  this[kFs] = options.fs ?? null;
  if (this[kFs] !== null) validateObject(this[kFs], 'options.fs');
  this[kIsPerformingIO] = false;

  if (options.fd == null) {
    this.fd = null;
    this.path = getValidatedPath(path);
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
    stringToFlags(this.flags);
    this.mode = parseFileMode(this.mode, 'mode', 0o666);
    options.construct = undefined;
  } else {
    this.fd = importFd(this, options);
    this.path = undefined;
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;

  this.start = options.start;
  this.end = validateStart(this.start, options.end);
  this.pos = this.start;
  this.bytesRead = 0;
  Readable.call(this, options);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  get() { return this._readableState.autoDestroy; },
  set(v) { this._readableState.autoDestroy = v; },
  configurable: true,
});

Object.defineProperty(ReadStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

ReadStream.prototype._construct = function (callback) {
  if (typeof this.fd === 'number') return callback();
  openStream(this, callback);
};

ReadStream.prototype._read = function (n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  this[kIsPerformingIO] = true;
  const onRead = (err, data) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone, err);
      return;
    }
    if (err) {
      this.destroy(err);
      return;
    }
    const bytesRead = data.length;
    if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      this.push(data);
    } else {
      this.push(null);
    }
  };
  const pos = this.pos === undefined ? -1 : this.pos;
  const fs = this[kFs];
  if (this[kHandle]) {
    const buf = Buffer.allocUnsafeSlow(n);
    this[kHandle].read(buf, 0, n, this.pos ?? null).then(
      ({ bytesRead }) => onRead(null, buf.subarray(0, bytesRead)), (e) => onRead(e));
  } else if (fs && typeof fs.read === 'function') {
    const buf = Buffer.allocUnsafeSlow(n);
    fs.read(this.fd, buf, 0, n, this.pos ?? null, (err, bytesRead) =>
      onRead(err, err ? undefined : buf.subarray(0, bytesRead)));
  } else {
    binding.readChunk(this.fd, n, pos, req((err, ab) => onRead(err, err ? undefined : bufferFromArrayBuffer(ab))));
  }
};

ReadStream.prototype._destroy = function (err, cb) {
  destroyStream(this, err, cb);
};

ReadStream.prototype.close = function (cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'open', {
  value() {}, writable: true, configurable: true, enumerable: false,
});

// --- WriteStream ----------------------------------------------------------------------------
function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyObject(getOptions(options, {}));
  options.decodeStrings = true;

  this[kFs] = options.fs ?? null;
  if (this[kFs] !== null) validateObject(this[kFs], 'options.fs');
  this[kIsPerformingIO] = false;

  if (options.fd == null) {
    this.fd = null;
    this.path = getValidatedPath(path);
    this.flags = options.flags === undefined ? 'w' : options.flags;
    stringToFlags(this.flags);
    this.mode = parseFileMode(options.mode, 'mode', 0o666);
  } else {
    this.fd = importFd(this, options);
    this.path = undefined;
    this.flags = options.flags === undefined ? 'w' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
  }
  this.start = options.start;
  if (this.start !== undefined) validateInteger(this.start, 'start', 0);
  this.pos = this.start;
  this.bytesWritten = 0;
  this.flush = options.flush ?? false;
  validateBoolean(this.flush, 'options.flush');
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  if (options.encoding) this._defaultEncoding = options.encoding;

  Writable.call(this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  get() { return this._writableState.autoDestroy; },
  set(v) { this._writableState.autoDestroy = v; },
  configurable: true,
});

Object.defineProperty(WriteStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

WriteStream.prototype._construct = function (callback) {
  if (typeof this.fd === 'number') return callback();
  openStream(this, callback);
};

function writeAll(stream, data, cb) {
  const fs = stream[kFs];
  const pos = stream.pos === undefined ? -1 : stream.pos;
  const onWrite = (err, n) => {
    if (err) {
      stream[kIsPerformingIO] = false;
      stream.emit(kIoDone, err);
      return cb(err);
    }
    stream.bytesWritten += n;
    if (stream.pos !== undefined) stream.pos += n;
    if (n < data.length && !stream.destroyed) return writeAll(stream, data.subarray(n), cb);
    stream[kIsPerformingIO] = false;
    if (stream.destroyed) {
      stream.emit(kIoDone);
      return cb();
    }
    cb();
  };
  stream[kIsPerformingIO] = true;
  if (stream[kHandle]) {
    stream[kHandle].write(data, 0, data.length, stream.pos ?? null).then(({ bytesWritten }) => onWrite(null, bytesWritten), onWrite);
  } else if (fs && typeof fs.write === 'function') {
    fs.write(stream.fd, data, 0, data.length, stream.pos ?? null, onWrite);
  } else {
    binding.write(stream.fd, asUint8(data), pos, req(onWrite));
  }
}

WriteStream.prototype._write = function (data, encoding, cb) {
  writeAll(this, data, cb);
};

WriteStream.prototype._writev = function (chunks, cb) {
  const fs = this[kFs];
  if (this[kHandle] || (fs && typeof fs.writev !== 'function' && typeof fs.write === 'function')) {
    const all = Buffer.concat(chunks.map((c) => c.chunk));
    return writeAll(this, all, cb);
  }
  const bufs = chunks.map((c) => asUint8(c.chunk));
  let size = 0;
  for (const b of bufs) size += b.length;
  const pos = this.pos === undefined ? -1 : this.pos;
  this[kIsPerformingIO] = true;
  const onWrite = (err, n) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone, err);
      return cb(err);
    }
    if (err) return cb(err);
    this.bytesWritten += n;
    if (this.pos !== undefined) this.pos += n;
    cb();
  };
  if (fs && typeof fs.writev === 'function') fs.writev(this.fd, bufs, this.pos ?? null, onWrite);
  else binding.writev(this.fd, bufs, pos, req(onWrite));
  void size;
};

WriteStream.prototype._final = function (cb) {
  if (!this.flush || typeof this.fd !== 'number') return cb();
  binding.fsync(this.fd, req((err) => cb(err)));
};

WriteStream.prototype._destroy = function (err, cb) {
  destroyStream(this, err, cb);
};

WriteStream.prototype.close = function (cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // Without autoClose, 'finish' would leave the fd open; close() means close.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'open', {
  value() {}, writable: true, configurable: true, enumerable: false,
});

void ERR_METHOD_NOT_IMPLEMENTED;
void validateFunction;

module.exports = { ReadStream, WriteStream };
