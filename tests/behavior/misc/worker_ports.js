'use strict';
// worker_threads across threads, part 2: MessagePorts transferred to workers, nested
// workers, terminate() of a worker blocked in Atomics.wait.
const { checkAsync, assert } = require('../check');
const { Worker, MessageChannel, receiveMessageOnPort } = require('worker_threads');

function once(emitter, name) {
  return new Promise((resolve) => emitter.once(name, resolve));
}

checkAsync('a MessagePort posted to a worker talks across threads', async () => {
  const { port1, port2 } = new MessageChannel();
  port1.postMessage('sent before the transfer');
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.once('message', ({ port, tag }) => {
      port.on('message', (m) => {
        if (m === 'end') { port.postMessage('bye'); port.close(); return; }
        port.postMessage({ tag, echo: m });
      });
    });`, { eval: true });
  const exit = once(w, 'exit');
  w.postMessage({ port: port2, tag: 'T' }, [port2]);
  port1.postMessage('sent after the transfer');
  const got = [];
  const closed = new Promise((resolve) => port1.on('close', resolve));
  port1.on('message', (m) => {
    got.push(m);
    if (got.length === 2) port1.postMessage('end');
  });
  await closed;
  assert.deepStrictEqual(got, [
    { tag: 'T', echo: 'sent before the transfer' },
    { tag: 'T', echo: 'sent after the transfer' },
    'bye',
  ]);
  assert.strictEqual(await exit, 0);
});

checkAsync('a port in workerData (transferList) and one sent back', async () => {
  const { port1, port2 } = new MessageChannel();
  const w = new Worker(`
    const { workerData: { port }, MessageChannel } = require('worker_threads');
    const back = new MessageChannel();
    port.postMessage({ reply: back.port2 }, [back.port2]);
    back.port1.once('message', (m) => {
      port.postMessage('via returned port: ' + m);
      port.close();
      back.port1.close();
    });`, { eval: true, workerData: { port: port2 }, transferList: [port2] });
  const exit = once(w, 'exit');
  const { reply } = await once(port1, 'message');
  assert.ok(reply instanceof require('worker_threads').MessagePort);
  reply.postMessage('hello');
  assert.strictEqual(await once(port1, 'message'), 'via returned port: hello');
  port1.close();
  assert.strictEqual(await exit, 0);
});

checkAsync('receiveMessageOnPort on a transferred port', async () => {
  const { port1, port2 } = new MessageChannel();
  const sab = new SharedArrayBuffer(4);
  const flag = new Int32Array(sab);
  const w = new Worker(`
    const { workerData: { port, flag }, receiveMessageOnPort, parentPort } = require('worker_threads');
    Atomics.wait(flag, 0, 0, 10000);
    const first = receiveMessageOnPort(port);
    parentPort.postMessage([first, receiveMessageOnPort(port)]);
    port.close();`, { eval: true, workerData: { port: port2, flag }, transferList: [port2] });
  port1.postMessage({ n: 1 });
  // Posting is synchronous into the other thread's inbox: wake the worker now.
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
  assert.deepStrictEqual(await once(w, 'message'), [{ message: { n: 1 } }, undefined]);
  assert.strictEqual(receiveMessageOnPort(port1), undefined);
  port1.close();
});

checkAsync('nested workers', async () => {
  const w = new Worker(`
    const { Worker, parentPort, threadId } = require('worker_threads');
    const inner = new Worker('require("worker_threads").parentPort.postMessage(require("worker_threads").isMainThread)', { eval: true });
    inner.on('message', (m) => parentPort.postMessage({ innerIsMain: m, outerId: threadId > 0 }));`, { eval: true });
  const exit = once(w, 'exit');
  assert.deepStrictEqual(await once(w, 'message'), { innerIsMain: false, outerId: true });
  assert.strictEqual(await exit, 0);
});

checkAsync('terminate() ends a worker blocked in Atomics.wait', async () => {
  const ia = new Int32Array(new SharedArrayBuffer(4));
  const w = new Worker(`
    const { workerData: ia, parentPort } = require('worker_threads');
    parentPort.postMessage('waiting');
    Atomics.wait(ia, 0, 0);
    parentPort.postMessage('woke up');`, { eval: true, workerData: ia });
  assert.strictEqual(await once(w, 'message'), 'waiting');
  const msgs = [];
  w.on('message', (m) => msgs.push(m));
  assert.strictEqual(await w.terminate(), 1);
  assert.deepStrictEqual(msgs, []);
});

checkAsync('Atomics.waitAsync: not-equal, timed-out', async () => {
  const ia = new Int32Array(new SharedArrayBuffer(8));
  assert.deepStrictEqual(Atomics.waitAsync(ia, 0, 1), { async: false, value: 'not-equal' });
  assert.deepStrictEqual(Atomics.waitAsync(ia, 1, 0, 0), { async: false, value: 'timed-out' });
  const res = Atomics.waitAsync(ia, 1, 0, 20);
  assert.strictEqual(res.async, true);
  assert.strictEqual(await res.value, 'timed-out');
});
