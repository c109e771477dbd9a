'use strict';
// Code that drives a zlib stream's handle itself (pngjs's sync inflate, behind jimp and
// others): util.inherits subclasses calling zlib.Inflate.call(this), the stream's
// _outBuffer/_writeState, and the 7-argument handle.writeSync that fills a caller's buffer.
const zlib = require('zlib');
const util = require('util');
const { check, assert } = require('../check');

const original = Buffer.from(Array.from({ length: 5000 }, (_, i) => `line ${i} ${i % 7}\n`).join(''));
const deflated = zlib.deflateSync(original);

function MyInflate(opts) {
  zlib.Inflate.call(this, opts);
}
util.inherits(MyInflate, zlib.Inflate);

check('zlib.Inflate.call(this) initialises a util.inherits subclass', () => {
  const inf = new MyInflate({ chunkSize: 1024 });
  assert.ok(inf instanceof zlib.Inflate);
  assert.ok(inf._handle);
  assert.strictEqual(inf._chunkSize, 1024);
  assert.ok(Buffer.isBuffer(inf._outBuffer));
  assert.strictEqual(inf._outBuffer.length, 1024);
  assert.ok(inf._writeState instanceof Uint32Array);
  assert.strictEqual(inf._writeState.length, 2);
  assert.strictEqual(inf._outOffset, 0);
  inf.close();
});

check('handle.writeSync with caller buffers, in chunks', () => {
  const inf = new MyInflate();
  const out = Buffer.alloc(1000);
  const state = inf._writeState;
  let inOff = 0;
  let inLen = deflated.length;
  const parts = [];
  for (let i = 0; i < 10000; i++) {
    const r = inf._handle.writeSync(zlib.constants.Z_FINISH, deflated, inOff, inLen, out, 0, out.length);
    assert.strictEqual(r, undefined);
    const availOut = state[0];
    const availIn = state[1];
    parts.push(Buffer.from(out.subarray(0, out.length - availOut)));
    inOff += inLen - availIn;
    inLen = availIn;
    if (availOut !== 0) break;
  }
  assert.ok(parts.length > 10);
  assert.ok(Buffer.concat(parts).equals(original));
  inf.close();
});

check('handle.writeSync with room for everything', () => {
  const inf = new zlib.Inflate();
  const out = Buffer.alloc(original.length + 100);
  inf._handle.writeSync(zlib.constants.Z_FINISH, deflated, 0, deflated.length, out, 10, original.length + 50);
  assert.strictEqual(inf._writeState[0], 50);
  assert.strictEqual(inf._writeState[1], 0);
  assert.ok(out.subarray(10, 10 + original.length).equals(original));
  inf.close();
});

check('the stream API still works after the legacy additions', () => {
  assert.ok(zlib.inflateSync(deflated).equals(original));
  assert.ok(zlib.gunzipSync(zlib.gzipSync(original)).equals(original));
});
