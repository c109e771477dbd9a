// The app bench/cluster.sh runs alone and under `minode --cluster 2` (no cluster code).
const http = require('http');
http.createServer((req, res) => res.end('hello world\n')).listen(+process.env.PORT, '127.0.0.1');
