'use strict';
// util.inspect of objects and arrays: nesting, circularity, layout
// Expected strings are node v20's output.
const { check, assert } = require('../check');
const util = require('util');
class Foo { constructor() { this.a = 1; this.b = 'two'; } }
class Empty {}
const circ = { name: 'root' }; circ.self = circ;
const inner = { list: [] }; const outer = { inner }; inner.list.push(outer, inner);

function same(label, actual, expected) {
  check(label, () => assert.strictEqual(actual, expected));
}

same("empty array", util.inspect([]),
  "[]");
same("array", util.inspect([1, 2, 3]),
  "[ 1, 2, 3 ]");
same("holes", util.inspect([1, , , 4, , ]),
  "[ 1, <2 empty items>, 4, <1 empty item> ]");
same("all holes", util.inspect(new Array(5)),
  "[ <5 empty items> ]");
same("more than 100 items", util.inspect(Array.from({ length: 102 }, (_, i) => i)),
  "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 2 more items\n]");
same("array with extra property", util.inspect(Object.assign([1, 2], { extra: true })),
  "[ 1, 2, extra: true ]");
same("numbers grouped into columns", util.inspect(Array.from({ length: 30 }, (_, i) => i * 37)),
  "[\n    0,  37,  74, 111,  148,  185,\n  222, 259, 296, 333,  370,  407,\n  444, 481, 518, 555,  592,  629,\n  666, 703, 740, 777,  814,  851,\n  888, 925, 962, 999, 1036, 1073\n]");
same("7 short numbers grouped", util.inspect([1, 2, 3, 4, 5, 6, 7]),
  "[\n  1, 2, 3, 4,\n  5, 6, 7\n]");
same("strings grouped, padded at the end", util.inspect('abcdefghijklmnopqrstuvwxyz'.split('')),
  "[\n  'a', 'b', 'c', 'd', 'e', 'f',\n  'g', 'h', 'i', 'j', 'k', 'l',\n  'm', 'n', 'o', 'p', 'q', 'r',\n  's', 't', 'u', 'v', 'w', 'x',\n  'y', 'z'\n]");
same("words grouped", util.inspect(['apple', 'banana', 'cherry', 'dates', 'elder', 'fig', 'grape', 'honeydew', 'kiwi', 'lemon', 'mango']),
  "[\n  'apple',  'banana',\n  'cherry', 'dates',\n  'elder',  'fig',\n  'grape',  'honeydew',\n  'kiwi',   'lemon',\n  'mango'\n]");
same("120 strings: grouping and more items", util.inspect(Array.from({ length: 120 }, (_, i) => String(i))),
  "[\n  '0',  '1',  '2',  '3',  '4',  '5',  '6',  '7',  '8',  '9',\n  '10', '11', '12', '13', '14', '15', '16', '17', '18', '19',\n  '20', '21', '22', '23', '24', '25', '26', '27', '28', '29',\n  '30', '31', '32', '33', '34', '35', '36', '37', '38', '39',\n  '40', '41', '42', '43', '44', '45', '46', '47', '48', '49',\n  '50', '51', '52', '53', '54', '55', '56', '57', '58', '59',\n  '60', '61', '62', '63', '64', '65', '66', '67', '68', '69',\n  '70', '71', '72', '73', '74', '75', '76', '77', '78', '79',\n  '80', '81', '82', '83', '84', '85', '86', '87', '88', '89',\n  '90', '91', '92', '93', '94', '95', '96', '97', '98', '99',\n  ... 20 more items\n]");
same("array nested in object grouped", util.inspect(({ data: Array.from({ length: 26 }, (_, i) => i) })),
  "{\n  data: [\n     0,  1,  2,  3,  4,  5,  6,  7,\n     8,  9, 10, 11, 12, 13, 14, 15,\n    16, 17, 18, 19, 20, 21, 22, 23,\n    24, 25\n  ]\n}");
same("empty object", util.inspect(({})),
  "{}");
same("object", util.inspect(({ a: 1, b: 'x', c: [1, 2], d: { e: null } })),
  "{ a: 1, b: 'x', c: [ 1, 2 ], d: { e: null } }");
same("depth 2 default", util.inspect(({ a: { b: { c: { d: 1 } } } })),
  "{ a: { b: { c: [Object] } } }");
same("nested arrays", util.inspect([[[[1]]]]),
  "[ [ [ [Array] ] ] ]");
