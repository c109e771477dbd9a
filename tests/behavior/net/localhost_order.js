'use strict';
// A connection with no host goes to 'localhost' in the order the resolver gives
// (dns.lookup, i.e. the hosts file), as in Node: not a fixed IPv6-first guess.
const net = require('net');
const dns = require('dns');
const { checkAsync, assert } = require('../check');

function connectOnce(opts) {
  return new Promise((resolve, reject) => {
    const server = net.createServer((c) => { c.end(); });
    server.listen(0, () => {
      const c = net.connect({ port: server.address().port, ...opts }, () => {
        const addr = c.remoteAddress;
        c.destroy();
        server.close();
        resolve(addr);
      });
      c.on('error', (e) => { server.close(); reject(e); });
    });
  });
}

checkAsync('connect(port) uses the first address dns.lookup gives for localhost', async () => {
  const first = await new Promise((res, rej) => dns.lookup('localhost', (e, a) => (e ? rej(e) : res(a))));
  assert.strictEqual(await connectOnce({}), first);
  // The second connection (answered from any cache) agrees with the resolver too.
  assert.strictEqual(await connectOnce({ host: 'localhost' }), first);
});

checkAsync('connect to localhost with family 4 reaches 127.0.0.1', async () => {
  assert.strictEqual(await connectOnce({ host: 'localhost', family: 4 }), '127.0.0.1');
});
