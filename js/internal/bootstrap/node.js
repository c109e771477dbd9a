'use strict';
// Sets up `process` and the globals. Heavy globals are defined lazily: a program
// that never touches Buffer or URL never loads buffer.js or url.js.

require('internal/bootstrap/stack').setup();
const EventEmitter = require('events');

// process: an EventEmitter whose constructor is named 'process', like Node's.
function ProcessCtor() {}
Object.defineProperty(ProcessCtor, 'name', { value: 'process' });
ProcessCtor.prototype = Object.create(EventEmitter.prototype, {
  constructor: { value: ProcessCtor, writable: true, configurable: true },
});
Object.setPrototypeOf(process, ProcessCtor.prototype);
EventEmitter.call(process);
Object.defineProperty(process, Symbol.toStringTag, { value: 'process', enumerable: false, writable: true, configurable: true });

require('internal/process/object').setup(process);
require('internal/process/task_queues').setup(process);
require('internal/process/execution').setup(process);

// --- globals ------------------------------------------------------------------
// Node's own globals are enumerable; the web ones it adds lazily are not.
const enumerableGlobals = new Set(['global', 'clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout',
  'setInterval', 'setTimeout', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance', 'fetch', 'crypto']);

function defineValue(name, value) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: enumerableGlobals.has(name) });
}

// A global that loads its module the first time it is read.
function defineLazy(name, load) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable: enumerableGlobals.has(name),
    get() {
      const value = load();
      defineValue(name, value);
      return value;
    },
    set(value) {
      defineValue(name, value);
    },
  });
}

defineValue('global', globalThis);
defineValue('process', process);

const timers = require('timers');
for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
  defineValue(name, timers[name]);
}
defineValue('queueMicrotask', require('internal/process/task_queues').queueMicrotask);

defineLazy('console', () => require('console'));
if (typeof globalThis.Intl === 'undefined') defineLazy('Intl', () => require('internal/intl').Intl);
require('internal/intl/install');
defineLazy('Buffer', () => require('buffer').Buffer);
defineLazy('atob', () => require('buffer').atob);
defineLazy('btoa', () => require('buffer').btoa);
defineLazy('Blob', () => require('buffer').Blob);
defineLazy('File', () => require('buffer').File);
defineLazy('URL', () => require('internal/url').URL);
defineLazy('URLSearchParams', () => require('internal/url').URLSearchParams);
defineLazy('TextEncoder', () => require('internal/encoding').TextEncoder);
defineLazy('TextDecoder', () => require('internal/encoding').TextDecoder);
defineLazy('AbortController', () => require('internal/abort_controller').AbortController);
defineLazy('AbortSignal', () => require('internal/abort_controller').AbortSignal);
defineLazy('EventTarget', () => require('internal/event_target').EventTarget);
defineLazy('Event', () => require('internal/event_target').Event);
defineLazy('CustomEvent', () => require('internal/event_target').CustomEvent);
defineLazy('DOMException', () => require('internal/dom_exception').DOMException);
defineLazy('structuredClone', () => require('internal/structured_clone').structuredClone);
defineLazy('performance', () => require('perf_hooks').performance);
defineLazy('crypto', () => require('crypto').webcrypto);
for (const name of ['Crypto', 'CryptoKey', 'SubtleCrypto']) {
  defineLazy(name, () => require('internal/crypto/webcrypto')[name]);
}
defineLazy('fetch', () => require('internal/fetch').fetch);
defineLazy('WebAssembly', () => require('internal/wasm').WebAssembly);
for (const name of ['Headers', 'Request', 'Response', 'FormData']) {
  defineLazy(name, () => require('internal/fetch')[name]);
}
for (const name of ['PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure', 'PerformanceObserver',
  'PerformanceObserverEntryList', 'PerformanceResourceTiming']) {
  defineLazy(name, () => require('perf_hooks')[name]);
}
defineLazy('MessageEvent', () => require('worker_threads').MessageEvent);
defineLazy('MessageChannel', () => require('worker_threads').MessageChannel);
defineLazy('MessagePort', () => require('worker_threads').MessagePort);
defineLazy('BroadcastChannel', () => require('worker_threads').BroadcastChannel);
for (const name of ['ReadableStream', 'WritableStream', 'TransformStream', 'TextEncoderStream', 'TextDecoderStream',
  'ReadableStreamDefaultReader', 'WritableStreamDefaultWriter', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy']) {
  defineLazy(name, () => require('stream/web')[name]);
}
for (const name of ['CompressionStream', 'DecompressionStream']) {
  defineLazy(name, () => require('internal/webstreams/compression')[name]);
}
// QuickJS has no Atomics.waitAsync: a stand-in, loaded on first call (internal/worker/atomics).
Object.defineProperty(Atomics, 'waitAsync', {
  __proto__: null, writable: true, configurable: true, enumerable: false,
  value: function waitAsync(typedArray, index, value, timeout) {
    return require('internal/worker/atomics').waitAsync(typedArray, index, value, timeout);
  },
});

// The engine has the newer Uint8Array base64/hex methods, which Node 22's V8 does not.
// Libraries feature-detect them and then return plain Uint8Arrays where Node gives Buffers
// (puppeteer's screenshots, for one), so they are left out, as in Node.
for (const name of ['fromBase64', 'fromHex']) delete Uint8Array[name];
for (const name of ['toBase64', 'toHex', 'setFromBase64', 'setFromHex']) delete Uint8Array.prototype[name];
