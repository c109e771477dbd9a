'use strict';
// FormData, its multipart/form-data encoding (as undici writes it: the boundary is
// `----formdata-undici-0` + 11 digits) and the parsers Body.formData() uses for
// multipart/form-data and application/x-www-form-urlencoded bodies.

const { customInspectSymbol } = require('internal/util');
const { File, isBlob, kBytes } = require('internal/blob');

const kEntries = Symbol('kEntries');

function required(fn, need, got) {
  if (got < need) {
    throw new TypeError(`FormData.${fn}: ${need} argument${need > 1 ? 's' : ''} required, but${need > 1 ? ' only' : ''} ${got} found.`);
  }
}

function toUSVString(v) {
  return `${v}`.toWellFormed?.() ?? `${v}`;
}

function isFile(v) {
  return isBlob(v) && v instanceof File;
}

// An entry: [name, string | File].
function makeEntry(name, value, filename) {
  name = toUSVString(name);
  if (!isBlob(value)) return [name, toUSVString(value)];
  if (!isFile(value)) value = new File([value], 'blob', { type: value.type });
  if (filename !== undefined) {
    value = new File([value], `${filename}`, { type: value.type, lastModified: value.lastModified });
  }
  return [name, value];
}

class FormData {
  constructor(form = undefined) {
    if (form !== undefined) {
      throw new TypeError('FormData constructor: Argument 1 could not be converted to: undefined.');
    }
    this[kEntries] = [];
  }

  append(name, value, filename = undefined) {
    required('append', 2, arguments.length);
    if (arguments.length === 3 && !isBlob(value)) {
      throw new TypeError("Failed to execute 'append' on 'FormData': parameter 2 is not of type 'Blob'");
    }
    this[kEntries].push(makeEntry(name, value, filename));
  }

  set(name, value, filename = undefined) {
    required('set', 2, arguments.length);
    if (arguments.length === 3 && !isBlob(value)) {
      throw new TypeError("Failed to execute 'set' on 'FormData': parameter 2 is not of type 'Blob'");
    }
    const entry = makeEntry(name, value, filename);
    const list = this[kEntries];
    const first = list.findIndex((e) => e[0] === entry[0]);
    if (first === -1) {
      list.push(entry);
      return;
    }
    this[kEntries] = [...list.slice(0, first), entry, ...list.slice(first + 1).filter((e) => e[0] !== entry[0])];
  }

  get(name) {
    required('get', 1, arguments.length);
    name = toUSVString(name);
    const entry = this[kEntries].find((e) => e[0] === name);
    return entry === undefined ? null : entry[1];
  }

  getAll(name) {
    required('getAll', 1, arguments.length);
    name = toUSVString(name);
    return this[kEntries].filter((e) => e[0] === name).map((e) => e[1]);
  }

  has(name) {
    required('has', 1, arguments.length);
    name = toUSVString(name);
    return this[kEntries].some((e) => e[0] === name);
  }

  delete(name) {
    required('delete', 1, arguments.length);
    name = toUSVString(name);
    this[kEntries] = this[kEntries].filter((e) => e[0] !== name);
  }

  entries() { return formDataIterator(this, 'key+value'); }
  keys() { return formDataIterator(this, 'key'); }
  values() { return formDataIterator(this, 'value'); }
  [Symbol.iterator]() { return formDataIterator(this, 'key+value'); }

  forEach(callback, thisArg = undefined) {
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
    }
    for (const [k, v] of this) Reflect.apply(callback, thisArg, [v, k, this]);
  }

  [customInspectSymbol](depth, options) {
    const obj = {};
    for (const [k, v] of this[kEntries]) {
      if (!Object.hasOwn(obj, k)) obj[k] = v;
      else if (Array.isArray(obj[k])) obj[k].push(v);
      else obj[k] = [obj[k], v];
    }
    const { inspect } = require('internal/util/inspect');
    return `FormData ${inspect(obj, { ...options, depth: options.depth ?? depth })}`;
  }
}
Object.defineProperty(FormData.prototype, Symbol.toStringTag, { value: 'FormData', configurable: true });

