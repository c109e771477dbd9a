'use strict';
// node:fs — sync forms call the binding inline (it throws Node-shaped errors); callback
// forms pass a request object whose oncomplete(err, value) runs on the JS thread after
// the work ran on the blocking pool (bindings/src/fs/).

const binding = internalBinding('fs');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
  AbortError,
} = require('internal/errors');
const {
  validateFunction, validateInteger, validateInt32, validateBoolean, validateObject,
  validateString, validateAbortSignal, validateUint32,
} = require('internal/validators');
const { kCustomPromisifiedSymbol, kCustomPromisifyArgsSymbol } = require('internal/util');
const { Buffer } = require('buffer');
const pathModule = require('path');
const { bindCurrent } = require('internal/async_context');
const {
  constants, kMaxUserId,
  req, getValidatedPath, getValidatedFd, stringToFlags, getOptions, isUtf8, makeCallback, checkAborted,
  asUint8, bufferFromArrayBuffer, validateOffsetLengthRead, validateOffsetLengthWrite,
  validatePosition, validateBufferArray, toUnixTimestamp, validateId, parseFileMode, getValidMode,
  Stats, getStatsFromBinding, getStatFsFromBinding, Dirent, convertName, wantsBuffer,
  fixRmError, getRmOptions, getMkdirOptions,
} = require('internal/fs/utils');

const { F_OK, R_OK, W_OK, X_OK, UV_DIRENT_DIR } = constants;
const kIoMaxLength = 2 ** 31 - 1;


// A request whose successful value is converted before the callback sees it.
function reqMap(cb, map) {
  cb = bindCurrent(cb);
  return { oncomplete(err, value) { if (err) cb(err); else cb(null, map(value)); } };
}

function nextTickCb(cb, ...args) { process.nextTick(cb, ...args); }

// --- access / exists ---------------------------------------------------------------------
function access(path, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = F_OK; }
  path = getValidatedPath(path);
  mode = validateMode(mode);
  callback = makeCallback(callback);
  binding.access(path, mode, req(callback));
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  binding.access(path, validateMode(mode));
}

function validateMode(mode) {
  return getValidMode(mode, F_OK);
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  function suppressed(err) { callback(!err); }
  try {
    fs.access(path, F_OK, suppressed);
  } catch {
    return callback(false);
  }
}
Object.defineProperty(exists, kCustomPromisifiedSymbol, {
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
  enumerable: false, writable: false, configurable: true,
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return binding.existsSync(path);
}

// --- readFile / writeFile / appendFile ------------------------------------------------------
function isFd(v) { return v === (v | 0); }

function finishRead(data, encoding) {
  if (typeof data === 'string') return data;
  const buf = bufferFromArrayBuffer(data);
  return encoding ? buf.toString(encoding) : buf;
}

function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { flag: 'r' });
  const target = isFd(path) ? getValidatedFd(path) : getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  const encoding = options.encoding;
  const signal = options.signal;
  if (signal?.aborted) {
    return nextTickCb(callback, new AbortError(undefined, { cause: signal.reason }));
  }
  binding.readFile(target, flags, isUtf8(encoding), req((err, data) => {
    if (err) return callback(err);
    if (signal?.aborted) return callback(new AbortError(undefined, { cause: signal.reason }));
    let out;
    try {
      out = finishRead(data, encoding);
    } catch (e) {
      return callback(e);
    }
    callback(null, out);
  }));
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const target = isFd(path) ? getValidatedFd(path) : getValidatedPath(path);
  const encoding = options.encoding;
  return finishRead(binding.readFile(target, stringToFlags(options.flag), isUtf8(encoding)), encoding);
}

