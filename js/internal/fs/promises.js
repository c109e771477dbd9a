'use strict';
// fs.promises: each op hands the binding a request whose oncomplete settles a promise.
// FileHandle wraps an fd; its methods use the same ops.

const binding = internalBinding('fs');
const EventEmitter = require('events');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_STATE },
  AbortError,
} = require('internal/errors');
const {
  validateInteger, validateObject, validateBoolean, validateString, validateAbortSignal,
} = require('internal/validators');
const { Buffer } = require('buffer');
const pathModule = require('path');
const {
  constants, getValidatedPath, getValidatedFd, stringToFlags, getOptions, isUtf8,
  asUint8, bufferFromArrayBuffer, validateOffsetLengthRead, validateOffsetLengthWrite,
  validatePosition, validateBufferArray, toUnixTimestamp, validateId, parseFileMode, getValidMode,
  getStatsFromBinding, getStatFsFromBinding, Dirent, convertName, wantsBuffer,
  fixRmError, getRmOptions, getMkdirOptions,
} = require('internal/fs/utils');

const { F_OK, UV_DIRENT_DIR } = constants;
const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');
const kRefs = Symbol('kRefs');

// binding.op(...args, req) as a promise.
function call(op, ...args) {
  return new Promise((resolve, reject) => {
    binding[op](...args, { oncomplete(err, value) { if (err) reject(err); else resolve(value); } });
  });
}

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

// --- FileHandle ---------------------------------------------------------------------------------
class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
  }

  get fd() { return this[kFd]; }

  getAsyncId() { return this[kFd]; }

  async appendFile(data, options) {
    options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
    return writeFileHandle(this, data, options);
  }
  chmod(mode) { return fsCall(this, 'chmod', () => call('fchmod', this[kFd], parseFileMode(mode, 'mode'))); }
  chown(uid, gid) {
    validateId(uid, 'uid');
    validateId(gid, 'gid');
    return fsCall(this, 'chown', () => call('fchown', this[kFd], uid, gid));
  }
  datasync() { return fsCall(this, 'datasync', () => call('fdatasync', this[kFd])); }
  sync() { return fsCall(this, 'sync', () => call('fsync', this[kFd])); }
  async read(bufferOrOptions, offset, length, position) {
    let buffer = bufferOrOptions;
    if (!ArrayBuffer.isView(buffer)) {
      const o = bufferOrOptions ?? {};
      validateObject(o, 'options', 1);
      buffer = o.buffer ?? Buffer.alloc(16384);
      offset = o.offset ?? 0;
      length = o.length ?? buffer.byteLength - offset;
      position = o.position ?? null;
    } else if (offset !== null && typeof offset === 'object') {
      const o = offset;
      offset = o.offset ?? 0;
      length = o.length ?? buffer.byteLength - offset;
      position = o.position ?? null;
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    length = length ?? buffer.byteLength - offset;
    if (length === 0) return { bytesRead: 0, buffer };
    validateOffsetLengthRead(offset, length, buffer.byteLength);
    const pos = validatePosition(position);
    const bytesRead = await fsCall(this, 'read', () => call('read', this[kFd], asUint8(buffer), offset, length, pos));
    return { bytesRead, buffer };
  }
  async readv(buffers, position) {
    validateBufferArray(buffers);
    const pos = typeof position === 'number' ? position : -1;
    const bytesRead = await fsCall(this, 'readv', () => call('readv', this[kFd], buffers.map(asUint8), pos));
    return { bytesRead, buffers };
  }
  async readFile(options) {
    options = getOptions(options, { flag: 'r' });
    checkAborted(options.signal);
    const data = await fsCall(this, 'readFile', () => call('readFile', this[kFd], 0, isUtf8(options.encoding)));
    checkAborted(options.signal);
    if (typeof data === 'string') return data;
    const buf = bufferFromArrayBuffer(data);
    return options.encoding ? buf.toString(options.encoding) : buf;
  }
  readLines(options) {
    const { createInterface } = require('readline');
    return createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }
  async stat(options) {
    const bigint = !!options?.bigint;
    return getStatsFromBinding(await fsCall(this, 'stat', () => call('fstat', this[kFd], bigint)), bigint);
  }
  truncate(len = 0) {
    validateInteger(len, 'len');
    return fsCall(this, 'truncate', () => call('ftruncate', this[kFd], Math.max(0, len)));
  }
  utimes(atime, mtime) {
    atime = toUnixTimestamp(atime, 'atime');
    mtime = toUnixTimestamp(mtime, 'mtime');
    return fsCall(this, 'utimes', () => call('futimes', this[kFd], atime, mtime));
  }
  async write(buffer, offsetOrOptions, length, position) {
    if (ArrayBuffer.isView(buffer)) {
      let offset = offsetOrOptions;
      if (offset !== null && typeof offset === 'object') {
        ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
      }
      if (offset == null) offset = 0;
      else validateInteger(offset, 'offset', 0);
      if (typeof length !== 'number') length = buffer.byteLength - offset;
      if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
      validateOffsetLengthWrite(offset, length, buffer.byteLength);
      if (length === 0) return { bytesWritten: 0, buffer };
      const data = asUint8(buffer).subarray(offset, offset + length);
      const bytesWritten = await fsCall(this, 'write', () => call('write', this[kFd], data, validatePosition(position)));
      return { bytesWritten, buffer };
    }
    if (typeof buffer !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    position = offsetOrOptions;
    const encoding = typeof length === 'string' ? length : 'utf8';
    if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
    const data = isUtf8(encoding) ? buffer : Buffer.from(buffer, encoding);
    const bytesWritten = await fsCall(this, 'write', () => call('write', this[kFd], data, validatePosition(position)));
    return { bytesWritten, buffer };
  }
  async writev(buffers, position) {
    validateBufferArray(buffers);
    if (buffers.length === 0) return { bytesWritten: 0, buffers };
    const pos = typeof position === 'number' ? position : -1;
    const bytesWritten = await fsCall(this, 'writev', () => call('writev', this[kFd], buffers.map(asUint8), pos));
    return { bytesWritten, buffers };
  }
  async writeFile(data, options) {
    options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
    return writeFileHandle(this, data, options);
  }
  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }
  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }
  readableWebStream() {
    const { ReadableStream } = require('stream/web');
    const handle = this;
    return new ReadableStream({
      type: 'bytes',
      async pull(controller) {
        const { bytesRead, buffer } = await handle.read();
        if (bytesRead === 0) {
          controller.close();
          return;
        }
        controller.enqueue(new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead));
      },
    });
  }
  close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    const fd = this[kFd];
    this[kClosePromise] = call('close', fd).then(() => {
      this[kFd] = -1;
      this[kClosePromise] = null;
      this.emit('close');
    }, (err) => {
      this[kClosePromise] = null;
      throw err;
    });
    return this[kClosePromise];
  }
  async [Symbol.asyncDispose ?? Symbol.for('nodejs.asyncDispose')]() {
    return this.close();
  }
}

