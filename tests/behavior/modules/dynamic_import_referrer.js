'use strict';
// import() inside new Function / eval code resolves against the file that runs it,
// not process.cwd() (prettier's bin does `new Function('m', 'return import(m)')`).
const { checkAsync, assert } = require('../check');
const os = require('os');

process.chdir(os.tmpdir()); // a relative specifier must not resolve against cwd

checkAsync('import() in new Function resolves against the calling script', async () => {
  const dynamicImport = new Function('m', 'return import(m)');
  const m = await dynamicImport('./fixtures/import_target.mjs');
  assert.strictEqual(m.v, 'target loaded');
});
checkAsync('import() in indirect eval resolves against the calling script', async () => {
  const m = await (0, eval)('import("./fixtures/import_target.mjs")');
  assert.strictEqual(m.v, 'target loaded');
});
checkAsync('import() in direct eval resolves against the calling script', async () => {
  const m = await eval('import("./fixtures/import_target.mjs")');
  assert.strictEqual(m.v, 'target loaded');
});
checkAsync('import() in nested Function code resolves against the script', async () => {
  const outer = new Function('m', 'return (new Function("m", "return import(m)"))(m)');
  const m = await outer('./fixtures/import_target.mjs');
  assert.strictEqual(m.v, 'target loaded');
});
checkAsync('import() in Function code run by a timer resolves against the script', () => new Promise((resolve, reject) => {
  globalThis.__importDone = (m) => (m.v === 'target loaded' ? resolve() : reject(new Error(m.v)));
  globalThis.__importFail = reject;
  setTimeout(new Function('import("./fixtures/import_target.mjs").then(__importDone, __importFail)'), 1);
}));
checkAsync('a missing module still rejects with ERR_MODULE_NOT_FOUND', async () => {
  const dynamicImport = new Function('m', 'return import(m)');
  await assert.rejects(dynamicImport('./fixtures/nope.mjs'), { code: 'ERR_MODULE_NOT_FOUND' });
});
