'use strict';
// Web Crypto key pairs: Ed25519, RSASSA-PKCS1-v1_5, RSA-PSS, RSA-OAEP and ECDSA P-256.
// Fixed keys from _keys.js; deterministic signatures are known answers from node v20,
// randomized ones (ECDSA, PSS, OAEP) were made by node and are verified/decrypted here.
const nodeCrypto = require('crypto');
const { checkAsync, assert } = require('../check');
const { eq } = require('./_util');
const K = require('./_keys');

const s = crypto.subtle;
const te = new TextEncoder();
const hex = (b) => Buffer.from(b).toString('hex');
const msg = te.encode(K.msg);
const der = (pem, type) => (pem.includes('PRIVATE') ? nodeCrypto.createPrivateKey(pem) : nodeCrypto.createPublicKey(pem))
  .export({ format: 'der', type });
const jwkOf = (pem) => (pem.includes('PRIVATE') ? nodeCrypto.createPrivateKey(pem) : nodeCrypto.createPublicKey(pem))
  .export({ format: 'jwk' });

async function rejects(p) {
  try {
    await p;
  } catch (e) {
    return [e.name, e.message];
  }
  return 'resolved';
}

checkAsync('Ed25519: known-answer signature, verify, import/export', async () => {
  const priv = await s.importKey('pkcs8', der(K.edPriv, 'pkcs8'), 'Ed25519', true, ['sign']);
  const pub = await s.importKey('spki', der(K.edPub, 'spki'), { name: 'ed25519' }, true, ['verify']);
  const sig = await s.sign('Ed25519', priv, msg);
  eq(hex(sig), '15030be1330849539c65c5b737a905114340210013b5674a7175c96839ab40b73f6b5ec48531e6e19e7bc0c0bc4581272b1a6ce1ce0700a33a32911f2149f907');
  eq([await s.verify('Ed25519', pub, sig, msg), await s.verify('Ed25519', pub, sig, te.encode('other')),
    await s.verify('Ed25519', pub, sig.slice(1), msg)], [true, false, false]);
  const jwk = await s.exportKey('jwk', priv);
  eq(jwk, { key_ops: ['sign'], ext: true, crv: 'Ed25519', d: 'Xzs71Z0aicMZWoGHRPs77XdIqxcoZIDp8BtprzjKhN8',
    x: 'j8vM-DyH_7nYdyZ65VKkFfFkeLRosUmvAmOMv_QtZY0', kty: 'OKP', alg: 'Ed25519' });
  eq(Object.keys(await s.exportKey('jwk', pub)), ['key_ops', 'ext', 'crv', 'x', 'kty', 'alg']);
  const raw = await s.exportKey('raw', pub);
  eq(hex(raw), hex(Buffer.from(jwk.x, 'base64url')));
  eq([hex(await s.exportKey('spki', pub)) === hex(der(K.edPub, 'spki')),
    hex(await s.exportKey('pkcs8', priv)) === hex(der(K.edPriv, 'pkcs8'))], [true, true]);
  const fromRaw = await s.importKey('raw', raw, 'Ed25519', false, ['verify']);
  const fromJwk = await s.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: jwk.x, alg: 'EdDSA' }, 'Ed25519', true, []);
  const privJwk = await s.importKey('jwk', { ...jwk, alg: undefined }, 'Ed25519', false, ['sign']);
  eq([fromRaw.type, fromRaw.algorithm, fromRaw.extractable, fromJwk.usages, await s.verify('Ed25519', fromRaw, sig, msg),
    hex(await s.sign('Ed25519', privJwk, msg)) === hex(sig)], ['public', { name: 'Ed25519' }, false, [], true, true]);
});

