'use strict';
// Readable: flowing/paused modes, read(n), 'readable', setEncoding, unshift, errors, getters.
const { check, checkAsync, assert } = require('../check');
const { Readable } = require('stream');

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));
function track(log, name, s, events) {
  for (const e of events) s.on(e, (a) => log.push(`${name}:${e}${a instanceof Error ? ` ${a.code || a.message}` : ''}`));
}

checkAsync('flowing: data then end then close, all after the sync push', async () => {
  const log = [];
  const r = new Readable({ read() {} });
  track(log, 'r', r, ['data', 'end', 'close', 'pause', 'resume']);
  r.push('a');
  r.push('b');
  r.push(null);
  log.push('sync');
  await tick();
  assert.deepStrictEqual(log, ['sync', 'r:resume', 'r:data', 'r:data', 'r:end', 'r:close']);
});

checkAsync("paused: 'readable' + read() loop with _read calls", async () => {
  const log = [];
  const chunks = ['x', 'yy', null];
  const r = new Readable({ read() { log.push('_read'); this.push(chunks.shift()); } });
  r.on('readable', () => {
    log.push('readable');
    let c;
    while ((c = r.read()) !== null) log.push(`read ${c}`);
  });
  track(log, 'r', r, ['end', 'close']);
  await tick();
  assert.deepStrictEqual(log, ['_read', 'readable', '_read', 'read xyy', '_read', 'readable', 'readable', 'r:end', 'r:close']);
});

check('read(n) takes bytes across chunks; returns null if not enough', () => {
  const r = new Readable({ read() {} });
  r.push('abcdef');
  r.push('ghi');
  assert.strictEqual(String(r.read(3)), 'abc');
  assert.strictEqual(String(r.read(4)), 'defg');
  assert.strictEqual(r.read(5), null);
  assert.strictEqual(r.readableLength, 2);
  r.push(null);
  assert.strictEqual(String(r.read(5)), 'hi');
  assert.strictEqual(r.read(), null);
});

checkAsync('read() past highWaterMark raises it to the next power of two', async () => {
  const r = new Readable({ read() {} });
  r.read(20000);
  assert.strictEqual(r.readableHighWaterMark, 32768);
});

checkAsync('setEncoding decodes split multi-byte characters', async () => {
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  const euro = Buffer.from('€');
  r.push(euro.subarray(0, 1));
  r.push(euro.subarray(1));
  r.push(null);
  const out = [];
  r.on('data', (d) => out.push(d));
  await new Promise((res) => r.on('end', res));
  assert.deepStrictEqual(out, ['€']);
  assert.strictEqual(r.readableEncoding, 'utf8');
});

check('setEncoding re-decodes buffered data; encoding option', () => {
  const r = new Readable({ read() {} });
  r.push('hi');
  r.setEncoding('hex');
  assert.strictEqual(r.read(), '6869');
  const r2 = new Readable({ encoding: 'base64', read() {} });
  r2.push('abc');
  assert.strictEqual(r2.read(), 'YWJj');
});

check('unshift puts data back at the front', () => {
  const r = new Readable({ read() {} });
  r.push('world');
  r.unshift('hello ');
  assert.strictEqual(String(r.read()), 'hello world');
});

checkAsync('pause/resume toggles readableFlowing and buffers while paused', async () => {
  const log = [];
  const r = new Readable({ read() {} });
  assert.strictEqual(r.readableFlowing, null);
  r.on('data', (d) => log.push(`data ${d}`));
  assert.strictEqual(r.readableFlowing, true);
  r.push('a');
  r.pause();
  assert.strictEqual(r.readableFlowing, false);
  assert.strictEqual(r.isPaused(), true);
  await tick();
  assert.deepStrictEqual(log, []);
  assert.strictEqual(r.readableLength, 1);
  r.resume();
  await tick();
  assert.deepStrictEqual(log, ['data a']);
  assert.strictEqual(r.readableLength, 0);
});

checkAsync("'readable' listener wins over 'data' until removed", async () => {
  const log = [];
  const r = new Readable({ read() {} });
  r.on('data', (d) => log.push(`data ${d}`));
  r.on('readable', () => {
    log.push('readable');
    let c;
    while ((c = r.read()) !== null) log.push(`read ${c}`);
  });
  r.push('a');
  r.push('b');
  await tick();
  r.push(null);
  await tick();
  assert.deepStrictEqual(log, ['readable', 'data ab', 'read ab', 'readable']);
  assert.strictEqual(r.readableEnded, true);
});

