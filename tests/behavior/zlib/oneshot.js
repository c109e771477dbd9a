'use strict';
// zlib one-shot functions: round trips of every format, errors shaped like Node's, limits.
const { check, assert } = require('../check');
const zlib = require('zlib');

// Deterministic text-like input of n bytes.
function text(n, seed = 7) {
  const words = ['alpha', 'beta', 'gamma', 'delta', 'zlib', 'minode', 'node', '\n', '{"k":1}', 'x'];
  const parts = [];
  let len = 0;
  while (len < n) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const w = words[seed % words.length];
    parts.push(w);
    len += w.length + 1;
  }
  return Buffer.from(parts.join(' ')).subarray(0, n);
}
function noise(n) {
  const b = Buffer.alloc(n);
  let s = 99;
  for (let i = 0; i < n; i++) { s = (s * 1664525 + 1013904223) >>> 0; b[i] = s >>> 24; }
  return b;
}

const pairs = [
  ['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'], ['deflate', 'unzip'], ['gzip', 'unzip'],
];
for (const [c, d] of pairs) {
  for (const level of [0, 1, 6, 9]) {
    check(`${c}/${d} level ${level} round trip`, () => {
      for (const n of [0, 1, 1000, 70000]) {
        const input = text(n);
        const out = zlib[`${d}Sync`](zlib[`${c}Sync`](input, { level }));
        assert.ok(out.equals(input), `size ${n}`);
      }
    });
  }
}

check('gzip 1 MiB+ text and noise', () => {
  for (const input of [text(1 << 20 | 12345), noise(1 << 20)]) {
    const gz = zlib.gzipSync(input);
    assert.ok(zlib.gunzipSync(gz).equals(input));
  }
  assert.ok(zlib.gzipSync(text(1 << 20)).length < (1 << 20) / 2);
});

check('brotli round trips', () => {
  for (const n of [0, 5, 5000, 300000]) {
    const input = text(n);
    assert.ok(zlib.brotliDecompressSync(zlib.brotliCompressSync(input)).equals(input));
  }
  const q = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: 1000 } };
  assert.ok(zlib.brotliDecompressSync(zlib.brotliCompressSync(text(1000), q)).equals(text(1000)));
});

check('windowBits, memLevel, strategy options', () => {
  const input = text(50000);
  for (const windowBits of [9, 12, 15]) {
    assert.ok(zlib.inflateSync(zlib.deflateSync(input, { windowBits }), { windowBits }).equals(input));
    assert.ok(zlib.inflateRawSync(zlib.deflateRawSync(input, { windowBits }), { windowBits }).equals(input));
  }
  for (const strategy of [0, 1, 2, 3, 4]) {
    assert.ok(zlib.inflateSync(zlib.deflateSync(input, { strategy, memLevel: 9 })).equals(input));
  }
  assert.ok(zlib.inflateSync(zlib.deflateSync(input), { windowBits: 0 }).equals(input));
});

check('input types: string, Uint8Array, DataView, ArrayBuffer', () => {
  const gz = zlib.gzipSync('hello');
  assert.strictEqual(zlib.gunzipSync(new Uint8Array(gz)).toString(), 'hello');
  assert.strictEqual(zlib.gunzipSync(new DataView(gz.buffer, gz.byteOffset, gz.length)).toString(), 'hello');
  assert.strictEqual(zlib.gunzipSync(new Uint8Array(gz).buffer).toString(), 'hello');
  assert.ok(Buffer.isBuffer(zlib.gzipSync('x')));
});

check('dictionary', () => {
  const dictionary = Buffer.from('common words common phrases');
  const input = Buffer.from('common phrases and common words');
  const z = zlib.deflateSync(input, { dictionary });
  assert.ok(zlib.inflateSync(z, { dictionary }).equals(input));
  const raw = zlib.deflateRawSync(input, { dictionary });
  assert.ok(zlib.inflateRawSync(raw, { dictionary }).equals(input));
  assert.throws(() => zlib.inflateSync(z), { message: 'Missing dictionary', code: 'Z_NEED_DICT', errno: 2 });
  assert.throws(() => zlib.inflateSync(z, { dictionary: Buffer.from('other') }),
    { message: 'Bad dictionary', code: 'Z_NEED_DICT', errno: 2 });
});

function errOf(fn) {
  try { fn(); } catch (e) { return { name: e.name, message: e.message, code: e.code, errno: e.errno, keys: Object.keys(e) }; }
  return null;
}

check('corrupt input: incorrect header check', () => {
  const e = errOf(() => zlib.gunzipSync(Buffer.from('this is not gzip data')));
  assert.deepStrictEqual(e, { name: 'Error', message: 'incorrect header check', code: 'Z_DATA_ERROR', errno: -3, keys: ['errno', 'code'] });
  assert.strictEqual(errOf(() => zlib.inflateSync(Buffer.from('garbage'))).message, 'incorrect header check');
  assert.strictEqual(errOf(() => zlib.unzipSync(Buffer.from('xx'))).code, 'Z_DATA_ERROR');
  assert.strictEqual(errOf(() => zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff]))).message, 'invalid block type');
});

