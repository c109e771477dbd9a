'use strict';
// WHATWG URL: parsing, components, setters, errors and statics.
const { check, assert } = require('../check');
const url = require('url');

const parts = (u) => ({
  href: u.href, origin: u.origin, protocol: u.protocol, username: u.username, password: u.password,
  host: u.host, hostname: u.hostname, port: u.port, pathname: u.pathname, search: u.search, hash: u.hash,
});

check('components of a full URL', () => {
  assert.deepStrictEqual(parts(new URL('https://user:pass@sub.example.com:8080/p/a/t/h?query=string#hash')), {
    href: 'https://user:pass@sub.example.com:8080/p/a/t/h?query=string#hash',
    origin: 'https://sub.example.com:8080', protocol: 'https:', username: 'user', password: 'pass',
    host: 'sub.example.com:8080', hostname: 'sub.example.com', port: '8080', pathname: '/p/a/t/h',
    search: '?query=string', hash: '#hash',
  });
});

check('normalization', () => {
  const cases = [
    ['HTTP://EXAMPLE.COM', 'http://example.com/'],
    ['http://example.com:80/', 'http://example.com/'],
    ['https://example.com:443/a/./b/../c', 'https://example.com/a/c'],
    ['http://ÜBER.example/ä?ö#ü', 'http://xn--ber-goa.example/%C3%A4?%C3%B6#%C3%BC'],
    ['http://0x7f.1/', 'http://127.0.0.1/'],
    ['http://[0:0::1]:81/', 'http://[::1]:81/'],
    ['http:\\\\h\\a\\b', 'http://h/a/b'],
    ['  http://h/a b  ', 'http://h/a%20b'],
    ['http://h/a\tb\nc', 'http://h/abc'],
    ['file:///C:/x/../y', 'file:///C:/y'],
    ['mailto:Joe@Example.COM', 'mailto:Joe@Example.COM'],
    ['data:text/plain,hi there', 'data:text/plain,hi there'],
    ['foo://Host/%7e?x y', 'foo://Host/%7e?x%20y'],
    ['http://h/?a=\'b\'', "http://h/?a=%27b%27"],
  ];
  for (const [input, href] of cases) assert.strictEqual(new URL(input).href, href, input);
});

check('relative resolution against a base', () => {
  const base = 'http://a/b/c/d;p?q';
  const cases = [
    ['g', 'http://a/b/c/g'], ['./g', 'http://a/b/c/g'], ['g/', 'http://a/b/c/g/'], ['/g', 'http://a/g'],
    ['//g', 'http://g/'], ['?y', 'http://a/b/c/d;p?y'], ['#s', 'http://a/b/c/d;p?q#s'], ['..', 'http://a/b/'],
    ['../..', 'http://a/'], ['../../../g', 'http://a/g'], ['', 'http://a/b/c/d;p?q'], ['g;x=1/../y', 'http://a/b/c/y'],
    ['https:g', 'https://g/'],
  ];
  for (const [rel, href] of cases) assert.strictEqual(new URL(rel, base).href, href, rel);
  assert.strictEqual(new URL('x', new URL('http://h/a/')).href, 'http://h/a/x');
});

check('invalid URLs throw ERR_INVALID_URL', () => {
  for (const [input, base] of [['bad'], ['http://'], ['http://a b/'], ['https://[::1/'], ['x', 'bad'], ['http://h:99999/'], ['//x']]) {
    assert.throws(() => new URL(input, base), (e) => {
      assert.ok(e instanceof TypeError);
      assert.strictEqual(e.code, 'ERR_INVALID_URL');
      assert.strictEqual(e.message, 'Invalid URL');
      assert.strictEqual(e.input, input);
      if (base !== undefined) assert.strictEqual(e.base, base);
      else assert.strictEqual('base' in e, false);
      return true;
    });
  }
  assert.throws(() => new URL(), { code: 'ERR_MISSING_ARGS', message: 'The "url" argument must be specified' });
});

check('URL.canParse and URL.parse', () => {
  assert.strictEqual(URL.canParse('http://x'), true);
  assert.strictEqual(URL.canParse('x'), false);
  assert.strictEqual(URL.canParse('x', 'http://h/'), true);
  assert.strictEqual(URL.parse('nope'), null);
  assert.strictEqual(URL.parse('/p', 'http://h').href, 'http://h/p');
  assert.throws(() => URL.canParse(), { code: 'ERR_MISSING_ARGS' });
});

