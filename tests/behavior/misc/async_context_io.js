'use strict';
// AsyncLocalStorage through I/O: fs and dns callbacks run in the store of the call that
// started them, a client socket in the store it connected in, an http server's requests
// in the store it listened in (as in Node, where each handle carries its context).
const { checkAsync, assert } = require('../check');
const { AsyncLocalStorage } = require('async_hooks');
const fs = require('fs');
const dns = require('dns');
const net = require('net');
const http = require('http');

const als = new AsyncLocalStorage();

checkAsync('fs callbacks (readFile, stat, readdir, opendir) keep the store', async () => {
  const seen = await new Promise((resolve) => {
    const out = {};
    als.run('fs', () => {
      fs.readFile(__filename, () => {
        out.readFile = als.getStore();
        fs.stat(__filename, () => {
          out.stat = als.getStore();
          fs.readdir(__dirname, () => {
            out.readdir = als.getStore();
            fs.opendir(__dirname, (err, dir) => {
              out.opendir = als.getStore();
              dir.close(() => resolve(out));
            });
          });
        });
      });
    });
  });
  assert.deepStrictEqual(seen, { readFile: 'fs', stat: 'fs', readdir: 'fs', opendir: 'fs' });
  assert.strictEqual(als.getStore(), undefined);
});

checkAsync('fs.promises and dns.lookup keep the store', async () => {
  const seen = await als.run('p', async () => {
    await fs.promises.readFile(__filename);
    const afterRead = als.getStore();
    const viaLookup = await new Promise((resolve) => dns.lookup('127.0.0.1', () => resolve(als.getStore())));
    return [afterRead, viaLookup];
  });
  assert.deepStrictEqual(seen, ['p', 'p']);
});

checkAsync('http: server requests run in the listen() store, client callbacks in theirs', async () => {
  const out = [];
  await new Promise((resolve) => {
    const server = als.run('create', () => http.createServer((req, res) => {
      out.push(`handler ${als.getStore()}`);
      req.on('end', () => {
        out.push(`req end ${als.getStore()}`);
        res.end('ok');
      });
      req.resume();
    }));
    als.run('listen', () => server.listen(0, '127.0.0.1', () => {
      out.push(`listening ${als.getStore()}`);
      als.run('client', () => http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
        out.push(`response ${als.getStore()}`);
        res.on('data', () => out.push(`res data ${als.getStore()}`));
        res.on('end', () => {
          out.push(`res end ${als.getStore()}`);
          als.run('close', () => server.close(() => {
            out.push(`closed ${als.getStore()}`);
            resolve();
          }));
        });
      }));
    }));
  });
  assert.deepStrictEqual(out, [
    'listening listen', 'handler listen', 'req end listen',
    'response client', 'res data client', 'res end client', 'closed close',
  ]);
});

checkAsync('net: a client socket runs in the store it connected in', async () => {
  const out = [];
  await new Promise((resolve) => {
    const server = net.createServer((s) => s.end('hi'));
    server.listen(0, '127.0.0.1', () => {
      als.run('net', () => {
        const s = net.connect(server.address().port, '127.0.0.1', () => out.push(`connect ${als.getStore()}`));
        s.on('data', () => out.push(`data ${als.getStore()}`));
        s.on('end', () => out.push(`end ${als.getStore()}`));
        s.on('close', () => {
          out.push(`close ${als.getStore()}`);
          server.close(resolve);
        });
      });
    });
  });
  assert.deepStrictEqual(out, ['connect net', 'data net', 'end net', 'close net']);
});

checkAsync('fs streams, zlib, crypto and child_process callbacks keep the store', async () => {
  const zlib = require('zlib');
  const crypto = require('crypto');
  const { exec } = require('child_process');
  const seen = await new Promise((resolve) => {
    const out = {};
    let pending = 6;
    const mark = (name) => { out[name] = als.getStore(); if (--pending === 0) resolve(out); };
    als.run('io', () => {
      fs.createReadStream(__filename).on('data', () => {}).on('end', () => mark('readStream'));
      zlib.gzip('abc', () => mark('gzip'));
      zlib.createGzip().on('data', () => {}).on('end', () => mark('gzipStream')).end('abc');
      crypto.pbkdf2('a', 'b', 1, 8, 'sha256', () => mark('pbkdf2'));
      crypto.generateKeyPair('ed25519', {}, () => mark('generateKeyPair'));
      exec('true', () => mark('exec'));
    });
  });
  assert.deepStrictEqual(seen, {
    readStream: 'io', gzip: 'io', gzipStream: 'io', pbkdf2: 'io', generateKeyPair: 'io', exec: 'io',
  });
});
