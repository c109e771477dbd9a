'use strict';
// worker_threads.Worker: real threads, messages both ways, errors, exit codes,
// terminate(), SharedArrayBuffer + Atomics across threads, ESM workers.
const { checkAsync, check, assert } = require('../check');
const path = require('path');
const { Worker, SHARE_ENV, setEnvironmentData } = require('worker_threads');

const fixture = (name) => path.join(__dirname, 'fixtures', name);

function once(emitter, name) {
  return new Promise((resolve) => emitter.once(name, resolve));
}

function exitOf(w) {
  return new Promise((resolve, reject) => {
    w.on('exit', resolve);
  });
}

checkAsync('eval worker echoes messages', async () => {
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.on('message', (m) => {
      if (m === 'stop') return parentPort.close();
      parentPort.postMessage({ got: m, type: typeof m });
    });`, { eval: true });
  const online = once(w, 'online');
  const exit = exitOf(w);
  const replies = [];
  w.on('message', (m) => {
    replies.push(m);
    if (replies.length === 3) w.postMessage('stop');
  });
  w.postMessage(1);
  w.postMessage('two');
  w.postMessage({ three: [3n, new Date(3), new Map([['k', new Set([1])]])] });
  await online;
  assert.strictEqual(await exit, 0);
  assert.deepStrictEqual(replies, [
    { got: 1, type: 'number' },
    { got: 'two', type: 'string' },
    { got: { three: [3n, new Date(3), new Map([['k', new Set([1])]])] }, type: 'object' },
  ]);
});

checkAsync('file worker gets workerData, argv and environment data', async () => {
  setEnvironmentData('shared', { v: 1 });
  const data = { n: 1, nested: { arr: [1, 'x', null], buf: Buffer.from('hi') }, re: /a+/gi };
  data.self = data;
  const w = new Worker(fixture('worker_data.js'), { workerData: data, argv: ['a', 2] });
  setEnvironmentData('shared', undefined);
  const first = await once(w, 'message');
  assert.strictEqual(first.isMainThread, false);
  assert.strictEqual(first.threadIdOk, true);
  assert.strictEqual(first.workerData.self, first.workerData);
  assert.deepStrictEqual(first.workerData.nested.buf, new Uint8Array([104, 105]));
  assert.strictEqual(first.workerData.re.source, 'a+');
  assert.strictEqual(first.workerData.re.flags, 'gi');
  assert.deepStrictEqual(first.argv, ['a', '2']);
  assert.strictEqual(first.file, 'worker_data.js');
  assert.strictEqual(first.filename, 'worker_data.js');
  assert.deepStrictEqual(first.envData, { v: 1 });
  assert.ok(w.threadId > 0);
  w.postMessage('ping');
  assert.deepStrictEqual(await once(w, 'message'), { echo: 'ping' });
  w.postMessage('bye');
  assert.strictEqual(await exitOf(w), 0);
  assert.strictEqual(w.threadId, -1);
});

checkAsync('an uncaught error becomes an error event, then exit code 1', async () => {
  const w = new Worker(`
    process.on('exit', (c) => require('worker_threads').parentPort.postMessage('exit event ' + c));
    const e = new RangeError('boom');
    e.extra = 1;
    throw e;`, { eval: true });
  const events = [];
  w.on('message', (m) => events.push(m));
  w.on('error', (e) => {
    events.push(['error', e instanceof RangeError, e.name, e.message, typeof e.stack]);
    assert.deepStrictEqual(Object.keys(e), ['extra']);
  });
  events.push(['exit', await exitOf(w)]);
  // The worker's last message and the error travel separately: their order may vary.
  assert.deepStrictEqual(events.slice(0, 2).sort(), [['error', true, 'RangeError', 'boom', 'string'], 'exit event 1']);
  assert.deepStrictEqual(events[2], ['exit', 1]);
});

checkAsync('an unhandled rejection in a worker is an error event', async () => {
  const w = new Worker('Promise.reject(new TypeError("nope"))', { eval: true });
  const exit = exitOf(w);
  const err = await once(w, 'error');
  assert.strictEqual(err.message, 'nope');
  assert.strictEqual(await exit, 1);
});

checkAsync('uncaughtException listeners in the worker keep it going', async () => {
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    process.on('uncaughtException', (e) => parentPort.postMessage('caught ' + e.message));
    setTimeout(() => { throw new Error('later'); }, 1);`, { eval: true });
  let errored = false;
  w.on('error', () => { errored = true; });
  const exit = exitOf(w);
  assert.strictEqual(await once(w, 'message'), 'caught later');
  assert.strictEqual(await exit, 0);
  assert.strictEqual(errored, false);
});

