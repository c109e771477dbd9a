'use strict';
// fileURLToPath / pathToFileURL / urlToHttpOptions.
const { check, assert } = require('../check');
const url = require('url');
const { fileURLToPath, pathToFileURL, urlToHttpOptions } = url;

check('fileURLToPath on POSIX', () => {
  assert.strictEqual(fileURLToPath('file:///tmp/a%20b/c%23d'), '/tmp/a b/c#d');
  assert.strictEqual(fileURLToPath(new URL('file:///%E2%82%AC')), '/€');
  assert.strictEqual(fileURLToPath('file://localhost/etc/x'), '/etc/x');
  assert.strictEqual(fileURLToPath('file:///a/b/'), '/a/b/');
});

check('fileURLToPath errors', () => {
  assert.throws(() => fileURLToPath('http://x/'), {
    name: 'TypeError', code: 'ERR_INVALID_URL_SCHEME', message: 'The URL must be of scheme file',
  });
  assert.throws(() => fileURLToPath('file://host/x'), {
    code: 'ERR_INVALID_FILE_URL_HOST', message: `File URL host must be "localhost" or empty on ${process.platform}`,
  });
  assert.throws(() => fileURLToPath('file:///a%2fb'), {
    code: 'ERR_INVALID_FILE_URL_PATH', message: 'File URL path must not include encoded / characters',
  });
  assert.throws(() => fileURLToPath(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "path" argument must be of type string or an instance of URL. Received type number (5)',
  });
  assert.throws(() => fileURLToPath('not a url'), { code: 'ERR_INVALID_URL' });
});

check('fileURLToPath with windows: true', () => {
  assert.strictEqual(fileURLToPath('file:///C:/a%20b/c', { windows: true }), 'C:\\a b\\c');
  assert.strictEqual(fileURLToPath('file://server/share/x', { windows: true }), '\\\\server\\share\\x');
  assert.throws(() => fileURLToPath('file:///a', { windows: true }), {
    code: 'ERR_INVALID_FILE_URL_PATH', message: 'File URL path must be absolute',
  });
  assert.throws(() => fileURLToPath('file:///C:/a%5Cb', { windows: true }), {
    message: 'File URL path must not include encoded \\ or / characters',
  });
});

check('pathToFileURL percent-encodes what a path may hold', () => {
  assert.strictEqual(pathToFileURL('/tmp/a b#?%').href, 'file:///tmp/a%20b%23%3F%25');
  assert.strictEqual(pathToFileURL('/x/\n\t\r\\').href, 'file:///x/%0A%09%0D%5C');
  assert.strictEqual(pathToFileURL('/é😀').href, 'file:///%C3%A9%F0%9F%98%80');
  assert.strictEqual(pathToFileURL("/a[b]{c}^|`~!$&'()*+,;=:@").href, "file:///a%5Bb%5D%7Bc%7D%5E%7C%60%7E!$&'()*+,;=:@");
  assert.ok(pathToFileURL('/x') instanceof URL);
});

check('pathToFileURL resolves and keeps a trailing slash', () => {
  assert.strictEqual(pathToFileURL('/a/b/../c/').href, 'file:///a/c/');
  assert.strictEqual(pathToFileURL('rel/x').href, new URL(`file://${process.cwd()}/rel/x`).href);
  assert.strictEqual(fileURLToPath(pathToFileURL('/tmp/weird #?%name')), '/tmp/weird #?%name');
  assert.throws(() => pathToFileURL(1), { code: 'ERR_INVALID_ARG_TYPE' });
});

check('pathToFileURL with windows: true', () => {
  assert.strictEqual(pathToFileURL('C:\\a b\\c', { windows: true }).href, 'file:///C:/a%20b/c');
  assert.strictEqual(pathToFileURL('\\\\server\\share\\x y', { windows: true }).href, 'file://server/share/x%20y');
  assert.strictEqual(pathToFileURL('C:/x/', { windows: true }).href, 'file:///C:/x/');
});

check('urlToHttpOptions', () => {
  const o = urlToHttpOptions(new URL('https://a:b%20c@[::1]:8080/p?q=1#h'));
  assert.strictEqual(Object.getPrototypeOf(o), null);
  assert.deepStrictEqual({ ...o }, {
    protocol: 'https:', hostname: '::1', hash: '#h', search: '?q=1', pathname: '/p', path: '/p?q=1',
    href: 'https://a:b%20c@[::1]:8080/p?q=1#h', port: 8080, auth: 'a:b c',
  });
  const p = urlToHttpOptions(new URL('http://h/'));
  assert.strictEqual('port' in p, false);
  assert.strictEqual('auth' in p, false);
});
