'use strict';
// fetch streams: the promise resolves at the headers, response.body is fed chunk by chunk
// (the server only writes the next chunk once the client has read the previous one), request
// bodies can be ReadableStreams / async iterables, abort and cancel work mid-body.
const { checkAsync, assert } = require('../check');
const http = require('http');
const { listen, close } = require('./_helpers');

let clientSaw = null; // resolved by the client when it has seen a chunk
let serverSaw = null; // resolved by the server when it has received an upload chunk
const waitClient = () => new Promise((resolve) => { clientSaw = resolve; });
const log = [];

const server = http.createServer(async (req, res) => {
  if (req.url === '/lockstep') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    for (let i = 0; i < 4; i++) {
      const seen = waitClient();
      res.write(`chunk${i};`);
      await seen;
    }
    res.end();
    return;
  }
  if (req.url === '/sse') {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    for (let i = 1; i <= 3; i++) {
      const seen = waitClient();
      res.write(`event: tick\ndata: ${JSON.stringify({ i })}\n\n`);
      await seen;
    }
    res.end('data: [DONE]\n\n');
    return;
  }
  if (req.url === '/upload') {
    const got = [];
    req.on('data', (c) => {
      got.push(String(c));
      if (serverSaw) serverSaw(String(c));
    });
    req.on('end', () => res.end(JSON.stringify({ got, te: req.headers['transfer-encoding'] ?? null, cl: req.headers['content-length'] ?? null })));
    return;
  }
  if (req.url === '/hang-body') {
    res.writeHead(200);
    res.write('first');
    return; // never ends
  }
  if (req.url === '/hang') return; // never answers
  if (req.url === '/big') {
    const chunk = Buffer.alloc(64 * 1024, 97);
    let n = 0;
    const total = 4 << 20;
    res.writeHead(200, { 'content-length': total });
    const write = () => {
      while (n < total) {
        n += chunk.length;
        if (!res.write(chunk)) { res.once('drain', write); return; }
      }
      res.end();
    };
    write();
    return;
  }
  if (req.url === '/kill') {
    res.writeHead(200);
    res.write('part');
    setTimeout(() => res.socket.destroy(), 30);
    return;
  }
  res.end('plain');
});
const ready = listen(server);
const base = async (p) => `http://127.0.0.1:${await ready}${p}`;

checkAsync('fetch resolves at the headers and body chunks arrive one by one', async () => {
  const res = await fetch(await base('/lockstep'));
  assert.strictEqual(res.status, 200);
  assert.strictEqual(res.headers.get('content-type'), 'text/plain');
  assert.strictEqual(Object.prototype.toString.call(res.body), '[object ReadableStream]');
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const chunks = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    assert.ok(value instanceof Uint8Array);
    chunks.push(decoder.decode(value));
    clientSaw();
  }
  assert.deepStrictEqual(chunks, ['chunk0;', 'chunk1;', 'chunk2;', 'chunk3;']);
  assert.strictEqual(res.bodyUsed, true);
});

checkAsync('server-sent events through for await over response.body', async () => {
  const res = await fetch(await base('/sse'), { headers: { accept: 'text/event-stream' } });
  const events = [];
  let buffer = '';
  const decoder = new TextDecoder();
  for await (const chunk of res.body) {
    buffer += decoder.decode(chunk, { stream: true });
    let idx;
    while ((idx = buffer.indexOf('\n\n')) !== -1) {
      const block = buffer.slice(0, idx);
      buffer = buffer.slice(idx + 2);
      const data = block.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
      events.push(data);
      if (data !== '[DONE]') clientSaw();
    }
  }
  assert.deepStrictEqual(events, ['{"i":1}', '{"i":2}', '{"i":3}', '[DONE]']);
});

checkAsync('response.body piped through TextDecoderStream', async () => {
  const res = await fetch(await base('/lockstep'));
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    text += value;
    clientSaw();
  }
  assert.strictEqual(text, 'chunk0;chunk1;chunk2;chunk3;');
});

checkAsync('request body as a ReadableStream is sent chunked, chunk by chunk', async () => {
  let i = 0;
  const body = new ReadableStream({
    async pull(controller) {
      if (i === 3) { controller.close(); return; }
      const seen = new Promise((resolve) => { serverSaw = resolve; });
      controller.enqueue(new TextEncoder().encode(`part${i++}`));
      log.push(`server saw ${await seen}`);
    },
  });
  const res = await fetch(await base('/upload'), { method: 'POST', body, duplex: 'half' });
  serverSaw = null;
  assert.deepStrictEqual(await res.json(), { got: ['part0', 'part1', 'part2'], te: 'chunked', cl: null });
  assert.deepStrictEqual(log.splice(0), ['server saw part0', 'server saw part1', 'server saw part2']);
});

