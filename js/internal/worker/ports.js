'use strict';
// MessagePorts sent to another thread. The sent end is replaced in the message by a
// placeholder naming its id in the worker binding's transit table; the receiving thread
// claims it and gets a MessagePort whose messages cross threads. A port whose other end
// is still on this thread turns that end into a cross-thread one first.

const binding = internalBinding('worker');

let internals;
function lazyInternals() {
  internals ??= require('worker_threads')[Symbol.for('minode.worker.internals')];
  return internals;
}

// Make `port` (state `s`) talk to the cross-thread end `id`.
function makeRemote(port, id) {
  const { kState, closePort, deliver } = lazyInternals();
  const { send, decode } = require('internal/worker/serialize');
  const s = port[kState];
  s.other = null;
  s.remoteId = id;
  s.remote = (value, transfer) => send((wire) => binding.portPost(id, wire), value, transfer);
  s.pull = () => {
    let wire;
    while ((wire = binding.portReceive(id)) !== undefined) {
      if (wire === false) {
        // The other end closed: deliver what came before, then 'close'.
        s.remoteId = undefined;
        s.remote = undefined;
        binding.portClose(id);
        closePort(port);
        return;
      }
      s.queue.push(decode(wire));
    }
  };
  binding.portListen(id, () => {
    if (s.remoteId !== id) return;
    s.pull();
    if (s.started && !s.closed) deliver(port);
  });
}

// The structured-clone transfer step for a port posted to another thread.
function transferAcross(port, placeholders) {
  const { kState, closePort } = lazyInternals();
  const { prepare } = require('internal/worker/serialize');
  const s = port[kState];
  let id;
  if (s.remoteId !== undefined) {
    id = s.remoteId;
    binding.portDetach(id);
  } else {
    const [here, there] = binding.portPair();
    id = there;
    const other = s.other;
    if (other !== null && !other[kState].closed) {
      makeRemote(other, here);
      // Messages already sent to this end but not yet received go along, first.
      for (const m of s.queue) binding.portPost(here, prepare(m));
    } else {
      binding.portClose(here);
    }
  }
  // This object is now a husk (closed without touching the moved end).
  s.queue = [];
  s.other = null;
  s.remoteId = undefined;
  s.remote = undefined;
  s.pull = undefined;
  if (!s.closed) {
    s.closed = true;
    s.active = false;
    if (s.keepAlive !== undefined) {
      clearInterval(s.keepAlive);
      s.keepAlive = undefined;
    }
  }
  const placeholder = { minodePort: id };
  placeholders.push(placeholder);
  return placeholder;
}

// Run `fn` (a structured clone) with ports transferring across threads.
function withCrossThread(placeholders, fn) {
  const { setCrossThread } = lazyInternals();
  setCrossThread((port) => transferAcross(port, placeholders));
  try {
    return fn();
  } finally {
    setCrossThread(null);
  }
}

// Received placeholders -> MessagePorts, replaced throughout the value.
function claimPorts(value, placeholders) {
  const { newPort } = lazyInternals();
  const map = new Map();
  for (const p of placeholders) {
    const port = newPort();
    if (binding.portClaim(p.minodePort)) makeRemote(port, p.minodePort);
    map.set(p, port);
  }
  const seen = new Set();
  const types = require('internal/util/types');
  function fix(v) {
    if (typeof v !== 'object' || v === null) return v;
    if (map.has(v)) return map.get(v);
    if (seen.has(v)) return v;
    seen.add(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = fix(v[i]);
    } else if (types.isMap(v)) {
      for (const [k, val] of [...v]) v.set(k, fix(val));
    } else if (types.isSet(v)) {
      for (const item of [...v]) {
        const n = fix(item);
        if (n !== item) { v.delete(item); v.add(n); }
      }
    } else if (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null) {
      for (const k of Object.keys(v)) v[k] = fix(v[k]);
    }
    return v;
  }
  return fix(value);
}

module.exports = { withCrossThread, claimPorts };
