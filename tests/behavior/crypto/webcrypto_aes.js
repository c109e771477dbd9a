'use strict';
// Web Crypto AES-GCM/CBC/CTR/KW: known-answer vectors (computed once with node v20),
// round trips, wrapKey/unwrapKey and the errors Node reports for bad parameters.
const { checkAsync, assert } = require('../check');
const { eq } = require('./_util');

const s = crypto.subtle;
const te = new TextEncoder();
const hex = (b) => Buffer.from(b).toString('hex');
const key16 = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
const key32 = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex');
const pt = te.encode('The quick brown fox jumps over the lazy dog, 48b.');

async function rejects(p) {
  try {
    await p;
  } catch (e) {
    return [e.name, e.message];
  }
  return 'resolved';
}

const kat = {
  128: {
    gcm: 'c52431fd10cea95a9c6b40b170ce865950ab322ad88a28fc98e8965327a3e071c357d6e3f410f77bae3bcac0e55411f3de287ffab5a53729490b82d239e667f5a2',
    gcm96: 'b997b715b290ecd78a8c97c67d992c0ab72160be6a989f44a6ef72b2aa666227c72bfbf7fc5133e7ad7b5edef11bc010d84468a85722e6b1ccd8499bdf',
    cbc: 'e262b3b3acdfecddfd8735b8e53ebeebad44e6d43c2d121e9d158c26176ed66da16057c2d29e2fbc0bf5b5394a5a8f1a486a7a71d6213411e97e53fa87d240b7',
    ctr: '973ae5772556165271e09d868c975058167f0082a69533d0734572375dfe22beb047b225c29c7333b494a7ebfb59fefdf8',
    ctrWrap12: 'd815427b57c9b5a6f8b44e9fed0e92b8f90c9a1e7b16733f5531c5fcfbb0a965aec41b5be6f522a20b20e64e81fce01b5d',
    ctrWrap128: '682c7a12bf72eb400ff7c0eb6127d533a0ce4317edfa36f21c6fee14c4baf80d1b2333f9f4bacd3e2d14dacf45c0156867',
  },
  256: {
    gcm: '5b02c37c1e7abe97adbd71f2ef269abbc733f553e282ec698d9b318c61ac126f4f21d112e03a8db26691c6d1e223e144951edbc82facadca7b44047e9f6f2d8b0a',
    gcm96: 'e78d253f4c57029cdb8e8a36fbb518b96d59fb6ae6c9f2573f73f5d6bd9b41421b378e94acef1e6a5da6c9860a28b3cb9fcad6bdd22e3e925925cb4288',
    cbc: 'd5f1408455f6d5baf5f1e6d5851d8567946adb79fd183c9d4fb942fff44cbc737e1b448870e83344fc4f5e41e2de84926edda33e4edf710d949072576945a75a',
    ctr: '218a6d0966547bd899802f4f44652d1de017bccfc93424effac2ad6396a03ca4a03b97d9b0f5200c37cd43a3f90d274694',
    ctrWrap12: '61a344098b5a5a5a91e85454f87260a20a916d17a8ca9903c3f146c24777c4e29af520da4b33e6f0cd9cfd46fd1a4fe2de',
    ctrWrap128: 'bdf1813d3dd219b938a7730932f839ce94ff7896403cf2a0dad3f51cb85c57f4983856c22bc3e6c5c299fc1d68f60e5f20',
  },
};

