'use strict';
// V8-shaped call sites and frame text over QuickJS-NG's native call sites
// (getFunctionName/getFileName/getLineNumber/getColumnNumber/isNative/isConstructor/
// getFunction, and minode's getThis). Used lazily, when a stack is first read or a
// program's Error.prepareStackTrace runs:
//   - frames are "TypeName.fn (file:line:col)", "new Fn (...)" or "fn (...)" as in V8;
//   - ES module frames name their file by file:// URL, CommonJS frames by path;
//   - natives V8 never shows (Function.prototype.call/apply, Reflect.apply) and the
//     loader's own eval frames are left out;
//   - with source maps enabled, a mapped position replaces the generated one.

const { isProxy } = internalBinding('types');

const esmFiles = new Set();
const urlCache = new Map();
let hiddenNatives = null;
let frameMapper = null;
const EVAL_RUNNER = '__minode_vm_eval__';

// Captured at bootstrap, before programs can replace them.
function captureHidden() {
  hiddenNatives = new Set([Function.prototype.call, Function.prototype.apply, Reflect.apply, Reflect.construct]);
}

function markESM(filename) {
  esmFiles.add(filename);
}

function setFrameMapper(fn) {
  frameMapper = fn;
}

function displayFile(file) {
  if (file == null || !esmFiles.has(file)) return file;
  let url = urlCache.get(file);
  if (url === undefined) {
    url = require('internal/url').pathToFileURL(file).href;
    urlCache.set(file, url);
  }
  return url;
}

// QuickJS names script and eval code "<eval>": V8 gives script code no name and
// eval code "eval".
function functionName(site) {
  const fn = site.getFunctionName();
  if (fn !== '<eval>') return fn;
  return site.getFileName() === '<input>' ? 'eval' : null;
}

function isHidden(site) {
  try {
    if (site.isNative()) return hiddenNatives !== null && hiddenNatives.has(site.getFunction());
    const fn = site.getFunctionName();
    return typeof fn === 'string' && fn.startsWith(EVAL_RUNNER);
  } catch {
    return false;
  }
}

// The call sites a program may see (the same array when nothing is hidden).
function visibleSites(sites) {
  for (let i = 0; i < sites.length; i++) {
    if (isHidden(sites[i])) return sites.filter((s) => !isHidden(s));
  }
  return sites;
}

const PRIMITIVE_TYPES = {
  string: 'String', number: 'Number', boolean: 'Boolean', symbol: 'Symbol', bigint: 'BigInt',
};

function isTopLevelReceiver(v) {
  return v === undefined || v === null || v === globalThis;
}

// V8's GetConstructorName, approximately: the `constructor` data property found on
// the receiver's prototype chain, else a Symbol.toStringTag data property there, else
// "Object". No getters or proxy traps run. Cached per prototype.
const protoNames = new WeakMap();

function dataValue(o, key) {
  const d = Object.getOwnPropertyDescriptor(o, key);
  return d === undefined ? undefined : d.value;
}

function chainName(start) {
  let tag;
  for (let o = start, depth = 0; o !== null && depth < 64; o = Object.getPrototypeOf(o), depth++) {
    if (isProxy(o)) break;
    if (Object.hasOwn(o, 'constructor')) {
      const ctor = dataValue(o, 'constructor');
      if (typeof ctor === 'function') {
        const name = dataValue(ctor, 'name');
        if (typeof name === 'string' && name) return name;
      }
      break;
    }
    if (tag === undefined && Object.hasOwn(o, Symbol.toStringTag)) {
      const t = dataValue(o, Symbol.toStringTag);
      if (typeof t === 'string' && t) tag = t;
    }
  }
  return tag ?? 'Object';
}

// Receivers recur (module.exports, class instances, loaders): remember their names.
const receiverNames = new WeakMap();

function constructorName(v) {
  if (typeof v === 'function') return 'Function';
  if (typeof v !== 'object') return PRIMITIVE_TYPES[typeof v] ?? null;
  let name = receiverNames.get(v);
  if (name === undefined) {
    name = computeConstructorName(v);
    receiverNames.set(v, name);
  }
  return name;
}

function computeConstructorName(v) {
  try {
    if (isProxy(v)) return 'Object';
    if (Object.hasOwn(v, 'constructor') || Object.hasOwn(v, Symbol.toStringTag)) return chainName(v);
    const proto = Object.getPrototypeOf(v);
    if (proto === null) return 'Object';
    let name = protoNames.get(proto);
    if (name === undefined) {
      name = chainName(proto);
      protoNames.set(proto, name);
    }
    return name;
  } catch {
    return 'Object';
  }
}

function receiverOf(site) {
  try {
    return typeof site.getThis === 'function' ? site.getThis() : undefined;
  } catch {
    return undefined;
  }
}

