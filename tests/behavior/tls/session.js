'use strict';
// tls server and session features: data both ways, ALPN, SNI (addContext / SNICallback),
// client certificates, getPeerCertificate fields, protocol versions, handshake errors.
const tls = require('tls');
const net = require('net');
const crypto = require('crypto');
const { check, checkAsync, assert } = require('../check');
const certs = require('./_certs').make();

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

// Run a server with `serverOpts`; `onServer(socket)` sees each secure connection; resolves
// with whatever `client(port)` resolves to, after closing the server.
async function pair(serverOpts, onServer, client) {
  const server = tls.createServer(serverOpts, (s) => { s.on('error', () => {}); onServer(s); });
  server.on('tlsClientError', () => {});
  const port = await listen(server);
  try { return await client(port, server); } finally { server.close(); }
}

function connect(opts) {
  return new Promise((resolve, reject) => {
    const c = tls.connect(opts, () => resolve(c));
    c.on('error', reject);
  });
}

function readAll(s) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    s.on('data', (d) => chunks.push(d));
    s.on('end', () => resolve(Buffer.concat(chunks)));
    s.on('error', reject);
  });
}

const base = { key: certs.server.key, cert: certs.server.cert };

checkAsync('echo round trip, end from both sides', () => pair(base, (s) => s.pipe(s), async (port) => {
  const c = await connect({ port, host: 'localhost', ca: certs.ca });
  const got = readAll(c);
  c.write('hello ');
  c.end('world');
  assert.strictEqual((await got).toString(), 'hello world');
}));

checkAsync('1 MiB each way arrives intact', () => pair(base, (s) => s.pipe(s), async (port) => {
  const c = await connect({ port, host: 'localhost', ca: certs.ca });
  const data = crypto.randomBytes(1 << 20);
  const got = readAll(c);
  c.end(data);
  const back = await got;
  assert.strictEqual(back.length, data.length);
  assert.ok(back.equals(data));
}));

checkAsync('writes before secureConnect are sent after the handshake', () => pair(base, (s) => s.pipe(s), async (port) => {
  const c = tls.connect({ port, host: 'localhost', ca: certs.ca });
  c.write('early');
  const got = readAll(c);
  c.end();
  assert.strictEqual((await got).toString(), 'early');
}));

checkAsync('secure connection facts on both sides', () => {
  let srv;
  return pair(base, (s) => { srv = s; s.end('x'); }, async (port) => {
    const c = await connect({ port, host: 'localhost', ca: certs.ca });
    await readAll(c);
    assert.strictEqual(c.encrypted, true);
    assert.strictEqual(c.getProtocol(), 'TLSv1.3');
    const cipher = c.getCipher();
    assert.strictEqual(cipher.version, 'TLSv1.3');
    assert.match(cipher.name, /^TLS_/);
    assert.strictEqual(cipher.standardName, cipher.name);
    assert.strictEqual(c.alpnProtocol, false);
    assert.strictEqual(c.isSessionReused(), false);
    assert.strictEqual(typeof c.remotePort, 'number');
    assert.strictEqual(c.remoteAddress, '127.0.0.1');
    assert.strictEqual(srv.encrypted, true);
    assert.strictEqual(srv.authorized, false);
    assert.strictEqual(srv.getProtocol(), 'TLSv1.3');
    assert.strictEqual(srv.servername, false);
    assert.ok(srv instanceof tls.TLSSocket && srv instanceof net.Socket);
  });
});

