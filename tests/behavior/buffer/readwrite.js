'use strict';
// Numeric reads and writes of every width, both byte orders, with Node's errors.
const { check, assert } = require('../check');

const bytes = () => Buffer.from([0x01, 0x82, 0xff, 0x7f, 0x80, 0x00, 0xfe, 0x13, 0x37]);

check('8/16/32-bit reads', () => {
  const b = bytes();
  assert.strictEqual(b.readUInt8(1), 0x82);
  assert.strictEqual(b.readInt8(1), -126);
  assert.strictEqual(b.readUint8(2), 255);
  assert.strictEqual(b.readUInt16LE(0), 0x8201);
  assert.strictEqual(b.readUInt16BE(0), 0x0182);
  assert.strictEqual(b.readInt16LE(1), -126);
  assert.strictEqual(b.readInt16BE(2), -129);
  assert.strictEqual(b.readUInt32LE(0), 0x7fff8201);
  assert.strictEqual(b.readUInt32BE(1), 0x82ff7f80);
  assert.strictEqual(b.readInt32LE(3), -33521537);
  assert.strictEqual(b.readInt32BE(1), -2097184896);
});

check('variable-width reads', () => {
  const b = bytes();
  assert.strictEqual(b.readUIntLE(0, 3), 0xff8201);
  assert.strictEqual(b.readUIntBE(0, 3), 0x0182ff);
  assert.strictEqual(b.readIntLE(1, 6), -2196867383422);
  assert.strictEqual(b.readIntBE(1, 6), -137441109344002);
  assert.strictEqual(b.readUIntBE(1, 6), 144033867366654);
  assert.strictEqual(b.readIntLE(4, 1), -128);
});

check('float and double reads', () => {
  const b = Buffer.from([0, 0, 0xc0, 0x3f, 0x18, 0x2d, 0x44, 0x54, 0xfb, 0x21, 0x09, 0x40]);
  assert.strictEqual(b.readFloatLE(0), 1.5);
  assert.strictEqual(b.readDoubleLE(4), Math.PI);
  assert.strictEqual(Buffer.from([0x3f, 0xc0, 0, 0]).readFloatBE(), 1.5);
  assert.strictEqual(Buffer.from([0x40, 0x09, 0x21, 0xfb, 0x54, 0x44, 0x2d, 0x18]).readDoubleBE(), Math.PI);
  assert.ok(Number.isNaN(Buffer.from([0, 0, 0xc0, 0x7f]).readFloatLE()));
});

check('BigInt reads', () => {
  const b = Buffer.from([1, 2, 3, 4, 5, 6, 7, 0xff]);
  assert.strictEqual(b.readBigInt64LE(), -70080650589044223n);
  assert.strictEqual(b.readBigUInt64LE(), 18376663423120507393n);
  assert.strictEqual(b.readBigUInt64BE(), 72623859790383103n);
  assert.strictEqual(b.readBigInt64BE(), 72623859790383103n);
  assert.strictEqual(b.readBigUint64LE, b.readBigUInt64LE);
});

check('writes return the next offset and store bytes', () => {
  const b = Buffer.alloc(16);
  assert.strictEqual(b.writeUInt8(0xab, 0), 1);
  assert.strictEqual(b.writeInt8(-2, 1), 2);
  assert.strictEqual(b.writeUInt16LE(0x1234, 2), 4);
  assert.strictEqual(b.writeInt16BE(-2, 4), 6);
  assert.strictEqual(b.writeUInt32BE(0xdeadbeef, 6), 10);
  assert.strictEqual(b.writeInt32LE(-5, 10), 14);
  assert.strictEqual(b.toString('hex'), 'abfe3412fffedeadbeeffbffffff0000');
  b.fill(0);
  assert.strictEqual(b.writeUIntLE(0x123456, 0, 3), 3);
  assert.strictEqual(b.writeIntBE(-(2 ** 47), 3, 6), 9);
  assert.strictEqual(b.writeUIntBE(2 ** 48 - 1, 9, 6), 15);
  assert.strictEqual(b.toString('hex'), '563412800000000000ffffffffffff00');
});

check('float/double/bigint writes', () => {
  const b = Buffer.alloc(8);
  b.writeDoubleBE(Math.PI);
  assert.strictEqual(b.toString('hex'), '400921fb54442d18');
  b.writeFloatLE(1e40, 0);
  assert.strictEqual(b.readFloatLE(0), Infinity);
  b.writeFloatBE(-0, 4);
  assert.ok(Object.is(b.readFloatBE(4), -0));
  b.writeBigInt64LE(-2n);
  assert.strictEqual(b.toString('hex'), 'feffffffffffffff');
  b.writeBigUInt64BE(0x0102030405060708n);
  assert.strictEqual(b.toString('hex'), '0102030405060708');
});

