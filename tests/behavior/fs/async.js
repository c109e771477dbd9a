'use strict';
// Callback and promise forms, FileHandle.
const { checkAsync, assert } = require('../check');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');
const util = require('util');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minode-fs-async-'));
const p = (...a) => path.join(dir, ...a);
const cb = (fn, ...args) => new Promise((resolve, reject) => fn(...args, (err, ...rest) => (err ? reject(err) : resolve(rest))));

checkAsync('fs.promises is fs/promises', () => {
  assert.strictEqual(fs.promises, fsp);
  assert.strictEqual(fsp.constants, fs.constants);
});

checkAsync('callback writeFile/readFile/appendFile', async () => {
  await cb(fs.writeFile, p('a.txt'), 'abc');
  await cb(fs.appendFile, p('a.txt'), 'def');
  const [s] = await cb(fs.readFile, p('a.txt'), 'utf8');
  assert.strictEqual(s, 'abcdef');
  const [b] = await cb(fs.readFile, p('a.txt'));
  assert.ok(Buffer.isBuffer(b));
  assert.strictEqual(b.toString('base64'), 'YWJjZGVm');
});

checkAsync('callback open/write/read/close', async () => {
  const [fd] = await cb(fs.open, p('fd.txt'), 'w+');
  const [written, buf0] = await cb(fs.write, fd, Buffer.from('hello world'), 0, 11, 0);
  assert.strictEqual(written, 11);
  assert.strictEqual(buf0.toString(), 'hello world');
  const [w2, str] = await cb(fs.write, fd, 'HELLO', 0);
  assert.strictEqual(w2, 5);
  assert.strictEqual(str, 'HELLO');
  const buf = Buffer.alloc(20);
  const [n, same] = await cb(fs.read, fd, buf, 2, 11, 0);
  assert.strictEqual(n, 11);
  assert.strictEqual(same, buf);
  assert.strictEqual(buf.toString('utf8', 2, 13), 'HELLO world');
  const [n2, b2] = await cb(fs.read, fd, { buffer: Buffer.alloc(5), position: 6 });
  assert.strictEqual(b2.toString('utf8', 0, n2), 'world');
  const [st] = await cb(fs.fstat, fd);
  assert.strictEqual(st.size, 11);
  await cb(fs.ftruncate, fd, 5);
  await cb(fs.fsync, fd);
  await cb(fs.fdatasync, fd);
  await cb(fs.close, fd);
  assert.strictEqual(fs.readFileSync(p('fd.txt'), 'utf8'), 'HELLO');
});

checkAsync('util.promisify(fs.read) returns {bytesRead, buffer}', async () => {
  const fd = fs.openSync(p('a.txt'), 'r');
  const r = await util.promisify(fs.read)(fd, Buffer.alloc(3), 0, 3, 0);
  assert.strictEqual(r.bytesRead, 3);
  assert.strictEqual(r.buffer.toString(), 'abc');
  const w = await util.promisify(fs.write)(fs.openSync(p('pw.txt'), 'w'), Buffer.from('x'));
  assert.strictEqual(w.bytesWritten, 1);
  fs.closeSync(fd);
  assert.strictEqual(await util.promisify(fs.exists)(p('a.txt')), true);
  assert.strictEqual(await util.promisify(fs.exists)(p('nope')), false);
});

checkAsync('callback stat/lstat/mkdir/readdir/rename/unlink/rmdir', async () => {
  const [st] = await cb(fs.stat, p('a.txt'));
  assert.ok(st.isFile());
  const [big] = await cb(fs.stat, p('a.txt'), { bigint: true });
  assert.strictEqual(big.size, 6n);
  const [first] = await cb(fs.mkdir, p('d1', 'd2'), { recursive: true });
  assert.strictEqual(first, p('d1'));
  const [noRet] = await cb(fs.mkdir, p('d3'));
  assert.strictEqual(noRet, undefined);
  fs.writeFileSync(p('d1', 'f'), '');
  const [names] = await cb(fs.readdir, p('d1'));
  assert.deepStrictEqual(names, ['d2', 'f']);
  const [ents] = await cb(fs.readdir, p('d1'), { withFileTypes: true });
  assert.deepStrictEqual(ents.map((e) => e.isDirectory()), [true, false]);
  const [rec] = await cb(fs.readdir, p('d1'), { recursive: true });
  assert.deepStrictEqual(rec, ['d2', 'f']);
  await cb(fs.rename, p('d1', 'f'), p('d1', 'g'));
  await cb(fs.unlink, p('d1', 'g'));
  await cb(fs.rmdir, p('d1', 'd2'));
  await cb(fs.rmdir, p('d3'));
  const [left] = await cb(fs.readdir, p('d1'));
  assert.deepStrictEqual(left, []);
});

