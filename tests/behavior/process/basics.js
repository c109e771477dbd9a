'use strict';
const { check, checkAsync, assert } = require('../check');

check('process identity', () => {
  assert.strictEqual(typeof process.pid, 'number');
  assert.strictEqual(typeof process.ppid, 'number');
  assert.strictEqual(process.platform, 'linux');
  assert.ok(['x64', 'arm64'].includes(process.arch));
  assert.match(process.version, /^v\d+\.\d+\.\d+$/);
  assert.strictEqual(process.versions.node, process.version.slice(1));
  assert.strictEqual(process.release.name, 'node');
  assert.strictEqual(typeof process.execPath, 'string');
  assert.strictEqual(process.argv[1], __filename);
  assert.ok(Array.isArray(process.execArgv));
  assert.strictEqual(typeof process.argv0, 'string');
  assert.strictEqual(String(process), '[object process]');
});
check('process.env reads and writes the real environment', () => {
  process.env.MINODE_TEST_VAR = 42;
  assert.strictEqual(process.env.MINODE_TEST_VAR, '42');
  assert.ok('MINODE_TEST_VAR' in process.env);
  assert.ok(Object.keys(process.env).includes('MINODE_TEST_VAR'));
  delete process.env.MINODE_TEST_VAR;
  assert.strictEqual(process.env.MINODE_TEST_VAR, undefined);
  assert.strictEqual(typeof process.env.PATH, 'string');
});
check('cwd and chdir', () => {
  const os = require('os');
  const before = process.cwd();
  process.chdir(os.tmpdir());
  assert.strictEqual(process.cwd(), require('fs').realpathSync(os.tmpdir()));
  process.chdir(before);
  assert.strictEqual(process.cwd(), before);
  assert.throws(() => process.chdir('/definitely/not/here'), { code: 'ENOENT', syscall: 'chdir' });
  assert.throws(() => process.chdir(5), { code: 'ERR_INVALID_ARG_TYPE' });
});
check('hrtime, hrtime.bigint, uptime', () => {
  const a = process.hrtime();
  assert.strictEqual(a.length, 2);
  const d = process.hrtime(a);
  assert.ok(d[0] >= 0 && d[1] >= 0);
  const b = process.hrtime.bigint();
  assert.strictEqual(typeof b, 'bigint');
  assert.ok(process.hrtime.bigint() >= b);
  assert.ok(process.uptime() > 0 && process.uptime() < 600);
  assert.throws(() => process.hrtime(1), { code: 'ERR_INVALID_ARG_TYPE' });
});
check('memoryUsage, cpuUsage, resourceUsage', () => {
  const m = process.memoryUsage();
  for (const k of ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers']) assert.strictEqual(typeof m[k], 'number', k);
  assert.ok(m.rss > 0);
  assert.ok(process.memoryUsage.rss() > 0);
  const c = process.cpuUsage();
  assert.ok(c.user >= 0 && c.system >= 0);
  const d = process.cpuUsage(c);
  assert.ok(d.user >= 0);
  const r = process.resourceUsage();
  assert.ok(r.maxRSS > 0);
  assert.strictEqual(typeof r.voluntaryContextSwitches, 'number');
});
check('umask and title', () => {
  const old = process.umask(0o027);
  assert.strictEqual(process.umask(), 0o027);
  process.umask(old);
  assert.strictEqual(typeof process.title, 'string');
});
check('exitCode validation', () => {
  assert.throws(() => { process.exitCode = 'nope'; }, { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => { process.exitCode = 1.5; }, { code: 'ERR_OUT_OF_RANGE' });
  process.exitCode = undefined;
});
check('kill with signal 0 checks existence', () => {
  assert.strictEqual(process.kill(process.pid, 0), true);
  assert.throws(() => process.kill(2 ** 22 + 12345, 0), { code: 'ESRCH', syscall: 'kill' });
  assert.throws(() => process.kill(process.pid, 'SIGNOPE'), { code: 'ERR_UNKNOWN_SIGNAL' });
});
checkAsync('a signal sent to self reaches process.on(signal)', async () => {
  const got = await new Promise((resolve) => {
    process.once('SIGUSR2', (name, num) => resolve([name, num]));
    process.kill(process.pid, 'SIGUSR2');
  });
  assert.deepStrictEqual(got, ['SIGUSR2', 12]);
});
checkAsync('emitWarning emits a warning event', async () => {
  const w = await new Promise((resolve) => {
    process.removeAllListeners('warning');
    process.once('warning', resolve);
    process.emitWarning('careful', { type: 'CustomWarning', code: 'X001', detail: 'more' });
  });
  assert.strictEqual(w.name, 'CustomWarning');
  assert.strictEqual(w.code, 'X001');
  assert.strictEqual(w.message, 'careful');
  assert.strictEqual(w.detail, 'more');
});
check('stdout and stderr are writable streams', () => {
  assert.strictEqual(typeof process.stdout.write, 'function');
  assert.strictEqual(process.stdout.fd, 1);
  assert.strictEqual(process.stderr.fd, 2);
  assert.strictEqual(typeof process.stdout.on, 'function');
  assert.strictEqual(process.stdout.isTTY, undefined);
});
check('globals', () => {
  assert.strictEqual(global, globalThis);
  for (const name of ['setTimeout', 'setImmediate', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'URL',
    'URLSearchParams', 'TextEncoder', 'TextDecoder', 'AbortController', 'AbortSignal', 'EventTarget', 'Event',
    'Buffer', 'performance', 'console']) {
    assert.ok(name in globalThis, name);
  }
  assert.strictEqual(btoa('hi'), 'aGk=');
  assert.strictEqual(atob('aGk='), 'hi');
  assert.deepStrictEqual(structuredClone(new Map([[1, { a: [1] }]])), new Map([[1, { a: [1] }]]));
  assert.strictEqual(typeof performance.now(), 'number');
  assert.ok(performance.timeOrigin > 1.6e12);
  const keys = Object.keys(globalThis);
  for (const k of ['setTimeout', 'global', 'queueMicrotask']) assert.ok(keys.includes(k), k);
});
