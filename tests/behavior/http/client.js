'use strict';
const { checkAsync, assert } = require('../check');
const http = require('http');
const { listen, close } = require('./_helpers');

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    if (req.url === '/slow') { setTimeout(() => res.end('late'), 300); return; }
    if (req.url === '/chunks') { res.write('x'); setTimeout(() => res.end('y'), 10); return; }
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.end(JSON.stringify({ method: req.method, url: req.url, body, te: req.headers['transfer-encoding'] || null, conn: req.headers.connection }));
  });
});
const ready = listen(server);

function request(opts, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(opts, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { data += d; });
      res.on('end', () => resolve({ res, data, req }));
    });
    req.on('error', reject);
    if (body) for (const b of [].concat(body)) req.write(b);
    req.end();
  });
}

checkAsync('GET with http.get and a URL string', async () => {
  const port = await ready;
  const { res, data } = await new Promise((resolve, reject) => {
    http.get(`http://127.0.0.1:${port}/path?q=1`, (res) => {
      let data = '';
      res.on('data', (d) => { data += d; });
      res.on('end', () => resolve({ res, data }));
    }).on('error', reject);
  });
  assert.strictEqual(res.statusCode, 200);
  assert.strictEqual(res.statusMessage, 'OK');
  assert.deepStrictEqual(res.headers['set-cookie'], ['a=1', 'b=2']);
  assert.strictEqual(JSON.parse(data).url, '/path?q=1');
});

checkAsync('POST with a chunked body and keep-alive agent reuse', async () => {
  const port = await ready;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const a = await request({ port, host: '127.0.0.1', method: 'POST', path: '/p', agent }, ['ab', 'cd']);
  const j = JSON.parse(a.data);
  assert.strictEqual(j.body, 'abcd');
  assert.strictEqual(j.te, 'chunked');
  assert.strictEqual(j.conn, 'keep-alive');
  const b = await request({ port, host: '127.0.0.1', method: 'PUT', path: '/q', agent, headers: { 'Content-Length': 2 } }, 'ok');
  assert.strictEqual(JSON.parse(b.data).body, 'ok');
  assert.strictEqual(b.req.reusedSocket, true);
  agent.destroy();
});

checkAsync('agent: false sends Connection: close', async () => {
  const port = await ready;
  const { data } = await request({ port, host: '127.0.0.1', path: '/c', agent: false });
  assert.strictEqual(JSON.parse(data).conn, 'close');
});

checkAsync('maxSockets queues requests', async () => {
  const port = await ready;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const all = await Promise.all([1, 2, 3].map((i) => request({ port, host: '127.0.0.1', path: `/m${i}`, agent })));
  assert.deepStrictEqual(all.map((r) => JSON.parse(r.data).url), ['/m1', '/m2', '/m3']);
  agent.destroy();
});

checkAsync('streamed response arrives in pieces', async () => {
  const port = await ready;
  const { data, res } = await request({ port, host: '127.0.0.1', path: '/chunks' });
  assert.strictEqual(data, 'xy');
  assert.strictEqual(res.headers['transfer-encoding'], 'chunked');
});

checkAsync('setTimeout + destroy gives a socket hang up', async () => {
  const port = await ready;
  const err = await new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', path: '/slow', agent: false });
    req.setTimeout(50, () => req.destroy());
    req.on('error', resolve);
  });
  assert.strictEqual(err.code, 'ECONNRESET');
  assert.strictEqual(err.message, 'socket hang up');
});

checkAsync('ECONNREFUSED reaches the request', async () => {
  const s = http.createServer();
  const port = await listen(s);
  await close(s);
  const err = await new Promise((resolve) => {
    http.get({ port, host: '127.0.0.1', agent: false }).on('error', resolve);
  });
  assert.strictEqual(err.code, 'ECONNREFUSED');
});

checkAsync('header validation errors', async () => {
  assert.throws(() => http.request({ host: '127.0.0.1', port: 1, method: 'BAD METHOD' }), { code: 'ERR_INVALID_HTTP_TOKEN' });
  assert.throws(() => http.request({ host: '127.0.0.1', port: 1, path: '/a b' }), { code: 'ERR_UNESCAPED_CHARACTERS' });
  assert.throws(() => http.validateHeaderName('a b'), { code: 'ERR_INVALID_HTTP_TOKEN', message: 'Header name must be a valid HTTP token ["a b"]' });
  assert.throws(() => http.validateHeaderValue('x', undefined), { code: 'ERR_HTTP_INVALID_HEADER_VALUE' });
  assert.strictEqual(http.STATUS_CODES[418], "I'm a Teapot");
  assert.ok(http.METHODS.includes('PATCH'));
});

checkAsync('close the server', async () => {
  await ready;
  await close(server);
});
