'use strict';
// util.inspect(), util.format() and their helpers. minode's own implementation, written against
// Node v20's documentation and its observable output (tests/behavior/inspect/ pins it down).
//
// Native facts that plain JS cannot see (promise state, proxy target) come from
// internalBinding('types'): getPromiseState(p) -> [state, result] (0 pending, 1 fulfilled,
// 2 rejected), isProxy(v), getProxyDetails(v) -> [target, handler]. Any other node-style
// predicate the binding offers (isDate, isMap, ...) is used in place of the JS brand checks.

// ---------------------------------------------------------------------------------------------
// Type predicates
// ---------------------------------------------------------------------------------------------
let typesBindingCache;
function T() {
  if (typesBindingCache === undefined) {
    try { typesBindingCache = internalBinding('types') || {}; } catch { typesBindingCache = {}; }
  }
  return typesBindingCache;
}

const objectToString = Object.prototype.toString;
const getOwnDesc = Object.getOwnPropertyDescriptor;
const getProto = Object.getPrototypeOf;
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);

// A brand check: calls an intrinsic method that throws unless `v` carries the right slot.
function brand(fn, arg) {
  return (v) => {
    try { fn.call(v, arg); return true; } catch { return false; }
  };
}
const getterOf = (proto, name) => getOwnDesc(proto, name).get;