checkAsync('callback access/exists/copyFile/symlink/readlink/realpath/mkdtemp', async () => {
  await cb(fs.access, p('a.txt'), fs.constants.R_OK);
  await assert.rejects(cb(fs.access, p('nope')), { code: 'ENOENT' });
  const existsA = await new Promise((r) => fs.exists(p('a.txt'), r));
  assert.strictEqual(existsA, true);
  await cb(fs.copyFile, p('a.txt'), p('copy.txt'));
  await assert.rejects(cb(fs.copyFile, p('a.txt'), p('copy.txt'), fs.constants.COPYFILE_EXCL), { code: 'EEXIST' });
  await cb(fs.symlink, 'a.txt', p('link'));
  const [t] = await cb(fs.readlink, p('link'));
  assert.strictEqual(t, 'a.txt');
  const [rp] = await cb(fs.realpath, p('link'));
  assert.strictEqual(rp, path.join(fs.realpathSync(dir), 'a.txt'));
  const [rpn] = await cb(fs.realpath.native, p('link'));
  assert.strictEqual(rpn, rp);
  const [tmp] = await cb(fs.mkdtemp, p('t-'));
  assert.ok(fs.statSync(tmp).isDirectory());
  await cb(fs.rm, tmp, { recursive: true });
  await cb(fs.rm, p('nope'), { force: true });
});

checkAsync('callback chmod/utimes/truncate/link', async () => {
  await cb(fs.chmod, p('copy.txt'), 0o600);
  assert.strictEqual(fs.statSync(p('copy.txt')).mode & 0o777, 0o600);
  await cb(fs.utimes, p('copy.txt'), 100, 200);
  assert.strictEqual(fs.statSync(p('copy.txt')).mtimeMs, 200000);
  await cb(fs.truncate, p('copy.txt'), 2);
  assert.strictEqual(fs.readFileSync(p('copy.txt'), 'utf8'), 'ab');
  await cb(fs.link, p('copy.txt'), p('hard.txt'));
  assert.strictEqual(fs.statSync(p('hard.txt')).nlink, 2);
});

checkAsync('writev/readv callbacks', async () => {
  const fd = fs.openSync(p('v.txt'), 'w+');
  const [n] = await cb(fs.writev, fd, [Buffer.from('12'), Buffer.from('345')], 0);
  assert.strictEqual(n, 5);
  const a = Buffer.alloc(3); const b = Buffer.alloc(2);
  const [m, bufs] = await cb(fs.readv, fd, [a, b], 0);
  assert.strictEqual(m, 5);
  assert.strictEqual(bufs[0].toString() + bufs[1].toString(), '12345');
  fs.closeSync(fd);
});

checkAsync('callbacks run asynchronously, after sync code', async () => {
  const order = [];
  await new Promise((resolve) => {
    fs.stat(p('a.txt'), () => { order.push('cb'); resolve(); });
    order.push('sync');
  });
  assert.deepStrictEqual(order, ['sync', 'cb']);
});

checkAsync('readFile with an aborted signal', async () => {
  const ac = new AbortController();
  ac.abort();
  await assert.rejects(fsp.readFile(p('a.txt'), { signal: ac.signal }), { name: 'AbortError' });
  const err = await new Promise((r) => fs.readFile(p('a.txt'), { signal: ac.signal }, r));
  assert.strictEqual(err.name, 'AbortError');
});

checkAsync('promises: readFile/writeFile/appendFile/stat/readdir/mkdir/rm', async () => {
  await fsp.writeFile(p('pa.txt'), 'one');
  await fsp.appendFile(p('pa.txt'), Buffer.from('two'));
  assert.strictEqual(await fsp.readFile(p('pa.txt'), 'utf8'), 'onetwo');
  assert.strictEqual((await fsp.readFile(p('pa.txt'))).length, 6);
  assert.strictEqual((await fsp.stat(p('pa.txt'))).size, 6);
  assert.ok((await fsp.lstat(p('link'))).isSymbolicLink());
  assert.strictEqual(await fsp.mkdir(p('pd', 'x'), { recursive: true }), p('pd'));
  await fsp.writeFile(p('pd', 'x', 'f'), '');
  assert.deepStrictEqual(await fsp.readdir(p('pd'), { recursive: true }), ['x', path.join('x', 'f')]);
  assert.deepStrictEqual((await fsp.readdir(p('pd'), { withFileTypes: true })).map((d) => d.name), ['x']);
  await fsp.rm(p('pd'), { recursive: true });
  await assert.rejects(fsp.access(p('pd')), { code: 'ENOENT' });
  await fsp.access(p('pa.txt'));
});

