'use strict';
// FormData: the API, its multipart/form-data encoding as a fetch body (parsed here by a
// small server-side parser), and Response/Request.formData() for multipart and urlencoded.
const { check, checkAsync, assert } = require('../check');
const http = require('http');
const { listen, close } = require('./_helpers');

// A minimal multipart/form-data parser, independent of the runtime's.
function parseMultipart(buf, contentType) {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const boundary = `--${m[1] || m[2]}`;
  const s = buf.toString('latin1');
  const parts = s.split(boundary).slice(1);
  assert.strictEqual(parts.pop(), '--\r\n');
  return parts.map((p) => {
    assert.ok(p.startsWith('\r\n') && p.endsWith('\r\n'));
    p = p.slice(2, -2);
    const sep = p.indexOf('\r\n\r\n');
    const headers = {};
    for (const line of p.slice(0, sep).split('\r\n')) {
      const i = line.indexOf(':');
      headers[line.slice(0, i).toLowerCase()] = Buffer.from(line.slice(i + 1).trim(), 'latin1').toString('utf8');
    }
    return { headers, body: Buffer.from(p.slice(sep + 4), 'latin1').toString('utf8') };
  });
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    if (req.url === '/parse') {
      const ct = req.headers['content-type'];
      res.end(JSON.stringify({
        boundaryShape: /^multipart\/form-data; boundary=----formdata-undici-0\d{11}$/.test(ct),
        contentLength: Number(req.headers['content-length']) === body.length,
        endsRight: body.toString('latin1').endsWith('--\r\n'),
        parts: parseMultipart(body, ct),
      }));
    } else if (req.url === '/echo') {
      res.writeHead(200, { 'content-type': req.headers['content-type'] });
      res.end(body);
    } else if (req.url === '/handmade') {
      res.writeHead(200, { 'content-type': 'multipart/form-data; boundary="XyZ"' });
      res.end('--XyZ\r\nContent-Disposition: form-data; name="f"; filename="n.txt"\r\n\r\nfile body\r\n' +
        '--XyZ\r\nContent-Disposition: form-data; name="g"\r\nContent-Type: text/html\r\n\r\n<b>\r\n--XyZ--\r\n');
    } else {
      res.end('?');
    }
  });
});
const ready = listen(server);
const url = async (p) => `http://127.0.0.1:${await ready}${p}`;

function sample() {
  const fd = new FormData();
  fd.append('name', 'minode');
  fd.append('multi', 'one');
  fd.append('multi', 'two');
  fd.append('blob', new Blob(['blob bytes'], { type: 'application/x-thing' }));
  fd.append('named', new Blob(['named bytes']), 'data.bin');
  fd.append('file', new File(['{"a":1}'], 'a.json', { type: 'application/json', lastModified: 42 }));
  fd.append('unicode ✓', 'wert ü\nline');
  return fd;
}

check('FormData API', () => {
  const fd = sample();
  assert.strictEqual(Object.prototype.toString.call(fd), '[object FormData]');
  assert.strictEqual(fd.get('name'), 'minode');
  assert.strictEqual(fd.get('missing'), null);
  assert.deepStrictEqual(fd.getAll('multi'), ['one', 'two']);
  assert.strictEqual(fd.has('multi'), true);
  assert.strictEqual(fd.has('nope'), false);
  const blob = fd.get('blob');
  assert.ok(blob instanceof File);
  assert.deepStrictEqual([blob.name, blob.type, blob.size], ['blob', 'application/x-thing', 10]);
  const named = fd.get('named');
  assert.deepStrictEqual([named.name, named.type], ['data.bin', '']);
  const file = fd.get('file');
  assert.deepStrictEqual([file.name, file.type, file.lastModified], ['a.json', 'application/json', 42]);
  fd.set('multi', 'three');
  assert.deepStrictEqual([...fd.keys()], ['name', 'multi', 'blob', 'named', 'file', 'unicode ✓']);
  fd.delete('named');
  assert.deepStrictEqual([...fd.values()].map((v) => typeof v), ['string', 'string', 'object', 'object', 'string']);
  assert.deepStrictEqual([...fd.entries()][0], ['name', 'minode']);
  assert.deepStrictEqual([...fd].length, 5);
  const seen = [];
  fd.forEach(function (value, key, form) { seen.push([key, typeof value, form === fd, this.tag]); }, { tag: 't' });
  assert.deepStrictEqual(seen[0], ['name', 'string', true, 't']);
  fd.append(1, { toString() { return 'coerced'; } });
  assert.strictEqual(fd.get('1'), 'coerced');
});

