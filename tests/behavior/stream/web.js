'use strict';
// stream/web basics and Readable/Writable .fromWeb/.toWeb.
const { checkAsync, assert } = require('../check');
const { Readable, Writable } = require('stream');
const { ReadableStream, WritableStream, TransformStream, TextDecoderStream } = require('stream/web');

checkAsync('ReadableStream pull source + async iteration', async () => {
  let i = 0;
  const rs = new ReadableStream({ pull(c) { if (++i > 3) c.close(); else c.enqueue(i); } });
  const got = [];
  for await (const v of rs) got.push(v);
  assert.deepStrictEqual(got, [1, 2, 3]);
});

checkAsync('WritableStream backpressure: desiredSize and ready', async () => {
  const out = [];
  const ws = new WritableStream({
    write(c) { out.push(c); return new Promise((r) => setTimeout(r, 1)); },
    close() { out.push('closed'); },
  }, { highWaterMark: 2 });
  const w = ws.getWriter();
  assert.strictEqual(w.desiredSize, 2);
  w.write('a');
  w.write('b');
  assert.strictEqual(w.desiredSize, 0);
  await w.ready;
  await w.close();
  assert.deepStrictEqual(out, ['a', 'b', 'closed']);
});

checkAsync('pipeThrough a TransformStream, pipeTo a WritableStream', async () => {
  const ts = new TransformStream({
    transform(c, ctl) { ctl.enqueue(String(c).toUpperCase()); },
    flush(ctl) { ctl.enqueue('!'); },
  });
  const res = [];
  await ReadableStream.from(['x', 'y']).pipeThrough(ts).pipeTo(new WritableStream({ write(c) { res.push(c); } }));
  assert.deepStrictEqual(res, ['X', 'Y', '!']);
});

checkAsync('TextDecoderStream joins split characters; errors reject reads; locking', async () => {
  const dec = ReadableStream.from([new Uint8Array([0xe2, 0x82]), new Uint8Array([0xac])]).pipeThrough(new TextDecoderStream());
  let s = '';
  for await (const part of dec) s += part;
  assert.strictEqual(s, '€');
  const bad = new ReadableStream({ start(c) { c.error(new Error('bad')); } });
  await assert.rejects(bad.getReader().read(), { message: 'bad' });
  const rs = new ReadableStream();
  const reader = rs.getReader();
  assert.strictEqual(rs.locked, true);
  assert.throws(() => rs.getReader(), { code: 'ERR_INVALID_STATE' });
  reader.releaseLock();
  assert.strictEqual(rs.locked, false);
});

checkAsync('Readable.fromWeb / Readable.toWeb / Writable.fromWeb', async () => {
  const r = Readable.fromWeb(ReadableStream.from(['a', 'b']), { objectMode: true });
  assert.deepStrictEqual(await r.toArray(), ['a', 'b']);
  const rs = Readable.toWeb(Readable.from(['x', 'y']));
  const got = [];
  for await (const v of rs) got.push(v);
  assert.deepStrictEqual(got, ['x', 'y']);
  const sink = [];
  const w = Writable.fromWeb(new WritableStream({ write(c) { sink.push(String(c)); } }), { decodeStrings: false });
  await new Promise((res) => w.end('z', res));
  assert.deepStrictEqual(sink, ['z']);
});
