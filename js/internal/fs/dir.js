'use strict';
// fs.Dir (fs.opendir): a directory stream read in batches of `bufferSize` entries.

const binding = internalBinding('fs');
const {
  codes: { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateFunction, validateUint32, validateBoolean } = require('internal/validators');
const pathModule = require('path');
const { getValidatedPath, getOptions, Dirent, convertName, wantsBuffer, pathString } = require('internal/fs/utils');

const kId = Symbol('kDirHandle');
const kPath = Symbol('kDirPath');
const kBuffer = Symbol('kDirBuffer');
const kClosed = Symbol('kDirClosed');
const kOptions = Symbol('kDirOptions');
const kBusy = Symbol('kDirOperationQueue');
const kPending = Symbol('kDirPendingSubdirs');

const { req } = require('internal/fs/utils');

class Dir {
  constructor(id, path, options) {
    if (id === undefined) throw new ERR_MISSING_ARGS('handle');
    this[kId] = id;
    this[kPath] = path;
    this[kBuffer] = [];
    this[kClosed] = false;
    this[kBusy] = null; // a queue of waiting operations while an async one runs
    this[kPending] = []; // subdirectories still to read, with options.recursive
    this[kOptions] = { bufferSize: 32, ...getOptions(options, { encoding: 'utf8' }) };
    validateUint32(this[kOptions].bufferSize, 'options.bufferSize', true);
  }

  get path() { return this[kPath]; }

  #toDirent(names, types) {
    const enc = this[kOptions].encoding;
    const out = [];
    const parent = this.#current ?? this[kPath];
    for (let i = 0; i < names.length; i++) {
      const d = new Dirent(convertName(names[i], enc), types[i], parent);
      if (this[kOptions].recursive && d.isDirectory()) this[kPending].push(pathModule.join(parent, String(d.name)));
      out.push(d);
    }
    return out;
  }

  // With options.recursive: the directory whose entries are being read now.
  #current = null;

  // Move on to the next pending subdirectory (sync); false when there is none.
  #nextSubdirSync() {
    if (this[kPending].length === 0) return false;
    binding.dirClose(this[kId]);
    this.#current = this[kPending].shift();
    this[kId] = binding.opendir(this.#current);
    return true;
  }

  #nextSubdir(cb) {
    if (this[kPending].length === 0) return cb(null, false);
    binding.dirClose(this[kId], req((err) => {
      if (err) return cb(err);
      this.#current = this[kPending].shift();
      binding.opendir(this.#current, req((err2, id) => {
        if (err2) return cb(err2);
        this[kId] = id;
        cb(null, true);
      }));
    }));
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => this.read((err, d) => (err ? reject(err) : resolve(d))));
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kBusy] !== null) {
      this[kBusy].push(() => this.read(callback));
      return;
    }
    if (this[kBuffer].length > 0) {
      const d = this[kBuffer].shift();
      process.nextTick(callback, null, d);
      return;
    }
    this[kBusy] = [];
    binding.dirRead(this[kId], this[kOptions].bufferSize, wantsBuffer(this[kOptions].encoding), req((err, r) => {
      const queue = this[kBusy];
      this[kBusy] = null;
      if (err) {
        callback(err);
      } else {
        const [names, types] = r;
        if (names.length === 0 && this[kPending].length > 0) {
          this[kBusy] = queue;
          return this.#nextSubdir((e2) => {
            this[kBusy] = null;
            if (e2) callback(e2);
            else this.read(callback);
            for (const op of queue) op();
          });
        }
        this[kBuffer].push(...this.#toDirent(names, types));
        callback(null, this[kBuffer].length > 0 ? this[kBuffer].shift() : null);
      }
      for (const op of queue) op();
    }));
  }

  readSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kBusy] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    if (this[kBuffer].length > 0) return this[kBuffer].shift();
    for (;;) {
      const [names, types] = binding.dirRead(this[kId], this[kOptions].bufferSize, wantsBuffer(this[kOptions].encoding));
      if (names.length === 0 && this.#nextSubdirSync()) continue;
      this[kBuffer].push(...this.#toDirent(names, types));
      return this[kBuffer].length > 0 ? this[kBuffer].shift() : null;
    }
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kClosed]) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this[kBusy] !== null) {
      this[kBusy].push(() => this.close(callback));
      return;
    }
    this[kClosed] = true;
    binding.dirClose(this[kId], req((err) => callback(err || null)));
  }

  closeSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kBusy] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this[kClosed] = true;
    binding.dirClose(this[kId]);
  }

  async* entries() {
    try {
      while (true) {
        const d = await this.read();
        if (d === null) break;
        yield d;
      }
    } finally {
      if (!this[kClosed]) await this.close();
    }
  }

  [Symbol.asyncIterator]() { return this.entries(); }
}

function dirOptions(options) {
  options = getOptions(options, { encoding: 'utf8' });
  if (options.recursive !== undefined) validateBoolean(options.recursive, 'options.recursive');
  return options;
}

function displayPath(path) { return typeof path === 'string' ? path : pathString(path); }

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = dirOptions(options);
  binding.opendir(path, req((err, id) => {
    if (err) return callback(err);
    let dir;
    try {
      dir = new Dir(id, displayPath(path), options);
    } catch (e) {
      return callback(e);
    }
    callback(null, dir);
  }));
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = dirOptions(options);
  return new Dir(binding.opendir(path), displayPath(path), options);
}

function opendirPromise(path, options) {
  return new Promise((resolve, reject) => opendir(path, options, (err, d) => (err ? reject(err) : resolve(d))));
}

module.exports = { Dir, opendir, opendirSync, opendirPromise };