check('FormData argument errors', () => {
  assert.throws(() => new FormData({}), { name: 'TypeError', message: 'FormData constructor: Argument 1 could not be converted to: undefined.' });
  assert.throws(() => new FormData().append('a'), { name: 'TypeError', message: 'FormData.append: 2 arguments required, but only 1 found.' });
  assert.throws(() => new FormData().append('a', 'x', 'name.txt'),
    { name: 'TypeError', message: "Failed to execute 'append' on 'FormData': parameter 2 is not of type 'Blob'" });
  assert.throws(() => new FormData().get(), { name: 'TypeError', message: 'FormData.get: 1 argument required, but 0 found.' });
});

checkAsync('FormData as a fetch body: multipart parsed by the server', async () => {
  const res = await fetch(await url('/parse'), { method: 'POST', body: sample() });
  const got = await res.json();
  assert.strictEqual(got.boundaryShape, true);
  assert.strictEqual(got.contentLength, true);
  assert.strictEqual(got.endsRight, true);
  assert.deepStrictEqual(got.parts, [
    { headers: { 'content-disposition': 'form-data; name="name"' }, body: 'minode' },
    { headers: { 'content-disposition': 'form-data; name="multi"' }, body: 'one' },
    { headers: { 'content-disposition': 'form-data; name="multi"' }, body: 'two' },
    { headers: { 'content-disposition': 'form-data; name="blob"; filename="blob"', 'content-type': 'application/x-thing' }, body: 'blob bytes' },
    { headers: { 'content-disposition': 'form-data; name="named"; filename="data.bin"', 'content-type': 'application/octet-stream' }, body: 'named bytes' },
    { headers: { 'content-disposition': 'form-data; name="file"; filename="a.json"', 'content-type': 'application/json' }, body: '{"a":1}' },
    { headers: { 'content-disposition': 'form-data; name="unicode ✓"' }, body: 'wert ü\r\nline' },
  ]);
});

checkAsync('names with CR, LF and quotes are escaped', async () => {
  const fd = new FormData();
  fd.append('a\r\n"b', 'v\rw');
  const text = await new Response(fd).text();
  assert.ok(text.includes('Content-Disposition: form-data; name="a%0D%0A%22b"\r\n\r\nv\r\nw\r\n'));
});

checkAsync('Response.formData() round trip of a multipart body', async () => {
  const res = await fetch(await url('/echo'), { method: 'POST', body: sample() });
  const fd = await res.formData();
  const out = [];
  for (const [k, v] of fd) out.push([k, typeof v === 'string' ? v : [v.constructor.name, v.name, v.type, await v.text()]]);
  assert.deepStrictEqual(out, [
    ['name', 'minode'],
    ['multi', 'one'],
    ['multi', 'two'],
    ['blob', ['File', 'blob', 'application/x-thing', 'blob bytes']],
    ['named', ['File', 'data.bin', 'application/octet-stream', 'named bytes']],
    ['file', ['File', 'a.json', 'application/json', '{"a":1}']],
    ['unicode ✓', 'wert ü\r\nline'],
  ]);
});

checkAsync('Response.formData() of a hand-written multipart body', async () => {
  const fd = await (await fetch(await url('/handmade'))).formData();
  const f = fd.get('f');
  assert.deepStrictEqual([f.name, f.type, await f.text()], ['n.txt', 'text/plain', 'file body']);
  assert.strictEqual(fd.get('g'), '<b>');
});

checkAsync('urlencoded bodies and formData()', async () => {
  const res = await fetch(await url('/echo'), { method: 'POST', body: new URLSearchParams({ a: '1 2', b: 'ü' }) });
  assert.strictEqual(res.headers.get('content-type'), 'application/x-www-form-urlencoded;charset=UTF-8');
  const fd = await res.formData();
  assert.deepStrictEqual([...fd], [['a', '1 2'], ['b', 'ü']]);
  const req = new Request('http://x/', { method: 'POST', body: 'x=1&x=2', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  assert.deepStrictEqual((await req.formData()).getAll('x'), ['1', '2']);
});

checkAsync('formData() errors', async () => {
  await assert.rejects(new Response('x', { headers: { 'content-type': 'text/plain' } }).formData(),
    { name: 'TypeError', message: 'Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".' });
  await assert.rejects(new Response('garbage', { headers: { 'content-type': 'multipart/form-data; boundary=XX' } }).formData(),
    { name: 'TypeError', message: 'Failed to parse body as FormData.' });
  await assert.rejects(new Response('garbage', { headers: { 'content-type': 'multipart/form-data' } }).formData(),
    { name: 'TypeError', message: 'Failed to parse body as FormData.' });
});

checkAsync('close the server', async () => {
  await close(server);
});
