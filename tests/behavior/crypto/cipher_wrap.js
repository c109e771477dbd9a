'use strict';
// node:crypto AES key wrap ciphers (id-aesN-wrap, RFC 3394; id-aesN-wrap-pad, RFC 5649):
// RFC and node-computed vectors, one wrap per update(), and the errors Node throws.
const { check } = require('../check');
const { eq, throwsLike } = require('./_util');
const crypto = require('crypto');

const hex = (s) => Buffer.from(s, 'hex');
const IV = hex('a6a6a6a6a6a6a6a6');
const IVP = hex('a65959a6');

function wrap(name, key, iv, data) {
  const c = crypto.createCipheriv(name, key, iv);
  return Buffer.concat([c.update(data), c.final()]);
}
function unwrap(name, key, iv, data) {
  const d = crypto.createDecipheriv(name, key, iv);
  return Buffer.concat([d.update(data), d.final()]);
}

check('getCiphers lists the AES wrap ciphers', () => {
  const names = crypto.getCiphers();
  for (const n of ['aes128-wrap', 'aes192-wrap', 'aes256-wrap', 'id-aes128-wrap', 'id-aes192-wrap',
    'id-aes256-wrap', 'id-aes128-wrap-pad', 'id-aes192-wrap-pad', 'id-aes256-wrap-pad']) {
    eq(names.includes(n), true);
  }
});

check('getCipherInfo for wrap ciphers', () => {
  const r = [];
  for (const n of ['id-aes128-wrap', 'aes192-wrap', 'id-aes256-wrap', 'id-aes128-wrap-pad', 'id-aes256-wrap-pad', 788, 900]) {
    r.push(crypto.getCipherInfo(n));
  }
  eq(r, [
    { mode: 'wrap', name: 'id-aes128-wrap', nid: 788, blockSize: 8, ivLength: 8, keyLength: 16 },
    { mode: 'wrap', name: 'id-aes192-wrap', nid: 789, blockSize: 8, ivLength: 8, keyLength: 24 },
    { mode: 'wrap', name: 'id-aes256-wrap', nid: 790, blockSize: 8, ivLength: 8, keyLength: 32 },
    { mode: 'wrap', name: 'id-aes128-wrap-pad', nid: 897, blockSize: 8, ivLength: 4, keyLength: 16 },
    { mode: 'wrap', name: 'id-aes256-wrap-pad', nid: 903, blockSize: 8, ivLength: 4, keyLength: 32 },
    { mode: 'wrap', name: 'id-aes128-wrap', nid: 788, blockSize: 8, ivLength: 8, keyLength: 16 },
    { mode: 'wrap', name: 'id-aes192-wrap-pad', nid: 900, blockSize: 8, ivLength: 4, keyLength: 24 },
  ]);
});

check('RFC 3394 4.1/4.3/4.6 vectors', () => {
  const kek = hex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f');
  const data = hex('00112233445566778899aabbccddeeff000102030405060708090a0b0c0d0e0f');
  const v = [
    ['id-aes128-wrap', 16, 16, '1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5'],
    ['id-aes256-wrap', 32, 16, '64e8c3f9ce0f5ba263e9777905818a2a93c8191e7d6e8ae7'],
    ['id-aes256-wrap', 32, 32, '28c9f404c4b810f4cbccb35cfb87f8263f5786e2d80ed326cbc7f0e71a99f43bfb988b9b7a02dd21'],
  ];
  for (const [name, kl, dl, out] of v) {
    const w = wrap(name, kek.subarray(0, kl), IV, data.subarray(0, dl));
    eq(w.toString('hex'), out);
    eq(unwrap(name, kek.subarray(0, kl), IV, w).toString('hex'), data.subarray(0, dl).toString('hex'));
  }
});

check('RFC 5649 vectors (wrap-pad)', () => {
  const kek = hex('5840df6e29b02af1ab493b705bf16ea1ae8338f4dcc176a8');
  eq(wrap('id-aes192-wrap-pad', kek, IVP, hex('c37b7e6492584340bed12207808941155068f738')).toString('hex'),
    '138bdeaa9b8fa7fc61f97742e72248ee5ae6ae5360d1ae6a5f54f373fa543b6a');
  eq(wrap('id-aes192-wrap-pad', kek, IVP, hex('466f7250617369')).toString('hex'), 'afbeb0f07dfbf5419200f2ccb50bb24f');
  eq(unwrap('id-aes192-wrap-pad', kek, IVP, hex('afbeb0f07dfbf5419200f2ccb50bb24f')).toString('hex'), '466f7250617369');
});