for (const [bits, kb] of [[128, key16], [256, key32]]) {
  checkAsync(`AES-${bits} known answers and round trips`, async () => {
    const k = kat[bits];
    const params = {
      gcm: { name: 'AES-GCM', iv: new Uint8Array(12).fill(7), additionalData: te.encode('aad') },
      gcm96: { name: 'AES-GCM', iv: new Uint8Array(16).fill(3), tagLength: 96 },
      cbc: { name: 'AES-CBC', iv: new Uint8Array(16).fill(9) },
      ctr: { name: 'AES-CTR', counter: new Uint8Array(16).fill(1), length: 64 },
      // The low 12 bits of the counter wrap after two blocks; the rest of the block stays.
      ctrWrap12: { name: 'AES-CTR', counter: Buffer.from('00000000000000000000000000000ffe', 'hex'), length: 12 },
      ctrWrap128: { name: 'AES-CTR', counter: Buffer.from('ff'.repeat(16), 'hex'), length: 128 },
    };
    for (const [id, p] of Object.entries(params)) {
      const key = await s.importKey('raw', kb, p.name, false, ['encrypt', 'decrypt']);
      const ct = await s.encrypt(p, key, pt);
      assert.ok(ct instanceof ArrayBuffer);
      eq([id, hex(ct)], [id, k[id]]);
      eq([id, Buffer.from(await s.decrypt(p, key, ct)).toString()], [id, Buffer.from(pt).toString()]);
    }
  });
}

checkAsync('AES inputs: DataView, ArrayBuffer, empty plaintext', async () => {
  const key = await s.importKey('raw', new DataView(key16.buffer.slice(key16.byteOffset, key16.byteOffset + 16)),
    'AES-GCM', true, ['encrypt', 'decrypt']);
  const iv = new Uint8Array(12).buffer;
  const empty = await s.encrypt({ name: 'AES-GCM', iv }, key, new ArrayBuffer(0));
  eq([empty.byteLength, (await s.decrypt({ name: 'AES-GCM', iv }, key, empty)).byteLength], [16, 0]);
  const cbc = await s.importKey('raw', key16, 'AES-CBC', false, ['encrypt']);
  eq((await s.encrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, cbc, new Uint8Array(16))).byteLength, 32);
});

checkAsync('AES generateKey, exportKey raw/jwk, importKey jwk', async () => {
  const out = [];
  for (const [name, length] of [['AES-GCM', 128], ['AES-CBC', 192], ['AES-CTR', 256], ['AES-KW', 256]]) {
    const usages = name === 'AES-KW' ? ['unwrapKey', 'wrapKey', 'wrapKey'] : ['decrypt', 'encrypt'];
    const key = await s.generateKey({ name: name.toLowerCase(), length }, true, usages);
    const jwk = await s.exportKey('jwk', key);
    const raw = await s.exportKey('raw', key);
    const back = await s.importKey('jwk', jwk, name, false, key.usages);
    out.push([key.type, key.extractable, key.algorithm, key.usages, Object.keys(jwk), jwk.alg, jwk.ext,
      raw.byteLength, back.algorithm, back.extractable, Buffer.from(jwk.k, 'base64url').equals(Buffer.from(raw))]);
  }
  eq(out, [
    ['secret', true, { name: 'AES-GCM', length: 128 }, ['decrypt', 'encrypt'], ['key_ops', 'ext', 'kty', 'k', 'alg'], 'A128GCM', true, 16, { name: 'AES-GCM', length: 128 }, false, true],
    ['secret', true, { name: 'AES-CBC', length: 192 }, ['decrypt', 'encrypt'], ['key_ops', 'ext', 'kty', 'k', 'alg'], 'A192CBC', true, 24, { name: 'AES-CBC', length: 192 }, false, true],
    ['secret', true, { name: 'AES-CTR', length: 256 }, ['decrypt', 'encrypt'], ['key_ops', 'ext', 'kty', 'k', 'alg'], 'A256CTR', true, 32, { name: 'AES-CTR', length: 256 }, false, true],
    ['secret', true, { name: 'AES-KW', length: 256 }, ['unwrapKey', 'wrapKey'], ['key_ops', 'ext', 'kty', 'k', 'alg'], 'A256KW', true, 32, { name: 'AES-KW', length: 256 }, false, true],
  ]);
});

