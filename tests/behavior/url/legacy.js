'use strict';
// Legacy url.parse / url.format / url.resolve against tables of Node's own answers.
const { check, assert } = require('../check');
const url = require('url');

// Url objects compared field by field, query objects as plain objects.
const plain = (u) => Object.fromEntries(Object.entries(u).map(([k, v]) => [k, v && typeof v === 'object' ? { ...v } : v]));

const parseTable = [
  [["http://user:pass@host.com:8080/p/a/t/h?query=string#hash"], {"protocol": "http:", "slashes": true, "auth": "user:pass", "host": "host.com:8080", "port": "8080", "hostname": "host.com", "hash": "#hash", "search": "?query=string", "query": "query=string", "pathname": "/p/a/t/h", "path": "/p/a/t/h?query=string", "href": "http://user:pass@host.com:8080/p/a/t/h?query=string#hash"}],
  [["HTTP://X.COM/Y"], {"protocol": "http:", "slashes": true, "auth": null, "host": "x.com", "port": null, "hostname": "x.com", "hash": null, "search": null, "query": null, "pathname": "/Y", "path": "/Y", "href": "http://x.com/Y"}],
  [["//foo/bar"], {"protocol": null, "slashes": null, "auth": null, "host": null, "port": null, "hostname": null, "hash": null, "search": null, "query": null, "pathname": "//foo/bar", "path": "//foo/bar", "href": "//foo/bar"}],
  [["//foo/bar", false, true], {"protocol": null, "slashes": true, "auth": null, "host": "foo", "port": null, "hostname": "foo", "hash": null, "search": null, "query": null, "pathname": "/bar", "path": "/bar", "href": "//foo/bar"}],
  [["/a/b?c=d&e=f", true], {"protocol": null, "slashes": null, "auth": null, "host": null, "port": null, "hostname": null, "hash": null, "search": "?c=d&e=f", "query": {"c": "d", "e": "f"}, "pathname": "/a/b", "path": "/a/b?c=d&e=f", "href": "/a/b?c=d&e=f"}],
  [["/a", true], {"protocol": null, "slashes": null, "auth": null, "host": null, "port": null, "hostname": null, "hash": null, "search": null, "query": {}, "pathname": "/a", "path": "/a", "href": "/a"}],
  [["mailto:user@example.com"], {"protocol": "mailto:", "slashes": null, "auth": "user", "host": "example.com", "port": null, "hostname": "example.com", "hash": null, "search": null, "query": null, "pathname": null, "path": null, "href": "mailto:user@example.com"}],
  [["javascript:alert(\"x y\")"], {"protocol": "javascript:", "slashes": null, "auth": null, "host": null, "port": null, "hostname": null, "hash": null, "search": null, "query": null, "pathname": "alert(\"x y\")", "path": "alert(\"x y\")", "href": "javascript:alert(\"x y\")"}],
  [["file:///etc/passwd"], {"protocol": "file:", "slashes": true, "auth": null, "host": "", "port": null, "hostname": "", "hash": null, "search": null, "query": null, "pathname": "/etc/passwd", "path": "/etc/passwd", "href": "file:///etc/passwd"}],
  [["file:relative"], {"protocol": "file:", "slashes": null, "auth": null, "host": null, "port": null, "hostname": null, "hash": null, "search": null, "query": null, "pathname": "relative", "path": "relative", "href": "file://relative"}],
  [["http://[::1]:3000/x"], {"protocol": "http:", "slashes": true, "auth": null, "host": "[::1]:3000", "port": "3000", "hostname": "::1", "hash": null, "search": null, "query": null, "pathname": "/x", "path": "/x", "href": "http://[::1]:3000/x"}],
  [["http://ÜBER.example/ä"], {"protocol": "http:", "slashes": true, "auth": null, "host": "xn--ber-goa.example", "port": null, "hostname": "xn--ber-goa.example", "hash": null, "search": null, "query": null, "pathname": "/ä", "path": "/ä", "href": "http://xn--ber-goa.example/ä"}],
  [["  http://x.com/a b\t  "], {"protocol": "http:", "slashes": true, "auth": null, "host": "x.com", "port": null, "hostname": "x.com", "hash": null, "search": null, "query": null, "pathname": "/a%20b", "path": "/a%20b", "href": "http://x.com/a%20b"}],
  [["http://a.com\\b\\c?d\\e"], {"protocol": "http:", "slashes": true, "auth": null, "host": "a.com", "port": null, "hostname": "a.com", "hash": null, "search": "?d%5Ce", "query": "d%5Ce", "pathname": "/b/c", "path": "/b/c?d%5Ce", "href": "http://a.com/b/c?d%5Ce"}],
  [["http://x.com/p?a={1}|2^`"], {"protocol": "http:", "slashes": true, "auth": null, "host": "x.com", "port": null, "hostname": "x.com", "hash": null, "search": "?a=%7B1%7D%7C2%5E%60", "query": "a=%7B1%7D%7C2%5E%60", "pathname": "/p", "path": "/p?a=%7B1%7D%7C2%5E%60", "href": "http://x.com/p?a=%7B1%7D%7C2%5E%60"}],
  [["a:b:c"], {"protocol": "a:", "slashes": null, "auth": null, "host": "b", "port": null, "hostname": "b", "hash": null, "search": null, "query": null, "pathname": "/:c", "path": "/:c", "href": "a:b/:c"}],
  [["news:comp.lang"], {"protocol": "news:", "slashes": null, "auth": null, "host": "comp.lang", "port": null, "hostname": "comp.lang", "hash": null, "search": null, "query": null, "pathname": null, "path": null, "href": "news:comp.lang"}],
  [["http://a@b@c/"], {"protocol": "http:", "slashes": true, "auth": "a@b", "host": "c", "port": null, "hostname": "c", "hash": null, "search": null, "query": null, "pathname": "/", "path": "/", "href": "http://a%40b@c/"}],
  [["http://a.com:/x"], {"protocol": "http:", "slashes": true, "auth": null, "host": "a.com", "port": null, "hostname": "a.com", "hash": null, "search": null, "query": null, "pathname": "/x", "path": "/x", "href": "http://a.com/x"}],
  [["?q=1#h"], {"protocol": null, "slashes": null, "auth": null, "host": null, "port": null, "hostname": null, "hash": "#h", "search": "?q=1", "query": "q=1", "pathname": null, "path": "?q=1", "href": "?q=1#h"}],
  [["#only"], {"protocol": null, "slashes": null, "auth": null, "host": null, "port": null, "hostname": null, "hash": "#only", "search": null, "query": null, "pathname": null, "path": null, "href": "#only"}],
  [[""], {"protocol": null, "slashes": null, "auth": null, "host": null, "port": null, "hostname": null, "hash": null, "search": null, "query": null, "pathname": null, "path": null, "href": ""}],
  [["http://x.com#a?b"], {"protocol": "http:", "slashes": true, "auth": null, "host": "x.com", "port": null, "hostname": "x.com", "hash": "#a?b", "search": null, "query": null, "pathname": "/", "path": "/", "href": "http://x.com/#a?b"}],
  [["xmpp:user@host/res"], {"protocol": "xmpp:", "slashes": null, "auth": "user", "host": "host", "port": null, "hostname": "host", "hash": null, "search": null, "query": null, "pathname": "/res", "path": "/res", "href": "xmpp:user@host/res"}],
  [["http://a:b/c"], {"protocol": "http:", "slashes": true, "auth": null, "host": "a", "port": null, "hostname": "a", "hash": null, "search": null, "query": null, "pathname": "/:b/c", "path": "/:b/c", "href": "http://a/:b/c"}],
];
const formatTable = [
  [{"protocol": "https", "hostname": "example.com", "pathname": "/some/path", "query": {"page": 1, "format": "json"}}, "https://example.com/some/path?page=1&format=json"],
  [{"protocol": "mailto", "pathname": "a@b"}, "mailto:a@b"],
  [{"protocol": "file", "pathname": "/x"}, "file:///x"],
  [{"host": "h:1", "auth": "u:p w", "pathname": "p#?", "search": "a#b", "hash": "h"}, "u:p%20w@h:1p%23%3F?a%23b#h"],
  [{"protocol": "http:", "slashes": true, "hostname": "::1", "port": 8}, "http://[::1]:8"],
  [{"protocol": "xx", "slashes": true, "pathname": "p"}, "xx:///p"],
  [{"query": "a=1"}, ""],
  [{"search": "", "query": {"a": [1, 2]}}, "?a=1&a=2"],
  [{}, ""],
];
const resolveTable = [
  [["/one/two/three", "four"], "/one/two/four"],
  [["http://example.com/", "/one"], "http://example.com/one"],
  [["http://example.com/one", "/two"], "http://example.com/two"],
  [["http://a/b/c/d;p?q", "../g"], "http://a/b/g"],
  [["http://a/b/c/d;p?q", "//g"], "http://g/"],
  [["http://a/b/c/d;p?q", "?y"], "http://a/b/c/d;p?y"],
  [["http://a/b/c/d;p?q", "g?y#s"], "http://a/b/c/g?y#s"],
  [["http://a/b/c/d;p?q", "../../../../g"], "http://a/g"],
  [["http://a/b/c/d;p?q", "https:g"], "https://g/"],
  [["http://a/b/c/d;p?q", "mailto:x@y"], "mailto:x@y"],
  [["mailto:a@b", "c@d"], "mailto:c@d"],
  [["http://u:p@a/b", "c"], "http://u:p@a/c"],
  [["http://u:p@a/b", "//x/y"], "http://x/y"],
  [["file:///a/b", "../c"], "file:///c"],
  [["a/b/", "../../.."], "../"],
  [["", "x"], "x"],
  [["http://x.com", ""], "http://x.com/"],
  [["http://x.com/a/", "."], "http://x.com/a/"],
  [["http://x.com/a/b", "./c/../d/"], "http://x.com/a/d/"],
];
const resolveObjectTable = [
  [["/one/two/three", "four"], {"protocol": null, "slashes": null, "auth": null, "host": null, "port": null, "hostname": null, "hash": null, "search": null, "query": null, "pathname": "/one/two/four", "path": "/one/two/four", "href": "/one/two/four"}],
  [["http://example.com/", "/one"], {"protocol": "http:", "slashes": true, "auth": null, "host": "example.com", "port": null, "hostname": "example.com", "hash": null, "search": null, "query": null, "pathname": "/one", "path": "/one", "href": "http://example.com/one"}],
  [["http://example.com/one", "/two"], {"protocol": "http:", "slashes": true, "auth": null, "host": "example.com", "port": null, "hostname": "example.com", "hash": null, "search": null, "query": null, "pathname": "/two", "path": "/two", "href": "http://example.com/two"}],
  [["http://a/b/c/d;p?q", "../g"], {"protocol": "http:", "slashes": true, "auth": null, "host": "a", "port": null, "hostname": "a", "hash": null, "search": null, "query": null, "pathname": "/b/g", "path": "/b/g", "href": "http://a/b/g"}],
  [["http://a/b/c/d;p?q", "//g"], {"protocol": "http:", "slashes": true, "auth": null, "host": "g", "port": null, "hostname": "g", "hash": null, "search": null, "query": null, "pathname": "/", "path": "/", "href": "http://g/"}],
  [["http://a/b/c/d;p?q", "?y"], {"protocol": "http:", "slashes": true, "auth": null, "host": "a", "port": null, "hostname": "a", "hash": null, "search": "?y", "query": "y", "pathname": "/b/c/d;p", "path": "/b/c/d;p?y", "href": "http://a/b/c/d;p?y"}],
  [["http://a/b/c/d;p?q", "g?y#s"], {"protocol": "http:", "slashes": true, "auth": null, "host": "a", "port": null, "hostname": "a", "hash": "#s", "search": "?y", "query": "y", "pathname": "/b/c/g", "path": "/b/c/g?y", "href": "http://a/b/c/g?y#s"}],
  [["http://a/b/c/d;p?q", "../../../../g"], {"protocol": "http:", "slashes": true, "auth": null, "host": "a", "port": null, "hostname": "a", "hash": null, "search": null, "query": null, "pathname": "/g", "path": "/g", "href": "http://a/g"}],
];

