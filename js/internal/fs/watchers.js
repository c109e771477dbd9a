'use strict';
// fs.watch (FSWatcher over the binding's inotify watcher), fs.watchFile/unwatchFile
// (StatWatcher: stat polling at the given interval, which is Node's semantic) and
// fs.promises.watch (an async iterator of {eventType, filename}).

const binding = internalBinding('fs');
const EventEmitter = require('events');
const { AbortError } = require('internal/errors');
const {
  validateFunction, validateBoolean, validateAbortSignal, validateObject, validateUint32,
} = require('internal/validators');
const { Buffer } = require('buffer');
const pathModule = require('path');
const { getValidatedPath, getOptions, getStatsFromBinding, Stats, BigIntStats, pathString } = require('internal/fs/utils');

const kHandle = Symbol('kHandle');

function encodeName(name, encoding) {
  if (name == null || !encoding || encoding === 'utf8' || encoding === 'utf-8') return name;
  const b = Buffer.from(name);
  return encoding === 'buffer' ? b : b.toString(encoding);
}

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._handle = null;
  }

  // Node's internal start; minode starts in watch() below.
  start(filename, persistent = true, recursive = false, encoding = 'utf8') {
    if (this._handle !== null) return;
    const path = getValidatedPath(filename, 'filename');
    let handle;
    try {
      handle = binding.watch(path, recursive, (eventType, name) => {
        this.emit('change', eventType, encodeName(name, encoding));
      });
    } catch (err) {
      if (err && err.syscall === 'watch') err.filename = pathString(path);
      throw err;
    }
    this._handle = handle;
    if (!persistent) handle.unref();
  }

  close() {
    if (this._handle === null) return;
    const h = this._handle;
    this._handle = null;
    h.close();
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    this._handle?.ref();
    return this;
  }

  unref() {
    this._handle?.unref();
    return this;
  }
}

function watchOptions(options) {
  options = getOptions(options);
  const persistent = options.persistent ?? true;
  const recursive = options.recursive ?? false;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return { persistent, recursive, encoding: options.encoding ?? 'utf8', signal: options.signal };
}

