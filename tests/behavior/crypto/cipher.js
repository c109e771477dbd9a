'use strict';
// Ciphers with fixed keys/IVs: AES-CBC/ECB/CTR/GCM and ChaCha20-Poly1305.
const crypto = require('crypto');
const { check, checkAsync, assert } = require('../check');
const { eq, throwsLike } = require('./_util');

const key16 = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
const key24 = Buffer.from('000102030405060708090a0b0c0d0e0f1011121314151617', 'hex');
const key32 = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex');
const iv16 = Buffer.from('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff', 'hex');
const iv12 = Buffer.from('cafebabefacedbaddecaf888', 'hex');
const text = 'The quick brown fox jumps over the lazy dog. 0123456789!';

function enc(alg, key, iv, data, opts) {
  const c = crypto.createCipheriv(alg, key, iv, opts);
  return Buffer.concat([c.update(data), c.final()]);
}
function dec(alg, key, iv, data, opts) {
  const d = crypto.createDecipheriv(alg, key, iv, opts);
  return Buffer.concat([d.update(data), d.final()]).toString();
}

check('aes-cbc encrypt, all key sizes', () => {
  eq([
    enc('aes-128-cbc', key16, iv16, text).toString('hex'),
    enc('aes-192-cbc', key24, iv16, text).toString('hex'),
    enc('aes-256-cbc', key32, iv16, text).toString('hex'),
    enc('AES256', key32, iv16, '').toString('hex'),
  ], ["639dd4c509b902e13dd2ee7500cf3af9be0e128e87ffefd09f0b8132b71d1d5780e039d6d3a446a45e708c70295f38c45ec4d1bc9f9dbf3462c722f22970258f","227a8bf0a95ed1de5f17d5ab73dd1345a54bfb499f80cc2eb3b17a041d9c580149157197efac12291c74752b0b627670317354f975d4cf096647d7c90f93e81c","84f474f35a3090a82aae847eff728ab2c6d8dc5cfb3695e68937cb12ec50264e4f7ae0a9b6a1d45093fbc466c8e937708904daa3345bfeb16e8a27595f94dfe2","edaf9e57d045ac857f023f9dc238b14e"]);
});
check('aes-cbc round trip', () => {
  for (const [a, k] of [['aes-128-cbc', key16], ['aes-192-cbc', key24], ['aes-256-cbc', key32]]) {
    for (const n of [0, 1, 15, 16, 17, 32, 100]) {
      const p = 'x'.repeat(n);
      assert.strictEqual(dec(a, k, iv16, enc(a, k, iv16, p)), p);
    }
  }
});
check('cbc update chunking matches OpenSSL', () => {
  const c = crypto.createCipheriv('aes-128-cbc', key16, iv16);
  const sizes = [c.update('a'.repeat(5)).length, c.update('b'.repeat(20)).length, c.update('c'.repeat(7)).length, c.final().length];
  const d = crypto.createDecipheriv('aes-128-cbc', key16, iv16);
  const ct = enc('aes-128-cbc', key16, iv16, 'z'.repeat(40));
  const dsizes = [d.update(ct.subarray(0, 16)).length, d.update(ct.subarray(16, 20)).length, d.update(ct.subarray(20)).length, d.final().length];
  eq([sizes, dsizes], [[0,16,16,16],[0,16,16,8]]);
});
check('string encodings in update/final', () => {
  const c = crypto.createCipheriv('aes-128-cbc', key16, iv16);
  const out = c.update(text, 'utf8', 'base64') + c.final('base64');
  const c2 = crypto.createCipheriv('aes-128-cbc', key16, iv16);
  const hex = c2.update(Buffer.from(text).toString('hex'), 'hex', 'hex') + c2.final('hex');
  const d = crypto.createDecipheriv('aes-128-cbc', key16, iv16);
  const back = d.update(out, 'base64', 'utf8') + d.final('utf8');
  eq([out, hex, back], ["Y53UxQm5AuE90u51AM86+b4OEo6H/+/QnwuBMrcdHVeA4DnW06RGpF5wjHApXzjEXsTRvJ+dvzRixyLyKXAljw==","639dd4c509b902e13dd2ee7500cf3af9be0e128e87ffefd09f0b8132b71d1d5780e039d6d3a446a45e708c70295f38c45ec4d1bc9f9dbf3462c722f22970258f","The quick brown fox jumps over the lazy dog. 0123456789!"]);
});
check('setAutoPadding(false)', () => {
  const c = crypto.createCipheriv('aes-128-cbc', key16, iv16);
  assert.strictEqual(c.setAutoPadding(false), c);
  const ct = Buffer.concat([c.update(Buffer.alloc(32, 1)), c.final()]);
  const d = crypto.createDecipheriv('aes-128-cbc', key16, iv16).setAutoPadding(false);
  eq([ct.toString('hex'), Buffer.concat([d.update(ct), d.final()]).toString('hex')], ["fa72df3022eadf572bc917e75685af7979d0ea03f13fe72f52938e017b7d2340","0101010101010101010101010101010101010101010101010101010101010101"]);
});
check('padding errors', () => {
  const c = crypto.createCipheriv('aes-128-cbc', key16, iv16).setAutoPadding(false);
  c.update('abc');
  throwsLike(() => c.final(), 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH', 'error:1C80006B:Provider routines::wrong final block length');
  const d = crypto.createDecipheriv('aes-128-cbc', key16, iv16);
  d.update(Buffer.alloc(16));
  let e;
  try { d.final(); } catch (err) { e = err; }
  eq([e.message, e.code, e.reason, e.library], ["error:1C800064:Provider routines::bad decrypt","ERR_OSSL_BAD_DECRYPT","bad decrypt","Provider routines"]);
  const d2 = crypto.createDecipheriv('aes-128-cbc', key16, iv16);
  d2.update(Buffer.alloc(15));
  throwsLike(() => d2.final(), 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH');
});
check('aes-ecb', () => {
  eq([
    enc('aes-128-ecb', key16, null, text).toString('hex'),
    enc('aes-256-ecb', key32, Buffer.alloc(0), 'x').toString('hex'),
    dec('aes-128-ecb', key16, null, enc('aes-128-ecb', key16, null, text)),
  ], ["f7021c01de43c8147cd2477a7eba55b3698dc29f6db0d5eda4eec682b3393abb05b2b100b91a4f0e4a6c95b3e3d244aa40d57435cd2bf65ff2ca9b52b1e1c50c","b1cd564307298b4d9533aa081f718364","The quick brown fox jumps over the lazy dog. 0123456789!"]);
});
check('aes-ctr is a stream cipher', () => {
  const c = crypto.createCipheriv('aes-256-ctr', key32, iv16);
  const parts = [c.update('abc'), c.update('defghijklmnopqrstuvwxyz'), c.final()];
  eq([
    parts.map((p) => p.toString('hex')),
    enc('aes-128-ctr', key16, iv16, text).toString('hex'),
    enc('aes-192-ctr', key24, Buffer.alloc(16, 0xff), Buffer.alloc(40)).toString('hex'),
    dec('aes-128-ctr', key16, iv16, enc('aes-128-ctr', key16, iv16, text)),
  ], [["f362ae","e946f0e7a333038d382d5c0c64bb2d0834845c43b917dd",""],"32cfa2c84527582bfc71bc755c61c38dd4eeaf20ddeb51ddd78d1ccd0bee3f9eba14b23a1d2192bd9feeec776fa2644343ec536c0b876166","01d8f99a19ab91f02c06d73bf2248888916251821c73a522c396d62738019607494e385a4b3fafb7","The quick brown fox jumps over the lazy dog. 0123456789!"]);
});
check('aes-gcm with AAD', () => {
  const c = crypto.createCipheriv('aes-128-gcm', key16, iv12);
  c.setAAD(Buffer.from('header'));
  const ct = Buffer.concat([c.update(text, 'utf8'), c.final()]);
  const tag = c.getAuthTag();
  eq([ct.toString('hex'), tag.toString('hex')], ["dd11a296f482e862c130abfa328dcec7e0644004319eddd542c9790d1355cda5f24cb96c936e645ca920d712a394fa09ffda3c694604ed42","7a8d6e27eea451fc18d03ef36fe7fc47"]);
  const d = crypto.createDecipheriv('aes-128-gcm', key16, iv12);
  d.setAAD(Buffer.from('header'));
  d.setAuthTag(tag);
  eq(Buffer.concat([d.update(ct), d.final()]).toString(), 'The quick brown fox jumps over the lazy dog. 0123456789!');
});
check('aes-gcm key sizes, empty input, odd IVs, short tags', () => {
  const t = (alg, key, iv, data, opts, aad) => {
    const c = crypto.createCipheriv(alg, key, iv, opts);
    if (aad) c.setAAD(aad);
    const ct = Buffer.concat([c.update(data), c.final()]);
    return `${ct.toString('hex')}/${c.getAuthTag().toString('hex')}`;
  };
  eq([
    t('aes-192-gcm', key24, iv12, text),
    t('aes-256-gcm', key32, iv12, text),
    t('aes-256-gcm', key32, iv12, ''),
    t('aes-256-gcm', key32, iv12, '', undefined, Buffer.from('only aad, 25 bytes long..')),
    t('aes-128-gcm', key16, Buffer.alloc(7, 3), text),
    t('aes-128-gcm', key16, Buffer.alloc(60, 9), text),
    t('aes-128-gcm', key16, iv12, text, { authTagLength: 8 }),
    t('id-aes256-GCM', key32, iv12, 'x'),
  ], ["984edf192f48d111e9444dc3af7451478c051b11361d3babf84690ca24d156cc06655b782e2939ada0a2b3f747859a17cf4accd3ad254e0e/412bc5646713f0ef2a68ae89a0590287","decbc506db0f26782d2b3faf146ae71f6b4fb871b56c07043dff6b07dbfb458bc535e12aa0ae304242344f4612b311576a609c6794b2b1f1/6cff95ccf9c72639593ddeacc2fef463","/5b0a77e3716cc7e86cf71b26dee7d5a4","/df7c8b2d5c0b530f2c8a8d74b01f691e","3d2b779151723d8fea3deca5a02a8be0aca3b880462b58d8ec0491487e41a7d4bc9c98e91c34e49e118e8272ad492396b63582f8d4c6626d/e321025b191126bc0d619bd036774bd8","7555e4d04e20024f890680d95b83e95049589dedf2c5b04f92b2d19c6b3e2f89be7daf2c6ce86dd58acf3224dbed4ad2e7433b82af2ce5fa/87f83a08970fd3a7cdb1ff0400c5ae5b","dd11a296f482e862c130abfa328dcec7e0644004319eddd542c9790d1355cda5f24cb96c936e645ca920d712a394fa09ffda3c694604ed42/8e2b89574b79ed5d","f2/1349c5ed3006c2067a82d72c0c27e4a7"]);
});
check('aes-gcm streaming in odd chunks equals one shot', () => {
  const c = crypto.createCipheriv('aes-256-gcm', key32, iv12);
  c.setAAD(Buffer.from('a'));
  c.setAAD(Buffer.from('bc'));
  const out = [];
  for (let i = 0; i < text.length; i += 7) out.push(c.update(text.slice(i, i + 7)));
  out.push(c.final());
  eq([out.map((b) => b.length), Buffer.concat(out).toString('hex'), c.getAuthTag().toString('hex')], [[7,7,7,7,7,7,7,7,0],"decbc506db0f26782d2b3faf146ae71f6b4fb871b56c07043dff6b07dbfb458bc535e12aa0ae304242344f4612b311576a609c6794b2b1f1","936417deb7435401f837a8dcf858c021"]);
});
check('aes-gcm wrong tag / missing tag', () => {
  const c = crypto.createCipheriv('aes-128-gcm', key16, iv12);
  const ct = Buffer.concat([c.update(text), c.final()]);
  const tag = c.getAuthTag();
  const bad = Buffer.from(tag);
  bad[0] ^= 1;
  const d = crypto.createDecipheriv('aes-128-gcm', key16, iv12);
  d.setAuthTag(bad);
  eq(d.update(ct).toString(), 'The quick brown fox jumps over the lazy dog. 0123456789!');
  throwsLike(() => d.final(), 'Error', 'Unsupported state or unable to authenticate data');
  const d2 = crypto.createDecipheriv('aes-128-gcm', key16, iv12);
  d2.update(ct);
  throwsLike(() => d2.final(), 'Error', 'Unsupported state or unable to authenticate data');
  const d3 = crypto.createDecipheriv('aes-128-gcm', key16, iv12);
  d3.setAuthTag(tag.subarray(0, 12));
  d3.update(ct);
  d3.final(); // truncated tags verify their prefix
});
check('auth tag errors', () => {
  const d = crypto.createDecipheriv('aes-128-gcm', key16, iv12);
  throwsLike(() => d.setAuthTag(Buffer.alloc(3)), 'ERR_CRYPTO_INVALID_AUTH_TAG', 'Invalid authentication tag length: 3');
  throwsLike(() => crypto.createCipheriv('aes-128-gcm', key16, iv12, { authTagLength: 3 }), 'ERR_CRYPTO_INVALID_AUTH_TAG');
  const d2 = crypto.createDecipheriv('aes-128-gcm', key16, iv12, { authTagLength: 8 });
  throwsLike(() => d2.setAuthTag(Buffer.alloc(16)), 'ERR_CRYPTO_INVALID_AUTH_TAG', 'Invalid authentication tag length: 16');
  const c = crypto.createCipheriv('aes-128-gcm', key16, iv12);
  throwsLike(() => c.getAuthTag(), 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation getAuthTag');
  c.update('a');
  throwsLike(() => c.setAAD(Buffer.alloc(1)), 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation setAAD');
  c.final();
  throwsLike(() => c.final(), 'ERR_CRYPTO_INVALID_STATE', 'Invalid state');
  throwsLike(() => c.update('a'), 'Error', 'Trying to add data in unsupported state');
  const ctr = crypto.createCipheriv('aes-128-ctr', key16, iv16);
  throwsLike(() => ctr.setAAD(Buffer.alloc(1)), 'ERR_CRYPTO_INVALID_STATE');
});
check('chacha20-poly1305', () => {
  const c = crypto.createCipheriv('chacha20-poly1305', key32, iv12, { authTagLength: 16 });
  c.setAAD(Buffer.from('50515253c0c1c2c3c4c5c6c7', 'hex'));
  const ct = Buffer.concat([c.update(text), c.final()]);
  const tag = c.getAuthTag();
  eq([ct.toString('hex'), tag.toString('hex')], ["d8e90ca6245a8b4766ad61efec09b9e754bd19b57ea62d1d1c214ffe142816b31baf91b26793a874534a74d3bd45564d3416f7a4a3e3c02d","558be871c169b22e8d02a11962dd5fdc"]);
  const d = crypto.createDecipheriv('chacha20-poly1305', key32, iv12, { authTagLength: 16 });
  d.setAAD(Buffer.from('50515253c0c1c2c3c4c5c6c7', 'hex'));
  d.setAuthTag(tag);
  eq(Buffer.concat([d.update(ct), d.final()]).toString(), 'The quick brown fox jumps over the lazy dog. 0123456789!');
  const d2 = crypto.createDecipheriv('chacha20-poly1305', key32, iv12);
  d2.setAuthTag(Buffer.alloc(16));
  d2.update(ct);
  throwsLike(() => d2.final(), 'Error', 'Unsupported state or unable to authenticate data');
});
check('RFC 8439 2.8.2 AEAD vector', () => {
  const k = Buffer.from('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f', 'hex');
  const n = Buffer.from('070000004041424344454647', 'hex');
  const p = "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.";
  const c = crypto.createCipheriv('chacha20-poly1305', k, n);
  c.setAAD(Buffer.from('50515253c0c1c2c3c4c5c6c7', 'hex'));
  const ct = Buffer.concat([c.update(p), c.final()]);
  eq([ct.subarray(0, 16).toString('hex'), c.getAuthTag().toString('hex')], ["d31a8d34648e60db7b86afbc53ef7ec2","1ae10b594f09e26a7e902ecbd0600691"]);
});
check('createCipheriv argument errors', () => {
  throwsLike(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(15), iv16), 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
  throwsLike(() => crypto.createCipheriv('aes-128-cbc', key16, Buffer.alloc(15)), 'ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector');
  throwsLike(() => crypto.createCipheriv('aes-128-cbc', key16, null), 'ERR_CRYPTO_INVALID_IV');
  throwsLike(() => crypto.createCipheriv('aes-128-foo', key16, iv16), 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
  throwsLike(() => crypto.createCipheriv('aes-128-gcm', key16, Buffer.alloc(0)), 'ERR_CRYPTO_INVALID_IV');
  throwsLike(() => crypto.createCipheriv('chacha20-poly1305', key32, Buffer.alloc(8)), 'ERR_CRYPTO_INVALID_IV');
  throwsLike(() => crypto.createCipheriv(5, key16, iv16), 'ERR_INVALID_ARG_TYPE', 'The "cipher" argument must be of type string. Received type number (5)');
  throwsLike(() => crypto.createCipheriv('aes-128-cbc', 5, iv16), 'ERR_INVALID_ARG_TYPE');
  throwsLike(() => crypto.createCipheriv('aes-128-cbc', key16, 5), 'ERR_INVALID_ARG_TYPE',
    'The "iv" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received type number (5)');
});
check('keys and IVs as strings and KeyObjects', () => {
  eq([
    enc('aes-128-cbc', 'k'.repeat(16), 'i'.repeat(16), 'hi').toString('hex'),
    enc('aes-128-cbc', crypto.createSecretKey(key16), iv16, 'hi').toString('hex'),
  ], ["26b0e318760af42bd1af42f4a75c1c90","8c8d2526affe8ed4efd1238a3d08f08e"]);
});
check('getCiphers / getCipherInfo', () => {
  const list = crypto.getCiphers();
  for (const n of ['aes-128-cbc', 'aes-256-gcm', 'aes-192-ctr', 'chacha20-poly1305', 'aes-128-ecb']) assert.ok(list.includes(n), n);
  eq([crypto.getCipherInfo('aes-256-cbc'), crypto.getCipherInfo('aes-128-gcm'), crypto.getCipherInfo('AES-128-CTR'),
    String(crypto.getCipherInfo('nope')), String(crypto.getCipherInfo('aes-128-cbc', { keyLength: 10 }))], [{"mode":"cbc","name":"aes-256-cbc","nid":427,"blockSize":16,"ivLength":16,"keyLength":32},{"mode":"gcm","name":"id-aes128-gcm","nid":895,"blockSize":1,"ivLength":12,"keyLength":16},{"mode":"ctr","name":"aes-128-ctr","nid":904,"blockSize":1,"ivLength":16,"keyLength":16},"undefined","undefined"]);
});
checkAsync('Cipher and Decipher as streams', () => new Promise((resolve, reject) => {
  const c = crypto.createCipheriv('aes-256-cbc', key32, iv16);
  const d = crypto.createDecipheriv('aes-256-cbc', key32, iv16);
  const chunks = [];
  c.pipe(d);
  d.on('data', (b) => chunks.push(b));
  d.on('end', () => {
    try { eq(Buffer.concat(chunks).toString(), 'streamed through both ways'); resolve(); } catch (e) { reject(e); }
  });
  c.write('streamed ');
  c.write(Buffer.from('through '));
  c.end('both ways');
}));
