'use strict';
// Web Crypto PBKDF2, HKDF (deriveBits/deriveKey) and HMAC keys: known answers computed
// once with node v20, key shapes, JWK import/export and Node's errors.
const { checkAsync } = require('../check');
const { eq } = require('./_util');

const s = crypto.subtle;
const te = new TextEncoder();
const hex = (b) => Buffer.from(b).toString('hex');
const key16 = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
const key32 = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex');

async function rejects(p) {
  try {
    await p;
  } catch (e) {
    return [e.name, e.message];
  }
  return 'resolved';
}

checkAsync('PBKDF2 deriveBits known answers', async () => {
  const pw = await s.importKey('raw', te.encode('password'), 'PBKDF2', false, ['deriveBits']);
  const out = [];
  for (const hash of ['SHA-1', 'SHA-256', 'SHA-384', { name: 'sha-512' }]) {
    out.push(hex(await s.deriveBits({ name: 'pbkdf2', salt: te.encode('salt'), iterations: 1000, hash }, pw, 320)));
  }
  eq(out, [
    '6e88be8bad7eae9d9e10aa061224034fed48d03fcbad968b56006784539d5214ce970d912ec2049b',
    '632c2812e46d4604102ba7618e9d6d7d2f8128f6266b4a03264d2a0460b7dcb388b3b1131f741bcb',
    '3bd37e2236941d4a77b1b5b714c6f913fabb6b0841a6d7d8656b99d611e900fe06edb93b5b809efa',
    'afe6c5530785b6cc6b1c6453384731bd5ee432ee549fd42fb6695779ad8a1c5bf59de69c48f774ef',
  ]);
  eq((await s.deriveBits({ name: 'PBKDF2', salt: new Uint8Array(0), iterations: 1, hash: 'SHA-256' }, pw, 0)).byteLength, 0);
});

checkAsync('HKDF deriveBits known answers', async () => {
  const ikm = await s.importKey('raw', key32, 'HKDF', false, ['deriveBits']);
  const out = [];
  for (const hash of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
    out.push(hex(await s.deriveBits({ name: 'HKDF', salt: te.encode('salty'), info: te.encode('info'), hash }, ikm, 336)));
  }
  eq(out, [
    '5851554ebc5c830159e629be7bb90428dfb907a1a418e94059818a6f138d39ef8d2a265c1f0f9207d547',
    'eff83a6efb4a7f61cd71e09ae8d68c4c06a06a1967a6488c34db6d7d1f7fcc06b48e7d3fca1c4c7d3baa',
    '1770a6b70442b6c897659b925dc228170a09c45b4154a9c469394d0a0b573b56fca50d810a279c794d64',
    '8c9b5894bf024e91eab4ffa61ad54d90dca7b1df02b129d2da5630380b19d47f46a3b9c7be7b3b0e951d',
  ]);
  // RFC 5869 test case 1.
  const rfc = await s.importKey('raw', Buffer.alloc(22, 0x0b), 'HKDF', false, ['deriveBits']);
  eq(hex(await s.deriveBits({
    name: 'HKDF', hash: 'SHA-256', salt: Buffer.from('000102030405060708090a0b0c', 'hex'),
    info: Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'),
  }, rfc, 42 * 8)), '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865');
});

checkAsync('deriveKey: PBKDF2 -> AES, HKDF -> HMAC', async () => {
  const pw = await s.importKey('raw', te.encode('password'), 'PBKDF2', false, ['deriveKey']);
  const ikm = await s.importKey('raw', key32, 'HKDF', false, ['deriveKey']);
  const dk = await s.deriveKey({ name: 'PBKDF2', salt: te.encode('salt'), iterations: 10, hash: 'SHA-256' }, pw,
    { name: 'AES-GCM', length: 192 }, true, ['encrypt']);
  const dk2 = await s.deriveKey({ name: 'HKDF', salt: new Uint8Array(0), info: new Uint8Array(0), hash: 'SHA-512' }, ikm,
    { name: 'HMAC', hash: 'SHA-1' }, true, ['sign']);
  const dk3 = await s.deriveKey({ name: 'HKDF', salt: new Uint8Array(0), info: new Uint8Array(0), hash: 'SHA-512' }, ikm,
    { name: 'HMAC', hash: 'SHA-256', length: 128 }, false, ['verify']);
  eq([dk.algorithm, dk.usages, hex(await s.exportKey('raw', dk)), dk2.algorithm, hex(await s.exportKey('raw', dk2)),
    dk3.algorithm, dk3.extractable], [
    { name: 'AES-GCM', length: 192 }, ['encrypt'], '653cc888d937efe22810a5cbdb25a5bd82e2ebb27a800f85',
    { name: 'HMAC', hash: { name: 'SHA-1' }, length: 512 },
    'f5def084b086c3aea7c1ea1693f66dc54d414765f65467e0ff0bf1e7fed491c96bc7e8921b5df55ed1dc990afc0bf8cd0ea225ad5aa2aebde9184b30b2c9b546',
    { name: 'HMAC', hash: { name: 'SHA-256' }, length: 128 }, false]);
});

