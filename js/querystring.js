'use strict';
// The `querystring` module: Node's own (non-WHATWG) query string codec.

const { ERR_INVALID_URI } = require('internal/errors').codes;

const HEX = '0123456789ABCDEF';
// Characters escape() leaves alone: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
const unreserved = new Uint8Array(128);
for (const c of "-._~!'()*0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") unreserved[c.charCodeAt(0)] = 1;

function pct(b) { return `%${HEX[b >> 4]}${HEX[b & 15]}`; }

// Percent-encode `str` as UTF-8, leaving the characters `keep` marks.
function encodeStr(str, keep) {
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (keep[c]) continue;
      out += str.slice(last, i) + pct(c);
      last = i + 1;
      continue;
    }
    out += str.slice(last, i);
    if (c < 0x800) {
      out += pct(0xC0 | (c >> 6)) + pct(0x80 | (c & 63));
    } else if (c < 0xD800 || c >= 0xE000) {
      out += pct(0xE0 | (c >> 12)) + pct(0x80 | ((c >> 6) & 63)) + pct(0x80 | (c & 63));
    } else {
      // A surrogate takes the next unit as its partner, whatever it is (as Node does);
      // only a surrogate at the very end is an error.
      if (i + 1 >= str.length) throw new ERR_INVALID_URI();
      const d = str.charCodeAt(++i);
      c = 0x10000 + (((c & 0x3FF) << 10) | (d & 0x3FF));
      out += pct(0xF0 | (c >> 18)) + pct(0x80 | ((c >> 12) & 63)) + pct(0x80 | ((c >> 6) & 63)) + pct(0x80 | (c & 63));
    }
    last = i + 1;
  }
  return last === 0 ? str : out + str.slice(last);
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, unreserved);
}

const hexVal = (c) => (c >= 48 && c <= 57 ? c - 48 : (c | 32) >= 97 && (c | 32) <= 102 ? (c | 32) - 87 : -1);

// Bytes of `s` with %XX decoded (and '+' as space when asked); other characters
// contribute their low byte, as Node does.
function unescapeBuffer(s, decodeSpaces) {
  const { Buffer } = require('buffer');
  s = `${s}`;
  const out = Buffer.allocUnsafe(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 43 /* + */ && decodeSpaces) { out[n++] = 32; continue; }
    if (c === 37 /* % */ && i + 2 < s.length) {
      const h = hexVal(s.charCodeAt(i + 1));
      const l = hexVal(s.charCodeAt(i + 2));
      if (h >= 0 && l >= 0) { out[n++] = h * 16 + l; i += 2; continue; }
    }
    out[n++] = c & 0xFF;
  }
  return out.subarray(0, n);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return module.exports.unescapeBuffer(s, decodeSpaces).toString();
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = module.exports.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  if (obj === null || typeof obj !== 'object') return '';
  const fields = [];
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = encode(stringifyPrimitive(k)) + eq;
    if (Array.isArray(v)) {
      for (const item of v) fields.push(ks + encode(stringifyPrimitive(item)));
    } else {
      fields.push(ks + encode(stringifyPrimitive(v)));
    }
  }
  return fields.join(sep);
}

const isHex = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return module.exports.unescape(s, true);
  }
}

function addPair(obj, key, value, keyEnc, valEnc, decoder) {
  if (key.length > 0 && keyEnc) key = decodeStr(key, decoder);
  if (value.length > 0 && valEnc) value = decodeStr(value, decoder);
  const cur = obj[key];
  if (cur === undefined) obj[key] = value;
  else if (typeof cur === 'string') obj[key] = [cur, value];
  else cur.push(value);
}

// One pass over the string, as Node does it: separators are matched greedily
// character by character (so 'aab' holds no 'ab' separator), '+' turns into a
// space, and a key or value is handed to the decoder only when a %XX escape was
// seen in it (always, for a custom decoder). Node's bookkeeping for "was an escape
// seen" is shared between key and value in one way that shows (a second escape in
// an already-escaped key marks the value too); that is reproduced here.
function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let pairs = 1000;
  if (options && typeof options.maxKeys === 'number') pairs = options.maxKeys > 0 ? options.maxKeys : 0;
  let decoder = module.exports.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decoder = options.decodeURIComponent;
  const custom = decoder !== qsUnescape;
  const space = custom ? '%20' : ' ';

  let key = '';
  let value = '';
  let seenEq = false;
  let keyEnc = custom;
  let valEnc = custom;
  let check = 0;
  let sepIdx = 0;
  let eqIdx = 0;
  let last = 0;
  for (let i = 0; i < qs.length; i++) {
    const c = qs.charCodeAt(i);
    if (c === sep.charCodeAt(sepIdx)) {
      if (++sepIdx === sep.length) {
        const end = i - sepIdx + 1;
        if (last < end) {
          if (seenEq) value += qs.slice(last, end);
          else key += qs.slice(last, end);
        } else if (!seenEq && key.length === 0) {
          // nothing between two separators: skipped, but it counts
          if (--pairs === 0) return obj;
          last = i + 1;
          sepIdx = eqIdx = 0;
          continue;
        }
        addPair(obj, key, value, keyEnc, valEnc, decoder);
        if (--pairs === 0) return obj;
        key = value = '';
        seenEq = false;
        keyEnc = valEnc = custom;
        check = sepIdx = eqIdx = 0;
        last = i + 1;
      }
      continue;
    }
    sepIdx = 0;
    if (!seenEq) {
      if (c === eq.charCodeAt(eqIdx)) {
        if (++eqIdx === eq.length) {
          const end = i - eqIdx + 1;
          if (last < end) key += qs.slice(last, end);
          check = 0;
          last = i + 1;
          seenEq = true;
        }
        continue;
      }
      eqIdx = 0;
      if (!keyEnc) {
        if (c === 37) { check = 1; continue; }
        if (check > 0) {
          if (isHex(c)) {
            if (++check === 3) keyEnc = true;
            continue;
          }
          check = 0;
        }
      }
    }
    if (c === 43) {
      if (last < i) {
        if (seenEq) value += qs.slice(last, i);
        else key += qs.slice(last, i);
      }
      if (seenEq) value += space;
      else key += space;
      last = i + 1;
    } else if (!valEnc) {
      if (c === 37) check = 1;
      else if (check > 0) {
        if (isHex(c)) {
          if (++check === 3) valEnc = true;
        } else {
          check = 0;
        }
      }
    }
  }
  if (last < qs.length) {
    if (seenEq) value += qs.slice(last);
    else key += qs.slice(last);
  } else if (!seenEq && key.length === 0) {
    return obj;
  }
  addPair(obj, key, value, keyEnc, valEnc, decoder);
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