checkAsync('process.exit(3) ends only the worker', async () => {
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    setInterval(() => {}, 1000);
    setTimeout(() => {
      try { process.exit(3); } finally { parentPort.postMessage('finally ran'); }
    }, 5);`, { eval: true });
  const msgs = [];
  w.on('message', (m) => msgs.push(m));
  assert.strictEqual(await exitOf(w), 3);
  assert.deepStrictEqual(msgs, []);
});

checkAsync('terminate() stops a busy worker', async () => {
  const w = new Worker('require("worker_threads").parentPort.postMessage("spinning"); for (;;) {}', { eval: true });
  assert.strictEqual(await once(w, 'message'), 'spinning');
  const [code, exitCode] = await Promise.all([w.terminate(), exitOf(w)]);
  assert.strictEqual(code, 1);
  assert.strictEqual(exitCode, 1);
  assert.strictEqual(await w.terminate(), undefined);
});

checkAsync('terminate() stops an idle worker', async () => {
  const w = new Worker('setInterval(() => {}, 1000)', { eval: true });
  await once(w, 'online');
  assert.strictEqual(await w.terminate(), 1);
});

checkAsync('SharedArrayBuffer memory is shared; Atomics.wait/notify across threads', async () => {
  const sab = new SharedArrayBuffer(16);
  const ia = new Int32Array(sab);
  const w = new Worker(`
    const { workerData: { ia, sab }, parentPort } = require('worker_threads');
    Atomics.store(ia, 1, 42);
    Atomics.store(ia, 0, 1);
    Atomics.notify(ia, 0);
    const r = Atomics.wait(ia, 0, 1, 10000);
    parentPort.postMessage({ r, seen: Atomics.load(ia, 2), same: sab === ia.buffer });`, { eval: true, workerData: { ia, sab } });
  const exit = exitOf(w);
  // Block this thread until the worker has written.
  const r = Atomics.wait(ia, 0, 0, 10000);
  assert.ok(r === 'ok' || r === 'not-equal');
  assert.strictEqual(Atomics.load(ia, 1), 42);
  Atomics.store(ia, 2, 7);
  Atomics.store(ia, 0, 2);
  assert.strictEqual(Atomics.notify(ia, 0) <= 1, true);
  const reply = await once(w, 'message');
  assert.ok(reply.r === 'ok' || reply.r === 'not-equal');
  assert.strictEqual(reply.seen, 7);
  assert.strictEqual(reply.same, true);
  assert.strictEqual(await exit, 0);
});

checkAsync('a SharedArrayBuffer posted back is the same memory', async () => {
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    const sab = new SharedArrayBuffer(4);
    parentPort.postMessage(sab);
    parentPort.once('message', () => parentPort.postMessage(new Uint8Array(sab)[0]));`, { eval: true });
  const sab = await once(w, 'message');
  assert.ok(sab instanceof SharedArrayBuffer);
  new Uint8Array(sab)[0] = 99;
  w.postMessage('read');
  assert.strictEqual(await once(w, 'message'), 99);
});

checkAsync('transferred ArrayBuffers are detached in the sender', async () => {
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.once('message', (b) => { parentPort.postMessage(new Uint8Array(b).join()); parentPort.close(); });`, { eval: true });
  const buf = new Uint8Array([1, 2, 3]).buffer;
  w.postMessage(buf, [buf]);
  assert.strictEqual(buf.byteLength, 0);
  assert.strictEqual(await once(w, 'message'), '1,2,3');
});

checkAsync('ESM worker file', async () => {
  const w = new Worker(new URL(`file://${fixture('worker_esm.mjs')}`), { workerData: 21 });
  const exit = exitOf(w);
  assert.deepStrictEqual(await once(w, 'message'), { esm: true, meta: 'worker_esm.mjs', doubled: 42 });
  assert.strictEqual(await exit, 0);
});