checkAsync('request body as an async iterable; duplex is required', async () => {
  async function* gen() {
    yield new Uint8Array([104, 105]);
    yield 'there';
  }
  const res = await fetch(await base('/upload'), { method: 'PUT', body: gen(), duplex: 'half' });
  assert.deepStrictEqual((await res.json()).got.join(''), 'hithere');
  await assert.rejects(fetch(await base('/upload'), { method: 'POST', body: new ReadableStream() }),
    { name: 'TypeError', message: 'RequestInit: duplex option is required when sending a body.' });
});

checkAsync('AbortSignal: before the headers, mid-body, and with a custom reason', async () => {
  let ac = new AbortController();
  let p = fetch(await base('/hang'), { signal: ac.signal });
  setTimeout(() => ac.abort(), 20);
  await assert.rejects(p, (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.message, 'This operation was aborted');
    assert.ok(err instanceof DOMException);
    return true;
  });

  ac = new AbortController();
  p = fetch(await base('/hang'), { signal: ac.signal });
  setTimeout(() => ac.abort(new Error('mine')), 20);
  await assert.rejects(p, { message: 'mine' });

  ac = new AbortController();
  ac.abort();
  await assert.rejects(fetch(await base('/plain'), { signal: ac.signal }), { name: 'AbortError' });

  ac = new AbortController();
  const res = await fetch(await base('/hang-body'), { signal: ac.signal });
  const reader = res.body.getReader();
  assert.strictEqual(new TextDecoder().decode((await reader.read()).value), 'first');
  ac.abort();
  await assert.rejects(reader.read(), { name: 'AbortError' });

  ac = new AbortController();
  const res2 = await fetch(await base('/hang-body'), { signal: ac.signal });
  setTimeout(() => ac.abort(), 20);
  await assert.rejects(res2.text(), { name: 'AbortError' });

  await assert.rejects(fetch(await base('/plain'), { signal: AbortSignal.abort('why') }), (err) => err === 'why');
});

checkAsync('cancelling response.body and a connection dropped mid-body', async () => {
  const res = await fetch(await base('/big'));
  const reader = res.body.getReader();
  const first = await reader.read();
  assert.ok(first.value.byteLength > 0);
  await reader.cancel();
  assert.strictEqual(res.bodyUsed, true);

  const res2 = await fetch(await base('/kill'));
  await assert.rejects(res2.text(), (err) => {
    assert.strictEqual(err.name, 'TypeError');
    assert.strictEqual(err.message, 'terminated');
    assert.ok(err.cause instanceof Error);
    return true;
  });
  // The pool still works afterwards.
  assert.strictEqual(await (await fetch(await base('/plain'))).text(), 'plain');
});

checkAsync('a large body: arrayBuffer(), iteration and clone() (tee)', async () => {
  const ab = await (await fetch(await base('/big'))).arrayBuffer();
  assert.strictEqual(ab.byteLength, 4 << 20);
  assert.strictEqual(new Uint8Array(ab)[12345], 97);

  const res = await fetch(await base('/big'));
  const copy = res.clone();
  const [a, b] = await Promise.all([res.arrayBuffer(), copy.blob()]);
  assert.strictEqual(a.byteLength, 4 << 20);
  assert.strictEqual(b.size, 4 << 20);
  assert.strictEqual(res.bodyUsed, true);
  assert.strictEqual(copy.bodyUsed, true);
  assert.throws(() => res.clone(), { name: 'TypeError', message: 'Response.clone: Body has already been consumed.' });
});

checkAsync('many sequential and parallel fetches reuse the pool', async () => {
  for (let i = 0; i < 20; i++) assert.strictEqual(await (await fetch(await base('/plain'))).text(), 'plain');
  const texts = await Promise.all(Array.from({ length: 20 }, async () => (await fetch(await base('/plain'))).text()));
  assert.deepStrictEqual(new Set(texts), new Set(['plain']));
});

checkAsync('close the server', async () => {
  server.closeAllConnections();
  await close(server);
});
