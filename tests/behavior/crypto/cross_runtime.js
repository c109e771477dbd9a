'use strict';
// Cross-runtime: whichever runtime runs this file (node or minode) makes keys,
// signatures and ciphertexts, and the *other* runtime verifies and decrypts them —
// and the other way round. Prints only booleans, so node and minode print the same.
const crypto = require('crypto');
const path = require('path');
const { spawnSync } = require('child_process');
const { check, assert } = require('../check');

const underMinode = process.versions.minode !== undefined;
const other = underMinode ? 'node'
  : (process.env.MINODE || path.join(__dirname, '..', '..', '..', 'target', 'release', 'minode'));

// The script the other runtime runs: check what we made, then make its own.
const childScript = `
const crypto = require('crypto');
const d = JSON.parse(process.env.CROSS_DATA);
const msg = Buffer.from(d.msg);
const out = {};
out.edOk = crypto.verify(null, msg, d.edPub, Buffer.from(d.edSig, 'base64'));
out.rsaOk = crypto.verify('sha256', msg, d.rsaPub, Buffer.from(d.rsaSig, 'base64'));
out.pssOk = crypto.verify('sha384', msg, { key: d.rsaPub, padding: crypto.constants.RSA_PKCS1_PSS_PADDING },
  Buffer.from(d.pssSig, 'base64'));
out.ecOk = crypto.verify('sha256', msg, d.ecPub, Buffer.from(d.ecSig, 'base64'));
out.ecBad = crypto.verify('sha256', Buffer.from('tampered'), d.ecPub, Buffer.from(d.ecSig, 'base64'));
out.ec384Ok = crypto.verify('sha384', msg, d.ec384Pub, Buffer.from(d.ec384Sig, 'base64'));
out.ec521Ok = crypto.verify('sha512', msg, { key: d.ec521Pub, format: 'jwk', dsaEncoding: 'ieee-p1363' },
  Buffer.from(d.ec521Sig, 'base64'));
const ecdh = crypto.createECDH('secp521r1');
out.ecdhPub = ecdh.generateKeys('base64', 'compressed');
out.ecdhSecret = ecdh.computeSecret(d.ecdhPub, 'base64', 'base64');
const x = crypto.generateKeyPairSync('x25519');
out.xPub = x.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
out.xSecret = crypto.diffieHellman({ privateKey: x.privateKey, publicKey: crypto.createPublicKey(d.xPub) }).toString('base64');
const aesKey = crypto.privateDecrypt({ key: d.rsaPriv, oaepHash: 'sha256' }, Buffer.from(d.wrappedKey, 'base64'));
const dec = crypto.createDecipheriv('aes-256-gcm', aesKey, Buffer.from(d.iv, 'base64'));
dec.setAAD(Buffer.from('cross'));
dec.setAuthTag(Buffer.from(d.tag, 'base64'));
out.plain = Buffer.concat([dec.update(Buffer.from(d.ct, 'base64')), dec.final()]).toString();
const cc = crypto.createDecipheriv('chacha20-poly1305', aesKey, Buffer.from(d.iv, 'base64'));
cc.setAuthTag(Buffer.from(d.ccTag, 'base64'));
out.ccPlain = Buffer.concat([cc.update(Buffer.from(d.ccCt, 'base64')), cc.final()]).toString();
out.cbcPlain = crypto.createDecipheriv('aes-128-cbc', aesKey.subarray(0, 16), aesKey.subarray(16))
  .update(d.cbcCt, 'base64', 'utf8');
out.scrypt = crypto.scryptSync('pw', 'salt', 16, { N: 1024 }).toString('hex');
const kp = crypto.generateKeyPairSync('ed25519');
out.theirPub = kp.publicKey.export({ format: 'pem', type: 'spki' });
out.theirSig = crypto.sign(null, Buffer.from('from the other side'), kp.privateKey).toString('base64');
const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
out.theirRsaPub = rsa.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
out.theirRsaSig = crypto.createSign('sha256').update('from the other side').sign(rsa.privateKey, 'base64');
out.theirCt = crypto.publicEncrypt({ key: d.rsaPub, oaepHash: 'sha1' }, Buffer.from('reply')).toString('base64');
console.log(JSON.stringify(out));
`;

