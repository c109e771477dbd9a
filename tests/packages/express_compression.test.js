'use strict';
// Express with the `compression` middleware (zlib) and signed cookies (`cookie-parser`
// with a secret: crypto HMAC), unmodified.
const { test, assert } = require('./lib');
const http = require('http');
const zlib = require('zlib');
const express = require('express');
const compression = require('compression');
const cookieParser = require('cookie-parser');

const app = express();
app.use(compression({ threshold: 0 }));
app.use(cookieParser('s3cret'));
app.get('/big', (req, res) => res.type('text').send('minode '.repeat(2000)));
app.get('/login', (req, res) => { res.cookie('user', 'ada', { signed: true }); res.send('ok'); });
app.get('/me', (req, res) => res.json({ signed: req.signedCookies, plain: req.cookies }));

function get(port, path, headers = {}) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const server = app.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  await test('compression gzips a large response', async () => {
    const r = await get(port, '/big', { 'Accept-Encoding': 'gzip' });
    assert.strictEqual(r.status, 200);
    assert.strictEqual(r.headers['content-encoding'], 'gzip');
    assert.ok(r.body.length < 200, `compressed to ${r.body.length} bytes`);
    assert.strictEqual(zlib.gunzipSync(r.body).toString(), 'minode '.repeat(2000));
  });
  await test('compression honours identity', async () => {
    const r = await get(port, '/big', { 'Accept-Encoding': 'identity' });
    assert.strictEqual(r.headers['content-encoding'], undefined);
    assert.strictEqual(r.body.length, 14000);
  });
  await test('signed cookie round trip', async () => {
    const login = await get(port, '/login');
    const setCookie = login.headers['set-cookie'][0];
    assert.match(setCookie, /^user=s%3Aada\.[A-Za-z0-9%]+; Path=\//);
    const cookie = setCookie.split(';')[0];
    const me = await get(port, '/me', { Cookie: cookie });
    assert.deepStrictEqual(JSON.parse(me.body), { signed: { user: 'ada' }, plain: {} });
    const tampered = await get(port, '/me', { Cookie: cookie.replace('ada', 'eve') });
    assert.deepStrictEqual(JSON.parse(tampered.body), { signed: { user: false }, plain: {} });
  });
  server.close();
});
