'use strict';
// fs sync API: files, fds, stats, directories, links, paths given as strings/Buffers/URLs.
const { check, assert } = require('../check');
const fs = require('fs');
const path = require('path');
const os = require('os');
const { pathToFileURL } = require('url');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minode-fs-sync-'));
const p = (...a) => path.join(dir, ...a);

check('writeFileSync/readFileSync utf8 and Buffer', () => {
  fs.writeFileSync(p('a.txt'), 'héllo');
  assert.strictEqual(fs.readFileSync(p('a.txt'), 'utf8'), 'héllo');
  assert.strictEqual(fs.readFileSync(p('a.txt'), { encoding: 'utf-8' }), 'héllo');
  const b = fs.readFileSync(p('a.txt'));
  assert.ok(Buffer.isBuffer(b));
  assert.deepStrictEqual([...b], [...Buffer.from('héllo')]);
});

check('readFileSync other encodings', () => {
  fs.writeFileSync(p('b.bin'), Buffer.from([0xde, 0xad, 0xbe, 0xef]));
  assert.strictEqual(fs.readFileSync(p('b.bin'), 'hex'), 'deadbeef');
  assert.strictEqual(fs.readFileSync(p('b.bin'), 'base64'), '3q2+7w==');
  assert.strictEqual(fs.readFileSync(p('b.bin'), 'latin1').length, 4);
});

check('writeFileSync with encoding, typed arrays and DataView', () => {
  fs.writeFileSync(p('c.txt'), '68656c6c6f', 'hex');
  assert.strictEqual(fs.readFileSync(p('c.txt'), 'utf8'), 'hello');
  fs.writeFileSync(p('c.txt'), new Uint16Array([0x6968]));
  assert.strictEqual(fs.readFileSync(p('c.txt'), 'utf8'), 'hi');
  fs.writeFileSync(p('c.txt'), new DataView(new Uint8Array([0x6f, 0x6b]).buffer));
  assert.strictEqual(fs.readFileSync(p('c.txt'), 'utf8'), 'ok');
});

check('appendFileSync and flag a', () => {
  fs.writeFileSync(p('log.txt'), 'one');
  fs.appendFileSync(p('log.txt'), '-two');
  fs.writeFileSync(p('log.txt'), '-three', { flag: 'a' });
  assert.strictEqual(fs.readFileSync(p('log.txt'), 'utf8'), 'one-two-three');
  fs.appendFileSync(p('new.txt'), 'created');
  assert.strictEqual(fs.readFileSync(p('new.txt'), 'utf8'), 'created');
});

check('writeFileSync flag wx fails on existing file', () => {
  assert.throws(() => fs.writeFileSync(p('a.txt'), 'x', { flag: 'wx' }), { code: 'EEXIST', syscall: 'open' });
  fs.writeFileSync(p('wx.txt'), 'x', { flag: 'wx' });
  assert.strictEqual(fs.readFileSync(p('wx.txt'), 'utf8'), 'x');
});

check('writeFileSync mode', () => {
  fs.writeFileSync(p('mode.txt'), 'x', { mode: 0o600 });
  assert.strictEqual(fs.statSync(p('mode.txt')).mode & 0o777, 0o600);
});

check('open/write/read/close with positions', () => {
  const fd = fs.openSync(p('fd.txt'), 'w+');
  assert.strictEqual(typeof fd, 'number');
  assert.strictEqual(fs.writeSync(fd, 'abcdef'), 6);
  assert.strictEqual(fs.writeSync(fd, Buffer.from('XY'), 0, 2, 1), 2);
  const buf = Buffer.alloc(10);
  const n = fs.readSync(fd, buf, 0, 10, 0);
  assert.strictEqual(n, 6);
  assert.strictEqual(buf.toString('utf8', 0, n), 'aXYdef');
  assert.strictEqual(fs.readSync(fd, buf, { position: 4, length: 2 }), 2);
  assert.strictEqual(buf.toString('utf8', 0, 2), 'ef');
  assert.strictEqual(fs.readSync(fd, buf, 2, 3, 100), 0);
  fs.closeSync(fd);
});

