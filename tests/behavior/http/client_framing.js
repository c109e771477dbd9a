'use strict';
// How http.request frames a request body: GET/DELETE/OPTIONS/HEAD send neither
// Content-Length nor chunks (Node's useChunkedEncodingByDefault is false for them),
// end(body) gives a length, write() then end() goes chunked.
const { checkAsync, assert } = require('../check');
const http = require('http');

checkAsync('request framing by method', async () => {
  const server = http.createServer((req, res) => {
    res.end(JSON.stringify([req.method, req.headers['content-length'] ?? null, req.headers['transfer-encoding'] ?? null]));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  const send = (method, write) => new Promise((resolve, reject) => {
    const req = http.request({ port, host: '127.0.0.1', method }, (res) => {
      let d = '';
      res.on('data', (c) => { d += c; });
      res.on('end', () => resolve(d === '' ? null : JSON.parse(d)));
    });
    req.on('error', reject);
    write(req);
  });
  const got = [];
  for (const m of ['GET', 'DELETE', 'OPTIONS', 'POST']) got.push(await send(m, (r) => r.end()));
  got.push(await send('POST', (r) => r.end('abc')));
  got.push(await send('PUT', (r) => r.end('')));
  got.push(await send('HEAD', (r) => r.end()));
  got.push(await send('POST', (r) => { r.write('a'); r.end('b'); }));
  server.close();
  assert.deepStrictEqual(got, [
    ['GET', null, null], ['DELETE', null, null], ['OPTIONS', null, null], ['POST', '0', null],
    ['POST', '3', null], ['PUT', '0', null], null, ['POST', null, 'chunked'],
  ]);
});
