'use strict';
// util.format, util.formatWithOptions and util.inspect options/custom hooks
// Expected strings are node v20's output.
const { check, assert } = require('../check');
const util = require('util');
class Foo { constructor() { this.a = 1; } }
class WithToString { toString() { return 'custom toString'; } }
const circular = { a: 1 }; circular.self = circular;
const custom = { [util.inspect.custom](depth, options, inspect) { return `custom depth=${depth} nested=${inspect({ x: [1] }, options)}`; } };
const customObj = { [Symbol.for('nodejs.util.inspect.custom')]() { return { replaced: true }; } };
const customMultiline = { [util.inspect.custom]() { return 'line1\nline2'; } };
const stylized = { [util.inspect.custom](d, o) { return o.stylize('styled', 'special'); } };

function same(label, actual, expected) {
  check(label, () => assert.strictEqual(actual, expected));
}

same("%s string", util.format('%s!', 'hi'),
  "hi!");
same("%s number, bigint, -0", util.format('%s %s %s', 42, 5n, -0),
  "42 5n -0");
same("%s object uses inspect depth 0", util.format('%s', { a: { b: 1 } }),
  "{ a: [Object] }");
same("%s array", util.format('%s', [1, [2, [3]]]),
  "[ 1, [Array] ]");
same("%s class instance", util.format('%s', new Foo()),
  "Foo { a: 1 }");
same("%s own toString", util.format('%s', new WithToString()),
  "custom toString");
same("%s null/undefined/symbol", util.format('%s %s %s', null, undefined, Symbol('s')),
  "null undefined Symbol(s)");
same("%s Date", util.format('%s', new Date(0)),
  "1970-01-01T00:00:00.000Z");
same("%s function", util.format('%s', function f() { return 1; }),
  "function f() { return 1; }");
same("%d", util.format('%d %d %d %d', '42', 1.5, 7n, {}),
  "42 1.5 7n NaN");
same("%d symbol", util.format('%d', Symbol('x')),
  "NaN");
same("%i", util.format('%i %i %i', 42.9, '0x10', -1.5),
  "42 16 -1");
same("%f", util.format('%f %f', '1.5abc', 'x'),
  "1.5 NaN");
same("%j", util.format('%j', { a: [1, 'b'] }),
  "{\"a\":[1,\"b\"]}");
same("%j circular", util.format('%j', circular),
  "[Circular]");
same("%o", util.format('%o', { a: [1, 2] }),
  "{ a: [ 1, 2, [length]: 2 ] }");
same("%O", util.format('%O', { a: { b: { c: { d: 1 } } } }),
  "{ a: { b: { c: [Object] } } }");
same("%c is consumed", util.format('%cstyled', 'color: red'),
  "styled");
same("%% escapes", util.format('100%% %s', 'done'),
  "100% done");
same("lone % and unknown", util.format('%x %', 1),
  "%x % 1");
same("missing args leave placeholders", util.format('%s and %s', 'one'),
  "one and %s");
same("extra args appended", util.format('%s', 'a', 'b', 3, { c: 4 }),
  "a b 3 { c: 4 }");
same("no format string", util.format(1, 'two', { three: 3 }, [4]),
  "1 two { three: 3 } [ 4 ]");
same("object first", util.format({ a: 1 }, '%s', 2),
  "{ a: 1 } %s 2");
same("empty", util.format(),
  "");
same("formatWithOptions colors", JSON.stringify(util.formatWithOptions({ colors: true }, '%O and', 42, 'str')),
  "\"\\u001b[33m42\\u001b[39m and str\"");
same("formatWithOptions compact", util.formatWithOptions({ compact: false }, { a: 1 }),
  "{\n  a: 1\n}");
same("custom inspect gets depth, options, inspect", util.inspect({ nested: custom }),
  "{ nested: custom depth=1 nested={ x: [ 1 ] } }");
same("custom inspect returning object", util.inspect({ v: customObj }),
  "{ v: { replaced: true } }");
same("custom inspect multi-line is indented", util.inspect({ v: { w: customMultiline } }),
  "{\n  v: {\n    w: line1\n    line2\n  }\n}");
same("custom inspect stylize", util.inspect(stylized, { colors: true }),
  "\u001b[36mstyled\u001b[39m");
same("customInspect false", util.inspect(customObj, { customInspect: false }),
  "{\n  [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]\n}");
same("inspect.custom symbol", String(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom')),
  "true");
same("defaultOptions", util.inspect(util.inspect.defaultOptions),
  "{\n  showHidden: false,\n  depth: 2,\n  colors: false,\n  customInspect: true,\n  showProxy: false,\n  maxArrayLength: 100,\n  maxStringLength: 10000,\n  breakLength: 80,\n  compact: 3,\n  sorted: false,\n  getters: false,\n  numericSeparator: false\n}");
same("styles", util.inspect(util.inspect.styles),
  "[Object: null prototype] {\n  special: 'cyan',\n  number: 'yellow',\n  bigint: 'yellow',\n  boolean: 'yellow',\n  undefined: 'grey',\n  null: 'bold',\n  string: 'green',\n  symbol: 'green',\n  date: 'magenta',\n  regexp: 'red',\n  module: 'underline'\n}");
same("colors entries", util.inspect(util.inspect.colors.red) + ' ' + util.inspect(util.inspect.colors.grey) + ' ' + Object.keys(util.inspect.colors).length,
  "[ 31, 39 ] [ 90, 39 ] 44");
same("stripVTControlCharacters", util.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b]8;;http://x\u0007link\u001b]8;;\u0007'),
  "red link");
