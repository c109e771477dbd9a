'use strict';
// Module shape, legacy Stream, addAbortSignal, default highWaterMark, stream predicates.
const { check, checkAsync, assert } = require('../check');
const stream = require('stream');
const EventEmitter = require('events');
const { Readable, Writable, Duplex, Transform, PassThrough } = stream;

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

check('module shape: Stream with the classes as properties', () => {
  assert.strictEqual(typeof stream, 'function');
  assert.strictEqual(stream.Stream, stream);
  for (const k of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'pipeline', 'finished',
    'addAbortSignal', 'destroy', 'compose', 'isReadable', 'isErrored', 'isDisturbed',
    'getDefaultHighWaterMark', 'setDefaultHighWaterMark', 'duplexPair']) {
    assert.strictEqual(typeof stream[k], 'function', k);
  }
  assert.strictEqual(typeof stream.promises.pipeline, 'function');
  assert.strictEqual(require('stream/promises').finished, stream.promises.finished);
  assert.strictEqual(require('util').promisify(stream.pipeline), stream.promises.pipeline);
});

check('class hierarchy', () => {
  assert.ok(new Readable() instanceof stream);
  assert.ok(new Readable() instanceof EventEmitter);
  assert.ok(new Writable() instanceof stream);
  assert.ok(new Transform() instanceof Duplex);
  assert.ok(new PassThrough() instanceof Transform);
  assert.strictEqual(Object.getPrototypeOf(Duplex.prototype), Readable.prototype);
});

check('legacy Stream.pipe forwards data and end', () => {
  const s = new stream.Stream();
  const w = new PassThrough();
  s.pipe(w);
  s.emit('data', 'abc');
  s.emit('end');
  assert.strictEqual(String(w.read()), 'abc');
  assert.strictEqual(w.writableEnded, true);
});

checkAsync('signal option and addAbortSignal destroy with AbortError', async () => {
  const log = [];
  const ac = new AbortController();
  const r = new Readable({ read() {}, signal: ac.signal });
  r.on('error', (e) => log.push(`r ${e.name} ${e.code}`));
  r.on('close', () => log.push('r close'));
  ac.abort();
  await tick();
  const ac2 = new AbortController();
  const w = stream.addAbortSignal(ac2.signal, new Writable({ write(c, e, cb) { cb(); } }));
  w.on('error', (e) => log.push(`w ${e.name}`));
  w.on('close', () => log.push('w close'));
  ac2.abort();
  await tick();
  assert.deepStrictEqual(log, ['r AbortError ABORT_ERR', 'r close', 'w AbortError', 'w close']);
  assert.throws(() => stream.addAbortSignal('x', w), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => stream.addAbortSignal(ac.signal, {}), { code: 'ERR_INVALID_ARG_TYPE' });
});

check('getDefaultHighWaterMark / setDefaultHighWaterMark', () => {
  assert.strictEqual(stream.getDefaultHighWaterMark(false), 16384);
  assert.strictEqual(stream.getDefaultHighWaterMark(true), 16);
  stream.setDefaultHighWaterMark(false, 1024);
  assert.strictEqual(new Readable().readableHighWaterMark, 1024);
  stream.setDefaultHighWaterMark(false, 16384);
  assert.throws(() => stream.setDefaultHighWaterMark(false, -1), { code: 'ERR_OUT_OF_RANGE' });
});

checkAsync('isReadable / isErrored / isDisturbed / isDestroyed', async () => {
  const r = new Readable({ read() {} });
  assert.deepStrictEqual([stream.isReadable(r), stream.isErrored(r), stream.isDisturbed(r), stream.isDestroyed(r)],
    [true, false, false, false]);
  r.push('x');
  r.read();
  assert.strictEqual(stream.isDisturbed(r), true);
  r.on('error', () => {});
  r.destroy(new Error('e'));
  // isErrored turns true once 'error' was emitted.
  assert.deepStrictEqual([stream.isReadable(r), stream.isErrored(r), stream.isDestroyed(r)], [false, false, true]);
  await tick();
  assert.strictEqual(stream.isErrored(r), true);
  const w = new Writable({ write(c, e, cb) { cb(); } });
  assert.strictEqual(stream.isWritable(w), true);
  w.end();
  assert.strictEqual(stream.isWritable(w), false);
});

checkAsync('stream.destroy(stream, err) helper', async () => {
  const r = new Readable({ read() {} });
  const got = [];
  r.on('error', (e) => got.push(e.message));
  stream.destroy(r, new Error('x'));
  await tick();
  assert.deepStrictEqual(got, ['x']);
});

checkAsync('EventEmitter captureRejections: a rejected async handler destroys the stream', async () => {
  const r = new Readable({ read() {}, captureRejections: true });
  const got = [];
  r.on('error', (e) => got.push(e.message));
  r.on('data', async () => { throw new Error('async boom'); });
  r.push('x');
  await tick();
  assert.deepStrictEqual(got, ['async boom']);
  assert.strictEqual(r.destroyed, true);
});
