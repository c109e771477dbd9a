'use strict';
// duplexPair(): two connected Duplex streams; what one side writes, the other reads.
const Duplex = require('internal/streams/duplex');

const kOther = Symbol('kOther');
const kCallback = Symbol('kCallback');

function DuplexSide(options) {
  Duplex.call(this, options);
  this[kOther] = null;
  this[kCallback] = null;
}
Object.setPrototypeOf(DuplexSide.prototype, Duplex.prototype);
Object.setPrototypeOf(DuplexSide, Duplex);

DuplexSide.prototype._read = function () {
  // The other side's write completes once we are read from.
  const cb = this[kCallback];
  if (cb) {
    this[kCallback] = null;
    cb();
  }
};

DuplexSide.prototype._write = function (chunk, encoding, callback) {
  if (chunk.length === 0) {
    process.nextTick(callback);
    return;
  }
  const other = this[kOther];
  other.push(chunk);
  other[kCallback] = callback;
};

DuplexSide.prototype._final = function (callback) {
  const other = this[kOther];
  other.on('end', callback);
  other.push(null);
};

module.exports = function duplexPair(options) {
  const a = new DuplexSide(options);
  const b = new DuplexSide(options);
  a[kOther] = b;
  b[kOther] = a;
  return [a, b];
};
