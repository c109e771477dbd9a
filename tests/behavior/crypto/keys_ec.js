'use strict';
// node:crypto EC keys on P-384 and P-521: parsing (PKCS#8, SEC1, SPKI, JWK), export
// (known answers computed once with node v20), ECDSA signatures made by node verified
// here (DER and IEEE P1363, SHA-1..SHA-512), sign/verify round trips, key generation
// and the errors Node throws for bad curves and bad JWKs.
const { check, checkAsync, assert } = require('../check');
const { eq, throwsLike } = require('./_util');
const crypto = require('crypto');
const K = require('./_ec_keys');

const msg = Buffer.from('P-384 and P-521 known answers');
const kat = {
  'p384': {
    'jwk': {
      'kty': 'EC',
      'x': 'FzLRAxgdDqPWxomnCFjHwAXdljBmUNx2HGSs7ZXTfJrb7KF0IbbTWY1zSkw_6odF',
      'y': '3alpkk9rEuVh7RxOdBUtXQjpkEXj9t4O7AghF7vzjUHThOJ-Ypf-IiDUsvpZNazI',
      'crv': 'P-384',
      'd': 'q5i2cvt4uU11SFn73lb5YuCGY-Xq2nbHoPomYDAz5NJ881vEsQhuuz1rHGTHXzjs'
    },
    'pkcs8': '3081b6020100301006072a8648ce3d020106052b8104002204819e30819b0201010430ab98b672fb78b94d754859fbde56f962e08663e5eada76c7a0fa26603033e4d27cf35bc4b1086ebb3d6b1c64c75f38eca164036200041732d103181d0ea3d6c689a70858c7c005dd96306650dc761c64aced95d37c9adbeca17421b6d3598d734a4c3fea8745dda969924f6b12e561ed1c4e74152d5d08e99045e3f6de0eec082117bbf38d41d384e27e6297fe2220d4b2fa5935acc8',
    'sec1': '3081a40201010430ab98b672fb78b94d754859fbde56f962e08663e5eada76c7a0fa26603033e4d27cf35bc4b1086ebb3d6b1c64c75f38eca00706052b81040022a164036200041732d103181d0ea3d6c689a70858c7c005dd96306650dc761c64aced95d37c9adbeca17421b6d3598d734a4c3fea8745dda969924f6b12e561ed1c4e74152d5d08e99045e3f6de0eec082117bbf38d41d384e27e6297fe2220d4b2fa5935acc8',
    'spki': '3076301006072a8648ce3d020106052b81040022036200041732d103181d0ea3d6c689a70858c7c005dd96306650dc761c64aced95d37c9adbeca17421b6d3598d734a4c3fea8745dda969924f6b12e561ed1c4e74152d5d08e99045e3f6de0eec082117bbf38d41d384e27e6297fe2220d4b2fa5935acc8',
    'sigs': {
      'sha1': {
        'der': '3066023100cf6dda222e0b334398532175ae3c8a38298349584dc07532a19e988a418c3b5556ac5088e1e3063736e2bb51461ab4db02310092e9b70c7b65c15bb5f301ecefb512d81d9c453f92a6ad70ddf1f0981a1e82ae4cad09e264395828bd729ba012598828',
        'p1363': 'ee214dc56d64eea9cd11109e65e7833d1148a0ce07616342e351e81e734ba27d9ce37f16bddec4f4d9e9d424c3483cb9cd5c3ad3dac0e4dc33326c192b262c413b79262ed4d9ce3dbd09c4192ae467c6e617cd35714cc53bf92aad57de00544e'
      },
      'sha256': {
        'der': '3065023045b9cd925796847775731a3767f9f3e7f67e8fdf921af80a3bf6d508d21ab86c9417984940148dc38656860affc50c7a023100945f3304ecf0d16e5f015f84ac730f30a0b3029bbc09dadc7ff5655465cf1eca85d443f62cba70475a944a272aa4b4ed',
        'p1363': '412a01ad49fd0943c314dc746cc103620d3c5d3e25d7b54d50c06f0264f84b1027a612dd203070b4e587d3695805b16a5a74b9d477d35b6500902373bf6b111b52c0b24873fbf89a48db7f396af4042cd070280df6ea38c41dc26475d3f82321'
      },
      'sha384': {
        'der': '306502307d3ac924db87d9effd3d79b3f1fa0e0e55d01a1d481223ef756e098d1b59f43b8c93a56e45efd6f6b5a4b30ec4ed22bd023100804f2a39653c9921692fde11d572a1424baa632abae9f107dc7ae3d645fb48a1caa9fd48be43a500197b480982645fa0',
        'p1363': '87f0a5d59ab0b6655fb71df97d1266b303a33b3b345fa69acb8f47f9715584a07e929d6be05c9d397c0a08134da923a6b2e5e31412c2ef1550a034c57435d05f9bf4257300ce4491e58aa7a15ad482c99a09602454070136409632167172374b'
      },
      'sha512': {
        'der': '3066023100a8bcd22110caa574752a77d4722044c3d4686f0362df8ca4a692afbd35f26023bc70736e706782a8791c1bc96fa7e358023100f288800514b518473a99b7042aee35334a4456c0d718379ef08504299b00470627019e596555b8b5a30ba42a4a3b8cec',
        'p1363': '6f73f1390054b4295bcfec187d710a0a0a379fe47629c64042a7d39f03e1eafa676f36b6b74fbaff7c1e765411578fd3dcfa7862903cd6ff47c57e1b1404d2a1d5c3c6d343c208f5427b529fa873aa7a5f2005cc0abc8a7c9ab219aa36b18701'
      }
    }
  },
  'p521': {
    'jwk': {
      'kty': 'EC',
      'x': 'AQ9fKw6gmt9cnqh-npkGusKA5Wq7kDpU5fZXcZacu133MZDmXj_66nr-KsueZTLRjF3jzv8qAqEdT-6SA7layDm3',
      'y': 'AJMWH0Jd5ZnVhJXpX1FcIEzn4BaqXjmOvf09NGnobL6NcHBuISMNuh6p6Hi3_jTJYyRAibPCTcTi3G82_P-mz_Oo',
      'crv': 'P-521',
      'd': 'ACyBraflnENIklouQLTAyE6l2euXk7f8dUBH4kS6Osq7_rD3oRy8PHHgqAv8zVawWEupJAzHM78BgG5m3dI2QpDL'
    },
    'pkcs8': '3081ee020100301006072a8648ce3d020106052b810400230481d63081d30201010442002c81ada7e59c4348925a2e40b4c0c84ea5d9eb9793b7fc754047e244ba3acabbfeb0f7a11cbc3c71e0a80bfccd56b0584ba9240cc733bf01806e66ddd2364290cba181890381860004010f5f2b0ea09adf5c9ea87e9e9906bac280e56abb903a54e5f65771969cbb5df73190e65e3ffaea7afe2acb9e6532d18c5de3ceff2a02a11d4fee9203b95ac839b70093161f425de599d58495e95f515c204ce7e016aa5e398ebdfd3d3469e86cbe8d70706e21230dba1ea9e878b7fe34c963244089b3c24dc4e2dc6f36fcffa6cff3a8',
    'sec1': '3081dc0201010442002c81ada7e59c4348925a2e40b4c0c84ea5d9eb9793b7fc754047e244ba3acabbfeb0f7a11cbc3c71e0a80bfccd56b0584ba9240cc733bf01806e66ddd2364290cba00706052b81040023a181890381860004010f5f2b0ea09adf5c9ea87e9e9906bac280e56abb903a54e5f65771969cbb5df73190e65e3ffaea7afe2acb9e6532d18c5de3ceff2a02a11d4fee9203b95ac839b70093161f425de599d58495e95f515c204ce7e016aa5e398ebdfd3d3469e86cbe8d70706e21230dba1ea9e878b7fe34c963244089b3c24dc4e2dc6f36fcffa6cff3a8',
    'spki': '30819b301006072a8648ce3d020106052b810400230381860004010f5f2b0ea09adf5c9ea87e9e9906bac280e56abb903a54e5f65771969cbb5df73190e65e3ffaea7afe2acb9e6532d18c5de3ceff2a02a11d4fee9203b95ac839b70093161f425de599d58495e95f515c204ce7e016aa5e398ebdfd3d3469e86cbe8d70706e21230dba1ea9e878b7fe34c963244089b3c24dc4e2dc6f36fcffa6cff3a8',
    'sigs': {
      'sha1': {
        'der': '308187024200eaa236aaa92fc67dd0ae7360fcf4639343f8a3d77d7441ce6fd341c70ae2b89bdd18ee58fc61d02883dbcd656bb8d44b3c48733e4edc79fe1c78d3bef1bf08500e02410ab05ce80160d09d4d1f2207bc530b2cbb3afc527ec83118e2e0901666fd5e1f6a391037297a5fe8bf02e50f57f931f1a206cefc3fd2eb815b14e922ca9f56f177',
        'p1363': '0035b744365dbfe937633beaa352496fd423cbe87ed91f2e98db447371e11f5f1034cad41a395c355cbcda9eed3bf1ac838f409dea036cd436f1bb4c71b8f2ff2fa501deeff8780793525f4f7c9dc280dd821a84ae02b48c3d88d1c2bd5c058c335c5a66e79b2b7d82d2d64fdcbcb7b1c30d50107029802bcae992672d855d535afa360c'
      },
      'sha256': {
        'der': '308188024200be584c7e10c73112e9f95b3e25f06f6b9683a8e110f96dea7d9b59e33f23c5b801792dec45d6063831405729726b7b60078220bbb5bd8549d49ce784a4d5082eb50242013be8f6cd6dd37b759b1f8d828113b22f7b5a6e8228c3a4bd93535488effec12ba92ed8a1c6d49bc98055734d4002289c7325281931e22ab745b746ca8b5ac6744e',
        'p1363': '00fd6b83a67bc4a5c03eb854bcb0f78b4d4873a9b9a45b70859a09061e82a4c8e6e748eb766e8ec7e88a26a085a8b50b02edb444b0ed06d9322ed7b902d5e79ea52c00a53ae9892b8d393aa7004c2891fd8ed3f82aa4bacac9b6b744cd5c4bae1ed3dddea99534d8ef65fe4f5b1e66fb06e13575fcf3776fd3d60418b41d2231e3807828'
      },
      'sha384': {
        'der': '30818702420137a09f2e82f956a1dda1d48ed6791ea65533ae4f2f5665940c3d320aefcd5486b178d3140280719c3d60a4e6d5b7afdbbf065200a9fbd7b4f8822ac9a677722a5902417ff52e3fd600475cf40e4b585f551ddc8ece4e913ad93dee5f6c4f8448d93c81dbdea205dcd5701cf26b6203320162fd1ea31f1f82305d8826bc8a75fa7842ce21',
        'p1363': '01ae8a856bf99bd50d21ca25025093a5540d146c57871eea49d61e9a60fb1d35e341748b51c409d19ca64c17303cb9d13c9afc2d3a3bca4f3b49bd8bab119ca8d7cf00e86e07871ec2c8df4aaf55c66a60210545b56e8618291e2599d1f2bf4f0d568897b98af82a0f89d835eaf1aa027904e9c959a7763e09a0bd13090d70e76db6b706'
      },
      'sha512': {
        'der': '3081880242013c52081b285d2e55a009100983fc22fe301e85461f58aefc6baad8d133de50398ee67e00bdd52f5f679580a60305bd4b24f82babb3e752964dc5f5d46a436a638c024200b5f5cfaf7d57e16eac559a08b5a2608da6a723c59334f1e6fde899e848447e40aadfcc7ce55af96b3db6b3b5cd59bef5fe8c4a82e96baf234ba4c6c7a390cdb796',
        'p1363': '000ea3ed574ba34827b1cd5cda41adff44cd0025d217dae503a3761119c3f5ad10a11b222f88d85895b148047ebe82f429348f31c800ebc68cc41c1fedddbff4fbfa00b7686d069cd6d15b7bdbbda8202e5bf25f0f49b1cb3cc75430eb6e61295faa225e219b77d1c6c6d9e3d94ac88a008a3181cec5111b036636ca5621015b87b530d2'
      }
    }
  }
};
const curveNames = { p384: ['P-384', 'secp384r1', 96], p521: ['P-521', 'secp521r1', 132] };

