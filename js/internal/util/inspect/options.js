'use strict';
// util.inspect's tables: default options, property kinds, built-in constructor names, colors, styles.

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

// stylizeWithColor reads inspect.styles and inspect.colors, so it lives beside inspect() in
// internal/util/inspect.
function stylizeNoColor(str) { return str; }

module.exports = {
  customInspectSymbol, inspectDefaultOptions, OBJECT, ARRAY, ARRAY_EXTRA, builtInObjects,
  colors, styles, stylizeNoColor,
};