const FormDataIteratorPrototype = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
  next: {
    value: function next() {
      const state = this[kEntries];
      const list = state.form[kEntries];
      if (state.index >= list.length) return { value: undefined, done: true };
      const [k, v] = list[state.index++];
      return { value: state.kind === 'key' ? k : state.kind === 'value' ? v : [k, v], done: false };
    },
    writable: true,
    configurable: true,
  },
  [Symbol.toStringTag]: { value: 'FormData Iterator', configurable: true },
});

function formDataIterator(form, kind) {
  const it = Object.create(FormDataIteratorPrototype);
  Object.defineProperty(it, kEntries, { value: { form, kind, index: 0 } });
  return it;
}

function isFormData(v) {
  return v != null && typeof v === 'object' && Array.isArray(v[kEntries]);
}

// --- multipart/form-data encoding ---------------------------------------------------------
const escapeName = (s) => s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
const normalizeLinefeeds = (s) => s.replace(/\r?\n|\r/g, '\r\n');

// -> { bytes: Uint8Array, type: 'multipart/form-data; boundary=...' }
function encodeMultipart(form) {
  const digits = `${Math.floor(Math.random() * 1e11)}`.padStart(11, '0');
  const boundary = `----formdata-undici-0${digits}`;
  const prefix = `--${boundary}\r\nContent-Disposition: form-data`;
  const enc = new TextEncoder();
  const parts = [];
  for (const [name, value] of form[kEntries]) {
    if (typeof value === 'string') {
      parts.push(enc.encode(`${prefix}; name="${escapeName(normalizeLinefeeds(name))}"\r\n\r\n${normalizeLinefeeds(value)}\r\n`));
    } else {
      parts.push(enc.encode(`${prefix}; name="${escapeName(normalizeLinefeeds(name))}"` +
        (value.name ? `; filename="${escapeName(value.name)}"` : '') +
        `\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`));
      parts.push(value[kBytes], enc.encode('\r\n'));
    }
  }
  parts.push(enc.encode(`--${boundary}--\r\n`));
  let length = 0;
  for (const p of parts) length += p.byteLength;
  const bytes = new Uint8Array(length);
  let off = 0;
  for (const p of parts) {
    bytes.set(p, off);
    off += p.byteLength;
  }
  return { bytes, type: `multipart/form-data; boundary=${boundary}` };
}

// --- parsing -------------------------------------------------------------------------------
function parseError() {
  return new TypeError('Failed to parse body as FormData.');
}

// A MIME type's essence and parameters (enough of the WHATWG algorithm for Content-Type).
function parseMimeType(value) {
  if (value == null) return null;
  const parts = `${value}`.split(';');
  const essence = parts[0].trim().toLowerCase();
  if (!/^[^\s/]+\/[^\s/]+$/.test(essence)) return null;
  const params = new Map();
  for (const p of parts.slice(1)) {
    const eq = p.indexOf('=');
    if (eq === -1) continue;
    const key = p.slice(0, eq).trim().toLowerCase();
    let v = p.slice(eq + 1).trim();
    if (v.startsWith('"')) v = v.slice(1, v.endsWith('"') && v.length > 1 ? -1 : undefined).replace(/\\(.)/g, '$1');
    if (key && !params.has(key)) params.set(key, v);
  }
  return { essence, params };
}

function indexOfBytes(hay, needle, from) {
  const first = needle[0];
  const last = hay.length - needle.length;
  outer: for (let i = hay.indexOf(first, from); i !== -1 && i <= last; i = hay.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const CR = 0x0d;
const LF = 0x0a;
const latin1 = (bytes) => { let s = ''; for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192)); return s; };

function decodeName(bytes) {
  return new TextDecoder().decode(bytes).replace(/%0A/ig, '\n').replace(/%0D/ig, '\r').replace(/%22/g, '"');
}

