'use strict';
// TextEncoder and TextDecoder (WHATWG Encoding), for utf-8, utf-16le/be and latin1.

const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_ENCODING_NOT_SUPPORTED, ERR_ENCODING_INVALID_ENCODED_DATA,
  },
} = require('internal/errors');
const {
  binding, SMALL, isAnyArrayBuffer, isUint8Array, utf8ByteLength, utf8WriteJS, encodingOps,
} = require('internal/buffer');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
let lazyInspect;
function inspect(v, opts) {
  lazyInspect ??= require('internal/util/inspect').inspect;
  return lazyInspect(v, opts);
}

// --- TextEncoder ------------------------------------------------------------------
const kEncoder = Symbol('kEncoder');

function encodeUtf8(input) {
  if (input.length <= SMALL) {
    const u8 = new Uint8Array(utf8ByteLength(input));
    utf8WriteJS(u8, input, 0, u8.length);
    return u8;
  }
  return new Uint8Array(binding.encode(input, 'utf8'));
}

class TextEncoder {
  constructor() {
    this[kEncoder] = true;
  }

  get encoding() {
    if (this?.[kEncoder] !== true) throw new ERR_INVALID_THIS('TextEncoder');
    return 'utf-8';
  }

  encode(input = '') {
    if (this?.[kEncoder] !== true) throw new ERR_INVALID_THIS('TextEncoder');
    return encodeUtf8(`${input}`);
  }

  encodeInto(src, dest) {
    if (this?.[kEncoder] !== true) throw new ERR_INVALID_THIS('TextEncoder');
    src = `${src}`;
    if (!isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    if (src.length > SMALL && typeof binding.encodeInto === 'function') {
      const [read, written] = binding.encodeInto(src, dest);
      return { read, written };
    }
    const state = { read: 0 };
    const written = utf8WriteJS(dest, src, 0, dest.length, state);
    return { read: state.read, written };
  }

  [customInspectSymbol](depth, opts) {
    if (this?.[kEncoder] !== true) throw new ERR_INVALID_THIS('TextEncoder');
    return inspect({ encoding: this.encoding }, opts);
  }
}
Object.defineProperties(TextEncoder.prototype, {
  encode: { enumerable: true },
  encodeInto: { enumerable: true },
  encoding: { enumerable: true },
  [Symbol.toStringTag]: { value: 'TextEncoder', configurable: true },
});

// --- TextDecoder ------------------------------------------------------------------
// WHATWG labels for the encodings supported here.
const labels = new Map();
for (const l of ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']) labels.set(l, 'utf-8');
for (const l of ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']) labels.set(l, 'utf-16le');
for (const l of ['unicodefffe', 'utf-16be']) labels.set(l, 'utf-16be');
for (const l of ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100',
  'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']) {
  labels.set(l, 'windows-1252');
}

function getEncodingFromLabel(label) {
  const enc = labels.get(label);
  if (enc !== undefined) return enc;
  return labels.get(label.trim().toLowerCase());
}

const kDecoder = Symbol('kDecoder');
const kEncoding = Symbol('kEncoding');
const kFatal = Symbol('kFatal');
const kIgnoreBOM = Symbol('kIgnoreBOM');
const kPending = Symbol('kPending'); // bytes held back between streamed chunks
const kBOMSeen = Symbol('kBOMSeen');

function viewBytes(input) {
  if (isUint8Array(input)) return input;
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  const err = new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
  err.message = 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.';
  if (typeof err.stack === 'string') {
    const nl = err.stack.indexOf('\n');
    err.stack = `TypeError [ERR_INVALID_ARG_TYPE]: ${err.message}${nl === -1 ? '' : err.stack.slice(nl)}`;
  }
  throw err;
}

// How many bytes at the end of `b` start a UTF-8 sequence that is still incomplete
// (a valid prefix that later bytes could finish).
function incompleteUtf8Tail(b) {
  const n = b.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const lead = b[n - k];
    if ((lead & 0xc0) === 0x80) continue; // continuation: look further back
    let need;
    let lo = 0x80;
    let hi = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 3;
      if (lead === 0xe0) lo = 0xa0;
      else if (lead === 0xed) hi = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 4;
      if (lead === 0xf0) lo = 0x90;
      else if (lead === 0xf4) hi = 0x8f;
    } else return 0;
    if (k >= need) return 0; // complete (or over-long run): nothing to hold
    // The bytes after the lead must be a valid continuation so far.
    if (k >= 2 && (b[n - k + 1] < lo || b[n - k + 1] > hi)) return 0;
    return k;
  }
  return 0;
}