same("three levels combined on one line", util.inspect(({ a: { b: { c: {} } } })),
  "{ a: { b: { c: {} } } }");
same("depth 0", util.inspect(({ a: { b: 1 }, c: [1] }), { depth: 0 }),
  "{ a: [Object], c: [Array] }");
same("depth null", util.inspect(({ a: { b: { c: { d: { e: 1 } } } } }), { depth: null }),
  "{\n  a: {\n    b: { c: { d: { e: 1 } } }\n  }\n}");
same("circular", util.inspect(circ),
  "<ref *1> { name: 'root', self: [Circular *1] }");
same("two circular references", util.inspect(outer),
  "<ref *1> { inner: <ref *2> { list: [ [Circular *1], [Circular *2] ] } }");
same("class instance", util.inspect(new Foo()),
  "Foo { a: 1, b: 'two' }");
same("empty class instance", util.inspect(new Empty()),
  "Empty {}");
same("null prototype", util.inspect(Object.create(null)),
  "[Object: null prototype] {}");
same("null prototype with keys", util.inspect(Object.assign(Object.create(null), { a: 1 })),
  "[Object: null prototype] { a: 1 }");
same("symbol keys", util.inspect(({ a: 1, [Symbol('s')]: 2 })),
  "{ a: 1, [Symbol(s)]: 2 }");
same("quoted keys", util.inspect(({ 'a-b': 1, 'c d': 2, 3: 'x', "it's": 4, valid_key9: 5 })),
  "{ '3': 'x', 'a-b': 1, 'c d': 2, \"it's\": 4, valid_key9: 5 }");
same("__proto__ own key", util.inspect(JSON.parse('{"__proto__": 1}')),
  "{ ['__proto__']: 1 }");
same("getters and setters", util.inspect(({ get a() { return 1; }, get b() { return 2; }, set b(v) {}, set c(v) {} })),
  "{ a: [Getter], b: [Getter/Setter], c: [Setter] }");
same("getters option", util.inspect(({ get a() { return { x: 1 }; }, get n() { return null; }, get s() { return 'str'; } }), { getters: true }),
  "{ a: [Getter] { x: 1 }, n: [Getter: null], s: [Getter: 'str'] }");
same("long object breaks lines", util.inspect(({ alpha: 'aaaaaaaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbbbbbb', gamma: 'cccccccccccccccc', d: 1 })),
  "{\n  alpha: 'aaaaaaaaaaaaaaaaaaaa',\n  beta: 'bbbbbbbbbbbbbbbbbbbb',\n  gamma: 'cccccccccccccccc',\n  d: 1\n}");
same("object with 30 keys", util.inspect(Object.fromEntries(Array.from({ length: 30 }, (_, i) => ['key' + i, i]))),
  "{\n  key0: 0,\n  key1: 1,\n  key2: 2,\n  key3: 3,\n  key4: 4,\n  key5: 5,\n  key6: 6,\n  key7: 7,\n  key8: 8,\n  key9: 9,\n  key10: 10,\n  key11: 11,\n  key12: 12,\n  key13: 13,\n  key14: 14,\n  key15: 15,\n  key16: 16,\n  key17: 17,\n  key18: 18,\n  key19: 19,\n  key20: 20,\n  key21: 21,\n  key22: 22,\n  key23: 23,\n  key24: 24,\n  key25: 25,\n  key26: 26,\n  key27: 27,\n  key28: 28,\n  key29: 29\n}");
same("array of objects", util.inspect([{ a: 1, b: 2 }, { a: 3, b: 4 }]),
  "[ { a: 1, b: 2 }, { a: 3, b: 4 } ]");
same("8 objects in array", util.inspect(Array.from({ length: 8 }, (_, i) => ({ i }))),
  "[\n  { i: 0 }, { i: 1 },\n  { i: 2 }, { i: 3 },\n  { i: 4 }, { i: 5 },\n  { i: 6 }, { i: 7 }\n]");
same("compact false", util.inspect(({ a: 1, b: [1, 2], c: { d: 1 } }), { compact: false }),
  "{\n  a: 1,\n  b: [\n    1,\n    2\n  ],\n  c: {\n    d: 1\n  }\n}");
same("compact true", util.inspect(({ a: 1, b: [1, 2], c: { d: 1 } }), { compact: true }),
  "{ a: 1, b: [ 1, 2 ], c: { d: 1 } }");