// One part's header block, starting at pos; returns { name, filename, contentType, pos }.
function parsePartHeaders(input, pos) {
  let name = null;
  let filename = null;
  let contentType = null;
  for (;;) {
    if (input[pos] === CR && input[pos + 1] === LF) {
      if (name === null) throw parseError();
      return { name, filename, contentType, pos: pos + 2 };
    }
    let end = pos;
    while (end < input.length && input[end] !== CR && input[end] !== LF) end++;
    const line = input.subarray(pos, end);
    const colon = line.indexOf(0x3a);
    if (colon === -1) throw parseError();
    const headerName = latin1(line.subarray(0, colon)).trim().toLowerCase();
    if (!/^[!#$%&'*+\-.^_`|~0-9a-z]+$/.test(headerName)) throw parseError();
    let v = colon + 1;
    while (line[v] === 0x20 || line[v] === 0x09) v++;
    const value = line.subarray(v);
    if (headerName === 'content-disposition') {
      const m = /^form-data; name="([^"\r\n]*)"(?:; (filename\*?)=[ \t]*(?:"([^"\r\n]*)"|([^ \r\n]*)))?/.exec(latin1(value));
      if (!m) throw parseError();
      const bytesOf = (s) => Uint8Array.from(s, (c) => c.charCodeAt(0));
      name = decodeName(bytesOf(m[1]));
      filename = null;
      if (m[2] === 'filename' && m[3] !== undefined) {
        filename = decodeName(bytesOf(m[3]));
      } else if (m[2] === 'filename*') {
        const raw = m[3] ?? m[4] ?? '';
        if (!/^utf-8''/i.test(raw)) throw parseError();
        filename = decodeURIComponent(new TextDecoder().decode(bytesOf(raw.slice(7))));
      }
    } else if (headerName === 'content-type') {
      contentType = latin1(value).replace(/[\t ]+$/, '');
    }
    if (input[end] !== CR || input[end + 1] !== LF) throw parseError();
    pos = end + 2;
  }
}

function parseMultipart(input, boundaryString) {
  const boundary = new TextEncoder().encode(`--${boundaryString}`);
  let pos = 0;
  while (input[pos] === CR && input[pos + 1] === LF) pos += 2;
  let end = input.length;
  while (input[end - 1] === LF && input[end - 2] === CR) end -= 2;
  input = input.subarray(0, end);
  const form = new FormData();
  for (;;) {
    if (indexOfBytes(input, boundary, pos) !== pos) throw parseError();
    pos += boundary.length;
    if (pos === input.length - 2 && input[pos] === 0x2d && input[pos + 1] === 0x2d) return form;
    if (input[pos] !== CR || input[pos + 1] !== LF) throw parseError();
    const headers = parsePartHeaders(input, pos + 2);
    pos = headers.pos;
    const next = indexOfBytes(input, boundary.subarray(2), pos);
    if (next === -1 || next - 4 < pos) throw parseError();
    const body = input.slice(pos, next - 4);
    pos = next - 4; // the CRLF before the delimiter
    if (input[pos] !== CR || input[pos + 1] !== LF) throw parseError();
    pos += 2;
    let value;
    if (headers.filename !== null) {
      let type = headers.contentType ?? 'text/plain';
      if (!/^[\x00-\x7f]*$/.test(type)) type = '';
      value = new File([body], headers.filename, { type });
    } else {
      value = new TextDecoder().decode(body);
    }
    form[kEntries].push(makeEntry(headers.name, value, headers.filename ?? undefined));
  }
}

// Body.formData(): bytes + the Content-Type header value -> FormData.
function parseFormData(bytes, contentType) {
  const mime = parseMimeType(contentType);
  if (mime?.essence === 'multipart/form-data') {
    const boundary = mime.params.get('boundary');
    if (boundary === undefined) throw parseError();
    try {
      return parseMultipart(bytes, boundary);
    } catch (err) {
      if (err instanceof TypeError && err.message === 'Failed to parse body as FormData.') throw err;
      throw parseError();
    }
  }
  if (mime?.essence === 'application/x-www-form-urlencoded') {
    const form = new FormData();
    for (const [k, v] of new URLSearchParams(new TextDecoder().decode(bytes))) form.append(k, v);
    return form;
  }
  throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
}

module.exports = { FormData, isFormData, encodeMultipart, parseFormData, parseMimeType };
