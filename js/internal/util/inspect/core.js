'use strict';
// The recursive core of util.inspect: formatValue(), and formatRaw(), which picks how an object shows.
const {
  objectToString, getOwnDesc, getProto, hasOwn, isEnumerable,
  typedArrayTag, typedArrayLength, arrayBufferByteLength, sharedArrayBufferByteLength, mapSize, setSize,
  isTypedArray, isMap, isSet, isWeakMap, isWeakSet, isDate, isRegExp, isArrayBuffer, isSharedArrayBuffer,
  isDataView, isArgumentsObject, isError, isModuleNamespaceObject, promiseState, proxyDetails, boxedKind,
  boxedTags,
} = require('internal/util/inspect/types');
const { customInspectSymbol, OBJECT, ARRAY_EXTRA } = require('internal/util/inspect/options');
const { formatNumber, formatPrimitive } = require('internal/util/inspect/strings');
const { getPrefix, getFunctionBase, getBoxedBase } = require('internal/util/inspect/bases');
const { formatError } = require('internal/util/inspect/errors');
const {
  constructorName, getKeys, getNonIndexKeys, formatProperty,
} = require('internal/util/inspect/properties');
const {
  formatArray, formatTypedArray, formatArrayBuffer, formatSet, formatMap, formatPromise,
  formatWeakCollection, formatNamespaceObject,
} = require('internal/util/inspect/collections');
const { reduceToSingleString } = require('internal/util/inspect/layout');
// This module is loaded on first use, after internal/util/inspect has finished loading.
const { inspect } = require('internal/util/inspect');

function userOptions(ctx) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  return ret;
}

