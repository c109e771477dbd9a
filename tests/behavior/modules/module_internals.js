'use strict';
// Private-but-used Module statics (ts-node's register() calls _preloadModules) and
// module.SourceMap.
const { check, assert } = require('../check');
const Module = require('module');
const fs = require('fs');
const os = require('os');
const path = require('path');

check('Module._preloadModules is a function on both exports', () => {
  assert.strictEqual(typeof Module._preloadModules, 'function');
  assert.strictEqual(typeof Module.Module._preloadModules, 'function');
});
check('Module._preloadModules requires each request relative to cwd', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minode-preload-'));
  const file = path.join(dir, 'pre.js');
  fs.writeFileSync(file, 'globalThis.__preloaded = (globalThis.__preloaded || 0) + 1;');
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    Module._preloadModules(['./pre.js']);
    Module._preloadModules(undefined); // not an array: ignored
  } finally {
    process.chdir(cwd);
  }
  assert.strictEqual(globalThis.__preloaded, 1);
  assert.ok(require.cache[fs.realpathSync(file)]);
  fs.rmSync(dir, { recursive: true, force: true });
});
check('module.SourceMap is a class', () => {
  assert.strictEqual(typeof Module.SourceMap, 'function');
  assert.strictEqual(Module.SourceMap, Module.Module.SourceMap);
  const sm = new Module.SourceMap({ version: 3, sources: ['a.ts'], names: [], mappings: 'AAAA' });
  assert.deepStrictEqual(sm.payload.sources, ['a.ts']);
});
check('module.findSourceMap is a function', () => {
  assert.strictEqual(typeof Module.findSourceMap, 'function');
  assert.strictEqual(Module.findSourceMap(__filename), undefined);
});
