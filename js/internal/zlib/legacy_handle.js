'use strict';
// Node's zlib handle interface, for libraries that drive `stream._handle` themselves
// (pngjs's synchronous inflate, used by jimp and others): writeSync(flush, in, inOff, inLen,
// out, outOff, outLen) fills `out` and leaves [availOutAfter, availInAfter] in the owning
// stream's `_writeState`, returning undefined. The engine here takes all the input in one go,
// so output that does not fit in `out` waits for the caller's next call.

const kOwner = Symbol('owner');
const kPending = Symbol('pendingOutput');

function install(ZlibHandle, onError) {
  const proto = ZlibHandle.prototype;
  const nativeWriteSync = proto.writeSync;
  proto.writeSync = function writeSync(flush, input, inOff, inLen, out, outOff, outLen) {
    if (arguments.length < 7) return nativeWriteSync.call(this, flush, input, inOff);
    const owner = this[kOwner];
    let pending = this[kPending];
    if (inLen > 0 || pending === undefined) {
      const view = new Uint8Array(input.buffer, input.byteOffset + inOff, inLen);
      const r = nativeWriteSync.call(this, flush, view, 2 ** 32);
      if (!(r instanceof ArrayBuffer)) {
        if (owner) onError(owner, r);
        return;
      }
      const produced = new Uint8Array(r);
      if (pending === undefined || pending.off === pending.buf.length) {
        pending = { buf: produced, off: 0 };
      } else {
        const rest = pending.buf.subarray(pending.off);
        const joined = new Uint8Array(rest.length + produced.length);
        joined.set(rest, 0);
        joined.set(produced, rest.length);
        pending = { buf: joined, off: 0 };
      }
      this[kPending] = pending;
    }
    const n = Math.min(outLen, pending.buf.length - pending.off);
    const target = new Uint8Array(out.buffer, out.byteOffset + outOff, outLen);
    target.set(pending.buf.subarray(pending.off, pending.off + n), 0);
    pending.off += n;
    if (owner) {
      const state = owner._writeState;
      state[0] = outLen - n;
      state[1] = 0;
    }
  };
}

module.exports = { install, kOwner };
