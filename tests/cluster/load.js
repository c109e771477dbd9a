'use strict';
// A small keep-alive load generator (run with node or minode): C connections loop GET
// requests against 127.0.0.1:PORT until SIGTERM/SIGINT or DURATION_MS, then print one JSON
// line: {ok, non2xx, errors, versions: {body-prefix: count}, pids: [...]}.
const http = require('http');
const port = +process.env.PORT;
const conns = +(process.env.C || 8);
const duration = +(process.env.DURATION_MS || 0);
const agent = new http.Agent({ keepAlive: true, maxSockets: conns });
const stats = { ok: 0, non2xx: 0, errors: 0, errorCodes: {}, versions: {}, pids: new Set() };
let running = true;

function one() {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/', agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { body += c; });
      res.on('end', () => {
        if (res.statusCode >= 200 && res.statusCode < 300) stats.ok++; else stats.non2xx++;
        const [version, pid] = body.trim().split(' ');
        stats.versions[version] = (stats.versions[version] || 0) + 1;
        if (pid) stats.pids.add(pid);
        resolve();
      });
    });
    req.on('error', (e) => {
      stats.errors++;
      stats.errorCodes[e.code] = (stats.errorCodes[e.code] || 0) + 1;
      resolve();
    });
  });
}

async function loop() {
  while (running) await one();
}

function finish() {
  running = false;
}
process.on('SIGTERM', finish);
process.on('SIGINT', finish);
if (duration) setTimeout(finish, duration);
Promise.all(Array.from({ length: conns }, loop)).then(() => {
  agent.destroy();
  console.log(JSON.stringify({ ...stats, pids: [...stats.pids] }));
});
