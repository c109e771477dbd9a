'use strict';
// util.inspect of errors (stacks set explicitly so node and minode agree)
// Expected strings are node v20's output.
const { check, assert } = require('../check');
const util = require('util');
function withStack(err, frames) {
  err.stack = frames === undefined ? String(err) : `${err.name}: ${err.message}${frames}`;
  return err;
}
const F1 = '\n    at foo (/app/a.js:1:1)\n    at bar (/app/a.js:2:2)';
const SHARED = '\n    at a (/app/f.js:1:1)\n    at b (/app/f.js:2:1)\n    at c (/app/f.js:3:1)\n    at d (/app/f.js:4:1)\n    at e (/app/f.js:5:1)';
class FooError extends Error {}
class NamedError extends Error { constructor(m) { super(m); this.name = 'NamedError'; } }

function same(label, actual, expected) {
  check(label, () => assert.strictEqual(actual, expected));
}

same("error with stack", util.inspect(withStack(new Error('boom'), F1)),
  "Error: boom\n    at foo (/app/a.js:1:1)\n    at bar (/app/a.js:2:2)");
same("error without frames is bracketed", util.inspect(withStack(new Error('no frames'))),
  "[Error: no frames]");
same("error with extra properties", util.inspect(Object.assign(withStack(new Error('boom'), F1), { code: 'E_X', info: { n: 1 } })),
  "Error: boom\n    at foo (/app/a.js:1:1)\n    at bar (/app/a.js:2:2) {\n  code: 'E_X',\n  info: { n: 1 }\n}");
same("bracketed error with property", util.inspect(Object.assign(withStack(new Error('x')), { code: 1 })),
  "[Error: x] { code: 1 }");
same("error in object is indented", util.inspect(({ err: Object.assign(withStack(new Error('boom'), F1), { code: 'E' }) })),
  "{\n  err: Error: boom\n      at foo (/app/a.js:1:1)\n      at bar (/app/a.js:2:2) {\n    code: 'E'\n  }\n}");
same("errors in array", util.inspect([withStack(new Error('a')), withStack(new TypeError('b'))]),
  "[ [Error: a], [TypeError: b] ]");
same("TypeError", util.inspect(withStack(new TypeError('bad type'), F1)),
  "TypeError: bad type\n    at foo (/app/a.js:1:1)\n    at bar (/app/a.js:2:2)");
same("subclass without name shows class", util.inspect(withStack(new FooError('m'), F1)),
  "FooError: m\n    at foo (/app/a.js:1:1)\n    at bar (/app/a.js:2:2)");
same("subclass with name", util.inspect(withStack(new NamedError('m'), F1)),
  "NamedError: m\n    at foo (/app/a.js:1:1)\n    at bar (/app/a.js:2:2)");
same("empty message", util.inspect((() => { const e = new Error(); e.stack = 'Error' + F1; return e; })()),
  "Error\n    at foo (/app/a.js:1:1)\n    at bar (/app/a.js:2:2)");
same("name property not in stack", util.inspect((() => { const e = withStack(new Error('m'), F1); e.name = 'Custom'; return e; })()),
  "Error: m\n    at foo (/app/a.js:1:1)\n    at bar (/app/a.js:2:2) {\n  name: 'Custom'\n}");
same("cause", util.inspect((() => { const e = new Error('outer', { cause: withStack(new Error('inner'), '\n    at z (/app/c.js:9:9)') }); return withStack(e, F1); })()),
  "Error: outer\n    at foo (/app/a.js:1:1)\n    at bar (/app/a.js:2:2) {\n  [cause]: Error: inner\n      at z (/app/c.js:9:9)\n}");
same("primitive cause", util.inspect(withStack(new Error('outer', { cause: 'just a string' }), F1)),
  "Error: outer\n    at foo (/app/a.js:1:1)\n    at bar (/app/a.js:2:2) {\n  [cause]: 'just a string'\n}");
same("cause sharing frames collapses them", util.inspect((() => { const inner = withStack(new Error('inner'), '\n    at z (/app/y.js:2:1)' + SHARED); const e = new Error('outer', { cause: inner }); return withStack(e, '\n    at x (/app/y.js:1:1)' + SHARED); })()),
  "Error: outer\n    at x (/app/y.js:1:1)\n    at a (/app/f.js:1:1)\n    ... 3 lines matching cause stack trace ...\n    at e (/app/f.js:5:1) {\n  [cause]: Error: inner\n      at z (/app/y.js:2:1)\n      at a (/app/f.js:1:1)\n      at b (/app/f.js:2:1)\n      at c (/app/f.js:3:1)\n      at d (/app/f.js:4:1)\n      at e (/app/f.js:5:1)\n}");
same("AggregateError", util.inspect((() => { const e = new AggregateError([withStack(new Error('a'), F1), 'b'], 'many'); return withStack(e, F1); })()),
  "AggregateError: many\n    at foo (/app/a.js:1:1)\n    at bar (/app/a.js:2:2) {\n  [errors]: [\n    Error: a\n        at foo (/app/a.js:1:1)\n        at bar (/app/a.js:2:2),\n    'b'\n  ]\n}");
same("null prototype error", util.inspect(Object.setPrototypeOf(withStack(new Error('m'), F1), null)),
  "[Error: null prototype]: m\n    at foo (/app/a.js:1:1)\n    at bar (/app/a.js:2:2)");
same("error with no stack property", util.inspect((() => { const e = new RangeError('r'); Object.defineProperty(e, 'stack', { value: undefined }); return e; })()),
  "[RangeError: r]");
same("error depth exceeded still prints", util.inspect(({ a: { b: { c: withStack(new Error('deep')) } } })),
  "{ a: { b: { c: [Error: deep] } } }");
