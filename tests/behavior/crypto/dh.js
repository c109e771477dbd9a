'use strict';
// Classic Diffie-Hellman: getDiffieHellman's MODP groups (RFC 2409/3526 primes),
// createDiffieHellman from a prime or a prime length, the key methods and their
// encodings, verifyError (DH_check flags) and Node's errors for bad groups, keys and
// generators. Expected values were computed once with node v20.
const { check, assert } = require('../check');
const { throwsLike } = require('./_util');
const crypto = require('crypto');

const sha256 = (b) => crypto.createHash('sha256').update(b).digest('hex');

// name: [prime length in bytes] (node v20).
const groups = {
  modp1: [96], modp2: [128], modp5: [192], modp14: [256], modp15: [384], modp16: [512], modp17: [768], modp18: [1024],
};
// The first 8 bytes of each prime's SHA-256, in the order above (node v20).
const PRIME_DIGESTS = [
  'b52ba6a3026520a6',
  '3f35a3f5f6c4376a',
  '64fcc83ec403930b',
  'd66436f79bbd6b2e',
  '48cf8b092fbce435',
  '4ee95187682bcb23',
  'd1bfe6d0925ce7e4',
  '39ab4feab950a312',
];

check('getDiffieHellman groups: primes and generator', () => {
  for (const [name, [len]] of Object.entries(groups)) {
    const dh = crypto.getDiffieHellman(name);
    const p = dh.getPrime();
    assert.strictEqual(p.length, len, name);
    // Every MODP prime starts with 64 one bits, then pi's digits (C90FDAA2...), and ends with 64 one bits.
    assert.strictEqual(p.subarray(0, 12).toString('hex'), 'ffffffffffffffffc90fdaa2', name);
    assert.strictEqual(p.subarray(-8).toString('hex'), 'ffffffffffffffff', name);
    assert.strictEqual(dh.getGenerator('hex'), '02');
    assert.strictEqual(dh.verifyError, 0);
  }
});

check('MODP primes match node', () => {
  const digests = Object.keys(groups).map((n) => sha256(crypto.getDiffieHellman(n).getPrime()).slice(0, 16));
  assert.deepStrictEqual(digests, PRIME_DIGESTS);
});

check('DiffieHellmanGroup shape', () => {
  const g = crypto.getDiffieHellman('modp14');
  assert.strictEqual(g.constructor.name, 'DiffieHellmanGroup');
  assert.ok(g instanceof crypto.DiffieHellmanGroup);
  assert.deepStrictEqual(Object.keys(g), ['verifyError']);
  assert.deepStrictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(g)),
    ['constructor', 'generateKeys', 'computeSecret', 'getPrime', 'getGenerator', 'getPublicKey', 'getPrivateKey']);
  const d = crypto.createDiffieHellman(g.getPrime());
  assert.strictEqual(d.constructor.name, 'DiffieHellman');
  assert.deepStrictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(d)).slice(-2), ['setPublicKey', 'setPrivateKey']);
  assert.strictEqual(crypto.createDiffieHellmanGroup('modp1').getPrime().length, 96);
  assert.strictEqual(crypto.DiffieHellmanGroup('modp2').getPrime().length, 128);
  assert.strictEqual(crypto.DiffieHellman(Buffer.from('17', 'hex')).getPrime('hex'), '17');
});

check('key agreement and encodings', () => {
  const a = crypto.getDiffieHellman('modp5');
  const b = crypto.getDiffieHellman('modp5');
  const aPub = a.generateKeys();
  b.generateKeys('hex');
  assert.ok(aPub.equals(a.getPublicKey()));
  const s1 = a.computeSecret(b.getPublicKey());
  const s2 = b.computeSecret(a.getPublicKey('hex'), 'hex');
  assert.strictEqual(s1.length, 192);
  assert.ok(s1.equals(s2));
  assert.strictEqual(a.computeSecret(b.getPublicKey('base64'), 'base64', 'hex'), s1.toString('hex'));
  assert.strictEqual(typeof a.getPrivateKey('hex'), 'string');
  // Named groups use OpenSSL's short private keys (200 bits for modp5).
  assert.ok(a.getPrivateKey().length <= 25);
});

check('createDiffieHellman from a known prime and setters', () => {
  const g = crypto.getDiffieHellman('modp14');
  g.generateKeys();
  const d = crypto.createDiffieHellman(g.getPrime(), g.getGenerator());
  assert.strictEqual(d.verifyError, 0);
  d.setPrivateKey(g.getPrivateKey());
  assert.ok(d.generateKeys().equals(g.getPublicKey()));
  // setPrivateKey drops leading zeros and leaves the public key alone.
  d.setPrivateKey(Buffer.from([0, 0, 7]));
  assert.strictEqual(d.getPrivateKey('hex'), '07');
  assert.ok(d.getPublicKey().equals(g.getPublicKey()));
  d.generateKeys();
  assert.strictEqual(d.getPublicKey('hex'), '80');
  d.setPublicKey('0102', 'hex');
  assert.strictEqual(d.getPublicKey('hex'), '0102');
  // The secret is zero-padded to the prime's length.
  const e = crypto.createDiffieHellman(g.getPrime());
  e.setPrivateKey(Buffer.from([1]));
  assert.strictEqual(e.computeSecret(Buffer.from([2])).toString('hex'), `${'00'.repeat(255)}02`);
});

