'use strict';
// Shared pieces of fs: constants, argument validation (paths, flags, modes, offsets),
// Stats/BigIntStats/StatFs, Dirent, and the Node-shaped errors fs builds itself.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
  AbortError,
} = require('internal/errors');
const { bindCurrent } = require('internal/async_context');
const {
  validateFunction, validateInt32, validateInteger, validateObject, validateBoolean,
  validateAbortSignal, parseFileMode, isInt32,
} = require('internal/validators');
const { isURL, fileURLToPath } = require('internal/url');
const { Buffer, kInternal: { FastBuffer } } = require('buffer');

const constants = Object.freeze({
  __proto__: null,
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4, UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576,
  S_IFIFO: 4096, S_IFLNK: 40960, S_IFSOCK: 49152,
  O_CREAT: 64, O_EXCL: 128, UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024,
  O_DIRECTORY: 65536, O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096,
  O_DIRECT: 16384, O_NONBLOCK: 2048,
  S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64,
  S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16, S_IXGRP: 8,
  S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
});
const {
  O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO, UV_DIRENT_SOCKET,
  UV_DIRENT_CHAR, UV_DIRENT_BLOCK,
} = constants;

const kMaxUserId = 2 ** 32 - 1;

// --- paths -----------------------------------------------------------------------
function toPathIfFileURL(p) {
  return isURL(p) ? fileURLToPath(p) : p;
}

function getValidatedPath(fileURLOrPath, propName = 'path') {
  const path = toPathIfFileURL(fileURLOrPath);
  if (typeof path === 'string') {
    if (path.includes('\u0000')) {
      throw new ERR_INVALID_ARG_VALUE(propName, path, 'must be a string, Uint8Array, or URL without null bytes');
    }
    return path;
  }
  if (path instanceof Uint8Array) {
    if (path.includes(0)) {
      throw new ERR_INVALID_ARG_VALUE(propName, path, 'must be a string, Uint8Array, or URL without null bytes');
    }
    return path;
  }
  throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
}

function getValidatedFd(fd, propName = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, propName, 0);
  return fd;
}

// Path display as used in JS-built messages (Buffer paths print as text).
function pathString(p) {
  return typeof p === 'string' ? p : Buffer.from(p.buffer, p.byteOffset, p.byteLength).toString();
}

// --- flags and modes ---------------------------------------------------------------
const flagTable = {
  __proto__: null,
  r: O_RDONLY, rs: O_RDONLY | O_SYNC, sr: O_RDONLY | O_SYNC,
  'r+': O_RDWR, 'rs+': O_RDWR | O_SYNC, 'sr+': O_RDWR | O_SYNC,
  w: O_TRUNC | O_CREAT | O_WRONLY, wx: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  xw: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR, 'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  a: O_APPEND | O_CREAT | O_WRONLY, ax: O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  xa: O_APPEND | O_CREAT | O_WRONLY | O_EXCL, as: O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  sa: O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR, 'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL, 'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
  'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') {
    validateInt32(flags, name);
    return flags;
  }
  if (flags == null) return O_RDONLY;
  const v = typeof flags === 'string' ? flagTable[flags] : undefined;
  if (v === undefined) throw new ERR_INVALID_ARG_VALUE('flags', flags);
  return v;
}

// --- options -------------------------------------------------------------------------
function assertEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

