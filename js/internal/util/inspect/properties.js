'use strict';
// Properties for util.inspect: key lists, constructor names (and prototype properties), "key: value".
const { getOwnDesc, getProto, hasOwn, isEnumerable } = require('internal/util/inspect/types');
const { OBJECT, ARRAY, builtInObjects } = require('internal/util/inspect/options');
const { quoteString, escapeKey, getStringWidth, formatPrimitive } = require('internal/util/inspect/strings');
// Loaded only by core, after internal/util/inspect has finished loading.
const { inspect } = require('internal/util/inspect');

// core requires this module at load time, so its formatValue is looked up on first use.
let core;

// ---------------------------------------------------------------------------------------------
// Constructor names
// ---------------------------------------------------------------------------------------------
function safeInstanceof(obj, ctor) {
  try { return obj instanceof ctor; } catch { return false; }
}

// Returns the name of the nearest constructor in the prototype chain that `obj` is an instance
// of, or null for objects without one (null prototype chains).
function constructorName(obj, ctx, level, protoProps) {
  // Fast path for plain objects and arrays (no own 'constructor', intact intrinsic prototype).
  if (protoProps === undefined && !hasOwn(obj, 'constructor')) {
    const proto = getProto(obj);
    if (proto === Object.prototype && Object.prototype.constructor === Object) return 'Object';
    if (proto === Array.prototype && Array.prototype.constructor === Array) return 'Array';
  }
  const original = obj;
  let firstProto;
  while (obj !== null && obj !== undefined) {
    const desc = getOwnDesc(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '' &&
        safeInstanceof(original, desc.value)) {
      if (protoProps !== undefined && (firstProto !== obj || !builtInObjects.has(desc.value.name))) {
        addPrototypeProperties(ctx, original, firstProto || original, level, protoProps);
      }
      return String(desc.value.name);
    }
    obj = getProto(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;
  const fallback = typeof original === 'function' ? 'Function' : Array.isArray(original) ? 'Array' : 'Object';
  if (ctx.depth !== null && level > ctx.depth) return `${fallback} <Complex prototype>`;
  const protoName = constructorName(firstProto, ctx, level + 1, protoProps);
  if (protoName === null) {
    return `${fallback} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${fallback} <${protoName}>`;
}

// With showHidden, lists the non-function properties that user-defined prototypes provide.
function addPrototypeProperties(ctx, main, obj, level, output) {
  let depth = 0;
  let keys;
  let seenKeys;
  do {
    if (depth !== 0 || main === obj) {
      obj = getProto(obj);
      if (obj === null) return;
      const desc = getOwnDesc(obj, 'constructor');
      if (desc !== undefined && typeof desc.value === 'function' && builtInObjects.has(desc.value.name)) return;
    }
    if (depth === 0) seenKeys = new Set();
    else for (const k of keys) seenKeys.add(k);
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && seenKeys.has(key))) continue;
      const desc = getOwnDesc(obj, key);
      if (typeof desc.value === 'function') continue;
      const str = formatProperty(ctx, obj, level, key, OBJECT, desc, main);
      output.push(ctx.colors ? `\u001b[2m${str}\u001b[22m` : str);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

// ---------------------------------------------------------------------------------------------
// Keys
// ---------------------------------------------------------------------------------------------
function getKeys(value, showHidden) {
  const symbols = Object.getOwnPropertySymbols(value);
  let keys;
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    if (symbols.length !== 0) keys.push(...symbols);
  } else {
    try {
      keys = Object.keys(value);
    } catch (err) {
      // Module namespaces with uninitialised bindings throw on [[Get]].
      keys = Object.getOwnPropertyNames(value);
    }
    for (const s of symbols) if (isEnumerable(value, s)) keys.push(s);
  }
  return keys;
}

const indexKeyRe = /^(?:0|[1-9][0-9]*)$/;
function isIndexKey(key) {
  return typeof key === 'string' && indexKeyRe.test(key) && +key < 4294967295;
}

function getNonIndexKeys(value, showHidden) {
  const out = [];
  for (const key of Reflect.ownKeys(value)) {
    if (isIndexKey(key)) continue;
    if (!showHidden && !isEnumerable(value, key)) continue;
    out.push(key);
  }
  return out;
}

// --- properties ------------------------------------------------------------------------------
const identifierKeyRe = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function formatProperty(ctx, value, level, key, type, desc, original = value) {
  const { formatValue } = (core ??= require('internal/util/inspect/core'));
  let name;
  let str;
  let extra = ' ';
  desc = desc || getOwnDesc(value, key) || { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== OBJECT) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, level);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    if (ctx.getters && (ctx.getters === true ||
        (ctx.getters === 'get' && desc.set === undefined) ||
        (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const got = desc.get.call(original);
        ctx.indentationLvl += 2;
        if (got === null) str = `${s(`[${label}:`, 'special')} ${s('null', 'null')}${s(']', 'special')}`;
        else if (typeof got === 'object') str = `${s(`[${label}]`, 'special')} ${formatValue(ctx, got, level)}`;
        else str = `${s(`[${label}:`, 'special')} ${formatPrimitive(s, got, ctx)}${s(']', 'special')}`;
        ctx.indentationLvl -= 2;
      } catch (err) {
        str = `${s(`[${label}:`, 'special')} <Inspection threw (${err && err.message})>${s(']', 'special')}`;
      }
    } else {
      str = s(`[${label}]`, 'special');
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === ARRAY) return str;
  if (typeof key === 'symbol') {
    name = `[${ctx.stylize(escapeKey(Symbol.prototype.toString.call(key)), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${escapeKey(String(key))}]`;
  } else if (identifierKeyRe.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(quoteString(String(key)), 'string');
  }
  return `${name}:${extra}${str}`;
}

module.exports = { constructorName, getKeys, getNonIndexKeys, indexKeyRe, formatProperty };
