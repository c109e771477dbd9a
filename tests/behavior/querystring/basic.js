'use strict';
// querystring: parse/stringify/escape/unescape with Node's quirks.
const { check, assert } = require('../check');
const qs = require('querystring');

const obj = (o) => ({ ...o });

check('parse basics', () => {
  const r = qs.parse('foo=bar&abc=xyz&abc=123&empty=&flag');
  assert.strictEqual(Object.getPrototypeOf(r), null);
  assert.deepStrictEqual(obj(r), { foo: 'bar', abc: ['xyz', '123'], empty: '', flag: '' });
  assert.deepStrictEqual(obj(qs.parse('a+b=c+d&e=%20%2B')), { 'a b': 'c d', e: ' +' });
  assert.deepStrictEqual(obj(qs.parse('=&=x&&')), { '': ['', 'x'] });
  assert.deepStrictEqual(obj(qs.parse('__proto__=1&constructor=2')), { ['__proto__']: '1', constructor: '2' });
  assert.deepStrictEqual(obj(qs.parse('')), {});
  assert.deepStrictEqual(obj(qs.parse(5)), {});
});

check('parse decoding fallbacks', () => {
  assert.deepStrictEqual(obj(qs.parse('a=%E2%82%AC&b=%zz&c=%E0%A4%A&d=%')), { a: '€', b: '%zz', c: '\ufffd%A', d: '%' });
  assert.deepStrictEqual(obj(qs.parse('k=é%41')), { k: 'éA' });
  assert.deepStrictEqual(obj(qs.parse('k=%zzé%41')), { k: '%zz\ufffdA' });
});

check('parse with custom sep, eq, maxKeys and decoder', () => {
  assert.deepStrictEqual(obj(qs.parse('a:1;b:2', ';', ':')), { a: '1', b: '2' });
  assert.deepStrictEqual(obj(qs.parse('a==1&&b==2', '&&', '==')), { a: '1', b: '2' });
  assert.deepStrictEqual(obj(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 })), { a: '1', b: '2' });
  assert.deepStrictEqual(obj(qs.parse('&&a=1', null, null, { maxKeys: 1 })), {});
  assert.deepStrictEqual(obj(qs.parse('a=1&b=2', null, null, { maxKeys: 0 })), { a: '1', b: '2' });
  assert.deepStrictEqual(obj(qs.parse('w=%D6%D0%CE%C4&foo=bar', null, null, { decodeURIComponent: (s) => `<${s}>` })),
    { '<w>': '<%D6%D0%CE%C4>', '<foo>': '<bar>' });
  assert.deepStrictEqual(obj(qs.parse('a+b=c', null, null, { decodeURIComponent: (s) => s })), { 'a%20b': 'c' });
});

check('stringify', () => {
  assert.strictEqual(qs.stringify({ foo: 'bar', baz: ['qux', 'quux'], corge: '' }), 'foo=bar&baz=qux&baz=quux&corge=');
  assert.strictEqual(qs.stringify({ foo: 'bar', baz: 'qux' }, ';', ':'), 'foo:bar;baz:qux');
  assert.strictEqual(qs.stringify({ n: 1, i: Infinity, b: true, big: 10n, nul: null, u: undefined, o: {}, e: [] }), 'n=1&i=&b=true&big=10&nul=&u=&o=');
  assert.strictEqual(qs.stringify({ 'k y': 'v/é' }), 'k%20y=v%2F%C3%A9');
  assert.strictEqual(qs.stringify({ w: '中文' }, null, null, { encodeURIComponent: (s) => s.length }), '1=2');
  assert.strictEqual(qs.stringify('str'), '');
  assert.strictEqual(qs.encode, qs.stringify);
  assert.strictEqual(qs.decode, qs.parse);
});

check('escape / unescape', () => {
  assert.strictEqual(qs.escape("aA0-._~!'()* é/?#[]@$&+,;=:"), "aA0-._~!'()*%20%C3%A9%2F%3F%23%5B%5D%40%24%26%2B%2C%3B%3D%3A");
  assert.strictEqual(qs.escape(12), '12');
  assert.strictEqual(qs.escape({ toString() { return 'x y'; } }), 'x%20y');
  assert.throws(() => qs.escape('\ud800'), { name: 'URIError', code: 'ERR_INVALID_URI', message: 'URI malformed' });
  assert.strictEqual(qs.unescape('%41%zz'), 'A%zz');
  assert.strictEqual(qs.unescape('a+b'), 'a+b');
  assert.deepStrictEqual([...qs.unescapeBuffer('%41+%4g', true)], [65, 32, 37, 52, 103]);
  assert.deepStrictEqual([...qs.unescapeBuffer('é')], [0xE9]);
});

check('overriding qs.unescape and qs.escape is honoured', () => {
  const saved = qs.unescape;
  qs.unescape = (s) => s.toUpperCase();
  try {
    assert.deepStrictEqual(obj(qs.parse('a=%41b')), { A: '%41B' });
  } finally {
    qs.unescape = saved;
  }
  const savedE = qs.escape;
  qs.escape = (s) => `[${s}]`;
  try {
    assert.strictEqual(qs.stringify({ a: 'b' }), '[a]=[b]');
  } finally {
    qs.escape = savedE;
  }
});

console.log(qs.parse('foo=bar&abc=xyz&abc=123'));
console.log(qs.stringify({ foo: 'bar', baz: ['qux', 'quux'], corge: '' }));
