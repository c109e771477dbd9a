'use strict';
// readline over in-memory streams.
const { check, checkAsync, assert } = require('../check');
const readline = require('readline');
const { Readable, PassThrough } = require('stream');

function collect(stream) {
  let out = '';
  stream.on('data', (d) => { out += d; });
  return () => out;
}

checkAsync('line events split \\n, \\r\\n and \\r (also across chunks), then close', async () => {
  const input = Readable.from(['alpha\nbe', 'ta\r', '\ngamma\r\ndelta\rep', 'silon']);
  const rl = readline.createInterface({ input });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  await new Promise((resolve) => rl.on('close', resolve));
  assert.deepStrictEqual(lines, ['alpha', 'beta', 'gamma', 'delta', 'epsilon']);
});

checkAsync('async iteration yields every line', async () => {
  const rl = readline.createInterface({ input: Readable.from(['x\ny\n', 'z']), crlfDelay: Infinity });
  const got = [];
  for await (const line of rl) got.push(line);
  assert.deepStrictEqual(got, ['x', 'y', 'z']);
});

checkAsync('multi-byte characters split across chunks', async () => {
  const bytes = Buffer.from('héllo\nwörld\n');
  const rl = readline.createInterface({ input: Readable.from([bytes.subarray(0, 2), bytes.subarray(2, 9), bytes.subarray(9)]) });
  const got = [];
  for await (const line of rl) got.push(line);
  assert.deepStrictEqual(got, ['héllo', 'wörld']);
});

checkAsync('question writes the query and takes the next line', async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  const written = collect(output);
  const rl = readline.createInterface({ input, output, terminal: false });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  const answer = await new Promise((resolve) => {
    rl.question('name? ', resolve);
    input.write('bob\nnext\n');
  });
  assert.strictEqual(answer, 'bob');
  assert.deepStrictEqual(lines, ['next']);
  assert.strictEqual(written(), 'name? ');
  rl.close();
  assert.throws(() => rl.question('again?', () => {}), { code: 'ERR_USE_AFTER_CLOSE' });
});

checkAsync('readline/promises question', async () => {
  const { createInterface } = require('readline/promises');
  const output = new PassThrough();
  const written = collect(output);
  const rl = createInterface({ input: Readable.from(['yes\n']), output });
  assert.strictEqual(await rl.question('ok? '), 'yes');
  rl.close();
  assert.strictEqual(written(), 'ok? ');
});

checkAsync('prompt, setPrompt, getPrompt, pause/resume events', async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  const written = collect(output);
  const rl = readline.createInterface({ input, output, prompt: '$ ', terminal: false });
  const events = [];
  rl.on('pause', () => events.push('pause'));
  rl.on('resume', () => events.push('resume'));
  rl.on('close', () => events.push('close'));
  assert.strictEqual(rl.getPrompt(), '$ ');
  rl.prompt();
  rl.setPrompt('# ');
  rl.prompt();
  rl.pause();
  rl.resume();
  rl.close();
  assert.strictEqual(written(), '$ # ');
  assert.deepStrictEqual(events, ['pause', 'resume', 'pause', 'close']);
});

check('cursor helpers write ANSI sequences', () => {
  let s = '';
  const w = { write(d, cb) { s += d; if (cb) cb(); return true; } };
  readline.cursorTo(w, 3);
  readline.cursorTo(w, 1, 2);
  readline.moveCursor(w, -2, 3);
  readline.moveCursor(w, 4, -1);
  readline.clearLine(w, -1);
  readline.clearLine(w, 1);
  readline.clearLine(w, 0);
  readline.clearScreenDown(w);
  assert.strictEqual(JSON.stringify(s), JSON.stringify('\x1b[4G\x1b[3;2H\x1b[2D\x1b[3B\x1b[4C\x1b[1A\x1b[1K\x1b[0K\x1b[2K\x1b[0J'));
});

check('emitKeypressEvents decodes keys', () => {
  const input = new PassThrough();
  readline.emitKeypressEvents(input);
  const keys = [];
  input.on('keypress', (s, k) => keys.push([s, k.name, k.ctrl, k.shift]));
  input.emit('data', 'aB\r\x1b[A\x03');
  assert.deepStrictEqual(keys, [
    ['a', 'a', false, false],
    ['B', 'b', false, true],
    ['\r', 'return', false, false],
    [undefined, 'up', false, false],
    ['\x03', 'c', true, false],
  ]);
});
