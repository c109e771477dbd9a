'use strict';
// fetch over https: the test CA is trusted through NODE_EXTRA_CA_CERTS in a child process
// (it is read at start-up). Over https fetch also offers br: `br, gzip, deflate`.
const { execFile } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

if (process.argv[2] === 'child') {
  const https = require('https');
  const zlib = require('zlib');
  const { key, cert } = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
  const server = https.createServer({ key, cert }, (req, res) => {
    const enc = req.headers['accept-encoding'];
    if (req.url === '/br') {
      res.writeHead(200, { 'content-encoding': 'br' });
      res.end(zlib.brotliCompressSync(`seen ${enc}`));
    } else {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('one,');
      setTimeout(() => res.end('two'), 20);
    }
  });
  server.listen(0, '127.0.0.1', async () => {
    const base = `https://localhost:${server.address().port}`;
    const br = await fetch(`${base}/br`);
    const plain = await fetch(`${base}/plain`);
    const chunks = [];
    for await (const c of plain.body) chunks.push(new TextDecoder().decode(c));
    console.log(JSON.stringify({ br: await br.text(), status: plain.status, text: chunks.join('') }));
    server.close();
  });
  return;
}

const { checkAsync, assert } = require('../check');

checkAsync('fetch over https with br and a streamed body', async () => {
  const certs = require('../tls/_certs').make();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minode-fetch-'));
  fs.writeFileSync(path.join(dir, 'ca.pem'), certs.ca);
  fs.writeFileSync(path.join(dir, 'server.json'), JSON.stringify({ key: certs.server.key, cert: certs.server.cert }));
  const out = await new Promise((resolve, reject) => {
    execFile(process.execPath, [__filename, 'child', path.join(dir, 'server.json')],
      { env: { ...process.env, NODE_EXTRA_CA_CERTS: path.join(dir, 'ca.pem') } },
      (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout)));
  });
  fs.rmSync(dir, { recursive: true, force: true });
  assert.deepStrictEqual(JSON.parse(out), { br: 'seen br, gzip, deflate', status: 200, text: 'one,two' });
}, 30000);
