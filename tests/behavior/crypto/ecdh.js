'use strict';
// node:crypto key agreement: createECDH on P-256/384/521 (fixed private keys, public
// keys in every format and shared secrets computed once with node v20),
// ECDH.convertKey, crypto.diffieHellman for EC and X25519 KeyObjects, X25519 key
// generation/encodings, and Node's errors for bad curves, keys and lengths.
const { check, checkAsync, assert } = require('../check');
const { eq, throwsLike } = require('./_util');
const crypto = require('crypto');
const K = require('./_ec_keys');

const kat = {
  'ecdh': {
    'prime256v1': {
      'a': '0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a',
      'b': '0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b',
      'aPub': '049d346aabe1466db5006749ae5251f75912a2336b5022540f29f1dbdc98ea32362c1296b7027bb59214d597177b7cc90ecc72aebea2729b16180bba89c87c8757',
      'aPubC': '039d346aabe1466db5006749ae5251f75912a2336b5022540f29f1dbdc98ea3236',
      'aPubH': '079d346aabe1466db5006749ae5251f75912a2336b5022540f29f1dbdc98ea32362c1296b7027bb59214d597177b7cc90ecc72aebea2729b16180bba89c87c8757',
      'bPubC': '03209c317b637935dd3da1c54f63495dfb31f97d293df085710320595c9aacb83f',
      'aPriv': '0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a',
      'secret': 'c913480d3b44a2f534e841448027b21216fbb27d2428468b902886822d3361ba'
    },
    'secp384r1': {
      'a': '1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c',
      'b': '2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d',
      'aPub': '0403ab856cd105d9fbd803a9b36f683f921fa5c75f7343f4bfe420ce1741e35304c0e217c363c69256eb948657ce73903fd6a1db9b828ce7b6208ea4bd2ada25466b1a0999224416811755f67390d9a68adbbb3a3d239ece343cdaf23d06c5fb5f',
      'aPubC': '0303ab856cd105d9fbd803a9b36f683f921fa5c75f7343f4bfe420ce1741e35304c0e217c363c69256eb948657ce73903f',
      'aPubH': '0703ab856cd105d9fbd803a9b36f683f921fa5c75f7343f4bfe420ce1741e35304c0e217c363c69256eb948657ce73903fd6a1db9b828ce7b6208ea4bd2ada25466b1a0999224416811755f67390d9a68adbbb3a3d239ece343cdaf23d06c5fb5f',
      'bPubC': '03a4a00d48c26d68ddf5c9d0c8f03d63ac84e4e4491042c3b7b375ff9a6d525e4b475d9c3bf3c2740c02578556d06e0c71',
      'aPriv': '1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c',
      'secret': '01e3703e3f2e7dc3f8a2f667a0d9fa351a1b717a765ac56bf8bdf7bcd6b73b6674d4098e0f9e78e15073bdcfd85d9815'
    },
    'secp521r1': {
      'a': '003e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e',
      'b': '014f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f',
      'aPub': '0401d0d98bc77c481ecb7b7a88d84a6bc672410acbd318d6c3f48b314707145b66643f118c111b5ee683ed54b3afde2f33b5a2bf999e64784a274d8b4182b781b942380104887c7aad1162dd570a786ada308ee4f4645c04f724a089c6d1af09c13f5f5b141872f31defea35309bd1218c87e829946aa5446dd429d0001d2753b27f934b4e',
      'aPubC': '0201d0d98bc77c481ecb7b7a88d84a6bc672410acbd318d6c3f48b314707145b66643f118c111b5ee683ed54b3afde2f33b5a2bf999e64784a274d8b4182b781b94238',
      'aPubH': '0601d0d98bc77c481ecb7b7a88d84a6bc672410acbd318d6c3f48b314707145b66643f118c111b5ee683ed54b3afde2f33b5a2bf999e64784a274d8b4182b781b942380104887c7aad1162dd570a786ada308ee4f4645c04f724a089c6d1af09c13f5f5b141872f31defea35309bd1218c87e829946aa5446dd429d0001d2753b27f934b4e',
      'bPubC': '030038df143bc1e87808a4be881ec4019b351b5deafee55e2ff5805d41a7befb16c8e80ad18f7ffb5747d2d9b511c230a0bd08c750c42a34fff105ebc0d6f35431e37d',
      'aPriv': '3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e',
      'secret': '0046a5a7c40ad213bbb34d9102956744cb4f053b0e6ae328f5848b6d7e42539666850033e6e53129824fe5a0760e291477259925440329431a71ae3892e43692b32a'
    }
  },
  'dh': {
    'p384': '0b6170e6ae73c176a330efc6c0759c8dd798a27b31c2939060c132806beb6358133f26b5bd897208786abc4e052c5be0',
    'p521': '01f048747db159aed2898a761c2fd0668aa98c091fa96143267fb2507294e92c750936ac0d378f832fa8945dfd717d4d025bb727fbc0ea3dabecabddf08856b1c541'
  },
  'x': {
    'secret': '156b248e2ae6ab0f27b3b200e55a0e54ea93d66ae94c37d56016e9be877c087a',
    'jwk1': {
      'crv': 'X25519',
      'd': 'WL1XZgY3YYACHMuPTdt06jXgVvynYMqc3N3RhRYVsHM',
      'x': 'oMPFreQp17l-PuF6t9jz7blDWKYd5wjHqr_baMg9NmU',
      'kty': 'OKP'
    },
    'spki1': '302a300506032b656e032100a0c3c5ade429d7b97e3ee17ab7d8f3edb94358a61de708c7aabfdb68c83d3665',
    'pkcs8_1': '302e020100300506032b656e0422042058bd576606376180021ccb8f4ddb74ea35e056fca760ca9cdcddd1851615b073'
  }
};