same("compact true long", util.inspect(({ aaaaaaaaaaaaaaaa: 'x'.repeat(30), bbbbbbbbbbbb: 'y'.repeat(30), c: { d: 'z'.repeat(40) } }), { compact: true }),
  "{ aaaaaaaaaaaaaaaa: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n  bbbbbbbbbbbb: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy',\n  c: { d: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' } }");
same("compact 1", util.inspect(({ a: { b: 1 }, c: 2 }), { compact: 1 }),
  "{\n  a: { b: 1 },\n  c: 2\n}");
same("breakLength Infinity", util.inspect(({ aaaaaaaaaaaaaaaa: 'x'.repeat(30), bbbbbbbbbbbb: 'y'.repeat(30), c: { d: 'z'.repeat(40) } }), { breakLength: Infinity }),
  "{ aaaaaaaaaaaaaaaa: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', bbbbbbbbbbbb: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy', c: { d: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' } }");
same("breakLength 20", util.inspect({ a: 1, b: 2, c: 3 }, { breakLength: 20 }),
  "{\n  a: 1,\n  b: 2,\n  c: 3\n}");
same("sorted", util.inspect(({ b: 1, a: 2, c: { z: 1, y: 2 } }), { sorted: true }),
  "{ a: 2, b: 1, c: { y: 2, z: 1 } }");
same("maxArrayLength", util.inspect([1, 2, 3, 4], { maxArrayLength: 2 }),
  "[ 1, 2, ... 2 more items ]");
same("maxArrayLength 0", util.inspect([1, 2], { maxArrayLength: 0 }),
  "[ ... 2 more items ]");
same("showHidden array", util.inspect([1, 2], { showHidden: true }),
  "[ 1, 2, [length]: 2 ]");
same("showHidden non-enumerable key", util.inspect(Object.defineProperty({ a: 1 }, 'hidden', { value: 2 }), { showHidden: true }),
  "{ a: 1, [hidden]: 2 }");
same("legacy arguments (showHidden, depth)", util.inspect(({ a: { b: { c: {} } } }), false, 0),
  "{ a: [Object] }");
same("arguments object", util.inspect((function () { return arguments; })(1, 'a')),
  "[Arguments] { '0': 1, '1': 'a' }");
same("Symbol.toStringTag", util.inspect(({ [Symbol.toStringTag]: 'Tagged', a: 1 })),
  "{ a: 1, [Symbol(Symbol.toStringTag)]: 'Tagged' }");
same("class with toStringTag getter", util.inspect(new (class Foo { get [Symbol.toStringTag]() { return 'Bar'; } })()),
  "Foo [Bar] {}");
same("Object.prototype", util.inspect(Object.prototype),
  "[Object: null prototype] {}");
same("object with prototype lacking constructor", util.inspect(Object.create(Object.create(null))),
  "Object <[Object: null prototype] {}> {}");
same("wide characters grouped", util.inspect(['日本語', '中文', 'ｆｕｌｌ', 'a', 'b', 'c', 'd', 'e']),
  "[ '\u65e5\u672c\u8a9e', '\u4e2d\u6587', '\uff46\uff55\uff4c\uff4c', 'a', 'b', 'c', 'd', 'e' ]");
same("mixed nesting", util.inspect(({ level1: { level2: { arr: [1, 2, 3], obj: { x: 1 } }, other: 'value' }, top: [{ a: 1 }, { b: 2 }] })),
  "{\n  level1: { level2: { arr: [Array], obj: [Object] }, other: 'value' },\n  top: [ { a: 1 }, { b: 2 } ]\n}");
same("colors", util.inspect(({ a: 1, s: 'x', n: null, u: undefined, d: new Date(0), r: /x/g, f() {}, sym: Symbol('q') }), { colors: true }),
  "{\n  a: \u001b[33m1\u001b[39m,\n  s: \u001b[32m'x'\u001b[39m,\n  n: \u001b[1mnull\u001b[22m,\n  u: \u001b[90mundefined\u001b[39m,\n  d: \u001b[35m1970-01-01T00:00:00.000Z\u001b[39m,\n  r: \u001b[31m/x/g\u001b[39m,\n  f: \u001b[36m[Function: f]\u001b[39m,\n  sym: \u001b[32mSymbol(q)\u001b[39m\n}");