// Bytes to write: utf8 strings go to Rust as they are; other data becomes a Uint8Array.
function writeData(data, encoding, name = 'data') {
  if (typeof data === 'string') {
    return isUtf8(encoding) || encoding == null ? data : Buffer.from(data, encoding);
  }
  if (!ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return asUint8(data);
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const bytes = writeData(data, options.encoding);
  const target = isFd(path) ? getValidatedFd(path) : getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (checkAsyncAborted(options.signal, callback)) return;
  if (flush && !isFd(target)) {
    // Open, write, fsync, close — so the data is on disk before the callback.
    return binding.open(target, flags, mode, req((err, fd) => {
      if (err) return callback(err);
      binding.writeFile(fd, bytes, 0, 0, req((err2) => {
        const done = (e) => binding.close(fd, req((e2) => callback(e || e2 || null)));
        if (err2) return done(err2);
        binding.fsync(fd, req((e3) => done(e3)));
      }));
    }));
  }
  binding.writeFile(target, bytes, flags, mode, req((err) => {
    if (err) return callback(err);
    callback(null);
  }));
}

function checkAsyncAborted(signal, callback) {
  if (signal?.aborted) {
    nextTickCb(callback, new AbortError(undefined, { cause: signal.reason }));
    return true;
  }
  return false;
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const bytes = writeData(data, options.encoding);
  const target = isFd(path) ? getValidatedFd(path) : getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (flush && !isFd(target)) {
    const fd = binding.open(target, flags, mode);
    try {
      binding.writeFile(fd, bytes, 0, 0);
      binding.fsync(fd);
    } finally {
      binding.close(fd);
    }
    return;
  }
  binding.writeFile(target, bytes, flags, mode);
}

function appendOptions(options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(options.path)) options.flag = 'a';
  return options;
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = appendOptions(options);
  writeFile(path, data, options, callback);
}

function appendFileSync(path, data, options) {
  writeFileSync(path, data, appendOptions(options));
}

// --- open / close / read / write ---------------------------------------------------------------
function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) { callback = flags; flags = 'r'; mode = 0o666; }
  else if (typeof mode === 'function') { callback = mode; mode = 0o666; }
  else mode = parseFileMode(mode, 'mode', 0o666);
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.open(path, flagsNumber, mode, req(callback));
}

function openSync(path, flags, mode) {
  return binding.open(getValidatedPath(path), stringToFlags(flags), parseFileMode(mode, 'mode', 0o666));
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  binding.close(fd, req(callback));
}
function defaultCloseCallback(err) { if (err != null) throw err; }

function closeSync(fd) {
  binding.close(getValidatedFd(fd));
}

// Checks shared by read/readSync once the call form has been sorted out.
function checkRead(fd, buffer, offset, length, position) {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  return { fd, buffer, offset, length, position: validatePosition(position) };
}

// fs.read(fd, buffer, offset, length, position, cb) | (fd, buffer, options, cb) |
// (fd, options, cb) | (fd, cb)
function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  const argc = arguments.length;
  if (argc <= 4) {
    let params;
    if (argc === 4) {
      if (offsetOrOptions != null) validateObject(offsetOrOptions, 'options');
      callback = length;
      params = offsetOrOptions;
    } else if (argc === 3) {
      if (!ArrayBuffer.isView(buffer)) {
        params = buffer;
        buffer = params?.buffer ?? Buffer.alloc(16384);
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    offset = params?.offset ?? 0;
    length = params?.length ?? (buffer?.byteLength - offset);
    position = params?.position ?? null;
  }
  validateFunction(callback, 'cb');
  const a = checkRead(fd, buffer, offset, length, position);
  if (a.length === 0) return nextTickCb(callback, null, 0, a.buffer);
  binding.read(a.fd, asUint8(a.buffer), a.offset, a.length, a.position,
    req((err, n) => (err ? callback(err) : callback(null, n, a.buffer))));
}
Object.defineProperty(read, kCustomPromisifyArgsSymbol, { value: ['bytesRead', 'buffer'], enumerable: false });

// readSync(fd, buffer, offset, length[, position]) | (fd, buffer[, options])
function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    const o = offsetOrOptions ?? {};
    offset = o.offset ?? 0;
    length = o.length ?? (ArrayBuffer.isView(buffer) ? buffer.byteLength - offset : 0);
    position = o.position ?? null;
  }
  const a = checkRead(fd, buffer, offset, length, position);
  if (a.length === 0) return 0;
  return binding.read(a.fd, asUint8(a.buffer), a.offset, a.length, a.position);
}

