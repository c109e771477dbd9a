'use strict';
// Encrypted PKCS#8 private keys: createPrivateKey/createPublicKey with a passphrase
// (PEM and DER, keys encrypted by `openssl pkcs8 -topk8 -v2 aes-256-cbc` and by node
// v20 in fixtures/keys), KeyObject.export and generateKeyPairSync with {cipher,
// passphrase}, and Node's errors for missing or wrong passphrases and bad options.
const { check, assert } = require('../check');
const { throwsLike } = require('./_util');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const fixture = (...p) => fs.readFileSync(path.join(__dirname, 'fixtures', ...p));
const selfKey = crypto.createPrivateKey(fixture('x509', 'self.key'));
const rsaKey = crypto.createPrivateKey(fixture('keys', 'rsa_plain.pem'));

check('import keys encrypted by openssl and node', () => {
  const ed = crypto.createPrivateKey({ key: fixture('keys', 'ed25519_enc_aes256.pem'), passphrase: 'fixture' });
  assert.ok(ed.equals(selfKey));
  const rsa = crypto.createPrivateKey({ key: fixture('keys', 'rsa_enc_aes128.pem').toString(), passphrase: 'node-made' });
  assert.ok(rsa.equals(rsaKey));
  assert.strictEqual(rsa.asymmetricKeyDetails.modulusLength, 1024);
  const der = crypto.createPrivateKey({
    key: fixture('keys', 'rsa_enc_aes192.der'), format: 'der', type: 'pkcs8', passphrase: Buffer.from([0, 1, 2, 255]),
  });
  assert.ok(der.equals(rsaKey));
  const pub = crypto.createPublicKey({ key: fixture('keys', 'ed25519_enc_aes256.pem'), passphrase: 'fixture' });
  assert.strictEqual(pub.type, 'public');
  assert.ok(pub.equals(crypto.createPublicKey(selfKey)));
});

check('export with cipher and passphrase round-trips', () => {
  const { privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  for (const cipher of ['aes-128-cbc', 'aes-192-cbc', 'aes-256-cbc', 'AES-256-CBC', 'aes256']) {
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8', cipher, passphrase: 'top secret' });
    assert.match(pem, /^-----BEGIN ENCRYPTED PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END ENCRYPTED PRIVATE KEY-----\n$/);
    assert.ok(crypto.createPrivateKey({ key: pem, passphrase: 'top secret' }).equals(privateKey), cipher);
  }
  const der = privateKey.export({ format: 'der', type: 'pkcs8', cipher: 'aes-128-cbc', passphrase: Buffer.from('pw') });
  assert.strictEqual(der[0], 0x30);
  assert.ok(crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8', passphrase: 'pw' }).equals(privateKey));
  // A passphrase on a plain key is ignored.
  const plain = privateKey.export({ format: 'der', type: 'pkcs8' });
  assert.strictEqual(crypto.createPrivateKey({ key: plain, format: 'der', type: 'pkcs8', passphrase: 'pw' }).type, 'private');
  const ed = crypto.generateKeyPairSync('ed25519').privateKey;
  const edPem = ed.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'p' });
  assert.ok(crypto.createPrivateKey({ key: edPem, passphrase: 'p' }).equals(ed));
});

check('generateKeyPairSync with an encrypted privateKeyEncoding', () => {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', {
    modulusLength: 1024,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-192-cbc', passphrase: 'abc' },
  });
  assert.ok(privateKey.startsWith('-----BEGIN ENCRYPTED PRIVATE KEY-----\n'));
  const key = crypto.createPrivateKey({ key: privateKey, passphrase: 'abc' });
  const sig = crypto.sign('sha256', Buffer.from('data'), key);
  assert.strictEqual(crypto.verify('sha256', Buffer.from('data'), publicKey, sig), true);
});

