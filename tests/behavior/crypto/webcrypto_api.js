'use strict';
// Web Crypto API surface: the Crypto/CryptoKey/SubtleCrypto globals, CryptoKey's
// accessors and inspection, method shapes, and the WebIDL argument errors.
const nodeCrypto = require('crypto');
const util = require('util');
const { check, checkAsync, assert } = require('../check');
const { eq } = require('./_util');

const s = crypto.subtle;

async function rejects(p) {
  try {
    await p;
  } catch (e) {
    return [e.name, e.code, e.message];
  }
  return 'resolved';
}

check('globals Crypto, CryptoKey, SubtleCrypto', () => {
  const d = (n) => {
    const x = Object.getOwnPropertyDescriptor(globalThis, n);
    return [typeof globalThis[n], x.enumerable, x.configurable];
  };
  eq([d('Crypto'), d('CryptoKey'), d('SubtleCrypto')],
    [['function', false, true], ['function', false, true], ['function', false, true]]);
  assert.ok(crypto instanceof Crypto);
  assert.ok(crypto.subtle instanceof SubtleCrypto);
  assert.strictEqual(Object.getPrototypeOf(nodeCrypto.webcrypto), Crypto.prototype);
  eq([Object.keys(nodeCrypto.webcrypto), nodeCrypto.webcrypto.CryptoKey, Object.getOwnPropertyNames(Crypto.prototype),
    Object.getOwnPropertyNames(SubtleCrypto.prototype), Object.getOwnPropertyNames(CryptoKey.prototype)], [
    [], undefined, ['constructor', 'subtle', 'getRandomValues', 'randomUUID'],
    ['constructor', 'encrypt', 'decrypt', 'sign', 'verify', 'digest', 'generateKey', 'deriveKey', 'deriveBits',
      'importKey', 'exportKey', 'wrapKey', 'unwrapKey'],
    ['constructor', 'type', 'extractable', 'algorithm', 'usages']]);
  const lens = ['encrypt', 'decrypt', 'sign', 'verify', 'digest', 'generateKey', 'deriveKey', 'deriveBits', 'importKey',
    'exportKey', 'wrapKey', 'unwrapKey'].map((m) => [m, s[m].length, Object.getOwnPropertyDescriptor(SubtleCrypto.prototype, m).enumerable]);
  eq(lens, [['encrypt', 3, true], ['decrypt', 3, true], ['sign', 3, true], ['verify', 4, true], ['digest', 2, true],
    ['generateKey', 3, true], ['deriveKey', 5, true], ['deriveBits', 2, true], ['importKey', 5, true], ['exportKey', 2, true],
    ['wrapKey', 4, true], ['unwrapKey', 7, true]]);
  eq([CryptoKey.prototype[Symbol.toStringTag], Object.getOwnPropertyDescriptor(CryptoKey.prototype, 'type').enumerable,
    typeof Object.getOwnPropertyDescriptor(CryptoKey.prototype, 'type').get], ['CryptoKey', true, 'function']);
  for (const C of [Crypto, CryptoKey, SubtleCrypto]) {
    assert.throws(() => new C(), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor' });
  }
  assert.throws(() => CryptoKey.prototype.type, { code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type CryptoKey' });
  assert.throws(() => Crypto.prototype.subtle, { code: 'ERR_INVALID_THIS' });
  eq([util.inspect(crypto.subtle), util.inspect(crypto)], ['SubtleCrypto {}', 'Crypto {}']);
});

checkAsync('CryptoKey accessors, inspection and node:crypto interop', async () => {
  const key = await s.generateKey({ name: 'AES-GCM', length: 128 }, true, ['encrypt', 'decrypt']);
  eq([key instanceof CryptoKey, Object.keys(key), JSON.stringify(key), Object.prototype.toString.call(key),
    key.algorithm === key.algorithm, key.usages === key.usages, util.types.isCryptoKey(key),
    util.types.isCryptoKey({}), nodeCrypto.KeyObject.from(key).symmetricKeySize],
  [true, [], '{}', '[object CryptoKey]', true, true, true, false, 16]);
  eq(util.inspect(key), "CryptoKey {\n  type: 'secret',\n  extractable: true,\n  algorithm: { name: 'AES-GCM', length: 128 },\n" +
    "  usages: [ 'encrypt', 'decrypt' ]\n}");
  eq(util.inspect({ k: key }, { depth: 0 }), '{ k: CryptoKey {} }');
  const pair = await s.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  eq(util.inspect(pair.publicKey, { breakLength: Infinity }),
    "CryptoKey { type: 'public', extractable: true, algorithm: { name: 'ECDSA', namedCurve: 'P-256' }, usages: [ 'verify' ] }");
  // A CryptoKey works as a key for node:crypto too.
  const hmac = await s.importKey('raw', Buffer.from('k'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  eq(nodeCrypto.createHmac('sha256', hmac).update('x').digest('hex'), nodeCrypto.createHmac('sha256', 'k').update('x').digest('hex'));
  const sig = nodeCrypto.sign('sha256', Buffer.from('m'), pair.privateKey);
  eq(nodeCrypto.verify('sha256', Buffer.from('m'), nodeCrypto.KeyObject.from(pair.publicKey), sig), true);
});

checkAsync('WebIDL argument errors', async () => {
  const key = await s.generateKey({ name: 'AES-GCM', length: 128 }, true, ['encrypt']);
  const r = [];
  r.push(await rejects(s.generateKey()));
  r.push(await rejects(s.digest('SHA-256')));
  r.push(await rejects(s.digest('SHA-256', 'abc')));
  r.push(await rejects(s.digest('MD5', new Uint8Array(1))));
  r.push(await rejects(s.generateKey({ name: 'AES-GCM', length: 128 }, true, 'encrypt')));
  r.push(await rejects(s.generateKey({ name: 'AES-GCM', length: 128 }, true, ['bogus'])));
  r.push(await rejects(s.generateKey({ name: 'AES-GCM', length: 'abc' }, true, ['encrypt'])));
  r.push(await rejects(s.generateKey({ name: 'AES-GCM', length: -1 }, true, ['encrypt'])));
  r.push(await rejects(s.generateKey({ name: 'FOO' }, true, ['sign'])));
  r.push(await rejects(s.generateKey({}, true, ['sign'])));
  r.push(await rejects(s.generateKey(null, true, ['sign'])));
  r.push(await rejects(s.importKey('foo', new Uint8Array(16), 'AES-GCM', true, ['encrypt'])));
  r.push(await rejects(s.importKey('raw', 'x', 'AES-GCM', true, ['encrypt'])));
  r.push(await rejects(s.importKey('jwk', 'x', 'AES-GCM', true, ['encrypt'])));
  r.push(await rejects(s.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, {}, new Uint8Array(1))));
  r.push(await rejects(s.exportKey('raw')));
  r.push(await rejects(s.sign.call({}, 'HMAC', key, new Uint8Array(1))));
  r.push(await rejects(s.wrapKey('raw', key, key)));
  r.push(await rejects(s.unwrapKey('raw', new Uint8Array(8), key, 'AES-KW', 'AES-GCM', true)));
  eq(r, [
    ['TypeError', 'ERR_MISSING_ARGS', "Failed to execute 'generateKey' on 'SubtleCrypto': 3 arguments required, but only 0 present."],
    ['TypeError', 'ERR_MISSING_ARGS', "Failed to execute 'digest' on 'SubtleCrypto': 2 arguments required, but only 1 present."],
    ['TypeError', 'ERR_INVALID_ARG_TYPE', "Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView."],
    ['NotSupportedError', 9, 'Unrecognized algorithm name'],
    ['TypeError', 'ERR_INVALID_ARG_TYPE', "Failed to execute 'generateKey' on 'SubtleCrypto': 3rd argument can not be converted to sequence."],
    ['TypeError', 'ERR_INVALID_ARG_VALUE', "Failed to execute 'generateKey' on 'SubtleCrypto': 3rd argument, index 0 value 'bogus' is not a valid enum value of type KeyUsage."],
    ['TypeError', 'ERR_INVALID_ARG_TYPE', "Failed to normalize algorithm: 'length' of 'AesKeyGenParams' (passed algorithm) is not a finite number."],
    ['TypeError', 'ERR_OUT_OF_RANGE', "Failed to normalize algorithm: 'length' of 'AesKeyGenParams' (passed algorithm) is outside the expected range of 0 to 65535."],
    ['NotSupportedError', 9, 'Unrecognized algorithm name'],
    ['TypeError', 'ERR_MISSING_OPTION', "Failed to normalize algorithm: passed algorithm can not be converted to 'Algorithm' because 'name' is required in 'Algorithm'."],
    ['NotSupportedError', 9, 'Unrecognized algorithm name'],
    ['TypeError', 'ERR_INVALID_ARG_VALUE', "Failed to execute 'importKey' on 'SubtleCrypto': 1st argument value 'foo' is not a valid enum value of type KeyFormat."],
    ['TypeError', 'ERR_INVALID_ARG_TYPE', "Failed to execute 'importKey' on 'SubtleCrypto': 2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView."],
    ['TypeError', 'ERR_INVALID_ARG_TYPE', "Failed to execute 'importKey' on 'SubtleCrypto': 2nd argument can not be converted to a dictionary"],
    ['TypeError', 'ERR_INVALID_ARG_TYPE', "Failed to execute 'encrypt' on 'SubtleCrypto': 2nd argument is not of type CryptoKey."],
    ['TypeError', 'ERR_MISSING_ARGS', "Failed to execute 'exportKey' on 'SubtleCrypto': 2 arguments required, but only 1 present."],
    ['TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type SubtleCrypto'],
    ['TypeError', 'ERR_MISSING_ARGS', "Failed to execute 'wrapKey' on 'SubtleCrypto': 4 arguments required, but only 3 present."],
    ['TypeError', 'ERR_MISSING_ARGS', "Failed to execute 'unwrapKey' on 'SubtleCrypto': 7 arguments required, but only 6 present."],
  ]);
});