check('node-computed vectors, aliases and encodings', () => {
  const k = Buffer.alloc(16, 1);
  eq(wrap('aes128-wrap', k, IV, Buffer.alloc(16, 2)).toString('hex'), '2152937994459ab9fb05db73e66f546291eb5389bc8aa7cc');
  eq(wrap('aes192-wrap', Buffer.alloc(24, 1), IV, Buffer.alloc(32, 2)).toString('hex'),
    '9d7c4bb437c1a0843bd0af1b6d8ba25fb81cdb8cecf8d28f05018d7690ca9ba8be217f00d9e591ba');
  eq(wrap('id-aes256-wrap', Buffer.alloc(32, 1), IV, Buffer.alloc(16, 2)).toString('hex'),
    'ec6d09b0a566e4eb4785b06f52630d8fe2e55eb84a5dc4c1');
  eq(wrap('id-aes128-wrap-pad', k, IVP, Buffer.alloc(5, 2)).toString('hex'), 'c2ba44ba588290a9697ea8ded58fef64');
  eq(wrap('id-aes128-wrap-pad', k, IVP, Buffer.alloc(8, 2)).toString('hex'), '934fabd5d7b213d274d64a523c369995');
  eq(wrap('id-aes128-wrap-pad', k, IVP, Buffer.alloc(1, 7)).toString('hex'), 'a108123b1ab391b8e0ef059c23d4125c');
  eq(wrap('id-aes128-wrap-pad', k, IVP, Buffer.alloc(9, 7)).toString('hex'), '1ae023791a1c51df14b2ea5974924bbb1269d03b18fc3353');
  eq(unwrap('id-aes128-wrap-pad', k, IVP, hex('1ae023791a1c51df14b2ea5974924bbb1269d03b18fc3353')).toString('hex'), '070707070707070707');
  const c = crypto.createCipheriv('id-aes128-wrap', k, IV);
  eq(c.update(Buffer.alloc(16, 2), null, 'base64'), 'IVKTeZRFmrn7Bdtz5m9UYpHrU4m8iqfM');
  eq(c.final('base64'), '');
  const d = crypto.createDecipheriv('id-aes128-wrap', k, IV);
  eq(d.update('2152937994459ab9fb05db73e66f546291eb5389bc8aa7cc', 'hex', 'hex'), '02020202020202020202020202020202');
});

check('each update() is a whole wrap', () => {
  const k = Buffer.alloc(16, 1);
  const c = crypto.createCipheriv('id-aes128-wrap', k, IV);
  eq(c.update(Buffer.alloc(16, 2)).toString('hex'), '2152937994459ab9fb05db73e66f546291eb5389bc8aa7cc');
  eq(c.update(Buffer.alloc(24, 3)).toString('hex'), 'fa1d0d8372d88cfd538b2d67e02c91a82e5df94299c63d085cddfb17c0eb73b9');
  eq(c.update(Buffer.alloc(0)).length, 0);
  eq(c.final().length, 0);
  const p = crypto.createCipheriv('id-aes128-wrap-pad', k, IVP);
  eq(p.update(Buffer.alloc(0)).length, 0);
});

check('bad lengths and tampering: unsupported state', () => {
  const k = Buffer.alloc(16, 1);
  const msg = 'Trying to add data in unsupported state';
  const enc = () => crypto.createCipheriv('id-aes128-wrap', k, IV);
  const dec = () => crypto.createDecipheriv('id-aes128-wrap', k, IV);
  throwsLike(() => enc().update(Buffer.alloc(8)), 'Error', msg);
  throwsLike(() => enc().update(Buffer.alloc(12)), 'Error', msg);
  throwsLike(() => dec().update(Buffer.alloc(16)), 'Error', msg);
  throwsLike(() => dec().update(Buffer.alloc(20)), 'Error', msg);
  throwsLike(() => dec().update(Buffer.alloc(24)), 'Error', msg);
  const bad = hex('2152937994459ab9fb05db73e66f546291eb5389bc8aa7cd');
  const d = dec();
  throwsLike(() => d.update(bad), 'Error', msg);
  eq(d.final().length, 0);
  const dp = crypto.createDecipheriv('id-aes128-wrap-pad', k, IVP);
  throwsLike(() => dp.update(hex('c2ba44ba588290a9697ea8ded58fef65')), 'Error', msg);
});

check('key, IV and state errors', () => {
  const k = Buffer.alloc(16, 1);
  throwsLike(() => crypto.createCipheriv('id-aes128-wrap', k, null), 'ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector');
  throwsLike(() => crypto.createCipheriv('id-aes128-wrap', k, Buffer.alloc(4)), 'ERR_CRYPTO_INVALID_IV');
  throwsLike(() => crypto.createCipheriv('id-aes128-wrap-pad', k, IV), 'ERR_CRYPTO_INVALID_IV');
  throwsLike(() => crypto.createCipheriv('id-aes128-wrap', Buffer.alloc(24), IV), 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
  const c = crypto.createCipheriv('id-aes128-wrap', k, IV);
  eq(c.setAutoPadding(false) === c, true);
  throwsLike(() => c.setAAD(Buffer.alloc(3)), 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation setAAD');
  c.update(Buffer.alloc(16));
  throwsLike(() => c.getAuthTag(), 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation getAuthTag');
});

const { checkAsync } = require('../check');
checkAsync('Web Crypto AES-KW agrees with id-aesN-wrap for every KEK size', async () => {
  const s = globalThis.crypto.subtle;
  const data = Buffer.from('00112233445566778899aabbccddeeff0011223344556677', 'hex');
  for (const len of [16, 24, 32]) {
    const kek = Buffer.alloc(len, len);
    const k = await s.importKey('raw', kek, 'AES-KW', false, ['wrapKey', 'unwrapKey']);
    const hmac = await s.importKey('raw', data, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
    const w = Buffer.from(await s.wrapKey('raw', hmac, k, 'AES-KW'));
    eq(w.toString('hex'), wrap(`id-aes${len * 8}-wrap`, kek, IV, data).toString('hex'));
    const u = await s.unwrapKey('raw', w, k, 'AES-KW', { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
    eq(Buffer.from(await s.exportKey('raw', u)).toString('hex'), data.toString('hex'));
  }
});
