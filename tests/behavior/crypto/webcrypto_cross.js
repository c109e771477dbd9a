'use strict';
// Cross-runtime Web Crypto: whichever runtime runs this file makes keys (exported as
// JWK/SPKI/PKCS#8), signatures and ciphertexts with crypto.subtle; the *other* runtime
// (this same file, run with WC_CROSS_DATA set) imports, verifies and decrypts them,
// then makes its own for us to check. Prints only booleans, so both runtimes match.
const path = require('path');
const { spawnSync } = require('child_process');

const s = crypto.subtle;
const te = new TextEncoder();
const b64 = (b) => Buffer.from(b).toString('base64');
const unb64 = (t) => Buffer.from(t, 'base64');
const msg = te.encode('cross-runtime webcrypto message');

// Make keys, signatures, ciphertexts and ECDH/X25519 agreements; returns JSON-able data.
async function make() {
  const ec = await s.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const pss = await s.generateKey({ name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-384' },
    true, ['sign', 'verify']);
  const pkcs1 = await s.generateKey({ name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true, ['sign', 'verify']);
  const ed = await s.generateKey('Ed25519', true, ['sign', 'verify']);
  const oaep = await s.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true, ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']);
  const aes = await s.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  const ec384 = await s.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, ['sign', 'verify']);
  const ec521 = await s.generateKey({ name: 'ECDSA', namedCurve: 'P-521' }, true, ['sign', 'verify']);
  const agree = {};
  for (const [name, alg] of [['ecdh384', { name: 'ECDH', namedCurve: 'P-384' }], ['ecdh521', { name: 'ECDH', namedCurve: 'P-521' }],
    ['x25519', { name: 'X25519' }]]) {
    const a = await s.generateKey(alg, true, ['deriveBits']);
    const b = await s.generateKey(alg, true, ['deriveBits']);
    agree[name] = {
      aPriv: b64(await s.exportKey('pkcs8', a.privateKey)),
      bPub: b64(await s.exportKey('raw', b.publicKey)),
      secret: b64(await s.deriveBits({ ...alg, public: b.publicKey }, a.privateKey, null)),
    };
  }
  const kw = await s.generateKey({ name: 'AES-KW', length: 128 }, true, ['wrapKey', 'unwrapKey']);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ctr = crypto.getRandomValues(new Uint8Array(16));
  const ctrKey = await s.importKey('raw', await s.exportKey('raw', aes), 'AES-CTR', false, ['encrypt']);
  return {
    ecPub: await s.exportKey('jwk', ec.publicKey),
    ecSig: b64(await s.sign({ name: 'ECDSA', hash: 'SHA-256' }, ec.privateKey, msg)),
    pssPub: b64(await s.exportKey('spki', pss.publicKey)),
    pssSig: b64(await s.sign({ name: 'RSA-PSS', saltLength: 48 }, pss.privateKey, msg)),
    pkcs1Pub: await s.exportKey('jwk', pkcs1.publicKey),
    pkcs1Sig: b64(await s.sign('RSASSA-PKCS1-v1_5', pkcs1.privateKey, msg)),
    edPub: b64(await s.exportKey('raw', ed.publicKey)),
    edSig: b64(await s.sign('Ed25519', ed.privateKey, msg)),
    oaepPriv: b64(await s.exportKey('pkcs8', oaep.privateKey)),
    wrappedAes: b64(await s.wrapKey('raw', aes, oaep.publicKey, { name: 'RSA-OAEP', label: te.encode('lbl') })),
    iv: b64(iv),
    gcm: b64(await s.encrypt({ name: 'AES-GCM', iv, additionalData: te.encode('ad') }, aes, msg)),
    kw: await s.exportKey('jwk', kw),
    kwWrapped: b64(await s.wrapKey('jwk', aes, kw, 'AES-KW')),
    ctr: b64(ctr),
    ctrCt: b64(await s.encrypt({ name: 'AES-CTR', counter: ctr, length: 2 }, ctrKey, msg)),
    aesRaw: b64(await s.exportKey('raw', aes)),
    ec384Pub: await s.exportKey('jwk', ec384.publicKey),
    ec384Sig: b64(await s.sign({ name: 'ECDSA', hash: 'SHA-384' }, ec384.privateKey, msg)),
    ec521Pub: b64(await s.exportKey('spki', ec521.publicKey)),
    ec521Sig: b64(await s.sign({ name: 'ECDSA', hash: 'SHA-512' }, ec521.privateKey, msg)),
    agree,
  };
}

// Check what the other runtime made; returns a list of booleans.
async function verify(d) {
  const ecPub = await s.importKey('jwk', d.ecPub, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
  const pssPub = await s.importKey('spki', unb64(d.pssPub), { name: 'RSA-PSS', hash: 'SHA-384' }, false, ['verify']);
  const pkcs1Pub = await s.importKey('jwk', d.pkcs1Pub, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify']);
  const edPub = await s.importKey('raw', unb64(d.edPub), 'Ed25519', false, ['verify']);
  const oaepPriv = await s.importKey('pkcs8', unb64(d.oaepPriv), { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['unwrapKey']);
  const aes = await s.unwrapKey('raw', unb64(d.wrappedAes), oaepPriv, { name: 'RSA-OAEP', label: te.encode('lbl') },
    'AES-GCM', true, ['decrypt']);
  const kw = await s.importKey('jwk', d.kw, 'AES-KW', false, ['unwrapKey']);
  const aes2 = await s.unwrapKey('jwk', unb64(d.kwWrapped), kw, 'AES-KW', 'AES-GCM', true, ['encrypt']);
  const ctrKey = await s.importKey('raw', await s.exportKey('raw', aes2), 'AES-CTR', false, ['decrypt']);
  const plain = await s.decrypt({ name: 'AES-GCM', iv: unb64(d.iv), additionalData: te.encode('ad') }, aes, unb64(d.gcm));
  const ctrPlain = await s.decrypt({ name: 'AES-CTR', counter: unb64(d.ctr), length: 2 }, ctrKey, unb64(d.ctrCt));
  const ec384 = await s.importKey('jwk', d.ec384Pub, { name: 'ECDSA', namedCurve: 'P-384' }, false, ['verify']);
  const ec521 = await s.importKey('spki', unb64(d.ec521Pub), { name: 'ECDSA', namedCurve: 'P-521' }, false, ['verify']);
  const agreed = [];
  for (const [name, alg] of [['ecdh384', { name: 'ECDH', namedCurve: 'P-384' }], ['ecdh521', { name: 'ECDH', namedCurve: 'P-521' }],
    ['x25519', { name: 'X25519' }]]) {
    const v = d.agree[name];
    const a = await s.importKey('pkcs8', unb64(v.aPriv), alg, false, ['deriveBits']);
    const b = await s.importKey('raw', unb64(v.bPub), alg, false, []);
    agreed.push(b64(await s.deriveBits({ ...alg, public: b }, a, null)) === v.secret);
  }
  return [
    await s.verify({ name: 'ECDSA', hash: 'SHA-384' }, ec384, unb64(d.ec384Sig), msg),
    await s.verify({ name: 'ECDSA', hash: 'SHA-512' }, ec521, unb64(d.ec521Sig), msg),
    await s.verify({ name: 'ECDSA', hash: 'SHA-384' }, ec384, unb64(d.ec521Sig), msg),
    ...agreed,
    await s.verify({ name: 'ECDSA', hash: 'SHA-256' }, ecPub, unb64(d.ecSig), msg),
    await s.verify({ name: 'ECDSA', hash: 'SHA-256' }, ecPub, unb64(d.ecSig), te.encode('tampered')),
    await s.verify({ name: 'RSA-PSS', saltLength: 48 }, pssPub, unb64(d.pssSig), msg),
    await s.verify('RSASSA-PKCS1-v1_5', pkcs1Pub, unb64(d.pkcs1Sig), msg),
    await s.verify('Ed25519', edPub, unb64(d.edSig), msg),
    Buffer.from(plain).equals(Buffer.from(msg)),
    Buffer.from(ctrPlain).equals(Buffer.from(msg)),
    b64(await s.exportKey('raw', aes)) === d.aesRaw,
    b64(await s.exportKey('raw', aes2)) === d.aesRaw,
  ];
}

if (process.env.WC_CROSS_DATA) {
  (async () => {
    const ok = await verify(JSON.parse(process.env.WC_CROSS_DATA));
    console.log(JSON.stringify({ ok, mine: await make() }));
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else {
  const { checkAsync, assert } = require('../check');
  const underMinode = process.versions.minode !== undefined;
  const other = underMinode ? 'node'
    : (process.env.MINODE || path.join(__dirname, '..', '..', '..', 'target', 'release', 'minode'));
  let res;
  const expected = [true, true, false, true, true, true, true, false, true, true, true, true, true, true, true];
  checkAsync('the other runtime verifies and decrypts what we made', async () => {
    const r = spawnSync(other, [__filename], {
      env: { ...process.env, WC_CROSS_DATA: JSON.stringify(await make()) }, encoding: 'utf8', timeout: 60000,
    });
    assert.strictEqual(r.status, 0, `${other} exited ${r.status}: ${r.stderr}`);
    res = JSON.parse(r.stdout);
    assert.deepStrictEqual(res.ok, expected);
  }, 60000);
  checkAsync('we verify and decrypt what the other runtime made', async () => {
    assert.deepStrictEqual(await verify(res.mine), expected);
  });
}
