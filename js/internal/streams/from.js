'use strict';
// Readable.from(iterable): a stream over a (sync or async) iterable or a single string/Buffer.
const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_NULL_VALUES } } = require('internal/errors');

function from(Readable, iterable, opts) {
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    // A string or Buffer is one chunk, never split into characters/bytes.
    return new Readable({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }

  let iterator;
  let isAsync;
  if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }

  const readable = new Readable({ objectMode: true, highWaterMark: 1, ...opts });
  let reading = false;

  readable._read = function () {
    if (!reading) {
      reading = true;
      if (isAsync) nextAsync();
      else nextSync();
    } else {
    }
  };

  readable._destroy = function (error, cb) {
    close(error).then(
      () => process.nextTick(cb, error),
      (e) => process.nextTick(cb, e || error));
  };

  async function close(error) {
    const hadError = error !== undefined && error !== null;
    if (hadError && typeof iterator.throw === 'function') {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  // Sync iterators: stay synchronous unless a value is a promise.
  function nextSync() {
    for (;;) {
      let value;
      let done;
      try {
        ({ value, done } = iterator.next());
      } catch (err) {
        readable.destroy(err);
        return;
      }
      if (done) {
        readable.push(null);
        return;
      }
      if (value && typeof value.then === 'function') {
        value.then((v) => { if (pushValue(v)) nextSync(); }, (err) => readable.destroy(err));
        return;
      }
      if (!pushValue(value)) return;
    }
  }

  async function nextAsync() {
    for (;;) {
      try {
        const { value, done } = await iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        const res = (value && typeof value.then === 'function') ? await value : value;
        if (!pushValue(res)) return;
      } catch (err) {
        readable.destroy(err);
        return;
      }
    }
  }

  // Returns true to keep pulling.
  function pushValue(v) {
    if (v === null) {
      reading = false;
      readable.destroy(new ERR_STREAM_NULL_VALUES());
      return false;
    }
    if (readable.destroyed) return false;
    if (readable.push(v)) return true;
    reading = false;
    return false;
  }

  return readable;
}

module.exports = from;
