'use strict';
// fetch API surface: Headers, Request, Response (constructors, checks, bodies, clone), the
// request fetch puts on the wire, redirect modes, data: URLs and network errors.
const { check, checkAsync, assert } = require('../check');
const http = require('http');
const net = require('net');
const util = require('util');
const { listen, close } = require('./_helpers');

check('Headers: sorted lower-case iteration, combined values, set-cookie kept apart', () => {
  const h = new Headers([['B', '2'], ['a', '1'], ['Set-Cookie', 'x=1'], ['set-cookie', 'y=2'], ['b', '3']]);
  assert.deepStrictEqual([...h], [['a', '1'], ['b', '2, 3'], ['set-cookie', 'x=1'], ['set-cookie', 'y=2']]);
  assert.deepStrictEqual([...h.keys()], ['a', 'b', 'set-cookie', 'set-cookie']);
  assert.deepStrictEqual([...h.values()], ['1', '2, 3', 'x=1', 'y=2']);
  assert.strictEqual(h.get('B'), '2, 3');
  assert.strictEqual(h.get('set-cookie'), 'x=1, y=2');
  assert.deepStrictEqual(h.getSetCookie(), ['x=1', 'y=2']);
  assert.strictEqual(h.get('nope'), null);
  const seen = [];
  h.forEach((v, k, o) => seen.push([k, v, o === h]));
  assert.deepStrictEqual(seen[1], ['b', '2, 3', true]);
  h.set('b', '9');
  h.delete('A');
  assert.deepStrictEqual([...h.keys()], ['b', 'set-cookie', 'set-cookie']);
  assert.strictEqual(new Headers({ a: '  padded\t' }).get('a'), 'padded');
  assert.strictEqual(Object.prototype.toString.call(h), '[object Headers]');
  // Iteration sees entries added while iterating.
  const live = new Headers({ a: '1', c: '3' });
  const keys = [];
  for (const [k] of live) { keys.push(k); if (k === 'a') live.append('b', '2'); }
  assert.deepStrictEqual(keys, ['a', 'b', 'c']);
  assert.strictEqual(util.inspect(new Headers({ 'X-A': '1', b: '2' })), "Headers { 'X-A': '1', b: '2' }");
});

check('Headers errors', () => {
  assert.throws(() => new Headers({ 'a b': 'c' }), { name: 'TypeError', message: 'Headers.append: "a b" is an invalid header name.' });
  assert.throws(() => new Headers({ a: 'c\nd' }), { name: 'TypeError', message: 'Headers.append: "c\nd" is an invalid header value.' });
  assert.throws(() => new Headers(5), { name: 'TypeError' });
  assert.throws(() => new Headers([['a']]), { name: 'TypeError', message: 'Headers constructor: expected name/value pair to be length 2, found 1.' });
  assert.throws(() => new Headers().get(), { name: 'TypeError', message: 'Headers.get: 1 argument required, but 0 found.' });
  assert.throws(() => new Headers().append('a'), { name: 'TypeError', message: 'Headers.append: 2 arguments required, but only 1 found.' });
});

check('Request constructor', () => {
  const r = new Request('http://x.com/a b?c#d', { method: 'post', headers: { A: '1' }, body: 'x' });
  assert.deepStrictEqual([r.url, r.method, r.headers.get('content-type'), r.bodyUsed, r.redirect, r.credentials,
    r.mode, r.cache, r.referrer, r.keepalive, r.duplex, r.integrity, r.destination, r.referrerPolicy],
  ['http://x.com/a%20b?c#d', 'POST', 'text/plain;charset=UTF-8', false, 'follow', 'same-origin', 'cors', 'default',
    'about:client', false, 'half', '', '', '']);
  assert.ok(r.body instanceof ReadableStream);
  assert.ok(r.signal instanceof AbortSignal);
  assert.strictEqual(new Request('http://x', { method: 'foo' }).method, 'foo');
  assert.strictEqual(new Request('http://x', { method: 'delete' }).method, 'DELETE');
  assert.throws(() => new Request('http://x', { method: 'CONNECT' }), { name: 'TypeError', message: "'CONNECT' HTTP method is unsupported." });
  assert.throws(() => new Request('/relative'), { name: 'TypeError', message: 'Failed to parse URL from /relative' });
  assert.throws(() => new Request('http://u:p@x/'), { name: 'TypeError', message: 'Request cannot be constructed from a URL that includes credentials: http://u:p@x/' });
  assert.throws(() => new Request('http://x/', { body: 'x' }), { name: 'TypeError', message: 'Request with GET/HEAD method cannot have body.' });
  assert.throws(() => new Request('http://x/', { signal: {} }), { name: 'TypeError', message: "Failed to construct 'Request': member signal is not of type AbortSignal." });
  const ac = new AbortController();
  const withSignal = new Request('http://x/', { signal: ac.signal });
  assert.notStrictEqual(withSignal.signal, ac.signal);
  ac.abort();
  assert.strictEqual(withSignal.signal.aborted, true);
  const a = new Request('http://x/', { method: 'POST', body: 'zz', headers: { q: '1' } });
  const b = new Request(a);
  assert.deepStrictEqual([b.method, b.headers.get('q'), a.bodyUsed, b.bodyUsed], ['POST', '1', true, false]);
  assert.throws(() => new Request(a), { name: 'TypeError', message: 'Cannot construct a Request with a Request object that has already been used.' });
});

