'use strict';
// Buffer creation, encodings and toString.
const { check, assert } = require('../check');
const { Buffer: B2, kMaxLength, constants, SlowBuffer } = require('buffer');

const hex = (b) => b.toString('hex');

check('Buffer is the global and a Uint8Array subclass', () => {
  assert.strictEqual(B2, Buffer);
  const b = Buffer.from('abc');
  assert.ok(b instanceof Buffer);
  assert.ok(b instanceof Uint8Array);
  assert.strictEqual(Object.getPrototypeOf(Buffer), Uint8Array);
  assert.strictEqual(b.constructor, Buffer);
  assert.strictEqual(Buffer.isBuffer(b), true);
  assert.strictEqual(Buffer.isBuffer(new Uint8Array(2)), false);
  assert.strictEqual(Buffer.isBuffer('abc'), false);
});

check('alloc zero-fills and fills with patterns', () => {
  assert.strictEqual(hex(Buffer.alloc(4)), '00000000');
  assert.strictEqual(hex(Buffer.alloc(5, 'ab')), '6162616261');
  assert.strictEqual(hex(Buffer.alloc(4, 0x101)), '01010101');
  assert.strictEqual(hex(Buffer.alloc(3, 'ffee', 'hex')), 'ffeeff');
  assert.strictEqual(hex(Buffer.alloc(4, Buffer.from([1, 2, 3]))), '01020301');
  assert.strictEqual(Buffer.alloc(11, 'aGVsbG8gd29ybGQ=', 'base64').toString(), 'hello world');
});

