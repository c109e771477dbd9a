'use strict';
// process.stdin as a stream over a pipe and an empty file, in a child of this same runtime.
const { check, assert } = require('../check');
const { spawnSync } = require('child_process');

const read = 'let d = ""; process.stdin.setEncoding("utf8"); process.stdin.on("data", (c) => { d += c; }); process.stdin.on("end", () => console.log(JSON.stringify(d)));';

check('process.stdin reads piped input to the end', () => {
  const r = spawnSync(process.execPath, ['-e', read], { input: 'line 1\nline 2\n', encoding: 'utf8' });
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, '"line 1\\nline 2\\n"\n');
});
check('process.stdin ends at once on empty input', () => {
  const r = spawnSync(process.execPath, ['-e', read], { input: '', encoding: 'utf8' });
  assert.strictEqual(r.stdout, '""\n');
});
check('readline over process.stdin yields lines', () => {
  const code = 'const rl = require("readline").createInterface({ input: process.stdin }); const lines = []; rl.on("line", (l) => lines.push(l)); rl.on("close", () => console.log(lines.join("|")));';
  const r = spawnSync(process.execPath, ['-e', code], { input: 'a\nb\nc', encoding: 'utf8' });
  assert.strictEqual(r.stdout, 'a|b|c\n');
});
check('an unread stdin does not keep the process alive', () => {
  const r = spawnSync(process.execPath, ['-e', 'process.stdin; console.log("done")'], { input: 'x', encoding: 'utf8', timeout: 5000 });
  assert.strictEqual(r.stdout, 'done\n');
});