for (const [curve, v] of Object.entries(kat.ecdh)) {
  check(`ECDH ${curve}: fixed keys, formats and shared secret`, () => {
    const a = crypto.createECDH(curve);
    eq(a.setPrivateKey(v.a, 'hex'), a);
    eq(a.getPublicKey('hex'), v.aPub);
    eq(a.getPublicKey('hex', 'uncompressed'), v.aPub);
    eq(a.getPublicKey('hex', 'compressed'), v.aPubC);
    eq(a.getPublicKey('hex', 'hybrid'), v.aPubH);
    eq(a.getPublicKey().toString('hex'), v.aPub);
    eq(a.getPublicKey('base64'), Buffer.from(v.aPub, 'hex').toString('base64'));
    eq(a.getPrivateKey('hex'), v.aPriv);
    eq(a.getPrivateKey().toString('hex'), v.aPriv);
    const b = crypto.createECDH(curve);
    b.setPrivateKey(Buffer.from(v.b, 'hex'));
    eq(b.getPublicKey('hex', 'compressed'), v.bPubC);
    eq(a.computeSecret(b.getPublicKey()).toString('hex'), v.secret);
    eq(a.computeSecret(v.bPubC, 'hex', 'hex'), v.secret);
    eq(b.computeSecret(a.getPublicKey(null, 'hybrid')).toString('hex'), v.secret);
    eq(b.computeSecret(v.aPubC, 'hex', 'base64'), Buffer.from(v.secret, 'hex').toString('base64'));
  });

  check(`ECDH ${curve}: generateKeys and convertKey`, () => {
    const a = crypto.createECDH(curve);
    const pub = a.generateKeys();
    eq(pub.equals(a.getPublicKey()), true);
    eq(a.generateKeys('hex', 'compressed').length, (v.bPubC.length));
    const b = new crypto.ECDH(curve);
    b.generateKeys();
    eq(a.computeSecret(b.getPublicKey()).equals(b.computeSecret(a.getPublicKey())), true);
    eq(crypto.ECDH.convertKey(v.aPub, curve, 'hex', 'hex', 'compressed'), v.aPubC);
    eq(crypto.ECDH.convertKey(v.aPubC, curve, 'hex', 'hex'), v.aPub);
    eq(crypto.ECDH.convertKey(Buffer.from(v.aPubC, 'hex'), curve, null, 'hex', 'hybrid'), v.aPubH);
    eq(crypto.ECDH.convertKey(v.aPubH, curve, 'hex').toString('hex'), v.aPub);
    eq(crypto.ECDH.convertKey(v.aPubC, curve, 'hex', 'buffer', 'uncompressed').toString('hex'), v.aPub);
  });
}

