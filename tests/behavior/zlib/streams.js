'use strict';
// zlib streams (create*), flush/params/close, callback and promise forms, and output that
// the other runtime (node <-> minode) must decompress.
const { checkAsync, assert } = require('../check');
const zlib = require('zlib');
const util = require('util');
const { pipeline, Readable, Writable } = require('stream');

const big = Buffer.alloc(300000, 'abcdefghijklmnopqrstuvwxyz0123456789');

function collect(stream) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

for (const [c, d] of [['Gzip', 'Gunzip'], ['Deflate', 'Inflate'], ['DeflateRaw', 'InflateRaw'], ['Gzip', 'Unzip'], ['BrotliCompress', 'BrotliDecompress']]) {
  checkAsync(`create${c} -> create${d} stream round trip`, async () => {
    const enc = zlib[`create${c}`]();
    const dec = zlib[`create${d}`]();
    enc.pipe(dec);
    const done = collect(dec);
    enc.write(big.subarray(0, 1000));
    enc.write(big.subarray(1000, 200000));
    enc.end(big.subarray(200000));
    assert.ok((await done).equals(big));
    assert.strictEqual(enc.bytesWritten, big.length);
  });
}

checkAsync('chunkSize bounds each output chunk', async () => {
  const inf = zlib.createInflate({ chunkSize: 1024 });
  const sizes = [];
  inf.on('data', (c) => sizes.push(c.length));
  const end = new Promise((r) => inf.on('end', r));
  inf.end(zlib.deflateSync(Buffer.alloc(10000)));
  await end;
  assert.deepStrictEqual(sizes, [...Array(9).fill(1024), 784]);
});

checkAsync('flush() makes written data decodable, params() changes level', async () => {
  const d = zlib.createDeflate({ level: 1 });
  const got = [];
  d.on('data', (c) => got.push(c));
  d.write('hello ');
  await new Promise((r) => d.flush(r));
  const part = zlib.inflateSync(Buffer.concat(got), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  assert.strictEqual(part.toString(), 'hello ');
  await new Promise((r) => d.params(9, zlib.constants.Z_DEFAULT_STRATEGY, r));
  const end = new Promise((r) => d.on('end', r));
  d.end('world');
  await end;
  assert.strictEqual(zlib.inflateSync(Buffer.concat(got)).toString(), 'hello world');
});

checkAsync('flush(Z_SYNC_FLUSH) and brotli flush', async () => {
  const g = zlib.createGzip();
  const got = [];
  g.on('data', (c) => got.push(c));
  g.write('abc');
  await new Promise((r) => g.flush(zlib.constants.Z_SYNC_FLUSH, r));
  assert.strictEqual(zlib.gunzipSync(Buffer.concat(got), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString(), 'abc');
  const b = zlib.createBrotliCompress();
  const bg = [];
  b.on('data', (c) => bg.push(c));
  b.write('brotli!');
  await new Promise((r) => b.flush(r));
  assert.strictEqual(zlib.brotliDecompressSync(Buffer.concat(bg), { finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH }).toString(), 'brotli!');
  g.destroy();
  b.destroy();
});

checkAsync('stream errors: corrupt and truncated', async () => {
  const g = zlib.createGunzip();
  const closed = new Promise((r) => g.on('close', r));
  const err = await new Promise((resolve) => { g.on('error', resolve); g.end(Buffer.from('not gzip at all')); });
  assert.deepStrictEqual([err.message, err.code, err.errno], ['incorrect header check', 'Z_DATA_ERROR', -3]);
  await closed;
  assert.strictEqual(g.destroyed, true);
  const t = zlib.createInflate();
  t.resume();
  const err2 = await new Promise((resolve) => { t.on('error', resolve); t.end(zlib.deflateSync(big).subarray(0, 100)); });
  assert.deepStrictEqual([err2.message, err2.code, err2.errno], ['unexpected end of file', 'Z_BUF_ERROR', -5]);
});

checkAsync('close(callback) and reset()', async () => {
  const g = zlib.createGzip();
  g.reset();
  await new Promise((r) => g.close(r));
  assert.strictEqual(g.destroyed, true);
});

checkAsync('pipeline through compress and decompress', async () => {
  const out = [];
  await util.promisify(pipeline)(Readable.from([big.subarray(0, 5000), big.subarray(5000, 60000)]),
    zlib.createDeflateRaw({ level: 9 }), zlib.createInflateRaw(),
    new Writable({ write(c, e, cb) { out.push(c); cb(); } }));
  assert.ok(Buffer.concat(out).equals(big.subarray(0, 60000)));
});

checkAsync('callback forms and util.promisify', async () => {
  const gz = await util.promisify(zlib.gzip)(big);
  assert.ok((await util.promisify(zlib.gunzip)(gz)).equals(big));
  const br = await util.promisify(zlib.brotliCompress)('hello brotli', { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } });
  assert.strictEqual((await util.promisify(zlib.brotliDecompress)(br)).toString(), 'hello brotli');
  const info = await util.promisify(zlib.deflate)('abc', { info: true });
  assert.strictEqual(info.engine.constructor.name, 'Deflate');
  const e1 = await util.promisify(zlib.gunzip)(Buffer.from('zzzz')).catch((e) => e);
  assert.deepStrictEqual([e1.code, e1.errno, e1.message], ['Z_DATA_ERROR', -3, 'incorrect header check']);
  const e2 = await util.promisify(zlib.inflate)(zlib.deflateSync(big), { maxOutputLength: 1024 }).catch((e) => e);
  assert.deepStrictEqual([e2.name, e2.code, e2.message], ['RangeError', 'ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than 1024 bytes']);
});

checkAsync('callback runs asynchronously', async () => {
  let sync = true;
  const p = new Promise((r) => zlib.deflate('x', (e, out) => { r([sync, e, out.length]); }));
  sync = false;
  assert.deepStrictEqual(await p, [false, null, 9]);
});

checkAsync('classes are callable and subclassable', async () => {
  assert.ok(zlib.Gzip() instanceof zlib.Gzip);
  assert.ok(new zlib.Inflate() instanceof require('stream').Transform);
  class My extends zlib.Gunzip {}
  assert.ok(new My() instanceof zlib.Gunzip);
  assert.strictEqual(zlib.createUnzip().constructor, zlib.Unzip);
});

checkAsync('unzip stream detects gzip split across writes', async () => {
  const u = zlib.createUnzip();
  const done = collect(u);
  const gz = zlib.gzipSync('unzipped!');
  u.write(gz.subarray(0, 1));
  u.end(gz.subarray(1));
  assert.strictEqual((await done).toString(), 'unzipped!');
});
