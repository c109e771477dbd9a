'use strict';
// events.once / events.on / captureRejections / addAbortListener / getEventListeners.
const { check, checkAsync, assert } = require('../check');
const EventEmitter = require('events');
const { once, on, getEventListeners, addAbortListener } = EventEmitter;

const tick = () => new Promise((r) => setTimeout(r, 1));

checkAsync('once resolves with the argument array', async () => {
  const e = new EventEmitter();
  setTimeout(() => e.emit('ready', 1, 2), 1);
  assert.deepStrictEqual(await once(e, 'ready'), [1, 2]);
  assert.strictEqual(e.listenerCount('ready'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);
});

checkAsync('once rejects on error and cleans up', async () => {
  const e = new EventEmitter();
  setTimeout(() => e.emit('error', new Error('bad')), 1);
  await assert.rejects(once(e, 'ready'), { message: 'bad' });
  assert.strictEqual(e.listenerCount('ready'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);
});

checkAsync('once for the error event resolves with the error', async () => {
  const e = new EventEmitter();
  const err = new Error('x');
  setTimeout(() => e.emit('error', err), 1);
  const [got] = await once(e, 'error');
  assert.strictEqual(got, err);
});

checkAsync('once with an AbortSignal', async () => {
  const e = new EventEmitter();
  const ac = new AbortController();
  const p = once(e, 'never', { signal: ac.signal });
  ac.abort();
  await assert.rejects(p, { name: 'AbortError', code: 'ABORT_ERR', message: 'The operation was aborted' });
  assert.strictEqual(e.listenerCount('never'), 0);
  await assert.rejects(once(e, 'x', { signal: ac.signal }), { name: 'AbortError' });
  await assert.rejects(once(e, 'x', { signal: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)',
  });
});

checkAsync('once works with an EventTarget', async () => {
  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('ping')), 1);
  const [ev] = await once(et, 'ping');
  assert.strictEqual(ev.type, 'ping');
});

checkAsync('on iterates events until break', async () => {
  const e = new EventEmitter();
  setTimeout(() => { e.emit('d', 1); e.emit('d', 2); e.emit('d', 3); }, 1);
  const seen = [];
  for await (const v of on(e, 'd')) {
    seen.push(v);
    if (seen.length === 3) break;
  }
  assert.deepStrictEqual(seen, [[1], [2], [3]]);
  assert.strictEqual(e.listenerCount('d'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);
});

checkAsync('on queues events emitted before next() and surfaces errors', async () => {
  const e = new EventEmitter();
  const it = on(e, 'z');
  e.emit('z', 'a');
  e.emit('z', 'b', 'c');
  e.emit('error', new Error('zz'));
  assert.deepStrictEqual(await it.next(), { value: ['a'], done: false });
  assert.deepStrictEqual(await it.next(), { value: ['b', 'c'], done: false });
  await assert.rejects(it.next(), { message: 'zz' });
  assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
});

checkAsync('on with close events and abort signal', async () => {
  const e = new EventEmitter();
  const it = on(e, 'w', { close: ['end'] });
  e.emit('w', 1);
  e.emit('end');
  assert.deepStrictEqual(await it.next(), { value: [1], done: false });
  assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
  const ac = new AbortController();
  const it2 = on(e, 'q', { signal: ac.signal });
  const pending = it2.next();
  ac.abort();
  await assert.rejects(pending, { name: 'AbortError' });
  assert.strictEqual(e.listenerCount('q'), 0);
  assert.strictEqual(typeof it2[Symbol.asyncIterator], 'function');
});

checkAsync('captureRejections routes rejected promises to error', async () => {
  const e = new EventEmitter({ captureRejections: true });
  const errors = [];
  e.on('ev', async () => { throw new Error('rejected'); });
  e.on('error', (er) => errors.push(er.message));
  e.emit('ev');
  await tick();
  assert.deepStrictEqual(errors, ['rejected']);
});

checkAsync('captureRejections prefers Symbol.for(nodejs.rejection)', async () => {
  const e = new EventEmitter({ captureRejections: true });
  const calls = [];
  e[Symbol.for('nodejs.rejection')] = (er, name, ...args) => calls.push([er.message, name, args]);
  e.on('ev', async () => { throw new Error('r2'); });
  e.emit('ev', 1, 2);
  await tick();
  assert.deepStrictEqual(calls, [['r2', 'ev', [1, 2]]]);
});

check('captureRejections static default', () => {
  assert.strictEqual(EventEmitter.captureRejections, false);
  assert.throws(() => { EventEmitter.captureRejections = 1; }, { code: 'ERR_INVALID_ARG_TYPE' });
});

checkAsync('addAbortListener', async () => {
  const ac = new AbortController();
  let called = 0;
  const disposable = addAbortListener(ac.signal, () => called++);
  assert.strictEqual(typeof disposable, 'object');
  ac.abort();
  assert.strictEqual(called, 1);
  const ac2 = new AbortController();
  ac2.abort();
  addAbortListener(ac2.signal, () => called++);
  assert.strictEqual(called, 1); // queued as a microtask
  await tick();
  assert.strictEqual(called, 2);
  assert.throws(() => addAbortListener(ac.signal, 1), { code: 'ERR_INVALID_ARG_TYPE' });
});

check('getEventListeners for emitters and targets', () => {
  const e = new EventEmitter();
  const f = () => {};
  e.once('x', f);
  assert.deepStrictEqual(getEventListeners(e, 'x'), [f]);
  const et = new EventTarget();
  const g = () => {};
  et.addEventListener('y', g);
  assert.deepStrictEqual(getEventListeners(et, 'y'), [g]);
  assert.deepStrictEqual(getEventListeners(et, 'z'), []);
  assert.throws(() => getEventListeners({}, 'x'), {
    message: 'The "emitter" argument must be an instance of EventEmitter or EventTarget. Received an instance of Object',
  });
});
