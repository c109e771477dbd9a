'use strict';
// fs.ReadStream / fs.WriteStream.
const { checkAsync, assert } = require('../check');
const fs = require('fs');
const path = require('path');
const os = require('os');
const { pipeline } = require('stream/promises');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minode-fs-streams-'));
const p = (...a) => path.join(dir, ...a);
fs.writeFileSync(p('digits.txt'), '0123456789');
const big = Buffer.alloc(200 * 1024);
for (let i = 0; i < big.length; i++) big[i] = i % 251;
fs.writeFileSync(p('big.bin'), big);

function collect(stream) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('error', reject);
    stream.on('end', () => resolve(chunks));
  });
}

checkAsync('createReadStream events and properties', async () => {
  const rs = fs.createReadStream(p('digits.txt'));
  assert.ok(rs instanceof fs.ReadStream);
  assert.strictEqual(rs.path, p('digits.txt'));
  assert.strictEqual(rs.pending, true);
  assert.strictEqual(rs.bytesRead, 0);
  const events = [];
  rs.on('open', (fd) => events.push(['open', typeof fd]));
  rs.on('ready', () => events.push(['ready']));
  rs.on('close', () => events.push(['close']));
  const chunks = await collect(rs);
  assert.strictEqual(Buffer.concat(chunks).toString(), '0123456789');
  assert.strictEqual(rs.bytesRead, 10);
  await new Promise((r) => (rs.closed ? r() : rs.on('close', r)));
  assert.deepStrictEqual(events, [['open', 'number'], ['ready'], ['close']]);
  assert.strictEqual(rs.fd, null);
});

checkAsync('createReadStream start/end (inclusive)', async () => {
  const s = Buffer.concat(await collect(fs.createReadStream(p('digits.txt'), { start: 2, end: 5 }))).toString();
  assert.strictEqual(s, '2345');
  const t = Buffer.concat(await collect(fs.createReadStream(p('digits.txt'), { start: 7 }))).toString();
  assert.strictEqual(t, '789');
  const u = Buffer.concat(await collect(fs.createReadStream(p('digits.txt'), { end: 0 }))).toString();
  assert.strictEqual(u, '0');
});

checkAsync('createReadStream highWaterMark and encoding', async () => {
  const chunks = await collect(fs.createReadStream(p('digits.txt'), { highWaterMark: 3, encoding: 'utf8' }));
  assert.deepStrictEqual(chunks, ['012', '345', '678', '9']);
  const hex = await collect(fs.createReadStream(p('digits.txt'), 'hex'));
  assert.strictEqual(hex.join(''), Buffer.from('0123456789').toString('hex'));
});

checkAsync('createReadStream big file in 64 KiB chunks', async () => {
  const chunks = await collect(fs.createReadStream(p('big.bin')));
  assert.deepStrictEqual(chunks.map((c) => c.length), [65536, 65536, 65536, 8192]);
  assert.ok(Buffer.concat(chunks).equals(big));
});

checkAsync('createReadStream from fd, autoClose false', async () => {
  const fd = fs.openSync(p('digits.txt'), 'r');
  const rs = fs.createReadStream(null, { fd, autoClose: false, start: 5 });
  let opened = false;
  rs.on('open', () => { opened = true; });
  const s = Buffer.concat(await collect(rs)).toString();
  assert.strictEqual(s, '56789');
  assert.strictEqual(opened, false);
  assert.strictEqual(fs.fstatSync(fd).size, 10); // still open
  fs.closeSync(fd);
});

checkAsync('createReadStream error for a missing file', async () => {
  const rs = fs.createReadStream(p('missing.txt'));
  const err = await new Promise((resolve) => rs.on('error', resolve));
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
});

checkAsync('createReadStream option validation', async () => {
  assert.throws(() => fs.createReadStream(p('digits.txt'), { start: 5, end: 2 }), {
    code: 'ERR_OUT_OF_RANGE', message: 'The value of "start" is out of range. It must be <= "end" (here: 2). Received 5' });
  assert.throws(() => fs.createReadStream(p('digits.txt'), { start: -1 }), { code: 'ERR_OUT_OF_RANGE' });
});

