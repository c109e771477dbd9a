'use strict';
// buffer's module-level helpers: isUtf8, isAscii, transcode, atob and btoa.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_STATE, ERR_MISSING_ARGS },
} = require('internal/errors');
const {
  binding, SMALL, isUint8Array, isTypedArray, isAnyArrayBuffer, toU8,
  normalizeEncoding, encodingOps,
} = require('internal/buffer');
const { Buffer, fromStringOps } = require('internal/buffer/alloc');

function isUtf8(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) return binding.isUtf8(bytesOf(input));
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) {
    const u8 = bytesOf(input);
    if (u8.length <= SMALL) {
      for (let i = 0; i < u8.length; i++) if (u8[i] > 0x7f) return false;
      return true;
    }
    return binding.isAscii(u8);
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function bytesOf(input) {
  try {
    return toU8(input);
  } catch {
    throw new ERR_INVALID_STATE.TypeError('Cannot validate on a detached buffer');
  }
}

// transcode(source, fromEnc, toEnc): Unicode conversion between the Buffer encodings;
// characters the target cannot hold become '?'.
const transcodable = new Set(['ascii', 'latin1', 'utf16le', 'utf8']);
function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  if (!transcodable.has(from) || !transcodable.has(to)) {
    const err = new Error(`Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]`);
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  let str = encodingOps[from].slice(source, 0, source.length);
  if (from === 'ascii') str = encodingOps.latin1.slice(source, 0, source.length);
  if (to === 'ascii' || to === 'latin1') {
    const limit = to === 'ascii' ? 0x7f : 0xff;
    // eslint-disable-next-line no-control-regex
    str = str.replace(to === 'ascii' ? /[\ud800-\udbff][\udc00-\udfff]|[^\x00-\x7f]/g
      : /[\ud800-\udbff][\udc00-\udfff]|[^\x00-\xff]/g, (m) => (m.charCodeAt(0) > limit ? '?' : m));
  } else if (to === 'utf16le' || to === 'utf8') {
    // Lone surrogates are not Unicode.
    str = str.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  }
  return fromStringOps(str, encodingOps[to === 'ascii' ? 'latin1' : to]);
}

// --- atob / btoa --------------------------------------------------------------------
function makeDOMException(message, name) {
  let DOMException;
  try {
    DOMException = globalThis.DOMException;
  } catch {
    // The global may be lazy and its module not available yet.
  }
  if (typeof DOMException === 'function') return new DOMException(message, name);
  const err = new Error(message);
  Object.defineProperty(err, 'name', { value: name, enumerable: false, writable: true, configurable: true });
  Object.defineProperty(err, 'code', { value: 5, enumerable: false, writable: true, configurable: true });
  return err;
}

const b64Chars = new Uint8Array(128);
{
  const s = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < s.length; i++) b64Chars[s.charCodeAt(i)] = 1;
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw makeDOMException('Invalid character', 'InvalidCharacterError');
  }
  const bytes = fromStringOps(input, encodingOps.latin1);
  return encodingOps.base64.slice(bytes, 0, bytes.length);
}

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  let clean = '';
  let nonWs = 0;
  let equals = 0;
  let sawWs = false;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) { sawWs = true; continue; }
    if (c === 0x3d) { equals++; nonWs++; continue; }
    if (c > 127 || b64Chars[c] === 0 || equals > 0) throw makeDOMException('Invalid character', 'InvalidCharacterError');
    nonWs++;
  }
  clean = sawWs ? input.replace(/[\t\n\f\r ]/g, '') : input;
  if (equals > 0) {
    // Padding only at the very end, at most two, and only to make a multiple of 4.
    if (equals > 2 || clean.length % 4 !== 0) throw makeDOMException('Invalid character', 'InvalidCharacterError');
    clean = clean.slice(0, clean.length - equals);
  }
  if (clean.length % 4 === 1) {
    throw makeDOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  const bytes = new Uint8Array(binding.encode(clean, 'base64'));
  return encodingOps.latin1.slice(bytes, 0, bytes.length);
}

module.exports = { isUtf8, isAscii, transcode, btoa, atob };
