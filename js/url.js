'use strict';
// The `url` module: the WHATWG URL API (internal/url) plus Node's legacy
// url.parse()/format()/resolve() and their `Url` objects. The legacy parser is not a
// standard; it is reproduced here from its observable behaviour.

const {
  URL, URLSearchParams, fileURLToPath, pathToFileURL, urlToHttpOptions, domainToASCII,
  domainToUnicode, formatURL, getComponents,
} = require('internal/url');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL } = require('internal/errors').codes;
const { validateString } = require('internal/validators');

let lazyQs;
const qs = () => (lazyQs ??= require('querystring'));

// Protocols that never have a host (javascript:) and those that always have '//'.
const hostless = new Set(['javascript', 'javascript:']);
const slashed = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);

const protocolRe = /^[a-z0-9.+-]+:/i;
const portRe = /:[0-9]*$/;
const userAtHostRe = /^\/\/[^@/]+@[^@/]+/;
const simplePathRe = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
// Characters no host may hold once it has been through IDNA.
const badHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const badIpv6HostChars = /[\0\t\n\r #%/<>?@\\^|]/;

const isSpace = (c) => c === 32 || c === 9 || c === 13 || c === 10 || c === 12 || c === 0xA0 || c === 0xFEFF;

let warnedBadHost = false;
function warnBadHost(url) {
  if (warnedBadHost || process.noDeprecation) return;
  warnedBadHost = true;
  process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
    'DeprecationWarning', 'DEP0170');
}

// IDNA ToASCII as the legacy parser applies it: UTS #46 without STD3 rules;
// '' when the name cannot be converted.
let binding;
function hostToASCII(host) {
  binding ??= internalBinding('url');
  const nul = host.indexOf('\0');
  if (nul !== -1) host = host.slice(0, nul);
  host = host.replace(/[\t\n\r]/g, '');
  return binding.toASCII(host);
}

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

// Trim surrounding whitespace and turn backslashes before the first '?' or '#'
// into slashes. Also reports whether the input holds '#' or an '@' before it.
function preprocess(url) {
  let start = 0;
  let end = url.length;
  while (start < end && isSpace(url.charCodeAt(start))) start++;
  while (end > start && isSpace(url.charCodeAt(end - 1))) end--;
  let out = '';
  let last = start;
  let hasHash = false;
  let hasAt = false;
  let split = false;
  for (let i = start; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (!split) {
      if (c === 64) hasAt = true;
      else if (c === 35) { hasHash = true; split = true; }
      else if (c === 63) split = true;
      else if (c === 92 && i < end) { out += `${url.slice(last, i)}/`; last = i + 1; }
    } else if (c === 35) {
      hasHash = true;
    }
  }
  out += url.slice(last, end);
  return { rest: out, hasHash, hasAt };
}

// Characters the legacy parser percent-escapes in everything after the host.
const autoEscape = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C', '>': '%3E',
  '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
