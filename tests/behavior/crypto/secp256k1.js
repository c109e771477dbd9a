'use strict';
// secp256k1 (the Bitcoin/Ethereum curve) across node:crypto: createECDH, EC key
// generation, sign/verify, PEM/DER/JWK import and export, crypto.diffieHellman and
// getCurves(). Fixed keys and the expected values were computed once with node v20;
// `opensslSig` is a signature OpenSSL made with a high S value, which it accepts.
const { check, assert } = require('../check');
const { eq, throwsLike } = require('./_util');
const crypto = require('crypto');

const kat = {
  aPriv: '11'.repeat(32),
  bPriv: '22'.repeat(32),
  aPub: '044f355bdcb7cc0af728ef3cceb9615d90684bb5b2ca5f859ab0f0b704075871aa385b6b1b8ead809ca67454d9683fcf2ba03456d6fe2c4abe2b07f0fbdbb2f1c1',
  aPubC: '034f355bdcb7cc0af728ef3cceb9615d90684bb5b2ca5f859ab0f0b704075871aa',
  bPub: '04466d7fcae563e5cb09a0d1870bb580344804617879a14949cf22285f1bae3f276728176c3c6431f8eeda4538dc37c865e2784f3a9e77d044f33e407797e1278a',
  secret: '77e0510d5042e2f5e9e59c977b81eeed590cf7d20c1c51da451a8eaa9fdc45ff',
  sec1: '-----BEGIN EC PRIVATE KEY-----\nMHQCAQEEIBERERERERERERERERERERERERERERERERERERERERERoAcGBSuBBAAK\n' +
    'oUQDQgAETzVb3LfMCvco7zzOuWFdkGhLtbLKX4WasPC3BAdYcao4W2sbjq2AnKZ0\nVNloP88roDRW1v4sSr4rB/D727LxwQ==\n' +
    '-----END EC PRIVATE KEY-----\n',
  spki: '-----BEGIN PUBLIC KEY-----\nMFYwEAYHKoZIzj0CAQYFK4EEAAoDQgAETzVb3LfMCvco7zzOuWFdkGhLtbLKX4Wa\n' +
    'sPC3BAdYcao4W2sbjq2AnKZ0VNloP88roDRW1v4sSr4rB/D727LxwQ==\n-----END PUBLIC KEY-----\n',
  opensslSig: '30450220792296948b1a34356d3b7e893d62c8ee00dc09f23e1ec3e4e3353c74681723c3022100cd4800bb3a65b88b6d63a6108798a9152d453427823cbc33eb1678aea3bd94f9',
};

check('getCurves includes secp256k1', () => {
  assert.ok(crypto.getCurves().includes('secp256k1'));
  const curves = crypto.getCurves();
  assert.deepStrictEqual(curves, curves.slice().sort());
});

check('createECDH secp256k1 with fixed keys', () => {
  const a = crypto.createECDH('secp256k1');
  a.setPrivateKey(kat.aPriv, 'hex');
  eq(a.getPublicKey(), `hex:${kat.aPub}`);
  eq(a.getPublicKey('hex', 'compressed'), kat.aPubC);
  eq(a.computeSecret(kat.bPub, 'hex', 'hex'), kat.secret);
  const b = crypto.createECDH('secp256k1');
  b.setPrivateKey(Buffer.from(kat.bPriv, 'hex'));
  eq(b.computeSecret(Buffer.from(kat.aPubC, 'hex')), `hex:${kat.secret}`);
  eq(crypto.ECDH.convertKey(kat.aPubC, 'secp256k1', 'hex', 'hex', 'uncompressed'), kat.aPub);
});

check('createECDH secp256k1 generated keys agree', () => {
  const a = crypto.createECDH('secp256k1');
  const b = crypto.createECDH('secp256k1');
  a.generateKeys();
  b.generateKeys();
  assert.strictEqual(a.getPublicKey().length, 65);
  assert.ok(a.computeSecret(b.getPublicKey()).equals(b.computeSecret(a.getPublicKey())));
  throwsLike(() => a.computeSecret(Buffer.from(kat.aPub.replace(/c1$/, 'c2'), 'hex')), 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY');
});

check('generateKeyPairSync ec secp256k1, sign and verify', () => {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
  assert.deepStrictEqual(privateKey.asymmetricKeyDetails, { namedCurve: 'secp256k1' });
  assert.deepStrictEqual(publicKey.asymmetricKeyDetails, { namedCurve: 'secp256k1' });
  const data = Buffer.from('hello secp256k1');
  const sig = crypto.sign('sha256', data, privateKey);
  assert.strictEqual(crypto.verify('sha256', data, publicKey, sig), true);
  assert.strictEqual(crypto.verify('sha256', Buffer.from('other'), publicKey, sig), false);
  const p1363 = crypto.sign('sha256', data, { key: privateKey, dsaEncoding: 'ieee-p1363' });
  assert.strictEqual(p1363.length, 64);
  assert.strictEqual(crypto.verify('sha256', data, { key: publicKey, dsaEncoding: 'ieee-p1363' }, p1363), true);
  const s = crypto.createSign('sha512').update(data).sign(privateKey, 'hex');
  assert.strictEqual(crypto.createVerify('sha512').update(data).verify(publicKey, s, 'hex'), true);
});

check('secp256k1 key encodings', () => {
  const key = crypto.createPrivateKey(kat.sec1);
  assert.strictEqual(key.asymmetricKeyType, 'ec');
  assert.strictEqual(key.export({ format: 'pem', type: 'sec1' }), kat.sec1);
  assert.strictEqual(crypto.createPublicKey(key).export({ format: 'pem', type: 'spki' }), kat.spki);
  const pkcs8 = key.export({ format: 'der', type: 'pkcs8' });
  assert.ok(crypto.createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }).equals(key));
  const jwk = key.export({ format: 'jwk' });
  assert.deepStrictEqual(Object.keys(jwk), ['kty', 'x', 'y', 'crv', 'd']);
  assert.strictEqual(jwk.crv, 'secp256k1');
  eq(Buffer.from(jwk.d, 'base64url'), `hex:${kat.aPriv}`);
  eq(Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, 'base64url'), Buffer.from(jwk.y, 'base64url')]), `hex:${kat.aPub}`);
  assert.ok(crypto.createPrivateKey({ key: jwk, format: 'jwk' }).equals(key));
  const pub = crypto.createPublicKey({ key: { kty: 'EC', crv: 'secp256k1', x: jwk.x, y: jwk.y }, format: 'jwk' });
  assert.strictEqual(pub.export({ format: 'pem', type: 'spki' }), kat.spki);
});

check('secp256k1 verifies an OpenSSL signature with high S', () => {
  const pub = crypto.createPublicKey(kat.spki);
  assert.strictEqual(crypto.verify('sha256', Buffer.from('minode'), pub, Buffer.from(kat.opensslSig, 'hex')), true);
  assert.strictEqual(crypto.verify('sha256', Buffer.from('minodE'), pub, Buffer.from(kat.opensslSig, 'hex')), false);
});

check('crypto.diffieHellman with secp256k1 KeyObjects', () => {
  const a = crypto.createPrivateKey(kat.sec1);
  const b = crypto.generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
  const s1 = crypto.diffieHellman({ privateKey: a, publicKey: b.publicKey });
  const s2 = crypto.diffieHellman({ privateKey: b.privateKey, publicKey: crypto.createPublicKey(a) });
  assert.strictEqual(s1.length, 32);
  assert.ok(s1.equals(s2));
  const p256 = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  assert.throws(() => crypto.diffieHellman({ privateKey: a, publicKey: p256.publicKey }));
});
