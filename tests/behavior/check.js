'use strict';
// The tiny harness every behaviour test uses. A test file runs under both `node` and
// `minode`; both must exit 0 and print the same stdout. Each check() is one counted check.
//   const { check, checkAsync } = require('../check');
//   check('Buffer.from hex', () => assert.strictEqual(...));
//   checkAsync('fs.promises.readFile', async () => { ... });
const assert = require('assert');

let passed = 0;
let failed = 0;
const pending = [];

function report(name, err) {
  failed++;
  process.exitCode = 1;
  console.log(`FAIL ${name}`);
  console.log(String(err && err.stack || err).split('\n').map((l) => `  ${l}`).join('\n'));
}

function check(name, fn) {
  try {
    fn();
    passed++;
  } catch (err) {
    report(name, err);
  }
}

// Async checks run one after another, in the order they were declared.
let chain = Promise.resolve();
function checkAsync(name, fn, timeoutMs = 10000) {
  chain = chain.then(() => new Promise((resolve) => {
    const timer = setTimeout(() => { report(name, new Error(`timed out after ${timeoutMs} ms`)); resolve(); }, timeoutMs);
    Promise.resolve().then(fn).then(
      () => { clearTimeout(timer); passed++; resolve(); },
      (err) => { clearTimeout(timer); report(name, err); resolve(); });
  }));
  pending.push(chain);
  return chain;
}

process.on('exit', () => {
  // The runner adds these up; keep the format stable.
  console.log(`# checks: ${passed} passed, ${failed} failed`);
  if (failed) process.exitCode = 1;
});

module.exports = { check, checkAsync, assert };
