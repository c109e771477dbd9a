'use strict';
// Worker stdio as in Node: a worker's process.stdout/stderr go to the parent thread's
// worker.stdout/worker.stderr Readables (piped to the parent's own stdio unless
// `stdout: true` / `stderr: true`), and `stdin: true` gives worker.stdin feeding the
// worker's process.stdin.
const { checkAsync, check, assert } = require('../check');
const path = require('path');
const { execFileSync } = require('child_process');
const { Readable, Writable } = require('stream');
const { Worker } = require('worker_threads');

function collect(stream) {
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  return { text: () => Buffer.concat(chunks).toString() };
}

function exitOf(w) {
  return new Promise((resolve, reject) => {
    w.on('error', reject);
    w.on('exit', resolve);
  });
}

checkAsync('stdout: true captures console.log and process.stdout.write before exit', async () => {
  const w = new Worker(`
    console.log('hello', { a: 1 });
    process.stdout.write('raw ');
    process.stdout.write(Buffer.from('bytes '));
    process.stdout.write('68656c6c6f', 'hex');
    console.error('to stderr');
  `, { eval: true, stdout: true, stderr: true });
  assert.ok(w.stdout instanceof Readable);
  assert.ok(w.stderr instanceof Readable);
  assert.strictEqual(w.stdin, null);
  const out = collect(w.stdout);
  const err = collect(w.stderr);
  const ended = new Promise((resolve) => w.stdout.on('end', resolve));
  const code = await exitOf(w);
  // Everything the worker wrote has arrived by 'exit'; 'end' follows.
  assert.strictEqual(code, 0);
  assert.strictEqual(out.text(), "hello { a: 1 }\nraw bytes hello");
  assert.strictEqual(err.text(), 'to stderr\n');
  await ended;
  assert.strictEqual(w.stdout.readableEnded, true);
});

checkAsync('output written right before process.exit() is not lost', async () => {
  const w = new Worker(`
    for (let i = 0; i < 2000; i++) process.stdout.write(i + '\\n');
    process.exit(3);
  `, { eval: true, stdout: true });
  const out = collect(w.stdout);
  assert.strictEqual(await exitOf(w), 3);
  const lines = out.text().split('\n');
  assert.strictEqual(lines.length, 2001);
  assert.strictEqual(lines[1999], '1999');
});

checkAsync('output of a worker that throws arrives before its error', async () => {
  const w = new Worker(`console.log('about to throw'); throw new Error('boom');`,
    { eval: true, stdout: true });
  const out = collect(w.stdout);
  const events = [];
  w.on('error', (e) => events.push(`error ${e.message} after ${JSON.stringify(out.text())}`));
  await new Promise((resolve) => w.on('exit', resolve));
  assert.deepStrictEqual(events, ['error boom after "about to throw\\n"']);
});

checkAsync("the worker's process.stdout is a Writable stream, not a TTY", async () => {
  const w = new Worker(`
    const { Writable, Readable } = require('stream');
    const { parentPort } = require('worker_threads');
    parentPort.postMessage([
      process.stdout instanceof Writable, process.stderr instanceof Writable,
      process.stdin instanceof Readable, process.stdout.isTTY, process.stdout.fd,
      process.stdout.constructor.name, process.stdin.constructor.name,
    ]);
  `, { eval: true });
  const [msg] = await Promise.all([new Promise((r) => w.once('message', r)), exitOf(w)]);
  assert.deepStrictEqual(msg, [true, true, true, undefined, undefined, 'WritableWorkerStdio', 'ReadableWorkerStdio']);
});

checkAsync('stdin: true feeds the worker process.stdin from worker.stdin', async () => {
  const w = new Worker(`
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (d) => { text += d; });
    process.stdin.on('end', () => console.log('got:' + text.toUpperCase()));
  `, { eval: true, stdin: true, stdout: true });
  assert.ok(w.stdin instanceof Writable);
  const out = collect(w.stdout);
  w.stdin.write('abc ');
  w.stdin.write(Buffer.from('def'));
  setTimeout(() => w.stdin.end(' ghi'), 50);
  assert.strictEqual(await exitOf(w), 0);
  assert.strictEqual(out.text(), 'got:ABC DEF GHI\n');
});

checkAsync("without stdin: true the worker's process.stdin is empty", async () => {
  const w = new Worker(`
    const chunks = [];
    process.stdin.on('data', (d) => chunks.push(d));
    process.stdin.on('end', () => require('worker_threads').parentPort.postMessage(chunks.length));
  `, { eval: true });
  const [n, code] = await Promise.all([new Promise((r) => w.once('message', r)), exitOf(w)]);
  assert.strictEqual(n, 0);
  assert.strictEqual(code, 0);
});

checkAsync("process.stdout.end() in the worker ends the parent's worker.stdout", async () => {
  const w = new Worker(`
    process.stdout.end('last');
    setTimeout(() => require('worker_threads').parentPort.postMessage('still running'), 20);
  `, { eval: true, stdout: true });
  const out = collect(w.stdout);
  const order = [];
  w.stdout.on('end', () => order.push(`end ${out.text()}`));
  w.on('message', (m) => order.push(m));
  await exitOf(w);
  assert.deepStrictEqual(order, ['end last', 'still running']);
});

check('without stdout: true the worker output goes to the parent stdout, in order', () => {
  const fixture = path.join(__dirname, 'fixtures', 'worker_stdio_parent.js');
  const r = require('child_process').spawnSync(process.execPath, [fixture], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  const numbers = Array.from({ length: 6 }, (_, k) =>
    Array.from({ length: 50 }, (_, i) => `n${k * 50 + i}`).join(' ')).join('\n');
  assert.strictEqual(r.stdout, `parent before\nworker line 1\nworker line 2\n${numbers}\nparent saw exit 5\n`);
  assert.strictEqual(r.stderr, 'worker error line\n');
});

check('a parent that wraps process.stdout.write sees the worker output', () => {
  const fixture = path.join(__dirname, 'fixtures', 'worker_stdio_parent.js');
  const out = execFileSync(process.execPath, [fixture, 'capture'], { encoding: 'utf8' });
  assert.strictEqual(out, 'captured line\n["captured line\\n"]\n');
});
