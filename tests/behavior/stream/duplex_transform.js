'use strict';
// Duplex, Transform, PassThrough, duplexPair, Duplex.from, compose.
const { check, checkAsync, assert } = require('../check');
const stream = require('stream');
const { Duplex, Transform, PassThrough, Readable, Writable } = stream;

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));
function track(log, name, s, events) {
  for (const e of events) s.on(e, (a) => log.push(`${name}:${e}${a instanceof Error ? ` ${a.code || a.message}` : ''}`));
}

checkAsync('Transform: data, flush output, end/finish/close order', async () => {
  const log = [];
  const t = new Transform({
    transform(c, e, cb) { cb(null, String(c).toUpperCase()); },
    flush(cb) { log.push('flush'); cb(null, '!'); },
  });
  track(log, 't', t, ['data', 'end', 'finish', 'prefinish', 'close']);
  t.on('data', (d) => log.push(`got ${d}`));
  t.write('ab');
  t.end('cd');
  await tick();
  assert.deepStrictEqual(log, ['t:data', 'got AB', 't:data', 'got CD', 'flush', 't:data', 'got !', 't:prefinish',
    't:end', 't:finish', 't:close']);
});

checkAsync('Transform backpressure: writes stall until the readable side is read', async () => {
  const log = [];
  const t = new Transform({ highWaterMark: 2, objectMode: true, transform(c, e, cb) { log.push(`tr ${c}`); cb(null, c); } });
  for (let i = 0; i < 6; i++) log.push(`w ${i} ${t.write(i)}`);
  t.on('drain', () => log.push('drain'));
  await tick();
  log.push(`rlen ${t.readableLength} wlen ${t.writableLength}`);
  t.resume();
  await tick();
  assert.deepStrictEqual(log, ['tr 0', 'w 0 true', 'tr 1', 'w 1 true', 'w 2 false', 'w 3 false', 'w 4 false',
    'w 5 false', 'rlen 2 wlen 5', 'tr 2', 'tr 3', 'tr 4', 'tr 5', 'drain']);
});

check('missing _transform: ERR_METHOD_NOT_IMPLEMENTED', () => {
  const t = new Transform();
  assert.throws(() => t.write('x'), { code: 'ERR_METHOD_NOT_IMPLEMENTED', message: 'The _transform() method is not implemented' });
});

checkAsync('transform callback error destroys the stream', async () => {
  const log = [];
  const t = new Transform({ transform(c, e, cb) { cb(new Error('tfail')); } });
  track(log, 't', t, ['error', 'close', 'finish', 'end']);
  t.write('x', (e) => log.push(`wcb ${e && e.message}`));
  await tick();
  assert.deepStrictEqual(log, ['wcb tfail', 't:error tfail', 't:close']);
});

checkAsync('PassThrough passes chunks unchanged (objectMode too)', async () => {
  const p = new PassThrough({ objectMode: true });
  p.write({ a: 1 });
  p.end(2);
  assert.deepStrictEqual(await p.toArray(), [{ a: 1 }, 2]);
  const b = new PassThrough();
  b.end('xyz');
  assert.strictEqual(String(b.read()), 'xyz');
});

checkAsync('Duplex allowHalfOpen: false ends the writable side after end', async () => {
  const log = [];
  const d = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } });
  track(log, 'd', d, ['end', 'finish', 'close']);
  d.resume();
  d.push(null);
  await tick();
  assert.deepStrictEqual(log, ['d:end', 'd:finish', 'd:close']);
});

checkAsync('Duplex half open: close only after both sides are done', async () => {
  const log = [];
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  track(log, 'd', d, ['end', 'finish', 'close']);
  d.resume();
  d.push(null);
  await tick();
  log.push('mid');
  d.end();
  await tick();
  assert.deepStrictEqual(log, ['d:end', 'mid', 'd:finish', 'd:close']);
});

check('Duplex instanceof Readable and Writable; separate object modes', () => {
  const d = new Duplex({ readableObjectMode: true, read() {}, write(c, e, cb) { cb(); } });
  assert.ok(d instanceof Readable);
  assert.ok(d instanceof Writable);
  assert.ok(new PassThrough() instanceof Writable);
  assert.ok(!({} instanceof Writable));
  assert.strictEqual(d.readableObjectMode, true);
  assert.strictEqual(d.writableObjectMode, false);
  assert.strictEqual(d.readableHighWaterMark, 16);
  assert.strictEqual(d.writableHighWaterMark, 16384);
});

check('Duplex readable: false / writable: false', () => {
  const d = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  assert.strictEqual(d.readable, false);
  assert.strictEqual(d.writable, true);
  const d2 = new Duplex({ writable: false, read() {} });
  assert.strictEqual(d2.writable, false);
  assert.strictEqual(d2.writableEnded, true);
});

checkAsync('duplexPair: one side writes, the other reads', async () => {
  const [a, b] = stream.duplexPair();
  const got = [];
  b.on('data', (d) => got.push(String(d)));
  a.write('hi');
  a.end();
  await new Promise((r) => b.on('end', r));
  assert.deepStrictEqual(got, ['hi']);
});

checkAsync('Duplex.from(async generator function) transforms', async () => {
  const d = Duplex.from(async function* (src) { for await (const c of src) yield String(c).toUpperCase(); });
  const out = [];
  d.on('data', (c) => out.push(String(c)));
  d.write('a');
  d.end('b');
  await new Promise((r) => d.on('end', r));
  assert.deepStrictEqual(out, ['A', 'B']);
});

checkAsync('Duplex.from(readable) and compose()', async () => {
  const d2 = Duplex.from(Readable.from(['x']));
  assert.strictEqual(typeof d2.write, 'function');
  assert.deepStrictEqual(await d2.toArray(), ['x']);
  const c = stream.compose(
    new Transform({ transform(ch, e, cb) { cb(null, `${ch}1`); } }),
    new Transform({ transform(ch, e, cb) { cb(null, `${ch}2`); } }));
  c.end('z');
  assert.deepStrictEqual((await c.toArray()).map(String), ['z12']);
});
