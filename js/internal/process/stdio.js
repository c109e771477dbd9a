'use strict';
// process.stdout / stderr / stdin. Writes to stdout and stderr are synchronous, as in
// Node for files and TTYs (and close enough for pipes), so output is never lost on exit.

const stdioBinding = internalBinding('stdio');

// Until the stream module is in the build, a bare EventEmitter that writes.
function minimalWritable(fd) {
  const EventEmitter = require('events');
  const w = new EventEmitter();
  w.write = (chunk, enc, cb) => { stdioBinding.writeSync(fd, chunk); if (typeof enc === 'function') enc(); else if (cb) cb(); return true; };
  w.end = (chunk) => { if (chunk) w.write(chunk); };
  w.writable = true;
  return w;
}

function makeWritable(fd) {
  if (!internalBinding('builtins').has('stream')) {
    const w = minimalWritable(fd);
    w.fd = fd;
    w.isTTY = stdioBinding.isatty(fd) || undefined;
    return w;
  }
  const { Writable } = require('stream');
  const stream = new Writable({
    decodeStrings: false,
    write(chunk, encoding, cb) {
      try {
        stdioBinding.writeSync(fd, typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'buffer'
          ? require('buffer').Buffer.from(chunk, encoding) : chunk);
      } catch (err) {
        return cb(err);
      }
      cb();
    },
  });
  stream.fd = fd;
  stream._type = stdioBinding.guessHandleType(fd).toLowerCase();
  stream._isStdio = true;
  // process.stdout.destroy() / end() must not close fd 1 under other writers.
  stream._destroy = (err, cb) => cb(err);
  const isTTY = stdioBinding.isatty(fd);
  if (isTTY) {
    stream.isTTY = true;
    const size = stdioBinding.windowSize(fd);
    stream.columns = size ? size[0] : 80;
    stream.rows = size ? size[1] : 24;
    stream.getWindowSize = () => [stream.columns, stream.rows];
    stream.hasColors = (count = 16) => count <= 256 && process.env.TERM !== 'dumb';
    stream.getColorDepth = () => (process.env.TERM === 'dumb' ? 1 : 8);
    stream.cursorTo = (x, y, cb) => require('readline').cursorTo(stream, x, y, cb);
    stream.moveCursor = (dx, dy, cb) => require('readline').moveCursor(stream, dx, dy, cb);
    stream.clearLine = (dir, cb) => require('readline').clearLine(stream, dir, cb);
    stream.clearScreenDown = (cb) => require('readline').clearScreenDown(stream, cb);
  }
  return stream;
}

// stdin is read with read(2) on the blocking pool, which works the same for a file, a
// pipe, a socket or a terminal; the stream only starts reading once someone reads it.
function stdin() {
  const fs = require('fs');
  const isTTY = stdioBinding.isatty(0);
  const options = { fd: 0, autoClose: false, highWaterMark: 64 * 1024 };
  if (isTTY) options.fs = { read: (...args) => ttyRead(stream, ...args) };
  const stream = fs.createReadStream(null, options);
  stream.fd = 0;
  if (isTTY) {
    stream.isTTY = true;
    stream.isRaw = false;
    stream.setRawMode = function setRawMode(mode) {
      mode = !!mode;
      const err = stdioBinding.setRawMode(0, mode);
      if (err) {
        stream.emit('error', require('internal/net').errnoException(err, 'setRawMode'));
        return stream;
      }
      stream.isRaw = mode;
      return stream;
    };
    stream.on('pause', () => setTtyReadCounted(false));
    stream.on('resume', () => setTtyReadCounted(true));
  }
  return stream;
}

// As in Node, a paused terminal stdin does not keep the process alive: its read in flight
// stops counting as pending work while the stream is paused. (A paused pipe still does.)
let ttyReading = false;
let ttyReadCounted = true;

function setTtyReadCounted(want) {
  if (!ttyReading || want === ttyReadCounted) return;
  ttyReadCounted = want;
  if (want) stdioBinding.refLoop();
  else stdioBinding.unrefLoop();
}

function ttyRead(stream, fd, buf, off, len, pos, cb) {
  ttyReading = true;
  ttyReadCounted = true;
  require('fs').read(fd, buf, off, len, pos, (err, n) => {
    // The finished read has just left the count; one that was taken out is put back first.
    if (!ttyReadCounted) stdioBinding.refLoop();
    ttyReading = false;
    ttyReadCounted = true;
    cb(err, n);
  });
  if (stream.isPaused()) setTtyReadCounted(false);
}

module.exports = {
  stdout: () => makeWritable(1),
  stderr: () => makeWritable(2),
  stdin,
};