check('objectMode: hwm 16, any value but null, read() returns one item', () => {
  const r = new Readable({ objectMode: true, read() {} });
  assert.strictEqual(r.readableHighWaterMark, 16);
  assert.strictEqual(new Readable().readableHighWaterMark, 16384);
  assert.strictEqual(r.push({ a: 1 }), true);
  r.push(0);
  r.push('');
  assert.deepStrictEqual(r.read(), { a: 1 });
  assert.strictEqual(r.read(), 0);
  assert.strictEqual(r.read(), '');
  assert.strictEqual(r.readableLength, 0);
});

check('push() returns false once highWaterMark is reached', () => {
  const r = new Readable({ highWaterMark: 4, read() {} });
  assert.strictEqual(r.push('ab'), true);
  assert.strictEqual(r.push('cd'), false);
  assert.strictEqual(r.readableLength, 4);
});

checkAsync('errors: push after EOF, bad chunk type, _read not implemented', async () => {
  const got = [];
  const r = new Readable({ read() {} });
  r.on('error', (e) => got.push(e.code));
  r.push(null);
  r.push('x');
  const r2 = new Readable({ read() {} });
  r2.on('error', (e) => got.push(`${e.code} ${e.message}`));
  r2.push(1);
  const r3 = new Readable();
  r3.on('error', (e) => got.push(`${e.code} ${e.message}`));
  r3.read();
  await tick();
  assert.deepStrictEqual(got, [
    'ERR_STREAM_PUSH_AFTER_EOF',
    'ERR_INVALID_ARG_TYPE The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (1)',
    'ERR_METHOD_NOT_IMPLEMENTED The _read() method is not implemented',
  ]);
});

checkAsync('destroy(err): error then close; getters reflect it', async () => {
  const log = [];
  const r = new Readable({ read() {} });
  track(log, 'r', r, ['error', 'close', 'end']);
  r.push('x');
  r.read();
  assert.strictEqual(r.readableDidRead, true);
  r.destroy(new Error('boom'));
  assert.strictEqual(r.destroyed, true);
  assert.strictEqual(r.errored.message, 'boom');
  assert.strictEqual(r.readableAborted, true);
  assert.strictEqual(r.closed, true);
  await tick();
  assert.deepStrictEqual(log, ['r:error boom', 'r:close']);
  assert.strictEqual(r.readable, false);
});

checkAsync('emitClose: false suppresses close; autoDestroy: false keeps it alive', async () => {
  const log = [];
  const r = new Readable({ emitClose: false, read() {} });
  track(log, 'a', r, ['end', 'close']);
  r.resume();
  r.push(null);
  const r2 = new Readable({ autoDestroy: false, read() {} });
  track(log, 'b', r2, ['end', 'close']);
  r2.resume();
  r2.push(null);
  await tick();
  assert.deepStrictEqual(log, ['a:end', 'b:end']);
  assert.strictEqual(r.destroyed, true);
  assert.strictEqual(r2.destroyed, false);
});

checkAsync('_construct runs before the first _read', async () => {
  const log = [];
  const r = new Readable({
    construct(cb) { log.push('construct'); setTimeout(cb, 2); },
    read() { log.push('read'); this.push(null); },
  });
  r.resume();
  log.push('sync');
  await new Promise((res) => r.on('end', res));
  assert.deepStrictEqual(log, ['sync', 'construct', 'read']);
});

checkAsync('highWaterMark 0 still delivers data', async () => {
  const got = [];
  const r = new Readable({ highWaterMark: 0, read() {} });
  assert.strictEqual(r.push('a'), false);
  r.on('data', (d) => got.push(String(d)));
  await tick();
  assert.deepStrictEqual(got, ['a']);
});

check('invalid highWaterMark throws ERR_INVALID_ARG_VALUE', () => {
  assert.throws(() => new Readable({ highWaterMark: -1 }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.highWaterMark' is invalid. Received -1",
  });
});

check('Readable is callable without new and inheritable the old way', () => {
  const r = Readable({ read() {} });
  assert.ok(r instanceof Readable);
  function Old(opts) { Readable.call(this, opts); }
  Object.setPrototypeOf(Old.prototype, Readable.prototype);
  Old.prototype._read = function () { this.push('z'); this.push(null); };
  const o = new Old();
  assert.strictEqual(String(o.read()), 'z');
});
