'use strict';
// assert: ok/equal/strictEqual/deepEqual families, fail, ifError, match, AssertionError.
const { check, assert } = require('../check');
const a = require('assert');

function message(fn) {
  try {
    fn();
  } catch (e) {
    return e.message;
  }
  throw new Error('did not throw');
}

function error(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
}

check('module shape', () => {
  assert.strictEqual(typeof a, 'function');
  assert.strictEqual(a.ok.name, 'ok');
  for (const k of ['fail', 'AssertionError', 'ok', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual',
    'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'throws', 'rejects', 'doesNotThrow', 'doesNotReject',
    'ifError', 'match', 'doesNotMatch', 'strict']) {
    assert.ok(k in a, k);
  }
  assert.strictEqual(a.strict.strict, a.strict);
  assert.strictEqual(a.strict.equal, a.strictEqual);
  assert.strictEqual(a.strict.deepEqual, a.deepStrictEqual);
  assert.strictEqual(require('assert/strict'), a.strict);
});

check('passing assertions do not throw', () => {
  a(1);
  a.ok('x');
  a.equal(1, '1');
  a.equal(NaN, NaN);
  a.notEqual(1, 2);
  a.strictEqual(NaN, NaN);
  a.notStrictEqual(0, -0);
  a.deepEqual({ a: [1, '2'] }, { a: ['1', 2] });
  a.deepStrictEqual({ a: [1, { b: new Map([[1, new Set([2])]]) }] }, { a: [1, { b: new Map([[1, new Set([2])]]) }] });
  a.notDeepStrictEqual({ a: 1 }, { a: '1' });
  a.notDeepEqual({ a: 1 }, { a: 2 });
  a.match('abc', /b/);
  a.doesNotMatch('abc', /x/);
  a.ifError(null);
  a.ifError(undefined);
});

check('AssertionError properties', () => {
  const e = error(() => a.strictEqual(1, 2));
  assert.ok(e instanceof a.AssertionError);
  assert.ok(e instanceof Error);
  assert.strictEqual(e.name, 'AssertionError');
  assert.strictEqual(e.code, 'ERR_ASSERTION');
  assert.strictEqual(e.actual, 1);
  assert.strictEqual(e.expected, 2);
  assert.strictEqual(e.operator, 'strictEqual');
  assert.strictEqual(e.generatedMessage, true);
  assert.deepStrictEqual(Object.keys(e), ['generatedMessage', 'code', 'actual', 'expected', 'operator']);
  assert.ok(String(e).startsWith('AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:'));
  const custom = new a.AssertionError({ message: 'custom', actual: 1, expected: 2, operator: 'x' });
  assert.strictEqual(custom.message, 'custom');
  assert.strictEqual(custom.generatedMessage, false);
  assert.throws(() => new a.AssertionError(), { code: 'ERR_INVALID_ARG_TYPE' });
});

check('strictEqual messages', () => {
  assert.strictEqual(message(() => a.strictEqual(1, 2)), 'Expected values to be strictly equal:\n\n1 !== 2\n');
  assert.strictEqual(message(() => a.strictEqual(1, '1')), "Expected values to be strictly equal:\n\n1 !== '1'\n");
  assert.strictEqual(message(() => a.strictEqual('hello world foo', 'hello world bar')),
    "Expected values to be strictly equal:\n+ actual - expected\n\n+ 'hello world foo'\n- 'hello world bar'\n" +
    '               ^');
  assert.strictEqual(message(() => a.strictEqual('a'.repeat(20), 'b'.repeat(20))),
    "Expected values to be strictly equal:\n+ actual - expected\n\n+ 'aaaaaaaaaaaaaaaaaaaa'\n- 'bbbbbbbbbbbbbbbbbbbb'");
  assert.strictEqual(message(() => a.strictEqual(0, -0)),
    'Expected values to be strictly equal:\n+ actual - expected\n\n+ 0\n- -0');
  assert.strictEqual(message(() => a.strictEqual({ a: 1 }, { a: 1 })),
    'Values have same structure but are not reference-equal:\n\n{\n  a: 1\n}\n');
  assert.strictEqual(message(() => a.strictEqual(1n, 2n)), 'Expected values to be strictly equal:\n\n1n !== 2n\n');
  assert.strictEqual(message(() => a.strictEqual(1, 2, 'mine')), 'mine\n\n1 !== 2\n');
  assert.strictEqual(message(() => a.notStrictEqual(1, 1, 'mine')), 'mine');
  assert.strictEqual(message(() => a.deepStrictEqual([1], [1, 2], 'mine')), 'mine\n+ actual - expected\n\n  [\n    1,\n-   2\n  ]');
});

