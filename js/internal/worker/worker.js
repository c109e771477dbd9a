'use strict';
// worker_threads.Worker, the parent's side: spawns the thread through the `worker`
// binding and turns its events into 'online', 'message', 'error', 'exit'.

const EventEmitter = require('events');
const path = require('path');
const binding = internalBinding('worker');
const { prepare, send, decode, decodeError } = require('internal/worker/serialize');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS } } = require('internal/errors');

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');
const kId = Symbol('kId');
const kExited = Symbol('kExited');
const kExitWaiters = Symbol('kExitWaiters');
const kStdio = Symbol('kStdio');
const kLimits = Symbol('kLimits');
const kOnline = Symbol('kOnline');

function workerPathError(filename) {
  const err = new TypeError('The worker script or module filename must be an absolute path or a relative path ' +
    `starting with './' or '../'. Received "${filename}"`);
  err.code = 'ERR_WORKER_PATH';
  return err;
}

function resolveFilename(filename, isEval) {
  if (isEval) {
    if (typeof filename !== 'string') throw new ERR_INVALID_ARG_TYPE('filename', 'string', filename);
    return filename;
  }
  const { isURL, fileURLToPath } = require('internal/url');
  if (isURL(filename)) {
    if (filename.protocol !== 'file:') {
      const err = new TypeError(`The URL must be of scheme file. Received ${filename.href}`);
      err.code = 'ERR_INVALID_URL_SCHEME';
      throw err;
    }
    return fileURLToPath(filename);
  }
  if (typeof filename !== 'string') throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
  if (filename.startsWith('file:')) return fileURLToPath(filename);
  if (path.isAbsolute(filename)) return filename;
  if (/^\.\.?[\\/]/.test(filename)) return path.resolve(filename);
  throw workerPathError(filename);
}

function envList(env) {
  if (env === SHARE_ENV) return null;
  const source = env === undefined || env === null ? process.env : env;
  if (typeof source !== 'object') throw new ERR_INVALID_ARG_TYPE('options.env', 'object', env);
  const flat = [];
  for (const key of Object.keys(source)) {
    const v = source[key];
    if (v === undefined) continue;
    flat.push(key, `${v}`);
  }
  return flat;
}

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    if (options === null || typeof options !== 'object') options = {};
    const isEval = !!options.eval;
    const file = resolveFilename(filename, isEval);
    if (options.argv !== undefined && !Array.isArray(options.argv)) {
      throw new ERR_INVALID_ARG_TYPE('options.argv', 'Array', options.argv);
    }
    const execArgv = options.execArgv ?? process.execArgv;
    if (!Array.isArray(execArgv)) throw new ERR_INVALID_ARG_TYPE('options.execArgv', 'Array', execArgv);
    const { environmentData } = require('worker_threads')[Symbol.for('minode.worker.internals')];
    this[kExited] = false;
    this[kExitWaiters] = [];
    const limits = require('internal/worker/limits');
    const requested = limits.requestedLimits(options.resourceLimits);
    this[kLimits] = { requested, effective: limits.effectiveLimits(requested) };
    this[kOnline] = false;
    const id = binding.spawn({
      filename: isEval ? '[worker eval]' : file,
      source: isEval ? file : null,
      argv: (options.argv ?? []).map((a) => `${a}`),
      execArgv: execArgv.map((a) => `${a}`),
      name: options.name === undefined ? '' : `${options.name}`,
      env: envList(options.env),
      workerData: prepare(options.workerData, options.transferList),
      envData: prepare(environmentData),
      stackSizeMb: requested[3],
      resourceLimits: this[kLimits].effective,
      memoryLimitMb: limits.memoryLimitMb(requested),
      stdin: !!options.stdin,
    }, (kind, value, chunk) => this.#onEvent(kind, value, chunk));
    this[kId] = id;
    this.threadId = id;
    // After spawn(): a Worker that failed to start pipes nothing. Events come in later macrotasks.
    this[kStdio] = require('internal/worker/stdio').parentStdio(options, (bytes) => binding.writeStdin(id, bytes));
  }

  #onEvent(kind, value, chunk) {
    switch (kind) {
      case 'stdio':
        require('internal/worker/stdio').onWorkerOutput(this[kStdio], value, chunk);
        break;
      case 'online':
        this[kOnline] = true;
        this.emit('online');
        break;
      case 'message':
        this.emit('message', decode(value));
        break;
      case 'messageerror':
        this.emit('messageerror', value);
        break;
      case 'error':
        this.emit('error', decodeError(value));
        break;
      case 'outOfMemory':
        this.emit('error', require('internal/worker/limits').outOfMemoryError());
        break;
      case 'exit': {
        this[kExited] = true;
        this[kOnline] = false;
        this.threadId = -1;
        require('internal/worker/stdio').endWorkerOutput(this[kStdio]);
        const waiters = this[kExitWaiters];
        this[kExitWaiters] = [];
        try {
          this.emit('exit', value);
        } finally {
          for (const resolve of waiters) resolve(value);
        }
        break;
      }
    }
  }

  postMessage(value, transferList) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this[kExited]) return;
    send((wire) => binding.postToWorker(this[kId], wire), value, transferList);
  }

  terminate(callback) {
    if (this[kExited]) {
      if (typeof callback === 'function') process.nextTick(callback, null, undefined);
      return Promise.resolve(undefined);
    }
    const p = new Promise((resolve) => this[kExitWaiters].push(resolve));
    if (typeof callback === 'function') p.then((code) => callback(null, code));
    binding.terminate(this[kId]);
    return p;
  }

  ref() {
    if (!this[kExited]) binding.setRef(this[kId], true);
  }

  unref() {
    if (!this[kExited]) binding.setRef(this[kId], false);
  }

  // -1 for what was not given until the thread runs, then what it runs with; {} once it exited.
  get resourceLimits() {
    if (this[kExited]) return {};
    const { limitsObject } = require('internal/worker/limits');
    return limitsObject(this[kOnline] ? this[kLimits].effective : this[kLimits].requested);
  }

  get stdin() { return this[kStdio].stdin; }
  get stdout() { return this[kStdio].stdout; }
  get stderr() { return this[kStdio].stderr; }

  get performance() {
    return { eventLoopUtilization: () => ({ idle: 0, active: 0, utilization: 0 }) };
  }

  getHeapSnapshot() {
    return Promise.reject(new Error('getHeapSnapshot is not supported by minode'));
  }
}

module.exports = { Worker, SHARE_ENV };
