'use strict';
// CompressionStream / DecompressionStream ('deflate', 'deflate-raw', 'gzip'): a zlib
// Transform exposed as a { readable, writable } pair of web streams, like Node's.

const { codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS } } = require('internal/errors');
const { customInspectSymbol } = require('internal/util');

const kPair = Symbol('kPair');

// A Node Duplex (here a zlib stream) as a readable/writable pair of web streams.
function pairFromDuplex(duplex) {
  const { ReadableStream, WritableStream } = require('stream/web');
  let readController;
  let writeController;
  let error = null;
  const waiters = new Set(); // pending write()/close() settlers
  const fail = (err) => {
    if (error !== null) return;
    error = err;
    try { readController.error(err); } catch {}
    try { writeController.error(err); } catch {}
    for (const w of waiters) w.reject(err);
    waiters.clear();
  };
  duplex.on('error', fail);

  const readable = new ReadableStream({
    start(c) {
      readController = c;
      duplex.on('data', (chunk) => {
        try {
          c.enqueue(new Uint8Array(chunk));
        } catch {
          return;
        }
        if (c.desiredSize <= 0) duplex.pause();
      });
      duplex.once('end', () => { try { c.close(); } catch {} });
    },
    pull() { duplex.resume(); },
    cancel(reason) { duplex.destroy(reason); },
  }, { highWaterMark: duplex.readableHighWaterMark, size: (chunk) => chunk.byteLength });

  // Like Node's adapter: write() settles at once unless the duplex wants a drain; close()
  // settles when the duplex finished (or failed).
  const wait = (event) => new Promise((resolve, reject) => {
    if (error !== null) {
      reject(error);
      return;
    }
    const waiter = { resolve, reject };
    waiters.add(waiter);
    duplex.once(event, () => {
      if (waiters.delete(waiter)) resolve();
    });
  });

  let closing = null;
  const writable = new WritableStream({
    start(c) { writeController = c; },
    write(chunk) {
      if (error !== null) throw error;
      if (duplex.writableNeedDrain || !duplex.write(chunk)) return wait('drain');
      return undefined;
    },
    close() {
      if (closing === null) {
        closing = wait('finish');
        duplex.end();
      }
      return closing;
    },
    abort(reason) { duplex.destroy(reason); },
  }, { highWaterMark: 1 });

  return { readable, writable };
}

const formats = {
  deflate: ['createDeflate', 'createInflate'],
  'deflate-raw': ['createDeflateRaw', 'createInflateRaw'],
  gzip: ['createGzip', 'createGunzip'],
};

function makeStream(self, format, which) {
  const fmt = `${format}`;
  if (format === undefined || !Object.hasOwn(formats, fmt)) throw new ERR_INVALID_ARG_VALUE('format', format);
  const zlib = require('zlib');
  self[kPair] = pairFromDuplex(zlib[formats[fmt][which]]());
}

function pairOf(self, name) {
  if (self?.[kPair] === undefined) throw new ERR_INVALID_THIS(name);
  return self[kPair];
}

class CompressionStream {
  constructor(format) {
    makeStream(this, format, 0);
  }
  get readable() { return pairOf(this, 'CompressionStream').readable; }
  get writable() { return pairOf(this, 'CompressionStream').writable; }
  [customInspectSymbol](depth, options) {
    return inspectPair('CompressionStream', this, depth, options);
  }
}

class DecompressionStream {
  constructor(format) {
    makeStream(this, format, 1);
  }
  get readable() { return pairOf(this, 'DecompressionStream').readable; }
  get writable() { return pairOf(this, 'DecompressionStream').writable; }
  [customInspectSymbol](depth, options) {
    return inspectPair('DecompressionStream', this, depth, options);
  }
}

function inspectPair(name, self, depth, options) {
  if (depth < 0) return `${name} [Object]`;
  const { inspect } = require('internal/util/inspect');
  return `${name} ${inspect({ readable: self.readable, writable: self.writable },
    { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
}

for (const C of [CompressionStream, DecompressionStream]) {
  Object.defineProperties(C.prototype, {
    readable: { enumerable: true },
    writable: { enumerable: true },
    [Symbol.toStringTag]: { value: C.name, configurable: true },
  });
}

module.exports = { CompressionStream, DecompressionStream, pairFromDuplex };
