'use strict';
const { check, checkAsync, assert } = require('../check');
const net = require('net');

check('isIP', () => {
  assert.strictEqual(net.isIP('127.0.0.1'), 4);
  assert.strictEqual(net.isIP('::1'), 6);
  assert.strictEqual(net.isIP('fe80::1%eth0'), 6);
  assert.strictEqual(net.isIP('1.2.3'), 0);
  assert.strictEqual(net.isIP('256.1.1.1'), 0);
  assert.strictEqual(net.isIPv4('01.1.1.1'), false);
  assert.strictEqual(net.isIPv6('::ffff:1.2.3.4'), true);
  assert.strictEqual(net.isIPv6('1::2::3'), false);
});

check('BlockList', () => {
  const bl = new net.BlockList();
  bl.addAddress('10.0.0.1');
  bl.addRange('192.168.0.10', '192.168.0.20');
  bl.addSubnet('8.8.8.0', 24);
  assert.strictEqual(bl.check('10.0.0.1'), true);
  assert.strictEqual(bl.check('192.168.0.15'), true);
  assert.strictEqual(bl.check('192.168.0.21'), false);
  assert.strictEqual(bl.check('8.8.8.200'), true);
});

function listen(server, ...args) {
  return new Promise((resolve) => server.listen(...args, () => resolve(server.address())));
}

checkAsync('echo round trip with end/close events', async () => {
  const events = [];
  const server = net.createServer((s) => {
    assert.strictEqual(s.remoteAddress, '127.0.0.1');
    s.on('data', (d) => s.write(d));
    s.on('end', () => { events.push('server end'); s.end(); });
  });
  const { port, family, address } = await listen(server, 0, '127.0.0.1');
  assert.strictEqual(family, 'IPv4');
  assert.strictEqual(address, '127.0.0.1');
  await new Promise((resolve, reject) => {
    const c = net.connect(port, '127.0.0.1');
    let got = '';
    c.on('connect', () => { events.push('connect'); c.write('hello '); c.end('world'); });
    c.on('ready', () => events.push('ready'));
    c.on('data', (d) => { got += d; });
    c.on('end', () => events.push('client end'));
    c.on('close', (hadError) => {
      events.push(`close ${hadError}`);
      try {
        assert.strictEqual(got, 'hello world');
        assert.strictEqual(c.bytesWritten, 11);
        assert.strictEqual(c.bytesRead, 11);
        resolve();
      } catch (e) { reject(e); }
    });
    c.on('error', reject);
  });
  await new Promise((r) => server.close(r));
  assert.deepStrictEqual(events, ['connect', 'ready', 'server end', 'client end', 'close false']);
});

checkAsync('ECONNREFUSED error shape', async () => {
  const server = net.createServer();
  const { port } = await listen(server, 0, '127.0.0.1');
  await new Promise((r) => server.close(r));
  const err = await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    c.on('error', resolve);
  });
  assert.strictEqual(err.code, 'ECONNREFUSED');
  assert.strictEqual(err.syscall, 'connect');
  assert.strictEqual(err.address, '127.0.0.1');
  assert.strictEqual(err.port, port);
  assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
});

checkAsync('a failed lookup emits error, then close', async () => {
  const events = await new Promise((resolve) => {
    const seen = [];
    const lookup = (host, opts, cb) => {
      const e = new Error(`getaddrinfo ENOTFOUND ${host}`);
      e.code = 'ENOTFOUND';
      cb(e);
    };
    const c = net.connect({ port: 80, host: 'nowhere.test', lookup });
    c.on('error', (e) => seen.push(`error ${e.code}`));
    c.on('close', (hadError) => { seen.push(`close ${hadError}`); resolve(seen); });
  });
  assert.deepStrictEqual(events, ['error ENOTFOUND', 'close true']);
});

