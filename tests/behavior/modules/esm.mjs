import { check, checkAsync, assert } from '../check.js';
import checkDefault from '../check.js';
import path from 'node:path';
import { join } from 'path';
import fs, { readFileSync } from 'fs';
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { buildFixture } = require('./_fixture.js');
const app = buildFixture();
const url = (rel) => pathToFileURL(path.join(app, rel)).href;

check('import.meta', () => {
  assert.strictEqual(import.meta.url, pathToFileURL(fileURLToPath(import.meta.url)).href);
  assert.strictEqual(import.meta.filename, fileURLToPath(import.meta.url));
  assert.strictEqual(import.meta.dirname, path.dirname(import.meta.filename));
  assert.strictEqual(import.meta.resolve('./cjs.js'), pathToFileURL(path.join(import.meta.dirname, 'cjs.js')).href);
  assert.strictEqual(import.meta.resolve('node:fs'), 'node:fs');
});
check('builtins: default and named exports', () => {
  assert.strictEqual(join, path.join);
  assert.strictEqual(readFileSync, fs.readFileSync);
  assert.strictEqual(typeof EventEmitter, 'function');
});
check('importing CommonJS: default is module.exports, keys are named exports', () => {
  assert.strictEqual(checkDefault.check, check);
});
await checkAsync('dynamic import of a CommonJS module with named exports', async () => {
  const ns = await import(url('src/named.cjs'));
  assert.strictEqual(ns.value, 'cjs-named');
  assert.strictEqual(ns.other, 7);
  assert.strictEqual(ns.default.value, 'cjs-named');
});
await checkAsync('exports map picks the import condition', async () => {
  const ns = await import(pathToFileURL(path.join(app, 'node_modules/pkg-exports/esm.mjs')).href);
  assert.strictEqual(ns.kind, 'esm');
  const viaName = await import(url('src/esm-helper.mjs'));
  assert.strictEqual(viaName.meta.filename, path.join(app, 'src/esm-helper.mjs'));
  assert.strictEqual(viaName.meta.dirname, path.join(app, 'src'));
});
await checkAsync('live bindings', async () => {
  const m = await import(url('src/esm-helper.mjs'));
  assert.strictEqual(m.live, 1);
  m.bump();
  assert.strictEqual(m.live, 2);
});
await checkAsync('JSON import with an import attribute', async () => {
  const { default: data } = await import(url('data.json'), { with: { type: 'json' } });
  assert.deepStrictEqual(data, { answer: 42, list: [1, 2] });
});
await checkAsync('top-level await has run before this point', async () => {
  const value = await new Promise((resolve) => setTimeout(() => resolve('late'), 5));
  assert.strictEqual(value, 'late');
});
await checkAsync('import of a missing file rejects with ERR_MODULE_NOT_FOUND', async () => {
  await assert.rejects(import(url('nope.mjs')), { code: 'ERR_MODULE_NOT_FOUND' });
});
await checkAsync('import of a bare package from its own dir: type module package', async () => {
  const r = createRequire(path.join(app, 'index.js'));
  const resolved = r.resolve('pkg-exports');
  assert.strictEqual(resolved, path.join(app, 'node_modules/pkg-exports/cjs.js'));
  const ns = await import(pathToFileURL(path.join(app, 'node_modules/esm-only/index.js')).href);
  assert.strictEqual(ns.answer, 42);
  assert.strictEqual(ns.default, 'esm-only-default');
});
