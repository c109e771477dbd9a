'use strict';
// util.inspect of built-in types: functions, classes, collections, binary data, promises, proxies
// Expected strings are node v20's output.
const { check, assert } = require('../check');
const util = require('util');
class Base {}
class Derived extends Base {}
class MyMap extends Map {}
class MyArray extends Array {}
const rejected = Promise.reject(new RangeError('nope'));
rejected.catch(() => {});
rejected.then(() => {}, () => {});
const revocable = Proxy.revocable({}, {});
revocable.revoke();
function named() {}
named.prop = 1;

function same(label, actual, expected) {
  check(label, () => assert.strictEqual(actual, expected));
}

same("function", util.inspect(function foo() {}),
  "[Function: foo]");
same("anonymous function", util.inspect((() => function () {})()),
  "[Function (anonymous)]");
same("arrow function", util.inspect((() => {})),
  "[Function (anonymous)]");
same("function with properties", util.inspect(named),
  "[Function: named] { prop: 1 }");
same("async function", util.inspect(async function af() {}),
  "[AsyncFunction: af]");
same("generator function", util.inspect(function* gen() {}),
  "[GeneratorFunction: gen]");
same("async generator function", util.inspect(async function* agen() {}),
  "[AsyncGeneratorFunction: agen]");
same("class", util.inspect(class X {}),
  "[class X]");
same("anonymous class", util.inspect((() => class {})()),
  "[class (anonymous)]");
same("derived class", util.inspect(Derived),
  "[class Derived extends Base]");
same("class with static field", util.inspect(class S { static x = 1; }),
  "[class S] { x: 1 }");
same("methods in object", util.inspect(({ m() {}, arrow: () => {}, k: class {} })),
  "{ m: [Function: m], arrow: [Function: arrow], k: [class k] }");
same("bound function", util.inspect(named.bind(null)),
  "[Function: bound named]");
same("null prototype function", util.inspect(Object.setPrototypeOf(function np() {}, null)),
  "[Function (null prototype): np]");
same("Date", util.inspect(new Date(0)),
  "1970-01-01T00:00:00.000Z");
same("invalid Date", util.inspect(new Date(NaN)),
  "Invalid Date");
same("Date with property", util.inspect(Object.assign(new Date(0), { x: 1 })),
  "1970-01-01T00:00:00.000Z { x: 1 }");
same("RegExp", util.inspect(/ab+c/gi),
  "/ab+c/gi");
same("RegExp with property", util.inspect(Object.assign(/x/, { y: 2 })),
  "/x/ { y: 2 }");
same("Map", util.inspect(new Map([['a', 1], [{ b: 2 }, [3]]])),
  "Map(2) { 'a' => 1, { b: 2 } => [ 3 ] }");
same("empty Map", util.inspect(new Map()),
  "Map(0) {}");
same("Set", util.inspect(new Set([1, 'a', [2]])),
  "Set(3) { 1, 'a', [ 2 ] }");
same("empty Set", util.inspect(new Set()),
  "Set(0) {}");
same("nested Maps", util.inspect(new Map([['a', new Map([['b', new Map([['c', new Map([['d', 1]])]])]])]])),
  "Map(1) { 'a' => Map(1) { 'b' => Map(1) { 'c' => [Map] } } }");
same("Map maxArrayLength", util.inspect(new Map([[1, 2], [3, 4], [5, 6]]), { maxArrayLength: 1 }),
  "Map(3) { 1 => 2, ... 2 more items }");
same("circular Map", util.inspect((() => { const m = new Map(); m.set('self', m); return m; })()),
  "<ref *1> Map(1) { 'self' => [Circular *1] }");
same("Map subclass", util.inspect(new MyMap([[1, 2]])),
  "MyMap(1) [Map] { 1 => 2 }");
same("null prototype Map", util.inspect(Object.setPrototypeOf(new Map([[1, 2]]), null)),
  "[Map(1): null prototype] { 1 => 2 }");
same("WeakMap", util.inspect(new WeakMap()),
  "WeakMap { <items unknown> }");
same("WeakSet", util.inspect(new WeakSet()),
  "WeakSet { <items unknown> }");
same("Uint8Array", util.inspect(new Uint8Array([1, 2, 3])),
  "Uint8Array(3) [ 1, 2, 3 ]");
same("empty Int16Array", util.inspect(new Int16Array(0)),
  "Int16Array(0) []");