check('corrupt data inside a valid header', () => {
  const gz = Buffer.from(zlib.gzipSync(text(5000)));
  gz[gz.length - 6] ^= 0xff; // the CRC
  assert.deepStrictEqual(errOf(() => zlib.gunzipSync(gz)).code, 'Z_DATA_ERROR');
  const z = Buffer.from(zlib.deflateSync(text(5000)));
  z[z.length - 1] ^= 0xff; // the Adler-32
  assert.strictEqual(errOf(() => zlib.inflateSync(z)).message, 'incorrect data check');
});

check('truncated input: unexpected end of file', () => {
  const expect = { name: 'Error', message: 'unexpected end of file', code: 'Z_BUF_ERROR', errno: -5, keys: ['errno', 'code'] };
  assert.deepStrictEqual(errOf(() => zlib.gunzipSync(zlib.gzipSync(text(10000)).subarray(0, 30))), expect);
  assert.deepStrictEqual(errOf(() => zlib.inflateSync(zlib.deflateSync(text(10000)).subarray(0, 30))), expect);
  assert.deepStrictEqual(errOf(() => zlib.gunzipSync(Buffer.alloc(0))), expect);
  assert.deepStrictEqual(errOf(() => zlib.brotliDecompressSync(zlib.brotliCompressSync(text(10000)).subarray(0, 20))), expect);
});

check('finishFlush Z_SYNC_FLUSH decodes a truncated stream', () => {
  const input = text(100000, 3);
  const z = zlib.deflateSync(input);
  const part = zlib.inflateSync(z.subarray(0, z.length >> 1), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  assert.ok(part.length > 0 && part.length < input.length);
  assert.ok(input.subarray(0, part.length).equals(part));
});

check('brotli corrupt input', () => {
  const e = errOf(() => zlib.brotliDecompressSync(Buffer.from('hello world garbage')));
  assert.strictEqual(e.message, 'Decompression failed');
  assert.strictEqual(typeof e.errno, 'number');
  assert.match(e.code, /^ERR_/);
});

check('multi-member gzip and trailing data', () => {
  const two = Buffer.concat([zlib.gzipSync('one '), zlib.gzipSync('two')]);
  assert.strictEqual(zlib.gunzipSync(two).toString(), 'one two');
  assert.strictEqual(zlib.unzipSync(two).toString(), 'one two');
  assert.strictEqual(zlib.inflateSync(Buffer.concat([zlib.deflateSync('a'), Buffer.from('trailing')])).toString(), 'a');
  assert.strictEqual(zlib.gunzipSync(Buffer.concat([zlib.gzipSync('z'), Buffer.alloc(10)])).toString(), 'z');
  assert.strictEqual(errOf(() => zlib.gunzipSync(Buffer.concat([zlib.gzipSync('a'), Buffer.from('junk')]))).code, 'Z_DATA_ERROR');
});

check('maxOutputLength bounds a decompression bomb', () => {
  const bomb = zlib.gzipSync(Buffer.alloc(64 << 20));
  assert.ok(bomb.length < 100000);
  const e = errOf(() => zlib.gunzipSync(bomb, { maxOutputLength: 1 << 20 }));
  assert.deepStrictEqual(e, { name: 'RangeError', message: 'Cannot create a Buffer larger than 1048576 bytes', code: 'ERR_BUFFER_TOO_LARGE', errno: undefined, keys: ['code'] });
  const b2 = zlib.brotliCompressSync(Buffer.alloc(8 << 20), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } });
  assert.strictEqual(errOf(() => zlib.brotliDecompressSync(b2, { maxOutputLength: 1000 })).code, 'ERR_BUFFER_TOO_LARGE');
  assert.strictEqual(zlib.gunzipSync(zlib.gzipSync('abc'), { maxOutputLength: 3 }).toString(), 'abc');
});