function readv(fd, buffers, position, callback) {
  if (typeof position === 'function') { callback = position; position = null; }
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = makeCallback(callback);
  const pos = typeof position === 'number' ? position : -1;
  binding.readv(fd, buffers.map(asUint8), pos, req((err, n) => (err ? callback(err) : callback(null, n, buffers))));
}
Object.defineProperty(readv, kCustomPromisifyArgsSymbol, { value: ['bytesRead', 'buffers'], enumerable: false });

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  const pos = typeof position === 'number' ? position : -1;
  let total = 0;
  for (const b of buffers) {
    const u = asUint8(b);
    if (u.byteLength === 0) continue;
    const n = binding.read(fd, u, 0, u.byteLength, pos < 0 ? -1 : pos + total);
    total += n;
    if (n < u.byteLength) break;
  }
  return total;
}

// write(fd, buffer[, offset[, length[, position]]]) | write(fd, buffer, options) |
// write(fd, string[, position[, encoding]])
function writeArgs(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  if (ArrayBuffer.isView(buffer)) {
    let offset = offsetOrOptions;
    if (typeof offset === 'object' && offset !== null) {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const u = asUint8(buffer);
    return { fd, data: u.subarray(offset, offset + length), position: validatePosition(position), isBuffer: true };
  }
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  // String form: offsetOrOptions is the position, length the encoding.
  position = offsetOrOptions;
  const encoding = typeof length === 'string' ? length : 'utf8';
  if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
  return { fd, data: writeData(buffer, encoding, 'buffer'), position: validatePosition(position), isBuffer: false };
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  const args = [...arguments];
  callback = args.pop();
  validateFunction(callback, 'cb');
  const a = writeArgs(args[0], args[1], args[2], args[3], args[4]);
  binding.write(a.fd, a.data, a.position, req((err, n) => (err ? callback(err) : callback(null, n, buffer))));
}
Object.defineProperty(write, kCustomPromisifyArgsSymbol, { value: ['bytesWritten', 'buffer'], enumerable: false });

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  const a = writeArgs(fd, buffer, offsetOrOptions, length, position);
  return binding.write(a.fd, a.data, a.position);
}

function writev(fd, buffers, position, callback) {
  if (typeof position === 'function') { callback = position; position = null; }
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = makeCallback(callback);
  if (buffers.length === 0) return nextTickCb(callback, null, 0, buffers);
  const pos = typeof position === 'number' ? position : -1;
  binding.writev(fd, buffers.map(asUint8), pos, req((err, n) => (err ? callback(err) : callback(null, n, buffers))));
}
Object.defineProperty(writev, kCustomPromisifyArgsSymbol, { value: ['bytesWritten', 'buffer'], enumerable: false });

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  const pos = typeof position === 'number' ? position : -1;
  return binding.writev(fd, buffers.map(asUint8), pos);
}

// --- fd ops ----------------------------------------------------------------------------------
function fdOp(name) {
  const cbForm = function (fd, callback) {
    fd = getValidatedFd(fd);
    callback = makeCallback(callback);
    binding[name](fd, req(callback));
  };
  const syncForm = function (fd) { binding[name](getValidatedFd(fd)); };
  Object.defineProperty(cbForm, 'name', { value: name });
  Object.defineProperty(syncForm, 'name', { value: `${name}Sync` });
  return [cbForm, syncForm];
}
const [fsync, fsyncSync] = fdOp('fsync');
const [fdatasync, fdatasyncSync] = fdOp('fdatasync');

function truncLen(len) {
  if (len == null) return 0;
  validateInteger(len, 'len');
  return Math.max(0, len);
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') { callback = len; len = 0; }
  fd = getValidatedFd(fd);
  len = truncLen(len);
  callback = makeCallback(callback);
  binding.ftruncate(fd, len, req(callback));
}
function ftruncateSync(fd, len = 0) {
  binding.ftruncate(getValidatedFd(fd), truncLen(len));
}

