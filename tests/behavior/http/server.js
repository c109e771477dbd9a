'use strict';
const { checkAsync, assert } = require('../check');
const http = require('http');
const net = require('net');
const { listen, close, raw } = require('./_helpers');

const strip = (s) => s.replace(/Date: [^\r]*\r\n/g, 'Date: X\r\n');

const server = http.createServer((req, res) => {
  if (req.url === '/chunked') {
    res.write('a');
    res.write('bc');
    res.end();
    return;
  }
  if (req.url === '/echo') {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      res.setHeader('X-Trailers', JSON.stringify(req.trailers));
      res.end(`${req.method} ${body}`);
    });
    return;
  }
  if (req.url === '/headers') {
    res.writeHead(200, [['X-A', '1'], ['X-A', '2']]);
    res.end(JSON.stringify({ headers: req.headers, raw: req.rawHeaders, v: req.httpVersion }));
    return;
  }
  res.setHeader('Content-Type', 'text/plain');
  res.end(`hi ${req.url}`);
});
const ready = listen(server);

checkAsync('keep-alive response head', async () => {
  const port = await ready;
  const out = strip(await raw(port, 'GET /a HTTP/1.1\r\nHost: x\r\n\r\n'));
  assert.strictEqual(out, 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nDate: X\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nContent-Length: 5\r\n\r\nhi /a');
});

checkAsync('pipelined requests in one write are answered in order', async () => {
  const port = await ready;
  const out = await raw(port, 'GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\nGET /3 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.deepStrictEqual(out.match(/hi \/\d/g), ['hi /1', 'hi /2', 'hi /3']);
  assert.strictEqual(out.match(/HTTP\/1\.1 200 OK/g).length, 3);
  assert.match(out, /Connection: close\r\n/);
});

checkAsync('chunked response when no length is known', async () => {
  const port = await ready;
  const out = strip(await raw(port, 'GET /chunked HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
  assert.strictEqual(out, 'HTTP/1.1 200 OK\r\nDate: X\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n2\r\nbc\r\n0\r\n\r\n');
});

checkAsync('HTTP/1.0 gets no chunking and a close', async () => {
  const port = await ready;
  const out = strip(await raw(port, 'GET /chunked HTTP/1.0\r\n\r\n'));
  assert.strictEqual(out, 'HTTP/1.1 200 OK\r\nDate: X\r\nConnection: close\r\n\r\nabc');
});

checkAsync('chunked request body with trailers', async () => {
  const port = await ready;
  const out = await raw(port, 'POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n3\r\nabc\r\n4\r\ndefg\r\n0\r\nX-T: 1\r\n\r\n');
  assert.match(out, /\r\n\r\nPOST abcdefg$/);
  assert.match(out, /X-Trailers: {"x-t":"1"}/);
});

checkAsync('Content-Length request body split over writes', async () => {
  const port = await ready;
  const out = await raw(port, ['POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\nConnection: close\r\n\r\nhello', ' wrld']);
  assert.match(out, /\r\n\r\nPOST hello wrld$/);
});

checkAsync('HEAD has headers but no body', async () => {
  const port = await ready;
  const out = strip(await raw(port, 'HEAD /x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
  assert.strictEqual(out, 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nDate: X\r\nConnection: close\r\n\r\n');
});

checkAsync('header rules: lower-casing, duplicates, set-cookie, raw headers', async () => {
  const port = await ready;
  const out = await raw(port, 'GET /headers HTTP/1.1\r\nHost: x\r\nX-Dup: a\r\nx-dup: b\r\nContent-Type: t1\r\nContent-Type: t2\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\nCookie: c=1\r\nCookie: d=2\r\nConnection: close\r\n\r\n');
  assert.match(out, /Transfer-Encoding: chunked\r\n/);
  const body = JSON.parse(out.match(/\{.*\}/s)[0]);
  assert.strictEqual(body.headers['x-dup'], 'a, b');
  assert.strictEqual(body.headers['content-type'], 't1');
  assert.deepStrictEqual(body.headers['set-cookie'], ['a=1', 'b=2']);
  assert.strictEqual(body.headers.cookie, 'c=1; d=2');
  assert.strictEqual(body.raw[2], 'X-Dup');
  assert.strictEqual(body.v, '1.1');
  assert.match(out, /X-A: 1\r\nX-A: 2\r\n/);
});

checkAsync('response API: setHeader/getHeader/headersSent/ERR_HTTP_HEADERS_SENT', async () => {
  const s = http.createServer((req, res) => {
    res.setHeader('X-One', '1');
    res.appendHeader('X-Two', 'a');
    res.appendHeader('X-Two', 'b');
    assert.strictEqual(res.getHeader('x-one'), '1');
    assert.deepStrictEqual(res.getHeaderNames(), ['x-one', 'x-two']);
    assert.strictEqual(res.hasHeader('X-TWO'), true);
    res.removeHeader('x-one');
    assert.strictEqual(res.headersSent, false);
    assert.throws(() => res.setHeader('bad name', 'x'), { code: 'ERR_INVALID_HTTP_TOKEN' });
    assert.throws(() => res.setHeader('x-bad', 'a\nb'), { code: 'ERR_INVALID_CHAR' });
    res.statusCode = 404;
    res.statusMessage = 'Nope';
    res.end('gone', () => {
      assert.strictEqual(res.writableFinished, true);
    });
    assert.strictEqual(res.headersSent, true);
    assert.strictEqual(res.writableEnded, true);
    assert.throws(() => res.setHeader('x', '1'), { code: 'ERR_HTTP_HEADERS_SENT' });
  });
  const port = await listen(s);
  const out = strip(await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
  assert.strictEqual(out, 'HTTP/1.1 404 Nope\r\nX-Two: a\r\nX-Two: b\r\nDate: X\r\nConnection: close\r\nContent-Length: 4\r\n\r\ngone');
  await close(s);
});

checkAsync('finish and close events on the response', async () => {
  const events = [];
  const s = http.createServer((req, res) => {
    res.on('finish', () => events.push('finish'));
    res.on('close', () => events.push('close'));
    res.end('x');
  });
  const port = await listen(s);
  await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.deepStrictEqual(events, ['finish', 'close']);
  await close(s);
});

checkAsync('100-continue: automatic and via checkContinue', async () => {
  const port = await ready;
  const out = await raw(port, ['POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n', 'ok']);
  assert.match(out, /^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 OK/);
  assert.match(out, /POST ok$/);
  const s = http.createServer();
  s.on('checkContinue', (req, res) => { res.writeHead(417); res.end(); });
  const p2 = await listen(s);
  const out2 = await raw(p2, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n');
  assert.match(out2, /^HTTP\/1\.1 417 Expectation Failed/);
  await close(s);
});

checkAsync('upgrade hands over the raw socket with the head', async () => {
  const s = http.createServer((req, res) => res.end('no upgrade'));
  s.on('upgrade', (req, socket, head) => {
    assert.strictEqual(req.headers.upgrade, 'echo');
    assert.ok(socket instanceof net.Socket);
    socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
    socket.write(`head=${head.toString()};`);
    socket.on('data', (d) => socket.end(`echo=${d};`));
  });
  const port = await listen(s);
  const out = await new Promise((resolve, reject) => {
    const c = net.connect(port, '127.0.0.1');
    let got = '';
    c.on('connect', () => c.write('GET / HTTP/1.1\r\nHost: x\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nEARLY'));
    c.on('data', (d) => {
      got += d;
      if (got.includes('head=EARLY;') && !c.sentLater) { c.sentLater = true; c.write('LATER'); }
    });
    c.on('end', () => { c.destroy(); resolve(got); });
    c.on('error', reject);
  });
  assert.match(out, /^HTTP\/1\.1 101 Switching Protocols/);
  assert.match(out, /head=EARLY;/);
  assert.match(out, /echo=LATER;$/);
  await close(s);
});

checkAsync('req.socket is a net.Socket with addresses', async () => {
  const s = http.createServer((req, res) => {
    assert.ok(req.socket instanceof net.Socket);
    assert.strictEqual(req.socket, res.socket);
    res.end(`${req.socket.remoteAddress} ${req.socket.localPort}`);
  });
  const port = await listen(s);
  const out = await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.match(out, new RegExp(`127\\.0\\.0\\.1 ${port}$`));
  await close(s);
});

checkAsync('connection event and closeAllConnections', async () => {
  const s = http.createServer((req, res) => res.end('k'));
  let conns = 0;
  s.on('connection', (sock) => { conns++; assert.ok(sock instanceof net.Socket); });
  const port = await listen(s);
  const c = net.connect(port, '127.0.0.1');
  await new Promise((r) => c.on('connect', r));
  c.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  await new Promise((r) => c.once('data', r));
  const closed = new Promise((r) => c.on('close', r));
  s.closeAllConnections();
  await closed;
  assert.strictEqual(conns, 1);
  await close(s);
});

checkAsync('close the server', async () => {
  await ready;
  await close(server);
});