const msg = 'cross-runtime message';
const ed = crypto.generateKeyPairSync('ed25519');
const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const ec384 = crypto.generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
const ec521 = crypto.generateKeyPairSync('ec', { namedCurve: 'P-521' });
const ecdh = crypto.createECDH('secp521r1');
ecdh.generateKeys();
const x = crypto.generateKeyPairSync('x25519');
const aesKey = crypto.randomBytes(32);
const iv = crypto.randomBytes(12);
const enc = crypto.createCipheriv('aes-256-gcm', aesKey, iv);
enc.setAAD(Buffer.from('cross'));
const ct = Buffer.concat([enc.update('secret across runtimes'), enc.final()]);
const cc = crypto.createCipheriv('chacha20-poly1305', aesKey, iv);
const ccCt = Buffer.concat([cc.update('chacha across runtimes'), cc.final()]);
const cbc = crypto.createCipheriv('aes-128-cbc', aesKey.subarray(0, 16), aesKey.subarray(16));
const cbcCt = cbc.update('cbc across runtimes, longer than a block', 'utf8', 'base64') + cbc.final('base64');
const data = {
  msg,
  edPub: ed.publicKey.export({ format: 'pem', type: 'spki' }),
  edSig: crypto.sign(null, Buffer.from(msg), ed.privateKey).toString('base64'),
  rsaPub: rsa.publicKey.export({ format: 'pem', type: 'pkcs1' }),
  rsaPriv: rsa.privateKey.export({ format: 'pem', type: 'pkcs8' }),
  rsaSig: crypto.sign('sha256', Buffer.from(msg), rsa.privateKey).toString('base64'),
  pssSig: crypto.sign('sha384', Buffer.from(msg), { key: rsa.privateKey, padding: crypto.constants.RSA_PKCS1_PSS_PADDING }).toString('base64'),
  ecPub: ec.publicKey.export({ format: 'pem', type: 'spki' }),
  ecSig: crypto.sign('sha256', Buffer.from(msg), ec.privateKey).toString('base64'),
  ec384Pub: ec384.publicKey.export({ format: 'pem', type: 'spki' }),
  ec384Sig: crypto.sign('sha384', Buffer.from(msg), ec384.privateKey).toString('base64'),
  ec521Pub: ec521.publicKey.export({ format: 'jwk' }),
  ec521Sig: crypto.sign('sha512', Buffer.from(msg), { key: ec521.privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64'),
  ecdhPub: ecdh.getPublicKey('base64'),
  xPub: x.publicKey.export({ format: 'pem', type: 'spki' }),
  wrappedKey: crypto.publicEncrypt({ key: rsa.publicKey, oaepHash: 'sha256' }, aesKey).toString('base64'),
  iv: iv.toString('base64'),
  tag: enc.getAuthTag().toString('base64'),
  ct: ct.toString('base64'),
  ccTag: cc.getAuthTag().toString('base64'),
  ccCt: ccCt.toString('base64'),
  cbcCt,
};

const r = spawnSync(other, ['-e', childScript], {
  env: { ...process.env, CROSS_DATA: JSON.stringify(data) },
  encoding: 'utf8',
  timeout: 60000,
});
let res = {};
check('the other runtime ran', () => {
  assert.strictEqual(r.status, 0, `${other} exited ${r.status}: ${r.stderr}`);
  res = JSON.parse(r.stdout);
});
check('other runtime verifies our Ed25519 signature', () => assert.strictEqual(res.edOk, true));
check('other runtime verifies our RSA PKCS#1 signature', () => assert.strictEqual(res.rsaOk, true));
check('other runtime verifies our RSA-PSS signature', () => assert.strictEqual(res.pssOk, true));
check('other runtime verifies our ECDSA signature', () => {
  assert.strictEqual(res.ecOk, true);
  assert.strictEqual(res.ecBad, false);
});
check('other runtime verifies our P-384 and P-521 signatures', () => {
  assert.strictEqual(res.ec384Ok, true);
  assert.strictEqual(res.ec521Ok, true);
});
check('ECDH (P-521) and X25519 agree across runtimes', () => {
  assert.strictEqual(ecdh.computeSecret(res.ecdhPub, 'base64', 'base64'), res.ecdhSecret);
  const theirX = crypto.createPublicKey({ key: Buffer.from(res.xPub, 'base64'), format: 'der', type: 'spki' });
  assert.strictEqual(crypto.diffieHellman({ privateKey: x.privateKey, publicKey: theirX }).toString('base64'), res.xSecret);
});
check('other runtime decrypts our RSA-OAEP + AES-GCM ciphertext', () => {
  assert.strictEqual(res.plain, 'secret across runtimes');
});
check('other runtime decrypts our ChaCha20-Poly1305 and AES-CBC ciphertexts', () => {
  assert.strictEqual(res.ccPlain, 'chacha across runtimes');
  assert.strictEqual(res.cbcPlain, 'cbc across runtimes, longer than a block'.slice(0, 32));
});
check('same scrypt output', () => {
  assert.strictEqual(res.scrypt, crypto.scryptSync('pw', 'salt', 16, { N: 1024 }).toString('hex'));
});
check('we verify the other runtime\'s signatures', () => {
  assert.strictEqual(crypto.verify(null, Buffer.from('from the other side'), res.theirPub, Buffer.from(res.theirSig, 'base64')), true);
  const pub = crypto.createPublicKey({ key: Buffer.from(res.theirRsaPub, 'base64'), format: 'der', type: 'spki' });
  assert.strictEqual(crypto.createVerify('sha256').update('from the other side').verify(pub, res.theirRsaSig, 'base64'), true);
});
check('we decrypt the other runtime\'s ciphertext', () => {
  assert.strictEqual(crypto.privateDecrypt(rsa.privateKey, Buffer.from(res.theirCt, 'base64')).toString(), 'reply');
});