function truncate(path, len, callback) {
  if (typeof path === 'number') return ftruncate(path, len, callback);
  if (typeof len === 'function') { callback = len; len = 0; }
  else if (len === undefined) len = 0;
  len = truncLen(len);
  callback = makeCallback(callback);
  binding.truncate(getValidatedPath(path), len, req(callback));
}
function truncateSync(path, len) {
  if (typeof path === 'number') return ftruncateSync(path, len);
  binding.truncate(getValidatedPath(path), truncLen(len));
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') { callback = options; options = {}; }
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  const bigint = !!options?.bigint;
  binding.fstat(fd, bigint, reqMap(callback, (ab) => getStatsFromBinding(ab, bigint)));
}
function fstatSync(fd, options = { bigint: false }) {
  const bigint = !!options?.bigint;
  return getStatsFromBinding(binding.fstat(getValidatedFd(fd), bigint), bigint);
}

function statLike(name) {
  const cbForm = function (path, options = { bigint: false }, callback) {
    if (typeof options === 'function') { callback = options; options = {}; }
    callback = makeCallback(callback);
    path = getValidatedPath(path);
    const bigint = !!options?.bigint;
    binding[name](path, bigint, true, reqMap(callback, (ab) => getStatsFromBinding(ab, bigint)));
  };
  const syncForm = function (path, options = { bigint: false, throwIfNoEntry: true }) {
    path = getValidatedPath(path);
    const bigint = !!options?.bigint;
    const throwIfNoEntry = options?.throwIfNoEntry ?? true;
    return getStatsFromBinding(binding[name](path, bigint, throwIfNoEntry !== false), bigint);
  };
  Object.defineProperty(cbForm, 'name', { value: name });
  Object.defineProperty(syncForm, 'name', { value: `${name}Sync` });
  return [cbForm, syncForm];
}
const [stat, statSync] = statLike('stat');
const [lstat, lstatSync] = statLike('lstat');

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') { callback = options; options = {}; }
  callback = makeCallback(callback);
  const bigint = !!options?.bigint;
  binding.statfs(getValidatedPath(path), bigint, reqMap(callback, (ab) => getStatFsFromBinding(ab, bigint)));
}
function statfsSync(path, options = { bigint: false }) {
  const bigint = !!options?.bigint;
  return getStatFsFromBinding(binding.statfs(getValidatedPath(path), bigint), bigint);
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.fchmod(fd, mode, req(callback));
}
function fchmodSync(fd, mode) {
  binding.fchmod(getValidatedFd(fd), parseFileMode(mode, 'mode'));
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  callback = makeCallback(callback);
  binding.fchown(fd, uid, gid, req(callback));
}
function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  binding.fchown(fd, uid, gid);
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  binding.futimes(fd, atime, mtime, req(callback));
}
function futimesSync(fd, atime, mtime) {
  binding.futimes(getValidatedFd(fd), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

// --- path ops --------------------------------------------------------------------------------
function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.chmod(path, mode, req(callback));
}
function chmodSync(path, mode) {
  binding.chmod(getValidatedPath(path), parseFileMode(mode, 'mode'));
}

function lchmod(path, mode, callback) {
  callback = makeCallback(callback);
  nextTickCb(callback, Object.assign(new Error('ENOSYS: function not implemented, lchmod'),
    { errno: -38, code: 'ENOSYS', syscall: 'lchmod' }));
}
function lchmodSync() {
  throw Object.assign(new Error('ENOSYS: function not implemented, lchmod'), { errno: -38, code: 'ENOSYS', syscall: 'lchmod' });
}

function chownLike(name) {
  const cbForm = function (path, uid, gid, callback) {
    path = getValidatedPath(path);
    validateId(uid, 'uid');
    validateId(gid, 'gid');
    callback = makeCallback(callback);
    binding[name](path, uid, gid, req(callback));
  };
  const syncForm = function (path, uid, gid) {
    path = getValidatedPath(path);
    validateId(uid, 'uid');
    validateId(gid, 'gid');
    binding[name](path, uid, gid);
  };
  Object.defineProperty(cbForm, 'name', { value: name });
  Object.defineProperty(syncForm, 'name', { value: `${name}Sync` });
  return [cbForm, syncForm];
}
const [chown, chownSync] = chownLike('chown');
const [lchown, lchownSync] = chownLike('lchown');

function utimesLike(name) {
  const cbForm = function (path, atime, mtime, callback) {
    path = getValidatedPath(path);
    atime = toUnixTimestamp(atime);
    mtime = toUnixTimestamp(mtime);
    callback = makeCallback(callback);
    binding[name](path, atime, mtime, req(callback));
  };
  const syncForm = function (path, atime, mtime) {
    binding[name](getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime));
  };
  Object.defineProperty(cbForm, 'name', { value: name });
  Object.defineProperty(syncForm, 'name', { value: `${name}Sync` });
  return [cbForm, syncForm];
}
const [utimes, utimesSync] = utimesLike('utimes');
const [lutimes, lutimesSync] = utimesLike('lutimes');

