'use strict';
// Node's IPC channel over a Unix socket (internalBinding('ipc')): newline-delimited JSON;
// a message that carries a handle is wrapped as {cmd:'NODE_HANDLE', type, msg} with the fd
// passed by SCM_RIGHTS alongside, and the receiver answers {cmd:'NODE_HANDLE_ACK'}. While a
// handle is unacknowledged, further messages wait (as in Node). Messages whose `cmd` starts
// with 'NODE_' are internal: emitted as 'internalMessage', never as 'message'.
// The same code serves both ends: a ChildProcess in the parent and `process` in the child.

const ipc = internalBinding('ipc');
const {
  codes: { ERR_MISSING_ARGS, ERR_IPC_CHANNEL_CLOSED, ERR_IPC_DISCONNECTED, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');

let netModule;
function net() { return (netModule ??= require('net')); }
function tcp() { return internalBinding('tcp'); }

function isInternal(msg) {
  return msg !== null && typeof msg === 'object' && typeof msg.cmd === 'string' &&
    msg.cmd.length > 5 && msg.cmd.startsWith('NODE_');
}

// What kind of handle is being sent, and the fd to pass for it.
// Returns { type, fd, release() } where release runs once the fd has been sent.
function serializeHandle(handle, options) {
  const { Server, Socket } = net();
  const { TCP, TCPServer } = tcp();
  if (handle instanceof Server) {
    const h = handle._handle;
    if (!h || typeof h.fd !== 'number' || h.fd < 0) return null;
    return { type: 'net.Server', fd: h.fd, release() {} };
  }
  if (handle instanceof Socket) {
    const h = handle._handle;
    if (!h) return null;
    if (options && options.keepOpen) return { type: 'net.Socket', fd: h.fd, release() {} };
    const fd = h.detach();
    if (fd < 0) return null;
    return {
      type: 'net.Socket', fd,
      release() { ipc.closeFd(fd); try { handle.destroy(); } catch {} },
    };
  }
  if (handle instanceof TCPServer || handle instanceof TCP) {
    return { type: 'net.Native', fd: handle.fd, release() {} };
  }
  if (handle && typeof handle.fd === 'number' && handle.fd >= 0 && handle._ipcRawFd) {
    // A raw fd (cluster's round-robin connections): closed once sent.
    return { type: 'net.Native', fd: handle.fd, release() { if (!handle._keep) ipc.closeFd(handle.fd); } };
  }
  return null;
}

function deserializeHandle(type, fd, rawHandles) {
  const { TCP, TCPServer } = tcp();
  if (rawHandles) return { fd, _ipcRawFd: true };
  switch (type) {
    case 'net.Server': {
      const h = new TCPServer();
      if (h.open(fd) < 0) { ipc.closeFd(fd); return undefined; }
      const server = new (net().Server)();
      server.listen(h);
      return server;
    }
    case 'net.Socket': {
      const h = new TCP();
      if (h.open(fd) < 0) { ipc.closeFd(fd); return undefined; }
      return new (net().Socket)({ handle: h, readable: true, writable: true });
    }
    case 'net.Native': {
      const h = new TCP();
      if (h.open(fd) < 0) { ipc.closeFd(fd); return undefined; }
      return h;
    }
    default:
      ipc.closeFd(fd);
      return undefined;
  }
}

// Installs send/disconnect/connected/channel on `target` (an EventEmitter) for the socket fd.
// opts.refCounted: the channel keeps the loop alive only while target has 'message' or
// 'disconnect' listeners (the child's process.channel); otherwise it is ref'd while open.
function setupChannel(target, fd, opts = {}) {
  const id = ipc.open(fd);
  if (id < 0) throw new Error(`IPC channel could not be opened (fd ${fd})`);
  const { StringDecoder } = require('string_decoder');
  const decoder = new StringDecoder('utf8');
  let buffered = '';
  const pendingFds = [];
  const writeQueue = []; // { data, fd, release, cb }
  let writing = false;
  let handleInFlight = null; // the NODE_HANDLE message waiting for its ACK
  const handleQueue = []; // messages waiting for that ACK
  let closeWhenFlushed = false;
  let closed = false;
  let refCount = 0;
  let refed = !opts.refCounted;

  const channel = {
    fd,
    ref() { refed = true; ipc.ref(id); },
    unref() { refed = false; ipc.unref(id); },
    refCounted() { if (++refCount === 1 && !closed) ipc.ref(id); },
    unrefCounted() { if (--refCount === 0 && !closed && !refed) ipc.unref(id); },
    get pendingHandle() { return handleInFlight; },
  };
  if (!refed) ipc.unref(id);

  function pump() {
    while (!writing && writeQueue.length) {
      const w = writeQueue.shift();
      if (closed) { w.release?.(); if (w.cb) process.nextTick(w.cb, new ERR_IPC_CHANNEL_CLOSED()); continue; }
      const req = {
        oncomplete(err) {
          writing = false;
          w.release?.();
          if (err) onWriteError(w, err); else if (w.cb) w.cb(null);
          pump();
        },
      };
      const r = ipc.write(id, w.data, w.fd ?? -1, req);
      if (r === 0) {
        w.release?.();
        if (w.cb) process.nextTick(w.cb, null);
      } else if (r === 1) {
        writing = true;
      } else {
        w.release?.();
        onWriteError(w, r);
      }
    }
    if (!writing && !writeQueue.length && closeWhenFlushed) finishClose();
  }

  function onWriteError(w, data) {
    const err = require('internal/errors').uvException(data);
    if (w.cb) process.nextTick(w.cb, err);
    else process.nextTick(() => target.emit('error', err));
  }

  function rawSend(message, ser, cb) {
    let text;
    try {
      text = JSON.stringify(message) + '\n';
    } catch (err) {
      ser?.release?.();
      throw err;
    }
    writeQueue.push({ data: text, fd: ser ? ser.fd : -1, release: ser ? ser.release : null, cb });
    pump();
  }

  function sendOne(item) {
    if (item.handle !== undefined && item.handle !== null) {
      const ser = serializeHandle(item.handle, item.options);
      if (!ser) {
        // Closed or unsupported handle: send the message alone.
        rawSend(item.message, null, item.cb);
        return;
      }
      const env = { cmd: 'NODE_HANDLE', type: ser.type, msg: item.message };
      handleInFlight = { env, ser: null, cb: item.cb };
      // The fd must stay open until acknowledged (a NACK resends it), so release late.
      const release = ser.release;
      ser.release = null;
      handleInFlight.release = release;
      handleInFlight.fd = ser.fd;
      rawSend(env, { fd: ser.fd, release: null }, item.cb);
      return;
    }
    rawSend(item.message, null, item.cb);
  }

  function send(message, handle, options, callback) {
    if (typeof handle === 'function') { callback = handle; handle = undefined; options = undefined; }
    else if (typeof options === 'function') { callback = options; options = undefined; }
    else if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (closed || !target.connected) {
      const ex = new ERR_IPC_CHANNEL_CLOSED();
      if (typeof callback === 'function') process.nextTick(callback, ex);
      else process.nextTick(() => target.emit('error', ex));
      return false;
    }
    const item = { message, handle, options, cb: typeof callback === 'function' ? callback : null };
    if (handleInFlight) {
      handleQueue.push(item);
      return false;
    }
    sendOne(item);
    return writeQueue.length === 0 && !writing;
  }

  function onAck() {
    const h = handleInFlight;
    handleInFlight = null;
    if (h && h.release) h.release();
    while (!handleInFlight && handleQueue.length) sendOne(handleQueue.shift());
  }

  function emitMessage(message, handle) {
    const event = isInternal(message) ? 'internalMessage' : 'message';
    process.nextTick(() => target.emit(event, message, handle));
  }

  function onMessage(msg) {
    if (isInternal(msg)) {
      if (msg.cmd === 'NODE_HANDLE_ACK') { onAck(); return; }
      if (msg.cmd === 'NODE_HANDLE_NACK') {
        const h = handleInFlight;
        if (h) rawSend(h.env, { fd: h.fd, release: null }, null);
        return;
      }
      if (msg.cmd === 'NODE_HANDLE') {
        const fd = pendingFds.shift();
        if (fd === undefined) { rawSend({ cmd: 'NODE_HANDLE_NACK' }, null, null); return; }
        rawSend({ cmd: 'NODE_HANDLE_ACK' }, null, null);
        const inner = msg.msg;
        const handle = deserializeHandle(msg.type, fd, isInternal(inner) && inner.cmd === 'NODE_CLUSTER' && inner.raw);
        emitMessage(inner, handle);
        return;
      }
    }
    emitMessage(msg, undefined);
  }

  function onread(ab, fds, err) {
    for (let i = 0; i < fds.length; i++) pendingFds.push(fds[i]);
    if (ab === null) {
      // EOF or error: the other side is gone.
      closeWhenFlushed = false;
      writeQueue.length = 0;
      finishClose();
      return;
    }
    buffered += decoder.write(new Uint8Array(ab));
    let nl;
    while ((nl = buffered.indexOf('\n')) !== -1) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      if (line.length === 0) continue;
      let msg;
      try {
        msg = JSON.parse(line);
      } catch {
        continue;
      }
      onMessage(msg);
    }
  }

  function finishClose() {
    if (closed) return;
    closed = true;
    for (const fd2 of pendingFds) ipc.closeFd(fd2);
    pendingFds.length = 0;
    if (handleInFlight && handleInFlight.release) handleInFlight.release();
    handleInFlight = null;
    ipc.close(id);
    const wasConnected = target.connected;
    target.connected = false;
    target.channel = null;
    if (opts.onClose) opts.onClose();
    if (wasConnected || closingByUs) process.nextTick(() => target.emit('disconnect'));
  }

  let closingByUs = false;
  function disconnect() {
    if (!target.connected) {
      target.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    target.connected = false;
    closingByUs = true;
    // Give queued messages (and handles waiting for an ACK) a chance to go out first.
    closeWhenFlushed = true;
    handleQueue.forEach((item) => sendOne(item));
    handleQueue.length = 0;
    if (!writing && !writeQueue.length) finishClose();
  }

  target.connected = true;
  target.channel = channel;
  target.send = send;
  target.disconnect = disconnect;
  target._send = send;
  ipc.readStart(id, onread);
  return channel;
}

module.exports = { setupChannel, isInternal };
