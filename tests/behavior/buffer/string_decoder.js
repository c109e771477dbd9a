'use strict';
// string_decoder: characters split across writes, lastNeed/lastTotal, end().
const { check, assert } = require('../check');
const { StringDecoder } = require('string_decoder');

check('encoding names', () => {
  assert.deepStrictEqual([undefined, 'binary', 'UTF-8', 'ucs2', null, '', 'UCS-2', 'base64url', 'hex', 'ascii']
    .map((e) => new StringDecoder(e).encoding),
  ['utf8', 'latin1', 'utf8', 'utf16le', 'utf8', 'utf8', 'utf16le', 'base64url', 'hex', 'ascii']);
  assert.throws(() => new StringDecoder('foo'), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: foo' });
});

check('utf8 split characters', () => {
  const d = new StringDecoder('utf8');
  assert.strictEqual(d.write(Buffer.from([0xe2])), '');
  assert.deepStrictEqual([d.lastNeed, d.lastTotal], [2, 3]);
  assert.strictEqual(d.write(Buffer.from([0x82])), '');
  assert.strictEqual(d.lastNeed, 1);
  assert.strictEqual(d.end(Buffer.from([0xac])), '€');
  assert.strictEqual(d.write(Buffer.from([0xe2, 0x41])), '\ufffdA');
  assert.strictEqual(d.write(Buffer.from([0xf0, 0x9f])), '');
  assert.strictEqual(d.end(), '\ufffd');
  assert.strictEqual(d.write(Buffer.from('abc')), 'abc');
});

check('utf8 one byte at a time', () => {
  const d = new StringDecoder('utf8');
  const b = Buffer.from('héllo 😀 € ∑ 𝄞!');
  let s = '';
  for (const byte of b) s += d.write(Buffer.from([byte]));
  s += d.end();
  assert.strictEqual(s, 'héllo 😀 € ∑ 𝄞!');
});

check('utf16le split units and surrogates', () => {
  const d = new StringDecoder('ucs2');
  assert.strictEqual(d.write(Buffer.from([0x61])), '');
  assert.deepStrictEqual([d.lastNeed, d.lastTotal], [1, 2]);
  assert.strictEqual(d.write(Buffer.from([0x00, 0x3d, 0xd8])), 'a');
  assert.deepStrictEqual([d.lastNeed, d.lastTotal], [2, 4]);
  assert.strictEqual(d.write(Buffer.from([0x4d, 0xdc, 0x62])), '👍');
  assert.strictEqual(d.write(Buffer.from([0x00])), 'b');
  const e = new StringDecoder('utf16le');
  assert.strictEqual(e.write(Buffer.from([0x3d, 0xd8])), '');
  assert.deepStrictEqual([e.lastNeed, e.lastTotal], [2, 4]);
  assert.strictEqual(e.write(Buffer.from([0x4d])), '');
  assert.strictEqual(e.end(Buffer.from([0xdc])), '👍');
  assert.strictEqual(e.write(Buffer.from([0x61])), '');
  assert.strictEqual(e.end(), '');
  assert.strictEqual(e.write(Buffer.from([0x3d, 0xd8])), '');
  assert.strictEqual(e.end(), '\ud83d');
});

check('base64 groups of three', () => {
  const d = new StringDecoder('base64');
  assert.strictEqual(d.write(Buffer.from('ab')), '');
  assert.deepStrictEqual([d.lastNeed, d.lastTotal], [1, 3]);
  assert.strictEqual(d.write(Buffer.from('cde')), 'YWJj');
  assert.strictEqual(d.end(), 'ZGU=');
  assert.strictEqual(d.write(Buffer.from('a')), '');
  assert.strictEqual(d.end(Buffer.from('b')), 'YWI=');
  const u = new StringDecoder('base64url');
  assert.strictEqual(u.write(Buffer.from([0xfb, 0xff])) + u.end(), '-_8');
});

check('hex, latin1, ascii', () => {
  assert.strictEqual(new StringDecoder('hex').write(Buffer.from('ab')), '6162');
  assert.strictEqual(new StringDecoder('latin1').write(Buffer.from([0xe9, 0x41])), 'éA');
  assert.strictEqual(new StringDecoder('ascii').write(Buffer.from([0xe9, 0x41])), 'iA');
});

check('write accepts strings and views, rejects others', () => {
  const d = new StringDecoder();
  assert.strictEqual(d.write('abc'), 'abc');
  assert.strictEqual(d.write(new Uint16Array([0x6261])), 'ab');
  assert.strictEqual(d.write(new DataView(Uint8Array.of(0x63).buffer)), 'c');
  assert.throws(() => d.write(5), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "buf" argument must be an instance of Buffer, TypedArray, or DataView. Received type number (5)' });
});

check('text() and lastChar', () => {
  const d = new StringDecoder('utf8');
  assert.strictEqual(d.text(Buffer.from('abc'), 1), 'bc');
  d.write(Buffer.from([0xe2, 0x82]));
  assert.deepStrictEqual([...d.lastChar.subarray(0, 2)], [0xe2, 0x82]);
  assert.strictEqual(d.lastChar.length, 4);
  assert.strictEqual(d.text(Buffer.from('xyz'), 0), 'xyz');
});
