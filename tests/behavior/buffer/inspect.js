'use strict';
// util.inspect of Buffers (Buffer.prototype[util.inspect.custom]) and INSPECT_MAX_BYTES.
const { check, assert } = require('../check');
const util = require('util');

check('inspect', () => {
  assert.strictEqual(util.inspect(Buffer.from('hello')), '<Buffer 68 65 6c 6c 6f>');
  assert.strictEqual(util.inspect(Buffer.alloc(0)), '<Buffer >');
  assert.strictEqual(util.inspect(Buffer.alloc(51)), `<Buffer ${'00 '.repeat(50)}... 1 more byte>`);
  assert.strictEqual(util.inspect(Buffer.alloc(60)), `<Buffer ${'00 '.repeat(50)}... 10 more bytes>`);
  assert.strictEqual(util.inspect({ a: Buffer.from('ab') }), '{ a: <Buffer 61 62> }');
  const x = Buffer.from('ab');
  x.foo = 1;
  assert.strictEqual(util.inspect(x), '<Buffer 61 62, foo: 1>');
  const buffer = require('buffer');
  buffer.INSPECT_MAX_BYTES = 2;
  assert.strictEqual(util.inspect(Buffer.from('hello')), '<Buffer 68 65 ... 3 more bytes>');
  buffer.INSPECT_MAX_BYTES = 50;
});

check('inspect.custom is the prototype inspect', () => {
  assert.strictEqual(typeof Buffer.prototype[util.inspect.custom], 'function');
  assert.strictEqual(Buffer.prototype.inspect, Buffer.prototype[util.inspect.custom]);
  assert.strictEqual(util.format('%o', Buffer.from('a')).startsWith('<Buffer 61'), true);
});

check('nested and other views', () => {
  assert.strictEqual(util.inspect([Buffer.from('ab')]), '[ <Buffer 61 62> ]');
  assert.strictEqual(util.inspect(new Uint8Array([1, 2])), 'Uint8Array(2) [ 1, 2 ]');
  class MyBuf extends Buffer {}
  void MyBuf;
  assert.strictEqual(util.inspect(Buffer.from('ab').subarray(1)), '<Buffer 62>');
});