checkAsync('EADDRINUSE is an error event with Node message', async () => {
  const a = net.createServer();
  const { port } = await listen(a, 0, '127.0.0.1');
  const b = net.createServer();
  const err = await new Promise((resolve) => { b.on('error', resolve); b.listen(port, '127.0.0.1'); });
  assert.strictEqual(err.code, 'EADDRINUSE');
  assert.strictEqual(err.syscall, 'listen');
  assert.strictEqual(err.message, `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
  assert.strictEqual(b.listening, false);
  await new Promise((r) => a.close(r));
});

checkAsync('close without listening passes ERR_SERVER_NOT_RUNNING', async () => {
  const s = net.createServer();
  const err = await new Promise((resolve) => s.close(resolve));
  assert.strictEqual(err.code, 'ERR_SERVER_NOT_RUNNING');
});

checkAsync('pause/resume with a large transfer (backpressure)', async () => {
  const total = 4 * 1024 * 1024;
  const server = net.createServer((s) => {
    const chunk = Buffer.alloc(64 * 1024, 97);
    let sent = 0;
    function pump() {
      while (sent < total) {
        sent += chunk.length;
        if (!s.write(chunk)) { s.once('drain', pump); return; }
      }
      s.end();
    }
    pump();
  });
  const { port } = await listen(server, 0, '127.0.0.1');
  const received = await new Promise((resolve, reject) => {
    const c = net.connect(port, '127.0.0.1');
    let n = 0;
    let paused = false;
    c.on('data', (d) => {
      n += d.length;
      if (!paused && n > total / 2) {
        paused = true;
        c.pause();
        setTimeout(() => c.resume(), 50);
      }
    });
    c.on('end', () => resolve(n));
    c.on('error', reject);
  });
  assert.strictEqual(received, total);
  await new Promise((r) => server.close(r));
});

checkAsync('allowHalfOpen keeps the writable side open', async () => {
  const server = net.createServer({ allowHalfOpen: true }, (s) => {
    s.on('end', () => { setTimeout(() => s.end('late reply'), 20); });
    s.resume();
  });
  const { port } = await listen(server, 0, '127.0.0.1');
  const got = await new Promise((resolve, reject) => {
    const c = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true }, () => c.end());
    let d = '';
    c.on('data', (x) => { d += x; });
    c.on('close', () => resolve(d));
    c.on('error', reject);
  });
  assert.strictEqual(got, 'late reply');
  await new Promise((r) => server.close(r));
});

checkAsync('setTimeout emits timeout', async () => {
  const server = net.createServer((s) => { s.resume(); });
  const { port } = await listen(server, 0, '127.0.0.1');
  await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    c.setTimeout(50, () => { c.destroy(); resolve(); });
  });
  await new Promise((r) => server.close(r));
});

checkAsync('getConnections and localPort/remotePort', async () => {
  let serverSock;
  const server = net.createServer((s) => { serverSock = s; });
  const { port } = await listen(server, 0, '127.0.0.1');
  const c = net.connect(port, '127.0.0.1');
  await new Promise((r) => c.on('connect', r));
  await new Promise((r) => setTimeout(r, 20));
  const n = await new Promise((resolve) => server.getConnections((e, k) => resolve(k)));
  assert.strictEqual(n, 1);
  assert.strictEqual(c.remotePort, port);
  assert.strictEqual(serverSock.localPort, port);
  assert.strictEqual(serverSock.remotePort, c.localPort);
  assert.strictEqual(c.remoteFamily, 'IPv4');
  c.destroy();
  await new Promise((r) => server.close(r));
});

checkAsync('unix socket path', async () => {
  const path = require('path').join(require('os').tmpdir(), `minode-net-${process.pid}.sock`);
  const server = net.createServer((s) => s.end('over unix'));
  const addr = await listen(server, path);
  assert.strictEqual(addr, path);
  const got = await new Promise((resolve, reject) => {
    const c = net.connect(path);
    let d = '';
    c.on('data', (x) => { d += x; });
    c.on('end', () => resolve(d));
    c.on('error', reject);
  });
  assert.strictEqual(got, 'over unix');
  await new Promise((r) => server.close(r));
});

checkAsync('unref server lets the process exit; ref/unref chain', async () => {
  const s = net.createServer();
  await listen(s, 0, '127.0.0.1');
  assert.strictEqual(s.unref(), s);
  assert.strictEqual(s.ref(), s);
  await new Promise((r) => s.close(r));
});