process.noDeprecation = true; // 'http://a:b/c' warns (DEP0170) in Node

for (const [args, want] of parseTable) {
  check(`url.parse(${JSON.stringify(args)})`, () => {
    const u = url.parse(...args);
    assert.ok(u instanceof url.Url);
    assert.deepStrictEqual(plain(u), want);
  });
}
check('url.format of objects', () => {
  for (const [obj, want] of formatTable) assert.strictEqual(url.format(obj), want, JSON.stringify(obj));
});
check('url.resolve', () => {
  for (const [args, want] of resolveTable) assert.strictEqual(url.resolve(...args), want, JSON.stringify(args));
});
check('url.resolveObject', () => {
  for (const [args, want] of resolveObjectTable) assert.deepStrictEqual(plain(url.resolveObject(...args)), want, JSON.stringify(args));
});
check('query objects have a null prototype', () => {
  const q = url.parse('/p?a=1&a=2&b', true).query;
  assert.strictEqual(Object.getPrototypeOf(q), null);
  assert.deepStrictEqual({ ...q }, { a: ['1', '2'], b: '' });
});
check('Url objects and methods', () => {
  const u = url.parse('http://x.com/a/b');
  assert.strictEqual(u.resolve('../c'), 'http://x.com/c');
  assert.strictEqual(u.format(), 'http://x.com/a/b');
  assert.strictEqual(url.parse(u), u);
  assert.deepStrictEqual(Object.keys(new url.Url()), ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query', 'pathname', 'path', 'href']);
  assert.deepStrictEqual(Object.getOwnPropertyNames(url.Url.prototype).sort(), ['constructor', 'format', 'parse', 'parseHost', 'resolve', 'resolveObject']);
});
check('url.format of a string and bad arguments', () => {
  assert.strictEqual(url.format('HTTP://A.com/x?y#z'), 'http://a.com/x?y#z');
  assert.throws(() => url.format(1), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "urlObject" argument must be one of type object or string. Received type number (1)',
  });
  assert.throws(() => url.parse(5), { code: 'ERR_INVALID_ARG_TYPE', message: 'The "url" argument must be of type string. Received type number (5)' });
});
check('invalid hosts', () => {
  assert.throws(() => url.parse('http://a[b]/'), { code: 'ERR_INVALID_URL' });
  assert.throws(() => url.parse('http://[::1/'), { code: 'ERR_INVALID_URL' });
  assert.throws(() => url.parse('http://a%zz@b/'), URIError);
});

console.log(url.parse('https://user:pw@sub.example.com:8080/p/a/t/h?query=string#hash', true));