check('value coercion', () => {
  const b = Buffer.alloc(4);
  b.writeUInt8(1.7, 0);
  b.writeUInt8('7', 1);
  b.writeUInt8(NaN, 2);
  b.writeInt8(-1.5, 3);
  assert.strictEqual(b.toString('hex'), '010700ff');
  assert.strictEqual(b.writeDoubleLE === undefined, false);
  assert.ok(Number.isNaN(Buffer.alloc(8).fill(0xff).readDoubleLE(0)));
});

check('out-of-range values', () => {
  const b = Buffer.alloc(8);
  assert.throws(() => b.writeUInt8(256), { code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
    message: 'The value of "value" is out of range. It must be >= 0 and <= 255. Received 256' });
  assert.throws(() => b.writeInt32LE(2 ** 31), {
    message: 'The value of "value" is out of range. It must be >= -2147483648 and <= 2147483647. Received 2147483648' });
  assert.throws(() => b.writeUIntLE(2 ** 48, 0, 6), {
    message: 'The value of "value" is out of range. It must be >= 0 and < 2 ** 48. Received 281_474_976_710_656' });
  assert.throws(() => b.writeIntLE(-(2 ** 47) - 1, 0, 6), {
    message: 'The value of "value" is out of range. It must be >= -(2 ** 47) and < 2 ** 47. Received -140_737_488_355_329' });
  assert.throws(() => b.writeBigInt64LE(2n ** 63n), {
    message: 'The value of "value" is out of range. It must be >= -(2n ** 63n) and < 2n ** 63n. Received 9_223_372_036_854_775_808n' });
  assert.throws(() => b.writeBigUInt64LE(-1n), {
    message: 'The value of "value" is out of range. It must be >= 0n and < 2n ** 64n. Received -1n' });
  assert.throws(() => b.writeBigInt64LE(5), { name: 'TypeError' });
});

check('offset errors', () => {
  const b = Buffer.alloc(3);
  assert.throws(() => b.readUInt8(3), { code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "offset" is out of range. It must be >= 0 and <= 2. Received 3' });
  assert.throws(() => b.readUInt8(1.5), {
    message: 'The value of "offset" is out of range. It must be an integer. Received 1.5' });
  assert.throws(() => b.readUInt8('1'), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "offset" argument must be of type number. Received type string (\'1\')' });
  assert.throws(() => b.readUInt32LE(0), { code: 'ERR_BUFFER_OUT_OF_BOUNDS',
    message: 'Attempt to access memory outside buffer bounds' });
  assert.throws(() => b.readUInt16LE(NaN), {
    message: 'The value of "offset" is out of range. It must be an integer. Received NaN' });
  assert.throws(() => Buffer.alloc(8).writeDoubleLE(1, 1), {
    message: 'The value of "offset" is out of range. It must be >= 0 and <= 0. Received 1' });
  assert.throws(() => Buffer.alloc(8).writeUInt8(256, '1'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Buffer.alloc(0).readUInt8(), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
});

check('byteLength errors', () => {
  const b = Buffer.alloc(8);
  assert.throws(() => b.readIntLE(0), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "byteLength" argument must be of type number. Received undefined' });
  assert.throws(() => b.readIntLE(0, 7), { code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "byteLength" is out of range. It must be >= 1 and <= 6. Received 7' });
  assert.throws(() => b.writeUIntBE(1, 0, 0), {
    message: 'The value of "byteLength" is out of range. It must be >= 1 and <= 6. Received 0' });
  assert.throws(() => b.readIntLE(3, 6), {
    message: 'The value of "offset" is out of range. It must be >= 0 and <= 2. Received 3' });
});

check('round trip of every width through random values', () => {
  let seed = 7;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const b = Buffer.alloc(8);
  for (let n = 1; n <= 6; n++) {
    for (let i = 0; i < 20; i++) {
      const u = Math.floor(rnd() * 2 ** (8 * n));
      const s = u - 2 ** (8 * n - 1);
      b.writeUIntLE(u, 1, n); assert.strictEqual(b.readUIntLE(1, n), u);
      b.writeUIntBE(u, 1, n); assert.strictEqual(b.readUIntBE(1, n), u);
      b.writeIntLE(s, 2, n); assert.strictEqual(b.readIntLE(2, n), s);
      b.writeIntBE(s, 2, n); assert.strictEqual(b.readIntBE(2, n), s);
    }
  }
});

check('Uint aliases exist', () => {
  for (const name of ['readUint8', 'readUint16LE', 'readUint32BE', 'readUintLE', 'writeUint8', 'writeUint16BE',
    'writeUint32LE', 'writeUintBE', 'readBigUint64BE', 'writeBigUint64LE']) {
    assert.strictEqual(typeof Buffer.prototype[name], 'function', name);
  }
});
