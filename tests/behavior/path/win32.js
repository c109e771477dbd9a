'use strict';
// path.win32 (drives, UNC roots, device paths) against tables of Node's answers.
const { check, assert } = require('../check');
// win32.resolve of a drive-relative path uses process.cwd() (here a POSIX path).
const winCwd = process.cwd().replace(/\//g, '\\');
const path = require('path');

const tables = {
  wnormalize: [
    ["", "."],
    ["\\", "\\"],
    ["C:", "C:."],
    ["C:\\", "C:\\"],
    ["c:/a/b", "c:\\a\\b"],
    ["C:a\\b", "C:a\\b"],
    ["\\\\server\\share", "\\\\server\\share\\"],
    ["\\\\server\\share\\x\\..\\..", "\\\\server\\share\\"],
    ["//server/share/f.txt", "\\\\server\\share\\f.txt"],
    ["a\\..\\..\\b", "..\\b"],
    ["C:\\a\\..\\..", "C:\\"],
    ["\\\\?\\C:\\x\\..", "\\\\?\\C:"],
    ["\\\\.\\pipe\\x", "\\\\.\\pipe\\x"],
    ["a/b\\c.d", "a\\b\\c.d"],
    ["C:\\x.", "C:\\x."],
    ["a/../c:/b", ".\\c:\\b"],
    ["file.tar.gz", "file.tar.gz"],
    ["\\foo\\", "\\foo\\"],
  ],
  wisAbsolute: [
    ["", false],
    ["\\", true],
    ["C:", false],
    ["C:\\", true],
    ["c:/a/b", true],
    ["C:a\\b", false],
    ["\\\\server\\share", true],
    ["\\\\server\\share\\x\\..\\..", true],
    ["//server/share/f.txt", true],
    ["a\\..\\..\\b", false],
    ["C:\\a\\..\\..", true],
    ["\\\\?\\C:\\x\\..", true],
    ["\\\\.\\pipe\\x", true],
    ["a/b\\c.d", false],
    ["C:\\x.", true],
    ["a/../c:/b", false],
    ["file.tar.gz", false],
    ["\\foo\\", true],
  ],
  wdirname: [
    ["", "."],
    ["\\", "\\"],
    ["C:", "C:"],
    ["C:\\", "C:\\"],
    ["c:/a/b", "c:/a"],
    ["C:a\\b", "C:a"],
    ["\\\\server\\share", "\\\\server\\share"],
    ["\\\\server\\share\\x\\..\\..", "\\\\server\\share\\x\\.."],
    ["//server/share/f.txt", "//server/share/"],
    ["a\\..\\..\\b", "a\\..\\.."],
    ["C:\\a\\..\\..", "C:\\a\\.."],
    ["\\\\?\\C:\\x\\..", "\\\\?\\C:\\x"],
    ["\\\\.\\pipe\\x", "\\\\.\\pipe\\"],
    ["a/b\\c.d", "a/b"],
    ["C:\\x.", "C:\\"],
    ["a/../c:/b", "a/../c:"],
    ["file.tar.gz", "."],
    ["\\foo\\", "\\"],
  ],
  wbasename: [
    ["", ""],
    ["\\", ""],
    ["C:", ""],
    ["C:\\", ""],
    ["c:/a/b", "b"],
    ["C:a\\b", "b"],
    ["\\\\server\\share", "share"],
    ["\\\\server\\share\\x\\..\\..", ".."],
    ["//server/share/f.txt", "f.txt"],
    ["a\\..\\..\\b", "b"],
    ["C:\\a\\..\\..", ".."],
    ["\\\\?\\C:\\x\\..", ".."],
    ["\\\\.\\pipe\\x", "x"],
    ["a/b\\c.d", "c.d"],
    ["C:\\x.", "x."],
    ["a/../c:/b", "b"],
    ["file.tar.gz", "file.tar.gz"],
    ["\\foo\\", "foo"],
  ],
  wextname: [
    ["", ""],
    ["\\", ""],
    ["C:", ""],
    ["C:\\", ""],
    ["c:/a/b", ""],
    ["C:a\\b", ""],
    ["\\\\server\\share", ""],
    ["\\\\server\\share\\x\\..\\..", ""],
    ["//server/share/f.txt", ".txt"],
    ["a\\..\\..\\b", ""],
    ["C:\\a\\..\\..", ""],
    ["\\\\?\\C:\\x\\..", ""],
    ["\\\\.\\pipe\\x", ""],
    ["a/b\\c.d", ".d"],
    ["C:\\x.", "."],
    ["a/../c:/b", ""],
    ["file.tar.gz", ".gz"],
    ["\\foo\\", ""],
  ],
  wparse: [
    ["", {"root": "", "dir": "", "base": "", "ext": "", "name": ""}],
    ["\\", {"root": "\\", "dir": "\\", "base": "", "ext": "", "name": ""}],
    ["C:", {"root": "C:", "dir": "C:", "base": "", "ext": "", "name": ""}],
    ["C:\\", {"root": "C:\\", "dir": "C:\\", "base": "", "ext": "", "name": ""}],
    ["c:/a/b", {"root": "c:/", "dir": "c:/a", "base": "b", "ext": "", "name": "b"}],
    ["C:a\\b", {"root": "C:", "dir": "C:a", "base": "b", "ext": "", "name": "b"}],
    ["\\\\server\\share", {"root": "\\\\server\\share", "dir": "\\\\server\\share", "base": "", "ext": "", "name": ""}],
    ["\\\\server\\share\\x\\..\\..", {"root": "\\\\server\\share\\", "dir": "\\\\server\\share\\x\\..", "base": "..", "ext": "", "name": ".."}],
    ["//server/share/f.txt", {"root": "//server/share/", "dir": "//server/share/", "base": "f.txt", "ext": ".txt", "name": "f"}],
    ["a\\..\\..\\b", {"root": "", "dir": "a\\..\\..", "base": "b", "ext": "", "name": "b"}],
    ["C:\\a\\..\\..", {"root": "C:\\", "dir": "C:\\a\\..", "base": "..", "ext": "", "name": ".."}],
    ["\\\\?\\C:\\x\\..", {"root": "\\\\?\\C:\\", "dir": "\\\\?\\C:\\x", "base": "..", "ext": "", "name": ".."}],
    ["\\\\.\\pipe\\x", {"root": "\\\\.\\pipe\\", "dir": "\\\\.\\pipe\\", "base": "x", "ext": "", "name": "x"}],
    ["a/b\\c.d", {"root": "", "dir": "a/b", "base": "c.d", "ext": ".d", "name": "c"}],
    ["C:\\x.", {"root": "C:\\", "dir": "C:\\", "base": "x.", "ext": ".", "name": "x"}],
    ["a/../c:/b", {"root": "", "dir": "a/../c:", "base": "b", "ext": "", "name": "b"}],
    ["file.tar.gz", {"root": "", "dir": "", "base": "file.tar.gz", "ext": ".gz", "name": "file.tar"}],
    ["\\foo\\", {"root": "\\", "dir": "\\", "base": "foo", "ext": "", "name": "foo"}],
  ],
  wjoin: [
    [["C:", "a"], "C:\\a"],
    [["\\\\server", "share"], "\\\\server\\share\\"],
    [["//", "a"], "\\a"],
    [["a", "\\\\b"], "a\\b"],
    [["C:\\", "..", "x"], "C:\\x"],
    [["\\\\a\\b", "c"], "\\\\a\\b\\c"],
  ],
  wrelative: [
    [["C:\\a\\b", "C:\\a\\c"], "..\\c"],
    [["C:\\A\\b", "c:\\a\\B\\x"], "x"],
    [["C:\\a", "D:\\b"], "D:\\b"],
    [["\\\\s\\h\\a", "\\\\s\\h\\b"], "..\\b"],
    [["C:\\a\\b", "C:\\"], "..\\.."],
  ],
  wresolve: [
    [["C:\\a", "b"], "C:\\a\\b"],
    [["C:\\a", "D:b"], "D:" + winCwd + "\\b"],
    [["\\\\s\\h", "x"], "\\\\s\\h\\x"],
    [["C:\\a", "\\b"], "C:\\b"],
    [["c:/x/", "../y"], "c:\\y"],
  ],
  wns: [
    ["C:\\a", "\\\\?\\C:\\a"],
    ["\\\\s\\h\\x", "\\\\?\\UNC\\s\\h\\x"],
    ["\\\\?\\C:\\x", "\\\\?\\C:\\x"],
    ["C:", "\\\\?\\C:" + winCwd],
  ],
};

for (const name of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse', 'toNamespacedPath']) {
  const table = tables[name === 'toNamespacedPath' ? 'wns' : `w${name}`];
  check(`win32.${name} table`, () => {
    for (const [input, want] of table) assert.deepStrictEqual(path.win32[name](input), want, `${name}(${JSON.stringify(input)})`);
  });
}
for (const name of ['join', 'relative', 'resolve']) {
  check(`win32.${name} table`, () => {
    for (const [args, want] of tables[`w${name}`]) assert.strictEqual(path.win32[name](...args), want, JSON.stringify(args));
  });
}
check('win32 constants and format', () => {
  assert.strictEqual(path.win32.sep, '\\');
  assert.strictEqual(path.win32.delimiter, ';');
  assert.strictEqual(path.win32.format({ root: 'C:\\', dir: 'C:\\path\\dir', base: 'file.txt' }), 'C:\\path\\dir\\file.txt');
  assert.strictEqual(path.win32.format({ root: 'C:\\', name: 'x', ext: 'y' }), 'C:\\x.y');
});
check('win32.resolve without a drive uses the cwd as a rooted path', () => {
  const cwd = process.cwd().replace(/\//g, '\\');
  assert.strictEqual(path.win32.resolve('a'), `${cwd}\\a`);
});
check('win32 basename strips a drive and a suffix', () => {
  assert.strictEqual(path.win32.basename('C:foo.html', '.html'), 'foo');
  assert.strictEqual(path.win32.basename('C:\\a\\b.HTML', '.html'), 'b.HTML');
  assert.strictEqual(path.win32.basename('\\\\srv\\share\\x.js\\', '.js'), 'x');
});