check('deepStrictEqual diff messages', () => {
  assert.strictEqual(message(() => a.deepStrictEqual({ a: 1, b: 2 }, { a: 1, b: 3 })),
    'Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n    a: 1,\n+   b: 2\n-   b: 3\n  }');
  assert.strictEqual(message(() => a.deepStrictEqual([1, 2, 3], [1, 2, 4])),
    'Expected values to be strictly deep-equal:\n+ actual - expected\n\n  [\n    1,\n    2,\n+   3\n-   4\n  ]');
  assert.strictEqual(message(() => a.deepStrictEqual({ a: 1 }, { a: 1, b: 2 })),
    'Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n    a: 1,\n-   b: 2\n  }');
  assert.strictEqual(message(() => a.deepStrictEqual(1, 2)), 'Expected values to be strictly deep-equal:\n\n1 !== 2\n');
  assert.strictEqual(message(() => a.deepStrictEqual({ a: [1, 2, { b: 3 }] }, { a: [1, 2, { b: 4 }] })),
    'Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n    a: [\n      1,\n      2,\n      {\n' +
    '+       b: 3\n-       b: 4\n      }\n    ]\n  }');
});

check('long diffs skip identical lines', () => {
  const big = Array.from({ length: 20 }, (_, i) => i);
  const changed = big.map((v) => (v === 10 ? 'x' : v));
  assert.strictEqual(message(() => a.deepStrictEqual(big, changed)),
    'Expected values to be strictly deep-equal:\n+ actual - expected ... Lines skipped\n\n  [\n    0,\n...\n    8,\n' +
    "    9,\n+   10,\n-   'x',\n    11,\n...\n    18,\n    19\n  ]");
  const m = message(() => a.deepStrictEqual(Array.from({ length: 100 }, (_, i) => i), Array.from({ length: 100 }, (_, i) => -i)));
  const lines = m.split('\n');
  assert.strictEqual(lines[1], '+ actual - expected ... Lines skipped');
  assert.strictEqual(lines[lines.length - 1], '...');
  assert.ok(lines.length < 60);
});

check('loose and negated messages', () => {
  assert.strictEqual(message(() => a.equal(1, 2)), '1 == 2');
  assert.strictEqual(message(() => a.notEqual(1, '1')), "1 != '1'");
  assert.strictEqual(message(() => a.deepEqual({ a: 1 }, { a: 2 })),
    'Expected values to be loosely deep-equal:\n\n{\n  a: 1\n}\n\nshould loosely deep-equal\n\n{\n  a: 2\n}');
  assert.strictEqual(message(() => a.notDeepEqual({ a: 1 }, { a: 1 })),
    'Expected "actual" not to be loosely deep-equal to:\n\n{\n  a: 1\n}');
  assert.strictEqual(message(() => a.notDeepEqual([1, 2], ['1', 2])),
    "Expected values not to be loosely deep-equal:\n\n[\n  1,\n  2\n]\n\nshould not loosely deep-equal\n\n[\n  '1',\n  2\n]");
  assert.strictEqual(message(() => a.notDeepStrictEqual({ a: 1 }, { a: 1 })),
    'Expected "actual" not to be strictly deep-equal to:\n\n{\n  a: 1\n}\n');
  assert.strictEqual(message(() => a.notDeepStrictEqual(1, 1)), 'Expected "actual" not to be strictly deep-equal to: 1');
  assert.strictEqual(message(() => a.notStrictEqual(1, 1)), 'Expected "actual" to be strictly unequal to: 1');
  assert.strictEqual(message(() => a.notStrictEqual('abcdef', 'abcdef')),
    "Expected \"actual\" to be strictly unequal to:\n\n'abcdef'");
  const o = { a: 1 };
  assert.strictEqual(message(() => a.notStrictEqual(o, o)),
    'Expected "actual" not to be reference-equal to "expected":\n\n{\n  a: 1\n}\n');
});

check('errors are compared without their stacks', () => {
  const e1 = new Error('a');
  e1.code = 'X';
  assert.strictEqual(message(() => a.deepStrictEqual(e1, new Error('b'))),
    "Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ [Error: a] {\n+   code: 'X'\n+ }\n- [Error: b]");
});

