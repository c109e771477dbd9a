'use strict';
// stream/web: a compact WHATWG streams implementation (default readers/writers only;
// no BYOB readers or byte controllers).
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_STATE, ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
const { kIsClosedPromise, kIsDisturbed } = require('internal/streams/utils');
const { customInspectSymbol } = require('internal/util');

function inspectAs(name, fields, depth, options) {
  if (depth < 0) return `${name} [Object]`;
  const { inspect } = require('internal/util/inspect');
  return `${name} ${inspect(fields, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
}

const kState = Symbol('kState');
const kToken = Symbol('kToken');

function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}
function silence(p) { p.catch(() => {}); return p; }
function invalidState(msg) { return new ERR_INVALID_STATE.TypeError(msg); }

function extractStrategy(strategy, defaultHwm) {
  const hwm = strategy?.highWaterMark === undefined ? defaultHwm : Number(strategy.highWaterMark);
  if (Number.isNaN(hwm) || hwm < 0) {
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', hwm);
  }
  const size = strategy?.size;
  if (size !== undefined && typeof size !== 'function') throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  return { hwm, size: size ? (c) => size(c) : () => 1 };
}

// --- ReadableStream ------------------------------------------------------------------
class ReadableStreamDefaultController {
  constructor(token) {
    if (token !== kToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
  get desiredSize() { return desiredSize(this[kState].stream); }
  enqueue(chunk) {
    const s = this[kState].stream[kState];
    if (s.closeRequested || s.state !== 'readable') throw invalidState('Controller is already closed');
    enqueue(this[kState].stream, chunk);
  }
  close() {
    const s = this[kState].stream[kState];
    if (s.closeRequested || s.state !== 'readable') throw invalidState('Controller is already closed');
    s.closeRequested = true;
    if (s.queue.length === 0) closeReadable(this[kState].stream);
  }
  error(e) { errorReadable(this[kState].stream, e); }
}

function desiredSize(stream) {
  const s = stream[kState];
  if (s.state === 'errored') return null;
  if (s.state === 'closed') return 0;
  return s.hwm - s.queueSize;
}

function enqueue(stream, chunk) {
  const s = stream[kState];
  if (s.readRequests.length > 0) {
    s.readRequests.shift().resolve({ value: chunk, done: false });
  } else {
    let size;
    try {
      size = s.size(chunk);
    } catch (e) {
      errorReadable(stream, e);
      throw e;
    }
    s.queue.push(chunk, size);
    s.queueSize += size;
  }
  pullIfNeeded(stream);
}

function closeReadable(stream) {
  const s = stream[kState];
  if (s.state !== 'readable') return;
  s.state = 'closed';
  for (const r of s.readRequests.splice(0)) r.resolve({ value: undefined, done: true });
  if (s.reader) s.reader[kState].closed.resolve();
  s.closedPromise.resolve();
}

function errorReadable(stream, e) {
  const s = stream[kState];
  if (s.state !== 'readable') return;
  s.state = 'errored';
  s.storedError = e;
  s.queue = [];
  s.queueSize = 0;
  for (const r of s.readRequests.splice(0)) r.reject(e);
  if (s.reader) s.reader[kState].closed.reject(e);
  s.closedPromise.reject(e);
}

function pullIfNeeded(stream) {
  const s = stream[kState];
  if (!s.started || s.state !== 'readable' || s.closeRequested) return;
  if (!(s.readRequests.length > 0 || desiredSize(stream) > 0)) return;
  if (s.pulling) {
    s.pullAgain = true;
    return;
  }
  s.pulling = true;
  let p;
  try {
    p = Promise.resolve(s.source.pull ? s.source.pull.call(s.source, s.controller) : undefined);
  } catch (e) {
    p = Promise.reject(e);
  }
  p.then(() => {
    s.pulling = false;
    if (s.pullAgain) {
      s.pullAgain = false;
      pullIfNeeded(stream);
    }
  }, (e) => errorReadable(stream, e));
}

function readInternal(stream) {
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') return Promise.resolve({ value: undefined, done: true });
  if (s.state === 'errored') return Promise.reject(s.storedError);
  if (s.queue.length > 0) {
    const chunk = s.queue.shift();
    s.queueSize -= s.queue.shift();
    if (s.queueSize < 0) s.queueSize = 0;
    if (s.closeRequested && s.queue.length === 0) closeReadable(stream);
    else pullIfNeeded(stream);
    return Promise.resolve({ value: chunk, done: false });
  }
  const d = deferred();
  s.readRequests.push(d);
  pullIfNeeded(stream);
  return d.promise;
}

function cancelInternal(stream, reason) {
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') return Promise.resolve();
  if (s.state === 'errored') return Promise.reject(s.storedError);
  s.queue = [];
  s.queueSize = 0;
  closeReadable(stream);
  try {
    return Promise.resolve(s.source.cancel ? s.source.cancel.call(s.source, reason) : undefined).then(() => {});
  } catch (e) {
    return Promise.reject(e);
  }
}

class ReadableStream {
  constructor(source = {}, strategy = {}) {
    if (source === null || typeof source !== 'object') throw new ERR_INVALID_ARG_TYPE('source', 'Object', source);
    if (source.type === 'bytes') {
      // Byte streams are served as default streams of Uint8Array chunks.
    }
    const { hwm, size } = extractStrategy(strategy, 1);
    const controller = new ReadableStreamDefaultController(kToken);
    const closedPromise = deferred();
    silence(closedPromise.promise);
    this[kState] = {
      state: 'readable', source, controller, queue: [], queueSize: 0, hwm, size, reader: null,
      readRequests: [], started: false, pulling: false, pullAgain: false, closeRequested: false,
      storedError: undefined, disturbed: false, closedPromise,
    };
    this[kIsClosedPromise] = closedPromise;
    controller[kState] = { stream: this };
    let p;
    try {
      p = Promise.resolve(source.start ? source.start.call(source, controller) : undefined);
    } catch (e) {
      throw e;
    }
    p.then(() => {
      this[kState].started = true;
      pullIfNeeded(this);
    }, (e) => errorReadable(this, e));
  }

  get locked() { return this[kState].reader !== null; }

  get [kIsDisturbed]() { return this[kState].disturbed; }

  [customInspectSymbol](depth, options) {
    const s = this[kState];
    return inspectAs('ReadableStream', { locked: this.locked, state: s.state, supportsBYOB: s.source?.type === 'bytes' },
      depth, options);
  }

  cancel(reason) {
    if (this.locked) return Promise.reject(invalidState('ReadableStream is locked'));
    return cancelInternal(this, reason);
  }

  getReader(options) {
    if (options?.mode === 'byob') throw new ERR_INVALID_ARG_TYPE('options.mode', 'undefined', 'byob');
    return new ReadableStreamDefaultReader(this);
  }

  pipeThrough(transform, options) {
    if (this.locked) throw invalidState('ReadableStream is locked');
    silence(this.pipeTo(transform.writable, options));
    return transform.readable;
  }

  pipeTo(dest, options = {}) {
    if (this.locked) return Promise.reject(invalidState('ReadableStream is locked'));
    if (dest.locked) return Promise.reject(invalidState('WritableStream is locked'));
    const { preventClose = false, preventAbort = false, preventCancel = false, signal } = options;
    const reader = this.getReader();
    const writer = dest.getWriter();
    return new Promise((resolve, reject) => {
      let done = false;
      const finish = (err, isError) => {
        if (done) return;
        done = true;
        if (signal) signal.removeEventListener('abort', onAbort);
        reader.releaseLock();
        writer.releaseLock();
        if (isError) reject(err);
        else resolve();
      };
      const onAbort = () => {
        const reason = signal.reason;
        const tasks = [];
        if (!preventAbort) tasks.push(writer.abort(reason));
        if (!preventCancel) tasks.push(reader.cancel(reason));
        Promise.allSettled(tasks).then(() => finish(reason, true));
      };
      if (signal) {
        if (signal.aborted) { onAbort(); return; }
        signal.addEventListener('abort', onAbort, { once: true });
      }
      writer.closed.then(null, (e) => {
        if (done) return;
        if (!preventCancel) silence(reader.cancel(e));
        finish(e, true);
      });
      const loop = () => {
        if (done) return;
        writer.ready.then(() => reader.read()).then(({ value, done: eof }) => {
          if (done) return;
          if (eof) {
            if (preventClose) finish();
            else writer.close().then(() => finish(), (e) => finish(e, true));
            return;
          }
          silence(writer.write(value));
          loop();
        }, (e) => {
          if (done) return;
          if (this[kState].state === 'errored') {
            if (!preventAbort) silence(writer.abort(e));
            finish(e, true);
          }
        });
      };
      loop();
    });
  }

  tee() {
    const reader = this.getReader();
    let c1;
    let c2;
    let canceled = 0;
    const cancelDeferred = deferred();
    const reasons = [];
    let reading = false;
    const pull = () => {
      if (reading) return undefined;
      reading = true;
      return reader.read().then(({ value, done }) => {
        reading = false;
        if (done) {
          try { c1.close(); } catch {}
          try { c2.close(); } catch {}
          return;
        }
        try { c1.enqueue(value); } catch {}
        try { c2.enqueue(value); } catch {}
      }, (e) => {
        c1.error(e);
        c2.error(e);
      });
    };
    const mkCancel = (i) => (reason) => {
      reasons[i] = reason;
      if (++canceled === 2) cancelDeferred.resolve(reader.cancel(reasons));
      return cancelDeferred.promise;
    };
    const b1 = new ReadableStream({ start(c) { c1 = c; }, pull, cancel: mkCancel(0) });
    const b2 = new ReadableStream({ start(c) { c2 = c; }, pull, cancel: mkCancel(1) });
    return [b1, b2];
  }

  values(options) {
    const reader = this.getReader();
    const preventCancel = !!options?.preventCancel;
    const stream = this;
    return {
      next() { return reader.read(); },
      return(value) {
        const p = preventCancel || stream[kState].state !== 'readable' ? Promise.resolve() : reader.cancel(value);
        return p.then(() => {
          reader.releaseLock();
          return { value, done: true };
        });
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }

  [Symbol.asyncIterator](options) { return this.values(options); }

  static from(iterable) {
    const it = iterable[Symbol.asyncIterator] ? iterable[Symbol.asyncIterator]() : iterable[Symbol.iterator]();
    return new ReadableStream({
      async pull(c) {
        const { value, done } = await it.next();
        if (done) c.close();
        else c.enqueue(await value);
      },
      async cancel(reason) { if (typeof it.return === 'function') await it.return(reason); },
    }, { highWaterMark: 0 });
  }

  get [Symbol.toStringTag]() { return 'ReadableStream'; }
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!(stream instanceof ReadableStream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    if (stream.locked) throw invalidState('ReadableStream is locked');
    const closed = deferred();
    silence(closed.promise);
    this[kState] = { stream, closed };
    const s = stream[kState];
    s.reader = this;
    if (s.state === 'closed') closed.resolve();
    else if (s.state === 'errored') closed.reject(s.storedError);
  }
  get closed() { return this[kState].closed.promise; }
  read() {
    const stream = this[kState].stream;
    if (!stream) return Promise.reject(invalidState('The reader is not attached to a stream'));
    return readInternal(stream);
  }
  cancel(reason) {
    const stream = this[kState].stream;
    if (!stream) return Promise.reject(invalidState('The reader is not attached to a stream'));
    return cancelInternal(stream, reason);
  }
  releaseLock() {
    const stream = this[kState].stream;
    if (!stream) return;
    const s = stream[kState];
    const err = invalidState('Reader released');
    for (const r of s.readRequests.splice(0)) r.reject(err);
    if (s.state === 'readable') {
      this[kState].closed.reject(err);
    }
    const fresh = deferred();
    silence(fresh.promise);
    fresh.reject(err);
    this[kState].closed = s.state === 'readable' ? fresh : this[kState].closed;
    s.reader = null;
    this[kState].stream = null;
  }
  get [Symbol.toStringTag]() { return 'ReadableStreamDefaultReader'; }
}

// --- WritableStream --------------------------------------------------------------------
class WritableStreamDefaultController {
  constructor(token) {
    if (token !== kToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
  get signal() { return this[kState].abortController.signal; }
  error(e) {
    const stream = this[kState].stream;
    if (stream[kState].state === 'writable') errorWritable(stream, e);
  }
}

function updateBackpressure(stream) {
  const s = stream[kState];
  const bp = s.hwm - s.queueSize <= 0;
  if (bp === s.backpressure) return;
  s.backpressure = bp;
  if (s.writer) {
    if (bp) s.writer[kState].ready = silenceD(deferred());
    else s.writer[kState].ready.resolve();
  }
}
function silenceD(d) { silence(d.promise); return d; }

function errorWritable(stream, e) {
  const s = stream[kState];
  if (s.state === 'errored' || s.state === 'closed') return;
  s.state = 'errored';
  s.storedError = e;
  for (const w of s.queue.splice(0)) w.reject(e);
  s.queueSize = 0;
  if (s.closeRequest) {
    s.closeRequest.reject(e);
    s.closeRequest = null;
  }
  if (s.writer) {
    const ws = s.writer[kState];
    ws.closed.reject(e);
    if (s.backpressure) ws.ready.reject(e);
    else {
      ws.ready = silenceD(deferred());
      ws.ready.reject(e);
    }
  }
  s.closedPromise.reject(e);
}

function advanceWrites(stream) {
  const s = stream[kState];
  if (!s.started || s.inFlight || s.state !== 'writable') return;
  if (s.queue.length > 0) {
    const w = s.queue[0];
    s.inFlight = true;
    let p;
    try {
      p = Promise.resolve(s.sink.write ? s.sink.write.call(s.sink, w.chunk, s.controller) : undefined);
    } catch (e) {
      p = Promise.reject(e);
    }
    p.then(() => {
      s.inFlight = false;
      s.queue.shift();
      s.queueSize -= w.size;
      w.resolve();
      if (s.state === 'writable') {
        updateBackpressure(stream);
        advanceWrites(stream);
      }
    }, (e) => {
      s.inFlight = false;
      s.queue.shift();
      w.reject(e);
      errorWritable(stream, e);
    });
  } else if (s.closeRequest) {
    s.inFlight = true;
    let p;
    try {
      p = Promise.resolve(s.sink.close ? s.sink.close.call(s.sink) : undefined);
    } catch (e) {
      p = Promise.reject(e);
    }
    p.then(() => {
      s.inFlight = false;
      s.state = 'closed';
      s.closeRequest.resolve();
      s.closeRequest = null;
      if (s.writer) s.writer[kState].closed.resolve();
      s.closedPromise.resolve();
    }, (e) => {
      s.inFlight = false;
      errorWritable(stream, e);
    });
  }
}

function writeInternal(stream, chunk) {
  const s = stream[kState];
  if (s.state === 'errored') return Promise.reject(s.storedError);
  if (s.closeRequest || s.state === 'closed') return Promise.reject(invalidState('WritableStream is closed'));
  let size;
  try {
    size = s.size(chunk);
  } catch (e) {
    errorWritable(stream, e);
    return Promise.reject(e);
  }
  const d = deferred();
  s.queue.push({ chunk, size, resolve: d.resolve, reject: d.reject });
  s.queueSize += size;
  updateBackpressure(stream);
  advanceWrites(stream);
  return d.promise;
}

function closeInternal(stream) {
  const s = stream[kState];
  if (s.state === 'errored') return Promise.reject(s.storedError);
  if (s.closeRequest || s.state === 'closed') return Promise.reject(invalidState('WritableStream is closed'));
  s.closeRequest = deferred();
  if (s.backpressure && s.writer) s.writer[kState].ready.resolve();
  advanceWrites(stream);
  return s.closeRequest.promise;
}

function abortInternal(stream, reason) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') return Promise.resolve();
  s.controller[kState].abortController.abort(reason);
  errorWritable(stream, reason);
  try {
    return Promise.resolve(s.sink.abort ? s.sink.abort.call(s.sink, reason) : undefined).then(() => {});
  } catch (e) {
    return Promise.reject(e);
  }
}

class WritableStream {
  constructor(sink = {}, strategy = {}) {
    if (sink === null || typeof sink !== 'object') throw new ERR_INVALID_ARG_TYPE('sink', 'Object', sink);
    const { hwm, size } = extractStrategy(strategy, 1);
    const controller = new WritableStreamDefaultController(kToken);
    controller[kState] = { stream: this, abortController: new AbortController() };
    const closedPromise = deferred();
    silence(closedPromise.promise);
    this[kState] = {
      state: 'writable', sink, controller, queue: [], queueSize: 0, hwm, size, writer: null,
      started: false, inFlight: false, closeRequest: null, storedError: undefined, backpressure: false,
      closedPromise,
    };
    this[kIsClosedPromise] = closedPromise;
    updateBackpressure(this);
    Promise.resolve(sink.start ? sink.start.call(sink, controller) : undefined).then(() => {
      this[kState].started = true;
      advanceWrites(this);
    }, (e) => errorWritable(this, e));
  }
  get locked() { return this[kState].writer !== null; }
  [customInspectSymbol](depth, options) {
    return inspectAs('WritableStream', { locked: this.locked, state: this[kState].state }, depth, options);
  }
  abort(reason) {
    if (this.locked) return Promise.reject(invalidState('WritableStream is locked'));
    return abortInternal(this, reason);
  }
  close() {
    if (this.locked) return Promise.reject(invalidState('WritableStream is locked'));
    return closeInternal(this);
  }
  getWriter() { return new WritableStreamDefaultWriter(this); }
  get [Symbol.toStringTag]() { return 'WritableStream'; }
}

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!(stream instanceof WritableStream)) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    if (stream.locked) throw invalidState('WritableStream is locked');
    const s = stream[kState];
    const closed = silenceD(deferred());
    const ready = silenceD(deferred());
    this[kState] = { stream, closed, ready };
    s.writer = this;
    if (s.state === 'closed') closed.resolve();
    else if (s.state === 'errored') {
      closed.reject(s.storedError);
      ready.reject(s.storedError);
    }
    if (!s.backpressure && s.state !== 'errored') ready.resolve();
  }
  get closed() { return this[kState].closed.promise; }
  get ready() { return this[kState].ready.promise; }
  get desiredSize() {
    const stream = this[kState].stream;
    if (!stream) throw invalidState('The writer is not attached to a stream');
    const s = stream[kState];
    if (s.state === 'errored') return null;
    if (s.state === 'closed') return 0;
    return s.hwm - s.queueSize;
  }
  write(chunk) {
    const stream = this[kState].stream;
    if (!stream) return Promise.reject(invalidState('The writer is not attached to a stream'));
    return writeInternal(stream, chunk);
  }
  close() {
    const stream = this[kState].stream;
    if (!stream) return Promise.reject(invalidState('The writer is not attached to a stream'));
    return closeInternal(stream);
  }
  abort(reason) {
    const stream = this[kState].stream;
    if (!stream) return Promise.reject(invalidState('The writer is not attached to a stream'));
    return abortInternal(stream, reason);
  }
  releaseLock() {
    const stream = this[kState].stream;
    if (!stream) return;
    stream[kState].writer = null;
    this[kState].stream = null;
  }
  get [Symbol.toStringTag]() { return 'WritableStreamDefaultWriter'; }
}

// --- TransformStream -------------------------------------------------------------------
class TransformStreamDefaultController {
  constructor(token) {
    if (token !== kToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
  get desiredSize() { return this[kState].rc.desiredSize; }
  enqueue(chunk) {
    const t = this[kState];
    t.rc.enqueue(chunk);
    if (t.rc.desiredSize <= 0) t.backpressure = true;
  }
  error(e) {
    const t = this[kState];
    try { t.rc.error(e); } catch {}
    t.wc.error(e);
  }
  terminate() {
    const t = this[kState];
    try { t.rc.close(); } catch {}
    t.wc.error(new TypeError('TransformStream terminated'));
  }
}

class TransformStream {
  constructor(transformer = {}, writableStrategy = {}, readableStrategy = {}) {
    const controller = new TransformStreamDefaultController(kToken);
    // backpressure: the readable side wants no more until its pull() runs.
    const t = { rc: null, wc: null, pullWaiter: null, backpressure: true };
    controller[kState] = t;
    const startDeferred = deferred();
    const waitForPull = () => {
      if (!t.backpressure) return undefined;
      t.pullWaiter ??= deferred();
      return t.pullWaiter.promise;
    };
    this.readable = new ReadableStream({
      start(c) { t.rc = c; return startDeferred.promise; },
      pull() {
        t.backpressure = false;
        if (t.pullWaiter) {
          t.pullWaiter.resolve();
          t.pullWaiter = null;
        }
      },
      cancel(reason) {
        t.wc.error(reason);
        if (typeof transformer.cancel === 'function') return transformer.cancel(reason);
        return undefined;
      },
    }, readableStrategy.highWaterMark === undefined ? { ...readableStrategy, highWaterMark: 0 } : readableStrategy);
    this.writable = new WritableStream({
      start(c) { t.wc = c; return startDeferred.promise; },
      async write(chunk) {
        await waitForPull();
        if (typeof transformer.transform === 'function') await transformer.transform(chunk, controller);
        else controller.enqueue(chunk);
      },
      async close() {
        if (typeof transformer.flush === 'function') await transformer.flush(controller);
        try { t.rc.close(); } catch {}
      },
      abort(reason) {
        try { t.rc.error(reason); } catch {}
      },
    }, writableStrategy);
    try {
      Promise.resolve(typeof transformer.start === 'function' ? transformer.start(controller) : undefined)
        .then(() => startDeferred.resolve(), (e) => { startDeferred.reject(e); });
    } catch (e) {
      startDeferred.reject(e);
      throw e;
    }
  }
  [customInspectSymbol](depth, options) {
    return inspectAs('TransformStream', { readable: this.readable, writable: this.writable,
      backpressure: this.readable[kState].queueSize >= this.readable[kState].hwm }, depth, options);
  }
  get [Symbol.toStringTag]() { return 'TransformStream'; }
}

class ByteLengthQueuingStrategy {
  constructor({ highWaterMark }) { this.highWaterMark = highWaterMark; }
  get size() { return (chunk) => chunk.byteLength; }
}
class CountQueuingStrategy {
  constructor({ highWaterMark }) { this.highWaterMark = highWaterMark; }
  get size() { return () => 1; }
}

class TextEncoderStream extends TransformStream {
  constructor() {
    const enc = new TextEncoder();
    super({
      transform(chunk, c) {
        const out = enc.encode(String(chunk));
        if (out.length) c.enqueue(out);
      },
    });
  }
  get encoding() { return 'utf-8'; }
}

class TextDecoderStream extends TransformStream {
  constructor(encoding = 'utf-8', options = {}) {
    const dec = new TextDecoder(encoding, options);
    super({
      transform(chunk, c) {
        const s = dec.decode(chunk, { stream: true });
        if (s) c.enqueue(s);
      },
      flush(c) {
        const s = dec.decode();
        if (s) c.enqueue(s);
      },
    });
    this.encoding = dec.encoding;
  }
}

module.exports = {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController,
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController,
  TransformStream, TransformStreamDefaultController,
  ByteLengthQueuingStrategy, CountQueuingStrategy, TextEncoderStream, TextDecoderStream,
};
// CompressionStream / DecompressionStream load zlib, so only on first use.
for (const name of ['CompressionStream', 'DecompressionStream']) {
  Object.defineProperty(module.exports, name, {
    enumerable: true,
    configurable: true,
    get() {
      const value = require('internal/webstreams/compression')[name];
      Object.defineProperty(module.exports, name, { value, enumerable: true, writable: true, configurable: true });
      return value;
    },
  });
}
