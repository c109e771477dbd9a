'use strict';
// Web Crypto: globalThis.crypto, getRandomValues, randomUUID, subtle.digest and HMAC.
const nodeCrypto = require('crypto');
const { check, checkAsync, assert } = require('../check');
const { eq, throwsLike } = require('./_util');

check('globalThis.crypto is webcrypto', () => {
  assert.strictEqual(globalThis.crypto, nodeCrypto.webcrypto);
  assert.strictEqual(nodeCrypto.webcrypto.subtle, nodeCrypto.subtle);
  eq([typeof crypto.getRandomValues, typeof crypto.randomUUID, Object.prototype.toString.call(crypto.subtle),
    Object.prototype.toString.call(crypto)], ["function","function","[object SubtleCrypto]","[object Crypto]"]);
});
check('webcrypto getRandomValues / randomUUID', () => {
  const a = new Uint8Array(16);
  assert.strictEqual(crypto.getRandomValues(a), a);
  assert.match(crypto.randomUUID(), /^[0-9a-f-]{36}$/);
  throwsLike(() => crypto.getRandomValues(new Uint8Array(65537)), 'QuotaExceededError');
});
checkAsync('subtle.digest', async () => {
  const data = new TextEncoder().encode('hello webcrypto');
  const out = [];
  for (const alg of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', { name: 'sha-256' }]) {
    const d = await crypto.subtle.digest(alg, data);
    assert.ok(d instanceof ArrayBuffer);
    out.push(Buffer.from(d).toString('hex'));
  }
  eq(out, ["16354096d5dbd9924876d9c59560c5350e7b0d35","627f136ef4dea4c7449d68356bcf4163a009e606df1845c4a7a8d5f478eb601a","b8f1a05679b6cca1d711bdbaa6fc90472c0fd611b362b7016ce057613dd8debe986e08419ce0c79b93f027cf4c329cf1","791c7bade39e3e4c4e9d79eb394758974a4186c2f55a2a3d8ca95319623079bdccc4ab57490ee3204eefc53a048260bd0b6877be87be9eaea9ff44159920ae5b","627f136ef4dea4c7449d68356bcf4163a009e606df1845c4a7a8d5f478eb601a"]);
});
checkAsync('subtle.digest of a large buffer', async () => {
  const big = new Uint8Array(300000).fill(7);
  eq(await crypto.subtle.digest('SHA-256', big), 'hex:08f166476de183f7a1b2874d544d37912aaf8d19b92013e1aafe233ba231024a');
});
checkAsync('subtle.digest unknown algorithm rejects', async () => {
  let err;
  try { await crypto.subtle.digest('MD5', new Uint8Array(1)); } catch (e) { err = e; }
  eq(err.name, 'NotSupportedError');
});
checkAsync('HMAC importKey/sign/verify', async () => {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('hmac key'),
    { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
  const sig = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode('payload'));
  eq([
    key.type, key.extractable, key.algorithm, key.usages, Buffer.from(sig).toString('hex'),
    await crypto.subtle.verify('HMAC', key, sig, new TextEncoder().encode('payload')),
    await crypto.subtle.verify('HMAC', key, sig, new TextEncoder().encode('payloaX')),
    Buffer.from(await crypto.subtle.exportKey('raw', key)).toString(),
    await crypto.subtle.exportKey('jwk', key),
  ], ["secret",true,{"name":"HMAC","hash":{"name":"SHA-256"},"length":64},["sign","verify"],"b765c5e34198408d3f5879980c17286ae119e52c001a14725b7476d821f53a40",true,false,"hmac key",{"key_ops":["sign","verify"],"ext":true,"kty":"oct","k":"aG1hYyBrZXk","alg":"HS256"}]);
});
checkAsync('HMAC generateKey', async () => {
  const key = await crypto.subtle.generateKey({ name: 'HMAC', hash: { name: 'SHA-512' } }, false, ['sign']);
  eq([key.algorithm, key.extractable, (await crypto.subtle.sign('HMAC', key, new Uint8Array(3))).byteLength], [{"name":"HMAC","length":1024,"hash":{"name":"SHA-512"}},false,64]);
  assert.ok(nodeCrypto.KeyObject.from(key).symmetricKeySize === 128);
});
