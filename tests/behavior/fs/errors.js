'use strict';
// Node-shaped fs errors: code, errno, syscall, path, dest, message — sync, callback and promise.
const { check, checkAsync, assert } = require('../check');
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minode-fs-err-'));
const p = (...a) => path.join(dir, ...a);
fs.writeFileSync(p('file'), 'x');
fs.mkdirSync(p('full'));
fs.writeFileSync(p('full', 'inner'), 'y');

function shape(fn) {
  try {
    fn();
  } catch (e) {
    return { name: e.name, message: e.message.split(dir).join('<dir>'), code: e.code, errno: e.errno,
      syscall: e.syscall, path: e.path && e.path.split(dir).join('<dir>'), dest: e.dest && e.dest.split(dir).join('<dir>'),
      isError: e instanceof Error };
  }
  throw new Error('did not throw');
}

check('ENOENT from readFileSync', () => {
  assert.deepStrictEqual(shape(() => fs.readFileSync(p('nope'))), {
    name: 'Error', message: "ENOENT: no such file or directory, open '<dir>/nope'", code: 'ENOENT', errno: -2,
    syscall: 'open', path: '<dir>/nope', dest: undefined, isError: true });
});

check('ENOENT from statSync/lstatSync', () => {
  assert.strictEqual(shape(() => fs.statSync(p('nope'))).message, "ENOENT: no such file or directory, stat '<dir>/nope'");
  assert.strictEqual(shape(() => fs.lstatSync(p('nope'))).syscall, 'lstat');
});

check('EEXIST from mkdirSync', () => {
  assert.deepStrictEqual(shape(() => fs.mkdirSync(p('full'))), {
    name: 'Error', message: "EEXIST: file already exists, mkdir '<dir>/full'", code: 'EEXIST', errno: -17,
    syscall: 'mkdir', path: '<dir>/full', dest: undefined, isError: true });
  assert.strictEqual(shape(() => fs.mkdirSync(p('file'), { recursive: true })).code, 'EEXIST');
});

check('EISDIR from readFileSync on a directory', () => {
  assert.deepStrictEqual(shape(() => fs.readFileSync(p('full'))), {
    name: 'Error', message: 'EISDIR: illegal operation on a directory, read', code: 'EISDIR', errno: -21,
    syscall: 'read', path: undefined, dest: undefined, isError: true });
});

check('ENOTDIR from readdirSync and mkdirSync', () => {
  assert.deepStrictEqual(shape(() => fs.readdirSync(p('file'))), {
    name: 'Error', message: "ENOTDIR: not a directory, scandir '<dir>/file'", code: 'ENOTDIR', errno: -20,
    syscall: 'scandir', path: '<dir>/file', dest: undefined, isError: true });
  assert.strictEqual(shape(() => fs.mkdirSync(p('file', 'x'), { recursive: true })).message,
    "ENOTDIR: not a directory, mkdir '<dir>/file/x'");
});

check('ENOTEMPTY from rmdirSync', () => {
  assert.deepStrictEqual(shape(() => fs.rmdirSync(p('full'))), {
    name: 'Error', message: "ENOTEMPTY: directory not empty, rmdir '<dir>/full'", code: 'ENOTEMPTY', errno: -39,
    syscall: 'rmdir', path: '<dir>/full', dest: undefined, isError: true });
});

check('EBADF from closeSync/fstatSync', () => {
  assert.deepStrictEqual(shape(() => fs.closeSync(9999)), {
    name: 'Error', message: 'EBADF: bad file descriptor, close', code: 'EBADF', errno: -9,
    syscall: 'close', path: undefined, dest: undefined, isError: true });
  assert.strictEqual(shape(() => fs.fstatSync(9999)).syscall, 'fstat');
});

check('two-path errors carry dest', () => {
  assert.deepStrictEqual(shape(() => fs.renameSync(p('nope'), p('other'))), {
    name: 'Error', message: "ENOENT: no such file or directory, rename '<dir>/nope' -> '<dir>/other'", code: 'ENOENT',
    errno: -2, syscall: 'rename', path: '<dir>/nope', dest: '<dir>/other', isError: true });
  assert.strictEqual(shape(() => fs.copyFileSync(p('nope'), p('x'))).message,
    "ENOENT: no such file or directory, copyfile '<dir>/nope' -> '<dir>/x'");
  assert.strictEqual(shape(() => fs.symlinkSync('file', p('file'))).message,
    "EEXIST: file already exists, symlink 'file' -> '<dir>/file'");
  assert.strictEqual(shape(() => fs.linkSync(p('nope'), p('y'))).syscall, 'link');
});

check('misc syscalls in messages', () => {
  assert.strictEqual(shape(() => fs.readlinkSync(p('file'))).message, "EINVAL: invalid argument, readlink '<dir>/file'");
  assert.strictEqual(shape(() => fs.utimesSync(p('nope'), 1, 1)).message, "ENOENT: no such file or directory, utime '<dir>/nope'");
  assert.strictEqual(shape(() => fs.truncateSync(p('nope'))).syscall, 'open');
  assert.strictEqual(shape(() => fs.realpathSync.native(p('nope'))).syscall, 'realpath');
  assert.strictEqual(shape(() => fs.realpathSync(p('nope'))).message, "ENOENT: no such file or directory, lstat '<dir>/nope'");
  assert.strictEqual(shape(() => fs.mkdtempSync(p('no', 'x-'))).message, "ENOENT: no such file or directory, mkdtemp '<dir>/no/x-XXXXXX'");
  assert.strictEqual(shape(() => fs.opendirSync(p('nope'))).message, 'ENOENT: no such file or directory, opendir');
  assert.strictEqual(shape(() => fs.unlinkSync(p('nope'))).syscall, 'unlink');
  assert.strictEqual(shape(() => fs.chmodSync(p('nope'), 0o644)).syscall, 'chmod');
});