check('write string with position and encoding', () => {
  const fd = fs.openSync(p('str.txt'), 'w');
  assert.strictEqual(fs.writeSync(fd, 'aabb', 0, 'hex'), 2);
  fs.closeSync(fd);
  assert.deepStrictEqual([...fs.readFileSync(p('str.txt'))], [0xaa, 0xbb]);
});

check('writevSync/readvSync', () => {
  const fd = fs.openSync(p('v.txt'), 'w+');
  assert.strictEqual(fs.writevSync(fd, [Buffer.from('ab'), Buffer.from('cde')]), 5);
  const a = Buffer.alloc(2); const b = Buffer.alloc(3);
  assert.strictEqual(fs.readvSync(fd, [a, b], 0), 5);
  assert.strictEqual(a.toString() + b.toString(), 'abcde');
  fs.closeSync(fd);
});

check('ftruncate/truncate/fstat/fsync/fdatasync', () => {
  fs.writeFileSync(p('t.txt'), '0123456789');
  fs.truncateSync(p('t.txt'), 4);
  assert.strictEqual(fs.readFileSync(p('t.txt'), 'utf8'), '0123');
  const fd = fs.openSync(p('t.txt'), 'r+');
  fs.ftruncateSync(fd, 2);
  fs.fsyncSync(fd);
  fs.fdatasyncSync(fd);
  assert.strictEqual(fs.fstatSync(fd).size, 2);
  fs.closeSync(fd);
  fs.truncateSync(p('t.txt'));
  assert.strictEqual(fs.statSync(p('t.txt')).size, 0);
});

check('readFileSync from an fd', () => {
  const fd = fs.openSync(p('a.txt'), 'r');
  assert.strictEqual(fs.readFileSync(fd, 'utf8'), 'héllo');
  fs.closeSync(fd);
});

check('Stats fields', () => {
  const st = fs.statSync(p('a.txt'));
  assert.ok(st instanceof fs.Stats);
  assert.ok(st.isFile());
  assert.ok(!st.isDirectory() && !st.isSymbolicLink() && !st.isFIFO() && !st.isSocket());
  assert.strictEqual(st.size, 6);
  for (const k of ['dev', 'ino', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'blocks',
    'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs']) assert.strictEqual(typeof st[k], 'number', k);
  for (const k of ['atime', 'mtime', 'ctime', 'birthtime']) assert.ok(st[k] instanceof Date, k);
  assert.strictEqual(st.nlink, 1);
  assert.ok(Math.abs(st.mtime.getTime() - st.mtimeMs) < 1);
  assert.deepStrictEqual(Object.keys(st), ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size',
    'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs', 'atime', 'mtime', 'ctime', 'birthtime']);
  assert.ok(fs.statSync(dir).isDirectory());
});

check('BigIntStats', () => {
  const st = fs.statSync(p('a.txt'), { bigint: true });
  assert.strictEqual(typeof st.size, 'bigint');
  assert.strictEqual(st.size, 6n);
  assert.strictEqual(typeof st.mtimeNs, 'bigint');
  assert.strictEqual(st.mtimeMs, st.mtimeNs / 1000000n);
  assert.ok(st.isFile());
  assert.ok(st.mtime instanceof Date);
});

check('statSync throwIfNoEntry: false', () => {
  assert.strictEqual(fs.statSync(p('missing'), { throwIfNoEntry: false }), undefined);
  assert.strictEqual(fs.lstatSync(p('missing'), { throwIfNoEntry: false }), undefined);
  assert.throws(() => fs.statSync(p('a.txt', 'x'), { throwIfNoEntry: false }), { code: 'ENOTDIR' });
});

check('mkdirSync recursive returns first created dir', () => {
  assert.strictEqual(fs.mkdirSync(p('m1', 'm2', 'm3'), { recursive: true }), p('m1'));
  assert.strictEqual(fs.mkdirSync(p('m1', 'm2'), { recursive: true }), undefined);
  assert.strictEqual(fs.mkdirSync(p('m0')), undefined);
  assert.ok(fs.statSync(p('m1', 'm2', 'm3')).isDirectory());
});