check('ECDH: leading zeros of private keys are not kept (BN_bn2bin)', () => {
  const a = crypto.createECDH('prime256v1');
  a.setPrivateKey(Buffer.from('01', 'hex'));
  eq(a.getPrivateKey('hex'), '01');
  eq(a.getPublicKey('hex', 'compressed'), '036b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296');
  a.setPrivateKey(Buffer.from('000000' + '0a'.repeat(32), 'hex'));
  eq(a.getPublicKey('hex'), kat.ecdh.prime256v1.aPub);
  const p = crypto.createECDH('secp521r1');
  p.setPrivateKey(kat.ecdh.secp521r1.a, 'hex');
  eq(p.getPrivateKey().length, 65);
});

check('ECDH: class shape', () => {
  eq(Object.getOwnPropertyNames(crypto.ECDH.prototype),
    ['constructor', 'computeSecret', 'setPrivateKey', 'setPublicKey', 'getPrivateKey', 'generateKeys', 'getPublicKey']);
  eq(crypto.createECDH('secp384r1') instanceof crypto.ECDH, true);
  eq(crypto.ECDH('secp521r1') instanceof crypto.ECDH, true);
  eq(typeof crypto.ECDH.convertKey, 'function');
  for (const c of ['prime256v1', 'secp384r1', 'secp521r1']) eq(crypto.getCurves().includes(c), true);
});