async function fsCall(handle, name, fn) {
  if (handle[kFd] === -1 || handle[kClosePromise]) {
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = name;
    throw err;
  }
  return fn();
}

// Data for writeFile: strings, views, or (async) iterables of them.
function isIterable(v) {
  return v != null && typeof v === 'object' &&
    (typeof v[Symbol.asyncIterator] === 'function' || typeof v[Symbol.iterator] === 'function');
}

function toWritable(data, encoding) {
  if (typeof data === 'string') return isUtf8(encoding) ? data : Buffer.from(data, encoding);
  if (ArrayBuffer.isView(data)) return asUint8(data);
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView', 'AsyncIterable', 'Iterable', 'Stream'], data);
}

async function writeAllToFd(fd, data) {
  if (typeof data === 'string') data = Buffer.from(data);
  let off = 0;
  while (off < data.byteLength) {
    off += await call('write', fd, data.subarray(off), -1);
  }
}

async function writeFileHandle(handle, data, options) {
  const signal = options.signal;
  checkAborted(signal);
  if (!ArrayBuffer.isView(data) && typeof data !== 'string' && isIterable(data)) {
    for await (const chunk of data) {
      checkAborted(signal);
      await fsCall(handle, 'write', () => writeAllToFd(handle[kFd], toWritable(chunk, options.encoding)));
    }
    return;
  }
  const bytes = toWritable(data, options.encoding);
  await fsCall(handle, 'writeFile', () => call('writeFile', handle[kFd], bytes, 0, 0));
  checkAborted(signal);
}

// --- path-based promises ------------------------------------------------------------------------
async function access(path, mode = F_OK) {
  path = getValidatedPath(path);
  return call('access', path, getValidMode(mode, F_OK));
}

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  return call('copyFile', src, dest, getValidMode(mode, 0));
}

async function cp(src, dest, options) {
  return require('internal/fs/cp').cp(src, dest, options);
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await call('open', path, flagsNumber, mode));
}

async function opendir(path, options) {
  return require('internal/fs/dir').opendirPromise(path, options);
}

async function rename(oldPath, newPath) {
  return call('rename', getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}

async function truncate(path, len = 0) {
  const fd = await open(path, 'r+');
  try {
    await fd.truncate(len);
  } finally {
    await fd.close();
  }
}

async function rm(path, options) {
  path = getValidatedPath(path);
  options = getRmOptions(options);
  try {
    await call('rm', path, options.recursive, options.force);
  } catch (err) {
    throw fixRmError(err);
  }
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.recursive !== undefined) validateBoolean(options.recursive, 'options.recursive');
    if (options.recursive) return call('rm', path, true, true);
  }
  return call('rmdir', path);
}

async function mkdir(path, options) {
  path = getValidatedPath(path);
  const { mode, recursive } = getMkdirOptions(options);
  return call('mkdir', path, mode, recursive);
}

