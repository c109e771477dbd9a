'use strict';
// readline with terminal: true: keypresses drive a line editor (rl.line / rl.cursor),
// 'keypress' events reach listeners on the input, return finishes a line, up/down walk the
// history, ctrl-c emits SIGINT (or closes), ctrl-d on an empty line closes. Prompt libraries
// such as inquirer depend on all of this.
const readline = require('readline');
const { PassThrough, Writable } = require('stream');
const { checkAsync, assert } = require('../check');

function make(opts = {}) {
  const input = new PassThrough();
  const output = new Writable({ write(c, e, cb) { this.text += c; cb(); } });
  output.text = '';
  const rl = readline.createInterface({ input, output, terminal: true, prompt: '> ', ...opts });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  // One key per chunk, each after the previous one is handled.
  const type = async (...keys) => {
    for (const k of keys) {
      input.write(k);
      await new Promise((r) => setImmediate(r));
    }
  };
  return { input, output, rl, lines, type };
}

checkAsync('typing, editing keys and return', async () => {
  const { rl, lines, type, output } = make();
  rl.prompt();
  await type('a', 'b', 'c');
  assert.strictEqual(rl.line, 'abc');
  assert.strictEqual(rl.cursor, 3);
  await type('\x1b[D', '\x1b[D', 'X');
  assert.strictEqual(rl.line, 'aXbc');
  assert.strictEqual(rl.cursor, 2);
  await type('\x7f');
  assert.strictEqual(rl.line, 'abc');
  await type('\x01', 'Z', '\x05', '!');
  assert.strictEqual(rl.line, 'Zabc!');
  await type('\r');
  assert.deepStrictEqual(lines, ['Zabc!']);
  assert.strictEqual(rl.line, '');
  assert.strictEqual(rl.cursor, 0);
  assert.ok(output.text.startsWith('\x1b[1G\x1b[0J> '));
  assert.ok(output.text.endsWith('\r\n'));
  await type('one two', '\x17', '\r');
  assert.deepStrictEqual(lines, ['Zabc!', 'one ']);
  await type('x y', '\x15', 'q', '\r\n');
  assert.deepStrictEqual(lines, ['Zabc!', 'one ', 'q']);
  rl.close();
});

checkAsync('history with up and down', async () => {
  const { rl, lines, type } = make();
  await type('first', '\r', 'second', '\r');
  assert.deepStrictEqual(rl.history, ['second', 'first']);
  await type('\x1b[A');
  assert.strictEqual(rl.line, 'second');
  await type('\x1b[A');
  assert.strictEqual(rl.line, 'first');
  await type('\x1b[B');
  assert.strictEqual(rl.line, 'second');
  await type('\r');
  assert.deepStrictEqual(lines, ['first', 'second', 'second']);
  rl.close();
});

checkAsync('keypress events reach input listeners', async () => {
  const { rl, input, type } = make();
  const keys = [];
  input.on('keypress', (s, key) => keys.push([s, key.name, key.ctrl]));
  await type('k', '\r', '\x1b[B', '\x03');
  assert.deepStrictEqual(keys.slice(0, 3), [['k', 'k', false], ['\r', 'return', false], [undefined, 'down', false]]);
  assert.strictEqual(keys[3][1], 'c');
  assert.strictEqual(keys[3][2], true);
  // No SIGINT listener: ctrl-c closes the interface.
  assert.strictEqual(rl.closed, true);
});

checkAsync('ctrl-c emits SIGINT when listened for; ctrl-d closes an empty line', async () => {
  const { rl, type } = make();
  let sigint = 0;
  let closes = 0;
  rl.on('SIGINT', () => sigint++);
  rl.on('close', () => closes++);
  await type('abc', '\x03');
  assert.strictEqual(sigint, 1);
  assert.strictEqual(closes, 0);
  await type('\x04');
  assert.strictEqual(closes, 0);
  assert.strictEqual(rl.line, 'abc');
  await type('\x15', '\x04');
  assert.strictEqual(closes, 1);
});

checkAsync('question() and rl.write() in terminal mode', async () => {
  const { rl, type, output } = make();
  const answer = new Promise((resolve) => rl.question('Name? ', resolve));
  assert.ok(output.text.includes('Name? '));
  rl.write('bo');
  await type('b', '\r');
  assert.strictEqual(await answer, 'bob');
  rl.write(null, { ctrl: true, name: 'u' });
  rl.close();
});

checkAsync('end of input hands out the partial line and closes', async () => {
  const { rl, lines, input, type } = make();
  const closed = new Promise((r) => rl.once('close', r));
  await type('partial');
  input.end();
  await closed;
  assert.deepStrictEqual(lines, ['partial']);
});

checkAsync('getCursorPos counts the prompt and wide characters', async () => {
  const { rl, type } = make({ prompt: '>> ' });
  await type('ab', '日');
  assert.deepStrictEqual(rl.getCursorPos(), { cols: 7, rows: 0 });
  rl.close();
});