check('option validation errors', () => {
  const cases = [
    [() => zlib.gzipSync('a', { level: 12 }), 'RangeError', 'ERR_OUT_OF_RANGE', 'The value of "options.level" is out of range. It must be >= -1 and <= 9. Received 12'],
    [() => zlib.gzipSync('a', { windowBits: 8 }), 'RangeError', 'ERR_OUT_OF_RANGE', 'The value of "options.windowBits" is out of range. It must be >= 9 and <= 15. Received 8'],
    [() => zlib.deflateSync('a', { windowBits: 7 }), 'RangeError', 'ERR_OUT_OF_RANGE', 'The value of "options.windowBits" is out of range. It must be >= 8 and <= 15. Received 7'],
    [() => zlib.gzipSync('a', { chunkSize: 10 }), 'RangeError', 'ERR_OUT_OF_RANGE', 'The value of "options.chunkSize" is out of range. It must be >= 64. Received 10'],
    [() => zlib.gzipSync('a', { memLevel: 10 }), 'RangeError', 'ERR_OUT_OF_RANGE', 'The value of "options.memLevel" is out of range. It must be >= 1 and <= 9. Received 10'],
    [() => zlib.gzipSync('a', { level: '1' }), 'TypeError', 'ERR_INVALID_ARG_TYPE', 'The "options.level" property must be of type number. Received type string (\'1\')'],
    [() => zlib.gzipSync('a', { level: Infinity }), 'RangeError', 'ERR_OUT_OF_RANGE', 'The value of "options.level" is out of range. It must be a finite number. Received Infinity'],
    [() => zlib.gzipSync(123), 'TypeError', 'ERR_INVALID_ARG_TYPE', 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer. Received type number (123)'],
    [() => zlib.deflateSync('a', { dictionary: 'x' }), 'TypeError', 'ERR_INVALID_ARG_TYPE', 'The "options.dictionary" property must be an instance of Buffer, TypedArray, DataView, or ArrayBuffer. Received type string (\'x\')'],
    [() => zlib.brotliCompressSync('a', { params: { 999: 1 } }), 'RangeError', 'ERR_BROTLI_INVALID_PARAM', '999 is not a valid Brotli parameter'],
    [() => zlib.gzip('a'), 'TypeError', 'ERR_INVALID_ARG_TYPE', 'The "callback" argument must be of type function. Received undefined'],
  ];
  for (const [fn, name, code, message] of cases) {
    const e = errOf(fn);
    assert.deepStrictEqual([e.name, e.code, e.message], [name, code, message]);
  }
  assert.strictEqual(zlib.gzipSync('a', { level: NaN }).length, 21);
});

check('crc32 matches node', () => {
  assert.strictEqual(zlib.crc32('hello'), 907060870);
  assert.strictEqual(zlib.crc32('hello', 5), 4277152246);
  assert.strictEqual(zlib.crc32(Buffer.from('world'), zlib.crc32('hello ')), 222957957);
  assert.strictEqual(zlib.crc32(''), 0);
  assert.strictEqual(zlib.crc32(Buffer.from('The quick brown fox jumps over the lazy dog')), 0x414fa339);
  assert.strictEqual(zlib.crc32(new Uint16Array([1, 2, 3])), zlib.crc32(Buffer.from([1, 0, 2, 0, 3, 0])));
  assert.throws(() => zlib.crc32(5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => zlib.crc32('a', 'b'), { code: 'ERR_INVALID_ARG_TYPE' });
});

check('constants and codes', () => {
  const c = zlib.constants;
  assert.deepStrictEqual([c.Z_NO_FLUSH, c.Z_PARTIAL_FLUSH, c.Z_SYNC_FLUSH, c.Z_FULL_FLUSH, c.Z_FINISH, c.Z_BLOCK], [0, 1, 2, 3, 4, 5]);
  assert.deepStrictEqual([c.Z_BEST_SPEED, c.Z_BEST_COMPRESSION, c.Z_DEFAULT_COMPRESSION, c.Z_DEFAULT_CHUNK], [1, 9, -1, 16384]);
  assert.deepStrictEqual([c.BROTLI_OPERATION_FLUSH, c.BROTLI_PARAM_QUALITY, c.BROTLI_MAX_QUALITY, c.BROTLI_DEFAULT_WINDOW], [1, 1, 11, 22]);
  assert.strictEqual(c.BROTLI_DECODER_ERROR_FORMAT_PADDING_1, -14);
  assert.strictEqual(Object.keys(c).length, 107);
  assert.strictEqual(zlib.codes.Z_DATA_ERROR, -3);
  assert.strictEqual(zlib.codes['-5'], 'Z_BUF_ERROR');
  assert.strictEqual(zlib.Z_SYNC_FLUSH, 2);
});

check('info: true returns buffer and engine', () => {
  const r = zlib.gzipSync('abc', { info: true });
  assert.deepStrictEqual(Object.keys(r), ['buffer', 'engine']);
  assert.strictEqual(r.engine.constructor.name, 'Gzip');
  assert.strictEqual(r.engine.bytesWritten, 3);
  assert.strictEqual(zlib.gunzipSync(r.buffer).toString(), 'abc');
});

check('fixed outputs every implementation agrees on', () => {
  assert.strictEqual(zlib.deflateSync('').toString('hex'), '789c030000000001');
  assert.strictEqual(zlib.deflateRawSync('').toString('hex'), '0300');
  assert.strictEqual(zlib.deflateSync('abc', { level: 0 }).toString('hex'), '7801010300fcff61626302 4d0127'.replace(' ', ''));
  assert.strictEqual(zlib.gzipSync('').subarray(0, 4).toString('hex'), '1f8b0800');
});
