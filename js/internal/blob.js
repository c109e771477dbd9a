'use strict';
// Blob and File: immutable byte containers. Bytes are copied in at construction
// and shared (zero-copy) between a Blob and its slices.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_MISSING_ARGS },
} = require('internal/errors');
const { isAnyArrayBuffer, encodingOps } = require('internal/buffer');
const { encodeUtf8 } = require('internal/encoding');

const kBytes = Symbol('kBytes'); // Uint8Array view of the contents
const kType = Symbol('kType');
const kName = Symbol('kName');
const kLastModified = Symbol('kLastModified');
const kInspectFields = Symbol('kInspectFields');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

let lazyInspect;
function inspect(v, opts) {
  lazyInspect ??= require('internal/util/inspect').inspect;
  return lazyInspect(v, opts);
}

function isBlob(v) {
  return v != null && typeof v === 'object' && v[kBytes] !== undefined;
}

// The MIME type as Blob keeps it: lowercased, or '' if it has characters outside U+0020..U+007E.
function normalizeType(type) {
  type = `${type}`;
  for (let i = 0; i < type.length; i++) {
    const c = type.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return '';
  }
  return type.toLowerCase();
}

function partBytes(part, endings) {
  if (isBlob(part)) return part[kBytes];
  if (isAnyArrayBuffer(part)) return new Uint8Array(part.slice(0));
  if (ArrayBuffer.isView(part)) {
    return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
  }
  let s = `${part}`;
  if (endings === 'native') s = s.replace(/\r\n|\r/g, '\n');
  return encodeUtf8(s);
}

function validateDictionary(options, name) {
  if (options != null && typeof options !== 'object' && typeof options !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'a dictionary', options);
  }
}

class Blob {
  constructor(sources = [], options = undefined) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    let endings = options?.endings ?? 'transparent';
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    let length = 0;
    for (const part of sources) {
      const b = partBytes(part, endings);
      parts.push(b);
      length += b.length;
    }
    let bytes;
    if (parts.length === 1) {
      bytes = parts[0];
    } else {
      bytes = new Uint8Array(length);
      let pos = 0;
      for (const p of parts) { bytes.set(p, pos); pos += p.length; }
    }
    this[kBytes] = bytes;
    const type = options?.type;
    this[kType] = type === undefined ? '' : normalizeType(type);
  }

  get type() {
    checkBlob(this);
    return this[kType];
  }

  get size() {
    checkBlob(this);
    return this[kBytes].length;
  }

  slice(start = 0, end = undefined, contentType = '') {
    checkBlob(this);
    const size = this[kBytes].length;
    start = relative(start, size);
    end = end === undefined ? size : relative(end, size);
    const span = Math.max(end - start, 0);
    const blob = new Blob();
    blob[kBytes] = this[kBytes].subarray(start, start + span);
    blob[kType] = contentType === undefined ? '' : normalizeType(contentType);
    return blob;
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const b = this[kBytes];
    return Promise.resolve(b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
  }

  text() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const b = this[kBytes];
    return Promise.resolve(encodingOps.utf8.slice(b, 0, b.length));
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(this[kBytes].slice());
  }

  stream() {
    checkBlob(this);
    const { ReadableStream } = require('stream/web');
    const bytes = this[kBytes];
    let pos = 0;
    const chunk = 65536;
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (pos >= bytes.length) {
          controller.close();
          return;
        }
        const end = Math.min(pos + chunk, bytes.length);
        controller.enqueue(bytes.slice(pos, end));
        pos = end;
      },
    });
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = Object.assign({}, options, { depth: options?.depth == null ? null : options.depth - 1 });
    return `${this.constructor.name} ${inspect(this[kInspectFields](), opts)}`;
  }

  [kInspectFields]() {
    return { size: this.size, type: this.type };
  }
}
Object.defineProperties(Blob.prototype, {
  type: { enumerable: true },
  size: { enumerable: true },
  slice: { enumerable: true },
  arrayBuffer: { enumerable: true },
  text: { enumerable: true },
  stream: { enumerable: true },
  [Symbol.toStringTag]: { value: 'Blob', configurable: true },
});

function relative(n, size) {
  n = Math.trunc(+n) || 0;
  if (n < 0) return Math.max(size + n, 0);
  return Math.min(n, size);
}

function checkBlob(obj) {
  if (!isBlob(obj)) throw new ERR_INVALID_THIS('Blob');
}

class File extends Blob {
  constructor(fileBits, fileName, options = undefined) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    this[kName] = `${fileName}`;
    let lastModified = options?.lastModified;
    if (lastModified === undefined) lastModified = Date.now();
    else lastModified = Number(lastModified) || 0;
    this[kLastModified] = Math.trunc(lastModified);
  }

  get name() {
    if (this?.[kName] === undefined) throw new ERR_INVALID_THIS('File');
    return this[kName];
  }

  get lastModified() {
    if (this?.[kName] === undefined) throw new ERR_INVALID_THIS('File');
    return this[kLastModified];
  }

  [kInspectFields]() {
    return { size: this.size, type: this.type, name: this.name, lastModified: this.lastModified };
  }
}
Object.defineProperties(File.prototype, {
  name: { enumerable: true },
  lastModified: { enumerable: true },
  [Symbol.toStringTag]: { value: 'File', configurable: true },
});

// blob: URLs are not supported yet; nothing resolves.
function resolveObjectURL(url) {
  void url;
  return undefined;
}

module.exports = { Blob, File, isBlob, resolveObjectURL, kBytes };