function unlink(path, callback) {
  path = getValidatedPath(path);
  callback = makeCallback(callback);
  binding.unlink(path, req(callback));
}
function unlinkSync(path) { binding.unlink(getValidatedPath(path)); }

function rmdirOptions(options) {
  if (options === undefined) return { recursive: false };
  validateObject(options, 'options');
  if (options.recursive !== undefined) validateBoolean(options.recursive, 'options.recursive');
  return options;
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  options = rmdirOptions(options);
  if (options.recursive) {
    process.emitWarning?.('In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
      'will be removed. Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
    return binding.rm(path, true, true, req(callback));
  }
  binding.rmdir(path, req(callback));
}
function rmdirSync(path, options) {
  path = getValidatedPath(path);
  options = rmdirOptions(options);
  if (options.recursive) return binding.rm(path, true, true);
  binding.rmdir(path);
}

function rm(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  path = getValidatedPath(path);
  options = getRmOptions(options);
  callback = makeCallback(callback);
  binding.rm(path, options.recursive, options.force, req((err) => callback(err ? fixRmError(err) : null)));
}
function rmSync(path, options) {
  path = getValidatedPath(path);
  options = getRmOptions(options);
  try {
    binding.rm(path, options.recursive, options.force);
  } catch (err) {
    throw fixRmError(err);
  }
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  path = getValidatedPath(path);
  const { mode, recursive } = getMkdirOptions(options);
  callback = makeCallback(callback);
  binding.mkdir(path, mode, recursive, req(callback));
}
function mkdirSync(path, options) {
  path = getValidatedPath(path);
  const { mode, recursive } = getMkdirOptions(options);
  return binding.mkdir(path, mode, recursive);
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = mkdtempPrefix(prefix);
  const enc = options.encoding;
  binding.mkdtemp(prefix, wantsBuffer(enc), reqMap(callback, (n) => convertName(n, enc)));
}
function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = mkdtempPrefix(prefix);
  return convertName(binding.mkdtemp(prefix, wantsBuffer(options.encoding)), options.encoding);
}
function mkdtempPrefix(prefix) {
  if (typeof prefix !== 'string' && !(prefix instanceof Uint8Array) && !(prefix != null && typeof prefix === 'object' && prefix.href !== undefined)) {
    throw new ERR_INVALID_ARG_TYPE('prefix', ['string', 'Buffer', 'URL'], prefix);
  }
  return getValidatedPath(prefix, 'prefix');
}

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'), req(callback));
}
function renameSync(oldPath, newPath) {
  binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  binding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'), req(callback));
}
function linkSync(existingPath, newPath) {
  binding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'));
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') { callback = type; type = undefined; }
  callback = makeCallback(callback);
  validateSymlinkType(type);
  binding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path), req(callback));
}
function symlinkSync(target, path, type) {
  validateSymlinkType(type);
  binding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path));
}
function validateSymlinkType(type) {
  if (type != null && type !== 'dir' && type !== 'file' && type !== 'junction') {
    const { codes: { ERR_FS_INVALID_SYMLINK_TYPE } } = require('internal/errors');
    throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
  }
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  const enc = options.encoding;
  binding.readlink(getValidatedPath(path, 'oldPath'), wantsBuffer(enc), reqMap(callback, (n) => convertName(n, enc)));
}
function readlinkSync(path, options) {
  options = getOptions(options);
  return convertName(binding.readlink(getValidatedPath(path, 'oldPath'), wantsBuffer(options.encoding)), options.encoding);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = 0; }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = copyMode(mode);
  callback = makeCallback(callback);
  binding.copyFile(src, dest, mode, req(callback));
}
function copyFileSync(src, dest, mode) {
  binding.copyFile(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), copyMode(mode));
}
function copyMode(mode) {
  return getValidMode(mode, 0);
}