check('ECDH: setPublicKey', () => {
  const v = kat.ecdh.secp384r1;
  const a = crypto.createECDH('secp384r1');
  a.setPrivateKey(v.a, 'hex');
  eq(a.setPublicKey(v.bPubC, 'hex'), a);
  eq(a.getPublicKey('hex', 'compressed'), v.bPubC);
  throwsLike(() => a.setPublicKey(Buffer.alloc(97, 4)), 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to convert Buffer to EC_POINT');
});

check('ECDH: errors', () => {
  throwsLike(() => crypto.createECDH('nope'), 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
  throwsLike(() => crypto.createECDH('P-256'), 'ERR_CRYPTO_INVALID_CURVE');
  throwsLike(() => crypto.createECDH('secp256r1'), 'ERR_CRYPTO_INVALID_CURVE');
  throwsLike(() => crypto.createECDH(5), 'ERR_INVALID_ARG_TYPE');
  const e = crypto.createECDH('prime256v1');
  throwsLike(() => e.getPublicKey(), 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH public key');
  throwsLike(() => e.getPrivateKey(), 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH private key');
  throwsLike(() => e.computeSecret(Buffer.alloc(65, 4)), 'ERR_CRYPTO_INVALID_KEYPAIR', 'Invalid key pair');
  const bad = 'Private key is not valid for specified curve.';
  throwsLike(() => e.setPrivateKey(Buffer.alloc(32)), 'ERR_CRYPTO_INVALID_KEYTYPE', bad);
  throwsLike(() => e.setPrivateKey(Buffer.alloc(32, 0xff)), 'ERR_CRYPTO_INVALID_KEYTYPE', bad);
  throwsLike(() => e.setPrivateKey(Buffer.alloc(40, 1)), 'ERR_CRYPTO_INVALID_KEYTYPE', bad);
  e.setPrivateKey(kat.ecdh.prime256v1.a, 'hex');
  throwsLike(() => e.getPublicKey('hex', 'bogus'), 'ERR_CRYPTO_ECDH_INVALID_FORMAT', 'Invalid ECDH format: bogus');
  const inv = 'Public key is not valid for specified curve';
  throwsLike(() => e.computeSecret(Buffer.alloc(65, 4)), 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', inv);
  throwsLike(() => e.computeSecret(Buffer.alloc(10, 4)), 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', inv);
  throwsLike(() => e.computeSecret(Buffer.alloc(0)), 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', inv);
  throwsLike(() => e.computeSecret(kat.ecdh.secp384r1.bPubC, 'hex'), 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', inv);
  throwsLike(() => e.computeSecret(5), 'ERR_INVALID_ARG_TYPE');
  // The compact form (05 || x) is not SEC1 as OpenSSL reads it.
  const compact = Buffer.concat([Buffer.from([5]), Buffer.from(kat.ecdh.prime256v1.aPub, 'hex').subarray(1, 33)]);
  throwsLike(() => e.computeSecret(compact), 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', inv);
  throwsLike(() => crypto.ECDH.convertKey(Buffer.alloc(65, 4), 'prime256v1'), 'ERR_CRYPTO_OPERATION_FAILED',
    'Failed to convert Buffer to EC_POINT');
  throwsLike(() => crypto.ECDH.convertKey(Buffer.alloc(65, 4), 'nope'), 'ERR_CRYPTO_INVALID_CURVE');
  throwsLike(() => crypto.ECDH.convertKey(5, 'prime256v1'), 'ERR_INVALID_ARG_TYPE');
  throwsLike(() => crypto.ECDH.convertKey(kat.ecdh.prime256v1.aPub, 'prime256v1', 'hex', 'hex', 'x'),
    'ERR_CRYPTO_ECDH_INVALID_FORMAT', 'Invalid ECDH format: x');
});

check('diffieHellman: EC KeyObjects (P-384, P-521) and ECDH agree', () => {
  for (const [n, exp] of [['p384', kat.dh.p384], ['p521', kat.dh.p521]]) {
    const a = crypto.createPrivateKey(K[`${n}Priv`]);
    const b = crypto.createPrivateKey(K[`${n}bPriv`]);
    eq(crypto.diffieHellman({ privateKey: a, publicKey: crypto.createPublicKey(b) }).toString('hex'), exp);
    eq(crypto.diffieHellman({ privateKey: b, publicKey: crypto.createPublicKey(a) }).toString('hex'), exp);
    // A private key works as the public half too.
    eq(crypto.diffieHellman({ privateKey: b, publicKey: a }).toString('hex'), exp);
    const curve = a.asymmetricKeyDetails.namedCurve;
    const e = crypto.createECDH(curve);
    e.setPrivateKey(Buffer.from(a.export({ format: 'jwk' }).d, 'base64url'));
    const pb = crypto.createPublicKey(b).export({ format: 'jwk' });
    const point = Buffer.concat([Buffer.from([4]), Buffer.from(pb.x, 'base64url'), Buffer.from(pb.y, 'base64url')]);
    eq(e.computeSecret(point).toString('hex'), exp);
  }
});

check('X25519: fixed keys, encodings and diffieHellman', () => {
  const x1 = crypto.createPrivateKey(K.x1Priv);
  const x2 = crypto.createPrivateKey(K.x2Priv);
  eq([x1.type, x1.asymmetricKeyType, x1.asymmetricKeyDetails], ['private', 'x25519', {}]);
  eq(x1.export({ format: 'jwk' }), kat.x.jwk1);
  eq(x1.export({ format: 'der', type: 'pkcs8' }).toString('hex'), kat.x.pkcs8_1);
  eq(x1.export({ format: 'pem', type: 'pkcs8' }), K.x1Priv);
  const p1 = crypto.createPublicKey(x1);
  eq(p1.export({ format: 'der', type: 'spki' }).toString('hex'), kat.x.spki1);
  const { d, ...pubJwk } = kat.x.jwk1;
  eq(p1.export({ format: 'jwk' }), pubJwk);
  eq(crypto.createPublicKey({ key: pubJwk, format: 'jwk' }).equals(p1), true);
  eq(crypto.createPrivateKey({ key: kat.x.jwk1, format: 'jwk' }).equals(x1), true);
  eq(crypto.createPublicKey({ key: Buffer.from(kat.x.spki1, 'hex'), format: 'der', type: 'spki' }).equals(p1), true);
  eq(crypto.diffieHellman({ privateKey: x1, publicKey: crypto.createPublicKey(x2) }).toString('hex'), kat.x.secret);
  eq(crypto.diffieHellman({ privateKey: x2, publicKey: p1 }).toString('hex'), kat.x.secret);
  eq(d.length, 43);
});

check('X25519: generateKeyPairSync', () => {
  const a = crypto.generateKeyPairSync('x25519');
  const b = crypto.generateKeyPairSync('x25519', {
    publicKeyEncoding: { format: 'der', type: 'spki' },
    privateKeyEncoding: { format: 'der', type: 'pkcs8' },
  });
  eq([a.publicKey.asymmetricKeyType, a.privateKey.type, b.publicKey.length, b.privateKey.length], ['x25519', 'private', 44, 48]);
  const bPriv = crypto.createPrivateKey({ key: b.privateKey, format: 'der', type: 'pkcs8' });
  const bPub = crypto.createPublicKey({ key: b.publicKey, format: 'der', type: 'spki' });
  const s1 = crypto.diffieHellman({ privateKey: a.privateKey, publicKey: bPub });
  const s2 = crypto.diffieHellman({ privateKey: bPriv, publicKey: a.publicKey });
  eq([s1.length, s1.equals(s2)], [32, true]);
  const j = crypto.generateKeyPairSync('x25519', { publicKeyEncoding: { format: 'jwk' }, privateKeyEncoding: { format: 'jwk' } });
  eq([j.publicKey.crv, j.publicKey.kty, j.privateKey.x === j.publicKey.x], ['X25519', 'OKP', true]);
});

checkAsync('X25519: generateKeyPair (async)', async () => {
  const [pub, priv] = await new Promise((res, rej) => crypto.generateKeyPair('x25519', (e, p, q) => (e ? rej(e) : res([p, q]))));
  eq([pub.asymmetricKeyType, priv.asymmetricKeyType], ['x25519', 'x25519']);
});

check('diffieHellman: errors', () => {
  const x1 = crypto.createPrivateKey(K.x1Priv);
  const xp = crypto.createPublicKey(x1);
  const p384 = crypto.createPrivateKey(K.p384Priv);
  const p521 = crypto.createPrivateKey(K.p521Priv);
  throwsLike(() => crypto.diffieHellman(5), 'ERR_INVALID_ARG_TYPE');
  throwsLike(() => crypto.diffieHellman({ privateKey: x1 }), 'ERR_INVALID_ARG_VALUE',
    "The property 'options.publicKey' is invalid. Received undefined");
  throwsLike(() => crypto.diffieHellman({ privateKey: 'abc', publicKey: xp }), 'ERR_INVALID_ARG_VALUE',
    "The property 'options.privateKey' is invalid. Received 'abc'");
  throwsLike(() => crypto.diffieHellman({ privateKey: xp, publicKey: xp }), 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
    'Invalid key object type public, expected private.');
  throwsLike(() => crypto.diffieHellman({ privateKey: x1, publicKey: crypto.createPublicKey(p384) }),
    'ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible key types for Diffie-Hellman: x25519 and ec');
  const ed = crypto.createPrivateKey(require('./_keys').edPriv);
  throwsLike(() => crypto.diffieHellman({ privateKey: ed, publicKey: ed }),
    'ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible key types for Diffie-Hellman: ed25519 and ed25519');
  throwsLike(() => crypto.diffieHellman({ privateKey: p384, publicKey: crypto.createPublicKey(p521) }),
    'ERR_OSSL_MISMATCHING_DOMAIN_PARAMETERS', 'error:1C8000CB:Provider routines::mismatching domain parameters');
  const zero = crypto.createPublicKey({ key: Buffer.from(`302a300506032b656e032100${'00'.repeat(32)}`, 'hex'), format: 'der', type: 'spki' });
  throwsLike(() => crypto.diffieHellman({ privateKey: x1, publicKey: zero }),
    'ERR_OSSL_FAILED_DURING_DERIVATION', 'error:1C8000A4:Provider routines::failed during derivation');
  throwsLike(() => crypto.sign(null, Buffer.alloc(3), x1), 'ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE',
    'error:03000096:digital envelope routines::operation not supported for this keytype');
  throwsLike(() => crypto.generateKeyPairSync('x25519', 5), 'ERR_INVALID_ARG_TYPE');
  assert.ok(true);
});