async function readdir(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  const enc = options.encoding;
  if (options.recursive) {
    const base = typeof path === 'string' ? path : Buffer.from(path).toString();
    const results = [];
    const queue = [[base, '']];
    for (let i = 0; i < queue.length; i++) {
      const [dir, rel] = queue[i];
      const [names, types] = await call('readdir', dir, false, true);
      for (let j = 0; j < names.length; j++) {
        const name = convertName(names[j], enc === 'buffer' ? undefined : enc);
        const relName = rel ? pathModule.join(rel, name) : name;
        if (options.withFileTypes) results.push(new Dirent(name, types[j], dir));
        else results.push(enc === 'buffer' ? Buffer.from(relName) : relName);
        if (types[j] === UV_DIRENT_DIR) queue.push([pathModule.join(dir, name), relName]);
      }
    }
    return results;
  }
  const r = await call('readdir', path, wantsBuffer(enc), !!options.withFileTypes);
  if (!options.withFileTypes) return r.map((n) => convertName(n, enc));
  const [names, types] = r;
  return names.map((n, i) => new Dirent(convertName(n, enc), types[i], path));
}

async function readlink(path, options) {
  options = getOptions(options);
  return convertName(await call('readlink', getValidatedPath(path, 'oldPath'), wantsBuffer(options.encoding)), options.encoding);
}

async function symlink(target, path, type) {
  if (type != null && type !== 'dir' && type !== 'file' && type !== 'junction') {
    const { codes: { ERR_FS_INVALID_SYMLINK_TYPE } } = require('internal/errors');
    throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
  }
  return call('symlink', getValidatedPath(target, 'target'), getValidatedPath(path));
}

async function lstat(path, options = { bigint: false }) {
  const bigint = !!options?.bigint;
  return getStatsFromBinding(await call('lstat', getValidatedPath(path), bigint, true), bigint);
}

async function stat(path, options = { bigint: false }) {
  const bigint = !!options?.bigint;
  return getStatsFromBinding(await call('stat', getValidatedPath(path), bigint, true), bigint);
}

async function statfs(path, options = { bigint: false }) {
  const bigint = !!options?.bigint;
  return getStatFsFromBinding(await call('statfs', getValidatedPath(path), bigint), bigint);
}

async function link(existingPath, newPath) {
  return call('link', getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'));
}

async function unlink(path) {
  return call('unlink', getValidatedPath(path));
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  return call('chmod', path, parseFileMode(mode, 'mode'));
}

async function lchmod() {
  const err = new Error('ENOSYS: function not implemented, lchmod');
  Object.assign(err, { errno: -38, code: 'ENOSYS', syscall: 'lchmod' });
  throw err;
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  return call('lchown', path, uid, gid);
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  return call('chown', path, uid, gid);
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return call('utimes', path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return call('lutimes', path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function realpath(path, options) {
  options = getOptions(options);
  const enc = options.encoding;
  return convertName(await call('realpath', getValidatedPath(path), wantsBuffer(enc), false), enc);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  if (typeof prefix !== 'string' && !(prefix instanceof Uint8Array) && !(prefix != null && typeof prefix === 'object' && prefix.href !== undefined)) {
    throw new ERR_INVALID_ARG_TYPE('prefix', ['string', 'Buffer', 'URL'], prefix);
  }
  prefix = getValidatedPath(prefix, 'prefix');
  return convertName(await call('mkdtemp', prefix, wantsBuffer(options.encoding)), options.encoding);
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (path instanceof FileHandle) return writeFileHandle(path, data, options);
  const isStreamLike = !ArrayBuffer.isView(data) && typeof data !== 'string' && isIterable(data);
  if (!isStreamLike) toWritable(data, options.encoding); // validate before opening
  checkAborted(options.signal);
  if (!isStreamLike && !flush && path !== (path | 0)) {
    const p = getValidatedPath(path);
    const bytes = toWritable(data, options.encoding);
    await call('writeFile', p, bytes, stringToFlags(options.flag), parseFileMode(options.mode, 'mode', 0o666));
    checkAborted(options.signal);
    return;
  }
  const fh = path === (path | 0) ? new FileHandle(getValidatedFd(path)) : await open(path, options.flag, options.mode);
  try {
    await writeFileHandle(fh, data, options);
    if (flush) await fh.sync();
  } finally {
    if (path !== (path | 0)) await fh.close();
  }
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || path === (path | 0)) options.flag = 'a';
  return writeFile(path, data, options);
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (path instanceof FileHandle) return path.readFile(options);
  checkAborted(options.signal);
  const target = path === (path | 0) ? getValidatedFd(path) : getValidatedPath(path);
  const data = await call('readFile', target, stringToFlags(options.flag), isUtf8(options.encoding));
  checkAborted(options.signal);
  if (typeof data === 'string') return data;
  const buf = bufferFromArrayBuffer(data);
  return options.encoding ? buf.toString(options.encoding) : buf;
}

function watch(filename, options) {
  return require('internal/fs/watchers').watchPromise(filename, options);
}

const promisesExports = {
  access, copyFile, cp, open, opendir, rename, truncate, rm, rmdir, mkdir, readdir, readlink,
  symlink, lstat, stat, statfs, link, unlink, chmod, lchmod, lchown, chown, utimes, lutimes,
  realpath, mkdtemp, writeFile, appendFile, readFile, watch, constants,
};

void validateString; void validateAbortSignal; void ERR_INVALID_STATE;

module.exports = { exports: promisesExports, FileHandle, call };
