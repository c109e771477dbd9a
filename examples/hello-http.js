// The hello-world server bench/http.sh measures (same file under minode and node).
const http = require('http');
const port = Number(process.env.PORT || 3000);
const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.end('Hello World');
});
server.listen(port, '127.0.0.1', () => {
  if (!process.env.QUIET) console.log(`listening on http://127.0.0.1:${port}/`);
});