check('readdirSync plain, withFileTypes, recursive', () => {
  fs.mkdirSync(p('rd', 'sub', 'deep'), { recursive: true });
  fs.writeFileSync(p('rd', 'b.txt'), '');
  fs.writeFileSync(p('rd', 'a.txt'), '');
  fs.writeFileSync(p('rd', 'sub', 'c.txt'), '');
  assert.deepStrictEqual(fs.readdirSync(p('rd')), ['a.txt', 'b.txt', 'sub']);
  const ents = fs.readdirSync(p('rd'), { withFileTypes: true });
  assert.deepStrictEqual(ents.map((d) => [d.name, d.isFile(), d.isDirectory()]),
    [['a.txt', true, false], ['b.txt', true, false], ['sub', false, true]]);
  assert.ok(ents[0] instanceof fs.Dirent);
  assert.strictEqual(ents[0].path, p('rd'));
  assert.deepStrictEqual(fs.readdirSync(p('rd'), { recursive: true }),
    ['a.txt', 'b.txt', 'sub', path.join('sub', 'c.txt'), path.join('sub', 'deep')]);
  const r = fs.readdirSync(p('rd'), { recursive: true, withFileTypes: true });
  assert.deepStrictEqual(r.map((d) => path.relative(p('rd'), path.join(d.path, d.name))),
    ['a.txt', 'b.txt', 'sub', path.join('sub', 'c.txt'), path.join('sub', 'deep')]);
  const bufs = fs.readdirSync(p('rd'), { encoding: 'buffer' });
  assert.ok(Buffer.isBuffer(bufs[0]));
  assert.strictEqual(bufs[0].toString(), 'a.txt');
});

check('renameSync, copyFileSync, COPYFILE_EXCL', () => {
  fs.writeFileSync(p('r1'), 'data');
  fs.renameSync(p('r1'), p('r2'));
  assert.ok(!fs.existsSync(p('r1')));
  fs.copyFileSync(p('r2'), p('r3'));
  assert.strictEqual(fs.readFileSync(p('r3'), 'utf8'), 'data');
  assert.throws(() => fs.copyFileSync(p('r2'), p('r3'), fs.constants.COPYFILE_EXCL), { code: 'EEXIST', syscall: 'copyfile' });
});

check('symlink, readlink, lstat, link, realpath', () => {
  fs.writeFileSync(p('target'), 'T');
  fs.symlinkSync('target', p('sym'));
  assert.strictEqual(fs.readlinkSync(p('sym')), 'target');
  assert.ok(fs.lstatSync(p('sym')).isSymbolicLink());
  assert.ok(fs.statSync(p('sym')).isFile());
  assert.strictEqual(fs.readFileSync(p('sym'), 'utf8'), 'T');
  fs.linkSync(p('target'), p('hard'));
  assert.strictEqual(fs.statSync(p('target')).nlink, 2);
  const real = fs.realpathSync(dir);
  assert.strictEqual(fs.realpathSync(p('sym')), path.join(real, 'target'));
  assert.strictEqual(fs.realpathSync.native(p('sym')), path.join(real, 'target'));
  assert.ok(Buffer.isBuffer(fs.readlinkSync(p('sym'), 'buffer')));
});

check('chmod, utimes, lutimes, futimes', () => {
  fs.chmodSync(p('target'), 0o640);
  assert.strictEqual(fs.statSync(p('target')).mode & 0o777, 0o640);
  fs.chmodSync(p('target'), '755');
  assert.strictEqual(fs.statSync(p('target')).mode & 0o777, 0o755);
  fs.utimesSync(p('target'), 1000, new Date(2000000));
  const st = fs.statSync(p('target'));
  assert.strictEqual(st.atimeMs, 1000000);
  assert.strictEqual(st.mtimeMs, 2000000);
  fs.lutimesSync(p('sym'), 5, 6);
  assert.strictEqual(fs.lstatSync(p('sym')).mtimeMs, 6000);
  const fd = fs.openSync(p('target'), 'r');
  fs.futimesSync(fd, 7, 8.5);
  fs.closeSync(fd);
  assert.strictEqual(fs.statSync(p('target')).mtimeMs, 8500);
});

