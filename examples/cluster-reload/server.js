// The service the helper manages: the seed's Koa app (GET /user/getinfo on port 4000),
// written with plain http so the example needs no npm install.
const http = require('http');

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url.split('?')[0] === '/user/getinfo') {
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('my name is liujianghong');
    return;
  }
  res.statusCode = 404;
  res.end('Not Found');
});

server.listen(+process.env.PORT || 4000, () => {
  console.log(`server is running, port is ${server.address().port}`);
});
