'use strict';
// worker_threads: Worker (internal/worker/worker: a thread with its own engine), this
// thread's view (isMainThread, parentPort, workerData, resourceLimits), plus
// MessageChannel/MessagePort (ports move across threads via internal/worker/ports) and
// BroadcastChannel (across threads through the `worker` binding).
// Messages are structured-cloned and delivered in a later macrotask. A port with a
// 'message' listener (or one started explicitly) keeps the process alive until it is
// closed or unref'd, as in Node.

const { EventTarget, Event, kTrustEvent } = require('internal/event_target');
const { codes: { ERR_NOT_IMPLEMENTED, ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_INVALID_THIS } } = require('internal/errors');
const { structuredClone, kTransfer } = require('internal/structured_clone');
const { customInspectSymbol } = require('internal/util');

// --- MessageEvent ---------------------------------------------------------------------------
const kData = Symbol('kData');
const kPorts = Symbol('kPorts');

class MessageEvent extends Event {
  constructor(type, options = undefined) {
    super(type, options);
    this[kData] = options?.data ?? null;
    this[kPorts] = options?.ports ?? [];
    this.origin = options?.origin ?? '';
    this.lastEventId = options?.lastEventId ?? '';
    this.source = options?.source ?? null;
  }

  get data() { return this[kData]; }
  get ports() { return this[kPorts]; }
}

// --- keeping the loop alive -------------------------------------------------------------------
const TIMEOUT_MAX = 2 ** 31 - 1;
function noop() {}

function updateKeepAlive(state) {
  const want = state.active && state.refed && !state.closed;
  if (want && state.keepAlive === undefined) {
    state.keepAlive = setInterval(noop, TIMEOUT_MAX);
  } else if (!want && state.keepAlive !== undefined) {
    clearInterval(state.keepAlive);
    state.keepAlive = undefined;
  }
}

// Node-style emitter methods on an EventTarget: on('message', fn) gets the data, not the event.
const kListenerWrappers = Symbol('kListenerWrappers');
function addEmitterMethods(proto) {
  function wrap(self, type, listener, once) {
    const map = self[kListenerWrappers] ??= new Map();
    const wrapper = (event) => {
      if (once) self.off(type, listener);
      if (type === 'message' || type === 'messageerror') return listener.call(self, event.data);
      return listener.call(self, event);
    };
    map.set(listener, wrapper);
    return wrapper;
  }
  proto.on = proto.addListener = function on(type, listener) {
    this.addEventListener(type, wrap(this, type, listener, false));
    return this;
  };
  proto.once = function once(type, listener) {
    this.addEventListener(type, wrap(this, type, listener, true));
    return this;
  };
  proto.off = proto.removeListener = function off(type, listener) {
    const wrapper = this[kListenerWrappers]?.get(listener);
    if (wrapper !== undefined) {
      this[kListenerWrappers].delete(listener);
      this.removeEventListener(type, wrapper);
    }
    return this;
  };
  proto.emit = function emit(type, arg) {
    const event = type === 'message' ? new MessageEvent('message', { data: arg }) : new Event(type);
    return this.dispatchEvent(event);
  };
  proto.removeAllListeners = function removeAllListeners(type) {
    for (const [listener, wrapper] of this[kListenerWrappers] ?? []) {
      for (const t of type === undefined ? ['message', 'messageerror', 'close'] : [type]) this.removeEventListener(t, wrapper);
      if (type === undefined) this[kListenerWrappers].delete(listener);
    }
    return this;
  };
  proto.listenerCount = function listenerCount(type) {
    return require('internal/event_target').getListeners(this, type).length;
  };
}

// --- MessagePort -------------------------------------------------------------------------------
const kState = Symbol('kState');
let allowPort = false;
let crossThread = null;

function portState(self) {
  const s = self?.[kState];
  if (s === undefined) throw new ERR_INVALID_THIS('MessagePort');
  return s;
}

class MessagePort extends EventTarget {
  constructor() {
    if (!allowPort) throw new TypeError('Illegal constructor');
    super();
    this[kState] = {
      other: null, queue: [], started: false, active: false, refed: true, closed: false,
      keepAlive: undefined, scheduled: false, onmessage: null,
    };
  }

