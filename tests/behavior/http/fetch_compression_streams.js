'use strict';
// CompressionStream / DecompressionStream (gzip, deflate, deflate-raw): round trips, interop
// with zlib, streaming a fetch body through them, and errors.
const { check, checkAsync, assert } = require('../check');
const http = require('http');
const zlib = require('zlib');
const { listen, close } = require('./_helpers');

async function collect(readable) {
  const chunks = [];
  for await (const c of readable) {
    assert.ok(c instanceof Uint8Array);
    chunks.push(c);
  }
  return Buffer.concat(chunks);
}

function source(parts) {
  return new ReadableStream({
    start(c) {
      for (const p of parts) c.enqueue(typeof p === 'string' ? new TextEncoder().encode(p) : p);
      c.close();
    },
  });
}

const text = 'The quick brown fox jumps over the lazy dog. '.repeat(500);

check('globals and stream/web exports', () => {
  assert.strictEqual(typeof CompressionStream, 'function');
  assert.strictEqual(typeof DecompressionStream, 'function');
  const web = require('stream/web');
  assert.strictEqual(web.CompressionStream, CompressionStream);
  assert.strictEqual(web.DecompressionStream, DecompressionStream);
  const cs = new CompressionStream('gzip');
  assert.strictEqual(Object.prototype.toString.call(cs), '[object CompressionStream]');
  assert.ok(cs.readable instanceof ReadableStream);
  assert.ok(cs.writable instanceof WritableStream);
  assert.deepStrictEqual(Object.keys(cs), []);
});

check('invalid formats', () => {
  assert.throws(() => new CompressionStream('zip'), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'format' is invalid. Received 'zip'" });
  assert.throws(() => new DecompressionStream(), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'format' is invalid. Received undefined" });
});

checkAsync('round trips for gzip, deflate and deflate-raw', async () => {
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const compressed = await collect(source([text.slice(0, 1000), text.slice(1000)]).pipeThrough(new CompressionStream(format)));
    assert.ok(compressed.length < text.length / 10, format);
    const back = await collect(source([compressed.subarray(0, 7), compressed.subarray(7)]).pipeThrough(new DecompressionStream(format)));
    assert.strictEqual(back.toString(), text, format);
  }
});

checkAsync('interop with zlib', async () => {
  const gz = await collect(source([text]).pipeThrough(new CompressionStream('gzip')));
  assert.strictEqual(zlib.gunzipSync(gz).toString(), text);
  const df = await collect(source([text]).pipeThrough(new CompressionStream('deflate')));
  assert.strictEqual(zlib.inflateSync(df).toString(), text);
  const raw = await collect(source([text]).pipeThrough(new CompressionStream('deflate-raw')));
  assert.strictEqual(zlib.inflateRawSync(raw).toString(), text);
  assert.strictEqual((await collect(source([zlib.gzipSync('abc')]).pipeThrough(new DecompressionStream('gzip')))).toString(), 'abc');
  assert.strictEqual((await collect(source([zlib.deflateRawSync('xyz')]).pipeThrough(new DecompressionStream('deflate-raw')))).toString(), 'xyz');
});

checkAsync('writer/reader use and an empty input', async () => {
  const cs = new CompressionStream('deflate');
  const writer = cs.writable.getWriter();
  const reading = collect(cs.readable);
  await writer.write(new TextEncoder().encode('part one, '));
  await writer.write(new Uint8Array(Buffer.from('part two')));
  await writer.close();
  assert.strictEqual(zlib.inflateSync(await reading).toString(), 'part one, part two');
  const empty = await collect(source([]).pipeThrough(new CompressionStream('gzip')));
  assert.strictEqual(zlib.gunzipSync(empty).length, 0);
});

checkAsync('corrupt input errors the readable side', async () => {
  const ds = new DecompressionStream('gzip');
  const writer = ds.writable.getWriter();
  writer.write(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).catch(() => {});
  const closing = writer.close();
  await assert.rejects(collect(ds.readable), (err) => {
    assert.strictEqual(err.code, 'Z_DATA_ERROR');
    return true;
  });
  await assert.rejects(closing, { code: 'Z_DATA_ERROR' });
});

const server = http.createServer((req, res) => {
  if (req.url === '/raw-gzip') {
    // Served as plain bytes (no Content-Encoding): the client decompresses itself.
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    res.end(zlib.gzipSync(text));
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => res.end(zlib.gunzipSync(Buffer.concat(chunks)).toString().length.toString()));
});
const ready = listen(server);

checkAsync('a fetch body through DecompressionStream, and an upload through CompressionStream', async () => {
  const port = await ready;
  const res = await fetch(`http://127.0.0.1:${port}/raw-gzip`);
  const out = await new Response(res.body.pipeThrough(new DecompressionStream('gzip'))).text();
  assert.strictEqual(out, text);
  const up = await fetch(`http://127.0.0.1:${port}/upload`, {
    method: 'POST',
    body: source([text]).pipeThrough(new CompressionStream('gzip')),
    duplex: 'half',
  });
  assert.strictEqual(await up.text(), String(text.length));
  await close(server);
});