for (const n of ['p384', 'p521']) {
  const [nist, ossl, sigLen] = curveNames[n];
  const priv = crypto.createPrivateKey(K[`${n}Priv`]);
  const pub = crypto.createPublicKey(K[`${n}Pub`]);

  check(`${nist}: key types and details`, () => {
    eq([priv.type, priv.asymmetricKeyType, priv.asymmetricKeyDetails], ['private', 'ec', { namedCurve: ossl }]);
    eq([pub.type, pub.asymmetricKeyType, pub.asymmetricKeyDetails], ['public', 'ec', { namedCurve: ossl }]);
  });

  check(`${nist}: export pkcs8/sec1/spki/jwk/pem`, () => {
    eq(priv.export({ format: 'der', type: 'pkcs8' }).toString('hex'), kat[n].pkcs8);
    eq(priv.export({ format: 'der', type: 'sec1' }).toString('hex'), kat[n].sec1);
    eq(pub.export({ format: 'der', type: 'spki' }).toString('hex'), kat[n].spki);
    eq(priv.export({ format: 'jwk' }), kat[n].jwk);
    const { d, ...pubJwk } = kat[n].jwk;
    eq(pub.export({ format: 'jwk' }), pubJwk);
    eq(d.length > 0, true);
    eq(priv.export({ format: 'pem', type: 'pkcs8' }), K[`${n}Priv`]);
    eq(priv.export({ format: 'pem', type: 'sec1' }), K[`${n}Sec1`]);
    eq(pub.export({ format: 'pem', type: 'spki' }), K[`${n}Pub`]);
    eq(crypto.createPublicKey(priv).export({ format: 'pem', type: 'spki' }), K[`${n}Pub`]);
  });

  check(`${nist}: import from every format gives the same key`, () => {
    const der = (hex, type) => ({ key: Buffer.from(hex, 'hex'), format: 'der', type });
    const privs = [
      crypto.createPrivateKey(der(kat[n].pkcs8, 'pkcs8')),
      crypto.createPrivateKey(der(kat[n].sec1, 'sec1')),
      crypto.createPrivateKey(K[`${n}Sec1`]),
      crypto.createPrivateKey({ key: kat[n].jwk, format: 'jwk' }),
    ];
    for (const k of privs) eq(k.equals(priv), true);
    const { d, ...pubJwk } = kat[n].jwk;
    const pubs = [
      crypto.createPublicKey(der(kat[n].spki, 'spki')),
      crypto.createPublicKey({ key: pubJwk, format: 'jwk' }),
      crypto.createPublicKey({ key: kat[n].jwk, format: 'jwk' }),
      crypto.createPublicKey(K[`${n}Priv`]),
    ];
    for (const k of pubs) eq([k.type, k.equals(pub)], ['public', true]);
    eq(pub.equals(crypto.createPublicKey(K[n === 'p384' ? 'p521Pub' : 'p384Pub'])), false);
  });

  check(`${nist}: verify signatures made by node`, () => {
    for (const h of ['sha1', 'sha256', 'sha384', 'sha512']) {
      const { der, p1363 } = kat[n].sigs[h];
      eq(crypto.verify(h, msg, pub, Buffer.from(der, 'hex')), true);
      eq(crypto.verify(h, msg, { key: pub, dsaEncoding: 'ieee-p1363' }, Buffer.from(p1363, 'hex')), true);
      eq(crypto.verify(h, Buffer.from('other'), pub, Buffer.from(der, 'hex')), false);
      eq(crypto.verify(h, msg, { key: pub, dsaEncoding: 'ieee-p1363' }, Buffer.from(der, 'hex')), false);
      const v = crypto.createVerify(h.toUpperCase());
      v.update(msg.subarray(0, 5));
      v.update(msg.subarray(5));
      eq(v.verify(K[`${n}Pub`], der, 'hex'), true);
    }
  });

  check(`${nist}: sign/verify round trips, DER and P1363`, () => {
    for (const h of ['sha1', 'sha256', 'sha384', 'sha512', null]) {
      const der = crypto.sign(h, msg, priv);
      eq([der[0], crypto.verify(h, msg, pub, der)], [0x30, true]);
      const p = crypto.sign(h, msg, { key: K[`${n}Priv`], dsaEncoding: 'ieee-p1363' });
      eq([p.length, crypto.verify(h, msg, { key: pub, dsaEncoding: 'ieee-p1363' }, p)], [sigLen, true]);
      eq(crypto.verify(h, msg, { key: pub, dsaEncoding: 'ieee-p1363' }, p.subarray(1)), false);
    }
    const s = crypto.createSign('sha384').update(msg).sign({ key: priv, dsaEncoding: 'ieee-p1363' });
    eq(crypto.createVerify('sha384').update(msg).verify({ key: pub, dsaEncoding: 'ieee-p1363' }, s), true);
  });

  checkAsync(`${nist}: async sign/verify`, async () => {
    const sig = await new Promise((res, rej) => crypto.sign('sha512', msg, priv, (e, v) => (e ? rej(e) : res(v))));
    const ok = await new Promise((res, rej) => crypto.verify('sha512', msg, pub, sig, (e, v) => (e ? rej(e) : res(v))));
    eq(ok, true);
  });

  check(`${nist}: generateKeyPairSync with each curve name`, () => {
    for (const name of [nist, ossl]) {
      const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: name });
      eq([privateKey.asymmetricKeyDetails, publicKey.asymmetricKeyDetails], [{ namedCurve: ossl }, { namedCurve: ossl }]);
      const sig = crypto.sign('sha256', msg, privateKey);
      eq(crypto.verify('sha256', msg, publicKey, sig), true);
      eq(crypto.createPublicKey(privateKey).equals(publicKey), true);
    }
    const enc = crypto.generateKeyPairSync('ec', {
      namedCurve: nist,
      publicKeyEncoding: { format: 'jwk' },
      privateKeyEncoding: { format: 'pem', type: 'sec1' },
    });
    eq([enc.publicKey.crv, enc.privateKey.startsWith('-----BEGIN EC PRIVATE KEY-----')], [nist, true]);
    eq(crypto.createPrivateKey(enc.privateKey).export({ format: 'jwk' }).x, enc.publicKey.x);
  });

  checkAsync(`${nist}: generateKeyPair (async)`, async () => {
    const [pubDer, privDer] = await new Promise((res, rej) => crypto.generateKeyPair('ec', {
      namedCurve: ossl,
      publicKeyEncoding: { format: 'der', type: 'spki' },
      privateKeyEncoding: { format: 'der', type: 'pkcs8' },
    }, (e, a, b) => (e ? rej(e) : res([a, b]))));
    const k = crypto.createPrivateKey({ key: privDer, format: 'der', type: 'pkcs8' });
    eq(crypto.createPublicKey(k).export({ format: 'der', type: 'spki' }).equals(pubDer), true);
  });
}

