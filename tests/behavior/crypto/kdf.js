'use strict';
// Key derivation: pbkdf2, scrypt, hkdf — fixed outputs from node, sync and async.
const crypto = require('crypto');
const { check, checkAsync, assert } = require('../check');
const { eq, throwsLike } = require('./_util');

check('pbkdf2Sync digests', () => {
  eq(['sha1', 'sha256', 'sha512', 'md5', 'sha3-256'].map((d) =>
    crypto.pbkdf2Sync('password', 'salt', 1000, 40, d).toString('hex')), ["6e88be8bad7eae9d9e10aa061224034fed48d03fcbad968b56006784539d5214ce970d912ec2049b","632c2812e46d4604102ba7618e9d6d7d2f8128f6266b4a03264d2a0460b7dcb388b3b1131f741bcb","afe6c5530785b6cc6b1c6453384731bd5ee432ee549fd42fb6695779ad8a1c5bf59de69c48f774ef","8d189946a32d883622a16ae18af0632f5791d5e7b1abb0ab1757d28ce34056140335105994495f91","ee56a9b7311bb081d0bbfa8dc3c2798f30abbbec6344426829d956ed06eaecababea954d5ce17217"]);
});
check('pbkdf2Sync RFC 6070 vector', () => {
  eq(crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1').toString('hex'), '4b007901b765489abead49d926f721d065a429c1');
});
check('pbkdf2Sync buffer inputs and zero length', () => {
  eq([
    crypto.pbkdf2Sync(Buffer.from([0, 1, 2]), new Uint8Array([9, 8]), 3, 16, 'sha256'),
    crypto.pbkdf2Sync('p', 's', 1, 0, 'sha256'),
  ], ["hex:3801cb36e992993d4c960a018ac52c49","hex:"]);
});
check('pbkdf2 errors', () => {
  throwsLike(() => crypto.pbkdf2Sync('a', 'b', 0, 16, 'sha256'), 'ERR_OUT_OF_RANGE',
    'The value of "iterations" is out of range. It must be >= 1 && <= 2147483647. Received 0');
  throwsLike(() => crypto.pbkdf2Sync('a', 'b', 1, 16, 'nope'), 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: nope');
  throwsLike(() => crypto.pbkdf2Sync('a', 'b', 1, 16), 'ERR_INVALID_ARG_TYPE',
    'The "digest" argument must be of type string. Received undefined');
  throwsLike(() => crypto.pbkdf2Sync('a', 'b', 1, -1, 'sha1'), 'ERR_OUT_OF_RANGE');
  throwsLike(() => crypto.pbkdf2('a', 'b', 1, 16, 'sha1'), 'ERR_INVALID_ARG_TYPE');
});
checkAsync('pbkdf2 async', () => new Promise((resolve, reject) => {
  crypto.pbkdf2('secret', 'NaCl', 2000, 32, 'sha256', (err, key) => {
    try { assert.strictEqual(err, null); eq(key, 'hex:0bc803c9ce43a182762a4395b59f685400faeafb311945c9cd3f66b96bdfb14b'); resolve(); } catch (e) { reject(e); }
  });
}));
check('scryptSync defaults and options', () => {
  eq([
    crypto.scryptSync('password', 'salt', 32).toString('hex'),
    crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'),
    crypto.scryptSync('pw', 'salt', 16, { cost: 256, blockSize: 4, parallelization: 2 }).toString('hex'),
    crypto.scryptSync('', '', 16, { N: 16, r: 1, p: 1 }).toString('hex'),
  ], ["745731af4484f323968969eda289aeee005b5903ac561e64a5aca121797bf773","fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640","9217ed4e67e55719c23caf603e6dcfd8","77d6576238657b203b19ca42c18a0497"]);
});
check('scrypt errors', () => {
  throwsLike(() => crypto.scryptSync('a', 'b', 16, { N: 3 }), 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params');
  throwsLike(() => crypto.scryptSync('a', 'b', 16, { N: 1024 * 1024 }), 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
    'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded');
  throwsLike(() => crypto.scryptSync('a', 'b', 16, { N: 16, cost: 16 }), 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER');
  throwsLike(() => crypto.scryptSync('a', 'b', -1), 'ERR_OUT_OF_RANGE');
  eq([crypto.scryptSync('a', 'b', 8, { N: 2 ** 15, maxmem: 40e6 }), crypto.scryptSync('a', 'b', 8, { N: 2, r: 1, p: 1 })], ["hex:7be7bcca7726bec2","hex:da11baad0b1ed2e7"]);
  throwsLike(() => crypto.scryptSync('a', 'b', 8, { N: 2 ** 16, r: 1, maxmem: 2 ** 31 - 1 }), 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS');
});
checkAsync('scrypt async with and without options', () => new Promise((resolve, reject) => {
  crypto.scrypt('pw', 'salt', 24, (err, k1) => {
    crypto.scrypt('pw', 'salt', 24, { N: 2048 }, (err2, k2) => {
      try { eq([k1, k2], ["hex:c0b515908e61334cae6d6003c00be60e2e675878c9ac8ba2","hex:82650383626fcdf0cc8cef98eb03593c4bf276a53a1b1de9"]); resolve(); } catch (e) { reject(e); }
    });
  });
}));
check('hkdfSync', () => {
  const out = [
    crypto.hkdfSync('sha256', 'key', 'salt', 'info', 64),
    crypto.hkdfSync('sha512', Buffer.from('ikm'), Buffer.alloc(0), '', 16),
    crypto.hkdfSync('sha1', crypto.createSecretKey(Buffer.from('k')), 's', 'i', 20 * 255),
  ];
  assert.ok(out[0] instanceof ArrayBuffer);
  eq(out.map((a) => Buffer.from(a).toString('hex').slice(0, 80)), ["9ca0d662557439e3b83365f2da4626d35da195c6d9d1779f09838cf9e408966ece99106e2585ace6","ad3937e102645867de089fceb12443da","e9e6d613402479440ad9a297a20e38384006235e5275564afabd3c49cd4c32fbde5a3b2e43d71bca"]);
});
check('hkdf RFC 5869 case 1', () => {
  const ikm = Buffer.alloc(22, 0x0b);
  const salt = Buffer.from('000102030405060708090a0b0c', 'hex');
  const info = Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex');
  eq(crypto.hkdfSync('sha256', ikm, salt, info, 42), 'hex:3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865');
});
check('hkdf errors', () => {
  throwsLike(() => crypto.hkdfSync('nope', 'a', 'b', 'c', 16), 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: nope');
  throwsLike(() => crypto.hkdfSync('sha256', 'a', 'b', 'c', 255 * 32 + 1), 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
  throwsLike(() => crypto.hkdfSync('sha256', 'a', 'b', Buffer.alloc(1025), 16), 'ERR_OUT_OF_RANGE');
});
checkAsync('hkdf async', () => new Promise((resolve, reject) => {
  crypto.hkdf('sha384', 'key', 'salt', 'info', 24, (err, ab) => {
    try { assert.ok(ab instanceof ArrayBuffer); eq(ab, 'hex:415163ccceef9d7e2325f45cf2c21989d3a3eb6078e7e48d'); resolve(); } catch (e) { reject(e); }
  });
}));
