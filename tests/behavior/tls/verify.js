'use strict';
// tls.connect certificate verification: Node's (OpenSSL's) error codes, rejectUnauthorized,
// authorized/authorizationError, host name checks (checkServerIdentity).
const tls = require('tls');
const { check, checkAsync, assert } = require('../check');
const certs = require('./_certs').make();

function serve(opts) {
  return new Promise((resolve) => {
    const server = tls.createServer(opts, (s) => { s.on('error', () => {}); s.end('hi'); });
    server.on('tlsClientError', () => {});
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

// Connect; resolve with {err} or {socket facts}.
function attempt(server, opts) {
  return new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, host: 'localhost', ...opts });
    c.on('secureConnect', () => {
      const out = { authorized: c.authorized, authorizationError: c.authorizationError, encrypted: c.encrypted };
      c.destroy();
      resolve(out);
    });
    c.on('error', (err) => resolve({ err }));
  });
}

async function withServer(opts, fn) {
  const server = await serve(opts);
  try { await fn(server); } finally { server.close(); }
}

checkAsync('CA-signed certificate, trusted ca: authorized', () => withServer(certs.server, async (s) => {
  const r = await attempt(s, { ca: certs.ca });
  assert.deepStrictEqual(r, { authorized: true, authorizationError: null, encrypted: true });
}));

checkAsync('connecting by IP checks the IP altname', () => withServer(certs.server, async (s) => {
  const r = await attempt(s, { ca: certs.ca, host: '127.0.0.1' });
  assert.strictEqual(r.authorized, true);
}));

checkAsync('self-signed: DEPTH_ZERO_SELF_SIGNED_CERT error', () => withServer(certs.self, async (s) => {
  const { err } = await attempt(s, {});
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'DEPTH_ZERO_SELF_SIGNED_CERT');
  assert.strictEqual(err.message, 'self-signed certificate');
}));

checkAsync('self-signed, rejectUnauthorized false: connects unauthorized', () => withServer(certs.self, async (s) => {
  const r = await attempt(s, { rejectUnauthorized: false });
  assert.deepStrictEqual(r, { authorized: false, authorizationError: 'DEPTH_ZERO_SELF_SIGNED_CERT', encrypted: true });
}));

checkAsync('self-signed certificate given as ca: authorized', () => withServer(certs.self, async (s) => {
  const r = await attempt(s, { ca: certs.self.cert });
  assert.strictEqual(r.authorized, true);
}));

checkAsync('chain ending in an untrusted root: SELF_SIGNED_CERT_IN_CHAIN', () =>
  withServer({ key: certs.server.key, cert: certs.server.cert + certs.ca }, async (s) => {
    const { err } = await attempt(s, {});
    assert.strictEqual(err.code, 'SELF_SIGNED_CERT_IN_CHAIN');
    assert.strictEqual(err.message, 'self-signed certificate in certificate chain');
  }));