function getOptions(options, defaultOptions = {}) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    defaultOptions = { ...defaultOptions };
    defaultOptions.encoding = options;
    options = defaultOptions;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  } else {
    // Per-call defaults fill what the caller left out (or passed as undefined).
    let copied = false;
    for (const key in defaultOptions) {
      if (options[key] === undefined) {
        if (!copied) { options = { ...options }; copied = true; }
        options[key] = defaultOptions[key];
      }
    }
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function copyObject(source) {
  return { ...source };
}

function isUtf8(enc) {
  return enc === 'utf8' || enc === 'utf-8' || (typeof enc === 'string' && /^utf-?8$/i.test(enc));
}

// A binding request whose callback runs in the AsyncLocalStorage frame of the call that
// started it.
function req(cb) { return { oncomplete: bindCurrent(cb) }; }

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

function checkAborted(signal, callback) {
  if (signal?.aborted) {
    callback(new AbortError(undefined, { cause: signal.reason }));
    return true;
  }
  return false;
}

// --- buffers --------------------------------------------------------------------------
function asUint8(view) {
  if (view instanceof Uint8Array) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function bufferFromArrayBuffer(ab) {
  return new FastBuffer(ab);
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

// A read/write position: null/undefined/-1 mean "current position".
function validatePosition(position, name = 'position') {
  if (position == null) return -1;
  if (typeof position === 'bigint') {
    if (!(position >= -(2n ** 63n) && position <= 2n ** 63n - 1n)) {
      throw new ERR_OUT_OF_RANGE(name, `>= ${-(2n ** 63n)} && <= ${2n ** 63n - 1n}`, position);
    }
    return Number(position);
  }
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
    return position;
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
}

function validateBufferArray(buffers, name = 'buffers') {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  for (let i = 0; i < buffers.length; i++) {
    if (!ArrayBuffer.isView(buffers[i])) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  }
  return buffers;
}

// --- times -----------------------------------------------------------------------------
function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time; // eslint-disable-line eqeqeq
  if (Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// --- Stats -------------------------------------------------------------------------------
function msFromParts(s, ns) { return s * 1e3 + ns / 1e6; }
function dateFromMs(ms) { return new Date(Math.round(ms)); }

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}
for (const [name, bits] of [['isDirectory', S_IFDIR], ['isFile', S_IFREG], ['isBlockDevice', S_IFBLK],
  ['isCharacterDevice', S_IFCHR], ['isSymbolicLink', S_IFLNK], ['isFIFO', S_IFIFO], ['isSocket', S_IFSOCK]]) {
  Object.defineProperty(StatsBase.prototype, name, {
    value: { [name]() { return this._checkModeProperty(bits); } }[name],
    writable: true, configurable: true, enumerable: false,
  });
}

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  // Fields assigned inline (not via StatsBase.call): stat is hot in servers.
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
Object.defineProperty(Stats.prototype, '_checkModeProperty', {
  value(property) {
    if (typeof this.mode !== 'number') return false;
    return (this.mode & S_IFMT) === property;
  },
  writable: true, configurable: true, enumerable: false,
});

class BigIntStats {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
    atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
    StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
    this.atimeMs = atimeNs / 1000000n;
    this.mtimeMs = mtimeNs / 1000000n;
    this.ctimeMs = ctimeNs / 1000000n;
    this.birthtimeMs = birthtimeNs / 1000000n;
    this.atimeNs = atimeNs;
    this.mtimeNs = mtimeNs;
    this.ctimeNs = ctimeNs;
    this.birthtimeNs = birthtimeNs;
    this.atime = new Date(Number(this.atimeMs));
    this.mtime = new Date(Number(this.mtimeMs));
    this.ctime = new Date(Number(this.ctimeMs));
    this.birthtime = new Date(Number(this.birthtimeMs));
  }
  _checkModeProperty(property) {
    return (this.mode & BigInt(S_IFMT)) === BigInt(property);
  }
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);

// From the binding's ArrayBuffer: 18 f64 (or i64 with bigint) fields, see bindings/src/fs/ops.rs.
function getStatsFromBinding(ab, bigint = false) {
  if (ab === undefined) return undefined;
  if (bigint) {
    const a = new BigInt64Array(ab);
    const ns = (i) => a[i] * 1000000000n + a[i + 1];
    return new BigIntStats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
      ns(10), ns(12), ns(14), ns(16));
  }
  const a = new Float64Array(ab);
  return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
    msFromParts(a[10], a[11]), msFromParts(a[12], a[13]), msFromParts(a[14], a[15]),
    msFromParts(a[16], a[17]));
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function getStatFsFromBinding(ab, bigint = false) {
  const a = bigint ? new BigInt64Array(ab) : new Float64Array(ab);
  return new StatFs(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
}

// --- Dirent -----------------------------------------------------------------------------
const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

// Name from the binding: a string, or an ArrayBuffer when the caller asked for buffers;
// other encodings are decoded here.
function convertName(name, encoding) {
  if (typeof name !== 'string') {
    const b = bufferFromArrayBuffer(name);
    return encoding === 'buffer' ? b : b.toString(encoding);
  }
  if (!encoding || isUtf8(encoding)) return name;
  const b = Buffer.from(name);
  return encoding === 'buffer' ? b : b.toString(encoding);
}

function wantsBuffer(encoding) {
  return encoding != null && !isUtf8(encoding);
}

// --- errors fs builds itself (SystemError shape, like Node's) ---------------------------
function systemError(key, prefix, ctx) {
  let message = `${prefix}: ${ctx.syscall} returned ${ctx.code} (${ctx.message})`;
  if (ctx.path !== undefined) message += ` ${ctx.path}`;
  if (ctx.dest !== undefined) message += ` => ${ctx.dest}`;
  const err = new Error(message);
  Object.defineProperty(err, 'name', { value: 'SystemError', enumerable: false, writable: true, configurable: true });
  const { fixStackHeader } = require('internal/errors');
  err.code = key;
  Object.defineProperty(err, 'info', { value: ctx, enumerable: true, configurable: true, writable: false });
  Object.defineProperty(err, 'errno', { get() { return ctx.errno; }, set(v) { ctx.errno = v; }, enumerable: true, configurable: true });
  Object.defineProperty(err, 'syscall', { get() { return ctx.syscall; }, set(v) { ctx.syscall = v; }, enumerable: true, configurable: true });
  if (ctx.path !== undefined) {
    Object.defineProperty(err, 'path', { get() { return ctx.path; }, set(v) { ctx.path = v; }, enumerable: true, configurable: true });
  }
  if (ctx.dest !== undefined) {
    Object.defineProperty(err, 'dest', { get() { return ctx.dest; }, set(v) { ctx.dest = v; }, enumerable: true, configurable: true });
  }
  Object.defineProperty(err, 'toString', {
    value() { return `${this.name} [${key}]: ${this.message}`; }, enumerable: false, writable: true, configurable: true,
  });
  fixStackHeader(err, `SystemError [${key}]`);
  return err;
}

// The binding reports rm on a directory without `recursive` as EISDIR with syscall 'rm'.
function fixRmError(err) {
  if (err && err.code === 'EISDIR' && err.syscall === 'rm') {
    return systemError('ERR_FS_EISDIR', 'Path is a directory',
      { code: 'EISDIR', message: 'is a directory', path: err.path, syscall: 'rm', errno: 21 });
  }
  return err;
}

// --- option validators shared by callback/sync/promises ----------------------------------
function getRmOptions(options) {
  options = { recursive: false, force: false, maxRetries: 0, retryDelay: 100, ...(options ?? {}) };
  validateObject(options, 'options');
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateInteger(options.maxRetries, 'options.maxRetries', 0);
  return options;
}

function getMkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = options;
  } else if (options != null) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = options.mode;
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode: parseFileMode(mode, 'mode'), recursive };
}