same("Float64Array with -0 and NaN", util.inspect(new Float64Array([1.5, -0, NaN])),
  "Float64Array(3) [ 1.5, -0, NaN ]");
same("BigInt64Array", util.inspect(new BigInt64Array([1n, -2n])),
  "BigInt64Array(2) [ 1n, -2n ]");
same("large Uint8Array", util.inspect(new Uint8Array(120)),
  "Uint8Array(120) [\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0,\n  ... 20 more items\n]");
same("typed array showHidden", util.inspect(new Uint8Array(2), { showHidden: true }),
  "Uint8Array(2) [\n  0,\n  0,\n  [BYTES_PER_ELEMENT]: 1,\n  [length]: 2,\n  [byteLength]: 2,\n  [byteOffset]: 0,\n  [buffer]: ArrayBuffer { byteLength: 2 }\n]");
same("ArrayBuffer", util.inspect(new ArrayBuffer(2)),
  "ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 }");
same("ArrayBuffer contents", util.inspect(new Uint8Array([1, 2, 255, 16]).buffer),
  "ArrayBuffer { [Uint8Contents]: <01 02 ff 10>, byteLength: 4 }");
same("large ArrayBuffer", util.inspect(new ArrayBuffer(110)),
  "ArrayBuffer {\n  [Uint8Contents]: <00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ... 10 more bytes>,\n  byteLength: 110\n}");
same("DataView", util.inspect(new DataView(new Uint8Array([7, 8, 9]).buffer, 1, 2)),
  "DataView {\n  byteLength: 2,\n  byteOffset: 1,\n  buffer: ArrayBuffer { [Uint8Contents]: <07 08 09>, byteLength: 3 }\n}");
same("resolved Promise", util.inspect(Promise.resolve(1)),
  "Promise { 1 }");
same("pending Promise", util.inspect(new Promise(() => {})),
  "Promise { <pending> }");
same("Promise of object", util.inspect(Promise.resolve({ a: [1, 2] })),
  "Promise { { a: [ 1, 2 ] } }");
same("rejected Promise", util.inspect(Promise.reject(42).catch(() => {}) && (() => { const p = Promise.reject(42); p.catch(() => {}); return p; })()),
  "Promise { <rejected> 42 }");
same("Proxy shows its target", util.inspect(new Proxy({ a: 1 }, { get() { return 5; } })),
  "{ a: 1 }");
same("Proxy of array", util.inspect(new Proxy([1, 2], {})),
  "[ 1, 2 ]");
same("showProxy", util.inspect(new Proxy({ a: 1 }, {}), { showProxy: true }),
  "Proxy [ { a: 1 }, {} ]");
same("Number object", util.inspect(new Number(3)),
  "[Number: 3]");
same("String object", util.inspect(new String('ab')),
  "[String: 'ab']");
same("String object with property", util.inspect(Object.assign(new String('ab'), { x: 1 })),
  "[String: 'ab'] { x: 1 }");
same("Boolean object", util.inspect(new Boolean(false)),
  "[Boolean: false]");
same("Symbol object", util.inspect(Object(Symbol('s'))),
  "[Symbol: Symbol(s)]");
same("BigInt object", util.inspect(Object(5n)),
  "[BigInt: 5n]");
same("-0 Number object", util.inspect(new Number(-0)),
  "[Number: -0]");
same("array subclass", util.inspect(MyArray.from([1, 2])),
  "MyArray(2) [ 1, 2 ]");
same("null prototype array", util.inspect(Object.setPrototypeOf([1, 2], null)),
  "[Array(2): null prototype] [ 1, 2 ]");
same("generator object", util.inspect((function* () {})()),
  "Object [Generator] {}");
same("null prototype object with own tag", util.inspect(Object.setPrototypeOf({ [Symbol.toStringTag]: 'Foo', a: 1 }, null)),
  "[Foo: null prototype] { a: 1, [Symbol(Symbol.toStringTag)]: 'Foo' }");
same("mixed built-ins in object", util.inspect(({ m: new Map([[1, { a: [1, 2, { deep: true }] }]]), s: new Set([1]), d: new Date(86400000), u8: new Uint8Array(2) })),
  "{\n  m: Map(1) { 1 => { a: [Array] } },\n  s: Set(1) { 1 },\n  d: 1970-01-02T00:00:00.000Z,\n  u8: Uint8Array(2) [ 0, 0 ]\n}");
same("revoked Proxy", util.inspect(revocable.proxy),
  "<Revoked Proxy>");