checkAsync('promises: writeFile from iterables', async () => {
  await fsp.writeFile(p('it.txt'), ['a', 'b', Buffer.from('c')]);
  assert.strictEqual(fs.readFileSync(p('it.txt'), 'utf8'), 'abc');
  async function* gen() { yield 'x'; yield 'y'; }
  await fsp.writeFile(p('it.txt'), gen());
  assert.strictEqual(fs.readFileSync(p('it.txt'), 'utf8'), 'xy');
  await fsp.writeFile(p('it.txt'), 'flushed', { flush: true });
  assert.strictEqual(fs.readFileSync(p('it.txt'), 'utf8'), 'flushed');
});

checkAsync('promises: copyFile/rename/symlink/readlink/realpath/mkdtemp/truncate/utimes/chmod/unlink', async () => {
  await fsp.copyFile(p('pa.txt'), p('pb.txt'));
  await fsp.rename(p('pb.txt'), p('pc.txt'));
  await fsp.symlink('pc.txt', p('plink'));
  assert.strictEqual(await fsp.readlink(p('plink')), 'pc.txt');
  assert.strictEqual(await fsp.realpath(p('plink')), path.join(fs.realpathSync(dir), 'pc.txt'));
  const t = await fsp.mkdtemp(p('pt-'));
  await fsp.rmdir(t);
  await fsp.truncate(p('pc.txt'), 3);
  assert.strictEqual(fs.readFileSync(p('pc.txt'), 'utf8'), 'one');
  await fsp.utimes(p('pc.txt'), new Date(5000), new Date(6000));
  assert.strictEqual(fs.statSync(p('pc.txt')).mtimeMs, 6000);
  await fsp.chmod(p('pc.txt'), 0o644);
  await fsp.unlink(p('plink'));
  assert.strictEqual(fs.existsSync(p('plink')), false);
});

checkAsync('FileHandle basics', async () => {
  const fh = await fsp.open(p('fh.txt'), 'w+');
  assert.strictEqual(typeof fh.fd, 'number');
  const w = await fh.write('hello');
  assert.strictEqual(w.bytesWritten, 5);
  const w2 = await fh.write(Buffer.from('XX'), 0, 2, 1);
  assert.strictEqual(w2.bytesWritten, 2);
  const r = await fh.read(Buffer.alloc(10), 0, 10, 0);
  assert.strictEqual(r.bytesRead, 5);
  assert.strictEqual(r.buffer.toString('utf8', 0, 5), 'hXXlo');
  const r2 = await fh.read({ buffer: Buffer.alloc(3), position: 2 });
  assert.strictEqual(r2.buffer.toString(), 'Xlo');
  assert.strictEqual((await fh.stat()).size, 5);
  await fh.truncate(4);
  await fh.sync();
  await fh.datasync();
  assert.strictEqual(await fh.readFile('utf8'), '');
  const st = await fh.stat({ bigint: true });
  assert.strictEqual(st.size, 4n);
  await fh.close();
  assert.strictEqual(fh.fd, -1);
  await assert.rejects(fh.read(Buffer.alloc(1), 0, 1, 0), { code: 'EBADF' });
});

checkAsync('FileHandle readFile/writeFile/appendFile/readv/writev', async () => {
  const fh = await fsp.open(p('fh2.txt'), 'w+');
  await fh.writeFile('abc');
  await fh.appendFile('def');
  const { bytesWritten } = await fh.writev([Buffer.from('g'), Buffer.from('h')]);
  assert.strictEqual(bytesWritten, 2);
  const a = Buffer.alloc(4); const b = Buffer.alloc(4);
  const { bytesRead, buffers } = await fh.readv([a, b], 0);
  assert.strictEqual(bytesRead, 8);
  assert.strictEqual(Buffer.concat(buffers).toString(), 'abcdefgh');
  await fh.close();
  const fh3 = await fsp.open(p('fh2.txt'));
  assert.strictEqual(await fh3.readFile({ encoding: 'utf8' }), 'abcdefgh');
  let closed = false;
  fh3.on('close', () => { closed = true; });
  await fh3.close();
  assert.ok(closed);
  assert.strictEqual(await fsp.readFile(p('fh2.txt'), 'utf8'), 'abcdefgh');
});

checkAsync('FileHandle.readLines and fs.openAsBlob', async () => {
  fs.writeFileSync(p('lines.txt'), 'l1\nl2\r\nl3');
  const fh = await fsp.open(p('lines.txt'));
  const lines = [];
  for await (const line of fh.readLines()) lines.push(line);
  assert.deepStrictEqual(lines, ['l1', 'l2', 'l3']);
  const blob = await fs.openAsBlob(p('lines.txt'));
  assert.strictEqual(blob.size, 9);
  assert.strictEqual(await blob.text(), 'l1\nl2\r\nl3');
});

checkAsync('cleanup', async () => {
  await fsp.rm(dir, { recursive: true, force: true });
  assert.strictEqual(fs.existsSync(dir), false);
});