check('Response constructor and statics', () => {
  const r = new Response('hi');
  assert.deepStrictEqual([r.status, r.statusText, r.ok, r.type, r.url, r.redirected, r.headers.get('content-type'), r.bodyUsed],
    [200, '', true, 'default', '', false, 'text/plain;charset=UTF-8', false]);
  assert.strictEqual(new Response(null).body, null);
  assert.strictEqual(new Response().body, null);
  assert.throws(() => new Response('', { status: 100 }), { name: 'RangeError', message: 'init["status"] must be in the range of 200 to 599, inclusive.' });
  assert.throws(() => new Response('x', { status: 204 }), { name: 'TypeError', message: 'Response constructor: Invalid response status code 204' });
  assert.throws(() => new Response('', { statusText: 'a\nb' }), { name: 'TypeError', message: 'Invalid statusText' });
  const e = Response.error();
  assert.deepStrictEqual([e.status, e.type, e.ok, e.statusText], [0, 'error', false, '']);
  assert.throws(() => e.headers.set('x', 'y'), { name: 'TypeError', message: 'immutable' });
  const redirect = Response.redirect('http://a/b', 301);
  assert.deepStrictEqual([redirect.status, [...redirect.headers]], [301, [['location', 'http://a/b']]]);
  assert.throws(() => Response.redirect('http://a/b', 200), { name: 'RangeError', message: 'Invalid status code 200' });
  const json = Response.json({ a: 1 }, { status: 201, headers: { 'x-y': 'z' } });
  assert.deepStrictEqual([json.status, json.headers.get('content-type'), json.headers.get('x-y')], [201, 'application/json', 'z']);
  assert.strictEqual(util.inspect(new Response('hello', { status: 201, statusText: 'Yo', headers: { a: 'b' } })), [
    'Response {',
    '  status: 201,',
    "  statusText: 'Yo',",
    "  headers: Headers { a: 'b', 'content-type': 'text/plain;charset=UTF-8' },",
    "  body: ReadableStream { locked: false, state: 'readable', supportsBYOB: true },",
    '  bodyUsed: false,',
    '  ok: true,',
    '  redirected: false,',
    "  type: 'default',",
    "  url: ''",
    '}',
  ].join('\n'));
});