check('createDiffieHellman argument forms', () => {
  assert.strictEqual(crypto.createDiffieHellman('17', 'hex').getPrime('hex'), '17');
  assert.strictEqual(crypto.createDiffieHellman(Buffer.from('17', 'hex'), 'hex').getGenerator('hex'), '02');
  assert.strictEqual(crypto.createDiffieHellman(Buffer.from('17', 'hex'), 5).getGenerator('hex'), '05');
  assert.strictEqual(crypto.createDiffieHellman(Buffer.from('17', 'hex'), 'ab', 'hex').getGenerator('hex'), 'ab');
  assert.strictEqual(crypto.createDiffieHellman(Buffer.from('17', 'hex'), 'ab', 'utf8').getGenerator('hex'), '6162');
  assert.strictEqual(crypto.createDiffieHellman('17', 'hex', '05', 'hex').getGenerator('hex'), '05');
  assert.strictEqual(crypto.createDiffieHellman(new Uint8Array([23]).buffer).getPrime('hex'), '17');
});

check('verifyError flags', () => {
  const c = crypto.constants;
  const small = 0x80; // OpenSSL 3's DH_MODULUS_TOO_SMALL
  assert.strictEqual(crypto.createDiffieHellman(Buffer.from('17', 'hex'), 5).verifyError, small);
  assert.strictEqual(crypto.createDiffieHellman(Buffer.from('15', 'hex'), 2).verifyError, small | c.DH_CHECK_P_NOT_PRIME);
  assert.strictEqual(crypto.createDiffieHellman(Buffer.from('0b', 'hex'), 3).verifyError, small);
  const p = crypto.getDiffieHellman('modp2').getPrime();
  const notPrime = Buffer.from(p);
  notPrime[notPrime.length - 1] = 0xfd; // p - 2 is odd and composite
  assert.strictEqual(crypto.createDiffieHellman(notPrime).verifyError, c.DH_CHECK_P_NOT_PRIME);
  assert.strictEqual(crypto.createDiffieHellman(p, Buffer.from(p)).verifyError, c.DH_NOT_SUITABLE_GENERATOR);
});

check('createDiffieHellman(primeLength) makes a safe prime', () => {
  const d = crypto.createDiffieHellman(512);
  assert.strictEqual(d.getPrime().length, 64);
  assert.strictEqual(d.verifyError, 0);
  assert.strictEqual(d.getGenerator('hex'), '02');
  const e = crypto.createDiffieHellman(d.getPrime());
  d.generateKeys();
  e.generateKeys();
  assert.ok(d.computeSecret(e.getPublicKey()).equals(e.computeSecret(d.getPublicKey())));
});

check('DiffieHellman errors', () => {
  throwsLike(() => crypto.getDiffieHellman('modp3'), 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
  throwsLike(() => crypto.getDiffieHellman(1), 'ERR_INVALID_ARG_TYPE', 'Group name must be a string');
  const d = crypto.createDiffieHellman(crypto.getDiffieHellman('modp14').getPrime());
  throwsLike(() => d.getPublicKey(), 'ERR_CRYPTO_INVALID_STATE', 'No public key - did you forget to generate one?');
  throwsLike(() => d.getPrivateKey(), 'ERR_CRYPTO_INVALID_STATE', 'No private key - did you forget to generate one?');
  throwsLike(() => d.computeSecret(Buffer.from([1])), 'ERR_CRYPTO_INVALID_KEYLEN', 'Supplied key is too small');
  d.generateKeys();
  const p = d.getPrime();
  const pm1 = Buffer.from(p);
  pm1[pm1.length - 1] -= 1;
  const pm2 = Buffer.from(p);
  pm2[pm2.length - 1] -= 2;
  throwsLike(() => d.computeSecret(Buffer.from([0])), 'ERR_CRYPTO_INVALID_KEYLEN', 'Supplied key is too small');
  throwsLike(() => d.computeSecret(p), 'ERR_CRYPTO_INVALID_KEYLEN', 'Supplied key is too large');
  throwsLike(() => d.computeSecret(pm1), 'ERR_CRYPTO_INVALID_KEYLEN', 'Supplied key is too large');
  assert.strictEqual(d.computeSecret(pm2).length, 256);
  let err;
  try { d.computeSecret(p); } catch (e) { err = e; }
  assert.ok(err instanceof RangeError);
  throwsLike(() => crypto.createDiffieHellman(64), 'ERR_OSSL_DH_MODULUS_TOO_SMALL',
    'error:0280007E:Diffie-Hellman routines::modulus too small');
  throwsLike(() => crypto.createDiffieHellman(Buffer.from('17', 'hex'), 1), 'ERR_OSSL_DH_BAD_GENERATOR',
    'error:02800065:Diffie-Hellman routines::bad generator');
  throwsLike(() => crypto.createDiffieHellman(Buffer.from('17', 'hex'), Buffer.from([1])), 'ERR_OSSL_DH_BAD_GENERATOR');
  throwsLike(() => crypto.createDiffieHellman(Buffer.from('17', 'hex')).generateKeys(), 'ERR_OSSL_DH_MODULUS_TOO_SMALL');
  throwsLike(() => crypto.createDiffieHellman(Buffer.alloc(0)), 'ERR_OSSL_BN_BITS_TOO_SMALL');
  throwsLike(() => crypto.createDiffieHellman(1.5), 'ERR_OUT_OF_RANGE');
  throwsLike(() => crypto.createDiffieHellman({}), 'ERR_INVALID_ARG_TYPE');
  throwsLike(() => crypto.createDiffieHellman(Buffer.from('17', 'hex'), {}), 'ERR_INVALID_ARG_TYPE');
});
