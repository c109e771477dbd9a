'use strict';
// https.Server, https.request/get, https.Agent (keep-alive, ca/rejectUnauthorized passed
// through), verification errors over https.
const https = require('https');
const http = require('http');
const tls = require('tls');
const { check, checkAsync, assert } = require('../check');
const certs = require('../tls/_certs').make();

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}
function close(server) {
  return new Promise((resolve) => { server.close(() => resolve()); server.closeAllConnections(); });
}

// GET/POST and collect {status, headers, body, socket facts}.
function fetch(url, opts = {}, body) {
  return new Promise((resolve, reject) => {
    const onRes = (res) => {
      const chunks = [];
      res.on('data', (d) => chunks.push(d));
      res.on('end', () => resolve({
        status: res.statusCode,
        headers: res.headers,
        body: Buffer.concat(chunks).toString(),
        authorized: res.socket ? res.socket.authorized : undefined,
        reused: req.reusedSocket,
      }));
      res.on('error', reject);
    };
    const req = typeof url === 'string' ? https.request(url, opts, onRes) : https.request(url, onRes);
    req.on('error', reject);
    req.end(body);
  });
}

const serverOpts = { key: certs.server.key, cert: certs.server.cert };

checkAsync('https round trip with ca', async () => {
  const seen = [];
  const server = https.createServer(serverOpts, (req, res) => {
    seen.push([req.method, req.url, req.socket.encrypted, req.socket.remoteAddress, typeof req.socket.remotePort]);
    res.setHeader('content-type', 'text/plain');
    res.end(`hello ${req.url}`);
  });
  const port = await listen(server);
  const r = await fetch(`https://localhost:${port}/a?b=1`, { ca: certs.ca, agent: false });
  assert.strictEqual(r.status, 200);
  assert.strictEqual(r.body, 'hello /a?b=1');
  assert.strictEqual(r.headers['content-type'], 'text/plain');
  assert.strictEqual(r.authorized, true);
  assert.deepStrictEqual(seen, [['GET', '/a?b=1', true, '127.0.0.1', 'number']]);
  await close(server);
});

checkAsync('POST body echo, chunked response, 256 KiB', async () => {
  const server = https.createServer(serverOpts, (req, res) => {
    const chunks = [];
    req.on('data', (d) => chunks.push(d));
    req.on('end', () => {
      const b = Buffer.concat(chunks);
      res.write(b);
      res.end(`:${b.length}`);
    });
  });
  const port = await listen(server);
  const payload = 'x'.repeat(256 * 1024);
  const r = await fetch({ host: 'localhost', port, method: 'POST', path: '/echo', ca: certs.ca, agent: false }, undefined, payload);
  assert.strictEqual(r.status, 200);
  assert.strictEqual(r.headers['transfer-encoding'], 'chunked');
  assert.strictEqual(r.body, `${payload}:${payload.length}`);
  await close(server);
});

checkAsync('https.get with a callback', async () => {
  const server = https.createServer(serverOpts, (req, res) => res.end('got'));
  const port = await listen(server);
  const body = await new Promise((resolve, reject) => {
    https.get(`https://127.0.0.1:${port}/`, { ca: certs.ca, agent: false }, (res) => {
      let s = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { s += d; });
      res.on('end', () => resolve(s));
    }).on('error', reject);
  });
  assert.strictEqual(body, 'got');
  await close(server);
});

checkAsync('keep-alive Agent reuses the TLS connection', async () => {
  const ports = new Set();
  const server = https.createServer(serverOpts, (req, res) => { ports.add(req.socket.remotePort); res.end(req.url); });
  const port = await listen(server);
  const agent = new https.Agent({ keepAlive: true, ca: certs.ca });
  const a = await fetch(`https://localhost:${port}/1`, { agent });
  const b = await fetch(`https://localhost:${port}/2`, { agent });
  assert.deepStrictEqual([a.body, b.body], ['/1', '/2']);
  assert.deepStrictEqual([a.reused, b.reused], [false, true]);
  assert.strictEqual(ports.size, 1);
  agent.destroy();
  await close(server);
});

