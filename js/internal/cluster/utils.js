'use strict';
// The cluster's own messages ride the IPC channel as internal messages
// ({cmd: 'NODE_CLUSTER', act, seq, ack, ...}); a reply carries the request's seq as `ack`.
const callbacks = new Map();
let seq = 0;

function sendHelper(proc, message, handle, cb) {
  if (!proc.connected) return false;
  message = { cmd: 'NODE_CLUSTER', ...message, seq };
  if (typeof cb === 'function') callbacks.set(seq, cb);
  seq += 1;
  return proc.send(message, handle);
}

// Wrap an 'internalMessage' listener: replies go to their callbacks, the rest to `cb`.
function internal(worker, cb) {
  return function onInternalMessage(message, handle) {
    if (message.cmd !== 'NODE_CLUSTER') return;
    let fn = cb;
    if (message.ack !== undefined) {
      const callback = callbacks.get(message.ack);
      if (callback !== undefined) {
        fn = callback;
        callbacks.delete(message.ack);
      }
    }
    fn.call(this, message, handle);
  };
}

module.exports = { sendHelper, internal };
