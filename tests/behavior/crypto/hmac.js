'use strict';
// HMAC: every digest, key shapes, encodings, streaming, errors.
const crypto = require('crypto');
const { check, checkAsync, assert } = require('../check');
const { eq, throwsLike } = require('./_util');

const algs = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-256', 'sha3-256', 'sha3-512', 'ripemd160'];
check('hmac with every digest', () => {
  eq(algs.map((a) => crypto.createHmac(a, 'secret key').update('the message').digest('hex')), ["6f3373101a3ffa84df4dc4177fa35e2e","463fde4cc1b951008b3cdb37381ab2872302cdc4","5016cfe37cd89074d47106a37e9ed411c8e5989b3e2fcfd1f4a22ac7","4ac3f2682eff1777ad124ea3bc15029af824e314e389af9d85a15c76b1b25704","089fee3614089ceaf20ecb81dabeeda4d1c2b23dd1a44cfd2a83509733819da65cab7af0cadb088cbf44a8a1f7d1cae0","6b57ad7f21cb90e9c83f94a4eaea237d804499033112c3f77695616406d6e2dd62564e944d3e168d3bb9bc245af39935c176e662865a87e55dbb4550fcc69019","faa5ff3b6e90c33a87f966daff529ab0a651290ff5f1b4e76870adc2d30c6002","a8ea7f7988fa3cc6a2136ec33d0f356ab6a392be09bef73d15918b3ec77ea4f8","a7cf6ca40bbc6d21b3563abd926c359cc54651e8e0098fc2fc863ee63a7184cd5b5235fe1443ddafb37c6e2f70145ab9be798a74a09b7073746b5b04d0427d74","584dd6f5e272ab915ece266dd979ec98d5f77d6b"]);
});
check('RFC 4231 test case 2', () => {
  eq(crypto.createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex'), '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
});
check('long keys are hashed first', () => {
  eq([
    crypto.createHmac('sha256', 'k'.repeat(200)).update('x').digest('base64'),
    crypto.createHmac('sha512', Buffer.alloc(129, 7)).update('x').digest('base64url'),
  ], ["o0q9GwgedQkbXxVEf7RepqGn1iTBkLiAdQ1dD1LKcV4=","xFH8JpClTBe3_XPNmYCgdhZY3VbhbryYiVsyj8f8vA6eKuCTz_m9L8Cu5zFz8iyQKH_fX7ES1uzo8F9CHIhsaA"]);
});
check('key shapes: string, Buffer, Uint8Array, ArrayBuffer, KeyObject, empty', () => {
  const k = Buffer.from('0123456789abcdef', 'hex');
  eq([
    crypto.createHmac('sha1', k).update('m').digest('hex'),
    crypto.createHmac('sha1', new Uint8Array(k)).update('m').digest('hex'),
    crypto.createHmac('sha1', k.buffer.slice(k.byteOffset, k.byteOffset + k.length)).update('m').digest('hex'),
    crypto.createHmac('sha1', crypto.createSecretKey(k)).update('m').digest('hex'),
    crypto.createHmac('sha1', '').update('m').digest('hex'),
    crypto.createHmac('sha1', '0123456789abcdef', { encoding: 'hex' }).update('m').digest('hex'),
  ], ["95e671010a14ed71192cbc822cede06760649627","95e671010a14ed71192cbc822cede06760649627","95e671010a14ed71192cbc822cede06760649627","95e671010a14ed71192cbc822cede06760649627","43ed51772ea70e3c39579fcaa84cb160697c2aad","95e671010a14ed71192cbc822cede06760649627"]);
});
check('second digest() is empty', () => {
  const h = crypto.createHmac('sha256', 'k');
  h.digest();
  eq([h.digest('hex'), h.digest()], ["","hex:"]);
  throwsLike(() => h.update('x'), 'ERR_CRYPTO_HASH_FINALIZED');
});
check('invalid digest', () => {
  throwsLike(() => crypto.createHmac('nope', 'k'), 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: nope');
});
check('invalid key', () => {
  throwsLike(() => crypto.createHmac('sha256', 5), 'ERR_INVALID_ARG_TYPE',
    'The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey. Received type number (5)');
});
checkAsync('Hmac as a stream', () => new Promise((resolve, reject) => {
  const h = crypto.createHmac('sha256', 'stream key');
  h.on('readable', () => {
    const d = h.read();
    if (d) {
      try { eq(d, 'hex:ad03c2ff82b26694035057f70526658cf31d1c88b3d6f27944af7f37ecaa09e0'); resolve(); } catch (e) { reject(e); }
    }
  });
  h.write('part one, ');
  h.end('part two');
}));
check('Hmac instanceof', () => assert.ok(crypto.createHmac('sha1', 'k') instanceof crypto.Hmac));
