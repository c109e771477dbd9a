'use strict';
// A client that sends its request and half-closes right away (`socket.end(request)`):
// Node parses what arrived before the FIN, so a handler that answers synchronously is
// heard; one that answers later finds the request aborted (as in Node).
const { checkAsync, assert } = require('../check');
const http = require('http');
const net = require('net');

function exchange(handler, request) {
  return new Promise((resolve) => {
    const events = [];
    const server = http.createServer((req, res) => handler(req, res, events));
    server.listen(0, '127.0.0.1', () => {
      const s = net.connect(server.address().port, '127.0.0.1', () => s.end(request));
      let data = '';
      s.on('data', (d) => { data += d; });
      // (A late handler still runs after the client is gone: give it time to.)
      s.on('close', () => setTimeout(() => server.close(() => {
        resolve({ data: data.replace(/Date: .*\r\n/, ''), events });
      }), 60));
    });
  });
}

checkAsync('a request followed by FIN is answered by a synchronous handler', async () => {
  const { data, events } = await exchange((req, res, ev) => {
    ev.push(`handler ${req.method} ${req.url}`);
    res.end('ok');
  }, 'GET /x HTTP/1.1\r\nHost: a\r\n\r\n');
  assert.deepStrictEqual(events, ['handler GET /x']);
  assert.ok(data.startsWith('HTTP/1.1 200 OK\r\n'), data);
  assert.ok(data.endsWith('\r\n\r\nok'), data);
  console.log(JSON.stringify(data));
});

checkAsync('a handler answering after the FIN finds the request aborted', async () => {
  const { data, events } = await exchange((req, res, ev) => {
    ev.push('handler');
    res.on('close', () => ev.push(`res close ${res.writableFinished}`));
    setTimeout(() => {
      ev.push(`later destroyed=${req.destroyed}`);
      res.end('late');
    }, 30);
  }, 'GET /y HTTP/1.1\r\nHost: a\r\n\r\n');
  assert.strictEqual(data, '');
  assert.deepStrictEqual(events.filter((e) => e !== 'res close false'), ['handler', 'later destroyed=true']);
  assert.ok(events.includes('res close false'));
});

checkAsync("socket.end() on an idle keep-alive connection sends FIN and lets close() finish", async () => {
  const events = [];
  const server = http.createServer((req, res) => res.end('ok'));
  let serverSocket;
  server.on('connection', (s) => { serverSocket = s; });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const c = net.connect(server.address().port, '127.0.0.1');
  c.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  await new Promise((resolve) => c.once('data', resolve));
  const t0 = Date.now();
  await new Promise((resolve) => {
    let pending = 2;
    const done = () => { if (--pending === 0) resolve(); };
    c.on('end', () => { events.push('client end'); c.end(); });
    c.on('close', done);
    serverSocket.end();
    server.close(() => { events.push('server closed'); done(); });
  });
  assert.ok(Date.now() - t0 < 1000, `took ${Date.now() - t0} ms`);
  assert.deepStrictEqual(events.sort(), ['client end', 'server closed']);
});

checkAsync('pipelined requests followed by FIN are all answered', async () => {
  const { data, events } = await exchange((req, res, ev) => {
    ev.push(`handler ${req.url}`);
    res.end(`ok${req.url}`);
  }, 'GET /a HTTP/1.1\r\nHost: a\r\n\r\nGET /b HTTP/1.1\r\nHost: a\r\n\r\n');
  assert.deepStrictEqual(events, ['handler /a', 'handler /b']);
  assert.strictEqual(data.match(/HTTP\/1\.1 200 OK/g).length, 2);
  assert.ok(data.endsWith('ok/b'), data);
});

checkAsync("an aborted request emits 'aborted' once, before the response's 'close'", async () => {
  const { events } = await exchange((req, res, ev) => {
    req.on('aborted', () => ev.push('aborted'));
    res.on('close', () => ev.push('res close'));
    req.on('close', () => ev.push('req close'));
  }, 'GET /y HTTP/1.1\r\nHost: a\r\n\r\n');
  assert.deepStrictEqual(events, ['aborted', 'res close', 'req close']);
});
