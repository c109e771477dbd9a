// ES module frames name their file by file:// URL (tools fileURLToPath() them);
// CommonJS frames keep plain paths.
import { createRequire } from 'module';
import { fileURLToPath } from 'url';
const require = createRequire(import.meta.url);
const { check, assert } = require('../check');

function sites() {
  const orig = Error.prepareStackTrace;
  Error.prepareStackTrace = (e, cs) => cs;
  const cs = new Error().stack;
  Error.prepareStackTrace = orig;
  return cs;
}

check('Error.stack frames of an ES module use its file URL', () => {
  const line = new Error('x').stack.split('\n')[1];
  assert.match(line, /^ {4}at file:\/\/\//);
  const m = /at (.*):(\d+):(\d+)$/.exec(line);
  assert.strictEqual(fileURLToPath(m[1]), fileURLToPath(import.meta.url));
  assert.strictEqual(m[2], '17');
  assert.strictEqual(m[3], '16');
});
check('CallSite.getFileName() is the file URL in an ES module', () => {
  const cs = sites();
  assert.strictEqual(cs[0].getFileName(), import.meta.url);
  assert.strictEqual(cs[0].getFunctionName(), 'sites');
});
check('named functions in an ES module', () => {
  function inner() { return new Error('y').stack.split('\n')[1]; }
  assert.strictEqual(inner(), `    at inner (${import.meta.url}:30:29)`);
});
check('CommonJS frames called from an ES module keep paths', () => {
  const { assert: a } = require('../check');
  let stack;
  try {
    a.strictEqual(1, 2);
  } catch (e) {
    stack = e.stack;
  }
  assert.ok(stack.includes(import.meta.url));
  assert.ok(!stack.includes('file://' + fileURLToPath(new URL('../check.js', import.meta.url))));
});