check('ok messages', () => {
  assert.strictEqual(message(() => a.ok()), 'No value argument passed to `assert.ok()`');
  assert.strictEqual(message(() => a()), 'No value argument passed to `assert.ok()`');
  assert.strictEqual(message(() => a.strict()), 'No value argument passed to `assert.ok()`');
  assert.strictEqual(message(() => a(undefined)), 'The expression evaluated to a falsy value:\n\n  a(undefined)\n');
  assert.strictEqual(message(() => a.strict(0, 'strict message')), 'strict message');
  assert.strictEqual(message(() => a.strict.ok('')), "The expression evaluated to a falsy value:\n\n  a.strict.ok('')\n");
  assert.strictEqual(message(() => a(NaN, 'm', 'ignored')), 'm');
  assert.strictEqual(error(() => a(0, 'm')).generatedMessage, false);
  assert.strictEqual(error(() => a(0)).generatedMessage, true);
  assert.strictEqual(error(() => a()).generatedMessage, true);
  assert.strictEqual(error(() => a.strict(null)).actual, null);
  assert.deepStrictEqual([a.length, a.ok.length, a.strict.length, a.strict.ok.length], [0, 0, 0, 0]);
  assert.strictEqual(a(1, 'x'), undefined);
  assert.strictEqual(a.strict({}), undefined);
  assert.strictEqual(message(() => a.ok(0, 'my message')), 'my message');
  assert.strictEqual(message(() => a(false)), 'The expression evaluated to a falsy value:\n\n  a(false)\n');
  assert.strictEqual(message(() => a.ok(typeof 123 === 'string')),
    "The expression evaluated to a falsy value:\n\n  a.ok(typeof 123 === 'string')\n");
  const e = error(() => a.ok(null));
  assert.strictEqual(e.actual, null);
  assert.strictEqual(e.expected, true);
  assert.strictEqual(e.operator, '==');
  const custom = new TypeError('custom error');
  assert.strictEqual(error(() => a.ok(false, custom)), custom);
});

check('fail', () => {
  const e = error(() => a.fail());
  assert.strictEqual(e.message, 'Failed');
  assert.strictEqual(e.operator, 'fail');
  assert.strictEqual(e.generatedMessage, true);
  const e2 = error(() => a.fail('boom'));
  assert.strictEqual(e2.message, 'boom');
  assert.strictEqual(e2.generatedMessage, false);
  const err = new RangeError('r');
  assert.strictEqual(error(() => a.fail(err)), err);
});

check('ifError', () => {
  const e = error(() => a.ifError(new Error('bad')));
  assert.strictEqual(e.message, 'ifError got unwanted exception: bad');
  assert.strictEqual(e.operator, 'ifError');
  assert.strictEqual(e.expected, null);
  assert.strictEqual(message(() => a.ifError('str')), "ifError got unwanted exception: 'str'");
  assert.strictEqual(message(() => a.ifError(0)), 'ifError got unwanted exception: 0');
});

check('match and doesNotMatch', () => {
  assert.strictEqual(message(() => a.match('abc', /x/)),
    "The input did not match the regular expression /x/. Input:\n\n'abc'\n");
  assert.strictEqual(message(() => a.doesNotMatch('abc', /b/)),
    "The input was expected to not match the regular expression /b/. Input:\n\n'abc'\n");
  assert.strictEqual(message(() => a.match(123, /x/)),
    'The "string" argument must be of type string. Received type number (123)');
  assert.throws(() => a.match('x', 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(error(() => a.match('abc', /x/)).operator, 'match');
});

check('missing arguments', () => {
  assert.throws(() => a.strictEqual(1), {
    code: 'ERR_MISSING_ARGS', message: 'The "actual" and "expected" arguments must be specified',
  });
  assert.throws(() => a.deepEqual(), { code: 'ERR_MISSING_ARGS' });
});

check('assert.strict uses strict comparisons', () => {
  const s = a.strict;
  assert.strictEqual(message(() => s.equal(1, 2)), 'Expected values to be strictly equal:\n\n1 !== 2\n');
  assert.throws(() => s.deepEqual([1], ['1']), { code: 'ERR_ASSERTION' });
  s.notEqual(1, '1');
  assert.throws(() => s(0), { code: 'ERR_ASSERTION' });
});
