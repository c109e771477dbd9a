'use strict';
const { fetchText, test, assert } = require('./lib');
const Koa = require('koa');
const Router = require('koa-router');

(async () => {
  const app = new Koa();
  const router = new Router();
  router.get('/user/getinfo', async (ctx) => { ctx.body = 'my name is liujianghong'; });
  router.get('/json', async (ctx) => { ctx.body = { ok: true, q: ctx.query }; });
  router.post('/status', async (ctx) => { ctx.status = 204; });
  app.use(router.routes());
  const server = await new Promise((resolve) => { const s = app.listen(0, '127.0.0.1', () => resolve(s)); });
  const port = server.address().port;

  await test('seed route', async () => {
    const r = await fetchText(port, '/user/getinfo');
    assert.strictEqual(r.status, 200);
    assert.strictEqual(r.body, 'my name is liujianghong');
    assert.strictEqual(r.headers['content-type'], 'text/plain; charset=utf-8');
    assert.strictEqual(r.headers['content-length'], '23');
  });
  await test('json body and query', async () => {
    const r = await fetchText(port, '/json?a=1');
    assert.deepStrictEqual(JSON.parse(r.body), { ok: true, q: { a: '1' } });
    assert.match(r.headers['content-type'], /application\/json/);
  });
  await test('404 and 204', async () => {
    assert.strictEqual((await fetchText(port, '/nope')).status, 404);
    const r = await fetchText(port, '/status', { method: 'POST' });
    assert.strictEqual(r.status, 204);
    assert.strictEqual(r.body, '');
  });
  server.close();
})();
