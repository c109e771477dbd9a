'use strict';
// Exit codes, 'beforeExit' / 'exit', uncaught errors and unhandled rejections, checked
// by running child scripts through the same runtime as this test (process.execPath).
const { check, assert } = require('../check');
const { spawnSync } = require('child_process');

function run(code) {
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

check('exit code 0 and the beforeExit/exit order', () => {
  const r = run("process.on('beforeExit', (c) => console.log('beforeExit', c)); process.on('exit', (c) => console.log('exit', c)); console.log('main')");
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, 'main\nbeforeExit 0\nexit 0\n');
});
check('beforeExit can schedule more work', () => {
  const r = run("let n = 0; process.on('beforeExit', () => { if (n++ < 2) setTimeout(() => console.log('more', n), 1); });");
  assert.strictEqual(r.stdout, 'more 1\nmore 2\n');
});
check('process.exitCode is the exit status', () => {
  const r = run("process.exitCode = 3; process.on('exit', (c) => console.log('exit', c));");
  assert.strictEqual(r.status, 3);
  assert.strictEqual(r.stdout, 'exit 3\n');
});
check('process.exit(code) exits at once and runs exit listeners', () => {
  const r = run("process.on('exit', (c) => console.log('exit', c)); setTimeout(() => console.log('never'), 10); process.exit(5); console.log('after');");
  assert.strictEqual(r.status, 5);
  assert.strictEqual(r.stdout, 'exit 5\n');
});
check('an uncaught exception prints the source line and stack, exits 1', () => {
  const r = run("function boom() { throw new RangeError('bad thing'); }\nboom();");
  assert.strictEqual(r.status, 1);
  assert.ok(r.stderr.includes('RangeError: bad thing'), r.stderr);
  assert.ok(r.stderr.includes('    at boom'), r.stderr);
  assert.match(r.stderr, /\nNode\.js v\d+/);
});
check('uncaughtException listeners keep the process alive', () => {
  const r = run("process.on('uncaughtException', (e, origin) => console.log('caught', e.message, origin)); setTimeout(() => { throw new Error('late'); }, 1); setTimeout(() => console.log('still running'), 5);");
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, 'caught late uncaughtException\nstill running\n');
});
check('an unhandled rejection exits 1 with the reason', () => {
  const r = run("Promise.reject(new Error('nope'));");
  assert.strictEqual(r.status, 1);
  assert.ok(r.stderr.includes('Error: nope'), r.stderr);
});
check('a rejection of a non-error names ERR_UNHANDLED_REJECTION', () => {
  const r = run("Promise.reject(42);");
  assert.strictEqual(r.status, 1);
  assert.ok(r.stderr.includes('ERR_UNHANDLED_REJECTION'), r.stderr);
});
check('unhandledRejection listeners handle it; a late handler fires rejectionHandled', () => {
  const r = run("process.on('unhandledRejection', (r, p) => { console.log('unhandled', r); setTimeout(() => p.catch(() => {}), 1); }); process.on('rejectionHandled', () => console.log('handled later')); Promise.reject('x');");
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, 'unhandled x\nhandled later\n');
});
check('-p prints the value', () => {
  const r = spawnSync(process.execPath, ['-p', '[1 + 1, "a"]'], { encoding: 'utf8' });
  assert.strictEqual(r.stdout, "[ 2, 'a' ]\n");
});
check('arguments after the script land in process.argv', () => {
  const r = spawnSync(process.execPath, ['-e', 'console.log(JSON.stringify(process.argv.slice(1)))', '--', 'a', '-b'], { encoding: 'utf8' });
  assert.strictEqual(r.stdout, '["a","-b"]\n');
});
check('stdin script with -', () => {
  const r = spawnSync(process.execPath, ['-'], { input: 'console.log(6 * 7)', encoding: 'utf8' });
  assert.strictEqual(r.stdout, '42\n');
});
