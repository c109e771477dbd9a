'use strict';
// Web Crypto on P-384/P-521 and key agreement: ECDSA import/export of fixed keys and
// signatures made by node v20 (verified here), ECDH (P-256/384/521) and X25519
// deriveBits/deriveKey known answers computed once with node, import/export in every
// format, and the errors Node reports.
const { checkAsync, assert } = require('../check');
const { eq } = require('./_util');
const crypto = require('crypto');
const K = require('./_ec_keys');

const s = globalThis.crypto.subtle;
const msg = new TextEncoder().encode('webcrypto EC known answers');
const hex = (b) => Buffer.from(b).toString('hex');
const unhex = (h) => Buffer.from(h, 'hex');
const der = (pem) => crypto.createPrivateKey(pem).export({ format: 'der', type: 'pkcs8' });
const spki = (pem) => crypto.createPublicKey(pem).export({ format: 'der', type: 'spki' });
const kat = {
  'ecdsa': {
    'p384': {
      'jwk': {
        'key_ops': [
          'sign'
        ],
        'ext': true,
        'kty': 'EC',
        'x': 'FzLRAxgdDqPWxomnCFjHwAXdljBmUNx2HGSs7ZXTfJrb7KF0IbbTWY1zSkw_6odF',
        'y': '3alpkk9rEuVh7RxOdBUtXQjpkEXj9t4O7AghF7vzjUHThOJ-Ypf-IiDUsvpZNazI',
        'crv': 'P-384',
        'd': 'q5i2cvt4uU11SFn73lb5YuCGY-Xq2nbHoPomYDAz5NJ881vEsQhuuz1rHGTHXzjs'
      },
      'raw': '041732d103181d0ea3d6c689a70858c7c005dd96306650dc761c64aced95d37c9adbeca17421b6d3598d734a4c3fea8745dda969924f6b12e561ed1c4e74152d5d08e99045e3f6de0eec082117bbf38d41d384e27e6297fe2220d4b2fa5935acc8',
      'sigs': {
        'SHA-256': '4dc9b85480ec44b289fea173591c69f13f7dd3e429258342832547dd8e65bc76d4f303c58dde1f3ce7d72dfa8dd4726f261b45de3b09a4d171343fee86b5edf188e102ac01057c5e7be6ae8bb701cd56e73d7b21093a0bbbf049ecbd229610c3',
        'SHA-384': '41c1d2ef7d78dce0bd63ccb294ba2b5e3eb22c4fa40fecb49eb909d414695ae32b21831782f7673588156dd4747cfd0d9a3c2a11c94537cebbe0a96f02c49d5f31609d465a43b9721f1f46fbef1138728c3543de886b67acfa3e4eb43c58e293',
        'SHA-512': 'c805263214631c5b34187aab19f8395230352f8f1118ea988c2607c9bed3de0bd57a8dc7ede6131772c40c23c7bbe8ad63433d69902413e4717e210180899fb2b7db7cdb7ba040b84e472cbee1939931c416b2a5c56268bd684a43536969387e'
      }
    },
    'p521': {
      'jwk': {
        'key_ops': [
          'sign'
        ],
        'ext': true,
        'kty': 'EC',
        'x': 'AQ9fKw6gmt9cnqh-npkGusKA5Wq7kDpU5fZXcZacu133MZDmXj_66nr-KsueZTLRjF3jzv8qAqEdT-6SA7layDm3',
        'y': 'AJMWH0Jd5ZnVhJXpX1FcIEzn4BaqXjmOvf09NGnobL6NcHBuISMNuh6p6Hi3_jTJYyRAibPCTcTi3G82_P-mz_Oo',
        'crv': 'P-521',
        'd': 'ACyBraflnENIklouQLTAyE6l2euXk7f8dUBH4kS6Osq7_rD3oRy8PHHgqAv8zVawWEupJAzHM78BgG5m3dI2QpDL'
      },
      'raw': '04010f5f2b0ea09adf5c9ea87e9e9906bac280e56abb903a54e5f65771969cbb5df73190e65e3ffaea7afe2acb9e6532d18c5de3ceff2a02a11d4fee9203b95ac839b70093161f425de599d58495e95f515c204ce7e016aa5e398ebdfd3d3469e86cbe8d70706e21230dba1ea9e878b7fe34c963244089b3c24dc4e2dc6f36fcffa6cff3a8',
      'sigs': {
        'SHA-256': '0168fa970e07a2b17e13853d79378aff5edf6ce202a4e51720c5395c0b5a794f6a7fd9cc5336740cd852bdf7ceb272abe262125cbb776b05929269de24d1d6932d43007f3e6989f43f141e23c86ed6c5d4463d661a1ad2df5098480fdb4d4dd72456fa74340e8abe9080db11f1286bf5f9c604ed22a1781e60ac6b3dd5610ddc07cd68c3',
        'SHA-384': '012c5cc5624a59a5d3f583e3761449f13a01d51ffb86cd4cba4a86db148eaf718aa35d7737eb406aa191ac3de3f9c6c95de1aab6d943152999f151fe569f137bcb1601d49520424dfe44bf2b06a34d7507438c4b40ba6aec5601d92045b3d8a7cc5ebcf44cb3b8d2e89daf3a90bf526f0d459985a6199eb036eff7871105ec49581b6c56',
        'SHA-512': '001eb06e8185fee6ce00fc7c8b143b75c7acd733ae574c57748d6e03462b002f4347300619ec8bd70cf13d8fe9bf3e59d33d7ae887f807c2f09f605636ef0c7dd48a0047c50fe70d0e8b5b39eb8f038ce8d6becb126ccd3c18e5bb9b2b7c4fb5f5de870aa5c962b814d0ede90f845d9f6dea347e2182134a90a57abc6c5744c13acbbe64'
      }
    }
  },
  'ecdh': {
    'p384': {
      'bRaw': '041e6f194986f679af8921371536821f90f146681536149b7c95ccacf9085448a585aea8675802a329143a0e058766364493446af2298797e3f88d4c5dff1e0f9e112d3d2d4be79f19fb88212efe63aacbc9be4657fceee5f4ba83ec8ad26fb5ca',
      'full': '0b6170e6ae73c176a330efc6c0759c8dd798a27b31c2939060c132806beb6358133f26b5bd897208786abc4e052c5be0',
      'b128': '0b6170e6ae73c176a330efc6c0759c8d',
      'b12': '0b60'
    },
    'p521': {
      'bRaw': '04005cb1fd93ab8babae8b583ac863b72211272093ab3d5166a50a2f6fc7d7d5010ff4319a648471ffc0f8b4615ce9dcb8b0477f75acbfa6748aec99414a6ca94638c4019bfc059591a6cb7b2476935306a143a4a9404a229272c62583028c05cb102bb9f46d4f0e0092c7e9bc894eead46dc2ed3754d6de7fa5627b1e86a800d9c48f8690',
      'full': '01f048747db159aed2898a761c2fd0668aa98c091fa96143267fb2507294e92c750936ac0d378f832fa8945dfd717d4d025bb727fbc0ea3dabecabddf08856b1c541',
      'b128': '01f048747db159aed2898a761c2fd066',
      'b12': '01f0'
    }
  },
  'x': {
    'aJwk': {
      'key_ops': [
        'deriveBits',
        'deriveKey'
      ],
      'ext': true,
      'crv': 'X25519',
      'd': 'WL1XZgY3YYACHMuPTdt06jXgVvynYMqc3N3RhRYVsHM',
      'x': 'oMPFreQp17l-PuF6t9jz7blDWKYd5wjHqr_baMg9NmU',
      'kty': 'OKP'
    },
    'bRaw': '734c45a8b08e76904576a24a61997241c68c6a8491785afc9aefad890439991b',
    'bSpki': '302a300506032b656e032100734c45a8b08e76904576a24a61997241c68c6a8491785afc9aefad890439991b',
    'full': '156b248e2ae6ab0f27b3b200e55a0e54ea93d66ae94c37d56016e9be877c087a',
    'b100': '156b248e2ae6ab0f27b3b200e0',
    'aes': '156b248e2ae6ab0f27b3b200e55a0e54'
  }
};

