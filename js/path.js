'use strict';
// The `path` module: POSIX and Windows flavours of path-string arithmetic.
// Pure string work; only resolve() looks at the process (its cwd, and on win32
// the per-drive `=X:` environment variables).

const { validateString, validateObject } = require('internal/validators');

const SLASH = 47; // '/'
const BACKSLASH = 92; // '\\'
const DOT = 46; // '.'
const COLON = 58; // ':'

const isPosixSep = (c) => c === SLASH;
const isWinSep = (c) => c === SLASH || c === BACKSLASH;
const isDriveLetter = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

// Collapse '.', '..' and empty segments of a root-less path. Segments are split on
// any character `isSep` accepts and joined with `sep`. '..' that climbs above the
// start is kept only when `keepUp` (relative paths); otherwise it is dropped.
function collapse(str, keepUp, sep, isSep) {
  const out = [];
  let start = 0;
  for (let i = 0; i <= str.length; i++) {
    if (i < str.length && !isSep(str.charCodeAt(i))) continue;
    const seg = str.slice(start, i);
    start = i + 1;
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (keepUp) out.push('..');
      continue;
    }
    out.push(seg);
  }
  return out.join(sep);
}

// Shared by both flavours: the extension of the file name `base`.
function splitExt(base) {
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || base === '..') return { name: base, ext: '' };
  return { name: base.slice(0, dot), ext: base.slice(dot) };
}

// basename(p, suffix), including Node's quirks: a suffix equal to the whole path
// gives '', a suffix equal to the whole name is kept, and a suffix longer than
// the name that matches all of it returns the rest of the path as it is.
function basenameOf(p, suffix, from, isSep) {
  const [start, end] = lastSegment(p, from, isSep);
  if (suffix === undefined || suffix.length === 0 || suffix.length > p.length) return p.slice(start, end);
  if (suffix === p) return '';
  if (start === end) return p.slice(start);
  let k = 0; // characters of the name that match the suffix's tail
  while (k < suffix.length && k < end - start &&
      p.charCodeAt(end - 1 - k) === suffix.charCodeAt(suffix.length - 1 - k)) k++;
  if (k === suffix.length) return end - k === start ? p.slice(start, end) : p.slice(start, end - k);
  if (k === end - start) return p.slice(start); // ran out of name mid-suffix
  return p.slice(start, end);
}

