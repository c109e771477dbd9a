'use strict';
// Writable: backpressure and 'drain', cork/uncork/writev, final, end(), errors, destroy, getters.
const { check, checkAsync, assert } = require('../check');
const { Writable } = require('stream');

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));
function track(log, name, s, events) {
  for (const e of events) s.on(e, (a) => log.push(`${name}:${e}${a instanceof Error ? ` ${a.code || a.message}` : ''}`));
}

checkAsync('sync write: callbacks a tick later; final/prefinish/finish/close order', async () => {
  const log = [];
  const w = new Writable({
    highWaterMark: 2,
    write(c, e, cb) { log.push(`write ${c} ${e}`); cb(); },
    final(cb) { log.push('final'); cb(); },
  });
  track(log, 'w', w, ['drain', 'finish', 'prefinish', 'close', 'error']);
  log.push(`ret ${w.write('abc', (...a) => log.push(`cb ${JSON.stringify(a)}`))}`);
  w.end(() => log.push('endcb'));
  log.push('after end');
  await tick();
  assert.deepStrictEqual(log, ['write abc buffer', 'ret true', 'final', 'w:prefinish', 'after end',
    'cb [null]', 'endcb', 'w:finish', 'w:close']);
});

checkAsync('async write: write() returns false past highWaterMark, then drain', async () => {
  const log = [];
  const pend = [];
  const w = new Writable({ highWaterMark: 2, write(c, e, cb) { log.push(`write ${c}`); pend.push(cb); } });
  w.on('drain', () => log.push('drain'));
  log.push(`ret ${w.write('abc', () => log.push('cb1'))}`);
  log.push(`ret ${w.write('d', () => log.push('cb2'))}`);
  assert.strictEqual(w.writableNeedDrain, true);
  assert.strictEqual(w.writableLength, 4);
  pend.shift()();
  log.push('after cb1');
  await tick();
  pend.shift()();
  log.push('after cb2');
  assert.deepStrictEqual(log, ['write abc', 'ret false', 'ret false', 'write d', 'cb1', 'after cb1', 'drain', 'cb2', 'after cb2']);
  assert.strictEqual(w.writableNeedDrain, false);
});

checkAsync('backpressure loop: write until false, continue on drain', async () => {
  let written = 0;
  const w = new Writable({ highWaterMark: 10, write(c, e, cb) { written += c.length; setTimeout(cb, 0); } });
  let drains = 0;
  let i = 0;
  await new Promise((resolve) => {
    function go() {
      while (i < 20) {
        i++;
        if (!w.write('abcd')) {
          drains++;
          w.once('drain', go);
          return;
        }
      }
      w.end(resolve);
    }
    go();
  });
  assert.strictEqual(written, 80);
  assert.strictEqual(drains, 6);
});

checkAsync('cork/uncork batches into _writev', async () => {
  const log = [];
  const w = new Writable({
    writev(chunks, cb) { log.push(`writev ${chunks.map((c) => `${c.chunk}:${c.encoding}`).join(',')}`); cb(); },
    write(c, e, cb) { log.push(`write ${c}`); cb(); },
  });
  w.write('a');
  w.cork();
  w.write('b');
  w.write('c', 'latin1');
  w.write(Buffer.from('d'));
  assert.strictEqual(w.writableCorked, 1);
  assert.strictEqual(w.writableLength, 3);
  process.nextTick(() => w.uncork());
  await new Promise((res) => w.end(res));
  assert.deepStrictEqual(log, ['write a', 'writev b:buffer,c:buffer,d:buffer']);
});

checkAsync('decodeStrings: false passes strings with their encoding', async () => {
  const log = [];
  const w = new Writable({ decodeStrings: false, write(c, e, cb) { log.push(`${typeof c} ${e}`); cb(); } });
  w.write('x');
  w.write('aGk=', 'base64');
  w.write(new Uint8Array([1]));
  await tick();
  assert.deepStrictEqual(log, ['string utf8', 'string base64', 'object buffer']);
});

checkAsync('write after end: ERR_STREAM_WRITE_AFTER_END to the callback and error event', async () => {
  const log = [];
  const w = new Writable({ write(c, e, cb) { cb(); } });
  track(log, 'w', w, ['error', 'close', 'finish']);
  w.end('x');
  assert.strictEqual(w.write('y', (err) => log.push(`cb ${err && err.code}`)), false);
  await tick();
  assert.deepStrictEqual(log, ['cb ERR_STREAM_WRITE_AFTER_END', 'w:error ERR_STREAM_WRITE_AFTER_END', 'w:close']);
});

