'use strict';
// pipe()/unpipe() with backpressure, pipeline() and finished() in callback and promise forms.
const { checkAsync, assert } = require('../check');
const stream = require('stream');
const { Readable, Writable, PassThrough, Transform, pipeline, finished } = stream;
const { pipeline: pipelineP, finished: finishedP } = require('stream/promises');

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));
function track(log, name, s, events) {
  for (const e of events) s.on(e, (a) => log.push(`${name}:${e}${a instanceof Error ? ` ${a.code || a.message}` : ''}`));
}

checkAsync('pipe with backpressure: source pauses for the slow writer', async () => {
  const log = [];
  let n = 0;
  const r = new Readable({ highWaterMark: 4, read() { n++; this.push(n <= 5 ? `abc${n}` : null); } });
  const w = new Writable({ highWaterMark: 5, write(c, e, cb) { log.push(`write ${c}`); setTimeout(cb, 1); } });
  track(log, 'r', r, ['end', 'close', 'pause', 'resume']);
  track(log, 'w', w, ['drain', 'finish', 'close', 'pipe', 'unpipe']);
  assert.strictEqual(r.pipe(w), w);
  await new Promise((res) => w.on('close', res));
  assert.deepStrictEqual(log, ['w:pipe', 'r:resume', 'write abc1', 'r:pause', 'write abc2', 'w:drain', 'r:resume',
    'write abc3', 'r:pause', 'write abc4', 'w:drain', 'r:resume', 'write abc5', 'r:end', 'r:close', 'w:finish',
    'r:pause', 'w:unpipe', 'w:close']);
});

checkAsync('pipe to two destinations waits for the slower one', async () => {
  const log = [];
  const r = new Readable({ read() {} });
  const mk = (name, delay) => new Writable({ highWaterMark: 1, write(c, e, cb) { log.push(`${name} ${c}`); setTimeout(cb, delay); } });
  const a = mk('a', 1);
  const b = mk('b', 3);
  r.pipe(a);
  r.pipe(b);
  r.push('1');
  r.push('2');
  r.push('3');
  r.push(null);
  await Promise.all([finishedP(a), finishedP(b)]);
  assert.deepStrictEqual(log, ['a 1', 'b 1', 'a 2', 'b 2', 'a 3', 'b 3']);
});

checkAsync('unpipe stops the flow and emits unpipe', async () => {
  const log = [];
  const r = new Readable({ read() {} });
  const w = new PassThrough();
  track(log, 'w', w, ['pipe', 'unpipe', 'finish']);
  r.pipe(w);
  r.push('x');
  await tick();
  r.unpipe(w);
  assert.strictEqual(r.readableFlowing, false);
  r.push('y');
  await tick();
  assert.deepStrictEqual(log, ['w:pipe', 'w:unpipe']);
  assert.strictEqual(r.readableLength, 1);
  assert.strictEqual(w.readableLength, 1);
});

checkAsync('pipe end: false leaves the destination open', async () => {
  const r = Readable.from(['a']);
  const w = new PassThrough();
  r.pipe(w, { end: false });
  await finishedP(r);
  await tick();
  assert.strictEqual(w.writableEnded, false);
});

checkAsync('pipeline: callback once everything finished', async () => {
  const out = [];
  await new Promise((res) => {
    pipeline(Readable.from(['a', 'b']),
      new Transform({ transform(c, e, cb) { cb(null, `${c}!`); } }),
      new Writable({ write(c, e, cb) { out.push(String(c)); cb(); } }),
      (err) => { out.push(`cb ${err}`); res(); });
  });
  assert.deepStrictEqual(out, ['a!', 'b!', 'cb undefined']);
});

checkAsync('pipeline: an error in the middle destroys every stream', async () => {
  const log = [];
  const r = new Readable({ read() {} });
  const t = new PassThrough();
  const w = new Writable({ write(c, e, cb) { cb(); } });
  track(log, 'r', r, ['close', 'error']);
  track(log, 't', t, ['close', 'error']);
  track(log, 'w', w, ['close', 'error']);
  await new Promise((res) => {
    pipeline(r, t, w, (err) => { log.push(`cb ${err && err.message}`); res(); });
    r.push('x');
    setTimeout(() => t.destroy(new Error('mid')), 5);
  });
  assert.deepStrictEqual(log, ['t:error mid', 't:close', 'r:error mid', 'r:close', 'w:error mid', 'w:close', 'cb mid']);
});

checkAsync('pipeline: premature close of the source', async () => {
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const err = await new Promise((res) => {
    pipeline(r, w, res);
    setTimeout(() => r.destroy(), 2);
  });
  assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
  assert.strictEqual(w.destroyed, true);
});

checkAsync('pipeline: fewer than two streams / no callback', async () => {
  assert.throws(() => pipeline(new PassThrough(), () => {}), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => pipeline(new PassThrough(), new PassThrough()), { code: 'ERR_INVALID_ARG_TYPE' });
});

checkAsync('stream/promises pipeline with async generator stages and a returned value', async () => {
  const out = [];
  await pipelineP(Readable.from([1, 2, 3]),
    async function* (src) { for await (const x of src) yield x * 2; },
    new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }));
  assert.deepStrictEqual(out, [2, 4, 6]);
  const v = await pipelineP(Readable.from([1, 2, 3]), async (src) => {
    let s = 0;
    for await (const x of src) s += x;
    return s;
  });
  assert.strictEqual(v, 6);
  assert.strictEqual(stream.promises.pipeline, pipelineP);
});

checkAsync('stream/promises pipeline rejects with the stage error', async () => {
  await assert.rejects(pipelineP(Readable.from([1, 2]), async function* (src) {
    for await (const x of src) { if (x === 2) throw new Error('gen fail'); yield x; }
  }, new Writable({ objectMode: true, write(c, e, cb) { cb(); } })), { message: 'gen fail' });
});

checkAsync('pipeline with a signal: abort rejects with AbortError', async () => {
  const ac = new AbortController();
  const p = pipelineP(new Readable({ read() {} }), new PassThrough(), { signal: ac.signal });
  ac.abort();
  await assert.rejects(p, { name: 'AbortError' });
});

checkAsync('finished: premature close, normal finish, error, cleanup', async () => {
  const r = new Readable({ read() {} });
  const e1 = await new Promise((res) => { finished(r, res); r.destroy(); });
  assert.strictEqual(e1.code, 'ERR_STREAM_PREMATURE_CLOSE');
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end('x');
  await finishedP(w);
  const r2 = new Readable({ read() {} });
  r2.on('error', () => {});
  const p = finishedP(r2);
  r2.destroy(new Error('bad'));
  await assert.rejects(p, { message: 'bad' });
  const r3 = Readable.from(['a']);
  const cleanup = finished(r3, () => { throw new Error('should not be called'); });
  cleanup();
  r3.resume();
  await tick();
});

checkAsync('finished on an already finished stream calls back', async () => {
  const r = Readable.from([]);
  r.resume();
  await finishedP(r);
  let called = false;
  await new Promise((res) => finished(r, (err) => { called = !err; res(); }));
  assert.strictEqual(called, true);
});
