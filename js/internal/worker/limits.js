'use strict';
// Worker resourceLimits, as Node reports them. V8's heap sizes have no QuickJS twin, so
// what the runtime enforces is one memory limit on the worker's engine, set when
// maxOldGenerationSizeMb is given (plus maxYoungGenerationSizeMb when that is given too);
// reaching it ends the worker with ERR_WORKER_OUT_OF_MEMORY.

const KEYS = ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb', 'stackSizeMb'];
const MB = 1024 * 1024;

// What the Worker was asked for: -1 where nothing (usable) was given; the stack defaults to 4.
function requestedLimits(resourceLimits) {
  const given = resourceLimits !== null && typeof resourceLimits === 'object' ? resourceLimits : {};
  return KEYS.map((key, i) => {
    const v = given[key];
    if (typeof v === 'number' && v > 0) return v;
    return i === 3 ? 4 : -1;
  });
}

// What the running worker has: V8's defaults where nothing was given (the old generation
// gets a quarter of the machine's memory, at most 4 GB, as on a 64-bit Node).
function effectiveLimits(requested) {
  const defaults = [48, Math.min(4096, Math.floor(require('os').totalmem() / 4 / MB)), 0, 4];
  return requested.map((v, i) => (v > 0 ? v : defaults[i]));
}

function limitsObject(values) {
  const o = {};
  KEYS.forEach((key, i) => { o[key] = values[i]; });
  return o;
}

function memoryLimitMb(requested) {
  if (requested[1] <= 0) return 0;
  return requested[1] + Math.max(requested[0], 0);
}

function outOfMemoryError() {
  const err = new Error('Worker terminated due to reaching memory limit: JS heap out of memory');
  err.code = 'ERR_WORKER_OUT_OF_MEMORY';
  const head = `Error [ERR_WORKER_OUT_OF_MEMORY]: ${err.message}`;
  err.stack = `${head}\n${String(err.stack).split('\n').slice(1).join('\n')}`;
  Object.defineProperty(err, 'toString', { value: () => head, writable: true, configurable: true, enumerable: false });
  return err;
}

module.exports = { requestedLimits, effectiveLimits, limitsObject, memoryLimitMb, outOfMemoryError };
