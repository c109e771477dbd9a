'use strict';
// path.posix against tables of Node's own answers.
const { check, assert } = require('../check');
const path = require('path');

const tables = {
  normalize: [
    ["", "."],
    ["/", "/"],
    ["//", "/"],
    ["///", "/"],
    [".", "."],
    ["..", ".."],
    ["/..", "/"],
    ["/a/b/", "/a/b/"],
    ["a/b", "a/b"],
    ["a//b/../c/.", "a/c"],
    ["/a/b/c.txt", "/a/b/c.txt"],
    ["a.", "a."],
    [".bashrc", ".bashrc"],
    ["a.b.c", "a.b.c"],
    ["/a/b.js/", "/a/b.js/"],
    ["..a", "..a"],
    ["...", "..."],
    ["/x/.", "/x"],
    ["a/../..", ".."],
    ["./a/", "a/"],
    ["//a", "/a"],
    ["/a//b", "/a/b"],
  ],
  isAbsolute: [
    ["", false],
    ["/", true],
    ["//", true],
    ["///", true],
    [".", false],
    ["..", false],
    ["/..", true],
    ["/a/b/", true],
    ["a/b", false],
    ["a//b/../c/.", false],
    ["/a/b/c.txt", true],
    ["a.", false],
    [".bashrc", false],
    ["a.b.c", false],
    ["/a/b.js/", true],
    ["..a", false],
    ["...", false],
    ["/x/.", true],
    ["a/../..", false],
    ["./a/", false],
    ["//a", true],
    ["/a//b", true],
  ],
  dirname: [
    ["", "."],
    ["/", "/"],
    ["//", "/"],
    ["///", "/"],
    [".", "."],
    ["..", "."],
    ["/..", "/"],
    ["/a/b/", "/a"],
    ["a/b", "a"],
    ["a//b/../c/.", "a//b/../c"],
    ["/a/b/c.txt", "/a/b"],
    ["a.", "."],
    [".bashrc", "."],
    ["a.b.c", "."],
    ["/a/b.js/", "/a"],
    ["..a", "."],
    ["...", "."],
    ["/x/.", "/x"],
    ["a/../..", "a/.."],
    ["./a/", "."],
    ["//a", "//"],
    ["/a//b", "/a/"],
  ],
  basename: [
    ["", ""],
    ["/", ""],
    ["//", ""],
    ["///", ""],
    [".", "."],
    ["..", ".."],
    ["/..", ".."],
    ["/a/b/", "b"],
    ["a/b", "b"],
    ["a//b/../c/.", "."],
    ["/a/b/c.txt", "c.txt"],
    ["a.", "a."],
    [".bashrc", ".bashrc"],
    ["a.b.c", "a.b.c"],
    ["/a/b.js/", "b.js"],
    ["..a", "..a"],
    ["...", "..."],
    ["/x/.", "."],
    ["a/../..", ".."],
    ["./a/", "a"],
    ["//a", "a"],
    ["/a//b", "b"],
  ],
  extname: [
    ["", ""],
    ["/", ""],
    ["//", ""],
    ["///", ""],
    [".", ""],
    ["..", ""],
    ["/..", ""],
    ["/a/b/", ""],
    ["a/b", ""],
    ["a//b/../c/.", ""],
    ["/a/b/c.txt", ".txt"],
    ["a.", "."],
    [".bashrc", ""],
    ["a.b.c", ".c"],
    ["/a/b.js/", ".js"],
    ["..a", ".a"],
    ["...", "."],
    ["/x/.", ""],
    ["a/../..", ""],
    ["./a/", ""],
    ["//a", ""],
    ["/a//b", ""],
  ],
  parse: [
    ["", {"root": "", "dir": "", "base": "", "ext": "", "name": ""}],
    ["/", {"root": "/", "dir": "/", "base": "", "ext": "", "name": ""}],
    ["//", {"root": "/", "dir": "/", "base": "", "ext": "", "name": ""}],
    ["///", {"root": "/", "dir": "/", "base": "", "ext": "", "name": ""}],
    [".", {"root": "", "dir": "", "base": ".", "ext": "", "name": "."}],
    ["..", {"root": "", "dir": "", "base": "..", "ext": "", "name": ".."}],
    ["/..", {"root": "/", "dir": "/", "base": "..", "ext": ".", "name": "."}],
    ["/a/b/", {"root": "/", "dir": "/a", "base": "b", "ext": "", "name": "b"}],
    ["a/b", {"root": "", "dir": "a", "base": "b", "ext": "", "name": "b"}],
    ["a//b/../c/.", {"root": "", "dir": "a//b/../c", "base": ".", "ext": "", "name": "."}],
    ["/a/b/c.txt", {"root": "/", "dir": "/a/b", "base": "c.txt", "ext": ".txt", "name": "c"}],
    ["a.", {"root": "", "dir": "", "base": "a.", "ext": ".", "name": "a"}],
    [".bashrc", {"root": "", "dir": "", "base": ".bashrc", "ext": "", "name": ".bashrc"}],
    ["a.b.c", {"root": "", "dir": "", "base": "a.b.c", "ext": ".c", "name": "a.b"}],
    ["/a/b.js/", {"root": "/", "dir": "/a", "base": "b.js", "ext": ".js", "name": "b"}],
    ["..a", {"root": "", "dir": "", "base": "..a", "ext": ".a", "name": "."}],
    ["...", {"root": "", "dir": "", "base": "...", "ext": ".", "name": ".."}],
    ["/x/.", {"root": "/", "dir": "/x", "base": ".", "ext": "", "name": "."}],
    ["a/../..", {"root": "", "dir": "a/..", "base": "..", "ext": "", "name": ".."}],
    ["./a/", {"root": "", "dir": ".", "base": "a", "ext": "", "name": "a"}],
    ["//a", {"root": "/", "dir": "/", "base": "a", "ext": "", "name": "a"}],
    ["/a//b", {"root": "/", "dir": "/a/", "base": "b", "ext": "", "name": "b"}],
  ],
  join: [
    [["/a", "b", "../c"], "/a/c"],
    [["a", "", "b/"], "a/b/"],
    [[], "."],
    [["", ""], "."],
    [["/", "..", "x"], "/x"],
    [["a", "/b"], "a/b"],
    [["./", "..", "c"], "../c"],
  ],
  relative: [
    [["/a/b/c", "/a/d"], "../../d"],
    [["/a", "/a/b/c"], "b/c"],
    [["/a/b/c", "/a"], "../.."],
    [["/", "/x"], "x"],
    [["/x", "/"], ".."],
    [["/a/b", "/a/b"], ""],
    [["/a/bc", "/a/b"], "../b"],
    [["/foo/bar/baz", "/foo/bar/baz-quux"], "../baz-quux"],
  ],
  basenameExt: [
    [["/a/b.js", ".js"], "b"],
    [["a.js", "a.js"], ""],
    [["/a/b/", "b"], "b"],
    [["aaa", "a"], "aa"],
    [["/a/b.js/", ".js"], "b"],
    [["x", "longer"], "x"],
    [["a.js", ""], "a.js"],
  ],
  format: [
    [{"dir": "/x", "base": "b"}, "/x/b"],
    [{"root": "/", "name": "a", "ext": ".js"}, "/a.js"],
    [{"name": "a", "ext": "js"}, "a.js"],
    [{"root": "/", "dir": "/", "base": "f"}, "/f"],
    [{"dir": "d", "name": "n", "ext": ".e", "base": "b"}, "d/b"],
    [{}, ""],
  ],
};

