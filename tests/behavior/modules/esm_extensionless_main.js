'use strict';
// An extensionless entry file in a "type": "module" package runs as an ES module
// (typescript's bin/tsc); outside one it stays CommonJS.
const { check, assert } = require('../check');
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minode-noext-'));
fs.mkdirSync(path.join(dir, 'esm'));
fs.mkdirSync(path.join(dir, 'cjs'));
fs.writeFileSync(path.join(dir, 'esm/package.json'), '{"type":"module"}');
fs.writeFileSync(path.join(dir, 'esm/lib.js'), 'console.log("esm lib loaded", typeof require);\n');
fs.writeFileSync(path.join(dir, 'esm/bin'), '#!/usr/bin/env node\nimport "./lib.js";\nconsole.log("bin is esm", typeof import.meta.url);\n');
fs.writeFileSync(path.join(dir, 'cjs/package.json'), '{}');
fs.writeFileSync(path.join(dir, 'cjs/bin'), '#!/usr/bin/env node\nconsole.log("bin is cjs", typeof require);\n');

const run = (file) => execFileSync(process.execPath, [file], { cwd: os.tmpdir(), encoding: 'utf8' });

check('extensionless main in a type:module package is ESM', () => {
  assert.strictEqual(run(path.join(dir, 'esm/bin')), 'esm lib loaded undefined\nbin is esm string\n');
});
check('extensionless main elsewhere is CommonJS', () => {
  assert.strictEqual(run(path.join(dir, 'cjs/bin')), 'bin is cjs function\n');
});
fs.rmSync(dir, { recursive: true, force: true });
