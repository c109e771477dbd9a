'use strict';
// fork + Node's IPC channel, including with the other runtime on the far side
// (minode forks node; node forks minode) and passing a socket handle.
const { checkAsync, assert } = require('../check');
const cp = require('child_process');
const net = require('net');
const path = require('path');
const fs = require('fs');

const isMinode = typeof process.versions.minode === 'string';
const minodeBin = process.env.MINODE || path.resolve(__dirname, '../../../target/debug/minode');
const child = path.join(__dirname, 'fixtures', 'child.js');

function roundTrip(execPath) {
  return new Promise((resolve, reject) => {
    const c = cp.fork(child, ['a1', 'a2'], { execPath, env: { ...process.env, FOO: 'bar' } });
    const seen = [];
    c.on('error', reject);
    c.on('message', (m) => {
      seen.push(m);
      if (m === 'ready') { c.send({ x: [1, 2, { y: 'z\n' }], u: 'ü€' }); return; }
      if (m.echo) {
        const srv = net.createServer((s) => c.send('socket', s));
        srv.listen(0, '127.0.0.1', () => {
          const sock = net.connect(srv.address().port, '127.0.0.1');
          let data = '';
          sock.on('data', (d) => { data += d; });
          sock.on('end', () => { seen.push(data); srv.close(); c.send('exit'); });
        });
      }
    });
    const events = [];
    c.on('disconnect', () => events.push('disconnect'));
    c.on('exit', (code) => events.push(`exit ${code}`));
    c.on('close', (code) => {
      try {
        assert.strictEqual(seen[0], 'ready');
        assert.deepStrictEqual(seen[1], { echo: { x: [1, 2, { y: 'z\n' }], u: 'ü€' }, env: 'bar', argv: ['a1', 'a2'], connected: true });
        assert.deepStrictEqual(seen[2], { handle: 'Socket' });
        assert.match(seen[3], /^hello from (node|minode)\n$/);
        assert.ok(events.includes('disconnect') && events.includes('exit 0'));
        assert.strictEqual(code, 0);
        assert.strictEqual(c.connected, false);
        resolve(seen[3]);
      } catch (e) { reject(e); }
    });
  });
}

checkAsync('fork same runtime: messages, env, argv, socket handle', () => roundTrip(process.execPath), 20000);
checkAsync('fork the other runtime (minode<->node)', async () => {
  const other = isMinode ? 'node' : minodeBin;
  if (!isMinode && !fs.existsSync(minodeBin)) return; // minode not built: nothing to test against
  const hello = await roundTrip(other);
  assert.strictEqual(hello, `hello from ${isMinode ? 'node' : 'minode'}\n`);
}, 20000);

checkAsync('send after disconnect -> ERR_IPC_CHANNEL_CLOSED', () => new Promise((resolve, reject) => {
  const c = cp.fork(child);
  c.once('message', () => {
    c.disconnect();
    c.send('x', (err) => {
      try {
        assert.strictEqual(err.code, 'ERR_IPC_CHANNEL_CLOSED');
        resolve();
      } catch (e) { reject(e); }
    });
  });
}), 20000);

checkAsync('fork requires ipc in stdio', async () => {
  assert.throws(() => cp.fork(child, [], { stdio: ['pipe', 'pipe', 'pipe'] }), { code: 'ERR_CHILD_PROCESS_IPC_REQUIRED' });
});
