'use strict';
// Bad input is answered before the app sees it; the server survives every case.
const { checkAsync, assert } = require('../check');
const http = require('http');
const { listen, close, raw } = require('./_helpers');

const cases = [
  ['garbage request line', 'GARBAGE\r\n\r\n', 400],
  ['unknown method', 'FOO / HTTP/1.1\r\nHost: x\r\n\r\n', 400],
  ['bad version', 'GET / HTTP/9.9\r\nHost: x\r\n\r\n', 400],
  ['space in header name', 'GET / HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n', 400],
  ['control char in header value', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x01b\r\n\r\n', 400],
  ['CL and TE together', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n', 400],
  ['two different Content-Lengths', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd', 400],
  ['non-numeric Content-Length', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n', 400],
  ['bad chunk size', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n', 400],
  ['missing Host in HTTP/1.1', 'GET / HTTP/1.1\r\n\r\n', 400],
  ['headers over 16 KiB', `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20000)}\r\n\r\n`, 431],
];

let served = 0;
const server = http.createServer((req, res) => {
  served++;
  req.resume();
  req.on('end', () => res.end('ok'));
});

const ready = listen(server);

for (const [name, payload, status] of cases) {
  checkAsync(`${name} -> ${status}`, async () => {
    const port = await ready;
    const out = await raw(port, payload);
    const first = out.split('\r\n')[0];
    assert.strictEqual(first.slice(0, 12), `HTTP/1.1 ${status}`, `got ${JSON.stringify(out.slice(0, 80))}`);
    assert.match(out, /Connection: close/i);
  });
}

checkAsync('server still serves after all of that', async () => {
  const port = await ready;
  const before = served;
  const out = await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.match(out, /^HTTP\/1\.1 200 OK/);
  assert.match(out, /\r\n\r\nok$/);
  assert.strictEqual(served, before + 1);
});

checkAsync('clientError listener gets the parse error and the socket', async () => {
  const s2 = http.createServer(() => {});
  let seen;
  s2.on('clientError', (err, socket) => {
    seen = err;
    socket.end('HTTP/1.1 400 Custom\r\nConnection: close\r\n\r\n');
  });
  const port = await listen(s2);
  const out = await raw(port, 'FOO / HTTP/1.1\r\nHost: x\r\n\r\n');
  assert.match(out, /^HTTP\/1\.1 400 Custom/);
  assert.ok(seen instanceof Error);
  assert.strictEqual(seen.code, 'HPE_INVALID_METHOD');
  await close(s2);
});

checkAsync('slowloris: headersTimeout cuts a client off', async () => {
  const s3 = http.createServer({ headersTimeout: 300, requestTimeout: 600, connectionsCheckingInterval: 50 }, (req, res) => res.end());
  const port = await listen(s3);
  const start = Date.now();
  const out = await raw(port, ['GET / HTTP/1.1\r\n', 'Host: x\r\n'], 3000);
  const took = Date.now() - start;
  assert.ok(took < 2500, `took ${took} ms`);
  assert.match(out, /^(HTTP\/1\.1 408|$)/);
  await close(s3);
});

checkAsync('close the main server', async () => {
  await ready;
  await close(server);
});