checkAsync('HMAC keys: generate, import raw/jwk, export jwk, sign/verify', async () => {
  const out = [];
  for (const hash of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
    const k = await s.generateKey({ name: 'HMAC', hash }, true, ['sign', 'verify']);
    const jwk = await s.exportKey('jwk', k);
    const back = await s.importKey('jwk', jwk, { name: 'HMAC', hash }, true, ['verify']);
    const sig = await s.sign('HMAC', k, te.encode('data'));
    out.push([k.algorithm, Object.keys(jwk), jwk.alg, back.algorithm.length,
      await s.verify('HMAC', back, sig, te.encode('data')), await s.verify('HMAC', back, sig.slice(1), te.encode('data'))]);
  }
  eq(out, [
    [{ name: 'HMAC', length: 512, hash: { name: 'SHA-1' } }, ['key_ops', 'ext', 'kty', 'k', 'alg'], 'HS1', 512, true, false],
    [{ name: 'HMAC', length: 512, hash: { name: 'SHA-256' } }, ['key_ops', 'ext', 'kty', 'k', 'alg'], 'HS256', 512, true, false],
    [{ name: 'HMAC', length: 1024, hash: { name: 'SHA-384' } }, ['key_ops', 'ext', 'kty', 'k', 'alg'], 'HS384', 1024, true, false],
    [{ name: 'HMAC', length: 1024, hash: { name: 'SHA-512' } }, ['key_ops', 'ext', 'kty', 'k', 'alg'], 'HS512', 1024, true, false],
  ]);
  const k = await s.importKey('raw', key16, { name: 'HMAC', hash: 'SHA-512', length: 128 }, true, ['sign']);
  eq(hex(await s.sign({ name: 'HMAC' }, k, te.encode('data'))),
    hex(require('crypto').createHmac('sha512', key16).update('data').digest()));
  const g = await s.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 136 }, true, ['sign']);
  eq([g.algorithm, (await s.exportKey('raw', g)).byteLength], [{ name: 'HMAC', length: 136, hash: { name: 'SHA-256' } }, 17]);
});

