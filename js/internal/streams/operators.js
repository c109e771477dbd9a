'use strict';
// Readable.prototype operators: map, filter, forEach, toArray, some, every, find,
// reduce, flatMap, drop, take, asIndexedPairs.
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE }, AbortError,
} = require('internal/errors');
const {
  validateFunction, validateObject, validateAbortSignal, validateInteger, addAbortListener, nop,
} = require('internal/streams/utils');

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function checkOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options?.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function validateFn(fn) {
  if (typeof fn !== 'function') {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('fn', ['Function', 'AsyncFunction'], fn);
  }
}

function map(fn, options) {
  validateFn(fn);
  checkOptions(options);
  let concurrency = 1;
  if (options?.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options?.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;
  return mapImpl.call(this, fn, options, highWaterMark);
}

async function* mapImpl(fn, options, maxQueued) {
  const ac = new AbortController();
  const outer = options?.signal;
  let disposable;
  if (outer) disposable = addAbortListener(outer, () => ac.abort(outer.reason));
  const signal = ac.signal;
  const fnOpts = { signal };
  const stream = this;
  const queue = [];
  let done = false;
  let wakeConsumer = null;
  let wakeProducer = null;

  function signalConsumer() {
    if (wakeConsumer) {
      const w = wakeConsumer;
      wakeConsumer = null;
      w();
    }
  }

  function enqueue(p) {
    // The consumer awaits it in order; don't let an early rejection go unhandled.
    p.then(signalConsumer, signalConsumer);
    queue.push(p);
    signalConsumer();
  }

  async function pump() {
    try {
      for await (const val of stream) {
        if (done) return;
        if (signal.aborted) throw new AbortError();
        let p;
        try {
          p = Promise.resolve(fn(val, fnOpts));
        } catch (err) {
          p = Promise.reject(err);
        }
        enqueue(p);
        if (queue.length >= maxQueued) await new Promise((resolve) => { wakeProducer = resolve; });
        if (done) return;
      }
      queue.push(kEof);
    } catch (err) {
      enqueue(Promise.reject(err));
    } finally {
      signalConsumer();
    }
  }
  pump();

  try {
    for (;;) {
      while (queue.length > 0) {
        const item = queue[0];
        if (item === kEof) return;
        if (signal.aborted) throw new AbortError();
        const val = await item;
        queue.shift();
        if (wakeProducer) {
          const w = wakeProducer;
          wakeProducer = null;
          w();
        }
        if (val === kEmpty) continue;
        if (signal.aborted) throw new AbortError();
        yield val;
      }
      await new Promise((resolve) => { wakeConsumer = resolve; });
    }
  } finally {
    done = true;
    if (disposable) disposable.dispose();
    ac.abort();
    if (wakeProducer) wakeProducer();
  }
}

function asIndexedPairs(options = undefined) {
  checkOptions(options);
  return (async function* asIndexedPairs() {
    let index = 0;
    for await (const val of this) {
      if (options?.signal?.aborted) throw new AbortError(undefined, { cause: options.signal.reason });
      yield [index++, val];
    }
  }).call(this);
}

async function some(fn, options = undefined) {
  for await (const unused of filter.call(this, fn, options)) return true; // eslint-disable-line no-unused-vars
  return false;
}

async function every(fn, options = undefined) {
  validateFn(fn);
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) return result;
  return undefined;
}

async function forEach(fn, options) {
  validateFn(fn);
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  for await (const unused of map.call(this, forEachFn, options)); // eslint-disable-line no-unused-vars
}

function filter(fn, options) {
  validateFn(fn);
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

async function reduce(reducer, initialValue, options) {
  if (typeof reducer !== 'function') {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('reducer', ['Function', 'AsyncFunction'], reducer);
  }
  checkOptions(options);
  let hasInitialValue = arguments.length > 1;
  if (options?.signal?.aborted) {
    const err = new AbortError(undefined, { cause: options.signal.reason });
    this.once('error', nop);
    this.destroy(err);
    throw err;
  }
  const ac = new AbortController();
  const signal = ac.signal;
  let disposable;
  if (options?.signal) disposable = addAbortListener(options.signal, () => ac.abort());
  let gotAnyItemFromStream = false;
  try {
    for await (const value of this) {
      gotAnyItemFromStream = true;
      if (options?.signal?.aborted) throw new AbortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAnyItemFromStream && !hasInitialValue) {
      const err = new ERR_MISSING_ARGS('reduce');
      err.message = 'Reduce of an empty stream requires an initial value';
      throw err;
    }
  } finally {
    ac.abort();
    if (disposable) disposable.dispose();
  }
  return initialValue;
}

async function toArray(options) {
  checkOptions(options);
  const result = [];
  for await (const val of this) {
    if (options?.signal?.aborted) throw new AbortError(undefined, { cause: options.signal.reason });
    result.push(val);
  }
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return (async function* flatMap() {
    for await (const val of values) yield* val;
  }).call(this);
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function drop(number, options = undefined) {
  checkOptions(options);
  number = toIntegerOrInfinity(number);
  return (async function* drop() {
    if (options?.signal?.aborted) throw new AbortError();
    for await (const val of this) {
      if (options?.signal?.aborted) throw new AbortError();
      if (number-- <= 0) yield val;
    }
  }).call(this);
}

function take(number, options = undefined) {
  checkOptions(options);
  number = toIntegerOrInfinity(number);
  return (async function* take() {
    if (options?.signal?.aborted) throw new AbortError();
    if (number <= 0) return;
    for await (const val of this) {
      if (options?.signal?.aborted) throw new AbortError();
      yield val;
      if (--number <= 0) return;
    }
  }).call(this);
}

function compose(stream, options) {
  checkOptions(options);
  const composed = require('internal/streams/compose')(this, stream);
  if (options?.signal) require('internal/streams/add-abort-signal').addAbortSignalNoValidate(options.signal, composed);
  return composed;
}
void ERR_INVALID_ARG_VALUE;

module.exports.streamReturningOperators = { asIndexedPairs, drop, filter, flatMap, map, take };
module.exports.promiseReturningOperators = { every, forEach, reduce, toArray, some, find };
module.exports.compose = compose;
