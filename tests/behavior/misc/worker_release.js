'use strict';
// A finished worker gives back its OS thread and its engine: many short workers in a row
// leave the process's RSS and thread count bounded.
const { checkAsync, assert } = require('../check');
const fs = require('fs');
const { Worker } = require('worker_threads');

function runOne() {
  return new Promise((resolve, reject) => {
    const w = new Worker('require("worker_threads").parentPort.postMessage(40 + 2)', { eval: true });
    let got;
    w.on('message', (m) => { got = m; });
    w.on('error', reject);
    w.on('exit', (code) => resolve([code, got]));
  });
}

// Linux: one entry per thread of this process.
function threadCount() {
  try {
    return fs.readdirSync('/proc/self/task').length;
  } catch {
    return 0;
  }
}

checkAsync('short workers in a row keep RSS and the thread count bounded', async () => {
  for (let i = 0; i < 5; i++) await runOne();
  const rss0 = process.memoryUsage().rss;
  const threads0 = threadCount();
  // Up to 200 workers, as many as fit in a couple of seconds (at least 30).
  const deadline = Date.now() + 2000;
  let n = 0;
  while (n < 200 && (n < 30 || Date.now() < deadline)) {
    assert.deepStrictEqual(await runOne(), [0, 42]);
    n++;
  }
  const grown = process.memoryUsage().rss - rss0;
  // A worker's engine alone is megabytes: keeping them would exceed this many times over.
  assert.ok(grown < 48 * 1024 * 1024, `RSS grew by ${grown} bytes over ${n} workers`);
  const threads = threadCount();
  assert.ok(threads <= threads0 + 2, `threads: ${threads0} before, ${threads} after ${n} workers`);
}, 60000);

checkAsync('terminated and failing workers are released too', async () => {
  const threads0 = threadCount();
  const rss0 = process.memoryUsage().rss;
  for (let i = 0; i < 10; i++) {
    const busy = new Worker('for (;;) {}', { eval: true });
    await new Promise((resolve) => busy.once('online', resolve));
    assert.strictEqual(await busy.terminate(), 1);
    const failing = new Worker('throw new Error("x" + 1)', { eval: true });
    const [err, code] = await new Promise((resolve) => {
      let e;
      failing.on('error', (x) => { e = x; });
      failing.on('exit', (c) => resolve([e, c]));
    });
    assert.strictEqual(err.message, 'x1');
    assert.strictEqual(code, 1);
    const exiting = new Worker('process.exit(7)', { eval: true });
    assert.strictEqual(await new Promise((resolve) => exiting.on('exit', resolve)), 7);
  }
  assert.ok(threadCount() <= threads0 + 2, `threads: ${threads0} before, ${threadCount()} after`);
  assert.ok(process.memoryUsage().rss - rss0 < 48 * 1024 * 1024);
}, 60000);

checkAsync('workers that ran child processes (with an IPC channel too) are released', async () => {
  const child = require('path').join(__dirname, 'fixtures', 'ipc_echo_child.js');
  const code = `
    const { execFileSync, fork } = require('child_process');
    const { parentPort } = require('worker_threads');
    const out = execFileSync(process.execPath, ['-e', 'process.stdout.write("hi")']).toString();
    const c = fork(${JSON.stringify(child)});
    c.on('message', (m) => { parentPort.postMessage([out, m]); c.disconnect(); });
    c.send('ping');`;
  for (let i = 0; i < 2; i++) {
    const w = new Worker(code, { eval: true });
    const got = await new Promise((resolve, reject) => { w.once('message', resolve); w.on('error', reject); });
    assert.deepStrictEqual(got, ['hi', 'pong']);
    assert.strictEqual(await new Promise((resolve) => w.on('exit', resolve)), 0);
  }
  const threads0 = threadCount();
  for (let i = 0; i < 4; i++) {
    const w = new Worker(code, { eval: true });
    await new Promise((resolve, reject) => { w.once('message', resolve); w.on('error', reject); });
    await new Promise((resolve) => w.on('exit', resolve));
  }
  assert.ok(threadCount() <= threads0 + 2, `threads: ${threads0} before, ${threadCount()} after`);
}, 60000);