async function rejects(p) {
  try {
    await p;
  } catch (e) {
    return [e.name, e.message];
  }
  return 'resolved';
}

for (const [n, crv, sigLen] of [['p384', 'P-384', 96], ['p521', 'P-521', 132]]) {
  const alg = { name: 'ECDSA', namedCurve: crv };
  checkAsync(`ECDSA ${crv}: import every format, export, verify node's signatures`, async () => {
    const priv = await s.importKey('pkcs8', der(K[`${n}Priv`]), alg, true, ['sign']);
    eq(priv.algorithm, alg);
    eq(await s.exportKey('jwk', priv), kat.ecdsa[n].jwk);
    eq(hex(await s.exportKey('pkcs8', priv)), hex(der(K[`${n}Priv`])));
    const { x, y } = kat.ecdsa[n].jwk;
    const pubs = [
      await s.importKey('raw', unhex(kat.ecdsa[n].raw), alg, true, ['verify']),
      await s.importKey('spki', spki(K[`${n}Pub`]), alg, true, ['verify']),
      await s.importKey('jwk', { kty: 'EC', crv, x, y }, alg, true, ['verify']),
    ];
    for (const pub of pubs) {
      eq(hex(await s.exportKey('raw', pub)), kat.ecdsa[n].raw);
      eq(hex(await s.exportKey('spki', pub)), hex(spki(K[`${n}Pub`])));
      eq(await s.exportKey('jwk', pub), { key_ops: ['verify'], ext: true, kty: 'EC', x, y, crv });
      for (const h of ['SHA-256', 'SHA-384', 'SHA-512']) {
        eq(await s.verify({ name: 'ECDSA', hash: h }, pub, unhex(kat.ecdsa[n].sigs[h]), msg), true);
        eq(await s.verify({ name: 'ECDSA', hash: h }, pub, unhex(kat.ecdsa[n].sigs[h]), msg.subarray(1)), false);
      }
    }
    // A compressed point imports too, and exports uncompressed.
    const compressed = crypto.ECDH.convertKey(unhex(kat.ecdsa[n].raw), n === 'p384' ? 'secp384r1' : 'secp521r1', null, null, 'compressed');
    eq(hex(await s.exportKey('raw', await s.importKey('raw', compressed, alg, true, ['verify']))), kat.ecdsa[n].raw);
  });

  checkAsync(`ECDSA ${crv}: generateKey, sign/verify, node verifies ours`, async () => {
    const k = await s.generateKey(alg, true, ['sign', 'verify']);
    eq([k.publicKey.algorithm, k.privateKey.usages, k.publicKey.usages], [alg, ['sign'], ['verify']]);
    for (const h of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
      const sig = await s.sign({ name: 'ECDSA', hash: h }, k.privateKey, msg);
      eq([sig.byteLength, await s.verify({ name: 'ECDSA', hash: h }, k.publicKey, sig, msg)], [sigLen, true]);
      const pub = crypto.KeyObject.from(k.publicKey);
      eq(crypto.verify(h.replace('-', ''), msg, { key: pub, dsaEncoding: 'ieee-p1363' }, Buffer.from(sig)), true);
    }
  });
}