const TypedArrayProto = getProto(Uint8Array.prototype);
const typedArrayTag = getterOf(TypedArrayProto, Symbol.toStringTag);
const typedArrayLength = getterOf(TypedArrayProto, 'length');
const regExpSource = getterOf(RegExp.prototype, 'source');
const arrayBufferByteLength = getterOf(ArrayBuffer.prototype, 'byteLength');
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function'
  ? getterOf(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const mapSize = getterOf(Map.prototype, 'size');
const setSize = getterOf(Set.prototype, 'size');
const mapEntries = Map.prototype.entries;
const setValues = Set.prototype.values;

const jsIsMap = brand(mapSize);
const jsIsSet = brand(setSize);
const jsIsWeakMap = brand(WeakMap.prototype.has, {});
const jsIsWeakSet = brand(WeakSet.prototype.has, {});
const jsIsDate = brand(Date.prototype.getTime);
const jsIsArrayBuffer = brand(arrayBufferByteLength);
const jsIsSharedArrayBuffer = sharedArrayBufferByteLength ? brand(sharedArrayBufferByteLength) : () => false;
const jsIsDataView = brand(getterOf(DataView.prototype, 'buffer'));
const jsIsNumberObject = brand(Number.prototype.valueOf);
const jsIsStringObject = brand(String.prototype.valueOf);
const jsIsBooleanObject = brand(Boolean.prototype.valueOf);
const jsIsBigIntObject = typeof BigInt === 'function' ? brand(BigInt.prototype.valueOf) : () => false;
const jsIsSymbolObject = brand(Symbol.prototype.valueOf);
const jsIsRegExpSlot = brand(regExpSource);

function pick(name, fallback) {
  return (v) => {
    const fn = T()[name];
    return typeof fn === 'function' ? fn(v) : fallback(v);
  };
}

const isTypedArray = (v) => typedArrayTag.call(v) !== undefined;
const isMap = pick('isMap', jsIsMap);
const isSet = pick('isSet', jsIsSet);
const isWeakMap = pick('isWeakMap', jsIsWeakMap);
const isWeakSet = pick('isWeakSet', jsIsWeakSet);
const isDate = pick('isDate', jsIsDate);
const isRegExp = pick('isRegExp', (v) => v !== RegExp.prototype && jsIsRegExpSlot(v));
const isArrayBuffer = pick('isArrayBuffer', jsIsArrayBuffer);
const isSharedArrayBuffer = pick('isSharedArrayBuffer', jsIsSharedArrayBuffer);
const isDataView = pick('isDataView', jsIsDataView);
const isArgumentsObject = pick('isArgumentsObject', (v) => objectToString.call(v) === '[object Arguments]');

function isNativeError(v) {
  const b = T();
  const fn = b.isNativeError || b.isError;
  if (typeof fn === 'function') return fn(v);
  return objectToString.call(v) === '[object Error]';
}
function isError(v) {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return false;
  return isNativeError(v) || v instanceof Error;
}

function isModuleNamespaceObject(v) {
  const fn = T().isModuleNamespaceObject;
  if (typeof fn === 'function') return fn(v);
  const d = getOwnDesc(v, Symbol.toStringTag);
  return d !== undefined && d.value === 'Module' && !d.enumerable && !d.writable &&
    getProto(v) === null && !Object.isExtensible(v);
}

function promiseState(v) {
  const b = T();
  if (typeof b.isPromise === 'function' && !b.isPromise(v)) return undefined;
  if (typeof b.getPromiseState === 'function') {
    try {
      const s = b.getPromiseState(v);
      return Array.isArray(s) ? s : undefined;
    } catch { return undefined; }
  }
  // No binding: recognise promises, state unknown.
  return v instanceof Promise ? [-1, undefined] : undefined;
}

function proxyDetails(v) {
  const b = T();
  if (typeof b.isProxy !== 'function' || !b.isProxy(v)) return undefined;
  let d;
  try {
    d = typeof b.getProxyDetails === 'function' ? b.getProxyDetails(v) : undefined;
  } catch {
    return null; // the engine throws for revoked proxies
  }
  if (d === undefined || d === null) return null; // revoked
  return d;
}

function boxedKind(v, tagStr) {
  if (boxedTags.has(tagStr)) {
    if (tagStr === 'BigInt' ? jsIsBigIntObject(v) : brand(boxedValueOf[tagStr])(v)) return tagStr;
  }
  if (jsIsNumberObject(v)) return 'Number';
  if (jsIsStringObject(v)) return 'String';
  if (jsIsBooleanObject(v)) return 'Boolean';
  if (jsIsBigIntObject(v)) return 'BigInt';
  if (jsIsSymbolObject(v)) return 'Symbol';
  return undefined;
}
const boxedValueOf = {
  Number: Number.prototype.valueOf, String: String.prototype.valueOf, Boolean: Boolean.prototype.valueOf,
  BigInt: typeof BigInt === 'function' ? BigInt.prototype.valueOf : undefined, Symbol: Symbol.prototype.valueOf,
};

const AsyncFunctionProto = getProto(async function () {});
const GeneratorFunctionProto = getProto(function* () {});
const AsyncGeneratorFunctionProto = getProto(async function* () {});

function functionKind(fn) {
  // [isAsync, isGenerator]
  let p = fn;
  for (let i = 0; i < 64 && p !== null; i++) {
    p = getProto(p);
    if (p === AsyncFunctionProto) return [true, false];
    if (p === GeneratorFunctionProto) return [false, true];
    if (p === AsyncGeneratorFunctionProto) return [true, true];
    if (p === Function.prototype) break;
  }
  const b = T();
  if (typeof b.isAsyncFunction === 'function') return [b.isAsyncFunction(fn), !!b.isGeneratorFunction?.(fn)];
  return [false, false];
}

// ---------------------------------------------------------------------------------------------
// Options, colors, styles
// ---------------------------------------------------------------------------------------------
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

const OBJECT = 0; // a property of an object
const ARRAY = 1; // an index entry of an array-like (value only)
const ARRAY_EXTRA = 2; // a named property of an array-like

const builtInObjects = new Set([
  'Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol', 'Date', 'Promise', 'RegExp',
  'Error', 'AggregateError', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError',
  'URIError', 'ArrayBuffer', 'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array',
  'Int32Array', 'Float32Array', 'Float64Array', 'Uint8ClampedArray', 'BigUint64Array', 'BigInt64Array',
  'DataView', 'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet', 'Proxy', 'Reflect', 'SharedArrayBuffer',
  'WeakRef', 'FinalizationRegistry', 'JSON', 'Math', 'Intl', 'Atomics', 'WebAssembly', 'Iterator',
]);

function makeColors() {
  const c = { __proto__: null };
  const list = [
    ['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23], ['underline', 4, 24],
    ['blink', 5, 25], ['inverse', 7, 27], ['hidden', 8, 28], ['strikethrough', 9, 29],
    ['doubleunderline', 21, 24], ['black', 30, 39], ['red', 31, 39], ['green', 32, 39],
    ['yellow', 33, 39], ['blue', 34, 39], ['magenta', 35, 39], ['cyan', 36, 39], ['white', 37, 39],
    ['bgBlack', 40, 49], ['bgRed', 41, 49], ['bgGreen', 42, 49], ['bgYellow', 43, 49],
    ['bgBlue', 44, 49], ['bgMagenta', 45, 49], ['bgCyan', 46, 49], ['bgWhite', 47, 49],
    ['framed', 51, 54], ['overlined', 53, 55], ['gray', 90, 39], ['redBright', 91, 39],
    ['greenBright', 92, 39], ['yellowBright', 93, 39], ['blueBright', 94, 39],
    ['magentaBright', 95, 39], ['cyanBright', 96, 39], ['whiteBright', 97, 39], ['bgGray', 100, 49],
    ['bgRedBright', 101, 49], ['bgGreenBright', 102, 49], ['bgYellowBright', 103, 49],
    ['bgBlueBright', 104, 49], ['bgMagentaBright', 105, 49], ['bgCyanBright', 106, 49],
    ['bgWhiteBright', 107, 49],
  ];
  for (const [name, on, off] of list) c[name] = [on, off];
  const aliases = [
    ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'], ['bgBlackBright', 'bgGray'],
    ['faint', 'dim'], ['crossedout', 'strikethrough'], ['strikeThrough', 'strikethrough'],
    ['crossedOut', 'strikethrough'], ['conceal', 'hidden'], ['swapColors', 'inverse'],
    ['swapcolors', 'inverse'], ['doubleUnderline', 'doubleunderline'],
  ];
  for (const [alias, target] of aliases) {
    Object.defineProperty(c, alias, {
      get() { return this[target]; },
      set(value) {
        Object.defineProperty(this, alias, { value, writable: true, enumerable: true, configurable: true });
      },
      enumerable: false,
      configurable: true,
    });
  }
  return c;
}

const colors = makeColors();
const styles = Object.assign({ __proto__: null }, {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow', undefined: 'grey',
  null: 'bold', string: 'green', symbol: 'green', date: 'magenta', regexp: 'red', module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}
function stylizeNoColor(str) { return str; }

// ---------------------------------------------------------------------------------------------
// Strings: escaping, width, VT control sequences
// ---------------------------------------------------------------------------------------------
const escapeTestQ = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeAllQ = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const escapeTest = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeAll = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeChar(ch) {
  const c = ch.charCodeAt(0);
  switch (c) {
    case 8: return '\\b';
    case 9: return '\\t';
    case 10: return '\\n';
    case 12: return '\\f';
    case 13: return '\\r';
    case 39: return "\\'";
    case 92: return '\\\\';
  }
  if (c >= 0xd800) return `\\u${c.toString(16)}`;
  return `\\x${c < 16 ? '0' : ''}${c.toString(16).toUpperCase()}`;
}

function quoteString(str) {
  let quote = "'";
  let test = escapeTestQ;
  let all = escapeAllQ;
  if (str.includes("'")) {
    if (!str.includes('"')) quote = '"';
    else if (!str.includes('`') && !str.includes('${')) quote = '`';
    if (quote !== "'") { test = escapeTest; all = escapeAll; }
  }
  if (!test.test(str)) return quote + str + quote;
  all.lastIndex = 0;
  return quote + str.replace(all, escapeChar) + quote;
}

function escapeKey(str) {
  escapeAllQ.lastIndex = 0;
  return str.replace(escapeAllQ, escapeChar);
}

const ansiRe = new RegExp('[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))', 'g');

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('str', 'string', str);
  }
  ansiRe.lastIndex = 0;
  return str.replace(ansiRe, '');
}
const removeColors = (s) => { ansiRe.lastIndex = 0; return s.replace(ansiRe, ''); };

function isFullWidthCodePoint(code) {
  return code >= 0x1100 && (
    code <= 0x115f || code === 0x2329 || code === 0x232a ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
    (code >= 0x3250 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) || (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1b000 && code <= 0x1b001) ||
    (code >= 0x1f200 && code <= 0x1f251) || (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x20000 && code <= 0x3fffd));
}
function isZeroWidthCodePoint(code) {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x200b && code <= 0x200f) || (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xfe20 && code <= 0xfe2f) ||
    (code >= 0xe0100 && code <= 0xe01ef);
}

