'use strict';
// KeyObjects, key encodings and signatures with fixed keys (made by node), so
// exports and deterministic signatures (Ed25519, RSA PKCS#1 v1.5) are byte-identical.
const crypto = require('crypto');
const { check, assert } = require('../check');
const { eq, throwsLike } = require('./_util');
const K = require('./_keys');

const edPriv = crypto.createPrivateKey(K.edPriv);
const edPub = crypto.createPublicKey(K.edPub);
const ecPriv = crypto.createPrivateKey(K.ecPriv);
const ecPub = crypto.createPublicKey(K.ecPub);
const rsaPriv = crypto.createPrivateKey(K.rsaPriv);
const rsaPub = crypto.createPublicKey(K.rsaPub);
const msg = Buffer.from(K.msg);

check('key types and details', () => {
  eq([edPriv, edPub, ecPriv, ecPub, rsaPriv, rsaPub].map((k) =>
    [k.type, k.asymmetricKeyType, JSON.stringify(k.asymmetricKeyDetails, (_, v) => typeof v === 'bigint' ? `${v}n` : v)]), [["private","ed25519","{}"],["public","ed25519","{}"],["private","ec","{\"namedCurve\":\"prime256v1\"}"],["public","ec","{\"namedCurve\":\"prime256v1\"}"],["private","rsa","{\"modulusLength\":1024,\"publicExponent\":\"65537n\"}"],["public","rsa","{\"modulusLength\":1024,\"publicExponent\":\"65537n\"}"]]);
  assert.ok(edPriv instanceof crypto.KeyObject);
});
check('PEM exports round-trip byte-identical', () => {
  assert.strictEqual(edPriv.export({ format: 'pem', type: 'pkcs8' }), K.edPriv);
  assert.strictEqual(edPub.export({ format: 'pem', type: 'spki' }), K.edPub);
  assert.strictEqual(ecPriv.export({ format: 'pem', type: 'pkcs8' }), K.ecPriv);
  assert.strictEqual(ecPub.export({ format: 'pem', type: 'spki' }), K.ecPub);
  assert.strictEqual(rsaPriv.export({ format: 'pem', type: 'pkcs1' }), K.rsaPriv);
  assert.strictEqual(rsaPub.export({ format: 'pem', type: 'spki' }), K.rsaPub);
});
check('other encodings', () => {
  eq([
    ecPriv.export({ format: 'pem', type: 'sec1' }),
    ecPriv.export({ format: 'der', type: 'sec1' }),
    ecPriv.export({ format: 'der', type: 'pkcs8' }),
    rsaPriv.export({ format: 'pem', type: 'pkcs8' }),
    rsaPub.export({ format: 'pem', type: 'pkcs1' }),
    rsaPub.export({ format: 'der', type: 'pkcs1' }),
    edPub.export({ format: 'der', type: 'spki' }),
    edPriv.export({ format: 'der', type: 'pkcs8' }),
  ], ["-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIJJMc7p4FjF5MWamOGaH1xo2xPYiR1IO1jhuVU9PogTjoAoGCCqGSM49\nAwEHoUQDQgAEHT9feGLSIJki8Kx+f354meY/tP5Iw5fwwQvd9v/xuQj71pz/YRMM\nuCOsnp54Ig4VOXlr4J3c7hVxYuQZUMpqvQ==\n-----END EC PRIVATE KEY-----\n","hex:30770201010420924c73ba781631793166a6386687d71a36c4f62247520ed6386e554f4fa204e3a00a06082a8648ce3d030107a144034200041d3f5f7862d2209922f0ac7e7f7e7899e63fb4fe48c397f0c10bddf6fff1b908fbd69cff61130cb823ac9e9e78220e1539796be09ddcee157162e41950ca6abd","hex:308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420924c73ba781631793166a6386687d71a36c4f62247520ed6386e554f4fa204e3a144034200041d3f5f7862d2209922f0ac7e7f7e7899e63fb4fe48c397f0c10bddf6fff1b908fbd69cff61130cb823ac9e9e78220e1539796be09ddcee157162e41950ca6abd","-----BEGIN PRIVATE KEY-----\nMIICeAIBADANBgkqhkiG9w0BAQEFAASCAmIwggJeAgEAAoGBAL1sje3KZSS8tN9D\nsq03sp+Js2Yna9sU35syNKoCYomx+6fpHbjs8LU7uzyBKZzCpL86LD5hSNm57aHU\nLeSoGoicpBWIuWj7bdIsMvJElEdtQ06ugmLZkCTOBbgL3uv+UkRDiiHvb0eaozf9\nc4zLzKYIZGI3rh6940msloWElrfZAgMBAAECgYEAmdLhnszRPfgQWY48NvYYE/5a\ntQYmTA6zVvB6W+T76B2k40InZNjk0AflkMjC5g4agz/WVgHiiwy1sMkBS8JHaGkm\nYrSSVTnhlZyzoKZ6i9OC1bxNs6ud9GwsH6Wwi6bbT2PwPy1b5XEFM5y29XlvsvUB\not03xv99L6TvRZYNFUECQQD1gyzNsOhGZZpk+Hq3bOWSUp+yVFx9hdqvbzot6B36\n3vbowNxxc8J53f+1ys1Ov6+gJsOsl4An5quLlPSK8Kw9AkEAxYQFBQxD7JYVWGUZ\nKinQk57icHlzAahuINEyTKMBFOgpFtRDIxLiXWyX4PBfDR7pkfO8JCzmPhMErDMt\nKpWnzQJBALzoaQIAHEmGhk0o8GvQy7hSAPUbemtPIlyYzgBiuSa+hufC9hwJwVs6\nGTbNTDpKvh0RlsBndkG9eMOXIq8BztUCQQCYKr+bRfnGeVH0id67Rv+z2wJk2Iwr\nyNEfY0u3ExWwP7P4LIuUp+XRR+oyl70C5L/Ze8eErzqqtAgzijHPzwA5AkAbMwNk\nTBNgMkT+VyKKhbxq5cUFJMj++NZsyV81Mt5mw7Rva7OTU2kygdDQxZzuYVFIzPZ/\nQULskY69tQYo89IL\n-----END PRIVATE KEY-----\n","-----BEGIN RSA PUBLIC KEY-----\nMIGJAoGBAL1sje3KZSS8tN9Dsq03sp+Js2Yna9sU35syNKoCYomx+6fpHbjs8LU7\nuzyBKZzCpL86LD5hSNm57aHULeSoGoicpBWIuWj7bdIsMvJElEdtQ06ugmLZkCTO\nBbgL3uv+UkRDiiHvb0eaozf9c4zLzKYIZGI3rh6940msloWElrfZAgMBAAE=\n-----END RSA PUBLIC KEY-----\n","hex:30818902818100bd6c8dedca6524bcb4df43b2ad37b29f89b366276bdb14df9b3234aa026289b1fba7e91db8ecf0b53bbb3c81299cc2a4bf3a2c3e6148d9b9eda1d42de4a81a889ca41588b968fb6dd22c32f24494476d434eae8262d99024ce05b80bdeebfe5244438a21ef6f479aa337fd738ccbcca608646237ae1ebde349ac96858496b7d90203010001","hex:302a300506032b65700321008fcbccf83c87ffb9d877267ae552a415f16478b468b149af02638cbff42d658d","hex:302e020100300506032b6570042204205f3b3bd59d1a89c3195a818744fb3bed7748ab17286480e9f01b69af38ca84df"]);
});
check('public keys derived from private keys', () => {
  eq([edPriv, ecPriv, rsaPriv].map((k) => crypto.createPublicKey(k).export({ format: 'der', type: 'spki' })), ["hex:302a300506032b65700321008fcbccf83c87ffb9d877267ae552a415f16478b468b149af02638cbff42d658d","hex:3059301306072a8648ce3d020106082a8648ce3d030107034200041d3f5f7862d2209922f0ac7e7f7e7899e63fb4fe48c397f0c10bddf6fff1b908fbd69cff61130cb823ac9e9e78220e1539796be09ddcee157162e41950ca6abd","hex:30819f300d06092a864886f70d010101050003818d0030818902818100bd6c8dedca6524bcb4df43b2ad37b29f89b366276bdb14df9b3234aa026289b1fba7e91db8ecf0b53bbb3c81299cc2a4bf3a2c3e6148d9b9eda1d42de4a81a889ca41588b968fb6dd22c32f24494476d434eae8262d99024ce05b80bdeebfe5244438a21ef6f479aa337fd738ccbcca608646237ae1ebde349ac96858496b7d90203010001"]);
  assert.ok(crypto.createPublicKey(K.ecPriv).equals(ecPub));
  assert.ok(crypto.createPublicKey(K.rsaPriv).equals(rsaPub));
});
check('DER import with type', () => {
  const der = rsaPriv.export({ format: 'der', type: 'pkcs1' });
  const k = crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs1' });
  assert.ok(k.equals(rsaPriv));
  const sec1 = ecPriv.export({ format: 'der', type: 'sec1' });
  assert.ok(crypto.createPrivateKey({ key: sec1, format: 'der', type: 'sec1' }).equals(ecPriv));
  const spki = edPub.export({ format: 'der', type: 'spki' });
  assert.ok(crypto.createPublicKey({ key: spki, format: 'der', type: 'spki' }).equals(edPub));
  throwsLike(() => crypto.createPublicKey({ key: spki, format: 'der' }), 'ERR_INVALID_ARG_VALUE',
    "The property 'options.type' is invalid. Received undefined");
});
check('JWK export', () => {
  eq([edPriv, edPub, ecPriv, ecPub, rsaPub].map((k) => k.export({ format: 'jwk' })), [{"crv":"Ed25519","d":"Xzs71Z0aicMZWoGHRPs77XdIqxcoZIDp8BtprzjKhN8","x":"j8vM-DyH_7nYdyZ65VKkFfFkeLRosUmvAmOMv_QtZY0","kty":"OKP"},{"crv":"Ed25519","x":"j8vM-DyH_7nYdyZ65VKkFfFkeLRosUmvAmOMv_QtZY0","kty":"OKP"},{"kty":"EC","x":"HT9feGLSIJki8Kx-f354meY_tP5Iw5fwwQvd9v_xuQg","y":"-9ac_2ETDLgjrJ6eeCIOFTl5a-Cd3O4VcWLkGVDKar0","crv":"P-256","d":"kkxzungWMXkxZqY4ZofXGjbE9iJHUg7WOG5VT0-iBOM"},{"kty":"EC","x":"HT9feGLSIJki8Kx-f354meY_tP5Iw5fwwQvd9v_xuQg","y":"-9ac_2ETDLgjrJ6eeCIOFTl5a-Cd3O4VcWLkGVDKar0","crv":"P-256"},{"kty":"RSA","n":"vWyN7cplJLy030OyrTeyn4mzZidr2xTfmzI0qgJiibH7p-kduOzwtTu7PIEpnMKkvzosPmFI2bntodQt5KgaiJykFYi5aPtt0iwy8kSUR21DTq6CYtmQJM4FuAve6_5SREOKIe9vR5qjN_1zjMvMpghkYjeuHr3jSayWhYSWt9k","e":"AQAB"}]);
  eq(Object.keys(rsaPriv.export({ format: 'jwk' })), ["kty","n","e","d","p","q","dp","dq","qi"]);
});
check('JWK import', () => {
  for (const k of [edPriv, ecPriv, rsaPriv]) {
    const jwk = k.export({ format: 'jwk' });
    assert.ok(crypto.createPrivateKey({ key: jwk, format: 'jwk' }).equals(k));
    assert.ok(crypto.createPublicKey({ key: jwk, format: 'jwk' }).equals(crypto.createPublicKey(k)));
  }
});
check('Ed25519 signatures are deterministic', () => {
  const sig = crypto.sign(null, msg, edPriv);
  eq(sig, 'hex:15030be1330849539c65c5b737a905114340210013b5674a7175c96839ab40b73f6b5ec48531e6e19e7bc0c0bc4581272b1a6ce1ce0700a33a32911f2149f907');
  eq([crypto.verify(null, msg, edPub, sig), crypto.verify(undefined, msg, K.edPub, sig),
    crypto.verify(null, Buffer.from('other'), edPub, sig)], [true,true,false]);
});
check('RSA PKCS#1 v1.5 signatures are deterministic', () => {
  const s1 = crypto.sign('sha256', msg, rsaPriv);
  const s2 = crypto.createSign('SHA256').update(K.msg).sign(K.rsaPriv, 'base64');
  const s3 = crypto.createSign('sha512').update('a').update('b').sign({ key: rsaPriv }, 'hex');
  eq([s1, s2, s3, crypto.sign('sha1', msg, rsaPriv)], ["hex:2114274b32ce8c662c85568ab6a22aae30509425637d7977a4f6663d27f04cd68de2c50cbb8b6823e9ce69641ef13661086320d4059abdaa72b0d96f3dfc1788da44d1b0c0689707c3d4e02db9a2acc55c8039cd7b3eeeb76842cb1838a114b3a862a74a31230e78d027a67a0eba067fdfdea6a08926fa926865b931315743bd","IRQnSzLOjGYshVaKtqIqrjBQlCVjfXl3pPZmPSfwTNaN4sUMu4toI+nOaWQe8TZhCGMg1AWavapysNlvPfwXiNpE0bDAaJcHw9TgLbmirMVcgDnNez7ut2hCyxg4oRSzqGKnSjEjDnjQJ6Z6DroGf9/epqCJJvqSaGW5MTFXQ70=","39da63ab10fad827189030e64e1f9b6bfe5c1c34748f2a09c3d7e6a437ae2bc127e03f38da985442d339858e87f73d22af1dff1947e618d182916b26b84e6d055d4dff4cc12e49e3136c7bc74362d96dc2ff3fdce3fb154b47592b97ea0f2376859d4569e655d843bb076c67faccfe430fb9488ce35d2e8ca9d52eb0e5b51057","hex:43cc23c8a9478c3fcc280e1974c195d2fb5c67fe3fb492f9a6661b01c674f820dfcd5aafa8761b95965c58f7b4e863eb7bf636e9453251c54d7e8c19801887988bfd6b579b59bc8741ed9c982563e953ff0c8a1f60373fd6256a20f309267b3c04350889cecb93a10a96aa1e4c4d4b1b52c678f89b7d1b88fe122ee532c51f65"]);
  eq([
    crypto.verify('sha256', msg, rsaPub, s1),
    crypto.createVerify('sha256').update(msg).verify(rsaPub, s2, 'base64'),
    crypto.createVerify('sha512').update('ab').verify(K.rsaPub, s3, 'hex'),
    crypto.verify('sha256', Buffer.from('x'), rsaPub, s1),
  ], [true,true,true,false]);
});
check('RSA-PSS sign/verify and node-made PSS signatures', () => {
  const PSS = crypto.constants.RSA_PKCS1_PSS_PADDING;
  const sig = crypto.sign('sha256', msg, { key: rsaPriv, padding: PSS });
  eq([
    crypto.verify('sha256', msg, { key: rsaPub, padding: PSS }, sig),
    crypto.verify('sha256', msg, { key: rsaPub, padding: PSS }, Buffer.from(K.nodePssSig, 'base64')),
    crypto.verify('sha256', msg, { key: rsaPub, padding: PSS, saltLength: 32 }, Buffer.from(K.nodePssSig32, 'base64')),
    crypto.verify('sha256', msg, { key: rsaPub, padding: PSS, saltLength: 20 }, Buffer.from(K.nodePssSig32, 'base64')),
    crypto.verify('sha256', msg, rsaPub, sig),
    sig.length,
  ], [true,true,true,false,false,128]);
});
check('ECDSA DER and IEEE-P1363', () => {
  const der = crypto.sign('sha256', msg, ecPriv);
  const raw = crypto.sign('sha384', msg, { key: ecPriv, dsaEncoding: 'ieee-p1363' });
  eq([
    der[0], raw.length,
    crypto.verify('sha256', msg, ecPub, der),
    crypto.verify('sha384', msg, { key: ecPub, dsaEncoding: 'ieee-p1363' }, raw),
    crypto.verify('sha256', msg, ecPub, Buffer.from(K.nodeEcdsaDer, 'base64')),
    crypto.verify('sha384', msg, { key: K.ecPub, dsaEncoding: 'ieee-p1363' }, Buffer.from(K.nodeEcdsaP1363, 'base64')),
    crypto.verify('sha384', msg, ecPub, Buffer.from(K.nodeEcdsaP1363, 'base64')),
    crypto.createVerify('sha256').update(msg).verify(ecPub, crypto.createSign('sha256').update(msg).sign(ecPriv)),
  ], [48,64,true,true,true,true,false,true]);
});
check('Sign/Verify as writable streams', () => {
  const s = crypto.createSign('sha256');
  s.write('streamed ');
  s.end('data');
  const sig = s.sign(rsaPriv, 'hex');
  const v = crypto.createVerify('sha256');
  v.write('streamed data');
  v.end();
  eq([sig, v.verify(rsaPub, sig, 'hex')], ["78cf8b55f2a0dc4bfab77b0f91bfda8fae5432ae5cd6075d36bd3d6420daddcd0072d2a379dbe159eb158512a0f78fbe93b80f7ab85f95b13b6a2ac70e3c92a4960881a20392a81a29bc264ffa1d37a6f5f02c37ed626d90dda8eaaf234f007daa748cf664db766e1d5e82e4b6d97187f3ab5d5af3c2418bb4aade0fc4fd7638",true]);
});
check('RSA encryption: round trip and node-made ciphertexts', () => {
  const ct = crypto.publicEncrypt(rsaPub, Buffer.from('round trip'));
  eq([
    crypto.privateDecrypt(rsaPriv, ct).toString(),
    crypto.privateDecrypt(K.rsaPriv, Buffer.from(K.nodeOaep, 'base64')).toString(),
    crypto.privateDecrypt({ key: rsaPriv, oaepHash: 'sha256', oaepLabel: Buffer.from('lbl') },
      Buffer.from(K.nodeOaep256, 'base64')).toString(),
    ct.length,
  ], ["round trip","secret for minode","secret two",128]);
  throwsLike(() => crypto.privateDecrypt({ key: rsaPriv, padding: crypto.constants.RSA_PKCS1_PADDING },
    Buffer.from(K.nodePkcs1Enc, 'base64')), 'ERR_INVALID_ARG_VALUE',
  'RSA_PKCS1_PADDING is no longer supported for private decryption, this can be reverted with --security-revert=CVE-2023-46809');
});
check('secret keys', () => {
  const k = crypto.createSecretKey(Buffer.from('0123456789abcdef'));
  eq([k.type, k.symmetricKeySize, k.export(), k.export({ format: 'jwk' }),
    k.equals(crypto.createSecretKey('0123456789abcdef', 'utf8')), k.equals(crypto.createSecretKey(Buffer.from('x')))], ["secret",16,"hex:30313233343536373839616263646566",{"kty":"oct","k":"MDEyMzQ1Njc4OWFiY2RlZg"},true,false]);
});
check('equals across types', () => {
  eq([edPriv.equals(edPub), ecPub.equals(crypto.createPublicKey(K.ecPub)), rsaPub.equals(ecPub)], [false,true,false]);
});
check('key errors', () => {
  assert.throws(() => crypto.createPrivateKey(K.ecPub));
  throwsLike(() => crypto.createPrivateKey('garbage'), 'ERR_OSSL_UNSUPPORTED', 'error:1E08010C:DECODER routines::unsupported');
  throwsLike(() => crypto.createPublicKey('garbage'), 'ERR_OSSL_UNSUPPORTED');
  throwsLike(() => crypto.createSign('sha256').update('x').sign(edPriv), 'ERR_CRYPTO_UNSUPPORTED_OPERATION', 'Unsupported crypto operation');
  throwsLike(() => crypto.sign('sha256', msg, edPriv), 'ERR_OSSL_INVALID_DIGEST', 'error:1C80007A:Provider routines::invalid digest');
  throwsLike(() => crypto.createSign('nope'), 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest');
  throwsLike(() => ecPub.export(), 'ERR_INVALID_ARG_TYPE', 'The "options" argument must be of type object. Received undefined');
  throwsLike(() => edPriv.export({ format: 'pem' }), 'ERR_INVALID_ARG_VALUE', "The property 'options.type' is invalid. Received undefined");
  throwsLike(() => edPriv.export({ format: 'der', type: 'pkcs1' }), 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS',
    'The selected key encoding pkcs1 can only be used for RSA keys.');
  throwsLike(() => rsaPub.export({ format: 'pem', type: 'sec1' }), 'ERR_INVALID_ARG_VALUE');
  throwsLike(() => crypto.createSign('sha256').sign(), 'ERR_CRYPTO_SIGN_KEY_REQUIRED');
});
check('util.inspect of a KeyObject', () => {
  eq(require('util').inspect(ecPriv), 'PrivateKeyObject [KeyObject] {\n  [Symbol(kKeyType)]: \'private\',\n  [Symbol(kAsymmetricKeyType)]: \'ec\',\n  [Symbol(kAsymmetricKeyDetails)]: { namedCurve: \'prime256v1\' }\n}');
});
check('generateKeyPairSync: KeyObjects and encodings', () => {
  const a = crypto.generateKeyPairSync('ed25519');
  const b = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const c = crypto.generateKeyPairSync('rsa', {
    modulusLength: 1024,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'der' },
  });
  eq([
    a.publicKey.type, a.privateKey.asymmetricKeyType, b.privateKey.asymmetricKeyDetails.namedCurve,
    typeof c.publicKey, c.publicKey.split('\n')[0], Buffer.isBuffer(c.privateKey),
    crypto.createPrivateKey({ key: c.privateKey, format: 'der', type: 'pkcs8' }).asymmetricKeyDetails.modulusLength,
    crypto.verify(null, msg, a.publicKey, crypto.sign(null, msg, a.privateKey)),
    crypto.verify('sha256', msg, b.publicKey, crypto.sign('sha256', msg, b.privateKey)),
  ], ["public","ed25519","prime256v1","string","-----BEGIN PUBLIC KEY-----",true,1024,true,true]);
});
check('generateKeyPairSync errors', () => {
  throwsLike(() => crypto.generateKeyPairSync('ec', { namedCurve: 'nope' }), 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
  throwsLike(() => crypto.generateKeyPairSync('foo', {}), 'ERR_INVALID_ARG_VALUE',
    "The argument 'type' must be a supported key type. Received 'foo'");
  throwsLike(() => crypto.generateKeyPairSync('rsa', {}), 'ERR_INVALID_ARG_TYPE',
    'The "options.modulusLength" property must be of type number. Received undefined');
});
const { checkAsync } = require('../check');
checkAsync('generateKeyPair async (rsa, with public exponent)', () => new Promise((resolve, reject) => {
  crypto.generateKeyPair('rsa', { modulusLength: 1024, publicExponent: 3 }, (err, pub, priv) => {
    try {
      assert.strictEqual(err, null);
      eq([pub.asymmetricKeyDetails, priv.type, crypto.verify('sha256', msg, pub, crypto.sign('sha256', msg, priv))]
        .map((x) => JSON.stringify(x, (_, v) => typeof v === 'bigint' ? `${v}n` : v)), ["{\"modulusLength\":1024,\"publicExponent\":\"3n\"}","\"private\"","true"]);
      resolve();
    } catch (e) { reject(e); }
  });
}));
checkAsync('sign/verify with callbacks', () => new Promise((resolve, reject) => {
  crypto.sign(null, msg, edPriv, (err, sig) => {
    crypto.verify(null, msg, edPub, sig, (err2, ok) => {
      try { eq([err, err2, sig.length, ok], [null,null,64,true]); resolve(); } catch (e) { reject(e); }
    });
  });
}));
