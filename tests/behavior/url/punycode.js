'use strict';
// The (deprecated) punycode module.
const { check, assert } = require('../check');
const punycode = require('punycode');

check('encode / decode', () => {
  for (const [plain, coded] of [['mañana', 'maana-pta'], ['bücher', 'bcher-kva'], ['☃-⌘', '--dqo34k'], ['abc', 'abc-'], ['', ''], ['ü', 'tda'], ['\u4ed6\u4eec\u4e3a\u4ec0\u4e48\u4e0d\u8bf4\u4e2d\u6587', 'ihqwcrb4cv8a8dqg056pqjye']]) {
    assert.strictEqual(punycode.encode(plain), coded);
    assert.strictEqual(punycode.decode(coded), plain);
  }
});
check('decode errors', () => {
  assert.throws(() => punycode.decode('ü'), { name: 'RangeError', message: 'Invalid input' });
  assert.throws(() => punycode.decode('mañana-'), { message: 'Illegal input >= 0x80 (not a basic code point)' });
  assert.throws(() => punycode.decode('99999999'), { message: 'Overflow: input needs wider integers to process' });
});
check('toASCII / toUnicode', () => {
  assert.strictEqual(punycode.toASCII('mañana.com'), 'xn--maana-pta.com');
  assert.strictEqual(punycode.toASCII('☃-⌘.com'), 'xn----dqo34k.com');
  assert.strictEqual(punycode.toASCII('джумла@джpумлатест.bрфa'), 'джумла@xn--p-8sbkgc5ag7bhce.xn--ba-lmcq');
  assert.strictEqual(punycode.toASCII('a。b．c｡d'), 'a.b.c.d');
  assert.strictEqual(punycode.toUnicode('xn--maana-pta.com'), 'mañana.com');
  assert.strictEqual(punycode.toUnicode('XN--MAANA-PTA.com'), 'XN--MAANA-PTA.com');
});
check('ucs2 helpers and version', () => {
  assert.deepStrictEqual(punycode.ucs2.decode('a\ud83d\ude00\ud800'), [97, 0x1F600, 0xD800]);
  assert.strictEqual(punycode.ucs2.encode([97, 0x1F600]), 'a\ud83d\ude00');
  assert.strictEqual(punycode.version, '2.1.0');
  assert.deepStrictEqual(Object.keys(punycode), ['version', 'ucs2', 'decode', 'encode', 'toASCII', 'toUnicode']);
});
