'use strict';
const { check, checkAsync, assert } = require('../check');
const cp = require('child_process');

check('spawnSync output, status, encoding', () => {
  const r = cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3'], { encoding: 'utf8' });
  assert.strictEqual(r.status, 3);
  assert.strictEqual(r.signal, null);
  assert.strictEqual(r.stdout, 'out\n');
  assert.strictEqual(r.stderr, 'err\n');
  assert.deepStrictEqual(r.output, [null, 'out\n', 'err\n']);
  assert.ok(r.pid > 0);
});
check('spawnSync input, env, cwd', () => {
  const r = cp.spawnSync('sh', ['-c', 'cat; echo "$FOO"; pwd'], { input: 'in\n', env: { FOO: 'bar', PATH: process.env.PATH }, cwd: '/tmp' });
  assert.strictEqual(r.stdout.toString(), 'in\nbar\n/tmp\n');
  assert.ok(Buffer.isBuffer(r.stdout));
});
check('spawnSync ENOENT', () => {
  const r = cp.spawnSync('no-such-command-xyz', ['a']);
  assert.strictEqual(r.error.code, 'ENOENT');
  assert.strictEqual(r.error.errno, -2);
  assert.strictEqual(r.error.syscall, 'spawnSync no-such-command-xyz');
  assert.strictEqual(r.error.path, 'no-such-command-xyz');
  assert.deepStrictEqual(r.error.spawnargs, ['a']);
  assert.strictEqual(r.error.message, 'spawnSync no-such-command-xyz ENOENT');
  assert.strictEqual(r.status, null);
});
check('spawnSync timeout kills with killSignal', () => {
  const r = cp.spawnSync('sleep', ['5'], { timeout: 100, killSignal: 'SIGKILL' });
  assert.strictEqual(r.error.code, 'ETIMEDOUT');
  assert.strictEqual(r.signal, 'SIGKILL');
  assert.strictEqual(r.status, null);
});
check('execSync returns stdout; failure throws with status', () => {
  assert.strictEqual(cp.execSync('echo hi').toString(), 'hi\n');
  assert.strictEqual(cp.execSync('echo hi', { encoding: 'utf8' }), 'hi\n');
  assert.throws(() => cp.execSync('exit 2', { stdio: 'pipe' }), (e) => e.status === 2 && e.message.startsWith('Command failed: exit 2'));
});
check('execFileSync ENOENT', () => {
  assert.throws(() => cp.execFileSync('no-such-command-xyz'), { code: 'ENOENT', syscall: 'spawnSync no-such-command-xyz' });
});
check('shell option', () => {
  assert.strictEqual(cp.spawnSync('echo $0-x', { shell: true, encoding: 'utf8' }).stdout, '/bin/sh-x\n');
});

checkAsync('spawn: stdout/stderr streams, exit then close', () => new Promise((resolve, reject) => {
  const c = cp.spawn('sh', ['-c', 'read x; echo "got $x"; echo e >&2; exit 4']);
  let out = '';
  let err = '';
  const events = [];
  c.stdout.setEncoding('utf8');
  c.stdout.on('data', (d) => { out += d; });
  c.stderr.on('data', (d) => { err += d; });
  c.on('spawn', () => events.push('spawn'));
  c.on('exit', (code, sig) => events.push(`exit ${code} ${sig}`));
  c.on('close', (code, sig) => {
    try {
      events.push(`close ${code} ${sig}`);
      assert.strictEqual(out, 'got ping\n');
      assert.strictEqual(err, 'e\n');
      assert.deepStrictEqual(events, ['spawn', 'exit 4 null', 'close 4 null']);
      assert.strictEqual(c.exitCode, 4);
      assert.ok(c.pid > 0);
      resolve();
    } catch (e) { reject(e); }
  });
  c.stdin.end('ping\n');
}));

checkAsync('spawn ENOENT: error then close, no exit', () => new Promise((resolve, reject) => {
  const c = cp.spawn('no-such-command-xyz', ['a']);
  const events = [];
  assert.strictEqual(c.pid, undefined);
  c.on('exit', () => events.push('exit'));
  c.on('error', (e) => events.push(`error ${e.code} ${e.syscall} ${e.message}`));
  c.on('close', (code) => {
    try {
      assert.deepStrictEqual(events, ['error ENOENT spawn no-such-command-xyz spawn no-such-command-xyz ENOENT']);
      assert.strictEqual(code, -2);
      resolve();
    } catch (e) { reject(e); }
  });
}));

checkAsync('kill: signal, killed, signalCode', () => new Promise((resolve, reject) => {
  const c = cp.spawn('sleep', ['10']);
  c.on('exit', (code, sig) => {
    try {
      assert.strictEqual(code, null);
      assert.strictEqual(sig, 'SIGTERM');
      assert.strictEqual(c.killed, true);
      assert.strictEqual(c.signalCode, 'SIGTERM');
      resolve();
    } catch (e) { reject(e); }
  });
  assert.strictEqual(c.kill(), true);
}));

checkAsync('exec: error shape', () => new Promise((resolve, reject) => {
  cp.exec('echo out; echo err >&2; exit 3', (e, stdout, stderr) => {
    try {
      assert.strictEqual(e.code, 3);
      assert.strictEqual(e.killed, false);
      assert.strictEqual(e.signal, null);
      assert.strictEqual(e.cmd, 'echo out; echo err >&2; exit 3');
      assert.strictEqual(e.message, 'Command failed: echo out; echo err >&2; exit 3\nerr\n');
      assert.strictEqual(stdout, 'out\n');
      assert.strictEqual(stderr, 'err\n');
      resolve();
    } catch (err) { reject(err); }
  });
}));

checkAsync('exec maxBuffer', () => new Promise((resolve, reject) => {
  cp.exec('echo 1234567890', { maxBuffer: 4 }, (e, stdout) => {
    try {
      assert.strictEqual(e.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
      assert.strictEqual(e.message, 'stdout maxBuffer length exceeded');
      assert.strictEqual(stdout, '1234');
      resolve();
    } catch (err) { reject(err); }
  });
}));

checkAsync('exec timeout kills', () => new Promise((resolve, reject) => {
  cp.exec('sleep 5', { timeout: 100 }, (e) => {
    try {
      assert.strictEqual(e.killed, true);
      assert.strictEqual(e.signal, 'SIGTERM');
      resolve();
    } catch (err) { reject(err); }
  });
}));

checkAsync('promisified exec / execFile ENOENT', async () => {
  const { promisify } = require('util');
  const { stdout } = await promisify(cp.exec)('echo p');
  assert.strictEqual(stdout, 'p\n');
  await assert.rejects(promisify(cp.execFile)('no-such-command-xyz'), { code: 'ENOENT', syscall: 'spawn no-such-command-xyz' });
});

checkAsync('stdio inherit / ignore / fd', () => new Promise((resolve, reject) => {
  const c = cp.spawn('sh', ['-c', 'exit 0'], { stdio: ['ignore', 'inherit', 2] });
  try {
    assert.strictEqual(c.stdin, null);
    assert.strictEqual(c.stdout, null);
  } catch (e) { reject(e); }
  c.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`code ${code}`))));
}));