checkAsync('RSASSA-PKCS1-v1_5: known-answer signatures', async () => {
  const out = [];
  for (const hash of ['SHA-256', 'SHA-512']) {
    const priv = await s.importKey('pkcs8', der(K.rsaPriv, 'pkcs8'), { name: 'RSASSA-PKCS1-v1_5', hash }, false, ['sign']);
    const pub = await s.importKey('spki', der(K.rsaPub, 'spki'), { name: 'RSASSA-PKCS1-v1_5', hash }, false, ['verify']);
    const sig = await s.sign('RSASSA-PKCS1-v1_5', priv, msg);
    out.push(hex(sig), await s.verify('RSASSA-PKCS1-v1_5', pub, sig, msg), await s.verify('RSASSA-PKCS1-v1_5', pub, sig, msg.slice(1)));
  }
  eq(out, [
    '2114274b32ce8c662c85568ab6a22aae30509425637d7977a4f6663d27f04cd68de2c50cbb8b6823e9ce69641ef13661086320d4059abdaa72b0d96f3dfc1788da44d1b0c0689707c3d4e02db9a2acc55c8039cd7b3eeeb76842cb1838a114b3a862a74a31230e78d027a67a0eba067fdfdea6a08926fa926865b931315743bd',
    true, false,
    '347b38f520b06586c447db8a16abd1fb696918cf12e1df740d2447171958233e116ee2ccbc54e9a09d2abcb3654a2f2956b64acec76d6fe034a1e79656da00ba6be9fbb47807afb481ac2142a01692028a8798ccbde3c6ff24b9999899932d09a82f217a5ce21fea6b0c13af95675895232e521c00b04d9ae08405c0026b1d96',
    true, false,
  ]);
});

checkAsync('RSA-PSS: node signature verifies, salt 0 is a known answer, round trip', async () => {
  const priv = await s.importKey('pkcs8', der(K.rsaPriv, 'pkcs8'), { name: 'RSA-PSS', hash: 'SHA-256' }, false, ['sign']);
  const pub = await s.importKey('jwk', jwkOf(K.rsaPub), { name: 'RSA-PSS', hash: 'SHA-256' }, false, ['verify']);
  const nodeSig = Buffer.from('59e01f27f3ed7fe8f1b0345f6736e497bfed53170aa197e20fed457b43212413f582c6c168ec9e8cb02431f2694fd29730880157a41bbc09f85cfca0fb72614adf12aff813df2498bdbb4eba7d59f9eec0dea2b659772a35671eccc127d0a78be1647eb0ecd4dca5ee1deb4d66fb8d73b5bfd7399be60d616ca3c1a697b4036a', 'hex');
  const sig = await s.sign({ name: 'RSA-PSS', saltLength: 32 }, priv, msg);
  eq([
    await s.verify({ name: 'RSA-PSS', saltLength: 32 }, pub, nodeSig, msg),
    await s.verify({ name: 'RSA-PSS', saltLength: 20 }, pub, nodeSig, msg),
    await s.verify({ name: 'RSA-PSS', saltLength: 32 }, pub, sig, msg),
    await s.verify({ name: 'RSA-PSS', saltLength: 32 }, pub, sig, te.encode('x')),
    hex(await s.sign({ name: 'RSA-PSS', saltLength: 0 }, priv, msg)),
  ], [true, false, true, false,
    '816c6d3fca00abddd5edca89642aabf49d45c75316a2632bb42f6807f353bbfde5d5d2a13a825954560305c347250055654062bb8ca4539b8892df223a01cec8a7a7909fa620f89c9e4b2cc253250422188b5fe1af5594e80f898a53e61983c4f447d0a8a9fd05968e4713bae654bd1dbc169e3647edee1ce426be5e654e7b15']);
  eq(await rejects(s.sign({ name: 'RSA-PSS', saltLength: 200 }, priv, msg)),
    ['OperationError', 'The operation failed for an operation-specific reason']);
});