check('alloc argument errors', () => {
  assert.throws(() => Buffer.alloc(-1), { code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
    message: `The value of "size" is out of range. It must be >= 0 && <= ${kMaxLength}. Received -1` });
  assert.throws(() => Buffer.alloc('1'), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "size" argument must be of type number. Received type string (\'1\')' });
  assert.throws(() => Buffer.allocUnsafe(NaN), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => Buffer.alloc(4, 'zz', 'hex'), { code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'value' is invalid. Received 'zz'" });
});

check('allocUnsafe is pooled, allocUnsafeSlow is not', () => {
  assert.strictEqual(Buffer.poolSize, 8192);
  const a = Buffer.allocUnsafe(10);
  assert.strictEqual(a.length, 10);
  assert.strictEqual(a.buffer.byteLength, 8192);
  assert.strictEqual(Buffer.allocUnsafeSlow(10).buffer.byteLength, 10);
  assert.strictEqual(Buffer.allocUnsafe(5000).buffer.byteLength, 5000);
  assert.strictEqual(Buffer.allocUnsafe(0).length, 0);
});

check('from(string) in every encoding', () => {
  const s = 'héllo €𝄞';
  assert.strictEqual(hex(Buffer.from(s)), '68c3a96c6c6f20e282acf09d849e');
  assert.strictEqual(hex(Buffer.from(s, 'utf-8')), hex(Buffer.from(s, 'UTF8')));
  assert.strictEqual(hex(Buffer.from(s, 'latin1')), '68e96c6c6f20ac341e');
  assert.strictEqual(hex(Buffer.from(s, 'binary')), '68e96c6c6f20ac341e');
  assert.strictEqual(hex(Buffer.from(s, 'ascii')), '68e96c6c6f20ac341e');
  assert.strictEqual(hex(Buffer.from(s, 'ucs2')), '6800e9006c006c006f002000ac2034d81edd');
  assert.strictEqual(hex(Buffer.from(s, 'utf16le')), hex(Buffer.from(s, 'UCS-2')));
  assert.strictEqual(hex(Buffer.from('0aFf12', 'hex')), '0aff12');
  assert.strictEqual(hex(Buffer.from('abc', 'hex')), 'ab');
  assert.strictEqual(hex(Buffer.from('0g12', 'hex')), '');
  assert.strictEqual(Buffer.from('aGVsbG8=', 'base64').toString(), 'hello');
  assert.strictEqual(Buffer.from('aGVsbG8', 'base64').toString(), 'hello');
  assert.strictEqual(Buffer.from('aGV sbG8\n=', 'base64').toString(), 'hello');
  assert.strictEqual(hex(Buffer.from('-_-_', 'base64')), 'fbffbf');
  assert.strictEqual(hex(Buffer.from('-_-_', 'base64url')), 'fbffbf');
  assert.strictEqual(Buffer.from('', 'hex').length, 0);
});

check('lone surrogates encode like node', () => {
  assert.strictEqual(hex(Buffer.from('\ud800')), 'efbfbd');
  assert.strictEqual(hex(Buffer.from('a\udc00b\ud800')), '61efbfbd62efbfbd');
  assert.strictEqual(hex(Buffer.from('\ud800', 'latin1')), '00');
  assert.strictEqual(hex(Buffer.from('\ud800x', 'utf16le')), '00d87800');
  assert.strictEqual(Buffer.from([0, 0xd8]).toString('utf16le').charCodeAt(0), 0xd800);
  const long = 'x'.repeat(100) + '\ud800';
  assert.strictEqual(hex(Buffer.from(long).subarray(100)), 'efbfbd');
  assert.strictEqual(Buffer.byteLength(long), 103);
});

check('from(string) encoding errors', () => {
  assert.throws(() => Buffer.from('abc', 'foo'), { code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError',
    message: 'Unknown encoding: foo' });
  assert.strictEqual(hex(Buffer.from('abc', null)), '616263');
});

check('from(array, arrayLike, typed array, buffer)', () => {
  assert.strictEqual(hex(Buffer.from([257, -1, 1.5, 'a', '3'])), '01ff010003');
  assert.strictEqual(hex(Buffer.from({ length: 2, 0: 1, 1: 2 })), '0102');
  assert.strictEqual(hex(Buffer.from({ type: 'Buffer', data: [1, 2] })), '0102');
  assert.strictEqual(hex(Buffer.from(new Uint16Array([0x1ff, 2]))), 'ff02');
  const src = Buffer.from('abc');
  const copy = Buffer.from(src);
  copy[0] = 0x7a;
  assert.strictEqual(src.toString(), 'abc');
  assert.strictEqual(hex(Buffer.from(new Uint8Array([1, 2, 3]).subarray(1))), '0203');
});

check('from(arrayBuffer) shares memory', () => {
  const ab = new ArrayBuffer(8);
  const b = Buffer.from(ab, 2, 3);
  assert.strictEqual(b.length, 3);
  assert.strictEqual(b.byteOffset, 2);
  b[0] = 9;
  assert.strictEqual(new Uint8Array(ab)[2], 9);
  assert.strictEqual(Buffer.from(ab).length, 8);
  assert.strictEqual(Buffer.from(ab, '2', -1).length, 0);
  assert.throws(() => Buffer.from(ab, 9), { code: 'ERR_BUFFER_OUT_OF_BOUNDS', name: 'RangeError',
    message: '"offset" is outside of buffer bounds' });
  assert.throws(() => Buffer.from(ab, 2, 7), { code: 'ERR_BUFFER_OUT_OF_BOUNDS',
    message: '"length" is outside of buffer bounds' });
});

check('from(object with valueOf / toPrimitive)', () => {
  assert.strictEqual(Buffer.from(new String('ab')).toString(), 'ab');
  assert.strictEqual(Buffer.from({ [Symbol.toPrimitive]() { return 'xy'; } }).toString(), 'xy');
  assert.strictEqual(Buffer.from({ valueOf() { return 'vv'; } }).toString(), 'vv');
});

check('from() rejects other values', () => {
  const msg = 'The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object.';
  assert.throws(() => Buffer.from(5), { code: 'ERR_INVALID_ARG_TYPE', message: `${msg} Received type number (5)` });
  assert.throws(() => Buffer.from({}), { code: 'ERR_INVALID_ARG_TYPE', message: `${msg} Received an instance of Object` });
  assert.throws(() => Buffer.from(null), { code: 'ERR_INVALID_ARG_TYPE', message: `${msg} Received null` });
});

check('Buffer() and new Buffer() still work', () => {
  process.noDeprecation = true;
  assert.strictEqual(hex(new Buffer(3)), '000000');
  assert.strictEqual(Buffer('ab').toString(), 'ab');
  assert.strictEqual(hex(new Buffer('ab', 'hex')), 'ab');
  assert.throws(() => Buffer(3, 'utf8'), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "string" argument must be of type string. Received type number (3)' });
  assert.strictEqual(hex(SlowBuffer(2)), '0000');
});

check('of and copyBytesFrom', () => {
  assert.strictEqual(hex(Buffer.of(1, 2, 300)), '01022c');
  assert.strictEqual(hex(Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1)), '02000300');
  assert.strictEqual(hex(Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1)), '0200');
  assert.throws(() => Buffer.copyBytesFrom([1]), { code: 'ERR_INVALID_ARG_TYPE' });
});

check('toString with encodings and ranges', () => {
  const b = Buffer.from('hello world');
  assert.strictEqual(b.toString(), 'hello world');
  assert.strictEqual(b.toString('utf8', 1, 3), 'el');
  assert.strictEqual(b.toString('utf8', '1', '3'), 'el');
  assert.strictEqual(b.toString('utf8', -1, 3), 'hel');
  assert.strictEqual(b.toString('utf8', NaN, NaN), '');
  assert.strictEqual(b.toString('utf8', 1.5, 3.9), 'el');
  assert.strictEqual(b.toString('utf8', 5, 100), ' world');
  assert.strictEqual(b.toString(undefined, 6), 'world');
  assert.strictEqual(b.toString('hex'), '68656c6c6f20776f726c64');
  assert.strictEqual(b.toString('base64'), 'aGVsbG8gd29ybGQ=');
  assert.strictEqual(Buffer.from([0xfb, 0xff]).toString('base64'), '+/8=');
  assert.strictEqual(Buffer.from([0xfb, 0xff]).toString('base64url'), '-_8');
  assert.strictEqual(Buffer.from('abcd').toString('ucs2'), '扡摣');
  assert.strictEqual(Buffer.from('abc').toString('ucs2'), '扡');
  assert.strictEqual(Buffer.from([0xe9, 0xff]).toString('latin1'), 'éÿ');
  assert.deepStrictEqual([...Buffer.from([0xff, 0x80, 0x41]).toString('ascii')].map((c) => c.charCodeAt(0)), [127, 0, 65]);
  assert.strictEqual(b.toLocaleString, b.toString);
});

check('toString errors on unknown encodings', () => {
  const b = Buffer.from('x');
  assert.throws(() => b.toString('foo'), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: foo' });
  assert.throws(() => b.toString(null), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: null' });
});

check('invalid UTF-8 decodes with replacement characters', () => {
  assert.strictEqual(Buffer.from([0xe2, 0x82, 0x41, 0xff, 0xc3]).toString(), '\ufffdA\ufffd\ufffd');
  assert.strictEqual(Buffer.from([0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0x80, 0xc0, 0x80]).toString(),
    '😀\ufffd\ufffd\ufffd\ufffd\ufffd');
  const big = Buffer.concat([Buffer.alloc(100, 0x61), Buffer.from([0xe2, 0x82])]);
  assert.strictEqual(big.toString().slice(98), 'aa\ufffd');
});

check('big buffers round-trip through every encoding', () => {
  const s = 'héllo wörld € 😀 '.repeat(300);
  for (const enc of ['utf8', 'utf16le', 'latin1', 'base64', 'base64url', 'hex']) {
    const b = Buffer.from(s, enc === 'base64' || enc === 'base64url' || enc === 'hex' ? 'utf8' : enc);
    const text = b.toString(enc);
    assert.strictEqual(Buffer.from(text, enc).equals(b), true, enc);
  }
  assert.strictEqual(Buffer.from(s).toString(), s);
  assert.strictEqual(Buffer.from(s, 'ucs2').toString('ucs2'), s);
});

check('byteLength', () => {
  assert.strictEqual(Buffer.byteLength('aé'), 3);
  assert.strictEqual(Buffer.byteLength('𝄞'), 4);
  assert.strictEqual(Buffer.byteLength('\ud800'), 3);
  assert.strictEqual(Buffer.byteLength('€'.repeat(100)), 300);
  assert.strictEqual(Buffer.byteLength('YQ==', 'base64'), 1);
  assert.strictEqual(Buffer.byteLength('a b c d', 'base64'), 5);
  assert.strictEqual(Buffer.byteLength('abc', 'hex'), 1);
  assert.strictEqual(Buffer.byteLength('abc', 'ucs2'), 6);
  assert.strictEqual(Buffer.byteLength('abc', 'bogus'), 3);
  assert.strictEqual(Buffer.byteLength(new Uint16Array(3)), 6);
  assert.strictEqual(Buffer.byteLength(new ArrayBuffer(7)), 7);
  assert.throws(() => Buffer.byteLength(5), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "string" argument must be of type string or an instance of Buffer or ArrayBuffer. Received type number (5)' });
});

check('byteLength: utf8 edge cases match Buffer.from', () => {
  let rope = '';
  for (let i = 0; i < 200; i++) rope += `k${i}é`;
  const strings = ['', 'a', 'my name is liujianghong', '\xff\xfe\xe9', 'ÿ'.repeat(60), '😀', 'a😀b', '日本語',
    '\ud800', '\udc00', 'a\ud800', '\ud800a', '\udc00\ud800', '\ud800\ud800', '\ud83d\ude00\ud83d',
    'x'.repeat(100) + '\ud83d', '\u0000\u007f\u0080\u07ff\u0800\uffff', rope, 'z'.repeat(70000) + '€'];
  for (const s of strings) {
    const n = Buffer.from(s).length;
    assert.strictEqual(Buffer.byteLength(s), n, JSON.stringify(s.slice(0, 20)));
    for (const enc of ['utf8', 'utf-8', 'UTF8', null, '', 'nope', 0]) {
      assert.strictEqual(Buffer.byteLength(s, enc), n, `${JSON.stringify(s.slice(0, 20))} ${enc}`);
    }
    assert.strictEqual(Buffer.byteLength(s, 'latin1'), s.length);
    assert.strictEqual(Buffer.byteLength(s, 'binary'), s.length);
    assert.strictEqual(Buffer.byteLength(s, 'ascii'), s.length);
    assert.strictEqual(Buffer.byteLength(s, 'ucs2'), s.length * 2);
    assert.strictEqual(Buffer.byteLength(s, 'utf16le'), s.length * 2);
  }
  assert.deepStrictEqual(['', 'a', 'ab', 'abc', 'abcd', 'YQ', 'YQ=', 'YWJj', 'YW Jj'].map((s) => Buffer.byteLength(s, 'base64')),
    [0, 0, 1, 2, 3, 1, 1, 3, 3]);
  assert.deepStrictEqual(['', 'a', 'ab', 'abc', 'abcd'].map((s) => Buffer.byteLength(s, 'hex')), [0, 0, 1, 1, 2]);
  assert.deepStrictEqual(['', 'YQ', 'YWJj_-'].map((s) => Buffer.byteLength(s, 'base64url')), [0, 1, 4]);
  assert.strictEqual(Buffer.byteLength(Buffer.from('héllo')), 6);
  assert.strictEqual(Buffer.byteLength(new DataView(new ArrayBuffer(9), 2)), 7);
  assert.throws(() => Buffer.byteLength(new String('x')), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Buffer.byteLength(), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "string" argument must be of type string or an instance of Buffer or ArrayBuffer. Received undefined' });
});

check('isEncoding', () => {
  assert.deepStrictEqual(['UTF-8', '', 'binary', 'UCS-2', null, 'utf16-le', 'Hex', 'BASE64URL', 'latin1', 1].map(Buffer.isEncoding),
    [true, false, true, true, false, false, true, true, true, false]);
});

check('module constants', () => {
  assert.strictEqual(kMaxLength, 2 ** 32);
  assert.deepStrictEqual(constants, { MAX_LENGTH: 2 ** 32, MAX_STRING_LENGTH: 536870888 });
  assert.strictEqual(require('buffer').INSPECT_MAX_BYTES, 50);
  assert.strictEqual(require('buffer').kStringMaxLength, 536870888);
});
