'use strict';
// worker_threads on the main thread, MessageChannel and BroadcastChannel.
const { check, checkAsync, assert } = require('../check');
const wt = require('worker_threads');

check('main-thread flags', () => {
  assert.strictEqual(wt.isMainThread, true);
  assert.strictEqual(wt.parentPort, null);
  assert.strictEqual(wt.threadId, 0);
  assert.strictEqual(wt.workerData, null);
  assert.strictEqual(typeof wt.Worker, 'function');
  assert.strictEqual(globalThis.MessageChannel, wt.MessageChannel);
  assert.strictEqual(globalThis.MessagePort, wt.MessagePort);
  assert.strictEqual(globalThis.BroadcastChannel, wt.BroadcastChannel);
});

checkAsync('MessageChannel delivers cloned messages in order', async () => {
  const { port1, port2 } = new wt.MessageChannel();
  const original = { a: 1, d: new Date(5), m: new Map([[1, [2]]]) };
  const got = await new Promise((resolve) => {
    const out = [];
    port2.on('message', (msg) => {
      out.push(msg);
      if (msg === 'last') resolve(out);
    });
    port1.postMessage(original);
    port1.postMessage('last');
  });
  assert.notStrictEqual(got[0], original);
  assert.deepStrictEqual(got[0], original);
  assert.strictEqual(got[1], 'last');
  port1.close();
});

checkAsync('addEventListener gets MessageEvents; close emits close', async () => {
  const { port1, port2 } = new wt.MessageChannel();
  const data = await new Promise((resolve) => {
    port2.addEventListener('message', (e) => {
      assert.ok(e instanceof Event);
      resolve(e.data);
    });
    port1.postMessage([1, 2]);
  });
  assert.deepStrictEqual(data, [1, 2]);
  const closed = new Promise((resolve) => port2.on('close', resolve));
  port1.close();
  await closed;
});

check('receiveMessageOnPort reads synchronously', () => {
  const { port1, port2 } = new wt.MessageChannel();
  port1.postMessage({ x: 1 });
  assert.deepStrictEqual(wt.receiveMessageOnPort(port2), { message: { x: 1 } });
  assert.strictEqual(wt.receiveMessageOnPort(port2), undefined);
  port1.close();
});

check('postMessage of a function throws DataCloneError', () => {
  const { port1 } = new wt.MessageChannel();
  assert.throws(() => port1.postMessage(() => 1), { name: 'DataCloneError' });
  port1.close();
});

checkAsync('BroadcastChannel reaches other instances with the same name', async () => {
  const a = new BroadcastChannel('bc-test');
  const b = new BroadcastChannel('bc-test');
  const other = new BroadcastChannel('bc-other');
  let otherGot = false;
  other.onmessage = () => { otherGot = true; };
  let selfGot = false;
  a.onmessage = () => { selfGot = true; };
  const msg = await new Promise((resolve) => {
    b.onmessage = (e) => resolve(e.data);
    a.postMessage({ hello: 'world' });
  });
  assert.deepStrictEqual(msg, { hello: 'world' });
  assert.strictEqual(b.name, 'bc-test');
  await new Promise((r) => setImmediate(r));
  assert.strictEqual(selfGot, false);
  assert.strictEqual(otherGot, false);
  a.close();
  b.close();
  other.close();
  assert.throws(() => a.postMessage(1), { name: 'InvalidStateError' });
});

check('environment data', () => {
  wt.setEnvironmentData('k', 1);
  assert.strictEqual(wt.getEnvironmentData('k'), 1);
  wt.setEnvironmentData('k', undefined);
  assert.strictEqual(wt.getEnvironmentData('k'), undefined);
});
