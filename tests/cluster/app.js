// The app the reload tests run under `minode --cluster`: answers "<VERSION> <pid>";
// /slow waits SLOW_MS (default 15000) before answering.
const http = require('http');
const VERSION = 'v1';
http.createServer((req, res) => {
  if (req.url.startsWith('/slow')) {
    setTimeout(() => res.end(`${VERSION} ${process.pid} slow\n`), +(process.env.SLOW_MS || 15000));
    return;
  }
  res.end(`${VERSION} ${process.pid}\n`);
}).listen(+process.env.PORT, '127.0.0.1');
