'use strict';
// Raw-socket helpers for the http tests.
const net = require('net');

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

function close(server) {
  return new Promise((resolve) => server.close(() => resolve()));
}

// Send `data` (string or array of writes) and collect everything until the server closes
// (or `idleMs` passes without data).
function raw(port, data, idleMs = 300) {
  return new Promise((resolve, reject) => {
    const c = net.connect(port, '127.0.0.1');
    let out = '';
    let timer;
    const done = () => { clearTimeout(timer); c.destroy(); resolve(out); };
    const arm = () => { clearTimeout(timer); timer = setTimeout(done, idleMs); };
    c.on('connect', () => {
      for (const d of Array.isArray(data) ? data : [data]) c.write(d);
      arm();
    });
    c.on('data', (d) => { out += d.toString('latin1'); arm(); });
    c.on('end', done);
    c.on('close', done);
    c.on('error', (e) => { if (e.code === 'ECONNRESET') done(); else reject(e); });
  });
}

function statusLines(text) {
  return text.split('\r\n').filter((l) => /^HTTP\/1\.[01] \d{3}/.test(l));
}

module.exports = { listen, close, raw, statusLines };