checkAsync('getPeerCertificate fields', () => pair(base, (s) => s.end(), async (port) => {
  const c = await connect({ port, host: 'localhost', ca: certs.ca });
  const cert = c.getPeerCertificate();
  assert.deepStrictEqual({ ...cert.subject }, { C: 'US', ST: 'CA', O: 'minode', OU: 'tests', CN: 'localhost' });
  assert.strictEqual(Object.getPrototypeOf(cert.subject), null);
  assert.deepStrictEqual({ ...cert.issuer }, { C: 'US', O: 'minode', CN: 'minode test CA' });
  assert.strictEqual(cert.subjectaltname, 'DNS:localhost, IP Address:127.0.0.1');
  assert.strictEqual(cert.ca, false);
  assert.strictEqual(cert.bits, 2048);
  assert.strictEqual(cert.exponent, '0x10001');
  assert.match(cert.modulus, /^[0-9A-F]{512}$/);
  assert.strictEqual(cert.serialNumber, '1234');
  assert.match(cert.valid_from, /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/);
  assert.match(cert.valid_to, /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/);
  assert.match(cert.fingerprint, /^([0-9A-F]{2}:){19}[0-9A-F]{2}$/);
  assert.match(cert.fingerprint256, /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  assert.match(cert.fingerprint512, /^([0-9A-F]{2}:){63}[0-9A-F]{2}$/);
  assert.deepStrictEqual(cert.ext_key_usage, ['1.3.6.1.5.5.7.3.1']);
  assert.ok(Buffer.isBuffer(cert.raw));
  const der = Buffer.from(certs.server.cert.replace(/-----[^-]+-----|\s/g, ''), 'base64');
  assert.ok(cert.raw.equals(der));
  const fp = crypto.createHash('sha256').update(der).digest('hex').toUpperCase().match(/../g).join(':');
  assert.strictEqual(cert.fingerprint256, fp);
  assert.ok(Buffer.isBuffer(cert.pubkey));
  assert.strictEqual(Object.keys(cert).slice(0, 3).join(), 'subject,issuer,subjectaltname');
  c.destroy();
}));

checkAsync('getCertificate on the server side; EC key facts', () => {
  let mine;
  return pair({ key: certs.self.key, cert: certs.self.cert }, (s) => { mine = s.getCertificate(); s.end(); }, async (port) => {
    const c = await connect({ port, host: 'localhost', ca: certs.self.cert });
    await readAll(c);
    assert.strictEqual(mine.subject.CN, 'localhost');
    assert.strictEqual(mine.bits, 256);
    assert.strictEqual(mine.asn1Curve, 'prime256v1');
    assert.strictEqual(mine.nistCurve, 'P-256');
    assert.strictEqual(mine.serialNumber, '07');
    const peer = c.getPeerCertificate(true);
    assert.strictEqual(peer.issuerCertificate, peer);
  });
});

checkAsync('ALPN: the server picks from the client list', () => {
  let srvProto;
  return pair({ ...base, ALPNProtocols: ['h2', 'http/1.1'] }, (s) => { srvProto = s.alpnProtocol; s.end(); }, async (port) => {
    const c = await connect({ port, host: 'localhost', ca: certs.ca, ALPNProtocols: ['foo', 'http/1.1'] });
    await readAll(c);
    assert.strictEqual(c.alpnProtocol, 'http/1.1');
    assert.strictEqual(srvProto, 'http/1.1');
  });
});

checkAsync('ALPN as a Buffer in wire format', () => pair({ ...base, ALPNProtocols: ['h2'] }, (s) => s.end(), async (port) => {
  const out = {};
  tls.convertALPNProtocols(['h2'], out);
  assert.deepStrictEqual([...out.ALPNProtocols], [2, 104, 50]);
  const c = await connect({ port, host: 'localhost', ca: certs.ca, ALPNProtocols: out.ALPNProtocols });
  await readAll(c);
  assert.strictEqual(c.alpnProtocol, 'h2');
}));

checkAsync('SNI: addContext picks the certificate by servername', async () => {
  const server = tls.createServer(base, (s) => s.end(String(s.servername)));
  server.addContext('*.sni.test', { key: certs.sni.key, cert: certs.sni.cert });
  const port = await listen(server);
  const a = await connect({ port, host: '127.0.0.1', servername: 'a.sni.test', ca: certs.ca });
  assert.strictEqual(a.getPeerCertificate().subject.CN, 'sni.test');
  assert.strictEqual((await readAll(a)).toString(), 'a.sni.test');
  const b = await connect({ port, host: 'localhost', ca: certs.ca });
  assert.strictEqual(b.getPeerCertificate().subject.CN, 'localhost');
  assert.strictEqual((await readAll(b)).toString(), 'false');
  server.close();
});

checkAsync('SNICallback (asynchronous)', async () => {
  const names = [];
  const sniCtx = tls.createSecureContext({ key: certs.sni.key, cert: certs.sni.cert });
  const server = tls.createServer({
    ...base,
    SNICallback(name, cb) { names.push(name); setTimeout(() => cb(null, name === 'sni.test' ? sniCtx : undefined), 5); },
  }, (s) => s.end());
  const port = await listen(server);
  const a = await connect({ port, host: 'localhost', servername: 'sni.test', ca: certs.ca });
  assert.strictEqual(a.getPeerCertificate().subject.CN, 'sni.test');
  await readAll(a);
  const b = await connect({ port, host: 'localhost', ca: certs.ca });
  assert.strictEqual(b.getPeerCertificate().subject.CN, 'localhost');
  await readAll(b);
  assert.deepStrictEqual(names, ['sni.test']); // no SNI, no callback
  server.close();
});

checkAsync('client certificate: requestCert, authorized on the server', () => {
  let facts;
  const opts = { ...base, ca: certs.ca, requestCert: true, rejectUnauthorized: false };
  return pair(opts, (s) => {
    facts = [s.authorized, s.authorizationError, s.getPeerCertificate().subject.CN];
    s.end();
  }, async (port) => {
    const c = await connect({ port, host: 'localhost', ca: certs.ca, key: certs.client.key, cert: certs.client.cert });
    await readAll(c);
    assert.deepStrictEqual(facts, [true, null, 'test client']);
  });
});

checkAsync('client certificate: untrusted one is reported', () => {
  let facts;
  const opts = { ...base, ca: certs.ca, requestCert: true, rejectUnauthorized: false };
  return pair(opts, (s) => { facts = [s.authorized, s.authorizationError]; s.end(); }, async (port) => {
    const c = await connect({ port, host: 'localhost', ca: certs.ca, key: certs.self.key, cert: certs.self.cert });
    await readAll(c);
    assert.deepStrictEqual(facts, [false, 'DEPTH_ZERO_SELF_SIGNED_CERT']);
  });
});

checkAsync('client certificate required: the server refuses a client without one', async () => {
  const server = tls.createServer({ ...base, ca: certs.ca, requestCert: true }, (s) => s.end('no'));
  const clientErr = new Promise((resolve) => server.once('tlsClientError', (err, sock) => resolve([err, sock])));
  const port = await listen(server);
  const c = tls.connect({ port, host: 'localhost', ca: certs.ca });
  c.on('error', () => {});
  const [err, sock] = await clientErr;
  assert.ok(err instanceof Error);
  assert.ok(sock instanceof tls.TLSSocket);
  c.destroy();
  server.close();
});

checkAsync('maxVersion TLSv1.2', () => pair(base, (s) => s.end(), async (port) => {
  const c = await connect({ port, host: 'localhost', ca: certs.ca, maxVersion: 'TLSv1.2' });
  await readAll(c);
  assert.strictEqual(c.getProtocol(), 'TLSv1.2');
  assert.strictEqual(c.getCipher().version, 'TLSv1.2');
  assert.match(c.getCipher().name, /^ECDHE-RSA-AES(128|256)-GCM-SHA(256|384)$/);
}));

checkAsync('exportKeyingMaterial agrees on both sides', () => {
  let srvKm;
  return pair(base, (s) => { srvKm = s.exportKeyingMaterial(32, 'EXPORTER-test', Buffer.from('ctx')); s.end(); }, async (port) => {
    const c = await connect({ port, host: 'localhost', ca: certs.ca });
    await readAll(c);
    const km = c.exportKeyingMaterial(32, 'EXPORTER-test', Buffer.from('ctx'));
    assert.strictEqual(km.length, 32);
    assert.ok(km.equals(srvKm));
  });
});

checkAsync('tls.connect({socket}) over an existing net.Socket', () => pair(base, (s) => s.end('over tcp'), async (port) => {
  const raw = net.connect(port, '127.0.0.1');
  await new Promise((r) => raw.once('connect', r));
  const c = await connect({ socket: raw, servername: 'localhost', ca: certs.ca });
  assert.strictEqual(c.authorized, true);
  assert.strictEqual((await readAll(c)).toString(), 'over tcp');
}));

checkAsync('a plain-text peer: tlsClientError on the server, error on the client', async () => {
  const server = tls.createServer(base, () => {});
  const seen = new Promise((resolve) => server.once('tlsClientError', (err) => resolve(err)));
  const port = await listen(server);
  const raw = net.connect(port, '127.0.0.1', () => raw.end('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
  raw.on('error', () => {});
  raw.resume();
  const err = await seen;
  assert.ok(err instanceof Error);
  server.close();
  const plain = net.createServer((s) => s.end('this is not tls\n'));
  const p2 = await listen(plain);
  const cerr = await new Promise((resolve) => {
    const c = tls.connect({ port: p2, host: 'localhost' });
    c.on('error', resolve);
  });
  assert.ok(cerr instanceof Error);
  assert.strictEqual(typeof cerr.code, 'string');
  plain.close();
});

checkAsync('connection refused is a net error', async () => {
  const server = net.createServer();
  const port = await listen(server);
  server.close();
  await new Promise((r) => server.once('close', r));
  const err = await new Promise((resolve) => tls.connect({ port, host: '127.0.0.1' }).on('error', resolve));
  assert.strictEqual(err.code, 'ECONNREFUSED');
});

check('module surface', () => {
  assert.strictEqual(tls.DEFAULT_MIN_VERSION, 'TLSv1.2');
  assert.strictEqual(tls.DEFAULT_MAX_VERSION, 'TLSv1.3');
  assert.ok(Array.isArray(tls.rootCertificates) && Object.isFrozen(tls.rootCertificates));
  assert.ok(tls.rootCertificates.length > 10);
  assert.ok(tls.rootCertificates.every((c) => c.startsWith('-----BEGIN CERTIFICATE-----\n') && c.endsWith('-----END CERTIFICATE-----')));
  assert.ok(tls.getCiphers().includes('tls_aes_128_gcm_sha256'));
  assert.ok(tls.createSecureContext() instanceof tls.SecureContext);
  assert.throws(() => tls.createSecureContext({ minVersion: 'TLSv1.5' }), { code: 'ERR_TLS_INVALID_PROTOCOL_VERSION', name: 'TypeError' });
  assert.throws(() => tls.createSecureContext({ ca: 42 }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => tls.createSecureContext({ key: 'not a key' }), { code: 'ERR_OSSL_UNSUPPORTED' });
  assert.throws(() => tls.createServer({}).addContext('', {}), { code: 'ERR_TLS_REQUIRED_SERVER_NAME' });
});
