'use strict';
const { fetchText, test, assert } = require('./lib');
process.env.QUIET = '1';
process.env.PORT = '0';
const server = require('../../examples/express/app.js');

server.on('listening', async () => {
  const port = server.address().port;
  await test('GET / text', async () => {
    const r = await fetchText(port, '/');
    assert.strictEqual(r.status, 200);
    assert.strictEqual(r.body, 'Hello from express');
    assert.match(r.headers['content-type'], /text\/html/);
    assert.ok(r.headers.etag);
  });
  await test('params, query, custom header, json', async () => {
    const r = await fetchText(port, '/user/42?x=y');
    assert.strictEqual(r.headers['x-user'], '42');
    assert.deepStrictEqual(JSON.parse(r.body), { id: '42', q: { x: 'y' } });
  });
  await test('body-parser JSON POST', async () => {
    const body = JSON.stringify({ a: [1, 2], b: 'ü' });
    const r = await fetchText(port, '/echo', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) }, body });
    assert.strictEqual(r.status, 201);
    assert.deepStrictEqual(JSON.parse(r.body), { received: { a: [1, 2], b: 'ü' }, type: 'application/json' });
  });
  await test('body-parser rejects bad JSON with 400', async () => {
    const r = await fetchText(port, '/echo', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{bad' });
    assert.strictEqual(r.status, 400);
  });
  await test('404 fallthrough', async () => {
    const r = await fetchText(port, '/missing');
    assert.strictEqual(r.status, 404);
    assert.strictEqual(r.body, 'not here');
  });
  server.close();
});
