// Node's own cluster, as in the seed texts: one primary, N workers sharing the port.
// Used by bench/cluster.sh as the baseline (run with `node`).
const cluster = require('cluster');
const http = require('http');
if (cluster.isPrimary) {
  for (let i = 0; i < (+process.env.WORKERS || 2); i++) cluster.fork();
} else {
  http.createServer((req, res) => res.end('hello world\n')).listen(+process.env.PORT, '127.0.0.1');
}