function watch(filename, options, listener) {
  if (typeof options === 'function') { listener = options; options = undefined; }
  const o = watchOptions(options);
  const watcher = new FSWatcher();
  watcher.start(filename, o.persistent, o.recursive, o.encoding);
  if (listener) watcher.addListener('change', listener);
  if (o.signal) {
    if (o.signal.aborted) process.nextTick(() => watcher.close());
    else {
      const onAbort = () => watcher.close();
      o.signal.addEventListener('abort', onAbort, { once: true });
      watcher.once('close', () => o.signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

// --- watchFile ------------------------------------------------------------------------------
const statWatchers = new Map();

function zeroStats(bigint) {
  return bigint ? new BigIntStats(0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n)
    : new Stats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}

function sameStats(a, b) {
  return a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.size === b.size &&
    a.mode === b.mode && a.ino === b.ino && a.dev === b.dev && a.uid === b.uid &&
    a.gid === b.gid && a.nlink === b.nlink && a.birthtimeMs === b.birthtimeMs;
}

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._bigint = bigint;
    this._timer = null;
    this._prev = null;
    this._lastErr = null;
    this._polling = false;
    this._refed = true;
  }

  start(path, persistent, interval) {
    if (this._timer !== null) return;
    this._path = path;
    this._refed = persistent;
    const poll = () => {
      if (this._polling) return;
      this._polling = true;
      const bigint = this._bigint;
      binding.stat(path, bigint, true, {
        oncomplete: (err, ab) => {
          this._polling = false;
          if (this._timer === null) return;
          if (err) {
            const zero = zeroStats(bigint);
            if (this._lastErr !== err.code) {
              const prev = this._prev ?? zero;
              this._lastErr = err.code;
              this._prev = zero;
              this.emit('change', zero, prev);
            }
            return;
          }
          const curr = getStatsFromBinding(ab, bigint);
          const prev = this._prev;
          this._prev = curr;
          const hadErr = this._lastErr !== null;
          this._lastErr = null;
          if (prev !== null && (hadErr || !sameStats(curr, prev))) this.emit('change', curr, prev);
        },
      });
    };
    this._timer = setInterval(poll, interval);
    if (!persistent) this._timer.unref();
    poll();
  }

  stop() {
    if (this._timer === null) return;
    clearInterval(this._timer);
    this._timer = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    this._refed = true;
    this._timer?.ref();
    return this;
  }

  unref() {
    this._refed = false;
    this._timer?.unref();
    return this;
  }
}

function watchFile(filename, options, listener) {
  const path = getValidatedPath(filename);
  const key = pathModule.resolve(pathString(path));
  let opts = { interval: 5007, persistent: true, bigint: false };
  if (options !== null && typeof options === 'object') opts = { ...opts, ...options };
  else if (typeof options === 'function') listener = options;
  validateFunction(listener, 'listener');
  let stat = statWatchers.get(key);
  if (stat === undefined) {
    stat = new StatWatcher(opts.bigint);
    stat.start(path, opts.persistent, opts.interval);
    statWatchers.set(key, stat);
  }
  stat.addListener('change', listener);
  return stat;
}

function unwatchFile(filename, listener) {
  const path = getValidatedPath(filename);
  const key = pathModule.resolve(pathString(path));
  const stat = statWatchers.get(key);
  if (stat === undefined) return;
  if (typeof listener === 'function') stat.removeListener('change', listener);
  else stat.removeAllListeners('change');
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(key);
  }
}

// --- fs.promises.watch ----------------------------------------------------------------------
function watchPromise(filename, options = {}) {
  const path = getValidatedPath(filename, 'filename');
  validateObject(options, 'options');
  const o = watchOptions(options);
  if (options.maxQueue !== undefined) validateUint32(options.maxQueue, 'options.maxQueue');
  const maxQueue = options.maxQueue ?? 2048;
  const overflow = options.overflow ?? 'ignore';
  const signal = o.signal;
  const queue = [];
  const waiters = [];
  let done = false;
  let error = null;
  let handle = null;

  const finish = () => {
    if (done) return;
    done = true;
    handle?.close();
    handle = null;
    while (waiters.length) {
      const w = waiters.shift();
      if (error) w.reject(error);
      else w.resolve({ value: undefined, done: true });
    }
  };
  const onAbort = () => {
    error = new AbortError(undefined, { cause: signal?.reason });
    finish();
  };

  const start = () => {
    if (handle !== null || done) return;
    if (signal?.aborted) {
      onAbort();
      return;
    }
    handle = binding.watch(path, o.recursive, (eventType, name) => {
      const ev = { eventType, filename: encodeName(name, o.encoding) };
      if (waiters.length) {
        waiters.shift().resolve({ value: ev, done: false });
      } else if (queue.length < maxQueue) {
        queue.push(ev);
      } else if (overflow === 'throw') {
        const { codes: { ERR_FS_WATCH_QUEUE_OVERFLOW } } = require('internal/errors');
        error = new ERR_FS_WATCH_QUEUE_OVERFLOW(maxQueue);
        finish();
      }
    });
    if (!o.persistent) handle.unref();
    signal?.addEventListener('abort', onAbort, { once: true });
  };

  return {
    next() {
      try {
        start();
      } catch (err) {
        if (err && err.syscall === 'watch') err.filename = pathString(path);
        return Promise.reject(err);
      }
      if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
      if (done) {
        if (error) {
          const e = error;
          return Promise.reject(e);
        }
        return Promise.resolve({ value: undefined, done: true });
      }
      return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
    },
    return() {
      signal?.removeEventListener('abort', onAbort);
      error = null;
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      error = err;
      finish();
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() { return this; },
  };
}

module.exports = { FSWatcher, StatWatcher, watch, watchFile, unwatchFile, watchPromise, kHandle };
