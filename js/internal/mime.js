'use strict';
// util.MIMEType and util.MIMEParams, following the WHATWG MIME Sniffing parser.

const { codes: { ERR_INVALID_MIME_SYNTAX } } = require('internal/errors');

const TOKEN = /^[!#$%&'*+\-.^_`|~A-Za-z0-9]*$/;
const NOT_TOKEN = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const NOT_QUOTED_STRING_TOKEN = /[^\t\u0020-\u007e\u0080-\u00ff]/;
const WS = '\t\n\r ';
const isWs = (c) => WS.includes(c);

function trimWs(s) {
  let a = 0;
  let b = s.length;
  while (a < b && isWs(s[a])) a++;
  while (b > a && isWs(s[b - 1])) b--;
  return s.slice(a, b);
}

function trimTrailingWs(s) {
  let b = s.length;
  while (b > 0 && isWs(s[b - 1])) b--;
  return s.slice(0, b);
}

function checkToken(production, value) {
  if (value.length === 0) throw new ERR_INVALID_MIME_SYNTAX(production, value, -1);
  const m = NOT_TOKEN.exec(value);
  if (m) throw new ERR_INVALID_MIME_SYNTAX(production, value, m.index);
}

function serializeValue(value) {
  if (value.length > 0 && TOKEN.test(value)) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

// Parses parameters from `str` starting at `pos` into the Map `params`.
function parseParams(str, pos, params) {
  const len = str.length;
  while (pos < len) {
    pos++; // the ';'
    while (pos < len && isWs(str[pos])) pos++;
    let nameEnd = pos;
    while (nameEnd < len && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
    const name = str.slice(pos, nameEnd).toLowerCase();
    pos = nameEnd;
    if (pos < len) {
      if (str[pos] === ';') continue;
      pos++; // the '='
    }
    if (pos >= len) break;
    let value;
    if (str[pos] === '"') {
      // Quoted string with backslash escapes; anything after it up to ';' is dropped.
      value = '';
      pos++;
      while (pos < len) {
        const c = str[pos];
        if (c === '\\') {
          pos++;
          if (pos >= len) {
            value += '\\';
            break;
          }
          value += str[pos++];
        } else if (c === '"') {
          pos++;
          break;
        } else {
          value += c;
          pos++;
        }
      }
      while (pos < len && str[pos] !== ';') pos++;
    } else {
      let end = pos;
      while (end < len && str[end] !== ';') end++;
      value = trimTrailingWs(str.slice(pos, end));
      pos = end;
      if (value === '') continue;
    }
    if (name !== '' && TOKEN.test(name) && !NOT_QUOTED_STRING_TOKEN.test(value) && !params.has(name)) {
      params.set(name, value);
    }
  }
}

class MIMEParams {
  #data = new Map();

  delete(name) {
    this.#data.delete(name);
  }

  get(name) {
    const v = this.#data.get(`${name}`);
    return v === undefined ? null : v;
  }

  has(name) {
    return this.#data.has(`${name}`);
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const bad = NOT_TOKEN.exec(name);
    if (name.length === 0 || bad) throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, bad ? bad.index : -1);
    const badValue = NOT_QUOTED_STRING_TOKEN.exec(value);
    if (badValue) throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, badValue.index);
    this.#data.set(name, value);
  }

  *entries() {
    yield* this.#data.entries();
  }

  *keys() {
    yield* this.#data.keys();
  }

  *values() {
    yield* this.#data.values();
  }

  toString() {
    let out = '';
    for (const [k, v] of this.#data) {
      if (out) out += ';';
      out += `${k}=${serializeValue(v)}`;
    }
    return out;
  }

  toJSON() {
    return this.toString();
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  static parseInto(params, str, pos) {
    parseParams(str, pos, params.#data);
  }
}

class MIMEType {
  #type;
  #subtype;
  #params;

  constructor(string) {
    const str = trimWs(`${string}`);
    const slash = str.indexOf('/');
    const type = slash === -1 ? str : str.slice(0, slash);
    if (slash === -1 || type.length === 0) throw new ERR_INVALID_MIME_SYNTAX('type', str, -1);
    const badType = NOT_TOKEN.exec(type);
    if (badType) throw new ERR_INVALID_MIME_SYNTAX('type', str, badType.index);
    let semi = str.indexOf(';', slash + 1);
    if (semi === -1) semi = str.length;
    const subtype = trimTrailingWs(str.slice(slash + 1, semi));
    if (subtype.length === 0) throw new ERR_INVALID_MIME_SYNTAX('subtype', str, -1);
    const badSub = NOT_TOKEN.exec(subtype);
    if (badSub) throw new ERR_INVALID_MIME_SYNTAX('subtype', str, badSub.index);
    this.#type = type.toLowerCase();
    this.#subtype = subtype.toLowerCase();
    this.#params = new MIMEParams();
    MIMEParams.parseInto(this.#params, str, semi);
  }

  get type() {
    return this.#type;
  }

  set type(v) {
    v = `${v}`;
    checkToken('type', v);
    this.#type = v.toLowerCase();
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(v) {
    v = `${v}`;
    checkToken('subtype', v);
    this.#subtype = v.toLowerCase();
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const p = this.#params.toString();
    return `${this.essence}${p ? `;${p}` : ''}`;
  }

  toJSON() {
    return this.toString();
  }
}

module.exports = { MIMEType, MIMEParams };