check('setters', () => {
  const u = new URL('http://a.com/b?c#d');
  u.protocol = 'https';
  u.username = 'me';
  u.password = 'p@ss';
  u.hostname = 'B.org';
  u.port = '8443';
  u.pathname = '/x y/z';
  u.search = 'k=v w';
  u.hash = 'frag ment';
  assert.strictEqual(u.href, 'https://me:p%40ss@b.org:8443/x%20y/z?k=v%20w#frag%20ment');
  u.port = '443';
  assert.strictEqual(u.port, '');
  u.host = 'c.net:81';
  assert.strictEqual(u.host, 'c.net:81');
  u.search = '';
  u.hash = '';
  assert.strictEqual(u.href, 'https://me:p%40ss@c.net:81/x%20y/z');
  u.protocol = 'ftp:';
  assert.strictEqual(u.protocol, 'ftp:');
  u.protocol = 'foo'; // special -> non-special is refused
  assert.strictEqual(u.protocol, 'ftp:');
  u.port = 'abc';
  assert.strictEqual(u.port, '81');
  u.port = '';
  assert.strictEqual(u.port, '');
});

check('href setter re-parses and throws on bad input', () => {
  const u = new URL('http://a/');
  u.href = 'https://b/c?d=1';
  assert.strictEqual(u.host, 'b');
  assert.strictEqual(u.searchParams.get('d'), '1');
  assert.throws(() => { u.href = 'not a url'; }, { code: 'ERR_INVALID_URL', input: 'not a url' });
  assert.strictEqual(u.href, 'https://b/c?d=1');
});

check('toString, toJSON, String and JSON', () => {
  const u = new URL('http://h/p?q');
  assert.strictEqual(u.toString(), 'http://h/p?q');
  assert.strictEqual(u.toJSON(), 'http://h/p?q');
  assert.strictEqual(`${u}`, 'http://h/p?q');
  assert.strictEqual(JSON.stringify({ u }), '{"u":"http://h/p?q"}');
  assert.strictEqual(Object.prototype.toString.call(u), '[object URL]');
  assert.deepStrictEqual(Object.keys(u), []);
});

check('property shape of URL.prototype', () => {
  const d = Object.getOwnPropertyDescriptor(URL.prototype, 'href');
  assert.strictEqual(typeof d.get, 'function');
  assert.strictEqual(typeof d.set, 'function');
  assert.strictEqual(d.enumerable, true);
  assert.strictEqual(Object.getOwnPropertyDescriptor(URL.prototype, 'origin').set, undefined);
  assert.throws(() => d.get.call({}), TypeError);
  assert.strictEqual(url.URL, URL);
  assert.strictEqual(url.URLSearchParams, URLSearchParams);
});

check('origins', () => {
  assert.strictEqual(new URL('blob:https://a.com:8/x').origin, 'https://a.com:8');
  assert.strictEqual(new URL('file:///x').origin, 'null');
  assert.strictEqual(new URL('foo://h/').origin, 'null');
  assert.strictEqual(new URL('ws://h:80/').origin, 'ws://h');
  assert.strictEqual(new URL('wss://h:80/').origin, 'wss://h:80');
});

check('domainToASCII / domainToUnicode', () => {
  assert.strictEqual(url.domainToASCII('español.com'), 'xn--espaol-zwa.com');
  assert.strictEqual(url.domainToASCII('中文.com'), 'xn--fiq228c.com');
  assert.strictEqual(url.domainToASCII('xn--iñvalid.com'), '');
  assert.strictEqual(url.domainToUnicode('xn--espaol-zwa.com'), 'español.com');
  assert.strictEqual(url.domainToUnicode('xn--fiq228c.com'), '中文.com');
  assert.strictEqual(url.domainToUnicode('xn--iñvalid.com'), '');
});

check('url.format(URL, options)', () => {
  const u = new URL('https://a:b@測試?abc#foo');
  assert.strictEqual(url.format(u), 'https://a:b@xn--g6w251d/?abc#foo');
  assert.strictEqual(url.format(u, { fragment: false, unicode: true, auth: false }), 'https://測試/?abc');
  assert.strictEqual(url.format(u, { search: false }), 'https://a:b@xn--g6w251d/#foo');
  assert.throws(() => url.format(u, 1), { code: 'ERR_INVALID_ARG_TYPE' });
});

const util = require('util');
console.log(util.inspect(new URL('https://user:pw@example.com:8080/a/b?x=1&y=2#h')));
console.log(util.inspect({ a: { b: new URL('http://x/') } }, { depth: 1 }));
console.log(util.inspect(new URL('http://x/?q=1'), { depth: 0 }));