checkAsync('AES-KW: RFC 3394 vector, wrapKey/unwrapKey raw and jwk', async () => {
  // RFC 3394 4.1: 128-bit key data with a 128-bit KEK.
  const kek = await s.importKey('raw', key16, 'AES-KW', false, ['wrapKey', 'unwrapKey']);
  const data = await s.importKey('raw', Buffer.from('00112233445566778899aabbccddeeff', 'hex'),
    { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  eq(hex(await s.wrapKey('raw', data, kek, 'AES-KW')), '1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5');
  const kw = await s.importKey('raw', key32, 'AES-KW', false, ['wrapKey', 'unwrapKey']);
  const hk = await s.importKey('raw', key16, { name: 'HMAC', hash: 'SHA-384' }, true, ['sign']);
  const wrappedRaw = await s.wrapKey('raw', hk, kw, 'AES-KW');
  const wrappedJwk = await s.wrapKey('jwk', hk, kw, { name: 'AES-KW' });
  eq([hex(wrappedRaw), hex(wrappedJwk)], ['8cc4bfeca8a9f2f38c8b28392f1e8f4b3e5a5fd2f20bd688',
    '2625b76e6a1035ab67083e9376a1d66c93f90c2821e7b355e6d41e87e2fb08cca7383cb277b98ac21ce72e62215663c2440da426549b0c1c84fd9eae3a03133252fd72a50bfdae2f31985f9bc5e0fa0721d58f96bde686bf3284f034f8687c7e']);
  const u1 = await s.unwrapKey('raw', wrappedRaw, kw, 'AES-KW', { name: 'HMAC', hash: 'SHA-384' }, true, ['sign']);
  const u2 = await s.unwrapKey('jwk', wrappedJwk, kw, 'AES-KW', { name: 'HMAC', hash: 'SHA-384' }, false, ['sign']);
  eq([u1.algorithm, hex(await s.exportKey('raw', u1)), u2.algorithm, u2.extractable],
    [{ name: 'HMAC', hash: { name: 'SHA-384' }, length: 128 }, hex(key16), { name: 'HMAC', hash: { name: 'SHA-384' }, length: 128 }, false]);
  const tampered = new Uint8Array(wrappedRaw);
  tampered[3] ^= 1;
  eq(await rejects(s.unwrapKey('raw', tampered, kw, 'AES-KW', 'AES-GCM', true, ['encrypt'])),
    ['OperationError', 'The operation failed for an operation-specific reason']);
  const short = await s.importKey('raw', new Uint8Array(12), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  eq(await rejects(s.wrapKey('raw', short, kw, 'AES-KW')),
    ['OperationError', 'The operation failed for an operation-specific reason']);
  eq(await rejects(s.encrypt('AES-KW', kw, new Uint8Array(16))), ['NotSupportedError', 'Unrecognized algorithm name']);
});

checkAsync('wrapKey/unwrapKey with AES-GCM and AES-CBC', async () => {
  const gcm = await s.generateKey({ name: 'AES-GCM', length: 256 }, false, ['wrapKey', 'unwrapKey']);
  const cbc = await s.importKey('raw', key16, 'AES-CBC', false, ['wrapKey', 'unwrapKey']);
  const inner = await s.importKey('raw', key32, 'AES-CTR', true, ['encrypt', 'decrypt']);
  const out = [];
  for (const [wk, alg] of [[gcm, { name: 'AES-GCM', iv: new Uint8Array(12) }], [cbc, { name: 'AES-CBC', iv: new Uint8Array(16) }]]) {
    for (const format of ['raw', 'jwk']) {
      const w = await s.wrapKey(format, inner, wk, alg);
      const u = await s.unwrapKey(format, w, wk, alg, 'AES-CTR', true, ['encrypt']);
      out.push([format, u.algorithm, u.usages, hex(await s.exportKey('raw', u)) === hex(key32)]);
    }
  }
  eq(out, [
    ['raw', { name: 'AES-CTR', length: 256 }, ['encrypt'], true], ['jwk', { name: 'AES-CTR', length: 256 }, ['encrypt'], true],
    ['raw', { name: 'AES-CTR', length: 256 }, ['encrypt'], true], ['jwk', { name: 'AES-CTR', length: 256 }, ['encrypt'], true],
  ]);
  eq(await rejects(s.wrapKey('raw', inner, inner, { name: 'AES-CTR', counter: new Uint8Array(16), length: 64 })),
    ['InvalidAccessError', 'The requested operation is not valid for the provided key']);
});

checkAsync('AES errors', async () => {
  const gcm = await s.importKey('raw', key16, 'AES-GCM', false, ['encrypt', 'decrypt']);
  const cbc = await s.importKey('raw', key16, 'AES-CBC', false, ['encrypt', 'decrypt']);
  const ctr = await s.importKey('raw', key16, 'AES-CTR', false, ['encrypt']);
  const iv12 = new Uint8Array(12);
  const ct = await s.encrypt({ name: 'AES-GCM', iv: iv12 }, gcm, pt);
  const bad = new Uint8Array(ct);
  bad[0] ^= 1;
  const r = [];
  r.push(await rejects(s.decrypt({ name: 'AES-GCM', iv: iv12 }, gcm, bad)));
  r.push(await rejects(s.decrypt({ name: 'AES-GCM', iv: iv12, additionalData: new Uint8Array(1) }, gcm, ct)));
  r.push(await rejects(s.decrypt({ name: 'AES-GCM', iv: iv12 }, gcm, new Uint8Array(5))));
  r.push(await rejects(s.encrypt({ name: 'AES-GCM', iv: iv12, tagLength: 100 }, gcm, pt)));
  r.push(await rejects(s.encrypt({ name: 'AES-GCM', iv: new Uint8Array(0) }, gcm, pt)));
  r.push(await rejects(s.encrypt({ name: 'AES-GCM' }, gcm, pt)));
  r.push(await rejects(s.encrypt({ name: 'AES-CBC', iv: iv12 }, cbc, pt)));
  r.push(await rejects(s.decrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, cbc, new Uint8Array(15))));
  r.push(await rejects(s.decrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, cbc, new Uint8Array(16))));
  r.push(await rejects(s.encrypt({ name: 'AES-CTR', counter: new Uint8Array(16), length: 0 }, ctr, pt)));
  r.push(await rejects(s.encrypt({ name: 'AES-CTR', counter: new Uint8Array(8), length: 64 }, ctr, pt)));
  r.push(await rejects(s.encrypt({ name: 'AES-CTR', counter: new Uint8Array(16), length: 1 }, ctr, pt)));
  r.push(await rejects(s.decrypt({ name: 'AES-CTR', counter: new Uint8Array(16), length: 64 }, ctr, pt)));
  r.push(await rejects(s.encrypt({ name: 'AES-GCM', iv: iv12 }, cbc, pt)));
  r.push(await rejects(s.encrypt({ name: 'AES-GCM', iv: 'x' }, gcm, pt)));
  r.push(await rejects(s.generateKey({ name: 'AES-GCM', length: 100 }, true, ['encrypt'])));
  r.push(await rejects(s.generateKey({ name: 'AES-GCM', length: 128 }, true, ['sign'])));
  r.push(await rejects(s.generateKey({ name: 'AES-KW', length: 128 }, true, ['encrypt'])));
  r.push(await rejects(s.generateKey({ name: 'AES-GCM', length: 128 }, true, [])));
  r.push(await rejects(s.importKey('raw', new Uint8Array(5), 'AES-GCM', true, ['encrypt'])));
  r.push(await rejects(s.importKey('raw', key16, 'AES-GCM', true, [])));
  r.push(await rejects(s.importKey('spki', key16, 'AES-GCM', true, ['encrypt'])));
  r.push(await rejects(s.importKey('jwk', { kty: 'oct', k: key16.toString('base64url'), alg: 'A128CBC' }, 'AES-GCM', true, ['encrypt'])));
  r.push(await rejects(s.importKey('jwk', { kty: 'oct', k: key16.toString('base64url'), use: 'sig' }, 'AES-GCM', true, ['encrypt'])));
  r.push(await rejects(s.importKey('jwk', { kty: 'oct', k: key16.toString('base64url'), ext: false }, 'AES-GCM', true, ['encrypt'])));
  r.push(await rejects(s.importKey('jwk', { kty: 'oct', k: key16.toString('base64url'), key_ops: ['decrypt'] }, 'AES-GCM', true, ['encrypt'])));
  r.push(await rejects(s.importKey('jwk', { kty: 'oct', k: key16.toString('base64url'), key_ops: ['encrypt', 'encrypt'] }, 'AES-GCM', true, ['encrypt'])));
  r.push(await rejects(s.importKey('jwk', { kty: 'RSA' }, 'AES-GCM', true, ['encrypt'])));
  r.push(await rejects(s.importKey('jwk', {}, 'AES-GCM', true, ['encrypt'])));
  r.push(await rejects(s.exportKey('raw', gcm)));
  r.push(await rejects(s.exportKey('spki', await s.generateKey({ name: 'AES-GCM', length: 128 }, true, ['encrypt']))));
  r.push(await rejects(s.exportKey('pkcs8', await s.generateKey({ name: 'AES-GCM', length: 128 }, true, ['encrypt']))));
  eq(r, [
    ['OperationError', 'The operation failed for an operation-specific reason'],
    ['OperationError', 'The operation failed for an operation-specific reason'],
    ['OperationError', 'The provided data is too small.'],
    ['OperationError', '100 is not a valid AES-GCM tag length'],
    ['OperationError', 'The operation failed for an operation-specific reason'],
    ['TypeError', "Failed to normalize algorithm: passed algorithm can not be converted to 'AesGcmParams' because 'iv' is required in 'AesGcmParams'."],
    ['OperationError', 'algorithm.iv must contain exactly 16 bytes'],
    ['OperationError', 'The operation failed for an operation-specific reason'],
    ['OperationError', 'The operation failed for an operation-specific reason'],
    ['OperationError', 'AES-CTR algorithm.length must be between 1 and 128'],
    ['OperationError', 'algorithm.counter must contain exactly 16 bytes'],
    ['OperationError', 'The operation failed for an operation-specific reason'],
    ['InvalidAccessError', 'The requested operation is not valid for the provided key'],
    ['InvalidAccessError', 'The requested operation is not valid for the provided key'],
    ['TypeError', "Failed to normalize algorithm: 'iv' of 'AesGcmParams' (passed algorithm) is not instance of ArrayBuffer, Buffer, TypedArray, or DataView."],
    ['OperationError', 'AES key length must be 128, 192, or 256 bits'],
    ['SyntaxError', 'Unsupported key usage for an AES key'],
    ['SyntaxError', 'Unsupported key usage for an AES key'],
    ['SyntaxError', 'Usages cannot be empty when creating a key.'],
    ['DataError', 'Invalid key length'],
    ['SyntaxError', 'Usages cannot be empty when importing a secret key.'],
    ['NotSupportedError', 'Unable to import AES key with format spki'],
    ['DataError', 'JWK "alg" does not match the requested algorithm'],
    ['DataError', 'Invalid JWK "use" Parameter'],
    ['DataError', 'JWK "ext" Parameter and extractable mismatch'],
    ['DataError', 'Key operations and usage mismatch'],
    ['DataError', 'Duplicate key operation'],
    ['DataError', 'Invalid JWK "kty" Parameter'],
    ['DataError', 'Invalid keyData'],
    ['InvalidAccessException', 'key is not extractable'],
    ['InvalidAccessError', 'Unable to export a raw AES-GCM secret key'],
    ['InvalidAccessError', 'Unable to export a pkcs8 AES-GCM secret key'],
  ]);
});