checkAsync('Body methods', async () => {
  assert.strictEqual(await Response.json({ a: 1 }).text(), '{"a":1}');
  assert.strictEqual(await new Response(new Uint8Array([104, 105])).text(), 'hi');
  assert.deepStrictEqual(new Uint8Array(await new Response('€').arrayBuffer()), new Uint8Array([0xe2, 0x82, 0xac]));
  assert.deepStrictEqual(await new Response('ab').bytes(), new Uint8Array([97, 98]));
  const blob = await new Response('abc', { headers: { 'content-type': 'text/x' } }).blob();
  assert.deepStrictEqual([blob.type, blob.size, await blob.text()], ['text/x', 3, 'abc']);
  assert.deepStrictEqual(await new Response('{"x":[1]}').json(), { x: [1] });
  await assert.rejects(new Response('{').json(), { name: 'SyntaxError' });
  assert.strictEqual(await new Response('\ufeffbom').text(), 'bom');
  const once = new Response('once');
  await once.text();
  assert.strictEqual(once.bodyUsed, true);
  await assert.rejects(once.text(), { name: 'TypeError', message: 'Body is unusable: Body has already been read' });
  assert.throws(() => once.clone(), { name: 'TypeError', message: 'Response.clone: Body has already been consumed.' });
  const dup = new Response('dup');
  const copy = dup.clone();
  assert.deepStrictEqual([await dup.text(), await copy.text()], ['dup', 'dup']);
  const streamed = new Response(new ReadableStream({
    start(c) { c.enqueue(new TextEncoder().encode('a')); c.enqueue(new TextEncoder().encode('b')); c.close(); },
  }));
  assert.strictEqual(await streamed.text(), 'ab');
  await assert.rejects(new Response(new ReadableStream({ start(c) { c.enqueue('str'); c.close(); } })).text(),
    { name: 'TypeError', message: 'Received non-Uint8Array chunk' });
  const locked = new Response('body');
  locked.body.getReader();
  assert.strictEqual(locked.bodyUsed, false);
  await assert.rejects(locked.text(), { name: 'TypeError', message: 'Body is unusable: Body has already been read' });
  const blobBody = new Response(new Blob(['xyz'], { type: 'text/foo' }));
  assert.strictEqual(blobBody.headers.get('content-type'), 'text/foo');
  assert.strictEqual(await blobBody.text(), 'xyz');
});

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    const redirect = /^\/redirect\/(\d+)$/.exec(req.url);
    if (redirect) {
      res.writeHead(Number(redirect[1]), { location: '/echo#frag' });
      res.end('redirect body');
      return;
    }
    if (req.url === '/loop') { res.writeHead(302, { location: '/loop' }); res.end(); return; }
    if (req.url === '/bad-location') { res.writeHead(302, { location: 'ftp://x/' }); res.end(); return; }
    res.setHeader('set-cookie', ['a=1', 'b=2']);
    res.setHeader('X-Zeta', 'z');
    res.setHeader('x-alpha', 'a');
    res.end(JSON.stringify({
      method: req.method, url: req.url, names: req.rawHeaders.filter((_, i) => i % 2 === 0).join(','),
      ua: req.headers['user-agent'], accept: req.headers.accept, lang: req.headers['accept-language'],
      mode: req.headers['sec-fetch-mode'], ct: req.headers['content-type'] ?? null, cl: req.headers['content-length'] ?? null,
      auth: req.headers.authorization ?? null, body,
    }));
  });
});
const ready = listen(server);
const url = async (p) => `http://127.0.0.1:${await ready}${p}`;

checkAsync('the request fetch writes', async () => {
  const got = await (await fetch(await url('/post?q=1'), { method: 'POST', body: 'hello' })).json();
  assert.deepStrictEqual(got, {
    method: 'POST', url: '/post?q=1',
    names: 'host,connection,content-type,accept,accept-language,sec-fetch-mode,user-agent,accept-encoding,content-length',
    ua: 'node', accept: '*/*', lang: '*', mode: 'cors', ct: 'text/plain;charset=UTF-8', cl: '5', auth: null, body: 'hello',
  });
  const custom = await (await fetch(await url('/c'), { method: 'PUT', headers: { 'X-Custom': 'C', accept: 'text/html', 'User-Agent': 'me' }, body: new Uint8Array([65]) })).json();
  assert.strictEqual(custom.names, 'host,connection,X-Custom,accept,User-Agent,accept-language,sec-fetch-mode,accept-encoding,content-length');
  assert.deepStrictEqual([custom.ua, custom.accept, custom.body], ['me', 'text/html', 'A']);
  const empty = await (await fetch(await url('/e'), { method: 'POST' })).json();
  assert.deepStrictEqual([empty.cl, empty.body], ['0', '']);
  const usp = await (await fetch(await url('/u'), { method: 'POST', body: new URLSearchParams({ a: '1 2' }) })).json();
  assert.deepStrictEqual([usp.ct, usp.body], ['application/x-www-form-urlencoded;charset=UTF-8', 'a=1+2']);
  const extras = await (await fetch(await url('/x'), {
    method: 'POST', body: 'b', cache: 'no-store', mode: 'no-cors', referrer: 'http://example.com/page?q#h',
  })).json();
  assert.strictEqual(extras.names,
    'host,connection,content-type,accept,accept-language,referer,sec-fetch-mode,user-agent,pragma,cache-control,accept-encoding,content-length');
  assert.strictEqual(extras.mode, 'no-cors');
  const conditional = await (await fetch(await url('/x'), { method: 'POST', headers: { 'if-none-match': '"e"', range: 'bytes=0-1' } })).json();
  assert.strictEqual(conditional.names,
    'host,connection,if-none-match,range,accept,accept-language,sec-fetch-mode,user-agent,pragma,cache-control,accept-encoding,content-length');
  const viaRequest = await (await fetch(new Request(await url('/r'), { method: 'PATCH', body: 'p' }))).json();
  assert.deepStrictEqual([viaRequest.method, viaRequest.body], ['PATCH', 'p']);
});