function realpathImpl(native) {
  return function realpath(path, options, callback) {
    callback = makeCallback(typeof options === 'function' ? options : callback);
    options = getOptions(options);
    const enc = options.encoding;
    binding.realpath(getValidatedPath(path), wantsBuffer(enc), native, reqMap(callback, (n) => convertName(n, enc)));
  };
}
function realpathSyncImpl(native) {
  return function realpathSync(path, options) {
    options = getOptions(options);
    const enc = options.encoding;
    return convertName(binding.realpath(getValidatedPath(path), wantsBuffer(enc), native), enc);
  };
}
const realpath = realpathImpl(false);
realpath.native = realpathImpl(true);
const realpathSync = realpathSyncImpl(false);
realpathSync.native = realpathSyncImpl(true);

// --- readdir ---------------------------------------------------------------------------------
function readdirOptions(options) {
  options = getOptions(options);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  return options;
}

function direntsOrNames(path, result, options) {
  const enc = options.encoding;
  if (!options.withFileTypes) return result.map((n) => convertName(n, enc));
  const [names, types] = result;
  const out = new Array(names.length);
  for (let i = 0; i < names.length; i++) out[i] = new Dirent(convertName(names[i], enc), types[i], path);
  return out;
}

// Breadth-first, like Node: each directory's entries, then its subdirectories' in order.
function recursiveCollector(basePath, options) {
  const enc = options.encoding;
  const results = [];
  const queue = [[basePath, '']];
  return {
    queue,
    results,
    add(dirPath, rel, [names, types]) {
      for (let i = 0; i < names.length; i++) {
        const name = convertName(names[i], enc === 'buffer' ? undefined : enc);
        if (options.withFileTypes) results.push(new Dirent(name, types[i], dirPath));
        else results.push(rel ? pathModule.join(rel, name) : name);
        if (types[i] === UV_DIRENT_DIR) queue.push([pathModule.join(dirPath, String(name)), rel ? pathModule.join(rel, name) : name]);
      }
    },
    finish() {
      if (enc === 'buffer' && !options.withFileTypes) return results.map((s) => Buffer.from(s));
      return results;
    },
  };
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = readdirOptions(options);
  path = getValidatedPath(path);
  if (options.recursive) {
    const base = typeof path === 'string' ? path : Buffer.from(path).toString();
    const c = recursiveCollector(base, options);
    let i = 0;
    const next = () => {
      if (i >= c.queue.length) return callback(null, c.finish());
      const [dir, rel] = c.queue[i++];
      binding.readdir(dir, false, true, req((err, r) => {
        if (err) return callback(err);
        c.add(dir, rel, r);
        next();
      }));
    };
    return next();
  }
  binding.readdir(path, wantsBuffer(options.encoding), !!options.withFileTypes,
    reqMap(callback, (r) => direntsOrNames(path, r, options)));
}