check('rmSync: ENOENT via lstat, directory without recursive is ERR_FS_EISDIR', () => {
  assert.strictEqual(shape(() => fs.rmSync(p('nope'))).message, "ENOENT: no such file or directory, lstat '<dir>/nope'");
  let err;
  try { fs.rmSync(p('full')); } catch (e) { err = e; }
  assert.strictEqual(err.name, 'SystemError');
  assert.strictEqual(err.code, 'ERR_FS_EISDIR');
  assert.strictEqual(err.message.split(dir).join('<dir>'), 'Path is a directory: rm returned EISDIR (is a directory) <dir>/full');
  assert.strictEqual(err.errno, 21);
  assert.strictEqual(err.syscall, 'rm');
  assert.strictEqual(err.info.code, 'EISDIR');
});

check('ERR_INVALID_ARG_TYPE for bad paths', () => {
  assert.throws(() => fs.readFileSync(123.5), {
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: 'The "path" argument must be of type string or an instance of Buffer or URL. Received type number (123.5)' });
  assert.throws(() => fs.statSync({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "path" argument must be of type string or an instance of Buffer or URL. Received an instance of Object' });
  assert.throws(() => fs.statSync(undefined), {
    message: 'The "path" argument must be of type string or an instance of Buffer or URL. Received undefined' });
  assert.throws(() => fs.renameSync('a', null), { message: /^The "newPath" argument must be/ });
});

check('null bytes in paths', () => {
  assert.throws(() => fs.statSync('a\u0000b'), {
    code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError',
    message: "The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received 'a\\x00b'" });
});

check('non-file URLs are rejected', () => {
  assert.throws(() => fs.readFileSync(new URL('http://example.com/x')), { code: 'ERR_INVALID_URL_SCHEME', message: 'The URL must be of scheme file' });
});

check('missing callbacks throw ERR_INVALID_ARG_TYPE', () => {
  assert.throws(() => fs.readFile(p('file')), { code: 'ERR_INVALID_ARG_TYPE', message: 'The "cb" argument must be of type function. Received undefined' });
  assert.throws(() => fs.stat(p('file')), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.mkdir(p('zz')), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.writeFile(p('zz'), 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
});

check('option validation', () => {
  assert.throws(() => fs.readFileSync(p('file'), 'bogus'), { code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'encoding' is invalid encoding. Received 'bogus'" });
  assert.throws(() => fs.readFileSync(p('file'), 5), { code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be one of type string or object. Received type number (5)' });
  assert.throws(() => fs.openSync(p('file'), 'bogus'), { code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'flags' is invalid. Received 'bogus'" });
  assert.throws(() => fs.openSync(p('file'), 'r', 'abc'), { code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received 'abc'" });
  assert.throws(() => fs.writeFileSync(p('file'), 5), { code: 'ERR_INVALID_ARG_TYPE', message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)' });
  assert.throws(() => fs.mkdirSync(p('x'), { recursive: 'yes' }), { code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.recursive" property must be of type boolean. Received type string (\'yes\')' });
  assert.throws(() => fs.readSync('1', Buffer.alloc(2), 0, 1, 0), { code: 'ERR_INVALID_ARG_TYPE', message: 'The "fd" argument must be of type number. Received type string (\'1\')' });
  assert.throws(() => fs.readSync(0, Buffer.alloc(2), 1, 5, 0), { code: 'ERR_OUT_OF_RANGE', message: 'The value of "length" is out of range. It must be <= 1. Received 5' });
  assert.throws(() => fs.symlinkSync('a', p('b'), 'bogus'), { code: 'ERR_FS_INVALID_SYMLINK_TYPE', message: 'Symlink type must be one of "dir", "file", or "junction". Received "bogus"' });
});

checkAsync('callback error: ENOENT', () => new Promise((resolve, reject) => {
  fs.readFile(p('nope'), (err, data) => {
    try {
      assert.strictEqual(data, undefined);
      assert.strictEqual(err.code, 'ENOENT');
      assert.strictEqual(err.errno, -2);
      assert.strictEqual(err.syscall, 'open');
      assert.strictEqual(err.message.split(dir).join('<dir>'), "ENOENT: no such file or directory, open '<dir>/nope'");
      resolve();
    } catch (e) { reject(e); }
  });
}));

checkAsync('callback error: rm of a directory', () => new Promise((resolve, reject) => {
  fs.rm(p('full'), (err) => {
    try {
      assert.strictEqual(err.code, 'ERR_FS_EISDIR');
      resolve();
    } catch (e) { reject(e); }
  });
}));

checkAsync('promise errors', async () => {
  await assert.rejects(fs.promises.readFile(p('nope')), { code: 'ENOENT', syscall: 'open', errno: -2 });
  await assert.rejects(fs.promises.mkdir(p('full')), { code: 'EEXIST', syscall: 'mkdir' });
  await assert.rejects(fs.promises.rmdir(p('full')), { code: 'ENOTEMPTY' });
  await assert.rejects(fs.promises.readdir(p('file')), { code: 'ENOTDIR', syscall: 'scandir' });
  await assert.rejects(fs.promises.rename(p('nope'), p('x')), (e) => e.dest === p('x') && e.path === p('nope'));
  await assert.rejects(fs.promises.stat(42), { code: 'ERR_INVALID_ARG_TYPE' });
});

checkAsync('cleanup', async () => {
  await fs.promises.rm(dir, { recursive: true });
  assert.strictEqual(fs.existsSync(dir), false);
});