checkAsync('the response fetch returns', async () => {
  const res = await fetch(await url('/h#frag'));
  assert.deepStrictEqual([res.status, res.statusText, res.ok, res.type, res.redirected], [200, 'OK', true, 'basic', false]);
  assert.strictEqual(res.url, await url('/h'));
  assert.deepStrictEqual([...res.headers.keys()], ['connection', 'content-length', 'date', 'keep-alive', 'set-cookie', 'set-cookie', 'x-alpha', 'x-zeta']);
  assert.deepStrictEqual(res.headers.getSetCookie(), ['a=1', 'b=2']);
  assert.throws(() => res.headers.set('x', 'y'), { name: 'TypeError', message: 'immutable' });
  const copy = res.clone();
  assert.deepStrictEqual([copy.status, copy.url, copy.type], [200, res.url, 'basic']);
  assert.strictEqual((await res.json()).url, (await copy.json()).url);
});

checkAsync('redirects: follow (with method changes), manual, error, loops', async () => {
  for (const [status, method] of [[301, 'GET'], [302, 'GET'], [303, 'GET'], [307, 'POST'], [308, 'POST']]) {
    const res = await fetch(await url(`/redirect/${status}`), { method: 'POST', body: 'b', headers: { authorization: 'secret' } });
    const got = await res.json();
    assert.deepStrictEqual([res.status, res.redirected, res.url, got.method, got.body, got.ct, got.auth],
      [200, true, await url('/echo'), method, method === 'POST' ? 'b' : '', method === 'POST' ? 'text/plain;charset=UTF-8' : null, 'secret'], `${status}`);
  }
  const manual = await fetch(await url('/redirect/302'), { redirect: 'manual' });
  assert.deepStrictEqual([manual.status, manual.statusText, manual.redirected, manual.headers.get('location'), await manual.text()],
    [302, 'Found', false, '/echo#frag', 'redirect body']);
  await assert.rejects(fetch(await url('/redirect/302'), { redirect: 'error' }),
    (err) => err.name === 'TypeError' && err.message === 'fetch failed' && err.cause.message === 'unexpected redirect');
  await assert.rejects(fetch(await url('/loop')),
    (err) => err.message === 'fetch failed' && err.cause.message === 'redirect count exceeded');
  await assert.rejects(fetch(await url('/bad-location')), { name: 'TypeError', message: 'fetch failed' });
  const streamBody = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1])); c.close(); } });
  await assert.rejects(fetch(await url('/redirect/307'), { method: 'POST', body: streamBody, duplex: 'half' }),
    { name: 'TypeError', message: 'fetch failed' });
});

checkAsync('data: URLs', async () => {
  const res = await fetch('data:text/plain,hi%20there');
  assert.deepStrictEqual([res.status, res.statusText, res.headers.get('content-type'), await res.text()], [200, 'OK', 'text/plain', 'hi there']);
  const b64 = await fetch('data:application/json;base64,eyJhIjoxfQ==');
  assert.deepStrictEqual([b64.headers.get('content-type'), await b64.json()], ['application/json', { a: 1 }]);
  assert.strictEqual((await fetch('data:,x')).headers.get('content-type'), 'text/plain;charset=US-ASCII');
});

checkAsync('errors: refused connection, bad URLs, unknown schemes', async () => {
  const tmp = net.createServer();
  const port = await listen(tmp);
  await close(tmp);
  await assert.rejects(fetch(`http://127.0.0.1:${port}/`), (err) => {
    assert.strictEqual(err.name, 'TypeError');
    assert.strictEqual(err.message, 'fetch failed');
    assert.strictEqual(err.cause.code, 'ECONNREFUSED');
    assert.strictEqual(err.cause.syscall, 'connect');
    assert.strictEqual(err.cause.address, '127.0.0.1');
    assert.strictEqual(err.cause.port, port);
    assert.strictEqual(err.cause.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
    return true;
  });
  await assert.rejects(fetch('nope'), (err) => err.name === 'TypeError' && err.message === 'Failed to parse URL from nope' && err.cause.code === 'ERR_INVALID_URL');
  await assert.rejects(fetch(), { name: 'TypeError', message: 'Failed to parse URL from undefined' });
  await assert.rejects(fetch('ftp://x/'), (err) => err.message === 'fetch failed' && err.cause.message === 'unknown scheme');
  await assert.rejects(fetch(await url('/x'), { method: 'GET', body: 'x' }), { name: 'TypeError', message: 'Request with GET/HEAD method cannot have body.' });
});

checkAsync('close the server', async () => {
  await close(server);
});