checkAsync('self-signed server: DEPTH_ZERO_SELF_SIGNED_CERT unless rejectUnauthorized false', async () => {
  const server = https.createServer({ key: certs.self.key, cert: certs.self.cert }, (req, res) => res.end('ok'));
  server.on('tlsClientError', () => {});
  const port = await listen(server);
  await assert.rejects(fetch(`https://localhost:${port}/`, { agent: false }), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
  const r = await fetch(`https://localhost:${port}/`, { agent: false, rejectUnauthorized: false });
  assert.strictEqual(r.body, 'ok');
  assert.strictEqual(r.authorized, false);
  await close(server);
});

checkAsync('wrong host name over https', async () => {
  const server = https.createServer({ key: certs.wronghost.key, cert: certs.wronghost.cert }, (req, res) => res.end('ok'));
  server.on('tlsClientError', () => {});
  const port = await listen(server);
  const err = await fetch(`https://localhost:${port}/`, { agent: false, ca: certs.ca }).then(() => null, (e) => e);
  assert.strictEqual(err.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
  assert.match(err.message, /^Hostname\/IP does not match certificate's altnames: Host: localhost\. is not in the cert's altnames: DNS:wrong\.example\.com/);
  await close(server);
});

checkAsync('client certificates over https', async () => {
  const server = https.createServer({ ...serverOpts, ca: certs.ca, requestCert: true, rejectUnauthorized: false }, (req, res) => {
    const c = req.socket.getPeerCertificate();
    res.end(`${req.socket.authorized}:${c.subject ? c.subject.CN : '-'}`);
  });
  const port = await listen(server);
  const r = await fetch(`https://localhost:${port}/`, { agent: false, ca: certs.ca, key: certs.client.key, cert: certs.client.cert });
  assert.strictEqual(r.body, 'true:test client');
  const r2 = await fetch(`https://localhost:${port}/`, { agent: false, ca: certs.ca });
  assert.strictEqual(r2.body, 'false:-');
  await close(server);
});

checkAsync('server socket facts and secureConnection', async () => {
  let facts;
  let secure = 0;
  const server = https.createServer(serverOpts, (req, res) => {
    const s = req.socket;
    facts = [s.encrypted, s.getProtocol(), typeof s.getCipher().name, s.alpnProtocol, s.servername, s.localAddress];
    res.end();
  });
  server.on('secureConnection', (s) => { secure++; assert.strictEqual(s.encrypted, true); });
  const port = await listen(server);
  await fetch(`https://localhost:${port}/`, { agent: false, ca: certs.ca, ALPNProtocols: ['http/1.1'] });
  assert.deepStrictEqual(facts, [true, 'TLSv1.3', 'string', 'http/1.1', 'localhost', '127.0.0.1']);
  assert.strictEqual(secure, 1);
  await close(server);
});

checkAsync('server.close emits close after clients go', async () => {
  const server = https.createServer(serverOpts, (req, res) => res.end('bye'));
  const port = await listen(server);
  await fetch(`https://localhost:${port}/`, { agent: false, ca: certs.ca });
  await new Promise((resolve) => server.close(resolve));
  assert.strictEqual(server.listening, false);
});

check('module surface', () => {
  assert.ok(https.globalAgent instanceof https.Agent);
  assert.ok(https.globalAgent instanceof http.Agent);
  assert.strictEqual(https.globalAgent.defaultPort, 443);
  assert.strictEqual(https.globalAgent.protocol, 'https:');
  const s = https.createServer(serverOpts);
  assert.ok(s instanceof https.Server);
  assert.ok(s instanceof http.Server || s instanceof tls.Server);
  assert.strictEqual(typeof s.addContext, 'function');
  assert.throws(() => http.get('https://localhost:1/'), { code: 'ERR_INVALID_PROTOCOL' });
  const a = new https.Agent({ ca: 'X' });
  assert.notStrictEqual(a.getName({ host: 'h', port: 1, ca: 'X' }), a.getName({ host: 'h', port: 1 }));
});
