'use strict';
// The source excerpt printed for an uncaught error: the caret sits under the `throw` of
// `throw new X()` and keeps the line's leading tabs, as Node prints it.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { check, assert } = require('../check');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caret-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

function excerpt(source) {
  const file = path.join(dir, `t${Math.random().toString(36).slice(2)}.js`);
  fs.writeFileSync(file, source);
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  assert.strictEqual(r.status, 1);
  const lines = r.stderr.split('\n');
  assert.strictEqual(lines[0], `${file}:${source.split('\n').findIndex((l) => l.includes('throw')) + 1}`);
  return lines.slice(1, 3);
}

check('caret under a tab-indented throw', () => {
  const [src, caret] = excerpt("function f() {\n\tif (1) {\n\t\tthrow new Error('x');\n\t}\n}\nf();\n");
  assert.strictEqual(src, "\t\tthrow new Error('x');");
  assert.strictEqual(caret, '\t\t^');
});

check('caret under a space-indented throw', () => {
  const [src, caret] = excerpt("function g() {\n    throw new RangeError('r');\n}\ng();\n");
  assert.strictEqual(src, "    throw new RangeError('r');");
  assert.strictEqual(caret, '    ^');
});

check('caret at the start of a top-level throw', () => {
  const [, caret] = excerpt("throw new TypeError('t');\n");
  assert.strictEqual(caret, '^');
});
