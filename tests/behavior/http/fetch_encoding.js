'use strict';
// fetch content codings: the Accept-Encoding fetch sends and the decoding of gzip / x-gzip /
// deflate / br (and stacked) bodies, streamed: a gzip stream flushed chunk by chunk is
// decoded chunk by chunk.
const { checkAsync, assert } = require('../check');
const http = require('http');
const zlib = require('zlib');
const { listen, close } = require('./_helpers');

const text = 'hello compressed world '.repeat(200);
let clientSaw = null;
const seen = [];

const server = http.createServer(async (req, res) => {
  seen.push(req.headers['accept-encoding']);
  const [, kind] = req.url.split('/');
  const send = (coding, body, extra = {}) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': coding, ...extra });
    res.end(body);
  };
  switch (kind) {
    case 'gzip': return send('gzip', zlib.gzipSync(text));
    case 'x-gzip': return send('x-gzip', zlib.gzipSync(text));
    case 'GZIP': return send('GZIP', zlib.gzipSync(text));
    case 'deflate': return send('deflate', zlib.deflateSync(text));
    case 'br': return send('br', zlib.brotliCompressSync(text));
    case 'stacked': return send('deflate, gzip', zlib.gzipSync(zlib.deflateSync(text)));
    case 'unknown': return send('gzip, zstd', 'raw bytes');
    case 'identity': return send('identity', 'as is');
    case 'json': return send('gzip', zlib.gzipSync(JSON.stringify({ ok: true, list: [1, 2, 3] })), { 'content-type': 'application/json' });
    case 'corrupt': return send('gzip', 'this is not gzip');
    case 'truncated': return send('gzip', zlib.gzipSync(text).subarray(0, 40));
    case 'head': return send('gzip', zlib.gzipSync(text));
    case 'empty204':
      res.writeHead(204, { 'content-encoding': 'gzip' });
      return res.end();
    case 'stream': {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      const gz = zlib.createGzip();
      gz.pipe(res);
      for (let i = 0; i < 3; i++) {
        const wait = new Promise((resolve) => { clientSaw = resolve; });
        gz.write(`line ${i}\n`);
        gz.flush();
        await wait;
      }
      gz.end('end\n');
      return;
    }
    default:
      res.end('plain');
  }
});
const ready = listen(server);
const url = async (p) => `http://127.0.0.1:${await ready}${p}`;

checkAsync('fetch sends accept-encoding: gzip, deflate over http', async () => {
  seen.length = 0;
  await (await fetch(await url('/plain'))).text();
  await (await fetch(await url('/plain'), { method: 'POST', body: 'x' })).text();
  assert.deepStrictEqual(seen, ['gzip, deflate', 'gzip, deflate']);
  seen.length = 0;
  await (await fetch(await url('/plain'), { headers: { 'Accept-Encoding': 'identity' } })).text();
  assert.deepStrictEqual(seen, ['identity']);
});

checkAsync('gzip, x-gzip, GZIP, deflate and br bodies are decoded', async () => {
  for (const kind of ['gzip', 'x-gzip', 'GZIP', 'deflate', 'br']) {
    const res = await fetch(await url(`/${kind}`));
    assert.strictEqual(await res.text(), text, kind);
    // The headers are the server's, untouched.
    assert.strictEqual(res.headers.get('content-encoding'), kind);
  }
});

checkAsync('stacked codings are undone in reverse order; unknown ones pass through', async () => {
  assert.strictEqual(await (await fetch(await url('/stacked'))).text(), text);
  assert.strictEqual(await (await fetch(await url('/unknown'))).text(), 'raw bytes');
  assert.strictEqual(await (await fetch(await url('/identity'))).text(), 'as is');
});

checkAsync('json() of a gzip body, and a decoded body read as a stream', async () => {
  assert.deepStrictEqual(await (await fetch(await url('/json'))).json(), { ok: true, list: [1, 2, 3] });
  const res = await fetch(await url('/br'));
  let total = 0;
  for await (const chunk of res.body) total += chunk.byteLength;
  assert.strictEqual(total, text.length);
});

checkAsync('a gzip stream is decoded chunk by chunk', async () => {
  const res = await fetch(await url('/stream'));
  const decoder = new TextDecoder();
  let got = '';
  const reader = res.body.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    got += decoder.decode(value, { stream: true });
    if (got.endsWith('\n') && !got.endsWith('end\n')) clientSaw();
  }
  assert.strictEqual(got, 'line 0\nline 1\nline 2\nend\n');
});

checkAsync('a corrupt gzip body: fetch resolves, reading fails with TypeError terminated', async () => {
  const res = await fetch(await url('/corrupt'));
  assert.strictEqual(res.status, 200);
  await assert.rejects(res.text(), (err) => {
    assert.strictEqual(err.name, 'TypeError');
    assert.strictEqual(err.message, 'terminated');
    assert.strictEqual(err.cause.code, 'Z_DATA_ERROR');
    return true;
  });
  // The connection pool is fine afterwards.
  assert.strictEqual(await (await fetch(await url('/gzip'))).text(), text);
});

checkAsync('a truncated gzip body yields what could be decoded', async () => {
  const got = await (await fetch(await url('/truncated'))).text();
  assert.ok(text.startsWith(got));
});

checkAsync('HEAD and 204 responses have a null body', async () => {
  const head = await fetch(await url('/head'), { method: 'HEAD' });
  assert.strictEqual(head.body, null);
  assert.strictEqual(await head.text(), '');
  const empty = await fetch(await url('/empty204'));
  assert.strictEqual(empty.status, 204);
  assert.strictEqual(empty.body, null);
  assert.strictEqual(await empty.text(), '');
});

checkAsync('close the server', async () => {
  await close(server);
});
