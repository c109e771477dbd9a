'use strict';
// diagnostics_channel.
const { check, checkAsync, assert } = require('../check');
const dc = require('diagnostics_channel');

check('channel, subscribe, publish, unsubscribe', () => {
  const ch = dc.channel('test:basic');
  assert.strictEqual(ch.name, 'test:basic');
  assert.strictEqual(dc.channel('test:basic'), ch);
  assert.ok(ch instanceof dc.Channel);
  assert.strictEqual(ch.hasSubscribers, false);
  const got = [];
  const fn = (msg, name) => got.push([msg, name]);
  dc.subscribe('test:basic', fn);
  assert.strictEqual(ch.hasSubscribers, true);
  assert.strictEqual(dc.hasSubscribers('test:basic'), true);
  ch.publish({ a: 1 });
  assert.deepStrictEqual(got, [[{ a: 1 }, 'test:basic']]);
  assert.strictEqual(dc.unsubscribe('test:basic', fn), true);
  assert.strictEqual(dc.unsubscribe('test:basic', fn), false);
  assert.strictEqual(ch.hasSubscribers, false);
  ch.publish('dropped');
  assert.strictEqual(got.length, 1);
  assert.strictEqual(dc.hasSubscribers('test:never'), false);
});

check('symbol names and validation', () => {
  const sym = Symbol('s');
  assert.strictEqual(dc.channel(sym).name, sym);
  assert.throws(() => dc.channel(5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => dc.channel('x').subscribe(1), { code: 'ERR_INVALID_ARG_TYPE' });
});

checkAsync('a throwing subscriber does not stop the others; the error is rethrown later', async () => {
  const ch = dc.channel('test:throw');
  const got = [];
  ch.subscribe(() => { throw new Error('sub failed'); });
  ch.subscribe((m) => got.push(m));
  const caught = new Promise((resolve) => process.once('uncaughtException', resolve));
  ch.publish(1);
  assert.deepStrictEqual(got, [1]);
  assert.strictEqual((await caught).message, 'sub failed');
});

check('bindStore/runStores with AsyncLocalStorage', () => {
  const { AsyncLocalStorage } = require('async_hooks');
  const store = new AsyncLocalStorage();
  const ch = dc.channel('test:stores');
  ch.bindStore(store, (data) => ({ wrapped: data }));
  const seen = [];
  ch.subscribe((m) => seen.push(store.getStore()));
  const r = ch.runStores('d', (x) => [store.getStore(), x], null, 7);
  assert.deepStrictEqual(r, [{ wrapped: 'd' }, 7]);
  assert.deepStrictEqual(seen, [{ wrapped: 'd' }]);
  assert.strictEqual(ch.unbindStore(store), true);
  assert.strictEqual(ch.unbindStore(store), false);
});

check('tracingChannel traceSync', () => {
  const tc = dc.tracingChannel('test:sync');
  assert.strictEqual(tc.start.name, 'tracing:test:sync:start');
  assert.strictEqual(tc.hasSubscribers, false);
  const events = [];
  const handlers = {
    start: (m) => events.push(['start', { ...m }]),
    end: (m) => events.push(['end', { ...m, error: m.error && m.error.message }]),
    error: (m) => events.push(['error', m.error.message]),
  };
  tc.subscribe(handlers);
  assert.strictEqual(tc.hasSubscribers, true);
  assert.strictEqual(tc.traceSync((x) => x * 2, { id: 1 }, null, 21), 42);
  assert.throws(() => tc.traceSync(() => { throw new Error('boom'); }, { id: 2 }), /boom/);
  assert.deepStrictEqual(events, [
    ['start', { id: 1 }],
    ['end', { id: 1, result: 42, error: undefined }],
    ['start', { id: 2 }],
    ['error', 'boom'],
    ['end', { id: 2, error: 'boom' }],
  ]);
  assert.strictEqual(tc.unsubscribe(handlers), true);
  assert.strictEqual(tc.hasSubscribers, false);
});

checkAsync('tracingChannel tracePromise and traceCallback', async () => {
  const tc = dc.tracingChannel('test:async');
  const events = [];
  for (const e of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
    tc[e].subscribe((m) => events.push(`${e}:${m.result ?? (m.error && m.error.message) ?? ''}`));
  }
  assert.strictEqual(await tc.tracePromise(async (v) => v + 1, {}, null, 6), 7);
  const cbResult = await new Promise((resolve) => {
    tc.traceCallback((a, cb) => setImmediate(() => cb(null, a * 3)), 1, {}, null, 5, (err, r) => resolve(r));
  });
  assert.strictEqual(cbResult, 15);
  await assert.rejects(tc.tracePromise(async () => { throw new Error('nope'); }), /nope/);
  assert.deepStrictEqual(events, [
    'start:', 'end:', 'asyncStart:7', 'asyncEnd:7',
    'start:', 'end:', 'asyncStart:15', 'asyncEnd:15',
    'start:', 'end:', 'error:nope', 'asyncStart:nope', 'asyncEnd:nope',
  ]);
});