check('curve and JWK errors', () => {
  throwsLike(() => crypto.generateKeyPairSync('ec', { namedCurve: 'P-999' }), 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
  throwsLike(() => crypto.generateKeyPairSync('ec', { namedCurve: 'p-384' }), 'ERR_CRYPTO_INVALID_CURVE');
  const jwk = kat.p384.jwk;
  throwsLike(() => crypto.createPublicKey({ key: { ...jwk, crv: 'P-999' }, format: 'jwk' }), 'ERR_INVALID_ARG_VALUE',
    "The property 'key.crv' must be one of: 'P-256', 'secp256k1', 'P-384', 'P-521'. Received 'P-999'");
  // A P-384 point is not a P-521 point; x must be on the curve.
  throwsLike(() => crypto.createPublicKey({ key: { ...jwk, crv: 'P-521' }, format: 'jwk' }), 'ERR_CRYPTO_INVALID_JWK', 'Invalid JWK EC key');
  throwsLike(() => crypto.createPublicKey({ key: { ...jwk, x: kat.p384.jwk.y }, format: 'jwk' }), 'ERR_CRYPTO_INVALID_JWK', 'Invalid JWK EC key');
  assert.ok(crypto.getCurves().includes('secp384r1') && crypto.getCurves().includes('secp521r1'));
});
