'use strict';
// Blob and File from node:buffer.
const { check, checkAsync, assert } = require('../check');
const { Blob: B, File: F } = require('buffer');

check('Blob global and module export agree', () => {
  assert.strictEqual(B, Blob);
  assert.strictEqual(F, File);
});

check('size, type and parts', () => {
  const b = new Blob(['ab', Buffer.from('cd'), new Uint8Array([101])], { type: 'Text/Plain' });
  assert.strictEqual(b.size, 5);
  assert.strictEqual(b.type, 'text/plain');
  assert.strictEqual(Object.prototype.toString.call(b), '[object Blob]');
  assert.strictEqual(new Blob([], { type: 'a\u0100' }).type, '');
  assert.strictEqual(new Blob([1, {}, null]).size, 20);
  assert.strictEqual(new Blob(['a\r\nb\n'], { endings: 'native' }).size, 4);
  assert.strictEqual(new Blob().size, 0);
});

check('slice', () => {
  const b = new Blob(['hello world']);
  assert.strictEqual(b.slice(1, 3).size, 2);
  assert.strictEqual(b.slice(-5).size, 5);
  assert.strictEqual(b.slice(5, 2).size, 0);
  assert.strictEqual(b.slice(0, 5, 'X/Y').type, 'x/y');
});

check('constructor errors', () => {
  assert.throws(() => new Blob('abc'), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "sources" argument must be a sequence. Received type string (\'abc\')' });
  assert.throws(() => new Blob([], { endings: 'x' }), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => new File(['abc']), { code: 'ERR_MISSING_ARGS',
    message: 'The "fileBits" and "fileName" arguments must be specified' });
});

check('File', () => {
  const f = new File(['abc'], 'x.txt', { type: 'text/plain', lastModified: 5 });
  assert.strictEqual(f.name, 'x.txt');
  assert.strictEqual(f.lastModified, 5);
  assert.strictEqual(f.size, 3);
  assert.ok(f instanceof Blob);
  assert.strictEqual(Object.prototype.toString.call(f), '[object File]');
});

checkAsync('text, arrayBuffer, bytes', async () => {
  const b = new Blob(['hello ', new Blob(['wor']), new Uint16Array([0x646c])]);
  assert.strictEqual(await b.text(), 'hello world');
  const ab = await b.arrayBuffer();
  assert.ok(ab instanceof ArrayBuffer);
  assert.strictEqual(ab.byteLength, 11);
  assert.strictEqual(await b.slice(2, -2).text(), 'llo wor');
  assert.strictEqual(await new Blob([Buffer.from([0xe2, 0x82])]).text(), '\ufffd');
});