checkAsync('ECDSA P-256: node signature (IEEE P1363) verifies, round trips', async () => {
  const priv = await s.importKey('pkcs8', der(K.ecPriv, 'pkcs8'), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
  const pub = await s.importKey('spki', der(K.ecPub, 'spki'), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
  const nodeSig = Buffer.from('f7be1817581d8b0b5bc6e5a0e494ffa96299d9bfddb018d257a32305956c5e37ee26edcc16fad76e5f2c44a6e112ddd9e858fcb285062749bf939815517e6351', 'hex');
  const out = [await s.verify({ name: 'ECDSA', hash: 'SHA-256' }, pub, nodeSig, msg),
    await s.verify({ name: 'ECDSA', hash: 'SHA-384' }, pub, nodeSig, msg),
    await s.verify({ name: 'ECDSA', hash: 'SHA-256' }, pub, Buffer.from(K.nodeEcdsaDer, 'base64'), msg)];
  for (const hash of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
    const sig = await s.sign({ name: 'ECDSA', hash }, priv, msg);
    out.push(sig.byteLength, await s.verify({ name: 'ECDSA', hash }, pub, sig, msg),
      nodeCrypto.verify(hash.replace('-', ''), msg, { key: K.ecPub, dsaEncoding: 'ieee-p1363' }, Buffer.from(sig)));
  }
  eq(out, [true, false, false, 64, true, true, 64, true, true, 64, true, true, 64, true, true]);
});

checkAsync('ECDSA key formats: raw (compressed too), spki, pkcs8, jwk', async () => {
  const alg = { name: 'ECDSA', namedCurve: 'P-256' };
  const pub = await s.importKey('spki', der(K.ecPub, 'spki'), alg, true, ['verify']);
  const priv = await s.importKey('pkcs8', der(K.ecPriv, 'pkcs8'), alg, true, ['sign']);
  const raw = Buffer.from(await s.exportKey('raw', pub));
  const compressed = Buffer.concat([Buffer.from([2 + (raw[64] & 1)]), raw.subarray(1, 33)]);
  const fromCompressed = await s.importKey('raw', compressed, alg, true, ['verify']);
  const jwk = await s.exportKey('jwk', priv);
  const node = jwkOf(K.ecPriv);
  eq([raw.length, raw[0], hex(await s.exportKey('raw', fromCompressed)) === hex(raw),
    hex(await s.exportKey('spki', pub)) === hex(der(K.ecPub, 'spki')),
    hex(await s.exportKey('pkcs8', priv)) === hex(der(K.ecPriv, 'pkcs8')),
    Object.keys(jwk), [jwk.x === node.x, jwk.y === node.y, jwk.d === node.d], jwk.crv, jwk.key_ops],
  [65, 4, true, true, true, ['key_ops', 'ext', 'kty', 'x', 'y', 'crv', 'd'], [true, true, true], 'P-256', ['sign']]);
  const back = await s.importKey('jwk', { ...jwk, alg: 'ES256' }, alg, false, ['sign']);
  const pubBack = await s.importKey('jwk', { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y }, alg, true, ['verify']);
  const sig = await s.sign({ name: 'ECDSA', hash: 'SHA-256' }, back, msg);
  eq([back.type, back.algorithm, await s.verify({ name: 'ECDSA', hash: 'SHA-256' }, pubBack, sig, msg)],
    ['private', { name: 'ECDSA', namedCurve: 'P-256' }, true]);
});

checkAsync('RSA-OAEP: decrypt node ciphertexts, round trip, labels', async () => {
  const priv = await s.importKey('pkcs8', der(K.rsaPriv, 'pkcs8'), { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['decrypt']);
  const pub = await s.importKey('spki', der(K.rsaPub, 'spki'), { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['encrypt']);
  const ct = Buffer.from('54eb69701f54c2feecff9513471d0ae9360de1e414f2fd7178e68f8e967cbd74a448b6e26d81c3eddb24b087b62d16f3f5dc2e50fa7a4747886e5130dccc94c26d5636700d2583f45e48a20df3518fcd3d06e3fd3e2a9830c3ab27b4cc7182a278f611fb5556cfbfef3ab010c4eb11acaa18a212c4832b740d80b2140b855861', 'hex');
  const labelCt = Buffer.from('15fbbcbc5f951f4b7b6c550af48ee12650f47c30356f9196bab4879da4c2ec083841ba4f33a028a4e88fa3b0d141ff069a396626fa99b84b3f392882ccea97445f5418602fb98874970ccc967a49e353fafad285319870e34596f9431350d8d3d4793e3a3307bc84a5b17e22e2fe5bcb8d816962d9fa8db79e2040811da36367', 'hex');
  const dec = (c, p = { name: 'RSA-OAEP' }) => s.decrypt(p, priv, c).then((b) => Buffer.from(b).toString());
  const mine = await s.encrypt({ name: 'RSA-OAEP', label: te.encode('L') }, pub, te.encode('round trip'));
  eq([await dec(ct), await dec(labelCt, { name: 'RSA-OAEP', label: te.encode('label') }),
    await dec(mine, { name: 'RSA-OAEP', label: te.encode('L') }), mine.byteLength,
    nodeCrypto.privateDecrypt({ key: K.rsaPriv, oaepHash: 'sha256', oaepLabel: Buffer.from('L') }, Buffer.from(mine)).toString(),
    await rejects(dec(labelCt)), await rejects(s.encrypt({ name: 'RSA-OAEP' }, pub, new Uint8Array(100)))],
  ['oaep secret', 'oaep secret', 'round trip', 128, 'round trip',
    ['OperationError', 'The operation failed for an operation-specific reason'],
    ['OperationError', 'The operation failed for an operation-specific reason']]);
  const sha1 = await s.importKey('jwk', jwkOf(K.rsaPub), { name: 'RSA-OAEP', hash: 'SHA-1' }, true, ['encrypt', 'wrapKey']);
  const c1 = await s.encrypt('RSA-OAEP', sha1, te.encode('sha1'));
  eq(nodeCrypto.privateDecrypt({ key: K.rsaPriv }, Buffer.from(c1)).toString(), 'sha1');
});

checkAsync('RSA JWK export/import and key algorithms', async () => {
  const out = [];
  for (const [name, hash] of [['RSASSA-PKCS1-v1_5', 'SHA-256'], ['RSA-PSS', 'SHA-384'], ['RSA-OAEP', 'SHA-512'], ['RSA-OAEP', 'SHA-1']]) {
    const usages = name === 'RSA-OAEP' ? ['decrypt', 'unwrapKey'] : ['sign'];
    const priv = await s.importKey('pkcs8', der(K.rsaPriv, 'pkcs8'), { name, hash }, true, usages);
    const jwk = await s.exportKey('jwk', priv);
    const back = await s.importKey('jwk', jwk, { name, hash }, true, usages);
    out.push([priv.algorithm.modulusLength, [...priv.algorithm.publicExponent], priv.algorithm.hash, Object.keys(jwk), jwk.alg,
      jwk.n === jwkOf(K.rsaPriv).n, hex(await s.exportKey('pkcs8', back)) === hex(der(K.rsaPriv, 'pkcs8'))]);
  }
  const keys = ['key_ops', 'ext', 'kty', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi', 'alg'];
  eq(out, [
    [1024, [1, 0, 1], { name: 'SHA-256' }, keys, 'RS256', true, true],
    [1024, [1, 0, 1], { name: 'SHA-384' }, keys, 'PS384', true, true],
    [1024, [1, 0, 1], { name: 'SHA-512' }, keys, 'RSA-OAEP-512', true, true],
    [1024, [1, 0, 1], { name: 'SHA-1' }, keys, 'RSA-OAEP', true, true],
  ]);
  const pub = await s.importKey('spki', der(K.rsaPub, 'spki'), { name: 'RSA-OAEP', hash: 'SHA-256' }, true, ['encrypt']);
  eq(await s.exportKey('jwk', pub), { key_ops: ['encrypt'], ext: true, ...jwkOf(K.rsaPub), alg: 'RSA-OAEP-256' });
  eq(hex(await s.exportKey('spki', pub)) === hex(der(K.rsaPub, 'spki')), true);
});

checkAsync('generateKey: RSA, ECDSA and Ed25519 key pairs', async () => {
  const rsa = await s.generateKey({ name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'sha-256' },
    true, ['verify', 'sign']);
  const oaep = await s.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([3]), hash: 'SHA-1' },
    false, ['unwrapKey', 'encrypt', 'decrypt', 'wrapKey']);
  const ec = await s.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify', 'sign']);
  const ed = await s.generateKey('Ed25519', true, ['sign', 'verify']);
  const shape = (p) => [Object.getPrototypeOf(p), Object.keys(p), p.publicKey.type, p.publicKey.extractable, p.publicKey.usages,
    p.privateKey.type, p.privateKey.extractable, p.privateKey.usages, p.publicKey.algorithm === p.privateKey.algorithm];
  eq([shape(rsa), shape(oaep), shape(ec), shape(ed)], [
    [null, ['publicKey', 'privateKey'], 'public', true, ['verify'], 'private', true, ['sign'], true],
    [null, ['publicKey', 'privateKey'], 'public', true, ['encrypt', 'wrapKey'], 'private', false, ['decrypt', 'unwrapKey'], true],
    [null, ['publicKey', 'privateKey'], 'public', true, ['verify'], 'private', false, ['sign'], true],
    [null, ['privateKey', 'publicKey'], 'public', true, ['verify'], 'private', true, ['sign'], true],
  ]);
  eq([rsa.publicKey.algorithm.name, rsa.publicKey.algorithm.modulusLength, [...rsa.publicKey.algorithm.publicExponent],
    rsa.publicKey.algorithm.hash, [...oaep.privateKey.algorithm.publicExponent], ec.publicKey.algorithm, ed.privateKey.algorithm],
  ['RSA-PSS', 1024, [1, 0, 1], { name: 'SHA-256' }, [3], { name: 'ECDSA', namedCurve: 'P-256' }, { name: 'Ed25519' }]);
  assert.ok(rsa.publicKey.algorithm.publicExponent instanceof Uint8Array);
  const sig = await s.sign({ name: 'RSA-PSS', saltLength: 32 }, rsa.privateKey, msg);
  const ct = await s.encrypt('RSA-OAEP', oaep.publicKey, msg);
  const esig = await s.sign({ name: 'ECDSA', hash: 'SHA-256' }, ec.privateKey, msg);
  const edsig = await s.sign('Ed25519', ed.privateKey, msg);
  eq([await s.verify({ name: 'RSA-PSS', saltLength: 32 }, rsa.publicKey, sig, msg),
    Buffer.from(await s.decrypt('RSA-OAEP', oaep.privateKey, ct)).toString(),
    await s.verify({ name: 'ECDSA', hash: 'SHA-256' }, ec.publicKey, esig, msg),
    await s.verify('Ed25519', ed.publicKey, edsig, msg),
    nodeCrypto.KeyObject.from(ec.privateKey).asymmetricKeyType, nodeCrypto.KeyObject.from(ed.publicKey).type],
  [true, K.msg, true, true, 'ec', 'public']);
});

checkAsync('key-pair errors', async () => {
  const ecAlg = { name: 'ECDSA', namedCurve: 'P-256' };
  const ecPub = await s.importKey('spki', der(K.ecPub, 'spki'), ecAlg, true, ['verify']);
  const ecPriv = await s.importKey('pkcs8', der(K.ecPriv, 'pkcs8'), ecAlg, false, ['sign']);
  const rsaPub = await s.importKey('spki', der(K.rsaPub, 'spki'), { name: 'RSA-OAEP', hash: 'SHA-256' }, true, ['encrypt']);
  const ecJwk = jwkOf(K.ecPub);
  const r = [];
  const gen = (alg, usages) => rejects(s.generateKey(alg, true, usages));
  const rsaGen = { name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' };
  r.push(await gen({ name: 'ECDSA', namedCurve: 'P-256' }, ['encrypt']));
  r.push(await gen({ name: 'ECDSA', namedCurve: 'P-256' }, ['verify']));
  r.push(await gen({ name: 'ECDSA', namedCurve: 'P-999' }, ['sign']));
  r.push(await gen({ name: 'ECDSA' }, ['sign']));
  r.push(await gen({ ...rsaGen, hash: undefined }, ['sign']));
  r.push(await gen({ ...rsaGen, publicExponent: new Uint8Array([1, 0]) }, ['sign']));
  r.push(await gen({ ...rsaGen, publicExponent: [1, 0, 1] }, ['sign']));
  r.push(await gen({ ...rsaGen, modulusLength: 100 }, ['sign']));
  r.push(await gen({ ...rsaGen, name: 'RSA-OAEP' }, ['sign']));
  r.push(await gen('Ed25519', ['encrypt']));
  r.push(await rejects(s.sign({ name: 'ECDSA', hash: 'SHA-256' }, ecPub, msg)));
  r.push(await rejects(s.sign({ name: 'ECDSA' }, ecPriv, msg)));
  r.push(await rejects(s.sign({ name: 'RSA-PSS', saltLength: 32 }, ecPriv, msg)));
  r.push(await rejects(s.sign('HMAC', ecPriv, msg)));
  r.push(await rejects(s.sign({ name: 'ECDSA', hash: 'SHA-256' }, ecPriv, 'x')));
  r.push(await rejects(s.sign({ name: 'ECDSA', hash: 'SHA-256' }, {}, msg)));
  r.push(await rejects(s.exportKey('raw', ecPriv)));
  r.push(await rejects(s.exportKey('spki', await s.importKey('pkcs8', der(K.ecPriv, 'pkcs8'), ecAlg, true, ['sign']))));
  r.push(await rejects(s.exportKey('pkcs8', ecPub)));
  r.push(await rejects(s.exportKey('raw', rsaPub)));
  r.push(await rejects(s.exportKey('bogus', ecPub)));
  r.push(await rejects(s.encrypt({ name: 'RSA-OAEP' }, ecPub, msg)));
  r.push(await rejects(s.importKey('spki', der(K.ecPub, 'spki'), ecAlg, true, ['sign'])));
  r.push(await rejects(s.importKey('pkcs8', der(K.ecPriv, 'pkcs8'), ecAlg, true, [])));
  r.push(await rejects(s.importKey('spki', new Uint8Array(10), ecAlg, true, ['verify'])));
  r.push(await rejects(s.importKey('raw', new Uint8Array(65), ecAlg, true, ['verify'])));
  r.push(await rejects(s.importKey('pkcs8', der(K.rsaPriv, 'pkcs8'), ecAlg, true, ['sign'])));
  r.push(await rejects(s.importKey('pkcs8', der(K.ecPriv, 'pkcs8'), { name: 'RSA-PSS', hash: 'SHA-256' }, true, ['sign'])));
  r.push(await rejects(s.importKey('pkcs8', der(K.ecPriv, 'pkcs8'), 'Ed25519', true, ['sign'])));
  r.push(await rejects(s.importKey('raw', der(K.rsaPub, 'spki'), { name: 'RSA-PSS', hash: 'SHA-256' }, true, ['verify'])));
  r.push(await rejects(s.importKey('jwk', { ...ecJwk, crv: 'P-384' }, ecAlg, true, ['verify'])));
  r.push(await rejects(s.importKey('jwk', { ...ecJwk, alg: 'ES384' }, ecAlg, true, ['verify'])));
  r.push(await rejects(s.importKey('jwk', { ...ecJwk, use: 'enc' }, ecAlg, true, ['verify'])));
  r.push(await rejects(s.importKey('jwk', { ...ecJwk, kty: 'RSA' }, ecAlg, true, ['verify'])));
  r.push(await rejects(s.importKey('jwk', { ...ecJwk, y: ecJwk.x }, ecAlg, true, ['verify'])));
  r.push(await rejects(s.importKey('jwk', { kty: 'RSA', e: 'AQAB' }, { name: 'RSA-OAEP', hash: 'SHA-1' }, true, ['encrypt'])));
  r.push(await rejects(s.importKey('jwk', { ...jwkOf(K.rsaPub), alg: 'RSA-OAEP' }, { name: 'RSA-OAEP', hash: 'SHA-256' }, true, ['encrypt'])));
  r.push(await rejects(s.importKey('jwk', { ...jwkOf(K.rsaPub), use: 'sig' }, { name: 'RSA-OAEP', hash: 'SHA-256' }, true, ['encrypt'])));
  r.push(await rejects(s.importKey('raw', new Uint8Array(31), 'Ed25519', true, ['verify'])));
  r.push(await rejects(s.importKey('raw', new Uint8Array(32), 'Ed25519', true, ['sign'])));
  r.push(await rejects(s.importKey('jwk', { ...jwkOf(K.edPub), crv: 'X25519' }, 'Ed25519', true, ['verify'])));
  r.push(await rejects(s.importKey('jwk', { ...jwkOf(K.edPub), alg: 'ES256' }, 'Ed25519', true, ['verify'])));
  r.push(await rejects(s.importKey('jwk', { ...jwkOf(K.edPriv), x: Buffer.alloc(32, 1).toString('base64url') }, 'Ed25519', true, ['sign'])));
  r.push(await rejects(s.importKey('jwk', 5, ecAlg, true, ['verify'])));
  eq(r, [
    ['SyntaxError', 'Unsupported key usage for an ECDSA key'],
    ['SyntaxError', 'Usages cannot be empty when creating a key.'],
    ['NotSupportedError', 'Unrecognized namedCurve'],
    ['TypeError', "Failed to normalize algorithm: passed algorithm can not be converted to 'EcKeyGenParams' because 'namedCurve' is required in 'EcKeyGenParams'."],
    ['TypeError', "Failed to normalize algorithm: passed algorithm can not be converted to 'RsaHashedKeyGenParams' because 'hash' is required in 'RsaHashedKeyGenParams'."],
    ['OperationError', 'The operation failed for an operation-specific reason'],
    ['TypeError', "Failed to normalize algorithm: 'publicExponent' of 'RsaHashedKeyGenParams' (passed algorithm) is not an Uint8Array object."],
    ['OperationError', 'The operation failed for an operation-specific reason'],
    ['SyntaxError', 'Unsupported key usage for a RSA key'],
    ['SyntaxError', 'Unsupported key usage for an Ed25519 key'],
    ['InvalidAccessError', 'Unable to use this key to sign'],
    ['TypeError', "Failed to normalize algorithm: passed algorithm can not be converted to 'EcdsaParams' because 'hash' is required in 'EcdsaParams'."],
    ['InvalidAccessError', 'Unable to use this key to sign'],
    ['InvalidAccessError', 'Unable to use this key to sign'],
    ['TypeError', "Failed to execute 'sign' on 'SubtleCrypto': 3rd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView."],
    ['TypeError', "Failed to execute 'sign' on 'SubtleCrypto': 2nd argument is not of type CryptoKey."],
    ['InvalidAccessException', 'key is not extractable'],
    ['InvalidAccessError', 'Unable to export a raw ECDSA private key'],
    ['InvalidAccessError', 'Unable to export a pkcs8 ECDSA public key'],
    ['InvalidAccessError', 'Unable to export a raw RSA-OAEP public key'],
    ['TypeError', "Failed to execute 'exportKey' on 'SubtleCrypto': 1st argument value 'bogus' is not a valid enum value of type KeyFormat."],
    ['InvalidAccessError', 'The requested operation is not valid for the provided key'],
    ['SyntaxError', 'Unsupported key usage for a ECDSA key'],
    ['SyntaxError', 'Usages cannot be empty when importing a private key.'],
    ['DataError', 'Invalid keyData'],
    ['DataError', 'Invalid keyData'],
    ['DataError', 'Invalid key type'],
    ['DataError', 'Invalid key type'],
    ['DataError', 'Invalid key type'],
    ['NotSupportedError', 'Unable to import RSA key with format raw'],
    ['DataError', 'JWK "crv" does not match the requested algorithm'],
    ['DataError', 'JWK "alg" does not match the requested algorithm'],
    ['DataError', 'Invalid JWK "use" Parameter'],
    ['DataError', 'Invalid JWK "kty" Parameter'],
    ['DataError', 'Invalid keyData'],
    ['DataError', 'Invalid keyData'],
    ['DataError', 'JWK "alg" does not match the requested algorithm'],
    ['DataError', 'Invalid JWK "use" Parameter'],
    ['DataError', 'Ed25519 raw keys must be exactly 32-bytes'],
    ['SyntaxError', 'Unsupported key usage for a Ed25519 key'],
    ['DataError', 'JWK "crv" Parameter and algorithm name mismatch'],
    ['DataError', 'JWK "alg" does not match the requested algorithm'],
    ['DataError', 'Invalid keyData'],
    ['TypeError', "Failed to execute 'importKey' on 'SubtleCrypto': 2nd argument can not be converted to a dictionary"],
  ]);
});

checkAsync('Ed25519 JWK export imports back (alg Ed25519 or EdDSA)', async () => {
  const { subtle } = globalThis.crypto;
  const pair = await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
  const pub = await subtle.exportKey('jwk', pair.publicKey);
  const priv = await subtle.exportKey('jwk', pair.privateKey);
  assert.strictEqual(pub.alg, 'Ed25519');
  const k1 = await subtle.importKey('jwk', pub, 'Ed25519', true, ['verify']);
  const k2 = await subtle.importKey('jwk', { ...pub, alg: 'EdDSA' }, 'Ed25519', true, ['verify']);
  const k3 = await subtle.importKey('jwk', priv, 'Ed25519', true, ['sign']);
  const sig = await subtle.sign('Ed25519', k3, Buffer.from('msg'));
  assert.strictEqual(await subtle.verify('Ed25519', k1, sig, Buffer.from('msg')), true);
  assert.strictEqual(await subtle.verify('Ed25519', k2, sig, Buffer.from('msg')), true);
});