// access/copyFile modes: Node's own wording for these two checks.
function getValidMode(mode, def) {
  if (mode == null) return def;
  if (!Number.isInteger(mode) || !isInt32(mode)) {
    const err = new ERR_INVALID_ARG_TYPE('mode', 'number', mode);
    err.message = 'mode must be int32 or null/undefined';
    throw err;
  }
  if (mode < 0 || mode > 7) {
    const err = new ERR_OUT_OF_RANGE('mode', '>= 0 && <= 7', mode);
    err.message = 'mode is out of range: >= 0 && <= 7';
    throw err;
  }
  return mode;
}

function validateId(id, name) {
  validateInteger(id, name, -1, kMaxUserId);
}

function validateCpOptions(options) {
  if (options === undefined) options = {};
  validateObject(options, 'options');
  options = {
    dereference: false, errorOnExist: false, filter: undefined, force: true,
    preserveTimestamps: false, recursive: false, verbatimSymlinks: false, mode: 0, ...options,
  };
  validateBoolean(options.dereference, 'options.dereference');
  validateBoolean(options.errorOnExist, 'options.errorOnExist');
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.preserveTimestamps, 'options.preserveTimestamps');
  validateBoolean(options.recursive, 'options.recursive');
  validateBoolean(options.verbatimSymlinks, 'options.verbatimSymlinks');
  validateInteger(options.mode, 'options.mode', 0, 7);
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

module.exports = {
  req,
  constants, kType, kMaxUserId,
  toPathIfFileURL, getValidatedPath, getValidatedFd, pathString,
  stringToFlags, getOptions, assertEncoding, copyObject, isUtf8, makeCallback, checkAborted,
  asUint8, bufferFromArrayBuffer, validateOffsetLengthRead, validateOffsetLengthWrite,
  validatePosition, validateBufferArray, toUnixTimestamp, validateId, parseFileMode, isInt32, getValidMode,
  Stats, BigIntStats, StatFs, getStatsFromBinding, getStatFsFromBinding,
  Dirent, convertName, wantsBuffer,
  systemError, fixRmError, getRmOptions, getMkdirOptions, validateCpOptions,
};
