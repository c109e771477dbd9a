'use strict';
// TLS over a plain Duplex stream (not a net.Socket): the handle's _parentWrap is the
// socket carrying the stream (libraries such as http2-wrapper take its constructor), a client
// TLSSocket only constructed over a stream stays quiet until tls.connect starts it, and
// tls.connect({ socket: duplex }) completes a real handshake through the stream.
const tls = require('tls');
const net = require('net');
const { PassThrough, Duplex } = require('stream');
const { check, checkAsync, assert } = require('../check');
const certs = require('./_certs').make();

let JSStreamSocket;
check('TLSSocket over a PassThrough has a _parentWrap socket', () => {
  const pt = new PassThrough();
  const s = new tls.TLSSocket(pt);
  JSStreamSocket = s._handle._parentWrap.constructor;
  assert.strictEqual(typeof JSStreamSocket, 'function');
  assert.ok(s._handle._parentWrap instanceof net.Socket);
  s.destroy();
});

checkAsync('a constructed client TLSSocket sends nothing before it is started', async () => {
  const pt = new PassThrough();
  const s = new tls.TLSSocket(pt);
  const chunks = [];
  pt.on('data', (c) => chunks.push(c));
  await new Promise((r) => setTimeout(r, 50));
  assert.strictEqual(chunks.length, 0);
  s.destroy();
});

checkAsync('the _parentWrap constructor wraps any Duplex as a socket', async () => {
  const pt = new PassThrough();
  const sock = new JSStreamSocket(pt);
  assert.ok(sock instanceof net.Socket);
  const got = await new Promise((resolve, reject) => {
    sock.once('data', (d) => resolve(String(d)));
    sock.on('error', reject);
    sock.write('echo me');
  });
  assert.strictEqual(got, 'echo me');
  sock.destroy();
});

checkAsync('tls.connect over a custom Duplex talks to a real server', async () => {
  const server = tls.createServer(certs.server, (s) => {
    s.on('data', (d) => s.end('got ' + d));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const raw = net.connect(server.address().port, '127.0.0.1');
  // A Duplex that is not a net.Socket, relaying to the raw TCP socket.
  const relay = new Duplex({
    write(chunk, enc, cb) { raw.write(chunk, cb); },
    final(cb) { raw.end(); cb(); },
    read() { raw.resume(); },
  });
  raw.on('data', (d) => { if (!relay.push(d)) raw.pause(); });
  raw.on('end', () => relay.push(null));
  const reply = await new Promise((resolve, reject) => {
    const c = tls.connect({ socket: relay, ca: certs.ca, servername: 'localhost' }, () => {
      assert.strictEqual(c.authorized, true);
      c.write('hello');
    });
    let out = '';
    c.on('data', (d) => { out += d; });
    c.on('end', () => resolve(out));
    c.on('error', reject);
  });
  assert.strictEqual(reply, 'got hello');
  raw.destroy();
  server.close();
});
