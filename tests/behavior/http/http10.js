'use strict';
// HTTP/1.0 requests: Node answers close-delimited unless the app set a Content-Length,
// and keeps a `Connection: keep-alive` connection open only with that explicit length.
const { checkAsync, assert } = require('../check');
const http = require('http');
const net = require('net');

const variants = [
  ['GET / HTTP/1.0\r\n\r\n', (req, res) => res.end('hi')],
  ['GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n', (req, res) => res.end('hi')],
  ['GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n', (req, res) => { res.setHeader('Content-Length', 2); res.end('hi'); }],
  ['GET / HTTP/1.0\r\nTE: chunked\r\n\r\n', (req, res) => res.end('hi')],
  ['GET / HTTP/1.0\r\n\r\n', (req, res) => { res.write('a'); res.end('b'); }],
  ['HEAD / HTTP/1.0\r\n\r\n', (req, res) => res.end()],
  ['GET / HTTP/1.0\r\n\r\n', (req, res) => { res.writeHead(204); res.end(); }],
];

function exchange(request, handler) {
  return new Promise((resolve) => {
    const server = http.createServer(handler);
    server.listen(0, '127.0.0.1', () => {
      const s = net.connect(server.address().port, '127.0.0.1', () => s.write(request));
      let data = '';
      let keptOpen = false;
      s.on('data', (d) => {
        data += d;
        // A kept-alive response is complete once its declared body arrived.
        const m = /Content-Length: (\d+)\r\n/.exec(data);
        const end = data.indexOf('\r\n\r\n');
        if (/Connection: keep-alive/.test(data) && m && end >= 0 && data.length - end - 4 >= +m[1]) {
          keptOpen = true;
          s.end();
        }
      });
      s.on('close', () => server.close(() => resolve({ data: data.replace(/Date: .*\r\n/, ''), keptOpen })));
    });
  });
}

checkAsync('HTTP/1.0 framing and keep-alive', async () => {
  const results = [];
  for (const [request, handler] of variants) results.push(await exchange(request, handler));
  for (const r of results) console.log(JSON.stringify(r.data), r.keptOpen);
  assert.deepStrictEqual(results.map((r) => r.keptOpen), [false, false, true, false, false, false, false]);
  assert.ok(!results[0].data.includes('Content-Length'));
});
