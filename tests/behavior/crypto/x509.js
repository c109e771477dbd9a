'use strict';
// crypto.X509Certificate on a small PKI made with `openssl req -x509` / `openssl x509`
// (fixtures/x509): an RSA root, a P-256 intermediate, an RSA leaf with every common
// SAN type and authorityInfoAccess, a P-384 leaf, a self-signed Ed25519 cert (with
// its key) and a self-signed cert with escaping-heavy names (odd.pem). The expected
// field strings and legacy objects in fixtures/x509/expected.json came from node v20.
const { check, assert } = require('../check');
const { norm, throwsLike } = require('./_util');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const { X509Certificate } = crypto;
const dir = path.join(__dirname, 'fixtures', 'x509');
const pem = (f) => fs.readFileSync(path.join(dir, f));
const expected = JSON.parse(pem('expected.json'));
const certs = {};
for (const name of Object.keys(expected)) certs[name] = new X509Certificate(pem(`${name}.pem`));
const { ca, int, leaf, ec, self, odd } = certs;

// Buffers as 'hex:...' strings, deep, as expected.json stores them.
function deepNorm(v) {
  if (Buffer.isBuffer(v)) return norm(v);
  if (Array.isArray(v)) return v.map(deepNorm);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deepNorm(x)]));
  return v;
}

const fields = ['subject', 'subjectAltName', 'issuer', 'infoAccess', 'validFrom', 'validTo', 'fingerprint',
  'fingerprint256', 'fingerprint512', 'keyUsage', 'serialNumber', 'ca'];
for (const [name, exp] of Object.entries(expected)) {
  check(`X509Certificate fields: ${name}`, () => {
    for (const f of fields) assert.deepStrictEqual(certs[name][f] ?? null, exp[f], `${name}.${f}`);
  });
  check(`X509Certificate toLegacyObject: ${name}`, () => {
    const legacy = certs[name].toLegacyObject();
    assert.deepStrictEqual(deepNorm(legacy), exp.legacy);
    assert.strictEqual(Object.getPrototypeOf(legacy.subject), null);
    assert.strictEqual(Object.getPrototypeOf(legacy), Object.prototype);
  });
  check(`X509Certificate publicKey: ${name}`, () => {
    const k = certs[name].publicKey;
    assert.strictEqual(k.type, 'public');
    assert.strictEqual(k.asymmetricKeyType, exp.publicKeyType);
    assert.strictEqual(certs[name].publicKey, k);
  });
}

check('X509Certificate string formats', () => {
  assert.strictEqual(leaf.subjectAltName, 'DNS:example.com, DNS:*.example.org, IP Address:127.0.0.1, ' +
    'IP Address:0:0:0:0:0:0:0:1, email:admin@example.com, URI:https://example.com/path');
  assert.strictEqual(leaf.infoAccess, 'OCSP - URI:http://ocsp.example.com/\nCA Issuers - URI:http://ca.example.com/int.crt');
  assert.strictEqual(ec.subject, 'CN=ec.example.net\nO=EC Corp\\, Inc.\nstreet=1 Main St');
  assert.match(odd.subjectAltName, /^DNS:"a\\u002cb\.test", DNS:plain\.test, IP Address:2001:DB8:0:0:0:0:ABCD:1, /);
  assert.match(leaf.validFrom, /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/);
  assert.strictEqual(leaf.serialNumber, 'ABCDEF0123456789');
  assert.deepStrictEqual(leaf.keyUsage, ['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2', '1.3.6.1.4.1.11129.2.4.3']);
  assert.strictEqual(leaf.issuerCertificate, undefined);
});

check('X509Certificate raw, DER input, PEM output', () => {
  const text = pem('leaf.pem').toString('latin1');
  assert.strictEqual(leaf.toString(), text);
  assert.strictEqual(leaf.toJSON(), text);
  assert.strictEqual(JSON.stringify({ c: leaf }), JSON.stringify({ c: text }));
  const der = Buffer.from(text.replace(/-----[^-]+-----|\s/g, ''), 'base64');
  assert.deepStrictEqual(leaf.raw, der);
  const fromDer = new X509Certificate(der);
  assert.strictEqual(fromDer.fingerprint256, leaf.fingerprint256);
  assert.strictEqual(new X509Certificate(new Uint8Array(der)).subject, leaf.subject);
  assert.strictEqual(new X509Certificate(text).serialNumber, leaf.serialNumber);
  assert.strictEqual(new X509Certificate(`preamble text\n${text}`).subject, leaf.subject);
  const sha256 = crypto.createHash('sha256').update(leaf.raw).digest('hex').toUpperCase().match(/../g).join(':');
  assert.strictEqual(leaf.fingerprint256, sha256);
});

