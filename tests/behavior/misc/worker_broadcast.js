'use strict';
// BroadcastChannel across threads: channels of the same name in the main thread and in
// workers see each other's messages (structured clones); other names see nothing.
// Workers close their channel only when told to (via parentPort), once their reply has
// arrived: a broadcast from a thread that closes and exits at once may be lost in Node.
const { checkAsync, assert } = require('../check');
const { Worker, BroadcastChannel } = require('worker_threads');

function exitOf(w) {
  return new Promise((resolve, reject) => {
    w.on('error', reject);
    w.on('exit', resolve);
  });
}

const closeOnStop = `
  require('worker_threads').parentPort.on('message', (m) => {
    if (m === 'stop') { bc.close(); require('worker_threads').parentPort.close(); }
  });`;

checkAsync('a worker and the main thread talk over a BroadcastChannel', async () => {
  const main = new BroadcastChannel('bc-test-1');
  const other = new BroadcastChannel('bc-test-1-other');
  const wrong = [];
  other.onmessage = (e) => wrong.push(e.data);
  const w = new Worker(`
    const { BroadcastChannel, threadId } = require('worker_threads');
    const bc = new BroadcastChannel('bc-test-1');
    bc.onmessage = (e) => bc.postMessage({ echo: e.data, threadId, isMap: e.data.m instanceof Map });
    bc.postMessage('ready');
    ${closeOnStop}
  `, { eval: true });
  const sent = { m: new Map([['k', [1, 2n]]]), d: new Date(7) };
  const reply = await new Promise((resolve) => {
    main.onmessage = (e) => {
      if (e.data === 'ready') main.postMessage(sent);
      else resolve(e.data);
    };
  });
  assert.deepStrictEqual(reply, { echo: sent, threadId: w.threadId, isMap: true });
  w.postMessage('stop');
  assert.strictEqual(await exitOf(w), 0);
  main.close();
  other.close();
  assert.deepStrictEqual(wrong, []);
});

checkAsync('one broadcast reaches every worker', async () => {
  const main = new BroadcastChannel('bc-test-2');
  const src = `
    const { BroadcastChannel, threadId, parentPort } = require('worker_threads');
    const bc = new BroadcastChannel('bc-test-2');
    bc.onmessage = (e) => {
      if (e.data.cmd === 'go') bc.postMessage({ threadId, value: e.data.value * 2 });
    };
    parentPort.postMessage('listening');
    ${closeOnStop}
  `;
  const workers = [new Worker(src, { eval: true }), new Worker(src, { eval: true })];
  const ids = workers.map((w) => w.threadId);
  await Promise.all(workers.map((w) => new Promise((resolve) => w.once('message', resolve))));
  const replies = [];
  const done = new Promise((resolve) => {
    main.onmessage = (e) => {
      replies.push(e.data);
      if (replies.length === 2) resolve();
    };
  });
  main.postMessage({ cmd: 'go', value: 21 });
  await done;
  replies.sort((a, b) => a.threadId - b.threadId);
  assert.deepStrictEqual(replies, ids.map((threadId) => ({ threadId, value: 42 })));
  for (const w of workers) w.postMessage('stop');
  assert.deepStrictEqual(await Promise.all(workers.map(exitOf)), [0, 0]);
  main.close();
});

checkAsync('a worker that exits without closing its channel does not keep the parent alive', async () => {
  const w = new Worker(`
    const { BroadcastChannel } = require('worker_threads');
    const bc = new BroadcastChannel('bc-test-3');
    bc.onmessage = () => {};
    bc.unref();
  `, { eval: true });
  assert.strictEqual(await exitOf(w), 0);
  const main = new BroadcastChannel('bc-test-3');
  main.postMessage('after exit');
  main.close();
});