checkAsync('env option: a copy, an object, or SHARE_ENV', async () => {
  process.env.WT_SPAWN_TEST = 'parent';
  const code = `
    const { parentPort } = require('worker_threads');
    const before = process.env.WT_SPAWN_TEST;
    process.env.WT_SPAWN_TEST = 'worker';
    process.env.WT_NUM = 5;
    parentPort.postMessage([before, typeof process.env.WT_NUM]);`;
  const run = async (options) => {
    const w = new Worker(code, { eval: true, ...options });
    const exit = exitOf(w);
    const m = await once(w, 'message');
    await exit;
    return [...m, process.env.WT_SPAWN_TEST];
  };
  assert.deepStrictEqual(await run({}), ['parent', 'string', 'parent']);
  assert.deepStrictEqual(await run({ env: { WT_SPAWN_TEST: 'given' } }), ['given', 'string', 'parent']);
  assert.deepStrictEqual(await run({ env: SHARE_ENV }), ['parent', 'string', 'worker']);
  delete process.env.WT_SPAWN_TEST;
  delete process.env.WT_NUM;
});

checkAsync('receiveMessageOnPort(parentPort) in the worker', async () => {
  const sab = new SharedArrayBuffer(4);
  const ia = new Int32Array(sab);
  const w = new Worker(`
    const { parentPort, receiveMessageOnPort, workerData: ia } = require('worker_threads');
    Atomics.wait(ia, 0, 0, 10000);
    const a = receiveMessageOnPort(parentPort);
    const b = receiveMessageOnPort(parentPort);
    parentPort.postMessage([a, b]);`, { eval: true, workerData: ia });
  w.postMessage({ x: 1 });
  Atomics.store(ia, 0, 1);
  Atomics.notify(ia, 0);
  assert.deepStrictEqual(await once(w, 'message'), [{ message: { x: 1 } }, undefined]);
});

checkAsync('an unref\'d worker does not keep the process alive', async () => {
  const { execFileSync } = require('child_process');
  const out = execFileSync(process.execPath, [fixture('worker_unref.js')], { encoding: 'utf8', timeout: 20000 });
  assert.strictEqual(out.trim(), 'exited promptly');
});

checkAsync('messages carrying errors and class instances; uncloneable values throw', async () => {
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.on('message', (m) => {
      parentPort.postMessage({
        isError: m.err instanceof TypeError, message: m.err.message, cause: m.err.cause,
        plain: Object.getPrototypeOf(m.inst) === Object.prototype, inst: m.inst,
        ownErr: new RangeError('from worker', { cause: 7 }),
      });
      try { process.chdir('/'); } catch (e) { parentPort.postMessage(e.code); }
      parentPort.close();
    });`, { eval: true });
  class Point { constructor() { this.x = 1; } get y() { return 2; } }
  assert.throws(() => w.postMessage({ f() {} }), { name: 'DataCloneError' });
  assert.throws(() => w.postMessage(Symbol('s')), { name: 'DataCloneError' });
  // Both replies may arrive in one turn of node's loop: collect them, don't race once().
  const replies = [];
  const both = new Promise((resolve) => w.on('message', (m) => {
    if (replies.push(m) === 2) resolve();
  }));
  w.postMessage({ err: new TypeError('bad', { cause: 'why' }), inst: new Point() });
  await both;
  const reply = replies[0];
  assert.strictEqual(reply.isError, true);
  assert.strictEqual(reply.message, 'bad');
  assert.strictEqual(reply.cause, 'why');
  assert.strictEqual(reply.plain, true);
  assert.deepStrictEqual(reply.inst, { x: 1 });
  assert.ok(reply.ownErr instanceof RangeError);
  assert.strictEqual(reply.ownErr.message, 'from worker');
  assert.strictEqual(reply.ownErr.cause, 7);
  assert.strictEqual(replies[1], 'ERR_WORKER_UNSUPPORTED_OPERATION');
});

check('bad arguments', () => {
  assert.throws(() => new Worker('relative.js'), { code: 'ERR_WORKER_PATH' });
  assert.throws(() => new Worker(42), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new Worker('1', { eval: true, workerData: () => {} }), { name: 'DataCloneError' });
});
