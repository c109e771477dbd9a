'use strict';
// Worker stdio, as in Node. A worker's process.stdout / process.stderr send their bytes to
// the parent thread (in order with the worker's messages and before its 'exit'), where
// worker.stdout / worker.stderr are Readables; unless the Worker was created with
// `stdout: true` / `stderr: true` the parent pipes them into its own process.stdout /
// process.stderr. With `stdin: true`, worker.stdin (a Writable) feeds the worker's
// process.stdin; without it the worker's process.stdin is empty.
// Writes complete at once (the bytes are queued for the parent), so nothing is left
// behind when a worker calls process.exit().

const { Readable, Writable } = require('stream');
const { Buffer } = require('buffer');

const kSend = Symbol('kSend');
const kOnFirstRead = Symbol('kOnFirstRead');

function toBytes(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
}

// The writing end: a worker's process.stdout / stderr, or the parent's worker.stdin.
class WritableWorkerStdio extends Writable {
  constructor(send) {
    super({ decodeStrings: false });
    this[kSend] = send;
  }

  // A write to a worker that has exited never completes (as in Node).
  _write(chunk, encoding, cb) {
    if (this[kSend](toBytes(chunk, encoding)) !== false) cb();
  }

  _writev(chunks, cb) {
    let delivered = true;
    for (const { chunk, encoding } of chunks) delivered = this[kSend](toBytes(chunk, encoding)) !== false;
    if (delivered) cb();
  }

  _final(cb) {
    this[kSend](null);
    cb();
  }
}

// The reading end: the parent's worker.stdout / stderr, or a worker's process.stdin.
// Chunks are pushed as they arrive; `onFirstRead` starts the source when someone reads.
class ReadableWorkerStdio extends Readable {
  constructor(onFirstRead = null) {
    super();
    this[kOnFirstRead] = onFirstRead;
  }

  _read() {
    const start = this[kOnFirstRead];
    if (start !== null) {
      this[kOnFirstRead] = null;
      start(this);
    }
  }
}

// Pipe without a MaxListenersExceededWarning on `dest` when many workers share it.
function pipeQuietly(source, dest) {
  const max = dest.getMaxListeners();
  dest.setMaxListeners(Infinity);
  try {
    source.pipe(dest);
  } finally {
    dest.setMaxListeners(max);
  }
}

// --- the parent's side ---------------------------------------------------------------------------

function parentStdio(options, writeStdin) {
  const stdio = {
    stdin: options.stdin ? new WritableWorkerStdio(writeStdin) : null,
    stdout: new ReadableWorkerStdio(),
    stderr: new ReadableWorkerStdio(),
  };
  if (!options.stdout) pipeQuietly(stdio.stdout, process.stdout);
  if (!options.stderr) pipeQuietly(stdio.stderr, process.stderr);
  return stdio;
}

// A chunk of the worker's output (fd 1 or 2); null ends that stream.
function onWorkerOutput(stdio, fd, chunk) {
  const stream = fd === 2 ? stdio.stderr : stdio.stdout;
  stream.push(chunk === null ? null : Buffer.from(chunk));
}

// The worker has exited: its output streams end (if the worker did not end them itself).
function endWorkerOutput(stdio) {
  for (const stream of [stdio.stdout, stdio.stderr]) {
    if (!stream.readableEnded) stream.push(null);
  }
}

// --- the worker's side ---------------------------------------------------------------------------

function setupWorkerStdio(binding, hasStdin) {
  const timers = internalBinding('timers');
  const define = (name, make) => {
    Object.defineProperty(process, name, {
      configurable: true, enumerable: false,
      get() {
        const stream = make();
        Object.defineProperty(process, name, { value: stream, configurable: true, writable: true, enumerable: false });
        return stream;
      },
    });
  };
  define('stdout', () => new WritableWorkerStdio((bytes) => binding.writeStdio(1, bytes)));
  define('stderr', () => new WritableWorkerStdio((bytes) => binding.writeStdio(2, bytes)));
  define('stdin', () => {
    if (!hasStdin) {
      const empty = new ReadableWorkerStdio();
      empty.push(null);
      return empty;
    }
    // Reading process.stdin keeps the worker alive until the parent ends worker.stdin.
    return new ReadableWorkerStdio((stream) => {
      timers.refHandle();
      binding.listenStdin((chunk) => {
        if (chunk === null) {
          timers.unrefHandle();
          stream.push(null);
        } else {
          stream.push(Buffer.from(chunk));
        }
      });
    });
  });
}

module.exports = {
  WritableWorkerStdio, ReadableWorkerStdio, parentStdio, onWorkerOutput, endWorkerOutput, setupWorkerStdio,
};