check('write(null) and bad chunks throw', () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  assert.throws(() => w.write(null), { code: 'ERR_STREAM_NULL_VALUES', name: 'TypeError' });
  assert.throws(() => w.write(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => w.write('x', 'nope'), { code: 'ERR_UNKNOWN_ENCODING' });
  const o = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
  assert.strictEqual(o.write(1), true);
  assert.strictEqual(o.writableHighWaterMark, 16);
});

check('missing _write throws ERR_METHOD_NOT_IMPLEMENTED', () => {
  const w = new Writable();
  assert.throws(() => w.write('x'), { code: 'ERR_METHOD_NOT_IMPLEMENTED', message: 'The _write() method is not implemented' });
});

checkAsync('write callback error: cb, end cb, error, close', async () => {
  const log = [];
  const w = new Writable({ write(c, e, cb) { cb(new Error('wfail')); } });
  track(log, 'w', w, ['error', 'close', 'finish']);
  w.write('a', (e) => log.push(`wcb ${e && e.message}`));
  w.end((e) => log.push(`endcb ${e && e.message}`));
  await tick();
  w.end((e) => log.push(`endcb2 ${e && e.code}`));
  await tick();
  assert.deepStrictEqual(log, ['wcb wfail', 'endcb wfail', 'w:error wfail', 'w:close', 'endcb2 ERR_STREAM_DESTROYED']);
  assert.strictEqual(w.writableAborted, true);
});

checkAsync('final error: error, close, then end callback', async () => {
  const log = [];
  const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(new Error('ffail')); } });
  track(log, 'w', w, ['error', 'close', 'finish', 'prefinish']);
  w.end((e) => log.push(`endcb ${e && e.message}`));
  await tick();
  assert.deepStrictEqual(log, ['w:error ffail', 'w:close', 'endcb ffail']);
});

checkAsync('multiple callback calls: ERR_MULTIPLE_CALLBACK', async () => {
  const log = [];
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  w.on('error', (e) => log.push(e.code));
  w.write('x');
  await tick();
  assert.deepStrictEqual(log, ['ERR_MULTIPLE_CALLBACK']);
});

checkAsync('destroy() with pending writes fails the buffered ones', async () => {
  const log = [];
  const w = new Writable({ write(c, e, cb) { setTimeout(cb, 5); } });
  track(log, 'w', w, ['error', 'close', 'finish']);
  w.write('a', (e) => log.push(`cb a ${e && e.code}`));
  w.write('b', (e) => log.push(`cb b ${e && e.code}`));
  w.destroy();
  await tick(20);
  assert.deepStrictEqual(log, ['w:close', 'cb a null', 'cb b ERR_STREAM_DESTROYED']);
});

checkAsync('_construct delays writes', async () => {
  const log = [];
  const w = new Writable({
    construct(cb) { log.push('construct'); setTimeout(cb, 2); },
    write(c, e, cb) { log.push(`write ${c}`); cb(); },
  });
  w.write('x');
  log.push('wrote');
  w.end();
  await new Promise((r) => w.on('finish', r));
  assert.deepStrictEqual(log, ['wrote', 'construct', 'write x']);
});

checkAsync('getters through the lifecycle', async () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  assert.deepStrictEqual([w.writable, w.writableEnded, w.writableFinished, w.writableAborted, w.writableNeedDrain,
    w.writableLength, w.writableCorked, w.writableObjectMode, w.closed, w.destroyed, w.errored],
  [true, false, false, false, false, 0, 0, false, false, false, null]);
  w.end();
  assert.deepStrictEqual([w.writable, w.writableEnded, w.writableFinished], [false, true, false]);
  await tick();
  assert.deepStrictEqual([w.writable, w.writableEnded, w.writableFinished, w.closed, w.destroyed], [false, true, true, true, true]);
  w.end((e) => assert.strictEqual(e.code, 'ERR_STREAM_ALREADY_FINISHED'));
});

checkAsync('end(chunk) writes then finishes; setDefaultEncoding', async () => {
  const got = [];
  const w = new Writable({ decodeStrings: false, write(c, e, cb) { got.push(`${c}/${e}`); cb(); } });
  w.setDefaultEncoding('hex');
  await new Promise((res) => w.end('6869', res));
  assert.deepStrictEqual(got, ['6869/hex']);
  assert.throws(() => w.setDefaultEncoding('bogus'), { code: 'ERR_UNKNOWN_ENCODING' });
});