  postMessage(value, transferList = undefined) {
    const s = portState(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    let transfer = transferList;
    if (transfer !== undefined && transfer !== null && !Array.isArray(transfer) && typeof transfer === 'object') {
      transfer = transfer.transfer;
    }
    if (transfer !== undefined && transfer !== null) {
      for (const item of transfer) {
        if (item === this) throw require('internal/structured_clone').DataCloneError('Transfer list contains source port');
      }
    }
    if (s.remote !== undefined) {
      // parentPort: the message goes to another thread.
      if (!s.closed) s.remote(value, transfer);
      return;
    }
    const data = structuredClone(value, { transfer: withoutUntransferable(transfer) ?? undefined });
    const other = s.other;
    if (s.closed || other === null) return;
    const os = other[kState];
    if (os.closed) return;
    os.queue.push(data);
    schedule(other);
  }

  start() {
    const s = portState(this);
    s.started = true;
    s.active = true;
    updateKeepAlive(s);
    schedule(this);
  }

  close() {
    const s = portState(this);
    if (s.closed) return;
    if (s.remoteId !== undefined) {
      // The other end is on another thread.
      workerBinding.portClose(s.remoteId);
      s.remoteId = undefined;
      s.remote = undefined;
    }
    const other = s.other;
    closePort(this);
    if (other !== null) closePort(other);
  }

  ref() {
    const s = portState(this);
    s.refed = true;
    updateKeepAlive(s);
    return this;
  }

  unref() {
    const s = portState(this);
    s.refed = false;
    updateKeepAlive(s);
    return this;
  }

  hasRef() {
    const s = portState(this);
    return s.refed && s.active && !s.closed;
  }

  get onmessage() { return portState(this).onmessage; }
  set onmessage(fn) {
    const s = portState(this);
    if (s.onmessageWrapper) this.removeEventListener('message', s.onmessageWrapper);
    s.onmessage = typeof fn === 'function' ? fn : null;
    s.onmessageWrapper = undefined;
    if (s.onmessage) {
      s.onmessageWrapper = (e) => s.onmessage.call(this, e);
      this.addEventListener('message', s.onmessageWrapper);
    }
  }

  [kTransfer]() {
    // Posting to another thread: the port's end moves there (internal/worker/ports).
    return crossThread !== null ? crossThread(this) : this;
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return 'MessagePort';
    const s = this[kState];
    return `MessagePort ${require('internal/util/inspect').inspect({ active: s.active && !s.closed, refed: s.refed }, options)}`;
  }
}
addEmitterMethods(MessagePort.prototype);

// A 'message' listener starts the port (Node's implicit start()).
const baseAdd = EventTarget.prototype.addEventListener;
MessagePort.prototype.addEventListener = function addEventListener(type, listener, options) {
  const r = Reflect.apply(baseAdd, this, [type, listener, options]);
  if (`${type}` === 'message') {
    const s = portState(this);
    if (!s.closed) {
      s.started = true;
      s.active = true;
      updateKeepAlive(s);
      schedule(this);
    }
  }
  return r;
};

// Removing the last 'message' listener unrefs the port again (Node's setupPortReferencing),
// so a worker whose parentPort.once('message') has fired can end.
const baseRemove = EventTarget.prototype.removeEventListener;
MessagePort.prototype.removeEventListener = function removeEventListener(type, listener, options) {
  const r = Reflect.apply(baseRemove, this, [type, listener, options]);
  if (`${type}` === 'message') {
    const s = portState(this);
    if (require('internal/event_target').getListeners(this, 'message').length === 0) {
      s.active = false;
      updateKeepAlive(s);
    }
  }
  return r;
};

function closePort(port) {
  const s = port[kState];
  if (s.closed) return;
  s.closed = true;
  s.other = null;
  updateKeepAlive(s);
  // Messages already queued are still delivered; 'close' follows them.
  setImmediate(() => {
    deliver(port);
    port.dispatchEvent(new Event('close'));
  });
}

function schedule(port) {
  const s = port[kState];
  if (s.scheduled || !s.started || s.queue.length === 0) return;
  s.scheduled = true;
  setImmediate(() => {
    s.scheduled = false;
    deliver(port);
  });
}

function deliver(port) {
  const s = port[kState];
  if (!s.started) return;
  while (s.queue.length > 0) {
    const data = s.queue.shift();
    port.dispatchEvent(new MessageEvent('message', { data, [kTrustEvent]: true }));
  }
}

function receiveMessageOnPort(port) {
  const s = port?.[kState];
  if (s === undefined) throw new ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
  if (s.queue.length === 0 && s.pull !== undefined) s.pull();
  if (s.queue.length === 0) return undefined;
  return { message: s.queue.shift() };
}

function newPort() {
  allowPort = true;
  try {
    return new MessagePort();
  } finally {
    allowPort = false;
  }
}

class MessageChannel {
  constructor() {
    const port1 = newPort();
    const port2 = newPort();
    port1[kState].other = port2;
    port2[kState].other = port1;
    this.port1 = port1;
    this.port2 = port2;
  }
}

// --- BroadcastChannel --------------------------------------------------------------------------
// Channels of one name on this thread share one subscription of the `worker` binding,
// which carries messages to and from the channels of that name on other threads.
const channelsByName = new Map();
const subscriptionByName = new Map();
const kChannel = Symbol('kChannel');

function dispatchToChannel(target, data) {
  if (!target[kChannel].closed) target.dispatchEvent(new MessageEvent('message', { data, [kTrustEvent]: true }));
}

// A message another thread broadcast: every open channel of that name here gets a copy.
function receiveBroadcast(name, wire) {
  const targets = [...(channelsByName.get(name) ?? [])];
  if (targets.length === 0) return;
  const data = require('internal/worker/serialize').decode(wire);
  targets.forEach((target, i) => dispatchToChannel(target, i === 0 ? data : structuredClone(data)));
}

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    const s = { name: `${name}`, closed: false, refed: true, active: false, keepAlive: undefined, onmessage: null };
    this[kChannel] = s;
    let set = channelsByName.get(s.name);
    if (set === undefined) {
      channelsByName.set(s.name, set = new Set());
      const name = s.name;
      subscriptionByName.set(name, workerBinding.broadcastSubscribe(name, (wire) => receiveBroadcast(name, wire)));
    }
    set.add(this);
  }

  get name() { return this[kChannel].name; }

  postMessage(message) {
    const s = this[kChannel];
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (s.closed) {
      const { DOMException } = require('internal/dom_exception');
      throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    const targets = [...(channelsByName.get(s.name) ?? [])].filter((c) => c !== this);
    for (const target of targets) {
      const data = structuredClone(message);
      setImmediate(() => dispatchToChannel(target, data));
    }
    const subscription = subscriptionByName.get(s.name);
    if (subscription !== undefined) {
      require('internal/worker/serialize').send(
        (wire) => workerBinding.broadcastPost(s.name, subscription, wire), message);
    }
  }

  close() {
    const s = this[kChannel];
    if (s.closed) return;
    s.closed = true;
    const set = channelsByName.get(s.name);
    set?.delete(this);
    if (set?.size === 0) {
      channelsByName.delete(s.name);
      workerBinding.broadcastUnsubscribe(subscriptionByName.get(s.name));
      subscriptionByName.delete(s.name);
    }
    updateKeepAlive(s);
  }

  ref() {
    this[kChannel].refed = true;
    updateKeepAlive(this[kChannel]);
    return this;
  }

  unref() {
    this[kChannel].refed = false;
    updateKeepAlive(this[kChannel]);
    return this;
  }

  get onmessage() { return this[kChannel].onmessage; }
  set onmessage(fn) {
    const s = this[kChannel];
    if (s.onmessageWrapper) this.removeEventListener('message', s.onmessageWrapper);
    s.onmessage = typeof fn === 'function' ? fn : null;
    s.onmessageWrapper = undefined;
    if (s.onmessage) {
      s.onmessageWrapper = (e) => s.onmessage.call(this, e);
      this.addEventListener('message', s.onmessageWrapper);
    }
  }

  addEventListener(type, listener, options) {
    const r = Reflect.apply(baseAdd, this, [type, listener, options]);
    if (`${type}` === 'message' && !this[kChannel].closed) {
      // As in Node, a new 'message' listener refs the channel again.
      this[kChannel].active = true;
      this[kChannel].refed = true;
      updateKeepAlive(this[kChannel]);
    }
    return r;
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return 'BroadcastChannel';
    const s = this[kChannel];
    return `BroadcastChannel ${require('internal/util/inspect').inspect({ name: s.name, active: !s.closed }, options)}`;
  }
}
addEmitterMethods(BroadcastChannel.prototype);

