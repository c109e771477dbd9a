'use strict';
// Buffer methods: write, fill, indexOf, copy, compare, concat, slices, swaps, JSON.
const { check, assert } = require('../check');

const hex = (b) => b.toString('hex');

check('write with offsets, lengths and encodings', () => {
  const b = Buffer.alloc(6);
  assert.strictEqual(b.write('abc'), 3);
  assert.strictEqual(b.write('xy', 4), 2);
  assert.strictEqual(b.write('zzzz', 1, 2), 2);
  assert.strictEqual(hex(b), '617a7a007879');
  assert.strictEqual(b.write('ffee', 'hex'), 2);
  assert.strictEqual(b.write('ffee', 2, 'hex'), 2);
  assert.strictEqual(b.write('ab', 1, 1, 'latin1'), 1);
  assert.strictEqual(hex(b), 'ff61ffee7879');
  assert.strictEqual(Buffer.alloc(4).write('zz', 'hex'), 0);
  assert.strictEqual(Buffer.alloc(4).write('abz', 'hex'), 1);
  assert.strictEqual(Buffer.alloc(4).write('a', 0, 1, null), 1);
});

check('write never splits a character', () => {
  const b = Buffer.alloc(4);
  assert.strictEqual(b.write('a€', 0, 3), 1);
  assert.strictEqual(b.write('a€€'), 4);
  assert.strictEqual(hex(b), '61e282ac');
  const c = Buffer.alloc(3);
  assert.strictEqual(c.write('abc', 'ucs2'), 2);
  assert.strictEqual(Buffer.alloc(5).write('𝄞𝄞'), 4);
  const big = Buffer.alloc(100);
  assert.strictEqual(big.write('€'.repeat(60), 1), 99);
  assert.strictEqual(big.write('€'.repeat(60), 1, 'ucs2'), 98);
});