check('chown to own ids', () => {
  const st = fs.statSync(p('target'));
  fs.chownSync(p('target'), st.uid, st.gid);
  fs.lchownSync(p('sym'), st.uid, st.gid);
  const fd = fs.openSync(p('target'), 'r');
  fs.fchownSync(fd, st.uid, st.gid);
  fs.fchmodSync(fd, 0o600);
  fs.closeSync(fd);
  assert.strictEqual(fs.statSync(p('target')).mode & 0o777, 0o600);
});

check('accessSync and existsSync', () => {
  fs.accessSync(p('a.txt'));
  fs.accessSync(p('a.txt'), fs.constants.R_OK | fs.constants.W_OK);
  assert.throws(() => fs.accessSync(p('nope')), { code: 'ENOENT', syscall: 'access' });
  assert.strictEqual(fs.existsSync(p('a.txt')), true);
  assert.strictEqual(fs.existsSync(p('nope')), false);
  assert.strictEqual(fs.existsSync(), false);
  assert.strictEqual(fs.existsSync({}), false);
  assert.strictEqual(fs.existsSync('a\u0000b'), false);
});

check('Buffer and file: URL paths', () => {
  assert.strictEqual(fs.readFileSync(Buffer.from(p('a.txt')), 'utf8'), 'héllo');
  assert.strictEqual(fs.readFileSync(pathToFileURL(p('a.txt')), 'utf8'), 'héllo');
  assert.ok(fs.existsSync(pathToFileURL(p('a.txt'))));
  assert.ok(fs.statSync(new URL(pathToFileURL(dir).href + '/a.txt')).isFile());
});

check('rmSync, rmdirSync, unlinkSync', () => {
  fs.unlinkSync(p('r3'));
  assert.ok(!fs.existsSync(p('r3')));
  fs.rmdirSync(p('m0'));
  fs.rmSync(p('m1'), { recursive: true });
  assert.ok(!fs.existsSync(p('m1')));
  fs.rmSync(p('missing'), { force: true });
  fs.rmSync(p('r2'));
  assert.ok(!fs.existsSync(p('r2')));
});

check('mkdtempSync', () => {
  const t = fs.mkdtempSync(p('tmp-'));
  assert.ok(t.startsWith(p('tmp-')));
  assert.strictEqual(path.basename(t).length, 'tmp-'.length + 6);
  assert.ok(fs.statSync(t).isDirectory());
});

check('constants', () => {
  const c = fs.constants;
  assert.strictEqual(c.F_OK, 0); assert.strictEqual(c.R_OK, 4); assert.strictEqual(c.W_OK, 2); assert.strictEqual(c.X_OK, 1);
  assert.strictEqual(c.O_CREAT, 64); assert.strictEqual(c.O_APPEND, 1024); assert.strictEqual(c.S_IFDIR, 16384);
  assert.strictEqual(c.COPYFILE_EXCL, 1); assert.strictEqual(c.UV_FS_COPYFILE_FICLONE, 2);
  assert.strictEqual(fs.F_OK, 0);
});

check('statfsSync', () => {
  const s = fs.statfsSync(dir);
  assert.strictEqual(typeof s.bsize, 'number');
  assert.ok(s.blocks > 0);
});

check('numeric flags in openSync', () => {
  const { O_WRONLY, O_CREAT, O_TRUNC } = fs.constants;
  const fd = fs.openSync(p('num.txt'), O_WRONLY | O_CREAT | O_TRUNC, 0o644);
  fs.writeSync(fd, 'n');
  fs.closeSync(fd);
  assert.strictEqual(fs.readFileSync(p('num.txt'), 'utf8'), 'n');
});

fs.rmSync(dir, { recursive: true, force: true });
check('cleanup', () => assert.ok(!fs.existsSync(dir)));