for (const name of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse']) {
  check(`posix.${name} table`, () => {
    for (const [input, want] of tables[name]) assert.deepStrictEqual(path.posix[name](input), want, `${name}(${JSON.stringify(input)})`);
  });
}
check('posix.join table', () => {
  for (const [args, want] of tables.join) assert.strictEqual(path.posix.join(...args), want, JSON.stringify(args));
});
check('posix.relative table', () => {
  for (const [args, want] of tables.relative) assert.strictEqual(path.posix.relative(...args), want, JSON.stringify(args));
});
check('posix.basename with suffix', () => {
  for (const [args, want] of tables.basenameExt) assert.strictEqual(path.posix.basename(...args), want, JSON.stringify(args));
});
check('posix.format table', () => {
  for (const [obj, want] of tables.format) assert.strictEqual(path.posix.format(obj), want, JSON.stringify(obj));
});
check('parse and format round-trip', () => {
  for (const p of ['/home/user/dir/file.txt', 'a/b.c', '/x', 'file']) assert.strictEqual(path.posix.format(path.posix.parse(p)), p);
});
check('resolve uses the cwd', () => {
  assert.strictEqual(path.posix.resolve(), process.cwd());
  assert.strictEqual(path.posix.resolve(''), process.cwd());
  assert.strictEqual(path.posix.resolve('a', 'b'), `${process.cwd()}/a/b`);
  assert.strictEqual(path.posix.resolve('/a', 'b', '/c', 'd'), '/c/d');
  assert.strictEqual(path.posix.resolve('/a/b', '../../..'), '/');
  assert.strictEqual(path.posix.resolve('/a/', 'b/'), '/a/b');
});
check('relative against the cwd', () => {
  assert.strictEqual(path.posix.relative('', 'x'), 'x');
  assert.strictEqual(path.posix.relative('x', ''), '..');
  assert.strictEqual(path.posix.relative('', ''), '');
});
check('constants and cross links', () => {
  assert.strictEqual(path.sep, '/');
  assert.strictEqual(path.delimiter, ':');
  assert.strictEqual(path, path.posix);
  assert.strictEqual(path.posix.win32, path.win32);
  assert.strictEqual(path.win32.posix, path.posix);
  assert.strictEqual(path.win32.win32, path.win32);
  assert.strictEqual(require('path/posix'), path.posix);
  assert.strictEqual(require('path/win32'), path.win32);
  assert.strictEqual(require('node:path'), path);
  assert.strictEqual(path.toNamespacedPath('/a/b'), '/a/b');
  assert.strictEqual(path._makeLong('x'), 'x');
});
check('isAbsolute / dirname of odd inputs', () => {
  assert.strictEqual(path.dirname('/a/b//'), '/a');
  assert.strictEqual(path.basename('/a/b//'), 'b');
  assert.strictEqual(path.extname('index.html'), '.html');
  assert.strictEqual(path.extname('index.coffee.md'), '.md');
  assert.strictEqual(path.extname('index.'), '.');
  assert.strictEqual(path.extname('index'), '');
  assert.strictEqual(path.extname('.index.md'), '.md');
});

console.log(path.parse('/home/user/dir/file.txt'));
console.log(path.join('a', 'b', '..', 'c'), path.normalize('/foo/bar//baz/asdf/quux/..'));
