'use strict';
const { check, assert } = require('../check');
const path = require('path');
const Module = require('module');
const { buildFixture } = require('./_fixture');

const app = buildFixture();
const req = Module.createRequire(path.join(app, 'index.js'));

check('require.main is the entry module', () => {
  assert.strictEqual(require.main, module);
  assert.strictEqual(module.id, '.');
  assert.strictEqual(module.filename, __filename);
  assert.strictEqual(__dirname, path.dirname(__filename));
});
check('package.json main field', () => {
  const m = req('pkg-main');
  assert.strictEqual(m.name, 'pkg-main');
  assert.strictEqual(m.file, path.join(app, 'node_modules/pkg-main/lib/entry.js'));
});
check('exports map picks the require condition', () => {
  assert.strictEqual(req('pkg-exports').kind, 'cjs');
});
check('exports subpath and pattern', () => {
  assert.strictEqual(req('pkg-exports/feature'), 'feature');
  assert.strictEqual(req('pkg-exports/sub/a'), 'sub-a');
  assert.strictEqual(req('pkg-exports/package.json').name, 'pkg-exports');
});
check('unexported subpath throws ERR_PACKAGE_PATH_NOT_EXPORTED', () => {
  assert.throws(() => req('pkg-exports/internal.js'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
});
check('imports map (#internal) and nested node_modules', () => {
  const m = req('pkg-exports');
  assert.strictEqual(m.internal, 'internal');
  assert.strictEqual(m.nested, 'nested-dep: nested-dep');
});
check('package self-reference through exports', () => {
  assert.strictEqual(req('pkg-exports').self(), 'feature');
});
check('scoped package', () => {
  assert.strictEqual(req('@scope/thing'), 'scoped');
});
check('json and directory index', () => {
  assert.deepStrictEqual(req('./data.json'), { answer: 42, list: [1, 2] });
  assert.strictEqual(req('./dir'), 'dir-index');
  assert.strictEqual(req('./dir/'), 'dir-index');
});
check('extension resolution', () => {
  assert.strictEqual(req.resolve('./cycle/a'), path.join(app, 'cycle/a.js'));
});
check('cycles see a partial exports object', () => {
  const a = req('./cycle/a');
  const b = req('./cycle/b');
  assert.strictEqual(a.loaded, true);
  assert.strictEqual(a.fromB, false);
  assert.strictEqual(b.aIsPartial, 'loaded');
});
check('require.cache holds modules, and deleting reloads', () => {
  const file = req.resolve('./src/counter.js');
  const c1 = req('./src/counter.js');
  c1.inc();
  assert.strictEqual(req('./src/counter.js').count, 1);
  assert.ok(req.cache[file]);
  delete req.cache[file];
  assert.strictEqual(req('./src/counter.js').count, 0);
});
check('module.children and module.paths', () => {
  const child = module.children.find((m) => m.filename === path.join(__dirname, '_fixture.js'));
  assert.ok(child, 'the fixture builder is a child');
  assert.ok(module.paths.includes(path.join(__dirname, 'node_modules')));
  assert.strictEqual(module.paths[module.paths.length - 1], '/node_modules');
});
check('require.resolve with paths', () => {
  assert.strictEqual(require.resolve('pkg-main', { paths: [app] }), path.join(app, 'node_modules/pkg-main/lib/entry.js'));
  assert.ok(Array.isArray(require.resolve.paths('x')));
  assert.strictEqual(require.resolve.paths('fs'), null);
});
check('MODULE_NOT_FOUND carries the require stack', () => {
  let err;
  try { require('./does-not-exist'); } catch (e) { err = e; }
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.deepStrictEqual(err.requireStack, [__filename]);
  assert.ok(err.message.startsWith("Cannot find module './does-not-exist'\nRequire stack:\n- " + __filename));
});
check('require of an ES module returns its namespace (require(esm))', () => {
  const ns = req('esm-only');
  assert.strictEqual(ns.answer, 42);
  assert.strictEqual(ns.default, 'esm-only-default');
});
check('node: prefix and builtinModules', () => {
  assert.strictEqual(require('node:path'), path);
  assert.strictEqual(require('node:events'), require('events'));
  for (const m of ['fs', 'path', 'events', 'util', 'buffer', 'stream', 'os', 'url', 'timers', 'assert']) {
    assert.ok(Module.builtinModules.includes(m), m);
  }
  assert.strictEqual(Module.isBuiltin('node:fs'), true);
  assert.strictEqual(Module.isBuiltin('left-pad'), false);
  assert.throws(() => require('node:nope'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });
});
check('module wrapper and this === exports', () => {
  assert.strictEqual(this, module.exports);
  assert.strictEqual(typeof Module.wrap('x'), 'string');
  assert.ok(Module.wrap('x').includes('x'));
});
check('createRequire accepts a file URL', () => {
  const { pathToFileURL } = require('url');
  const r = Module.createRequire(pathToFileURL(path.join(app, 'x.js')));
  assert.strictEqual(r('./dir'), 'dir-index');
});
check('module.parent of a required module', () => {
  delete req.cache[req.resolve('./src/counter.js')];
  assert.strictEqual(require(path.join(app, 'src/counter.js')).parentFile, __filename);
});