checkAsync('destroying a ReadStream closes it', async () => {
  const rs = fs.createReadStream(p('big.bin'), { highWaterMark: 1024 });
  await new Promise((resolve) => rs.once('data', resolve));
  rs.destroy();
  await new Promise((resolve) => rs.on('close', resolve));
  assert.ok(rs.destroyed);
});

checkAsync('createWriteStream events, bytesWritten, finish/close', async () => {
  const ws = fs.createWriteStream(p('out.txt'));
  assert.ok(ws instanceof fs.WriteStream);
  assert.strictEqual(ws.pending, true);
  const events = [];
  ws.on('open', () => events.push('open'));
  ws.on('ready', () => events.push('ready'));
  ws.on('finish', () => events.push('finish'));
  const closed = new Promise((resolve) => ws.on('close', () => { events.push('close'); resolve(); }));
  ws.write('hello ');
  ws.write(Buffer.from('world'));
  ws.end('!');
  await closed;
  assert.deepStrictEqual(events, ['open', 'ready', 'finish', 'close']);
  assert.strictEqual(ws.bytesWritten, 12);
  assert.strictEqual(fs.readFileSync(p('out.txt'), 'utf8'), 'hello world!');
});

checkAsync('createWriteStream flags a and start', async () => {
  const ws = fs.createWriteStream(p('out.txt'), { flags: 'a' });
  ws.end('+more');
  await new Promise((r) => ws.on('close', r));
  assert.strictEqual(fs.readFileSync(p('out.txt'), 'utf8'), 'hello world!+more');
  const ws2 = fs.createWriteStream(p('out.txt'), { flags: 'r+', start: 6 });
  ws2.end('WORLD');
  await new Promise((r) => ws2.on('close', r));
  assert.strictEqual(fs.readFileSync(p('out.txt'), 'utf8'), 'hello WORLD!+more');
});

checkAsync('createWriteStream many writes (writev path)', async () => {
  const ws = fs.createWriteStream(p('many.txt'), { highWaterMark: 16 });
  for (let i = 0; i < 100; i++) ws.write(`${i},`);
  ws.end();
  await new Promise((r) => ws.on('close', r));
  const expected = Array.from({ length: 100 }, (_, i) => `${i},`).join('');
  assert.strictEqual(fs.readFileSync(p('many.txt'), 'utf8'), expected);
  assert.strictEqual(ws.bytesWritten, expected.length);
});

checkAsync('createWriteStream error (wx on existing file)', async () => {
  const ws = fs.createWriteStream(p('out.txt'), { flags: 'wx' });
  const err = await new Promise((resolve) => ws.on('error', resolve));
  assert.strictEqual(err.code, 'EEXIST');
});

checkAsync('pipeline read -> write copies a file', async () => {
  await pipeline(fs.createReadStream(p('big.bin')), fs.createWriteStream(p('big2.bin')));
  assert.ok(fs.readFileSync(p('big2.bin')).equals(big));
});

checkAsync('WriteStream.close(cb)', async () => {
  const ws = fs.createWriteStream(p('close.txt'));
  ws.write('x');
  await new Promise((resolve) => ws.close(resolve));
  assert.strictEqual(fs.readFileSync(p('close.txt'), 'utf8'), 'x');
});

checkAsync('FileHandle.createReadStream/createWriteStream', async () => {
  const fh = await fs.promises.open(p('digits.txt'));
  const s = Buffer.concat(await collect(fh.createReadStream({ start: 1, end: 3 }))).toString();
  assert.strictEqual(s, '123');
  const wh = await fs.promises.open(p('fhw.txt'), 'w');
  const ws = wh.createWriteStream();
  ws.end('via handle');
  await new Promise((r) => ws.on('close', r));
  assert.strictEqual(fs.readFileSync(p('fhw.txt'), 'utf8'), 'via handle');
});

checkAsync('cleanup', async () => {
  fs.rmSync(dir, { recursive: true });
  assert.strictEqual(fs.existsSync(dir), false);
});
