'use strict';
// Transform: a Duplex whose output is computed from its input by _transform/_flush.
const Duplex = require('internal/streams/duplex');
const { errorOrDestroy } = require('internal/streams/destroy');
const { codes: { ERR_METHOD_NOT_IMPLEMENTED, ERR_MULTIPLE_CALLBACK } } = require('internal/errors');

const kCallback = Symbol('kCallback');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  // Reading from a Transform must not wait for data to be written: the readable
  // side starts with a zero highWaterMark when only one side's size was given.
  if (options && (options.highWaterMark ?? options.readableHighWaterMark) === 0) {
    // A zero readable buffer means the writable side should not buffer either.
    options = { ...options, highWaterMark: null, readableHighWaterMark: 0,
      writableHighWaterMark: options.writableHighWaterMark || 0 };
  }
  Duplex.call(this, options);
  // Pushes from _transform are never "synchronous reads" (they come from write()).
  this._readableState.sync = false;
  this[kCallback] = null;
  // Per-write bookkeeping lives in fields so the transform callback is allocated once.
  this._tPending = null;
  this._tLength = 0;
  this._tDone = onTransformed.bind(this);
  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  this.on('prefinish', prefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

function final(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) cb(er);
        else this.destroy(er);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function (chunk, encoding, callback) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

Transform.prototype._write = function (chunk, encoding, callback) {
  this._tPending = callback;
  this._tLength = this._readableState.length;
  this._transform(chunk, encoding, this._tDone);
};

function onTransformed(err, val) {
  const callback = this._tPending;
  if (callback === null) {
    errorOrDestroy(this, err || new ERR_MULTIPLE_CALLBACK());
    return;
  }
  this._tPending = null;
  if (err) {
    callback(err);
    return;
  }
  const rState = this._readableState;
  if (val != null) this.push(val);
  if (this._writableState.ended || this._tLength === rState.length || rState.length < rState.highWaterMark) {
    callback();
  } else {
    // The reader is behind: hold the write callback until _read() asks for more.
    this[kCallback] = callback;
  }
}

Transform.prototype._read = function () {
  const callback = this[kCallback];
  if (callback) {
    this[kCallback] = null;
    callback();
  }
};

module.exports = Transform;