const autoEscapeRe = /[\t\n\r "'<>\\^`{|}]/g;

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  let { rest, hasHash, hasAt } = preprocess(url);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const simple = simplePathRe.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? qs().parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let lowerProto = '';
  const proto = protocolRe.exec(rest);
  if (proto) {
    lowerProto = proto[0].toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto[0].length);
  }

  let slashes = false;
  if (slashesDenoteHost || proto || userAtHostRe.test(rest)) {
    slashes = rest.charCodeAt(0) === 47 && rest.charCodeAt(1) === 47;
    if (slashes && !(proto && hostless.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostless.has(lowerProto) && (slashes || (proto && !slashed.has(proto[0])))) {
    rest = takeHost(this, rest, url);
  }

  if (!hostless.has(lowerProto)) rest = rest.replace(autoEscapeRe, (c) => autoEscape[c]);

  const hashAt = rest.indexOf('#');
  const queryAt = rest.indexOf('?');
  const q = queryAt !== -1 && (hashAt === -1 || queryAt < hashAt) ? queryAt : -1;
  if (hashAt !== -1) this.hash = rest.slice(hashAt);
  const beforeHash = hashAt === -1 ? rest : rest.slice(0, hashAt);
  if (q !== -1) {
    this.search = beforeHash.slice(q);
    this.query = beforeHash.slice(q + 1);
    if (parseQueryString) this.query = qs().parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }
  const pathEnd = q !== -1 ? q : hashAt;
  const pathname = pathEnd === -1 ? rest : rest.slice(0, pathEnd);
  if (pathname.length > 0) this.pathname = pathname;
  if (slashed.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// Split the authority (auth@host:port) off the front of `rest` into `self`;
// returns what is left.
function takeHost(self, rest, url) {
  // The host runs to the first '/', '?' or '#'; characters that cannot be in a
  // host end it early, unless an '@' later shows they were part of the auth.
  // Tabs and newlines up to the end of the host are dropped.
  const firstEnd = rest.search(/[/?#]/);
  const head = firstEnd === -1 ? rest : rest.slice(0, firstEnd);
  if (/[\t\n\r]/.test(head)) rest = head.replace(/[\t\n\r]/g, '') + rest.slice(head.length);
  let hostEnd = -1;
  let at = -1;
  let stop = -1;
  for (let i = 0; i < rest.length && hostEnd === -1; i++) {
    switch (rest[i]) {
      case ' ': case '"': case '%': case "'": case ';': case '<': case '>': case '\\':
      case '^': case '`': case '{': case '|': case '}':
        if (stop === -1) stop = i;
        break;
      case '#': case '/': case '?':
        if (stop === -1) stop = i;
        hostEnd = i;
        break;
      case '@':
        at = i;
        stop = -1;
        break;
      default:
    }
  }
  let start = 0;
  if (at !== -1) {
    self.auth = decodeURIComponent(rest.slice(0, at));
    start = at + 1;
  }
  if (stop === -1) {
    self.host = rest.slice(start);
    rest = '';
  } else {
    self.host = rest.slice(start, stop);
    rest = rest.slice(stop);
  }
  self.parseHost();
  if (typeof self.hostname !== 'string') self.hostname = '';
  let hostname = self.hostname;
  const ipv6 = hostname.length > 1 && hostname[0] === '[' && hostname[hostname.length - 1] === ']';
  if (!ipv6) {
    // Anything from a character that cannot be in a hostname on becomes path.
    const bad = hostname.search(/[/\\#?:]/);
    if (bad !== -1) {
      warnBadHost(url);
      self.hostname = hostname.slice(0, bad);
      rest = `/${hostname.slice(bad)}${rest}`;
    }
  }
  hostname = self.hostname;
  self.hostname = hostname.length > 255 ? '' : hostname.toLowerCase();
  if (self.hostname !== '') {
    if (ipv6) {
      if (badIpv6HostChars.test(self.hostname)) throw new ERR_INVALID_URL(url);
    } else {
      self.hostname = hostToASCII(self.hostname);
      if (self.hostname === '' || badHostChars.test(self.hostname)) throw new ERR_INVALID_URL(url);
    }
  }
  self.host = (self.hostname || '') + (self.port ? `:${self.port}` : '');
  if (ipv6) {
    self.hostname = self.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
}

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = portRe.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

// Characters kept as they are in the auth part when formatting.
const authKeep = new Uint8Array(128);
for (const c of "!'()*-.0123456789:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz~") authKeep[c.charCodeAt(0)] = 1;
const HEX = '0123456789ABCDEF';
function encodeAuth(s) {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      out += authKeep[c] ? s[i] : `%${HEX[c >> 4]}${HEX[c & 15]}`;
      continue;
    }
    let cp = c;
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) { cp = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00); i++; }
    }
    out += encodeURIComponent(String.fromCodePoint(cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp));
  }
  return out;
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeAuth(auth)}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const h = this.hostname;
    const needsBrackets = h.includes(':') && !(h[0] === '[' && h[h.length - 1] === ']');
    host = auth + (needsBrackets ? `[${h}]` : h);
    if (this.port) host += `:${this.port}`;
  }
  if (this.query !== null && typeof this.query === 'object') query = qs().stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && protocol[protocol.length - 1] !== ':') protocol += ':';
  pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));
  if (this.slashes || slashed.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.startsWith('file')) {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function finish(result) {
  result.href = result.format();
  return result;
}

function setPath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname || '') + (result.search || '');
  }
}