function formatValue(ctx, value, level, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  const context = value;
  const proxy = proxyDetails(value);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return formatProxy(ctx, proxy, level);
    value = proxy[0];
    // The target may itself be a proxy.
    while (true) {
      const inner = proxyDetails(value);
      if (inner === undefined) break;
      if (inner === null || inner[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
      value = inner[0];
    }
  }

  if (ctx.customInspect) {
    let custom;
    try { custom = value[customInspectSymbol]; } catch { custom = undefined; }
    if (typeof custom === 'function' && custom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - level;
      const ret = custom.call(context, depth, userOptions(ctx), inspect);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, level);
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map([[value, index]]);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }
  return formatRaw(ctx, value, level, typedArray);
}

function formatProxy(ctx, proxy, level) {
  if (ctx.depth !== null && level > ctx.depth) return ctx.stylize('Proxy [Array]', 'special');
  level += 1;
  ctx.indentationLvl += 2;
  const parts = [formatValue(ctx, proxy[0], level), formatValue(ctx, proxy[1], level)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, parts, '', ['Proxy [', ']'], ARRAY_EXTRA, level);
}

function isStackOverflow(err) {
  return err !== null && typeof err === 'object' &&
    ((err.name === 'RangeError' && err.message === 'Maximum call stack size exceeded') ||
     (err.name === 'InternalError' && /stack overflow/.test(err.message)));
}

function formatRaw(ctx, value, level, typedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (ctx.depth === null || level <= ctx.depth)) protoProps = [];
  const ctor = constructorName(value, ctx, level, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;
  const noExtras = () => keys.length === 0 && protoProps === undefined;

  let tag = value[Symbol.toStringTag];
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? hasOwn(value, Symbol.toStringTag) : isEnumerable(value, Symbol.toStringTag)))) {
    tag = '';
  }

  // Brand checks throw (and so build a stack trace) for every miss; the built-in tag picks the
  // one check worth running. Unknown tags (user-defined, null prototypes) get every check.
  let tagStr;
  try { tagStr = objectToString.call(value).slice(8, -1); } catch { tagStr = ''; }
  const knownTag = knownTags.has(tagStr) && !(tagStr === 'Object' && getProto(value) === null);
  const is = (expected, check) => (tagStr === expected || !knownTag) && check(value);

  let base = '';
  let formatter = emptyFormatter;
  let braces;
  let kind = OBJECT;
  let handled = false;
  const filterHidden = ctx.showHidden;

  if (Symbol.iterator in value || ctor === null) {
    handled = true;
    if (Array.isArray(value)) {
      const prefix = (ctor !== 'Array' || tag !== '') ? getPrefix(ctor, tag, 'Array', `(${value.length})`) : '';
      keys = getNonIndexKeys(value, filterHidden);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && noExtras()) return `${braces[0]}]`;
      kind = ARRAY_EXTRA;
      formatter = formatArray;
    } else if (is('Set', isSet)) {
      const size = setSize.call(value);
      const prefix = getPrefix(ctor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatSet;
      if (size === 0 && noExtras()) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (is('Map', isMap)) {
      const size = mapSize.call(value);
      const prefix = getPrefix(ctor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatMap;
      if (size === 0 && noExtras()) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isTypedArray(value)) {
      keys = getNonIndexKeys(value, filterHidden);
      const fallback = ctor === null ? typedArrayTag.call(value) : '';
      const size = typedArrayLength.call(value);
      const prefix = getPrefix(ctor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = (c, v, l) => formatTypedArray(v, size, c, l);
      kind = ARRAY_EXTRA;
    } else {
      handled = false;
    }
  }

  if (!handled) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(value, ctor, tag);
      if (noExtras()) return ctx.stylize(base, 'special');
    } else if (ctor === 'Object') {
      if (tagStr === 'Arguments' || (!knownTag && isArgumentsObject(value))) braces[0] = '[Arguments] {';
      else if (tag !== '') braces[0] = `${getPrefix(ctor, tag, 'Object')}{`;
      if (noExtras()) return `${braces[0]}}`;
    } else if (tagStr === 'Object' && knownTag && !(value instanceof Error)) {
      // Fast path: nothing with an internal slot we print specially (see the note on brand checks).
      if (noExtras()) return `${getPrefix(ctor, tag, 'Object')}{}`;
      braces[0] = `${getPrefix(ctor, tag, 'Object')}{`;
    } else if (is('RegExp', isRegExp)) {
      base = RegExp.prototype.toString.call(ctor !== null ? value : new RegExp(value));
      const prefix = getPrefix(ctor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if (noExtras() || (ctx.depth !== null && level > ctx.depth)) return ctx.stylize(base, 'regexp');
    } else if (is('Date', isDate)) {
      const time = Date.prototype.getTime.call(value);
      base = Number.isNaN(time) ? Date.prototype.toString.call(value) : Date.prototype.toISOString.call(value);
      const prefix = getPrefix(ctor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (noExtras()) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = formatError(value, ctor, tag, ctx, keys);
      if (noExtras()) return base;
    } else if (is('ArrayBuffer', isArrayBuffer) || is('SharedArrayBuffer', isSharedArrayBuffer)) {
      const shared = !is('ArrayBuffer', isArrayBuffer);
      const prefix = getPrefix(ctor, tag, shared ? 'SharedArrayBuffer' : 'ArrayBuffer');
      const byteLength = (shared ? sharedArrayBufferByteLength : arrayBufferByteLength).call(value);
      if (typedArray === undefined) {
        formatter = (c) => formatArrayBuffer(c, value, byteLength);
      } else if (noExtras()) {
        return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift('byteLength');
    } else if (is('DataView', isDataView)) {
      braces[0] = `${getPrefix(ctor, tag, 'DataView')}{`;
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (is('Promise', (v) => !isWeakSet(v) && !isWeakMap(v) && promiseState(v) !== undefined)) {
      braces[0] = `${getPrefix(ctor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (is('WeakSet', isWeakSet)) {
      braces[0] = `${getPrefix(ctor, tag, 'WeakSet')}{`;
      formatter = formatWeakCollection;
    } else if (is('WeakMap', isWeakMap)) {
      braces[0] = `${getPrefix(ctor, tag, 'WeakMap')}{`;
      formatter = formatWeakCollection;
    } else if (ctor === null && isModuleNamespaceObject(value)) {
      braces[0] = `${getPrefix(ctor, tag, 'Module')}{`;
      const nsKeys = keys;
      keys = [];
      formatter = (c, v, l) => formatNamespaceObject(nsKeys, c, v, l);
    } else {
      const boxed = knownTag && !boxedTags.has(tagStr) ? undefined : boxedKind(value, tagStr);
      if (boxed !== undefined) {
        base = getBoxedBase(value, ctx, keys, ctor, tag, boxed);
        if (noExtras()) return base;
      } else {
        let fallback = 'Object';
        if (ctor === null) {
          // Like V8's constructor-name lookup: an own string @@toStringTag names the object.
          const d = getOwnDesc(value, Symbol.toStringTag);
          if (d !== undefined && typeof d.value === 'string' && d.enumerable && d.value !== '') fallback = d.value;
        }
        if (noExtras()) return `${getPrefix(ctor, tag, fallback)}{}`;
        braces[0] = `${getPrefix(ctor, tag, fallback)}{`;
      }
    }
  }

  if (ctx.depth !== null && level > ctx.depth) {
    let name = getPrefix(ctor, tag, 'Object').slice(0, -1);
    if (ctor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  level += 1;
  ctx.seen.push(value);
  ctx.currentDepth = level;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, level);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, level, keys[i], kind));
    }
    if (protoProps !== undefined) output.push(...protoProps);
  } catch (err) {
    if (!isStackOverflow(err)) throw err;
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    const name = getPrefix(ctor, tag, 'Object').slice(0, -1);
    return ctx.stylize(`[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`, 'special');
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const ref = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) base = base === '' ? ref : `${ref} ${base}`;
      else braces[0] = `${ref} ${braces[0]}`;
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const cmp = ctx.sorted === true ? undefined : ctx.sorted;
    if (kind === OBJECT) {
      output = output.sort(cmp);
    } else if (keys.length > 1) {
      const tail = output.slice(output.length - keys.length).sort(cmp);
      output.splice(output.length - keys.length, keys.length, ...tail);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, kind, level, value);
  const budget = (ctx.budget[ctx.indentationLvl] || 0) + res.length;
  ctx.budget[ctx.indentationLvl] = budget;
  if (budget > 2 ** 27) ctx.depth = -1;
  return res;
}

function emptyFormatter() { return []; }

const knownTags = new Set([
  'Object', 'Array', 'Arguments', 'Function', 'Error', 'Boolean', 'Number', 'String', 'Date', 'RegExp',
  'Symbol', 'BigInt', 'Map', 'Set', 'WeakMap', 'WeakSet', 'WeakRef', 'FinalizationRegistry', 'Promise',
  'ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray',
  'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float16Array', 'Float32Array',
  'Float64Array', 'BigInt64Array', 'BigUint64Array', 'Map Iterator', 'Set Iterator',
  'Array Iterator', 'String Iterator', 'RegExp String Iterator', 'Generator', 'AsyncGenerator',
  'AsyncFunction', 'GeneratorFunction', 'AsyncGeneratorFunction', 'Math', 'JSON', 'Atomics',
  'Reflect', 'Iterator', 'Intl',
]);

module.exports = { formatValue };
