'use strict';
// A child's stdio pipe in the parent: a Duplex over an internalBinding('ipc') socket handle
// (the child's end is the other half of a Unix socketpair, as in libuv). It behaves like the
// net.Socket Node gives for child.stdin/stdout/stderr: Buffers (or strings after
// setEncoding), 'end' at EOF, 'close' after, ref()/unref(), destroy().

const ipc = internalBinding('ipc');
const { Duplex } = require('stream');
const { bindCurrent } = require('internal/async_context');
const { Buffer } = require('buffer');

class PipeSocket extends Duplex {
  constructor(fd, { readable, writable }) {
    super({ readable, writable, allowHalfOpen: false, decodeStrings: false, emitClose: true, autoDestroy: true });
    this._id = ipc.open(fd);
    this._reading = false;
    this._pendingWrite = null;
    this.connecting = false;
    if (!readable) this.push(null);
    this._handle = {
      fd,
      ref: () => { if (this._id > 0) ipc.ref(this._id); },
      unref: () => { if (this._id > 0) ipc.unref(this._id); },
    };
  }

  _onread(ab, fds, err) {
    for (const f of fds) ipc.closeFd(f);
    if (err) { this.destroy(require('internal/errors').uvException(err)); return; }
    if (ab === null) { this._reading = false; this.push(null); return; }
    if (!this.push(Buffer.from(ab))) {
      this._reading = false;
      ipc.readStop(this._id);
    }
  }

  _read() {
    if (this._reading || this._id < 0) return;
    this._reading = true;
    // Reads run in the AsyncLocalStorage frame the child was spawned in (see child_process).
    ipc.readStart(this._id, bindCurrent((ab, fds, err) => this._onread(ab, fds, err)));
  }

  _write(chunk, encoding, cb) {
    if (this._id < 0) { cb(new (require('internal/errors').codes.ERR_SOCKET_CLOSED)()); return; }
    const data = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    const r = ipc.write(this._id, data, -1, {
      oncomplete: bindCurrent((err) => cb(err ? require('internal/errors').uvException(err) : null)),
    });
    if (r === 0) cb(null);
    else if (r !== 1) cb(require('internal/errors').uvException(r));
  }

  _final(cb) {
    if (this._id > 0) ipc.shutdown(this._id);
    cb();
  }

  _destroy(err, cb) {
    if (this._id > 0) {
      ipc.close(this._id);
      this._id = -1;
    }
    cb(err);
  }

  ref() { this._handle.ref(); return this; }
  unref() { this._handle.unref(); return this; }
  setNoDelay() { return this; }
  setKeepAlive() { return this; }
  setTimeout(ms, cb) { if (cb) this.once('timeout', cb); return this; }
  get fd() { return this._id > 0 ? this._handle.fd : -1; }
}

module.exports = { PipeSocket };
