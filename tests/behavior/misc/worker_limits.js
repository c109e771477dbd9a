'use strict';
// Worker resourceLimits: reported back as Node does (worker.resourceLimits and, in the
// worker, require('worker_threads').resourceLimits), and maxOldGenerationSizeMb enforced:
// a worker that outgrows it ends with ERR_WORKER_OUT_OF_MEMORY and exit code 1.
const { checkAsync, check, assert } = require('../check');
const { Worker, resourceLimits } = require('worker_threads');

const KEYS = ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb', 'stackSizeMb'];

function outcome(w) {
  return new Promise((resolve) => {
    const messages = [];
    let error = null;
    w.on('message', (m) => messages.push(m));
    w.on('error', (e) => { error = e; });
    w.on('exit', (code) => resolve({ code, error, messages }));
  });
}

check('the main thread has no resource limits', () => {
  assert.deepStrictEqual(resourceLimits, {});
});

checkAsync('resourceLimits: requested, then running, then gone', async () => {
  const w = new Worker(`
    const wt = require('worker_threads');
    wt.parentPort.postMessage(wt.resourceLimits);
  `, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 64, stackSizeMb: 2, unknown: 1 } });
  // (Until the thread has started, what was not given reads -1; Node may already know more.)
  const early = w.resourceLimits;
  assert.deepStrictEqual(Object.keys(early), KEYS);
  assert.strictEqual(early.maxOldGenerationSizeMb, 64);
  assert.strictEqual(early.stackSizeMb, 2);
  let online;
  w.on('online', () => { online = w.resourceLimits; });
  const { code, messages } = await outcome(w);
  assert.strictEqual(code, 0);
  const [inWorker] = messages;
  assert.deepStrictEqual(Object.keys(inWorker), KEYS);
  assert.deepStrictEqual(online, inWorker);
  assert.strictEqual(inWorker.maxOldGenerationSizeMb, 64);
  assert.strictEqual(inWorker.stackSizeMb, 2);
  assert.ok(inWorker.maxYoungGenerationSizeMb > 0);
  assert.ok(inWorker.codeRangeSizeMb >= 0);
  assert.deepStrictEqual(w.resourceLimits, {});
});

checkAsync('without resourceLimits a worker reports its defaults', async () => {
  const w = new Worker(`require('worker_threads').parentPort.postMessage(require('worker_threads').resourceLimits)`,
    { eval: true });
  assert.deepStrictEqual(Object.keys(w.resourceLimits), KEYS);
  assert.strictEqual(w.resourceLimits.stackSizeMb, 4);
  const { messages: [limits] } = await outcome(w);
  assert.deepStrictEqual(Object.keys(limits), KEYS);
  for (const key of KEYS) assert.strictEqual(typeof limits[key], 'number');
  assert.ok(limits.maxOldGenerationSizeMb >= 256);
  assert.strictEqual(limits.stackSizeMb, 4);
});

checkAsync('outgrowing maxOldGenerationSizeMb ends the worker with ERR_WORKER_OUT_OF_MEMORY', async () => {
  const w = new Worker(`
    process.on('exit', () => require('worker_threads').parentPort.postMessage('exit listener ran'));
    const kept = [];
    for (;;) kept.push({ n: kept.length, list: [1, 2, 3] });
  `, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 16 } });
  const { code, error, messages } = await outcome(w);
  assert.strictEqual(code, 1);
  assert.strictEqual(error.code, 'ERR_WORKER_OUT_OF_MEMORY');
  assert.strictEqual(error.message, 'Worker terminated due to reaching memory limit: JS heap out of memory');
  assert.strictEqual(String(error), `Error [ERR_WORKER_OUT_OF_MEMORY]: ${error.message}`);
  assert.ok(error instanceof Error);
  assert.deepStrictEqual(messages, []);
});

checkAsync('running out of memory in async code and in timers is reported too', async () => {
  const sources = [
    `(async () => { const kept = []; for (;;) { kept.push('s' + Math.random()); if (kept.length % 500 === 0) await null; } })();`,
    `const kept = []; setInterval(() => { for (let i = 0; i < 20000; i++) kept.push([i]); }, 1);`,
  ];
  for (const src of sources) {
    const { code, error } = await outcome(new Worker(src, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 16 } }));
    assert.strictEqual(code, 1);
    assert.strictEqual(error?.code, 'ERR_WORKER_OUT_OF_MEMORY');
  }
});

checkAsync('a worker within its limit runs normally and can still be terminated', async () => {
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    const kept = [];
    for (let i = 0; i < 100000; i++) kept.push({ i });
    parentPort.postMessage(kept.length);
    for (;;) {}
  `, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 64 } });
  const count = await new Promise((resolve) => w.once('message', resolve));
  assert.strictEqual(count, 100000);
  assert.strictEqual(await w.terminate(), 1);
});