// [start, end) of the last path segment of `p` from index `from`, trailing
// separators ignored; start === end when there is none.
function lastSegment(p, from, isSep) {
  let end = p.length;
  while (end > from && isSep(p.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > from && !isSep(p.charCodeAt(start - 1))) start--;
  return [start, end];
}

function formatPath(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const ext = pathObject.ext ? (pathObject.ext[0] === '.' ? pathObject.ext : `.${pathObject.ext}`) : '';
    base = `${pathObject.name || ''}${ext}`;
  }
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

function cwd() { return process.cwd(); }

// ------------------------------------------------------------------ posix
const posix = {
  sep: '/',
  delimiter: ':',

  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const p = i >= 0 ? args[i] : cwd();
      validateString(p, `paths[${i}]`);
      if (p.length === 0) continue;
      resolved = resolved ? `${p}/${resolved}` : p;
      absolute = p.charCodeAt(0) === SLASH;
    }
    const tail = collapse(resolved, !absolute, '/', isPosixSep);
    if (absolute) return `/${tail}`;
    return tail.length > 0 ? tail : '.';
  },

  normalize(p) {
    validateString(p, 'path');
    if (p.length === 0) return '.';
    const absolute = p.charCodeAt(0) === SLASH;
    const trailing = p.charCodeAt(p.length - 1) === SLASH;
    let out = collapse(p, !absolute, '/', isPosixSep);
    if (out.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) out += '/';
    return absolute ? `/${out}` : out;
  },

  isAbsolute(p) {
    validateString(p, 'path');
    return p.length > 0 && p.charCodeAt(0) === SLASH;
  },

  join(...args) {
    let joined;
    for (const a of args) {
      validateString(a, 'path');
      if (a.length > 0) joined = joined === undefined ? a : `${joined}/${a}`;
    }
    return joined === undefined ? '.' : posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const a = from.split('/').filter(Boolean);
    const b = to.split('/').filter(Boolean);
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    const parts = [];
    for (let i = common; i < a.length; i++) parts.push('..');
    for (let i = common; i < b.length; i++) parts.push(b[i]);
    return parts.join('/');
  },

  toNamespacedPath(p) { return p; },

  dirname(p) {
    validateString(p, 'path');
    if (p.length === 0) return '.';
    const rooted = p.charCodeAt(0) === SLASH;
    // Skip trailing slashes, then the last name, then stop at the slash before it.
    let i = p.length - 1;
    while (i >= 1 && p.charCodeAt(i) === SLASH) i--;
    while (i >= 1 && p.charCodeAt(i) !== SLASH) i--;
    if (i < 1) return rooted ? '/' : '.';
    if (rooted && i === 1) return '//';
    return p.slice(0, i);
  },

  basename(p, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(p, 'path');
    return basenameOf(p, suffix, 0, isPosixSep);
  },

  extname(p) {
    validateString(p, 'path');
    const [start, end] = lastSegment(p, 0, isPosixSep);
    return splitExt(p.slice(start, end)).ext;
  },

  format: formatPath.bind(null, '/'),

  parse(p) {
    validateString(p, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (p.length === 0) return ret;
    const rooted = p.charCodeAt(0) === SLASH;
    const from = rooted ? 1 : 0;
    if (rooted) ret.root = '/';
    const [start, end] = lastSegment(p, from, isPosixSep);
    if (start === end) {
      ret.dir = ret.root;
      return ret;
    }
    ret.base = p.slice(start, end);
    const { name, ext } = splitExt(ret.base);
    ret.name = name;
    ret.ext = ext;
    if (start === 1 && ret.base === '..') { ret.name = '.'; ret.ext = '.'; } // Node's quirk for '/..'
    ret.dir = start > from ? p.slice(0, start - 1) : ret.root;
    return ret;
  },

  matchesGlob(p, pattern) { return matchesGlob(p, pattern, false); },
};

// ------------------------------------------------------------------ win32

// Where the root of a Windows path ends, and what kind it is.
//   kind: 'unc' (\\server\share), 'drive' (C:), 'sep' (\), or '' (relative)
//   device: the normalized device prefix ('\\\\server\\share', 'C:' or '')
//   end: index after the root (excluding any separator following a UNC share)
//   absolute: whether the path is rooted
// With `devns`, \\.\x and \\?\x are device-namespace roots (\\. + \) rather
// than a UNC server '.' with share 'x' (normalize and resolve see them so).
function winRoot(p, devns = false) {
  const len = p.length;
  const r = { kind: '', device: '', end: 0, absolute: false, uncWhole: false };
  if (len === 0) return r;
  const c0 = p.charCodeAt(0);
  if (isWinSep(c0)) {
    r.kind = 'sep';
    r.absolute = true;
    r.end = 1;
    if (len > 1 && isWinSep(p.charCodeAt(1))) {
      // \\server\share
      let j = 2;
      while (j < len && !isWinSep(p.charCodeAt(j))) j++;
      if (j < len && j > 2) {
        const server = p.slice(2, j);
        while (j < len && isWinSep(p.charCodeAt(j))) j++;
        if (devns && j < len && (server === '.' || server === '?')) {
          // \\.\ or \\?\: the device namespace, rooted at the fourth character
          r.kind = 'devns';
          r.device = `\\\\${server}`;
          r.end = 4;
        } else if (j < len) {
          const shareStart = j;
          while (j < len && !isWinSep(p.charCodeAt(j))) j++;
          r.kind = 'unc';
          r.device = `\\\\${server}\\${p.slice(shareStart, j)}`;
          r.end = j;
          r.uncWhole = j === len;
        }
      }
    }
    return r;
  }
  if (len > 1 && isDriveLetter(c0) && p.charCodeAt(1) === COLON) {
    r.kind = 'drive';
    r.device = p.slice(0, 2);
    r.end = 2;
    if (len > 2 && isWinSep(p.charCodeAt(2))) {
      r.absolute = true;
      r.end = 3;
    }
  }
  return r;
}