function readdirSync(path, options) {
  options = readdirOptions(options);
  path = getValidatedPath(path);
  if (options.recursive) {
    const base = typeof path === 'string' ? path : Buffer.from(path).toString();
    const c = recursiveCollector(base, options);
    for (let i = 0; i < c.queue.length; i++) {
      const [dir, rel] = c.queue[i];
      c.add(dir, rel, binding.readdir(dir, false, true));
    }
    return c.finish();
  }
  return direntsOrNames(path, binding.readdir(path, wantsBuffer(options.encoding), !!options.withFileTypes), options);
}

// --- lazily loaded parts -----------------------------------------------------------------------
let streams;
function lazyStreams() { return streams ??= require('internal/fs/streams'); }
function createReadStream(path, options) {
  const { ReadStream } = lazyStreams();
  return new ReadStream(path, options);
}
function createWriteStream(path, options) {
  const { WriteStream } = lazyStreams();
  return new WriteStream(path, options);
}

function opendir(path, options, callback) { return require('internal/fs/dir').opendir(path, options, callback); }
function opendirSync(path, options) { return require('internal/fs/dir').opendirSync(path, options); }

function cp(src, dest, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = makeCallback(callback);
  require('internal/fs/cp').cp(src, dest, options).then(() => callback(null), callback);
}
function cpSync(src, dest, options) { require('internal/fs/cp').cpSync(src, dest, options); }

function watch(filename, options, listener) {
  return require('internal/fs/watchers').watch(filename, options, listener);
}
function watchFile(filename, options, listener) {
  return require('internal/fs/watchers').watchFile(filename, options, listener);
}
function unwatchFile(filename, listener) {
  return require('internal/fs/watchers').unwatchFile(filename, listener);
}

async function openAsBlob(path, options = {}) {
  validateObject(options, 'options');
  const type = options.type || '';
  validateString(type, 'options.type');
  path = getValidatedPath(path);
  const data = readFileSync(path);
  const { Blob } = require('buffer');
  return new Blob([data], { type });
}

const fs = module.exports = {
  appendFile, appendFileSync, access, accessSync, chown, chownSync, chmod, chmodSync,
  close, closeSync, copyFile, copyFileSync, cp, cpSync, createReadStream, createWriteStream,
  exists, existsSync, fchown, fchownSync, fchmod, fchmodSync, fdatasync, fdatasyncSync,
  fstat, fstatSync, fsync, fsyncSync, ftruncate, ftruncateSync, futimes, futimesSync,
  lchown, lchownSync, lchmod, lchmodSync, link, linkSync, lstat, lstatSync, lutimes, lutimesSync,
  mkdir, mkdirSync, mkdtemp, mkdtempSync, open, openSync, openAsBlob, readdir, readdirSync,
  read, readSync, readv, readvSync, readFile, readFileSync, readlink, readlinkSync,
  realpath, realpathSync, rename, renameSync, rm, rmSync, rmdir, rmdirSync, stat, statfs,
  statSync, statfsSync, symlink, symlinkSync, truncate, truncateSync, unwatchFile, unlink,
  unlinkSync, utimes, utimesSync, watch, watchFile, writeFile, writeFileSync, write, writeSync,
  writev, writevSync, Dirent, Stats,
  get ReadStream() { return lazyStreams().ReadStream; },
  set ReadStream(v) { lazyStreams().ReadStream = v; },
  get WriteStream() { return lazyStreams().WriteStream; },
  set WriteStream(v) { lazyStreams().WriteStream = v; },
  get FileReadStream() { return lazyStreams().ReadStream; },
  set FileReadStream(v) { lazyStreams().ReadStream = v; },
  get FileWriteStream() { return lazyStreams().WriteStream; },
  set FileWriteStream(v) { lazyStreams().WriteStream = v; },
  _toUnixTimestamp: toUnixTimestamp,
  get Dir() { return require('internal/fs/dir').Dir; },
  opendir, opendirSync,
  F_OK, R_OK, W_OK, X_OK,
  constants,
};

Object.defineProperty(fs, 'promises', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return require('internal/fs/promises').exports; },
});
