'use strict';
// Node's ordering: sync code, nextTick queue, promise microtasks, then timers/immediates.
const { checkAsync, assert } = require('../check');

// Recorded by the main script itself: the check body below runs later, inside a microtask.
const topLevel = [];
setTimeout(() => topLevel.push('timeout'), 1);
Promise.resolve().then(() => topLevel.push('promise1')).then(() => topLevel.push('promise2'));
process.nextTick(() => { topLevel.push('tick1'); process.nextTick(() => topLevel.push('tick-nested')); });
process.nextTick(() => topLevel.push('tick2'));
queueMicrotask(() => topLevel.push('microtask'));
topLevel.push('sync');

checkAsync('after the main script: nextTick queue, then promise jobs, then timers', async () => {
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.deepStrictEqual(topLevel, ['sync', 'tick1', 'tick2', 'tick-nested', 'promise1', 'microtask', 'promise2', 'timeout']);
});

checkAsync('inside a microtask, promise jobs queued there run before nextTick', async () => {
  const log = [];
  await new Promise((resolve) => {
    setTimeout(() => { log.push('timeout'); resolve(); }, 1);
    Promise.resolve().then(() => log.push('promise'));
    process.nextTick(() => log.push('tick'));
  });
  assert.deepStrictEqual(log, ['promise', 'tick', 'timeout']);
});

checkAsync('inside an I/O-free callback, setImmediate fires before setTimeout 0', async () => {
  const log = [];
  await new Promise((resolve) => {
    setImmediate(() => {
      setTimeout(() => { log.push('timeout'); resolve(); }, 0);
      setImmediate(() => log.push('immediate'));
    });
  });
  assert.deepStrictEqual(log, ['immediate', 'timeout']);
});

checkAsync('ticks and microtasks drain between timers', async () => {
  const log = [];
  await new Promise((resolve) => {
    setTimeout(() => { log.push('t1'); process.nextTick(() => log.push('tick')); Promise.resolve().then(() => log.push('p')); }, 2);
    setTimeout(() => { log.push('t2'); resolve(); }, 2);
  });
  assert.deepStrictEqual(log, ['t1', 'tick', 'p', 't2']);
});

checkAsync('timers fire in order of expiry, then insertion', async () => {
  const log = [];
  await new Promise((resolve) => {
    setTimeout(() => log.push('b20'), 20);
    setTimeout(() => log.push('a5'), 5);
    setTimeout(() => log.push('c5'), 5);
    setTimeout(() => { log.push('d30'); resolve(); }, 30);
  });
  assert.deepStrictEqual(log, ['a5', 'c5', 'b20', 'd30']);
});

checkAsync('setInterval repeats until cleared; args are passed', async () => {
  const seen = [];
  await new Promise((resolve) => {
    const iv = setInterval((a, b) => {
      seen.push(a + b);
      if (seen.length === 3) { clearInterval(iv); resolve(); }
    }, 1, 'x', 'y');
  });
  assert.deepStrictEqual(seen, ['xy', 'xy', 'xy']);
});

checkAsync('clearTimeout, refresh, hasRef, unref and the primitive id', async () => {
  let fired = false;
  const t = setTimeout(() => { fired = true; }, 1);
  clearTimeout(t);
  const t2 = setTimeout(() => {}, 1000);
  assert.strictEqual(t2.hasRef(), true);
  t2.unref();
  assert.strictEqual(t2.hasRef(), false);
  t2.ref();
  const id = +t2;
  assert.strictEqual(typeof id, 'number');
  clearTimeout(id);
  const start = Date.now();
  await new Promise((resolve) => {
    const t3 = setTimeout(resolve, 30);
    setTimeout(() => t3.refresh(), 15);
  });
  assert.ok(Date.now() - start >= 40, 'refresh pushed the deadline');
  assert.strictEqual(fired, false);
});

checkAsync('setTimeout validates its callback and clamps odd delays', async () => {
  assert.throws(() => setTimeout('code'), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  await new Promise((resolve) => setTimeout(resolve, -5));
  await new Promise((resolve) => setTimeout(resolve, NaN));
  const t = setTimeout(() => {}, 1);
  assert.strictEqual(t._idleTimeout, 1);
  clearTimeout(t);
});

checkAsync('clearImmediate cancels; immediates queued during the phase run next turn', async () => {
  const log = [];
  const i = setImmediate(() => log.push('cancelled'));
  clearImmediate(i);
  await new Promise((resolve) => {
    setImmediate(() => {
      log.push('a');
      setImmediate(() => { log.push('c'); resolve(); });
    });
    setImmediate(() => log.push('b'));
  });
  assert.deepStrictEqual(log, ['a', 'b', 'c']);
});

checkAsync('timers/promises', async () => {
  const tp = require('timers/promises');
  assert.strictEqual(await tp.setTimeout(2, 'v'), 'v');
  assert.strictEqual(await tp.setImmediate('w'), 'w');
  const ac = new AbortController();
  const p = tp.setTimeout(1000, null, { signal: ac.signal });
  ac.abort();
  await assert.rejects(p, { name: 'AbortError', code: 'ABORT_ERR' });
  let n = 0;
  for await (const v of tp.setInterval(1, 'i')) { assert.strictEqual(v, 'i'); if (++n === 3) break; }
  assert.strictEqual(n, 3);
  const util = require('util');
  assert.strictEqual(await util.promisify(setTimeout)(1, 'p'), 'p');
});

checkAsync('a timer set after slow synchronous work counts from when it was set', async () => {
  const busyUntil = Date.now() + 60;
  while (Date.now() < busyUntil);
  const t0 = Date.now();
  const elapsed = await new Promise((resolve) => setTimeout(() => resolve(Date.now() - t0), 40));
  assert.ok(elapsed >= 39, `fired after ${elapsed} ms`);
});
