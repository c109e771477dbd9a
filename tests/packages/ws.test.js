'use strict';
const { test, assert } = require('./lib');
const http = require('http');
const { WebSocketServer, WebSocket } = require('ws');

(async () => {
  const server = http.createServer((req, res) => res.end('plain'));
  const wss = new WebSocketServer({ server });
  wss.on('connection', (ws) => {
    ws.on('message', (data, isBinary) => ws.send(isBinary ? data : `echo:${data}`));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  await test('ws echo (text and binary)', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/`);
    await new Promise((resolve, reject) => { ws.on('open', resolve); ws.on('error', reject); });
    const got = [];
    const done = new Promise((resolve) => ws.on('message', (d, bin) => { got.push(bin ? [...d] : String(d)); if (got.length === 2) resolve(); }));
    ws.send('hello');
    ws.send(Buffer.from([1, 2, 3]));
    await done;
    assert.deepStrictEqual(got, ['echo:hello', [1, 2, 3]]);
    await new Promise((resolve) => { ws.on('close', resolve); ws.close(); });
  });
  wss.close();
  server.close();
})();