const asciiPrintable = /^[\x20-\x7e]*$/;
function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = removeColors(str);
  if (asciiPrintable.test(str)) return str.length;
  str = str.normalize('NFC');
  let width = 0;
  for (const ch of str) {
    const code = ch.codePointAt(0);
    if (isFullWidthCodePoint(code)) width += 2;
    else if (!isZeroWidthCodePoint(code)) width++;
  }
  return width;
}

// ---------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------
function groupThousands(digits) {
  // "1234567" -> "1_234_567" (keeps a leading minus sign)
  const start = digits[0] === '-' ? 1 : 0;
  let out = '';
  let i = digits.length;
  for (; i >= start + 4; i -= 3) out = `_${digits.slice(i - 3, i)}${out}`;
  return i === digits.length ? digits : `${digits.slice(0, i)}${out}`;
}
function groupFraction(digits) {
  let out = '';
  let i = 0;
  for (; i < digits.length - 3; i += 3) out += `${digits.slice(i, i + 3)}_`;
  return i === 0 ? digits : `${out}${digits.slice(i)}`;
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (Object.is(number, -0)) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const integer = Math.trunc(number);
  const intStr = String(integer);
  if (integer === number) {
    if (!Number.isFinite(number) || intStr.includes('e')) return fn(intStr, 'number');
    return fn(groupThousands(intStr), 'number');
  }
  if (Number.isNaN(number)) return fn(intStr, 'number');
  // Split the shortest representation at its '.' (Node does this even for exponent forms).
  const str = String(number);
  const dot = str.indexOf('.');
  return fn(`${groupThousands(str.slice(0, dot))}.${groupFraction(str.slice(dot + 1))}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const str = String(bigint);
  return fn(`${numericSeparator ? groupThousands(str) : str}n`, 'bigint');
}

// ---------------------------------------------------------------------------------------------
// Primitives
// ---------------------------------------------------------------------------------------------
function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      if (ctx.compact !== true && value.length > 16 &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        const lines = value.split(/(?<=\n)/);
        return lines.map((line) => fn(quoteString(line), 'string'))
          .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
      }
      return fn(quoteString(value), 'string') + trailer;
    }
    case 'number': return formatNumber(fn, value, ctx.numericSeparator);
    case 'bigint': return formatBigInt(fn, value, ctx.numericSeparator);
    case 'boolean': return fn(`${value}`, 'boolean');
    case 'undefined': return fn('undefined', 'undefined');
    default: return fn(Symbol.prototype.toString.call(value), 'symbol');
  }
}

// ---------------------------------------------------------------------------------------------
// Constructor names and prefixes
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

function getPrefix(ctor, tag, fallback, size = '') {
  if (ctor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && ctor !== tag) return `${ctor}${size} [${tag}] `;
  return `${ctor}${size} `;
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

// ---------------------------------------------------------------------------------------------
// The core
// ---------------------------------------------------------------------------------------------
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

const boxedTags = new Set(['Number', 'String', 'Boolean', 'Symbol', 'BigInt']);
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

function getFunctionBase(value, ctor, tag) {
  let source;
  try { source = Function.prototype.toString.call(value); } catch { source = ''; }
  if (source.startsWith('class') && source.endsWith('}')) {
    const body = source.slice(5, -1);
    const brace = body.indexOf('{');
    if (brace !== -1 && (!body.slice(0, brace).includes('(') ||
        /^\s*(?:extends\s+[^{]*)?\s*$/.test(body.slice(0, brace).replace(/\/\*[\s\S]*?\*\//g, '')) ||
        /^\s*[A-Za-z_$][\w$]*\s*(?:extends\b|\{|$)/.test(body.slice(0, brace)))) {
      return getClassBase(value, ctor, tag);
    }
  }
  const [isAsync, isGen] = functionKind(value);
  let type = 'Function';
  if (isGen) type = `Generator${type}`;
  if (isAsync) type = `Async${type}`;
  let base = `[${type}`;
  if (ctor === null) base += ' (null prototype)';
  if (value.name === '') base += ' (anonymous)';
  else base += `: ${value.name}`;
  base += ']';
  if (ctor !== type && ctor !== null) base += ` ${ctor}`;
  if (tag !== '' && ctor !== tag) base += ` [${tag}]`;
  return base;
}

function getClassBase(value, ctor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (ctor !== 'Function' && ctor !== null) base += ` [${ctor}]`;
  if (tag !== '' && ctor !== tag) base += ` [${tag}]`;
  if (ctor !== null) {
    const superName = getProto(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getBoxedBase(value, ctx, keys, ctor, tag, type) {
  const primitive = boxedValueOf[type].call(value);
  if (type === 'String') {
    // Drop the index keys of the string's characters.
    keys.splice(0, primitive.length);
  }
  let base = `[${type}`;
  if (type !== ctor) {
    if (ctor === null) base += ' (null prototype)';
    else base += ` (${ctor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== ctor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// --- errors ----------------------------------------------------------------------------------
function errorToString(err) {
  try { return Error.prototype.toString.call(err); } catch { return '[object Error]'; }
}

function getStackString(err) {
  let stack;
  try { stack = err.stack; } catch { stack = undefined; }
  if (!stack) return errorToString(err);
  stack = String(stack);
  if (stack.endsWith('\n')) stack = stack.replace(/\n+$/, '');
  // Engines whose stack holds only frames: put Node's "Name: message" header on top.
  if (/^\s+at /.test(stack)) stack = `${errorToString(err)}\n${stack}`;
  return stack;
}

function getStackFrames(ctx, err, framesText) {
  const frames = framesText.split('\n');
  let cause;
  try { cause = err.cause; } catch { /* ignore */ }
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(cause);
    const start = causeStack.indexOf('\n    at');
    if (start !== -1) {
      const causeFrames = causeStack.slice(start + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

// The longest run (> 3 lines) of `a` that also appears in `b` and reaches b's end region.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function improveStack(stack, ctor, name, tag) {
  let len = name.length;
  if (ctor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (ctor === null) {
      const m = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) || /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (m && m[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(ctor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

const coreFrameRe = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
const nodeModulesRe = /[/\\]node_modules[/\\](.+?)(?=[/\\])/g;

function formatError(err, ctor, tag, ctx, keys) {
  let name;
  let message;
  try { name = err.name != null ? String(err.name) : 'Error'; } catch { name = 'Error'; }
  try { message = err.message; } catch { message = undefined; }
  let stack = getStackString(err);

  if (!ctx.showHidden && keys.length !== 0) {
    for (const key of ['name', 'message', 'stack']) {
      const index = keys.indexOf(key);
      if (index !== -1 && stack.includes(err[key])) keys.splice(index, 1);
    }
  }
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  if (Array.isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) keys.push('errors');

  stack = improveStack(stack, ctor, name, tag);

  let pos = (message && stack.indexOf(message)) || -1;
  if (pos !== -1) pos += message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let head = stack.slice(0, stackStart);
    const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) {
      for (let line of lines) {
        const core = coreFrameRe.exec(line);
        if (core !== null) {
          head += `\n${ctx.stylize(line, 'undefined')}`;
        } else {
          nodeModulesRe.lastIndex = 0;
          line = line.replace(nodeModulesRe, (m, mod) => m.slice(0, m.length - mod.length) + ctx.stylize(mod, 'module'));
          head += `\n${line}`;
        }
      }
    } else {
      head += `\n${lines.join('\n')}`;
    }
    stack = head;
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

// --- collections -----------------------------------------------------------------------------
function remainingText(n) {
  return `... ${n} more item${n > 1 ? 's' : ''}`;
}

function formatArray(ctx, value, level) {
  const length = value.length;
  const max = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = [];
  for (let i = 0; i < max; i++) {
    if (!hasOwn(value, i)) return formatSparseArray(ctx, value, level, max, output, i);
    output.push(formatProperty(ctx, value, level, i, ARRAY));
  }
  if (length > max) output.push(remainingText(length - max));
  return output;
}

// Arrays with holes: runs of missing indices print as "<N empty items>".
function formatSparseArray(ctx, value, level, maxEntries, output, i) {
  const keys = Object.keys(value);
  let index = i;
  for (; i < keys.length && output.length < maxEntries; i++) {
    const key = keys[i];
    const n = +key;
    if (n > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!indexKeyRe.test(key)) break;
      const holes = n - index;
      output.push(ctx.stylize(`<${holes} empty item${holes > 1 ? 's' : ''}>`, 'undefined'));
      index = n;
      if (output.length === maxEntries) break;
    }
    output.push(formatProperty(ctx, value, level, key, ARRAY));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxEntries) {
    if (remaining > 0) output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatTypedArray(value, length, ctx, level) {
  const max = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - max;
  const output = new Array(max);
  const fmt = length > 0 && typeof value[0] === 'number' ? formatNumber : formatBigInt;
  for (let i = 0; i < max; i++) output[i] = fmt(ctx.stylize, value[i], ctx.numericSeparator);
  if (remaining > 0) output[max] = remainingText(remaining);
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      output.push(`[${key}]: ${formatValue(ctx, value[key], level, true)}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatArrayBuffer(ctx, value, byteLength) {
  let bytes;
  try { bytes = new Uint8Array(value); } catch { return [ctx.stylize('(detached)', 'special')]; }
  const n = Math.min(ctx.maxArrayLength, bytes.length);
  const parts = new Array(n);
  for (let i = 0; i < n; i++) parts[i] = (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  let str = parts.join(' ');
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatSet(ctx, value, level) {
  const size = setSize.call(value);
  const max = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of setValues.call(value)) {
    if (i >= max) break;
    output.push(formatValue(ctx, v, level));
    i++;
  }
  if (size > max) output.push(remainingText(size - max));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, level) {
  const size = mapSize.call(value);
  const max = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const [k, v] of mapEntries.call(value)) {
    if (i >= max) break;
    output.push(`${formatValue(ctx, k, level)} => ${formatValue(ctx, v, level)}`);
    i++;
  }
  if (size > max) output.push(remainingText(size - max));
  ctx.indentationLvl -= 2;
  return output;
}

function formatPromise(ctx, value, level) {
  const [state, result] = promiseState(value);
  if (state === 0) return [ctx.stylize('<pending>', 'special')];
  if (state === -1) return [ctx.stylize('<unknown>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, result, level);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatNamespaceObject(keys, ctx, value, level) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, level, keys[i], OBJECT);
    } catch (err) {
      if (!(isError(err) && err.name === 'ReferenceError')) throw err;
      const str = formatProperty(ctx, { [keys[i]]: '' }, level, keys[i], OBJECT);
      output[i] = str.slice(0, str.lastIndexOf(' ') + 1) + ctx.stylize('<uninitialized>', 'special');
    }
  }
  return output;
}

// --- properties ------------------------------------------------------------------------------
const identifierKeyRe = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function formatProperty(ctx, value, level, key, type, desc, original = value) {
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

// --- line layout -----------------------------------------------------------------------------
function isBelowBreakLength(ctx, output, start, base) {
  let total = output.length + start;
  if (total + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    total += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (total > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx, output, base, braces, kind, level, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (kind === ARRAY_EXTRA && entries > 6) output = groupArrayElements(ctx, output, value);
      if (ctx.currentDepth - level < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const ind = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${ind}  ${output.join(`,${ind}  `)}${ind}${braces[1]}`;
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// Lays out many short array entries in aligned columns.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) outputLength--; // the "... more items" entry
  const separatorSpace = 2;
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') { padStart = false; break; }
      }
    }
    const grouped = [];
    for (let i = 0; i < outputLength; i += columns) {
      const max = Math.min(i + columns, outputLength);
      let str = '';
      let j = i;
      for (; j < max - 1; j++) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        str += padStart ? `${output[j]}, `.padStart(padding, ' ') : `${output[j]}, `.padEnd(padding, ' ');
      }
      if (padStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        str += output[j].padStart(padding, ' ');
      } else {
        str += output[j];
      }
      grouped.push(str);
    }
    if (ctx.maxArrayLength < output.length) grouped.push(output[outputLength]);
    output = grouped;
  }
  return output;
}

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------
function inspect(value, opts) {
  if (arguments.length === 1 && typeof value !== 'object' && typeof value !== 'function') {
    const d = inspectDefaultOptions;
    if (!d.colors) {
      return formatPrimitive(stylizeNoColor, value, {
        indentationLvl: 0, maxStringLength: d.maxStringLength ?? Infinity, compact: d.compact,
        breakLength: d.breakLength, numericSeparator: d.numericSeparator,
      });
    }
  }
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (arguments.length > 1) {
    // Legacy signature: inspect(value, showHidden, depth, colors)
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of Object.keys(opts)) {
        if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') ctx[key] = opts[key];
        else if (ctx.userOptions === undefined) ctx.userOptions = opts;
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

inspect.custom = customInspectSymbol;
Object.defineProperty(inspect, 'defaultOptions', {
  get() { return inspectDefaultOptions; },
  set(options) {
    if (options === null || typeof options !== 'object') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    return Object.assign(inspectDefaultOptions, options);
  },
  enumerable: true,
  configurable: true,
});
inspect.colors = colors;
inspect.styles = styles;

// --- util.format -----------------------------------------------------------------------------
function hasBuiltInToString(value) {
  const proxy = proxyDetails(value);
  if (proxy !== undefined) {
    if (proxy === null) return true;
    value = proxy[0];
  }
  if (typeof value.toString !== 'function') return true;
  if (hasOwn(value, 'toString')) return false;
  let pointer = value;
  do {
    pointer = getProto(pointer);
  } while (pointer !== null && !hasOwn(pointer, 'toString'));
  if (pointer === null) return true;
  const desc = getOwnDesc(pointer, 'constructor');
  return desc !== undefined && typeof desc.value === 'function' && builtInObjects.has(desc.value.name);
}

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (err && (err.name === 'TypeError') && /circular|cyclic/i.test(err.message)) return '[Circular]';
    throw err;
  }
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const next = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (next) {
          case 115: { // 's'
            const arg = args[++a];
            if (typeof arg === 'number') tempStr = formatNumber(stylizeNoColor, arg, false);
            else if (typeof arg === 'bigint') tempStr = formatBigInt(stylizeNoColor, arg, false);
            else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) tempStr = String(arg);
            else tempStr = inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
            break;
          }
          case 106: // 'j'
            tempStr = tryStringify(args[++a]);
            break;
          case 100: { // 'd'
            const n = args[++a];
            if (typeof n === 'bigint') tempStr = formatBigInt(stylizeNoColor, n, false);
            else if (typeof n === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(stylizeNoColor, Number(n), false);
            break;
          }
          case 79: // 'O'
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            tempStr = inspect(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
            break;
          case 105: { // 'i'
            const n = args[++a];
            if (typeof n === 'bigint') tempStr = formatBigInt(stylizeNoColor, n, false);
            else if (typeof n === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(stylizeNoColor, Number.parseInt(n), false);
            break;
          }
          case 102: { // 'f'
            const n = args[++a];
            if (typeof n === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(stylizeNoColor, Number.parseFloat(n), false);
            break;
          }
          case 99: // 'c'
            a += 1;
            tempStr = '';
            break;
          case 37: // '%'
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (next === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('inspectOptions', 'object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

module.exports = {
  inspect,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  formatWithOptionsInternal,
  stripVTControlCharacters,
  getStringWidth,
  isError,
  identicalSequenceRange,
  stylizeWithColor,
  stylizeNoColor,
};
