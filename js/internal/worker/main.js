'use strict';
// The bootstrap of a worker thread (options.mode === 'worker'): takes what the parent
// sent (workerData, environment data, env, argv), makes process.exit() and uncaught
// errors end only this thread, then runs the worker's script or eval'd code.

const binding = internalBinding('worker');
const path = require('path');

// What worker_threads exports on this thread.
const state = { threadId: 0, workerData: undefined, environmentData: new Map(), name: '', resourceLimits: [] };
let memoryLimited = false;

function envObject(flat) {
  // Node gives a worker its own copy: a plain object whose values are strings.
  const env = {};
  for (let i = 0; i + 1 < flat.length; i += 2) env[flat[i]] = flat[i + 1];
  return new Proxy(env, {
    set(t, key, value) {
      t[key] = typeof key === 'symbol' ? value : String(value);
      return true;
    },
    defineProperty(t, key, desc) {
      if ('value' in desc && typeof key !== 'symbol') desc = { ...desc, value: String(desc.value) };
      return Reflect.defineProperty(t, key, desc);
    },
  });
}

function setupErrors() {
  const execution = require('internal/process/execution');
  const original = execution.triggerUncaughtException;
  const { prepareError } = require('internal/worker/serialize');
  // An uncaught error goes to the parent as the Worker's 'error' event; exit code 1.
  function workerUncaught(err, fromPromise) {
    if (memoryLimited && outOfMemory(err)) {
      // Like V8 reaching its heap limit: no handlers, no 'exit' listeners, exit code 1.
      binding.reportOutOfMemory();
      return 1;
    }
    if (process.hasUncaughtExceptionCaptureCallback()) return original(err, fromPromise);
    const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
    try {
      process.emit('uncaughtExceptionMonitor', err, type);
      if (process.listenerCount('uncaughtException') > 0) {
        process.emit('uncaughtException', err, type);
        return undefined;
      }
    } catch (handlerErr) {
      err = handlerErr;
    }
    const wire = prepareError(err);
    // Node runs the worker's 'exit' listeners before the parent sees the error.
    try { execution.emitExit(1); } catch {}
    try { binding.reportError(wire); } catch {}
    return 1;
  }
  execution.triggerUncaughtException = workerUncaught;
  internalBinding('timers').setHook('triggerUncaughtException', (err) => workerUncaught(err, false));
}

// QuickJS throws InternalError('out of memory'), or nothing at all when even that error
// could not be allocated.
function outOfMemory(err) {
  if (typeof err === 'object' && err !== null) return err.name === 'InternalError' && err.message === 'out of memory';
  if (err !== null && err !== undefined) return false;
  const [mallocSize, , limit] = internalBinding('engine').heapStats();
  return limit > 0 && mallocSize > limit * 0.9;
}

// worker.terminate() must also end a thread blocked in Atomics.wait (V8 wakes it); the
// engine cannot interrupt a blocking wait, so waits here block in slices and check.
const WAIT_SLICE_MS = 50;
function interruptibleWait() {
  const wait = Atomics.wait;
  Object.defineProperty(Atomics, 'wait', {
    value: function wait(typedArray, index, value, timeout) {
      let t = timeout === undefined ? Infinity : Number(timeout);
      if (Number.isNaN(t)) t = Infinity;
      if (t <= WAIT_SLICE_MS) return waitOnce(typedArray, index, value, Math.max(t, 0));
      const deadline = Date.now() + t;
      let first = true;
      for (;;) {
        const left = deadline - Date.now();
        const r = waitOnce(typedArray, index, value, Math.max(0, Math.min(left, WAIT_SLICE_MS)));
        // After the first slice, a changed value means someone stored and notified.
        if (r !== 'timed-out') return first || r === 'ok' ? r : 'ok';
        first = false;
        if (binding.stopping()) binding.exit(1);
        if (left <= WAIT_SLICE_MS) return 'timed-out';
      }
    },
    writable: true, configurable: true, enumerable: false,
  });
  function waitOnce(typedArray, index, value, timeout) {
    return Reflect.apply(wait, Atomics, [typedArray, index, value, timeout]);
  }
}

function evalScript(name, source) {
  const { Module, makeRequireFunction } = require('internal/modules/cjs/loader');
  const module = new Module(name, null);
  module.filename = path.join(process.cwd(), name);
  module.paths = Module._nodeModulePaths(process.cwd());
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.require = makeRequireFunction(module);
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  internalBinding('contextify').runInThisContext(source, name);
}

function runFile(filename) {
  const { Module } = require('internal/modules/cjs/loader');
  const esm = require('internal/modules/esm');
  let resolved;
  try {
    resolved = Module._findPath(filename, [''], true) || filename;
  } catch {
    resolved = filename;
  }
  if (resolved.endsWith('.mjs') ||
      ((resolved.endsWith('.js') || path.extname(resolved) === '') && esm.format(resolved) === 'module')) {
    esm.runMainESM(resolved);
  } else {
    Module.runMain(filename);
  }
}

function run() {
  const init = binding.takeInit();
  const { decode } = require('internal/worker/serialize');
  state.threadId = init.threadId;
  state.name = init.name;
  state.resourceLimits = init.resourceLimits;
  if (init.memoryLimitMb > 0) {
    memoryLimited = true;
    binding.setMemoryLimit(init.memoryLimitMb);
  }
  const envData = decode(init.envData);
  if (envData instanceof Map) state.environmentData = envData;

  process.reallyExit = (code) => binding.exit(code | 0);
  require('internal/worker/stdio').setupWorkerStdio(binding, init.hasStdin);
  // Process-wide state a worker may not change (Node's ERR_WORKER_UNSUPPORTED_OPERATION).
  const { codes: { ERR_WORKER_UNSUPPORTED_OPERATION } } = require('internal/errors');
  process.chdir = function chdir() { throw new ERR_WORKER_UNSUPPORTED_OPERATION('process.chdir()'); };
  const umask = process.umask;
  process.umask = function(mask) {
    if (mask !== undefined) throw new ERR_WORKER_UNSUPPORTED_OPERATION('Setting process.umask()');
    return umask();
  };
  const isEval = init.source !== null && init.source !== undefined;
  process.argv = [process.execPath, isEval ? '[worker eval]' : init.filename, ...init.argv];
  process.execArgv = init.execArgv;
  if (init.env !== null && init.env !== undefined) {
    Object.defineProperty(process, 'env', { value: envObject(init.env), writable: true, configurable: true, enumerable: true });
  }
  setupErrors();
  interruptibleWait();
  // Creates parentPort and starts taking the parent's messages (and terminate()).
  const wt = require('worker_threads');
  // After worker_threads: workerData may carry MessagePorts.
  state.workerData = decode(init.workerData);
  wt.workerData = state.workerData;

  if (isEval) evalScript('[worker eval]', init.source);
  else runFile(init.filename);
}

module.exports = { run, state };