checkAsync('leaf with an unknown issuer: UNABLE_TO_VERIFY_LEAF_SIGNATURE', () => withServer(certs.server, async (s) => {
  const { err } = await attempt(s, {});
  assert.strictEqual(err.code, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  assert.strictEqual(err.message, 'unable to verify the first certificate');
}));

checkAsync('unknown issuer, rejectUnauthorized false', () => withServer(certs.server, async (s) => {
  const r = await attempt(s, { rejectUnauthorized: false });
  assert.strictEqual(r.authorized, false);
  assert.strictEqual(r.authorizationError, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
}));

checkAsync('expired certificate: CERT_HAS_EXPIRED', () => withServer(certs.expired, async (s) => {
  const { err } = await attempt(s, { ca: certs.ca });
  assert.strictEqual(err.code, 'CERT_HAS_EXPIRED');
  assert.strictEqual(err.message, 'certificate has expired');
}));

checkAsync('expired, rejectUnauthorized false', () => withServer(certs.expired, async (s) => {
  const r = await attempt(s, { ca: certs.ca, rejectUnauthorized: false });
  assert.deepStrictEqual([r.authorized, r.authorizationError], [false, 'CERT_HAS_EXPIRED']);
}));

checkAsync('wrong host: ERR_TLS_CERT_ALTNAME_INVALID', () => withServer(certs.wronghost, async (s) => {
  const { err } = await attempt(s, { ca: certs.ca });
  assert.strictEqual(err.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
  assert.strictEqual(err.message, "Hostname/IP does not match certificate's altnames: Host: localhost. is not in the cert's altnames: DNS:wrong.example.com, DNS:*.wrong.example.com");
  assert.strictEqual(err.reason, "Host: localhost. is not in the cert's altnames: DNS:wrong.example.com, DNS:*.wrong.example.com");
  assert.strictEqual(err.host, 'localhost');
  assert.strictEqual(err.cert.subject.CN, 'wrong.example.com');
}));

checkAsync('wrong IP: ERR_TLS_CERT_ALTNAME_INVALID', () => withServer(certs.wronghost, async (s) => {
  const { err } = await attempt(s, { ca: certs.ca, host: '127.0.0.1' });
  assert.strictEqual(err.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
  assert.strictEqual(err.message, "Hostname/IP does not match certificate's altnames: IP: 127.0.0.1 is not in the cert's list: ");
}));

checkAsync('wrong host, rejectUnauthorized false', () => withServer(certs.wronghost, async (s) => {
  const r = await attempt(s, { ca: certs.ca, rejectUnauthorized: false });
  assert.deepStrictEqual([r.authorized, r.authorizationError], [false, 'ERR_TLS_CERT_ALTNAME_INVALID']);
}));

checkAsync('servername selects the name that is checked', () => withServer(certs.wronghost, async (s) => {
  const r = await attempt(s, { ca: certs.ca, servername: 'a.wrong.example.com' });
  assert.strictEqual(r.authorized, true);
}));

checkAsync('custom checkServerIdentity', () => withServer(certs.wronghost, async (s) => {
  const seen = [];
  const r = await attempt(s, {
    ca: certs.ca,
    checkServerIdentity(host, cert) { seen.push(host, cert.subject.CN); return undefined; },
  });
  assert.strictEqual(r.authorized, true);
  assert.deepStrictEqual(seen, ['localhost', 'wrong.example.com']);
  const r2 = await attempt(s, { ca: certs.ca, checkServerIdentity() { return new Error('nope'); } });
  assert.strictEqual(r2.err.message, 'nope');
}));

checkAsync('NODE_TLS_REJECT_UNAUTHORIZED-free default rejects; ca replaces the default store', () => withServer(certs.server, async (s) => {
  const { err } = await attempt(s, { ca: certs.self.cert });
  assert.strictEqual(err.code, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
}));

check('checkServerIdentity: altnames, wildcards, CN, IPs', () => {
  const csi = tls.checkServerIdentity;
  const dns = { subject: { CN: 'x' }, subjectaltname: 'DNS:example.com, DNS:*.example.org' };
  assert.strictEqual(csi('example.com', dns), undefined);
  assert.strictEqual(csi('EXAMPLE.com.', dns), undefined);
  assert.strictEqual(csi('a.example.org', dns), undefined);
  assert.strictEqual(csi('a.b.example.org', dns).code, 'ERR_TLS_CERT_ALTNAME_INVALID');
  assert.strictEqual(csi('example.org', dns).code, 'ERR_TLS_CERT_ALTNAME_INVALID');
  assert.strictEqual(csi('x', dns).reason, "Host: x. is not in the cert's altnames: DNS:example.com, DNS:*.example.org");
  const cn = { subject: { CN: 'cn.example.com' } };
  assert.strictEqual(csi('cn.example.com', cn), undefined);
  assert.strictEqual(csi('other.example.com', cn).reason, "Host: other.example.com. is not cert's CN: cn.example.com");
  assert.strictEqual(csi('a.com', { subject: {} }).reason, 'Cert does not contain a DNS name');
  const ip = { subject: {}, subjectaltname: 'IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1' };
  assert.strictEqual(csi('127.0.0.1', ip), undefined);
  assert.strictEqual(csi('::1', ip), undefined);
  assert.strictEqual(csi('10.0.0.1', ip).reason, "IP: 10.0.0.1 is not in the cert's list: 127.0.0.1, ::1");
  const star = { subject: {}, subjectaltname: 'DNS:*.com' };
  assert.strictEqual(csi('a.com', star).code, 'ERR_TLS_CERT_ALTNAME_INVALID');
  const part = { subject: {}, subjectaltname: 'DNS:w*.example.net' };
  assert.strictEqual(csi('www.example.net', part), undefined);
  assert.strictEqual(csi('xww.example.net', part).code, 'ERR_TLS_CERT_ALTNAME_INVALID');
});
