'use strict';
// markAsUntransferable(): a marked ArrayBuffer in a transfer list is copied, not moved
// (on MessagePorts and to a Worker).
const { checkAsync, assert } = require('../check');
const { Worker, MessageChannel, markAsUntransferable } = require('worker_threads');

checkAsync('a marked ArrayBuffer stays usable after postMessage with a transfer list', async () => {
  const marked = new Uint8Array([1, 2, 3]);
  markAsUntransferable(marked.buffer);
  const plain = new Uint8Array([4, 5]);
  const { port1, port2 } = new MessageChannel();
  const got = new Promise((resolve) => port2.once('message', resolve));
  port1.postMessage({ marked, plain }, [marked.buffer, plain.buffer]);
  const msg = await got;
  assert.deepStrictEqual([...msg.marked], [1, 2, 3]);
  assert.deepStrictEqual([...msg.plain], [4, 5]);
  assert.strictEqual(marked.buffer.byteLength, 3);
  assert.strictEqual(plain.buffer.byteLength, 0);
  port1.close();

  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.once('message', (ab) => parentPort.postMessage(ab.byteLength));
  `, { eval: true });
  const ab = new ArrayBuffer(16);
  markAsUntransferable(ab);
  w.postMessage(ab, [ab]);
  assert.strictEqual(ab.byteLength, 16);
  assert.strictEqual(await new Promise((resolve) => w.once('message', resolve)), 16);
  await new Promise((resolve) => w.on('exit', resolve));
});
