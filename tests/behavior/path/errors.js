'use strict';
// Argument validation in path: Node's ERR_INVALID_ARG_TYPE messages, and matchesGlob.
const { check, assert } = require('../check');
const path = require('path');

function argError(fn, message) {
  assert.throws(fn, (e) => {
    assert.strictEqual(e.name, 'TypeError');
    assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE');
    assert.strictEqual(e.message, message);
    return true;
  });
}

for (const flavor of ['posix', 'win32']) {
  const p = path[flavor];
  check(`${flavor}: non-string paths are rejected`, () => {
    argError(() => p.join('a', 1), 'The "path" argument must be of type string. Received type number (1)');
    argError(() => p.normalize(null), 'The "path" argument must be of type string. Received null');
    argError(() => p.dirname(undefined), 'The "path" argument must be of type string. Received undefined');
    argError(() => p.basename({}), 'The "path" argument must be of type string. Received an instance of Object');
    argError(() => p.basename('a', 1), 'The "suffix" argument must be of type string. Received type number (1)');
    argError(() => p.extname(true), 'The "path" argument must be of type string. Received type boolean (true)');
    argError(() => p.isAbsolute([]), 'The "path" argument must be of type string. Received an instance of Array');
    argError(() => p.parse(5), 'The "path" argument must be of type string. Received type number (5)');
    argError(() => p.resolve('a', 2), 'The "paths[1]" argument must be of type string. Received type number (2)');
    argError(() => p.relative(1, 'a'), 'The "from" argument must be of type string. Received type number (1)');
    argError(() => p.relative('a', null), 'The "to" argument must be of type string. Received null');
    argError(() => p.format('x'), "The \"pathObject\" argument must be of type object. Received type string ('x')");
    argError(() => p.format(null), 'The "pathObject" argument must be of type object. Received null');
  });
  check(`${flavor}: toNamespacedPath passes non-strings through`, () => {
    assert.strictEqual(p.toNamespacedPath(5), 5);
    assert.strictEqual(p.toNamespacedPath(''), '');
  });
}

check('matchesGlob basics', () => {
  assert.strictEqual(path.matchesGlob('a/b.js', '**/*.js'), true);
  assert.strictEqual(path.matchesGlob('b.js', '*.js'), true);
  assert.strictEqual(path.matchesGlob('a/b.js', '*.js'), false);
  assert.strictEqual(path.matchesGlob('a/x/y/c.js', 'a/**/c.js'), true);
  assert.strictEqual(path.matchesGlob('x.ts', '*.{js,ts}'), true);
  assert.strictEqual(path.matchesGlob('a/bc', 'a/[!b]c'), false);
  assert.strictEqual(path.matchesGlob('.hidden', '*'), false);
  assert.strictEqual(path.win32.matchesGlob('a\\b.js', 'a/*.js'), true);
});