for (const [n, crv] of [['p384', 'P-384'], ['p521', 'P-521']]) {
  const alg = { name: 'ECDH', namedCurve: crv };
  checkAsync(`ECDH ${crv}: deriveBits known answers`, async () => {
    const a = await s.importKey('pkcs8', der(K[`${n}Priv`]), alg, false, ['deriveBits', 'deriveKey']);
    const b = await s.importKey('raw', unhex(kat.ecdh[n].bRaw), alg, true, []);
    eq([a.algorithm, a.usages, b.usages, b.type], [alg, ['deriveBits', 'deriveKey'], [], 'public']);
    eq(hex(await s.deriveBits({ name: 'ECDH', public: b }, a, null)), kat.ecdh[n].full);
    eq(hex(await s.deriveBits({ name: 'ECDH', public: b }, a)), kat.ecdh[n].full);
    eq(hex(await s.deriveBits({ name: 'ECDH', public: b }, a, 128)), kat.ecdh[n].b128);
    eq(hex(await s.deriveBits({ name: 'ECDH', public: b }, a, 12)), kat.ecdh[n].b12);
    eq(await rejects(s.deriveBits({ name: 'ECDH', public: b }, a, 8 * 200)), ['OperationError', 'derived bit length is too small']);
    // The other side, from a JWK private key, agrees.
    const bPriv = await s.importKey('pkcs8', der(K[`${n}bPriv`]), alg, true, ['deriveBits']);
    const bJwk = await s.exportKey('jwk', bPriv);
    eq([bJwk.crv, bJwk.key_ops, 'alg' in bJwk], [crv, ['deriveBits'], false]);
    const b2 = await s.importKey('jwk', bJwk, alg, false, ['deriveBits']);
    const aPub = await s.importKey('spki', spki(K[`${n}Pub`]), alg, false, []);
    eq(hex(await s.deriveBits({ name: 'ECDH', public: aPub }, b2, null)), kat.ecdh[n].full);
  });
}

