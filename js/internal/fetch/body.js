'use strict';
// The Body mixin shared by Request and Response. A body is null or
//   { stream: ReadableStream | null, source: Uint8Array | null, length: number | null, used }
// `source` holds the bytes of a body built from a string/buffer/Blob/FormData/URLSearchParams
// (the stream over it is made the first time `.body` is read); bodies from a ReadableStream,
// an async iterable or the network only have `stream`.

const { isBlob, kBytes } = require('internal/blob');
const { isFormData, encodeMultipart, parseFormData, parseMimeType } = require('internal/fetch/formdata');

const kBody = Symbol('kBody');
const kHeaders = Symbol('kBodyHeaders'); // the owner's Headers (for blob()/formData())

let web;
function streams() { return (web ??= require('stream/web')); }
let isDisturbedFn;
function isDisturbed(stream) {
  isDisturbedFn ??= require('internal/streams/utils').isDisturbed;
  return isDisturbedFn(stream);
}

function isReadableStream(v) {
  return v != null && typeof v === 'object' && v instanceof streams().ReadableStream;
}

function copyView(view) {
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

// A byte stream over `bytes` (one chunk).
function streamOfBytes(bytes) {
  let sent = false;
  return new (streams().ReadableStream)({
    type: 'bytes',
    pull(controller) {
      if (!sent && bytes.byteLength > 0) controller.enqueue(bytes.slice());
      sent = true;
      controller.close();
    },
  }, { highWaterMark: 0 });
}

function streamOfAsyncIterable(iterable) {
  let it;
  return new (streams().ReadableStream)({
    type: 'bytes',
    async pull(controller) {
      it ??= iterable[Symbol.asyncIterator]();
      const { value, done } = await it.next();
      if (done) {
        controller.close();
        return;
      }
      if (typeof value === 'string') controller.enqueue(new TextEncoder().encode(value));
      else if (ArrayBuffer.isView(value)) controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      else if (value instanceof ArrayBuffer) controller.enqueue(new Uint8Array(value));
      else throw new TypeError('Received non-Uint8Array chunk');
    },
    async cancel(reason) {
      if (typeof it?.return === 'function') await it.return(reason);
    },
  }, { highWaterMark: 0 });
}

// Body init -> { body, type } (type: the Content-Type the body implies, or null).
function extractBody(object) {
  let source = null;
  let stream = null;
  let type = null;
  if (typeof object === 'string') {
    source = new TextEncoder().encode(object);
    type = 'text/plain;charset=UTF-8';
  } else if (object instanceof URLSearchParams) {
    source = new TextEncoder().encode(object.toString());
    type = 'application/x-www-form-urlencoded;charset=UTF-8';
  } else if (object instanceof ArrayBuffer || Object.prototype.toString.call(object) === '[object SharedArrayBuffer]') {
    source = new Uint8Array(object.slice(0));
  } else if (ArrayBuffer.isView(object)) {
    source = copyView(object);
  } else if (isBlob(object)) {
    source = object[kBytes];
    if (object.type) type = object.type;
  } else if (isFormData(object)) {
    const encoded = encodeMultipart(object);
    source = encoded.bytes;
    type = encoded.type;
  } else if (isReadableStream(object)) {
    if (object.locked || isDisturbed(object)) throw new TypeError('Response body object should not be disturbed or locked');
    stream = object;
  } else if (object != null && typeof object === 'object' && typeof object[Symbol.asyncIterator] === 'function') {
    stream = streamOfAsyncIterable(object);
  } else {
    source = new TextEncoder().encode(`${object}`);
    type = 'text/plain;charset=UTF-8';
  }
  return { body: { stream, source, length: source === null ? null : source.byteLength, used: false }, type };
}

function bodyStream(state) {
  if (state === null) return null;
  if (state.stream === null) {
    state.stream = streamOfBytes(state.source);
    if (state.used) state.stream.cancel(); // already consumed through the fast path
  }
  return state.stream;
}

function bodyUsed(state) {
  return state !== null && (state.used || (state.stream !== null && isDisturbed(state.stream)));
}

function bodyUnusable(state) {
  return state !== null && (state.used || (state.stream !== null && (state.stream.locked || isDisturbed(state.stream))));
}

async function readAllBytes(stream) {
  const reader = stream.getReader();
  const chunks = [];
  let length = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) {
      const err = new TypeError('Received non-Uint8Array chunk');
      reader.cancel(err).catch(() => {});
      throw err;
    }
    chunks.push(value);
    length += value.byteLength;
  }
  if (chunks.length === 1) return new Uint8Array(chunks[0].buffer, chunks[0].byteOffset, chunks[0].byteLength);
  const out = new Uint8Array(length);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.byteLength;
  }
  return out;
}

async function consumeBytes(owner) {
  const state = owner[kBody];
  if (bodyUnusable(state)) throw new TypeError('Body is unusable: Body has already been read');
  if (state === null) return new Uint8Array(0);
  if (state.stream === null) {
    state.used = true;
    return state.source.slice();
  }
  return readAllBytes(state.stream);
}

function contentTypeOf(owner) {
  return owner[kHeaders]?.get('content-type') ?? null;
}

const bodyMixin = {
  get body() { return bodyStream(this[kBody]); },
  get bodyUsed() { return bodyUsed(this[kBody]); },
  async arrayBuffer() {
    const bytes = await consumeBytes(this);
    return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ?
      bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  },
  async bytes() {
    const bytes = await consumeBytes(this);
    return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
  },
  async text() { return new TextDecoder().decode(await consumeBytes(this)); },
  async json() { return JSON.parse(new TextDecoder().decode(await consumeBytes(this))); },
  async blob() {
    const bytes = await consumeBytes(this);
    const mime = parseMimeType(contentTypeOf(this));
    const { Blob } = require('internal/blob');
    return new Blob([bytes], { type: mime === null ? '' : contentTypeOf(this) });
  },
  async formData() {
    const bytes = await consumeBytes(this);
    return parseFormData(bytes, contentTypeOf(this));
  },
};

function installBody(proto) {
  for (const key of Object.keys(bodyMixin)) {
    const desc = Object.getOwnPropertyDescriptor(bodyMixin, key);
    desc.enumerable = true;
    Object.defineProperty(proto, key, desc);
  }
}

// A second body reading the same bytes (the original's stream is teed).
function cloneBody(state) {
  if (state === null) return null;
  if (state.stream === null) return { stream: null, source: state.source, length: state.length, used: false };
  const [a, b] = state.stream.tee();
  state.stream = a;
  return { stream: b, source: state.source, length: state.length, used: false };
}

module.exports = { kBody, kHeaders, extractBody, installBody, cloneBody, bodyUnusable };