check('encrypted key errors', () => {
  const pem = fixture('keys', 'ed25519_enc_aes256.pem');
  throwsLike(() => crypto.createPrivateKey(pem), 'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED',
    'error:07880109:common libcrypto routines::interrupted or cancelled');
  throwsLike(() => crypto.createPublicKey(pem), 'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED');
  throwsLike(() => crypto.createPrivateKey({ key: pem, passphrase: 'wrong' }), 'ERR_OSSL_BAD_DECRYPT',
    'error:1C800064:Provider routines::bad decrypt');
  throwsLike(() => crypto.createPrivateKey({ key: pem, passphrase: '' }), 'ERR_OSSL_BAD_DECRYPT');
  const der = fixture('keys', 'rsa_enc_aes192.der');
  throwsLike(() => crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }), 'ERR_MISSING_PASSPHRASE',
    'Passphrase required for encrypted key');
  let err;
  try { crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }); } catch (e) { err = e; }
  assert.ok(err instanceof TypeError);
});

check('export option errors', () => {
  const k = rsaKey;
  throwsLike(() => k.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc' }), 'ERR_INVALID_ARG_VALUE',
    "The property 'options.passphrase' is invalid. Received undefined");
  throwsLike(() => k.export({ format: 'pem', type: 'pkcs8', passphrase: 'x' }), 'ERR_INVALID_ARG_VALUE',
    "The property 'options.cipher' is invalid. Received undefined");
  throwsLike(() => k.export({ format: 'pem', type: 'pkcs8', cipher: 1, passphrase: 'x' }), 'ERR_INVALID_ARG_VALUE');
  throwsLike(() => k.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 1 }), 'ERR_INVALID_ARG_VALUE');
  throwsLike(() => k.export({ format: 'pem', type: 'pkcs8', cipher: 'nope', passphrase: 'x' }), 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
  throwsLike(() => k.export({ format: 'der', type: 'pkcs1', cipher: 'aes-256-cbc', passphrase: 'x' }),
    'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding pkcs1 does not support encryption.');
  throwsLike(() => k.export({ format: 'jwk', cipher: 'aes-256-cbc', passphrase: 'x' }),
    'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding jwk does not support encryption.');
  throwsLike(() => k.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-gcm', passphrase: 'x' }),
    'ERR_OSSL_EVP_CIPHER_PARAMETER_ERROR', 'error:0300007A:digital envelope routines::cipher parameter error');
});

check('traditional PEM encryption of PKCS#1 and SEC1 keys', () => {
  const ec = crypto.createPrivateKey(fixture('keys', 'ec_plain.pem'));
  const ecEnc = crypto.createPrivateKey({ key: fixture('keys', 'ec_sec1_enc_aes192.pem'), passphrase: 'legacy' });
  assert.ok(ecEnc.equals(ec));
  const rsaEnc = crypto.createPrivateKey({ key: fixture('keys', 'rsa_pkcs1_enc_aes128.pem'), passphrase: 'legacy' });
  assert.ok(rsaEnc.equals(rsaKey));
  throwsLike(() => crypto.createPrivateKey(fixture('keys', 'ec_sec1_enc_aes192.pem')), 'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED');
  for (const [key, type] of [[ec, 'sec1'], [rsaKey, 'pkcs1']]) {
    for (const cipher of ['aes-256-cbc', 'aes128']) {
      const pem = key.export({ format: 'pem', type, cipher, passphrase: 'pw' });
      const label = type === 'sec1' ? 'EC' : 'RSA';
      const name = cipher === 'aes128' ? 'AES-128-CBC' : 'AES-256-CBC';
      assert.match(pem, new RegExp(`^-----BEGIN ${label} PRIVATE KEY-----\\nProc-Type: 4,ENCRYPTED\\nDEK-Info: ${name},[0-9A-F]{32}\\n\\n`));
      assert.ok(crypto.createPrivateKey({ key: pem, passphrase: 'pw' }).equals(key));
    }
  }
});