checkAsync('PBKDF2/HKDF/HMAC errors', async () => {
  const pw = await s.importKey('raw', te.encode('pw'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
  const hk = await s.importKey('raw', te.encode('ikm'), 'HKDF', false, ['deriveKey']);
  const p = { name: 'PBKDF2', salt: te.encode('salt'), iterations: 1000, hash: 'SHA-256' };
  const h = { name: 'HKDF', salt: te.encode('salt'), info: te.encode('info'), hash: 'SHA-256' };
  const r = [];
  r.push(await rejects(s.importKey('raw', te.encode('pw'), 'PBKDF2', true, ['deriveBits'])));
  r.push(await rejects(s.importKey('jwk', { kty: 'oct', k: 'abcd' }, 'PBKDF2', false, ['deriveBits'])));
  r.push(await rejects(s.importKey('raw', te.encode('pw'), 'PBKDF2', false, ['sign'])));
  r.push(await rejects(s.importKey('raw', te.encode('pw'), 'HKDF', false, [])));
  r.push(await rejects(s.deriveBits(p, pw, null)));
  r.push(await rejects(s.deriveBits(p, pw)));
  r.push(await rejects(s.deriveBits(p, pw, 12)));
  r.push(await rejects(s.deriveBits({ ...p, iterations: 0 }, pw, 256)));
  r.push(await rejects(s.deriveBits({ name: 'PBKDF2', iterations: 1, hash: 'SHA-256' }, pw, 256)));
  r.push(await rejects(s.deriveBits({ ...p, hash: 'MD5' }, pw, 256)));
  r.push(await rejects(s.deriveBits(h, pw, 256)));
  r.push(await rejects(s.deriveBits(h, hk, 256)));
  r.push(await rejects(s.deriveBits({ name: 'HKDF', salt: new Uint8Array(0), hash: 'SHA-256' }, hk, 256)));
  r.push(await rejects(s.deriveKey(p, pw, { name: 'AES-GCM' }, true, ['encrypt'])));
  r.push(await rejects(s.deriveKey(p, pw, { name: 'AES-GCM', length: 100 }, true, ['encrypt'])));
  r.push(await rejects(s.deriveKey(p, pw, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign'])));
  r.push(await rejects(s.deriveKey(p, pw, 'HKDF', false, ['deriveBits'])));
  r.push(await rejects(s.exportKey('raw', pw)));
  r.push(await rejects(s.importKey('raw', new Uint8Array(0), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign'])));
  r.push(await rejects(s.importKey('raw', new Uint8Array(32), { name: 'HMAC', hash: 'SHA-256', length: 128 }, true, ['sign'])));
  r.push(await rejects(s.importKey('raw', new Uint8Array(32), { name: 'HMAC', hash: 'SHA-256' }, true, ['encrypt'])));
  r.push(await rejects(s.importKey('jwk', { kty: 'oct', k: 'AAAA', alg: 'HS384' }, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign'])));
  r.push(await rejects(s.importKey('jwk', { kty: 'oct', k: 'AAAA', use: 'enc' }, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign'])));
  r.push(await rejects(s.importKey('jwk', { kty: 'oct' }, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign'])));
  r.push(await rejects(s.importKey('spki', new Uint8Array(4), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign'])));
  r.push(await rejects(s.importKey('raw', new Uint8Array(4), { name: 'HMAC' }, true, ['sign'])));
  r.push(await rejects(s.importKey('raw', new Uint8Array(4), { name: 'HMAC', hash: 'SHA3-256' }, true, ['sign'])));
  r.push(await rejects(s.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 0 }, true, ['sign'])));
  r.push(await rejects(s.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['encrypt'])));
  eq(r, [
    ['SyntaxError', 'PBKDF2 keys are not extractable'],
    ['NotSupportedError', 'Unable to import PBKDF2 key with format jwk'],
    ['SyntaxError', 'Unsupported key usage for a PBKDF2 key'],
    ['SyntaxError', 'Usages cannot be empty when importing a secret key.'],
    ['OperationError', 'length cannot be null'],
    ['OperationError', 'length cannot be null'],
    ['OperationError', 'length must be a multiple of 8'],
    ['OperationError', 'iterations cannot be zero'],
    ['TypeError', "Failed to normalize algorithm: passed algorithm can not be converted to 'Pbkdf2Params' because 'salt' is required in 'Pbkdf2Params'."],
    ['NotSupportedError', 'Unrecognized algorithm name'],
    ['InvalidAccessError', 'Key algorithm mismatch'],
    ['InvalidAccessError', 'baseKey does not have deriveBits usage'],
    ['TypeError', "Failed to normalize algorithm: passed algorithm can not be converted to 'HkdfParams' because 'info' is required in 'HkdfParams'."],
    ['TypeError', "Failed to normalize algorithm: passed algorithm can not be converted to 'AesDerivedKeyParams' because 'length' is required in 'AesDerivedKeyParams'."],
    ['OperationError', 'Invalid key length'],
    ['NotSupportedError', 'Unrecognized algorithm name'],
    ['OperationError', 'length cannot be null'],
    ['InvalidAccessException', 'key is not extractable'],
    ['DataError', 'Zero-length key is not supported'],
    ['DataError', 'Invalid key length'],
    ['SyntaxError', 'Unsupported key usage for an HMAC key'],
    ['DataError', 'JWK "alg" does not match the requested algorithm'],
    ['DataError', 'Invalid JWK "use" Parameter'],
    ['DataError', 'Invalid keyData'],
    ['Error', 'Unable to import HMAC key with format spki'],
    ['TypeError', "Failed to normalize algorithm: passed algorithm can not be converted to 'HmacImportParams' because 'hash' is required in 'HmacImportParams'."],
    ['NotSupportedError', 'Unrecognized algorithm name'],
    ['OperationError', 'The operation failed for an operation-specific reason'],
    ['SyntaxError', 'Unsupported key usage for an HMAC key'],
  ]);
});
