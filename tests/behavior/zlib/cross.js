'use strict';
// Each runtime must decompress the other's output: this file compresses data, spawns the
// other runtime (node <-> minode) on the same file in "decode" mode, and compares.
const path = require('path');
const fs = require('fs');
const os = require('os');
const zlib = require('zlib');

const formats = ['gzip', 'deflate', 'deflateRaw', 'brotliCompress'];
const inverse = { gzip: 'gunzip', deflate: 'inflate', deflateRaw: 'inflateRaw', brotliCompress: 'brotliDecompress' };

function data() {
  const parts = [];
  let s = 1;
  for (let i = 0; i < 40000; i++) { s = (s * 69069 + 1) >>> 0; parts.push((s >>> 20).toString(36)); }
  return Buffer.from(parts.join(' '));
}

// Child mode: decode every file named in argv and encode the data for the parent.
if (process.argv[2] === 'child') {
  const dir = process.argv[3];
  const input = data();
  const result = {};
  for (const f of formats) {
    const packed = fs.readFileSync(path.join(dir, `${f}.in`));
    result[f] = zlib[`${inverse[f]}Sync`](packed).equals(input);
    fs.writeFileSync(path.join(dir, `${f}.out`), zlib[`${f}Sync`](input, f === 'brotliCompress' ? {} : { level: 7 }));
  }
  process.stdout.write(JSON.stringify(result));
  return;
}

const { checkAsync, assert } = require('../check');
const isMinode = !/(^|\/)node$/.test(process.execPath);
const other = isMinode ? 'node' : (process.env.MINODE || path.join(__dirname, '..', '..', '..', 'target', 'release', 'minode'));

checkAsync('node and minode decompress each other\'s output', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zlib-cross-'));
  const input = data();
  for (const f of formats) fs.writeFileSync(path.join(dir, `${f}.in`), zlib[`${f}Sync`](input));
  const { spawn } = require('child_process');
  const out = await new Promise((resolve, reject) => {
    const child = spawn(other, [__filename, 'child', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (d) => { text += d; });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`child exited ${code}`))));
  });
  assert.deepStrictEqual(JSON.parse(out), { gzip: true, deflate: true, deflateRaw: true, brotliCompress: true });
  for (const f of formats) {
    assert.ok(zlib[`${inverse[f]}Sync`](fs.readFileSync(path.join(dir, `${f}.out`))).equals(input), f);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}, 30000);