function concatBytes(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function toWellFormed(s) {
  if (typeof s.toWellFormed === 'function') return s.toWellFormed();
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function invalidData(encoding) {
  return new ERR_ENCODING_INVALID_ENCODED_DATA(encoding);
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = undefined) {
    encoding = `${encoding}`;
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    const enc = getEncodingFromLabel(encoding);
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    this[kDecoder] = true;
    this[kEncoding] = enc;
    this[kFatal] = Boolean(options?.fatal);
    this[kIgnoreBOM] = Boolean(options?.ignoreBOM);
    this[kPending] = null;
    this[kBOMSeen] = false;
  }

  decode(input = new Uint8Array(0), options = undefined) {
    checkDecoder(this);
    let bytes = viewBytes(input);
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    const stream = Boolean(options?.stream);
    if (this[kPending] !== null) {
      bytes = concatBytes(this[kPending], bytes);
      this[kPending] = null;
    }
    let out;
    switch (this[kEncoding]) {
      case 'utf-8': out = this.#decodeUtf8(bytes, stream); break;
      case 'utf-16le': out = this.#decodeUtf16(bytes, stream, true); break;
      case 'utf-16be': out = this.#decodeUtf16(bytes, stream, false); break;
      default:
        // Node decodes these labels as ISO-8859-1.
        out = encodingOps.latin1.slice(bytes, 0, bytes.length);
    }
    if (!stream) this[kBOMSeen] = false;
    return out;
  }

  get encoding() {
    checkDecoder(this);
    return this[kEncoding];
  }

  get fatal() {
    checkDecoder(this);
    return this[kFatal];
  }

  get ignoreBOM() {
    checkDecoder(this);
    return this[kIgnoreBOM];
  }

  #stripBOM(s) {
    if (!this[kBOMSeen] && s.length > 0) {
      this[kBOMSeen] = true;
      if (!this[kIgnoreBOM] && s.charCodeAt(0) === 0xfeff) return s.slice(1);
    }
    return s;
  }

  #decodeUtf8(bytes, stream) {
    let end = bytes.length;
    if (stream) {
      const hold = incompleteUtf8Tail(bytes);
      if (hold > 0) {
        this[kPending] = bytes.slice(end - hold);
        end -= hold;
      }
    }
    const body = end === bytes.length ? bytes : bytes.subarray(0, end);
    if (this[kFatal] && !binding.isUtf8(body)) {
      this[kPending] = null;
      throw invalidData('utf-8');
    }
    return this.#stripBOM(encodingOps.utf8.slice(body, 0, body.length));
  }

  #decodeUtf16(bytes, stream, le) {
    let end = bytes.length;
    if (stream) {
      let hold = end & 1;
      // Also hold a trailing high surrogate until its pair arrives.
      if (end - hold >= 2) {
        const i = end - hold - 2;
        const unit = le ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
        if (unit >= 0xd800 && unit <= 0xdbff) hold += 2;
      }
      if (hold > 0) {
        this[kPending] = bytes.slice(end - hold);
        end -= hold;
      }
    }
    let body = end === bytes.length ? bytes : bytes.subarray(0, end);
    const odd = body.length & 1;
    if (odd && this[kFatal]) throw invalidData(this[kEncoding]);
    if (!le) {
      body = body.slice(0, body.length - odd);
      for (let i = 0; i + 1 < body.length; i += 2) { const t = body[i]; body[i] = body[i + 1]; body[i + 1] = t; }
    }
    let s = encodingOps.utf16le.slice(body, 0, body.length - (le ? odd : 0));
    const well = toWellFormed(s);
    if (well !== s && this[kFatal]) throw invalidData(this[kEncoding]);
    s = well;
    if (odd) s += '\ufffd';
    return this.#stripBOM(s);
  }

  [customInspectSymbol](depth, opts) {
    checkDecoder(this);
    const obj = new InspectedTextDecoder();
    obj.encoding = this.encoding;
    obj.fatal = this.fatal;
    obj.ignoreBOM = this.ignoreBOM;
    if (opts?.showHidden) obj[kPending] = this[kPending];
    return inspect(obj, opts);
  }
}
Object.defineProperties(TextDecoder.prototype, {
  decode: { enumerable: true },
  encoding: { enumerable: true },
  fatal: { enumerable: true },
  ignoreBOM: { enumerable: true },
  [Symbol.toStringTag]: { value: 'TextDecoder', configurable: true },
});

// What util.inspect shows for a decoder: a plain object named TextDecoder.
const InspectedTextDecoder = { TextDecoder: class TextDecoder {} }.TextDecoder;

function checkDecoder(obj) {
  if (obj == null || obj[kDecoder] !== true) throw new ERR_INVALID_THIS('TextDecoder');
}

module.exports = { TextEncoder, TextDecoder, getEncodingFromLabel, encodeUtf8 };
