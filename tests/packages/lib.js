'use strict';
// Tiny helpers for the package acceptance tests (plain http client, no deps).
const http = require('http');
const assert = require('assert');

function fetchText(port, path, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { data += d; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: data }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

let failed = 0;
let passed = 0;
async function test(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok ${name}`);
  } catch (e) {
    failed++;
    process.exitCode = 1;
    console.log(`FAIL ${name}\n  ${String(e && e.stack || e).split('\n').join('\n  ')}`);
  }
}
process.on('exit', () => console.log(`# checks: ${passed} passed, ${failed} failed`));

module.exports = { fetchText, test, assert };