checkAsync('ECDH P-256: generateKey, deriveKey (AES-GCM, HMAC), export formats', async () => {
  const alg = { name: 'ECDH', namedCurve: 'P-256' };
  const a = await s.generateKey(alg, true, ['deriveKey', 'deriveBits']);
  const b = await s.generateKey(alg, false, ['deriveBits']);
  eq([a.privateKey.usages, a.publicKey.usages, b.privateKey.usages], [['deriveKey', 'deriveBits'], [], ['deriveBits']]);
  const ab = await s.deriveBits({ name: 'ECDH', public: b.publicKey }, a.privateKey, 256);
  const ba = await s.deriveBits({ name: 'ECDH', public: a.publicKey }, b.privateKey, 256);
  eq(hex(ab), hex(ba));
  const aes = await s.deriveKey({ name: 'ECDH', public: b.publicKey }, a.privateKey, { name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  eq([aes.algorithm, hex(await s.exportKey('raw', aes))], [{ name: 'AES-GCM', length: 256 }, hex(ab)]);
  const hm = await s.deriveKey({ name: 'ECDH', public: b.publicKey }, a.privateKey,
    { name: 'HMAC', hash: 'SHA-256', length: 128 }, true, ['sign']);
  eq(hex(await s.exportKey('raw', hm)), hex(ab).slice(0, 32));
  eq(await rejects(s.deriveKey({ name: 'ECDH', public: b.publicKey }, a.privateKey, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign'])),
    ['OperationError', 'derived bit length is too small']);
  eq((await s.exportKey('raw', a.publicKey)).byteLength, 65);
  eq((await s.exportKey('spki', a.publicKey)).byteLength, 91);
  eq((await s.exportKey('jwk', a.privateKey)).crv, 'P-256');
  eq((await s.exportKey('pkcs8', a.privateKey)).byteLength > 0, true);
});

checkAsync('X25519: known answers, import/export, deriveKey', async () => {
  const a = await s.importKey('pkcs8', der(K.x1Priv), 'X25519', true, ['deriveBits', 'deriveKey']);
  eq([a.algorithm, a.type, a.usages], [{ name: 'X25519' }, 'private', ['deriveBits', 'deriveKey']]);
  eq(await s.exportKey('jwk', a), kat.x.aJwk);
  eq(hex(await s.exportKey('pkcs8', a)), hex(der(K.x1Priv)));
  const pubs = [
    await s.importKey('raw', unhex(kat.x.bRaw), 'X25519', true, []),
    await s.importKey('spki', unhex(kat.x.bSpki), { name: 'X25519' }, true, []),
    await s.importKey('jwk', { kty: 'OKP', crv: 'X25519', x: Buffer.from(kat.x.bRaw, 'hex').toString('base64url') }, 'X25519', true, []),
  ];
  for (const b of pubs) {
    eq([b.type, b.usages], ['public', []]);
    eq(hex(await s.exportKey('raw', b)), kat.x.bRaw);
    eq(hex(await s.exportKey('spki', b)), kat.x.bSpki);
    eq(hex(await s.deriveBits({ name: 'X25519', public: b }, a, null)), kat.x.full);
    eq(hex(await s.deriveBits({ name: 'X25519', public: b }, a, 100)), kat.x.b100);
  }
  const aes = await s.deriveKey({ name: 'X25519', public: pubs[0] }, a, { name: 'AES-GCM', length: 128 }, true, ['encrypt']);
  eq(hex(await s.exportKey('raw', aes)), kat.x.aes);
  const jwkPriv = await s.importKey('jwk', kat.x.aJwk, 'X25519', false, ['deriveBits']);
  eq(hex(await s.deriveBits({ name: 'X25519', public: pubs[1] }, jwkPriv, 256)), kat.x.full);
});

checkAsync('X25519: generateKey', async () => {
  const a = await s.generateKey('X25519', true, ['deriveBits']);
  const b = await s.generateKey({ name: 'X25519' }, false, ['deriveKey', 'deriveBits']);
  eq(Object.keys(a), ['privateKey', 'publicKey']);
  eq([a.publicKey.usages, a.privateKey.usages, b.privateKey.usages], [[], ['deriveBits'], ['deriveKey', 'deriveBits']]);
  const ab = await s.deriveBits({ name: 'X25519', public: b.publicKey }, a.privateKey, 256);
  const ba = await s.deriveBits({ name: 'X25519', public: a.publicKey }, b.privateKey, 256);
  eq([ab.byteLength, hex(ab) === hex(ba)], [32, true]);
  eq((await s.exportKey('jwk', a.privateKey)).crv, 'X25519');
});

checkAsync('ECDH/X25519 errors', async () => {
  const alg = { name: 'ECDH', namedCurve: 'P-384' };
  const a = await s.importKey('pkcs8', der(K.p384Priv), alg, false, ['deriveBits']);
  const b = await s.importKey('raw', unhex(kat.ecdh.p384.bRaw), alg, false, []);
  const p521 = await s.importKey('pkcs8', der(K.p521Priv), { name: 'ECDH', namedCurve: 'P-521' }, false, ['deriveBits']);
  const x = await s.importKey('pkcs8', der(K.x1Priv), 'X25519', false, ['deriveBits']);
  const xPub = await s.importKey('raw', unhex(kat.x.bRaw), 'X25519', false, []);
  const ecdsa = await s.importKey('spki', spki(K.p384Pub), { name: 'ECDSA', namedCurve: 'P-384' }, false, ['verify']);
  const r = [];
  r.push(await rejects(s.deriveBits({ name: 'ECDH', public: a }, a, 8)));
  r.push(await rejects(s.deriveBits({ name: 'ECDH', public: b }, b, 8)));
  r.push(await rejects(s.deriveBits({ name: 'ECDH', public: ecdsa }, a, 8)));
  r.push(await rejects(s.deriveBits({ name: 'ECDH', public: xPub }, a, 8)));
  r.push(await rejects(s.deriveBits({ name: 'ECDH', public: b }, p521, 8)));
  r.push(await rejects(s.deriveBits({ name: 'X25519', public: b }, x, 8)));
  r.push(await rejects(s.deriveBits({ name: 'X25519', public: xPub }, a, 8)));
  r.push(await rejects(s.deriveBits({ name: 'ECDH', public: b }, a, 8 * 49)));
  r.push(await rejects(s.generateKey(alg, true, ['sign'])));
  r.push(await rejects(s.generateKey({ name: 'ECDH', namedCurve: 'P-999' }, true, ['deriveBits'])));
  r.push(await rejects(s.generateKey('X25519', true, ['encrypt'])));
  r.push(await rejects(s.generateKey('X25519', true, [])));
  r.push(await rejects(s.importKey('raw', unhex(kat.ecdh.p384.bRaw), alg, true, ['deriveBits'])));
  r.push(await rejects(s.importKey('raw', unhex(kat.ecdh.p384.bRaw).subarray(1), alg, true, [])));
  r.push(await rejects(s.importKey('raw', unhex(kat.ecdh.p384.bRaw), { name: 'ECDH', namedCurve: 'P-521' }, true, [])));
  r.push(await rejects(s.importKey('pkcs8', der(K.p384Priv), { name: 'ECDH', namedCurve: 'P-521' }, true, ['deriveBits'])));
  r.push(await rejects(s.importKey('raw', new Uint8Array(31), 'X25519', true, [])));
  r.push(await rejects(s.importKey('jwk', { ...kat.x.aJwk, crv: 'Ed25519' }, 'X25519', true, ['deriveBits'])));
  r.push(await rejects(s.importKey('jwk', { ...kat.x.aJwk, use: 'sig' }, 'X25519', true, ['deriveBits'])));
  r.push(await rejects(s.importKey('jwk', { ...kat.ecdsa.p384.jwk, key_ops: undefined, use: 'sig' }, alg, true, ['deriveBits'])));
  r.push(await rejects(s.importKey('jwk', { ...kat.ecdsa.p384.jwk, key_ops: undefined }, { name: 'ECDSA', namedCurve: 'P-521' }, true, ['sign'])));
  r.push(await rejects(s.importKey('jwk', { ...kat.ecdsa.p384.jwk, key_ops: undefined, alg: 'ES256' }, { name: 'ECDSA', namedCurve: 'P-384' }, true, ['sign'])));
  r.push(await rejects(s.importKey('spki', unhex(kat.x.bSpki), { name: 'ECDH', namedCurve: 'P-384' }, true, [])));
  r.push(await rejects(s.importKey('spki', spki(K.p384Pub), 'X25519', true, [])));
  r.push(await rejects(s.exportKey('raw', a)));
  eq(r, [
    ['InvalidAccessError', 'algorithm.public must be a public key'],
    ['InvalidAccessError', 'baseKey does not have deriveBits usage'],
    ['InvalidAccessError', 'Keys must be ECDH, X25519, or X448 keys'],
    ['InvalidAccessError', 'The public and private keys must be of the same type'],
    ['InvalidAccessError', 'Named curve mismatch'],
    ['InvalidAccessError', 'The public and private keys must be of the same type'],
    ['InvalidAccessError', 'Key algorithm mismatch'],
    ['OperationError', 'derived bit length is too small'],
    ['SyntaxError', 'Unsupported key usage for an ECDH key'],
    ['NotSupportedError', 'Unrecognized namedCurve'],
    ['SyntaxError', 'Unsupported key usage for an X25519 key'],
    ['SyntaxError', 'Usages cannot be empty when creating a key.'],
    ['SyntaxError', 'Unsupported key usage for a ECDH key'],
    ['DataError', 'Invalid keyData'],
    ['DataError', 'Invalid keyData'],
    ['DataError', 'Named curve mismatch'],
    ['DataError', 'X25519 raw keys must be exactly 32-bytes'],
    ['DataError', 'JWK "crv" Parameter and algorithm name mismatch'],
    ['DataError', 'Invalid JWK "use" Parameter'],
    ['DataError', 'Invalid JWK "use" Parameter'],
    ['DataError', 'JWK "crv" does not match the requested algorithm'],
    ['DataError', 'JWK "alg" does not match the requested algorithm'],
    ['DataError', 'Invalid key type'],
    ['DataError', 'Invalid key type'],
    ['InvalidAccessException', 'key is not extractable'],
  ]);
  assert.ok(true);
});
