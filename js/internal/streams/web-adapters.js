'use strict';
// Conversions between Node streams and WHATWG streams (Readable/Writable .fromWeb/.toWeb).
const { codes: { ERR_INVALID_ARG_TYPE, ERR_NOT_IMPLEMENTED } } = require('internal/errors');
const { destroyer } = require('internal/streams/destroy');
const eos = require('internal/streams/end-of-stream');

function web() { return require('stream/web'); }

function newStreamReadableFromReadableStream(readableStream, options = {}) {
  const { ReadableStream } = web();
  if (!(readableStream instanceof ReadableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  const Readable = require('internal/streams/readable');
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new Readable({
    objectMode: !!options.objectMode,
    highWaterMark: options.highWaterMark,
    encoding: options.encoding,
    signal: options.signal,
    read() {
      reader.read().then(({ value, done }) => {
        if (done) readable.push(null);
        else readable.push(value);
      }, (err) => destroyer(readable, err));
    },
    destroy(error, callback) {
      const done = () => process.nextTick(callback, error);
      if (!closed) reader.cancel(error).then(done, done);
      else done();
    },
  });
  reader.closed.then(() => { closed = true; }, (err) => { closed = true; destroyer(readable, err); });
  return readable;
}

function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  const { ReadableStream } = web();
  if (typeof streamReadable?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  const objectMode = streamReadable.readableObjectMode;
  let controller;
  function onData(chunk) {
    if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }
  eos(streamReadable, (error) => {
    streamReadable.removeListener('data', onData);
    if (error) {
      try { controller.error(error); } catch {}
      return;
    }
    try { controller.close(); } catch {}
  });
  streamReadable.on('data', onData);
  return new ReadableStream({
    start(c) { controller = c; },
    pull() { streamReadable.resume(); },
    cancel(reason) { destroyer(streamReadable, reason); },
  }, options.strategy ?? { highWaterMark: streamReadable.readableHighWaterMark,
    size: objectMode ? undefined : (chunk) => chunk.byteLength ?? 1 });
}

function newStreamWritableFromWritableStream(writableStream, options = {}) {
  const { WritableStream } = web();
  if (!(writableStream instanceof WritableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  const Writable = require('internal/streams/writable');
  const writer = writableStream.getWriter();
  const writable = new Writable({
    objectMode: !!options.objectMode,
    highWaterMark: options.highWaterMark,
    decodeStrings: options.decodeStrings,
    signal: options.signal,
    write(chunk, encoding, callback) {
      writer.ready.then(() => writer.write(chunk)).then(() => callback(), callback);
    },
    final(callback) {
      writer.close().then(() => callback(), callback);
    },
    destroy(error, callback) {
      const done = () => process.nextTick(callback, error);
      if (error) writer.abort(error).then(done, done);
      else done();
    },
  });
  return writable;
}

function newWritableStreamFromStreamWritable(streamWritable) {
  const { WritableStream } = web();
  if (typeof streamWritable?._writableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  return new WritableStream({
    write(chunk) {
      return new Promise((resolve, reject) => {
        streamWritable.write(chunk, (err) => (err ? reject(err) : resolve()));
      });
    },
    close() {
      return new Promise((resolve, reject) => {
        eos(streamWritable, (err) => (err ? reject(err) : resolve()));
        streamWritable.end();
      });
    },
    abort(reason) { destroyer(streamWritable, reason); },
  }, { highWaterMark: streamWritable.writableHighWaterMark, size: (c) => (c && c.byteLength) ?? 1 });
}

function notImplemented(name) {
  return () => { throw new ERR_NOT_IMPLEMENTED(name); };
}

module.exports = {
  newStreamReadableFromReadableStream,
  newReadableStreamFromStreamReadable,
  newStreamWritableFromWritableStream,
  newWritableStreamFromStreamWritable,
  newStreamDuplexFromReadableWritablePair: notImplemented('Duplex.fromWeb'),
  newReadableWritablePairFromDuplex: notImplemented('Duplex.toWeb'),
};