// --- this thread as a worker ------------------------------------------------------------------
const workerBinding = internalBinding('worker');
const isMainThread = !workerBinding.isWorker;
let parentPort = null;
let workerState = null;

// Move the messages the parent sent into parentPort's queue (decoded).
function pullFromParent(s) {
  const { decode } = require('internal/worker/serialize');
  let wire;
  while ((wire = workerBinding.receive()) !== undefined) s.queue.push(decode(wire));
}

if (!isMainThread) {
  workerState = require('internal/worker/main').state;
  parentPort = newPort();
  const s = parentPort[kState];
  s.remote = (value, transfer) => {
    require('internal/worker/serialize').send(workerBinding.postToParent, value, transfer);
  };
  s.pull = () => pullFromParent(s);
  workerBinding.listen(() => {
    pullFromParent(s);
    if (s.started && !s.closed) deliver(parentPort);
  });
}

// --- the rest ------------------------------------------------------------------------------------// --- the rest ------------------------------------------------------------------------------------
const environmentData = workerState?.environmentData ?? new Map();
const { markAsUntransferable, isMarkedAsUntransferable, withoutUntransferable } = require('internal/worker/serialize');

function moveMessagePortToContext() {
  throw new ERR_NOT_IMPLEMENTED('worker_threads.moveMessagePortToContext');
}

module.exports = {
  isMainThread,
  MessagePort,
  MessageChannel,
  markAsUntransferable,
  isMarkedAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort,
  resourceLimits: isMainThread ? {} : require('internal/worker/limits').limitsObject(workerState.resourceLimits),
  threadId: workerBinding.threadId,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker: require('internal/worker/worker').Worker,
  parentPort,
  workerData: isMainThread ? null : workerState.workerData,
  BroadcastChannel,
  setEnvironmentData(key, value) {
    if (value === undefined) environmentData.delete(key);
    else environmentData.set(key, value);
  },
  getEnvironmentData(key) { return environmentData.get(key); },
  MessageEvent,
};
Object.defineProperty(module.exports, Symbol.for('minode.worker.internals'), {
  value: {
    environmentData, kState, newPort, closePort, deliver,
    setCrossThread(fn) { crossThread = fn; },
  },
});
