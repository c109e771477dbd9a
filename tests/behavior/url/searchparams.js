'use strict';
// URLSearchParams: constructors, methods, serialization, iteration, and the link to URL.
const { check, assert } = require('../check');
const util = require('util');

check('constructor from a string', () => {
  const p = new URLSearchParams('?a=1&b=2&a=3&c&=x&&d=%20+%2B');
  assert.deepStrictEqual([...p], [['a', '1'], ['b', '2'], ['a', '3'], ['c', ''], ['', 'x'], ['d', '  +']]);
  assert.strictEqual(p.size, 6);
  assert.strictEqual(new URLSearchParams('??a=1').get('?a'), '1');
  assert.strictEqual(new URLSearchParams().toString(), '');
  assert.strictEqual(new URLSearchParams(null).toString(), '');
  assert.strictEqual(new URLSearchParams('a=%zz&b=%E2%82%AC').get('b'), '€');
  assert.strictEqual(new URLSearchParams('a=%zz').get('a'), '%zz');
});

check('constructor from a record, an iterable, and another instance', () => {
  assert.strictEqual(new URLSearchParams({ a: '1', b: ['x', 'y'], c: null }).toString(), 'a=1&b=x%2Cy&c=null');
  assert.strictEqual(new URLSearchParams([['a', 1], ['b', 2]]).toString(), 'a=1&b=2');
  assert.strictEqual(new URLSearchParams(new Map([['k', 'v']])).toString(), 'k=v');
  const orig = new URLSearchParams('x=1');
  const copy = new URLSearchParams(orig);
  copy.append('y', '2');
  assert.strictEqual(orig.toString(), 'x=1');
  assert.strictEqual(copy.toString(), 'x=1&y=2');
  function* gen() { yield ['g', 'h']; }
  assert.strictEqual(new URLSearchParams(gen()).toString(), 'g=h');
});

check('constructor errors', () => {
  assert.throws(() => new URLSearchParams([['a']]), {
    code: 'ERR_INVALID_TUPLE', name: 'TypeError', message: 'Each query pair must be an iterable [name, value] tuple',
  });
  assert.throws(() => new URLSearchParams([1]), { code: 'ERR_INVALID_TUPLE' });
  assert.throws(() => new URLSearchParams({ [Symbol.iterator]: 1 }), {
    code: 'ERR_ARG_NOT_ITERABLE', message: 'Query pairs must be iterable',
  });
});

check('append, get, getAll, has, set, delete', () => {
  const p = new URLSearchParams('a=1&b=2&a=3');
  assert.strictEqual(p.get('a'), '1');
  assert.strictEqual(p.get('zz'), null);
  assert.deepStrictEqual(p.getAll('a'), ['1', '3']);
  assert.strictEqual(p.has('b'), true);
  assert.strictEqual(p.has('a', '3'), true);
  assert.strictEqual(p.has('a', '4'), false);
  p.set('a', 'x');
  assert.strictEqual(p.toString(), 'a=x&b=2');
  p.append('c', 'y z');
  p.append('c', 'w');
  p.delete('c', 'w');
  assert.strictEqual(p.toString(), 'a=x&b=2&c=y+z');
  p.delete('a');
  assert.strictEqual(p.toString(), 'b=2&c=y+z');
  assert.throws(() => p.append('a'), { code: 'ERR_MISSING_ARGS', message: 'The "name" and "value" arguments must be specified' });
  assert.throws(() => p.get(), { code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified' });
});

check('serialization uses form encoding', () => {
  const p = new URLSearchParams();
  p.append('q', "a b+c&d=e/f?g#h~i*j-k.l_m!n'o(p)é😀");
  assert.strictEqual(p.toString(), 'q=a+b%2Bc%26d%3De%2Ff%3Fg%23h%7Ei*j-k.l_m%21n%27o%28p%29%C3%A9%F0%9F%98%80');
  p.set('lone', '\ud800');
  assert.strictEqual(p.get('lone'), '\ufffd');
});

check('sort is stable and by code units', () => {
  const p = new URLSearchParams('z=1&a=2&ﬃ=3&🌈=4&a=5&Z=6');
  p.sort();
  assert.deepStrictEqual([...p.keys()], ['Z', 'a', 'a', 'z', '🌈', 'ﬃ']);
  assert.deepStrictEqual(p.getAll('a'), ['2', '5']);
});

check('iteration and forEach', () => {
  const p = new URLSearchParams('a=1&b=2');
  assert.deepStrictEqual([...p.keys()], ['a', 'b']);
  assert.deepStrictEqual([...p.values()], ['1', '2']);
  assert.deepStrictEqual([...p.entries()], [['a', '1'], ['b', '2']]);
  assert.strictEqual(p[Symbol.iterator], p.entries);
  const seen = [];
  p.forEach(function (v, k, obj) { seen.push([k, v, obj === p, this]); }, 'T');
  assert.deepStrictEqual(seen, [['a', '1', true, 'T'], ['b', '2', true, 'T']]);
  assert.throws(() => p.forEach(1), { code: 'ERR_INVALID_ARG_TYPE' });
  const it = p.keys();
  assert.strictEqual(Object.prototype.toString.call(it), '[object URLSearchParams Iterator]');
  assert.strictEqual(typeof it[Symbol.iterator], 'function');
  p.append('c', '3'); // iterators are live
  assert.deepStrictEqual([...it], ['a', 'b', 'c']);
});

check('brand checks', () => {
  assert.throws(() => URLSearchParams.prototype.get.call({}, 'a'), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type URLSearchParams',
  });
  assert.strictEqual(Object.prototype.toString.call(new URLSearchParams()), '[object URLSearchParams]');
});

check('URL.searchParams stays in sync both ways', () => {
  const u = new URL('http://h/p?a=1#f');
  const p = u.searchParams;
  assert.strictEqual(u.searchParams, p);
  p.append('b', 'two words');
  assert.strictEqual(u.href, 'http://h/p?a=1&b=two+words#f');
  u.search = '?x=9';
  assert.deepStrictEqual([...p], [['x', '9']]);
  u.href = 'http://h/?y=8';
  assert.strictEqual(p.get('y'), '8');
  p.delete('y');
  assert.strictEqual(u.href, 'http://h/');
  assert.strictEqual(u.search, '');
  const v = new URL('http://h/?');
  v.searchParams.sort();
  assert.strictEqual(v.href, 'http://h/');
});

console.log(util.inspect(new URLSearchParams('a=1&b=2&a=%F0%9F%98%80')));
console.log(util.inspect(new URLSearchParams()));
console.log(util.inspect(new URLSearchParams('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb&cccccccccccccccccccccccccc=dddddddddddddddddddddddddddddd')));
const it = new URLSearchParams('a=1&b=2').entries();
it.next();
console.log(util.inspect(it), util.inspect(new URLSearchParams('k=v').keys()));