// Would Windows read `tail` (normalized from `p`) as naming a drive or stream?
function driveLike(p, tail) {
  if (tail.length >= 2 && isDriveLetter(tail.charCodeAt(0)) && tail.charCodeAt(1) === COLON) return true;
  for (let i = p.indexOf(':'); i !== -1; i = p.indexOf(':', i + 1)) {
    if (i === p.length - 1 || isWinSep(p.charCodeAt(i + 1))) return true;
  }
  return false;
}

const win32 = {
  sep: '\\',
  delimiter: ';',

  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let p;
      if (i >= 0) {
        p = args[i];
        validateString(p, `paths[${i}]`);
        if (p.length === 0) continue;
      } else if (device.length === 0) {
        p = cwd();
      } else {
        // The cwd of that drive, as cmd.exe keeps it in the environment.
        p = process.env[`=${device}`] || cwd();
        if (p === undefined || (p.slice(0, 2).toLowerCase() !== device.toLowerCase() &&
            p.charCodeAt(2) === BACKSLASH)) {
          p = `${device}\\`;
        }
      }
      const root = winRoot(p, true);
      if (root.device.length > 0) {
        if (device.length > 0) {
          if (root.device.toLowerCase() !== device.toLowerCase()) continue; // another drive
        } else {
          device = root.device;
        }
      }
      if (absolute) {
        if (device.length > 0) break;
      } else {
        tail = `${p.slice(root.end)}\\${tail}`;
        absolute = root.absolute;
        if (absolute && device.length > 0) break;
      }
    }
    tail = collapse(tail, !absolute, '\\', isWinSep);
    if (absolute) return `${device}\\${tail}`;
    return `${device}${tail}` || '.';
  },

  normalize(p) {
    validateString(p, 'path');
    const len = p.length;
    if (len === 0) return '.';
    const root = winRoot(p, true);
    if (len === 1) return root.absolute ? '\\' : p;
    if (root.uncWhole) return `${root.device}\\`; // the root of a share is a directory
    let tail = root.end < len ? collapse(p.slice(root.end), !root.absolute, '\\', isWinSep) : '';
    if (tail.length === 0 && !root.absolute) tail = '.';
    if (tail.length > 0 && isWinSep(p.charCodeAt(len - 1))) tail += '\\';
    // A relative path must not come out looking like a drive path ('a/../C:/x').
    if (!root.absolute && root.device.length === 0 && p.includes(':') && driveLike(p, tail)) {
      return `.\\${tail}`;
    }
    if (root.device.length === 0) return root.absolute ? `\\${tail}` : tail;
    return root.absolute ? `${root.device}\\${tail}` : `${root.device}${tail}`;
  },

  isAbsolute(p) {
    validateString(p, 'path');
    const len = p.length;
    if (len === 0) return false;
    const c0 = p.charCodeAt(0);
    return isWinSep(c0) ||
      (len > 2 && isDriveLetter(c0) && p.charCodeAt(1) === COLON && isWinSep(p.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let first;
    for (const a of args) {
      validateString(a, 'path');
      if (a.length === 0) continue;
      if (joined === undefined) joined = first = a;
      else joined += `\\${a}`;
    }
    if (joined === undefined) return '.';
    // A UNC root may only come from the first part itself (\\server...), never from
    // parts that happen to add up to two leading separators.
    const keepsUnc = first.length > 2 && isWinSep(first.charCodeAt(0)) &&
      isWinSep(first.charCodeAt(1)) && !isWinSep(first.charCodeAt(2));
    if (!keepsUnc) {
      let n = 0;
      while (n < joined.length && isWinSep(joined.charCodeAt(n))) n++;
      if (n >= 2) joined = `\\${joined.slice(n)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    const fromL = fromOrig.toLowerCase();
    const toL = toOrig.toLowerCase();
    if (fromL === toL) return '';
    // Compare character by character (case-insensitively) past the leading
    // backslashes, remembering the last separator both share.
    let fs = 0;
    while (fs < fromL.length && fromL.charCodeAt(fs) === BACKSLASH) fs++;
    let fe = fromL.length;
    while (fe - 1 > fs && fromL.charCodeAt(fe - 1) === BACKSLASH) fe--;
    let ts = 0;
    while (ts < toL.length && toL.charCodeAt(ts) === BACKSLASH) ts++;
    let te = toL.length;
    while (te - 1 > ts && toL.charCodeAt(te - 1) === BACKSLASH) te--;
    const fromLen = fe - fs;
    const toLen = te - ts;
    const n = Math.min(fromLen, toLen);
    let lastSep = -1;
    let i = 0;
    for (; i < n; i++) {
      const c = fromL.charCodeAt(fs + i);
      if (c !== toL.charCodeAt(ts + i)) break;
      if (c === BACKSLASH) lastSep = i;
    }
    if (i === n) {
      if (toLen > n) {
        // `from` is an ancestor of `to` (or the drive root 'c:').
        if (toL.charCodeAt(ts + i) === BACKSLASH) return toOrig.slice(ts + i + 1);
        if (i === 2) return toOrig.slice(ts + i);
      }
      if (fromLen > n) {
        if (fromL.charCodeAt(fs + i) === BACKSLASH) lastSep = i;
        else if (i === 2) lastSep = 3;
      }
      if (lastSep === -1) lastSep = 0; // a whole-prefix match counts from the start
    } else if (lastSep === -1) {
      return toOrig; // nothing in common: different drives or shares
    }
    let out = '';
    for (let j = fs + lastSep + 1; j <= fe; j++) {
      if (j === fe || fromL.charCodeAt(j) === BACKSLASH) out += out.length === 0 ? '..' : '\\..';
    }
    let start = ts + lastSep;
    if (out.length > 0) return `${out}${toOrig.slice(start, te)}`;
    if (toOrig.charCodeAt(start) === BACKSLASH) start++;
    return toOrig.slice(start, te);
  },

  toNamespacedPath(p) {
    if (typeof p !== 'string' || p.length === 0) return p;
    const resolved = win32.resolve(p);
    if (resolved.length <= 2) return p;
    if (resolved.charCodeAt(0) === BACKSLASH) {
      if (resolved.charCodeAt(1) === BACKSLASH) {
        const c = resolved.charCodeAt(2);
        if (c !== 63 /* ? */ && c !== DOT) return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
    } else if (isDriveLetter(resolved.charCodeAt(0)) && resolved.charCodeAt(1) === COLON &&
        resolved.charCodeAt(2) === BACKSLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(p) {
    validateString(p, 'path');
    const len = p.length;
    if (len === 0) return '.';
    const root = winRoot(p);
    if (len === 1) return isWinSep(p.charCodeAt(0)) ? p : '.';
    let rootEnd = -1;
    let from = 0;
    if (root.kind === 'unc') {
      if (root.uncWhole) return p;
      rootEnd = from = root.end + 1;
    } else if (root.kind === 'sep') {
      rootEnd = from = 1;
    } else if (root.kind === 'drive') {
      rootEnd = from = root.end;
    }
    let i = len - 1;
    while (i >= from && isWinSep(p.charCodeAt(i))) i--;
    while (i >= from && !isWinSep(p.charCodeAt(i))) i--;
    let end = i >= from ? i : -1;
    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return p.slice(0, end);
  },

  basename(p, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(p, 'path');
    const from = p.length >= 2 && isDriveLetter(p.charCodeAt(0)) && p.charCodeAt(1) === COLON ? 2 : 0;
    return basenameOf(p, suffix, from, isWinSep);
  },

  extname(p) {
    validateString(p, 'path');
    const from = p.length >= 2 && isDriveLetter(p.charCodeAt(0)) && p.charCodeAt(1) === COLON ? 2 : 0;
    const [start, end] = lastSegment(p, from, isWinSep);
    return splitExt(p.slice(start, end)).ext;
  },

  format: formatPath.bind(null, '\\'),

  parse(p) {
    validateString(p, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = p.length;
    if (len === 0) return ret;
    const root = winRoot(p);
    let rootEnd = 0;
    if (len === 1) {
      if (isWinSep(p.charCodeAt(0))) ret.root = ret.dir = p;
      else ret.base = ret.name = p;
      return ret;
    }
    if (root.kind === 'unc') rootEnd = root.uncWhole ? len : root.end + 1;
    else if (root.kind === 'sep') rootEnd = 1;
    else if (root.kind === 'drive') {
      rootEnd = root.end;
      if (len === 2 || (len === 3 && root.absolute)) {
        ret.root = ret.dir = p;
        return ret;
      }
    }
    if (rootEnd > 0) ret.root = p.slice(0, rootEnd);
    const [start, end] = lastSegment(p, rootEnd, isWinSep);
    if (start === end) {
      ret.dir = ret.root;
      return ret;
    }
    ret.base = p.slice(start, end);
    const { name, ext } = splitExt(ret.base);
    ret.name = name;
    ret.ext = ext;
    ret.dir = start > rootEnd ? p.slice(0, start - 1) : ret.root;
    return ret;
  },

  matchesGlob(p, pattern) { return matchesGlob(p, pattern, true); },
};

// ------------------------------------------------------------------ globs
// A compact glob matcher for path.matchesGlob: *, ?, **, [...] / [!...], {a,b}.
const globCache = new Map();
function globToRegExp(pattern, windows) {
  const key = `${windows ? 'w' : 'p'}${pattern}`;
  let re = globCache.get(key);
  if (re) return re;
  const sepClass = windows ? '[\\\\/]' : '\\/';
  const notSep = windows ? '[^\\\\/]' : '[^/]';
  let src = '';
  let braces = 0;
  const n = pattern.length;
  for (let i = 0; i < n; i++) {
    const c = pattern[i];
    if (c === '\\' && !windows && i + 1 < n) { src += escapeRe(pattern[++i]); continue; }
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        let j = i + 2;
        while (pattern[j] === '*') j++;
        const atStart = i === 0 || isGlobSep(pattern[i - 1], windows);
        const atEnd = j === n || isGlobSep(pattern[j], windows);
        if (atStart && atEnd) {
          if (j === n) src += `(?:(?!\\.)${notSep}*(?:${sepClass}(?!\\.)${notSep}*)*)?`;
          else { src += `(?:(?!\\.)${notSep}*${sepClass})*`; j++; }
          i = j - 1;
          continue;
        }
        i = j - 1;
      }
      src += (i === 0 || isGlobSep(pattern[i - 1], windows) ? '(?!\\.)' : '') + `${notSep}*`;
      continue;
    }
    if (c === '?') { src += notSep; continue; }
    if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close !== -1) {
        let body = pattern.slice(i + 1, close);
        let neg = false;
        if (body[0] === '!' || body[0] === '^') { neg = true; body = body.slice(1); }
        body = body.replace(/[\\\]^]/g, '\\$&');
        src += neg ? `(?!${sepClass})[^${body}]` : `[${body}]`;
        i = close;
        continue;
      }
      src += '\\[';
      continue;
    }
    if (c === '{') { braces++; src += '(?:'; continue; }
    if (c === '}' && braces > 0) { braces--; src += ')'; continue; }
    if (c === ',' && braces > 0) { src += '|'; continue; }
    if (windows && (c === '/' || c === '\\')) { src += sepClass; continue; }
    src += escapeRe(c);
  }
  while (braces-- > 0) src += ')';
  try {
    re = new RegExp(`^${src}$`);
  } catch {
    re = /(?!)/;
  }
  globCache.set(key, re);
  return re;
}
function isGlobSep(c, windows) { return c === '/' || (windows && c === '\\'); }
function escapeRe(c) { return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c; }

let warnedGlob = false;
function matchesGlob(p, pattern, windows) {
  if (!warnedGlob) {
    warnedGlob = true;
    process.emitWarning('glob is an experimental feature and might change at any time', 'ExperimentalWarning');
  }
  validateString(p, 'path');
  validateString(pattern, 'pattern');
  return globToRegExp(pattern, windows).test(p);
}

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

module.exports = posix;
