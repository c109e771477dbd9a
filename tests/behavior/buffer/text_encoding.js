'use strict';
// TextEncoder, TextDecoder, atob/btoa, isUtf8/isAscii, transcode.
const { check, assert } = require('../check');
const buffer = require('buffer');

const arr = (u8) => Array.from(u8);

check('TextEncoder.encode', () => {
  const e = new TextEncoder();
  assert.strictEqual(e.encoding, 'utf-8');
  const out = e.encode('a€');
  assert.strictEqual(Object.getPrototypeOf(out), Uint8Array.prototype);
  assert.deepStrictEqual(arr(out), [97, 226, 130, 172]);
  assert.strictEqual(e.encode().length, 0);
  assert.deepStrictEqual(arr(e.encode(5)), [53]);
  assert.deepStrictEqual(arr(e.encode('\ud800')), [0xef, 0xbf, 0xbd]);
  assert.strictEqual(e.encode('€'.repeat(1000)).length, 3000);
});

check('TextEncoder.encodeInto', () => {
  const e = new TextEncoder();
  const u = new Uint8Array(5);
  assert.deepStrictEqual(e.encodeInto('a€b', u), { read: 3, written: 5 });
  assert.deepStrictEqual(arr(u), [97, 226, 130, 172, 98]);
  assert.deepStrictEqual(e.encodeInto('\ud83d\ude00x', new Uint8Array(3)), { read: 0, written: 0 });
  assert.deepStrictEqual(e.encodeInto('\ud800x', new Uint8Array(4)), { read: 2, written: 4 });
  const big = new Uint8Array(100);
  assert.deepStrictEqual(e.encodeInto('€'.repeat(40) + 'abc', big), { read: 33, written: 99 });
  assert.deepStrictEqual(e.encodeInto('x'.repeat(60) + '😀'.repeat(10), big), { read: 80, written: 100 });
  assert.throws(() => e.encodeInto('a', []), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "dest" argument must be an instance of Uint8Array. Received an instance of Array' });
});

check('TextDecoder basics and labels', () => {
  const d = new TextDecoder();
  assert.deepStrictEqual([d.encoding, d.fatal, d.ignoreBOM], ['utf-8', false, false]);
  assert.strictEqual(d.decode(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61)), 'a');
  assert.strictEqual(d.decode(), '');
  assert.strictEqual(d.decode(new ArrayBuffer(1)), '\0');
  assert.strictEqual(d.decode(new DataView(Uint8Array.of(0x41).buffer)), 'A');
  assert.strictEqual(d.decode(new Uint16Array([0x6261])), 'ab');
  assert.deepStrictEqual(['unicode-1-1-utf-8', ' UTF8 ', 'utf-16', 'ucs-2', 'ascii', 'iso-8859-1', 'utf-16be', 'UTF-16LE']
    .map((l) => new TextDecoder(l).encoding),
  ['utf-8', 'utf-8', 'utf-16le', 'utf-16le', 'windows-1252', 'windows-1252', 'utf-16be', 'utf-16le']);
  assert.throws(() => new TextDecoder('foo'), { code: 'ERR_ENCODING_NOT_SUPPORTED', name: 'RangeError',
    message: 'The "foo" encoding is not supported' });
  assert.throws(() => new TextDecoder('utf8', 5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => d.decode('abc'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(Object.prototype.toString.call(d), '[object TextDecoder]');
});

check('TextDecoder replacement and fatal mode', () => {
  assert.strictEqual(new TextDecoder().decode(Uint8Array.of(0xc0, 0x80, 0xf5, 0x41, 0xe2, 0x28, 0xa1, 0xf0, 0x90, 0x80)),
    '\ufffd\ufffd\ufffdA\ufffd(\ufffd\ufffd');
  const fatal = new TextDecoder('utf-8', { fatal: true });
  assert.strictEqual(fatal.fatal, true);
  assert.throws(() => fatal.decode(Uint8Array.of(0xff)), { code: 'ERR_ENCODING_INVALID_ENCODED_DATA', name: 'TypeError',
    message: 'The encoded data was not valid for encoding utf-8' });
  assert.strictEqual(fatal.decode(Uint8Array.of(0xe2), { stream: true }), '');
  assert.throws(() => fatal.decode(Uint8Array.of(0x41)), { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
  assert.throws(() => new TextDecoder('utf-16le', { fatal: true }).decode(Uint8Array.of(0, 0xd8)),
    { message: 'The encoded data was not valid for encoding utf-16le' });
});

check('TextDecoder streaming utf-8 byte by byte', () => {
  const d = new TextDecoder();
  const b = Buffer.from('héllo wörld 😀 € ∑ 𝄞');
  let s = '';
  for (let i = 0; i < b.length; i++) s += d.decode(b.subarray(i, i + 1), { stream: true });
  s += d.decode();
  assert.strictEqual(s, 'héllo wörld 😀 € ∑ 𝄞');
  assert.deepStrictEqual([d.decode(Uint8Array.of(0xe2, 0x82), { stream: true }), d.decode(Uint8Array.of(0xac))], ['', '€']);
  assert.deepStrictEqual([d.decode(Uint8Array.of(0xf0, 0x9f), { stream: true }), d.decode(Uint8Array.of(0x41), { stream: true }),
    d.decode()], ['', '\ufffdA', '']);
});

check('TextDecoder BOM handling', () => {
  const d = new TextDecoder();
  assert.deepStrictEqual([d.decode(Uint8Array.of(0xef, 0xbb), { stream: true }), d.decode(Uint8Array.of(0xbf, 0x41), { stream: true }),
    d.decode(Uint8Array.of(0xef, 0xbb, 0xbf), { stream: true }), d.decode()], ['', 'A', '\ufeff', '']);
  const keep = new TextDecoder('utf-8', { ignoreBOM: true });
  assert.strictEqual(keep.decode(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61)), '\ufeffa');
});

check('TextDecoder utf-16le/be and latin1', () => {
  const d = new TextDecoder('utf-16le');
  assert.deepStrictEqual([d.decode(Uint8Array.of(0xff, 0xfe, 0x61, 0, 0x00, 0xd8, 0x62, 0)),
    d.decode(Uint8Array.of(0x61), { stream: true }), d.decode(Uint8Array.of(0)),
    d.decode(Uint8Array.of(0x3d, 0xd8), { stream: true }), d.decode(Uint8Array.of(0x4d, 0xdc)), d.decode(Uint8Array.of(0x61))],
  ['a\ufffdb', '', 'a', '', '👍', '\ufffd']);
  assert.strictEqual(new TextDecoder('utf-16be').decode(Uint8Array.of(0xfe, 0xff, 0, 0x61, 0xd8, 0x3d, 0xdc, 0x4d)), 'a👍');
  const l = new TextDecoder('latin1');
  assert.strictEqual(l.encoding, 'windows-1252');
  assert.strictEqual(l.decode(Uint8Array.of(0x41, 0xe9, 0xff)), 'Aéÿ');
});

check('btoa and atob', () => {
  assert.strictEqual(btoa('abc'), 'YWJj');
  assert.strictEqual(btoa('\xff'), '/w==');
  assert.strictEqual(btoa(''), '');
  assert.strictEqual(btoa(12), 'MTI=');
  assert.strictEqual(atob(' YW Jj '), 'abc');
  assert.strictEqual(atob('YQ'), 'a');
  assert.strictEqual(atob('YQ=='), 'a');
  assert.strictEqual(atob('/w=='), '\xff');
  assert.strictEqual(atob(''), '');
  assert.strictEqual(buffer.atob, atob);
  assert.strictEqual(buffer.btoa, btoa);
});

check('atob/btoa errors', () => {
  assert.throws(() => atob('Y'), { name: 'InvalidCharacterError', code: 5,
    message: 'The string to be decoded is not correctly encoded.' });
  assert.throws(() => atob('Y*=='), { name: 'InvalidCharacterError', message: 'Invalid character' });
  assert.throws(() => atob('YQ=a'), { name: 'InvalidCharacterError' });
  assert.throws(() => atob('-_=='), { name: 'InvalidCharacterError' });
  assert.throws(() => btoa('\u0100'), { name: 'InvalidCharacterError', message: 'Invalid character' });
  assert.throws(() => atob(), { code: 'ERR_MISSING_ARGS', message: 'The "input" argument must be specified' });
});

check('isUtf8 and isAscii', () => {
  assert.strictEqual(buffer.isUtf8(Buffer.from('héllo')), true);
  assert.strictEqual(buffer.isUtf8(Buffer.from([0xff])), false);
  assert.strictEqual(buffer.isUtf8(Buffer.from([0xed, 0xa0, 0x80])), false);
  assert.strictEqual(buffer.isUtf8(new ArrayBuffer(2)), true);
  assert.strictEqual(buffer.isAscii(Buffer.from('é')), false);
  assert.strictEqual(buffer.isAscii(new Uint16Array([0x7f7f])), true);
  assert.throws(() => buffer.isUtf8('x'), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "input" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. Received type string (\'x\')' });
});

check('transcode', () => {
  const { transcode } = buffer;
  assert.strictEqual(transcode(Buffer.from('a€'), 'utf8', 'ascii').toString('hex'), '613f');
  assert.strictEqual(transcode(Buffer.from('a€'), 'utf8', 'latin1').toString('hex'), '613f');
  assert.strictEqual(transcode(Buffer.from('a€'), 'utf8', 'ucs2').toString('hex'), '6100ac20');
  assert.strictEqual(transcode(Buffer.from('aé', 'latin1'), 'latin1', 'utf8').toString('hex'), '61c3a9');
  assert.strictEqual(transcode(Buffer.from('a€𝄞', 'ucs2'), 'ucs2', 'utf8').toString(), 'a€𝄞');
});