// Host that was parked in the first path segment of a non-slashed URL, with any
// "user@" in it moved back to auth.
function restoreHost(result, host) {
  result.hostname = result.host = host;
  if (host && host.indexOf('@') > 0) {
    const parts = host.split('@');
    result.auth = parts[0];
    result.host = result.hostname = parts[1];
  }
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }
  const result = new Url();
  for (const k of Object.keys(this)) result[k] = this[k];
  result.hash = relative.hash;

  // Only a fragment (or nothing) changes.
  if (relative.href === '') return finish(result);

  // //host/path: everything but the protocol comes from the relative URL.
  if (relative.slashes && !relative.protocol) {
    for (const k of Object.keys(relative)) if (k !== 'protocol') result[k] = relative[k];
    if (slashed.has(result.protocol) && result.hostname && !result.pathname) result.path = result.pathname = '/';
    return finish(result);
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // Another scheme. Unless it is one of the slashed ones, the relative URL wins whole.
    if (!slashed.has(relative.protocol)) {
      for (const k of Object.keys(relative)) result[k] = relative[k];
      return finish(result);
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostless.has(relative.protocol)) {
      // "http:foo/bar": the first non-empty segment is the host.
      const segs = (relative.pathname || '').split('/');
      relative.host = '';
      while (segs.length > 0) {
        relative.host = segs.shift();
        if (relative.host) break;
      }
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (segs[0] !== '') segs.unshift('');
      if (segs.length < 2) segs.unshift('');
      result.pathname = segs.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
    result.slashes = result.slashes || relative.slashes;
    return finish(result);
  }

  const srcAbsolute = !!result.pathname && result.pathname[0] === '/';
  const relAbsolute = !!relative.host || (!!relative.pathname && relative.pathname[0] === '/');
  let mustBeAbsolute = relAbsolute || srcAbsolute || (!!result.host && !!relative.pathname);
  const dropAllDots = mustBeAbsolute;
  let src = (result.pathname && result.pathname.split('/')) || [];
  const rel = (relative.pathname && relative.pathname.split('/')) || [];
  // In a non-slashed URL (mailto:, news:...), '..' may climb into the host, so the
  // host is treated as the first path segment while resolving.
  const hostInPath = !!result.protocol && !slashed.has(result.protocol);
  if (hostInPath) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (src[0] === '') src[0] = result.host;
      else src.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      result.auth = null;
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (rel[0] === '') rel[0] = relative.host;
        else rel.unshift(relative.host);
      }
      relative.host = null;
    }
    mustBeAbsolute = mustBeAbsolute && (rel[0] === '' || src[0] === '');
  }

  if (relAbsolute) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    src = rel;
  } else if (rel.length > 0) {
    src.pop(); // drop the last segment (the "file")
    src = src.concat(rel);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a new query.
    if (hostInPath) restoreHost(result, src.shift());
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    return finish(result);
  }

  if (src.length === 0) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return finish(result);
  }

  // A path that ends in '.', '..' or '/' keeps a trailing slash.
  let lastSeg = src[src.length - 1];
  const trailingSlash = ((result.host || relative.host || src.length > 1) &&
    (lastSeg === '.' || lastSeg === '..')) || lastSeg === '';

  // Remove '.' and resolve '..', counting how far they climb above the start.
  const kept = [];
  let up = 0;
  for (let i = src.length - 1; i >= 0; i--) {
    lastSeg = src[i];
    if (lastSeg === '.') continue;
    if (lastSeg === '..') { up++; continue; }
    if (up > 0) { up--; continue; }
    kept.push(lastSeg);
  }
  src = kept.reverse();
  if (!mustBeAbsolute && !dropAllDots) {
    while (up-- > 0) src.unshift('..');
  }
  if (mustBeAbsolute && src[0] !== '' && (!src[0] || src[0][0] !== '/')) src.unshift('');
  if (trailingSlash && src.join('/').slice(-1) !== '/') src.push('');

  const isAbs = src[0] === '' || (!!src[0] && src[0][0] === '/');
  if (hostInPath) restoreHost(result, isAbs ? '' : src.length > 0 ? src.shift() : '');

  mustBeAbsolute = mustBeAbsolute || (result.host && src.length);
  if (mustBeAbsolute && !isAbs) src.unshift('');

  if (src.length > 0) {
    result.pathname = src.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
};

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (getComponents(urlObject) !== undefined) {
    return formatURL(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
