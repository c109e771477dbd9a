'use strict';
// A syntax error names the file and line; require() throws a SyntaxError.
const { check, assert } = require('../check');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minode-syntax-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
fs.writeFileSync(path.join(dir, 'bad.js'), 'const a = 1;\nlet = = 2;\n');
fs.writeFileSync(path.join(dir, 'throws.js'), 'module.exports = 1;\nthrow new TypeError("at load");\n');

check('syntax error is a SyntaxError that mentions the file', () => {
  let err;
  try { require(path.join(dir, 'bad.js')); } catch (e) { err = e; }
  assert.ok(err instanceof SyntaxError);
  assert.ok(String(err.stack).includes(path.join(dir, 'bad.js')));
});
check('a module that throws at load is not cached', () => {
  const file = path.join(dir, 'throws.js');
  assert.throws(() => require(file), TypeError);
  assert.strictEqual(require.cache[file], undefined);
  assert.throws(() => require(file), { message: 'at load' });
});