check('write argument errors', () => {
  const b = Buffer.alloc(4);
  assert.throws(() => b.write(5), { code: 'ERR_INVALID_ARG_TYPE', message: 'argument must be a string' });
  assert.throws(() => b.write('abc', 5), { code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "offset" is out of range. It must be >= 0 && <= 4. Received 5' });
  assert.throws(() => b.write('abc', 1, 5), {
    message: 'The value of "length" is out of range. It must be >= 0 && <= 4. Received 5' });
  assert.throws(() => b.write('abc', 'foo'), { code: 'ERR_UNKNOWN_ENCODING' });
});

check('fill with numbers, strings, buffers and ranges', () => {
  assert.strictEqual(hex(Buffer.alloc(4).fill(-1)), 'ffffffff');
  assert.strictEqual(hex(Buffer.alloc(4).fill(257)), '01010101');
  assert.strictEqual(hex(Buffer.alloc(4, 1).fill('')), '00000000');
  assert.strictEqual(hex(Buffer.alloc(4, 1).fill(true)), '01010101');
  assert.strictEqual(hex(Buffer.alloc(5).fill('\u0222', 'ucs2')), '2202220222');
  assert.strictEqual(hex(Buffer.alloc(3).fill('\u0222', 'latin1')), '222222');
  assert.strictEqual(hex(Buffer.alloc(5).fill('\u0222')), 'c8a2c8a2c8');
  assert.strictEqual(hex(Buffer.alloc(5).fill('a', 1, 'latin1')), '0061616161');
  assert.strictEqual(hex(Buffer.alloc(5).fill(1, 3, 2)), '0000000000');
  assert.strictEqual(hex(Buffer.alloc(5).fill(Buffer.from([1, 2]))), '0102010201');
  assert.strictEqual(hex(Buffer.alloc(4).fill('abz', 'hex')), 'abababab');
  assert.strictEqual(Buffer.alloc(20).fill('abc', 2, 19).toString('latin1', 2, 19), 'abcabcabcabcabcab');
  assert.strictEqual(Buffer.alloc(1000).fill('abcdefg').toString().slice(990), 'defgabcdef');
});

check('fill errors', () => {
  assert.throws(() => Buffer.alloc(4).fill('zz', 'hex'), { code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'value' is invalid. Received 'zz'" });
  assert.throws(() => Buffer.alloc(5).fill(1, 2, 10), { code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "end" is out of range. It must be >= 0 && <= 5. Received 10' });
  assert.throws(() => Buffer.alloc(5).fill(1, -1), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => Buffer.alloc(5).fill('ab', 'bogus'), { code: 'ERR_UNKNOWN_ENCODING' });
  assert.throws(() => Buffer.alloc(5).fill(Buffer.alloc(0)), { code: 'ERR_INVALID_ARG_VALUE' });
});

check('indexOf / lastIndexOf / includes', () => {
  const b = Buffer.from('hello world');
  assert.deepStrictEqual(
    [b.indexOf('o'), b.indexOf('o', 5), b.indexOf('o', -4), b.lastIndexOf('o'), b.lastIndexOf('o', 5),
      b.lastIndexOf('o', -8), b.indexOf(111), b.indexOf(111 + 256), b.indexOf(''), b.indexOf('', 3),
      b.indexOf('', 30), b.lastIndexOf(''), b.indexOf(Buffer.from('wor')), b.indexOf('o', 'latin1'),
      b.indexOf('6f', 'hex'), b.indexOf('6f', 0, 'hex'), b.lastIndexOf('o', null), b.lastIndexOf('o', NaN),
      b.indexOf('o', {}), b.lastIndexOf('h', -11), b.lastIndexOf('h', -12), b.indexOf('h', -12)],
    [4, 7, 7, 7, 4, -1, 4, 4, 0, 3, 11, 11, 6, 4, 4, 4, -1, 7, 4, 0, -1, 0]);
  assert.strictEqual(b.includes('wor'), true);
  assert.strictEqual(b.includes('wor', 8), false);
  assert.strictEqual(b.indexOf(new Uint8Array([0x6f])), 4);
});

check('indexOf on long buffers and utf16', () => {
  const b = Buffer.from('x'.repeat(100) + 'needle' + 'x'.repeat(100) + 'needle' + 'y'.repeat(50));
  assert.deepStrictEqual([b.indexOf('needle'), b.lastIndexOf('needle'), b.indexOf('needle', 107),
    b.lastIndexOf('needle', 205), b.lastIndexOf('needle', 206), b.indexOf(Buffer.from('needlex')),
    b.indexOf('y'.repeat(51)), b.lastIndexOf('x'), b.indexOf('6e6565', 'hex'), b.indexOf('bmVlZGxl', 'base64')],
  [100, 206, 206, 100, 206, 100, -1, 205, 100, 100]);
  const u = Buffer.from('abcabc', 'ucs2');
  assert.strictEqual(u.indexOf('c', 0, 'ucs2'), 4);
  assert.strictEqual(u.lastIndexOf('b', 'ucs2'), 8);
  assert.strictEqual(Buffer.from([1, 0x61, 0, 0x62, 0]).indexOf('\u0061', 'ucs2'), -1);
});

check('indexOf errors', () => {
  const b = Buffer.from('abc');
  assert.throws(() => b.indexOf({}), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "value" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received an instance of Object' });
  assert.throws(() => b.indexOf('a', 0, 'foo'), { code: 'ERR_UNKNOWN_ENCODING' });
});

check('copy', () => {
  const b = Buffer.from('hello world');
  const x = Buffer.alloc(5);
  assert.strictEqual(b.copy(x, 1, 2, 4), 2);
  assert.strictEqual(hex(x), '006c6c0000');
  assert.strictEqual(b.copy(x, 10), 0);
  assert.strictEqual(b.copy(x, 0, 11), 0);
  assert.strictEqual(b.copy(x, 0, 0, 100), 5);
  assert.strictEqual(x.toString(), 'hello');
  assert.strictEqual(b.copy(new Uint8Array(3)), 3);
  assert.throws(() => b.copy(x, -1), { code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "targetStart" is out of range. It must be >= 0. Received -1' });
  assert.throws(() => b.copy(x, 0, 12), {
    message: 'The value of "sourceStart" is out of range. It must be >= 0 && <= 11. Received 12' });
  assert.throws(() => b.copy('x'), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "target" argument must be an instance of Buffer or Uint8Array. Received type string (\'x\')' });
});

check('overlapping copy', () => {
  const a = Buffer.from('abcdefghij');
  a.copy(a, 2, 0, 6);
  assert.strictEqual(a.toString(), 'ababcdefij');
  const c = Buffer.from('abcdefghijklmnopqrstuvwxyz0123456789');
  c.copy(c, 0, 2);
  assert.strictEqual(c.toString(), 'cdefghijklmnopqrstuvwxyz012345678989');
});

check('compare and equals', () => {
  const b = Buffer.from('hello world');
  assert.strictEqual(b.compare(Buffer.from('hello')), 1);
  assert.strictEqual(Buffer.compare(Buffer.from('a'), Buffer.from('b')), -1);
  assert.strictEqual(b.compare(b, 0, 5, 0, 5), 0);
  assert.strictEqual(b.compare(Buffer.from('xhello'), 1), 1);
  assert.strictEqual(b.compare(Buffer.from('abc'), 5, 2), 1);
  assert.strictEqual(Buffer.compare(Buffer.from('a'.repeat(100) + 'b'), Buffer.from('a'.repeat(100) + 'c')), -1);
  assert.strictEqual(Buffer.compare(Buffer.from('a'.repeat(100)), Buffer.from('a'.repeat(101))), -1);
  assert.deepStrictEqual([Buffer.from('x'), Buffer.from('abc'), Buffer.from('ab')].sort(Buffer.compare).map(String), ['ab', 'abc', 'x']);
  assert.strictEqual(b.equals(Buffer.from('hello world')), true);
  assert.strictEqual(b.equals(Buffer.from('hello World')), false);
  assert.strictEqual(Buffer.from('').equals(new Uint8Array(0)), true);
  assert.throws(() => b.compare(Buffer.from('abc'), 0, 10), { code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "targetEnd" is out of range. It must be >= 0 && <= 3. Received 10' });
  assert.throws(() => Buffer.compare('x', b), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "buf1" argument must be an instance of Buffer or Uint8Array. Received type string (\'x\')' });
  assert.throws(() => b.equals('x'), { code: 'ERR_INVALID_ARG_TYPE' });
});

check('concat', () => {
  assert.strictEqual(hex(Buffer.concat([Buffer.from('a'), Buffer.from('bc')], 5)), '6162630000');
  assert.strictEqual(Buffer.concat([Buffer.from('abc')], 2).toString(), 'ab');
  assert.strictEqual(Buffer.concat([]).length, 0);
  assert.strictEqual(hex(Buffer.concat([new Uint8Array([1, 2]), Buffer.from([3])])), '010203');
  assert.throws(() => Buffer.concat('x'), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "list" argument must be an instance of Array. Received type string (\'x\')' });
  assert.throws(() => Buffer.concat([Buffer.from('a'), 'b']), {
    message: 'The "list[1]" argument must be an instance of Buffer or Uint8Array. Received type string (\'b\')' });
});

check('subarray and slice share memory', () => {
  const b = Buffer.from('hello world');
  const s = b.subarray(-5);
  assert.strictEqual(s.toString(), 'world');
  s[0] = 0x57;
  assert.strictEqual(b.toString(), 'hello World');
  assert.ok(s instanceof Buffer);
  assert.strictEqual(b.slice('1', '3').toString(), 'el');
  assert.strictEqual(b.slice(NaN, 2).toString(), 'he');
  assert.strictEqual(b.slice(2, 100).length, 9);
  assert.strictEqual(b.slice(-100, -2).toString(), 'hello Wor');
  assert.strictEqual(b.subarray(3, 1).length, 0);
  assert.strictEqual(b.map((c) => c + 1).constructor, Buffer);
});

check('swap16/32/64', () => {
  assert.strictEqual(hex(Buffer.from([1, 2, 3, 4]).swap16()), '02010403');
  assert.strictEqual(hex(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap32()), '0403020108070605');
  assert.strictEqual(hex(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64()), '0807060504030201');
  assert.strictEqual(Buffer.alloc(1024).fill('abcdefgh').swap64().toString().slice(0, 16), 'hgfedcbahgfedcba');
  assert.strictEqual(Buffer.alloc(1024).fill('abcd').swap16().toString().slice(-4), 'badc');
  assert.throws(() => Buffer.from([1, 2, 3]).swap16(), { code: 'ERR_INVALID_BUFFER_SIZE', name: 'RangeError',
    message: 'Buffer size must be a multiple of 16-bits' });
  assert.throws(() => Buffer.from([1, 2, 3, 4, 5, 6]).swap32(), { message: 'Buffer size must be a multiple of 32-bits' });
});

check('toJSON and iteration', () => {
  assert.strictEqual(JSON.stringify(Buffer.from('ab')), '{"type":"Buffer","data":[97,98]}');
  assert.deepStrictEqual(Buffer.alloc(0).toJSON(), { type: 'Buffer', data: [] });
  assert.deepStrictEqual([...Buffer.from('ab').keys()], [0, 1]);
  assert.deepStrictEqual([...Buffer.from('ab').entries()], [[0, 97], [1, 98]]);
  assert.deepStrictEqual([...Buffer.from('ab')], [97, 98]);
  const b = Buffer.from('ab');
  assert.strictEqual(b.parent, b.buffer);
  assert.strictEqual(b.offset, b.byteOffset);
});
