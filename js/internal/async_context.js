'use strict';
// The AsyncLocalStorage frame (an immutable Map from storage to store, or undefined).
// The engine holds the current one (bindings/src/async_context.rs, a QuickJS-NG patch):
// promise reactions and `await` continuations capture it when registered and run with
// it, and the event loop clears it between macrotasks. Everything else that runs a
// callback later — timers, ticks, fs requests, sockets — captures it through here.
// Until the first AsyncLocalStorage exists (`enable()`), the frame is always undefined
// and none of this calls into the engine.

const binding = internalBinding('async_context');
let inUse = false;
// For hot paths (a socket read, an http request): `state.enabled` is a property read.
const state = { enabled: false };
// The frame a socket or server was created in; its callbacks run in it.
const kAsyncFrame = Symbol('kAsyncFrame');

function enable() {
  inUse = true;
  state.enabled = true;
}

function isEnabled() {
  return inUse;
}

function currentFrame() {
  return inUse ? binding.current() : undefined;
}

function setCurrentFrame(frame) {
  binding.swap(frame);
}

function runInFrame(frame, fn, thisArg, args) {
  if (!inUse) return Reflect.apply(fn, thisArg, args);
  const prev = binding.swap(frame);
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    binding.swap(prev);
  }
}

function bindToFrame(fn, frame) {
  return function asyncContextBound(...args) {
    return runInFrame(frame, fn, this, args);
  };
}

// `fn` bound to the current frame, or `fn` itself when there is none (callbacks run with
// no frame by default).
function bindCurrent(fn) {
  if (!inUse || typeof fn !== 'function') return fn;
  const frame = binding.current();
  return frame === undefined ? fn : bindToFrame(fn, frame);
}

// For timers and ticks, which may run while another callback's frame is current:
// always bound, even to "no frame".
function wrapCallback(fn) {
  if (typeof fn !== 'function') return fn;
  return bindToFrame(fn, binding.current());
}

module.exports = {
  state, kAsyncFrame, enable, isEnabled, currentFrame, setCurrentFrame, runInFrame, bindToFrame, bindCurrent,
  wrapCallback,
};