function typeNameOf(site) {
  const self = receiverOf(site);
  if (self === undefined || self === null) return null;
  if (self === globalThis) return null;
  return constructorName(self);
}

// "fn (loc)" for one site, without the leading "    at "; null for a hidden site.
function frameText(site) {
  let fn, file, line, col, ctor, self;
  try {
    // Native frames are the ones without a file name.
    file = site.getFileName();
    if (file === null) {
      if (hiddenNatives !== null && hiddenNatives.has(site.getFunction())) return null;
    } else {
      line = site.getLineNumber();
      col = site.getColumnNumber();
    }
    fn = site.getFunctionName();
    if (fn === '<eval>') fn = file === '<input>' ? 'eval' : null;
    else if (fn !== null && fn.charCodeAt(0) === 95 /* _ */ && fn.startsWith(EVAL_RUNNER)) return null;
    ctor = site.isConstructor();
    self = ctor ? undefined : site.getThis();
  } catch {
    return '<unknown>';
  }
  let loc;
  if (file === null) {
    loc = '<anonymous>';
  } else {
    loc = esmFiles.size !== 0 && esmFiles.has(file) ? displayFile(file) : file;
    if (line !== null) loc = col !== null ? `${loc}:${line}:${col}` : `${loc}:${line}`;
  }
  let call;
  if (ctor) {
    call = `new ${fn || '<anonymous>'}`;
  } else if (!isTopLevelReceiver(self)) {
    const type = constructorName(self);
    if (!fn) call = type ? `${type}.<anonymous>` : '<anonymous>';
    else call = type && !fn.startsWith(type + '.') ? `${type}.${fn}` : fn;
  } else {
    call = fn;
  }
  return call ? `${call} (${loc})` : loc;
}

function siteText(site) {
  return frameText(site) ?? '<unknown>';
}

function siteInfo(site) {
  return {
    file: site.getFileName(),
    line: site.getLineNumber(),
    col: site.getColumnNumber(),
    fn: functionName(site),
    typeName: typeNameOf(site),
  };
}

// The frame lines of a stack ("\n    at ..." each).
function renderFrames(sites) {
  const mapper = frameMapper;
  let out = '';
  if (mapper === null) {
    for (let i = 0; i < sites.length; i++) {
      const text = frameText(sites[i]);
      if (text !== null) out += '\n    at ' + text;
    }
    return out;
  }
  sites = visibleSites(sites);
  const info = (j) => siteInfo(sites[j]);
  for (let i = 0; i < sites.length; i++) {
    let text;
    try {
      text = mapper(info, i, sites.length);
    } catch {
      text = undefined;
    }
    out += '\n    at ' + (text ?? siteText(sites[i]));
  }
  return out;
}

// V8's CallSite API for programs that install Error.prepareStackTrace (depd,
// source-map-support, callsites, jest).
class CallSite {
  #site;
  constructor(site) {
    this.#site = site;
  }
  getThis() { return receiverOf(this.#site); }
  getTypeName() { return typeNameOf(this.#site); }
  getFunction() { return this.#site.getFunction?.(); }
  getFunctionName() { return functionName(this.#site) || null; }
  getMethodName() {
    const self = receiverOf(this.#site);
    const name = this.getFunctionName();
    if (isTopLevelReceiver(self) || !name || (typeof self !== 'object' && typeof self !== 'function')) return null;
    try {
      if (!isProxy(self)) {
        for (let o = self; o !== null; o = Object.getPrototypeOf(o)) {
          const d = Object.getOwnPropertyDescriptor(o, name);
          if (d) return d.value === this.getFunction() ? name : null;
        }
      }
    } catch {
      // Fall through.
    }
    return null;
  }
  getFileName() { return displayFile(this.#site.getFileName?.() ?? undefined) ?? undefined; }
  getLineNumber() { return this.#site.getLineNumber?.() ?? null; }
  getColumnNumber() { return this.#site.getColumnNumber?.() ?? null; }
  getEvalOrigin() { return undefined; }
  getScriptNameOrSourceURL() { return this.getFileName(); }
  getScriptHash() { return ''; }
  getEnclosingColumnNumber() { return null; }
  getEnclosingLineNumber() { return null; }
  getPosition() { return 0; }
  getPromiseIndex() { return null; }
  isToplevel() { return isTopLevelReceiver(receiverOf(this.#site)); }
  isEval() { return this.#site.getFileName?.() === '<input>'; }
  isNative() { return !!this.#site.isNative?.(); }
  isConstructor() { return !!this.#site.isConstructor?.(); }
  isAsync() { return false; }
  isPromiseAll() { return false; }
  toString() { return siteText(this.#site); }
}

function wrapSites(sites) {
  return visibleSites(sites).map((site) => new CallSite(site));
}

module.exports = { captureHidden, markESM, setFrameMapper, renderFrames, wrapSites, siteText, CallSite };