check('X509Certificate checkHost', () => {
  assert.strictEqual(leaf.checkHost('example.com'), 'example.com');
  assert.strictEqual(leaf.checkHost('EXAMPLE.COM'), 'example.com');
  assert.strictEqual(leaf.checkHost('foo.example.org'), '*.example.org');
  assert.strictEqual(leaf.checkHost('a.b.example.org'), undefined);
  assert.strictEqual(leaf.checkHost('example.org'), undefined);
  assert.strictEqual(leaf.checkHost('foo.example.org', { wildcards: false }), undefined);
  assert.strictEqual(leaf.checkHost('foo.example.org', { partialWildcards: false }), '*.example.org');
  // A DNS SAN hides the subject CN unless subject: 'always'.
  assert.strictEqual(ec.checkHost('ec.example.net', { subject: 'always' }), 'ec.example.net');
  assert.strictEqual(ca.checkHost('Minode Root CA'), 'Minode Root CA');
  assert.strictEqual(ca.checkHost('minode root ca'), 'Minode Root CA');
  assert.strictEqual(ca.checkHost('Minode Root CA', { subject: 'never' }), undefined);
  assert.strictEqual(odd.checkHost('plain.test'), 'plain.test');
});

check('X509Certificate checkEmail and checkIP', () => {
  assert.strictEqual(leaf.checkEmail('admin@example.com'), 'admin@example.com');
  assert.strictEqual(leaf.checkEmail('admin@EXAMPLE.com'), 'admin@EXAMPLE.com');
  assert.strictEqual(leaf.checkEmail('Admin@example.com'), undefined);
  assert.strictEqual(leaf.checkIP('127.0.0.1'), '127.0.0.1');
  assert.strictEqual(leaf.checkIP('::1'), '::1');
  assert.strictEqual(leaf.checkIP('0:0:0:0:0:0:0:1'), '0:0:0:0:0:0:0:1');
  assert.strictEqual(leaf.checkIP('1.2.3.4'), undefined);
  assert.strictEqual(odd.checkIP('2001:db8::abcd:1'), '2001:db8::abcd:1');
  assert.strictEqual(odd.checkEmail('x@y.test'), 'x@y.test');
});

check('X509Certificate checkIssued, verify, checkPrivateKey', () => {
  assert.strictEqual(leaf.checkIssued(int), true);
  assert.strictEqual(leaf.checkIssued(ca), false);
  assert.strictEqual(int.checkIssued(ca), true);
  assert.strictEqual(ca.checkIssued(ca), true);
  assert.strictEqual(ec.checkIssued(int), true);
  assert.strictEqual(leaf.verify(int.publicKey), true);
  assert.strictEqual(ec.verify(int.publicKey), true);
  assert.strictEqual(int.verify(ca.publicKey), true);
  assert.strictEqual(ca.verify(ca.publicKey), true);
  assert.strictEqual(self.verify(self.publicKey), true);
  assert.strictEqual(leaf.verify(ca.publicKey), false);
  assert.strictEqual(int.verify(int.publicKey), false);
  const key = crypto.createPrivateKey(pem('self.key'));
  assert.strictEqual(self.checkPrivateKey(key), true);
  assert.strictEqual(leaf.checkPrivateKey(key), false);
  assert.strictEqual(self.checkPrivateKey(crypto.generateKeyPairSync('ed25519').privateKey), false);
});

check('X509Certificate errors', () => {
  throwsLike(() => new X509Certificate('garbage'), 'ERR_OSSL_PEM_NO_START_LINE', 'error:0480006C:PEM routines::no start line');
  throwsLike(() => new X509Certificate(Buffer.from([0x30, 1, 2])), 'ERR_OSSL_PEM_NO_START_LINE');
  throwsLike(() => new X509Certificate('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n'),
    'ERR_OSSL_ASN1_WRONG_TAG', 'error:068000A8:asn1 encoding routines::wrong tag');
  throwsLike(() => new X509Certificate(1), 'ERR_INVALID_ARG_TYPE');
  throwsLike(() => leaf.checkHost(1), 'ERR_INVALID_ARG_TYPE', 'The "name" argument must be of type string. Received type number (1)');
  throwsLike(() => leaf.checkHost('x', { subject: 'x' }), 'ERR_INVALID_ARG_VALUE', "The property 'options.subject' is invalid. Received 'x'");
  throwsLike(() => leaf.checkHost('x', { wildcards: 1 }), 'ERR_INVALID_ARG_TYPE');
  throwsLike(() => leaf.checkEmail(5), 'ERR_INVALID_ARG_TYPE');
  throwsLike(() => leaf.checkIP('nope'), 'ERR_INVALID_ARG_VALUE', 'Invalid IP');
  throwsLike(() => leaf.checkIssued({}), 'ERR_INVALID_ARG_TYPE');
  throwsLike(() => leaf.verify(leaf), 'ERR_INVALID_ARG_TYPE');
  throwsLike(() => leaf.verify(crypto.generateKeyPairSync('ed25519').privateKey), 'ERR_INVALID_ARG_VALUE');
  throwsLike(() => leaf.checkPrivateKey(leaf.publicKey), 'ERR_INVALID_ARG_VALUE');
});

check('X509Certificate shape and inspect', () => {
  const names = Object.getOwnPropertyNames(X509Certificate.prototype);
  for (const n of ['subject', 'fingerprint512', 'raw', 'publicKey', 'checkHost', 'verify', 'toLegacyObject']) {
    assert.ok(names.includes(n), n);
  }
  assert.deepStrictEqual(Object.keys(leaf), []);
  const text = require('util').inspect(ec);
  assert.ok(text.startsWith("X509Certificate {\n  subject: 'CN=ec.example.net\\nO=EC Corp\\\\, Inc.\\nstreet=1 Main St',"), text);
  assert.ok(text.includes("serialNumber: '07'"), text);
});
