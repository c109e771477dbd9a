'use strict';
// Edges of the server's res.end() fast path and of the state it keeps off the response.
const { checkAsync, assert } = require('../check');
const http = require('http');
const { listen, close, raw } = require('./_helpers');

const seen = {};
const server = http.createServer((req, res) => {
  if (req.url === '/numbers') {
    res.setHeader('x-inf', Infinity);
    res.setHeader('x-big', 1e21);
    res.setHeader('x-small', 1e-7);
    res.setHeader('x-frac', 0.5);
    res.setHeader('x-arr', [1.5, 2]);
    res.setHeader('x-int', 42);
    res.end('n');
    return;
  }
  if (req.url.startsWith('/events/')) {
    res.end('e');
    const log = seen.events ??= [];
    const u = req.url;
    if (u === '/events/req-close') req.on('close', () => log.push('req close'));
    if (u === '/events/once-close') res.once('close', () => log.push('res close'));
    if (u === '/events/next-tick') process.nextTick(() => res.on('finish', () => log.push('finish after tick')));
    if (u === '/events/immediate') setImmediate(() => res.on('finish', () => log.push('finish after immediate')));
    return;
  }
  if (req.url === '/socket') {
    const before = res.socket !== null;
    res.end('s');
    seen.socket = [before, res.socket !== null];
    return;
  }
  res.end('ok');
});

checkAsync('number header values are written with JS number formatting', async () => {
  const port = await listen(server);
  const out = await raw(port, 'GET /numbers HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  for (const line of ['x-inf: Infinity', 'x-big: 1e+21', 'x-small: 1e-7', 'x-frac: 0.5',
    'x-arr: 1.5', 'x-arr: 2', 'x-int: 42']) {
    assert.ok(out.includes(`\r\n${line}\r\n`), `${line} in ${JSON.stringify(out)}`);
  }
});

checkAsync('res.socket is still there right after res.end()', async () => {
  const port = server.address().port;
  await raw(port, 'GET /socket HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.deepStrictEqual(seen.socket, [true, true]);
});

checkAsync("'finish'/'close' reach listeners added in end()'s tick, not later ones", async () => {
  const port = server.address().port;
  for (const p of ['req-close', 'once-close', 'next-tick', 'immediate']) {
    await raw(port, `GET /events/${p} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.deepStrictEqual(seen.events, ['req close', 'res close']);
});

checkAsync('IncomingMessage made by hand has its own rawHeaders and rawTrailers', async () => {
  const a = new http.IncomingMessage(null);
  a.rawHeaders.push('X-Mock', '1');
  a.rawTrailers.push('X-T', '2');
  const b = new http.IncomingMessage(null);
  assert.deepStrictEqual([b.rawHeaders, b.rawTrailers], [[], []]);
  let trailers;
  const s = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => { trailers = [req.rawTrailers, req.trailers]; res.end(); });
  });
  const port = await listen(s);
  await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  await close(s);
  assert.deepStrictEqual(trailers, [[], {}]);
  await close(server);
});
