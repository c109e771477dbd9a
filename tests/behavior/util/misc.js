'use strict';
// util: isDeepStrictEqual, errno names, styleText, strings, legacy checks, MIMEType, aborted.
const { check, checkAsync, assert } = require('../check');
const util = require('util');

check('module shape', () => {
  for (const k of ['callbackify', 'debuglog', 'deprecate', 'format', 'formatWithOptions', 'getSystemErrorMap',
    'getSystemErrorName', 'inherits', 'inspect', 'isDeepStrictEqual', 'promisify', 'stripVTControlCharacters',
    'toUSVString', 'types', 'parseArgs', 'styleText', 'aborted', 'MIMEType', 'MIMEParams', 'TextEncoder', 'TextDecoder']) {
    assert.ok(util[k] !== undefined, k);
  }
  assert.strictEqual(util.types, require('util/types'));
});

check('isDeepStrictEqual', () => {
  assert.strictEqual(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), true);
  assert.strictEqual(util.isDeepStrictEqual([1], ['1']), false);
  assert.strictEqual(util.isDeepStrictEqual(NaN, NaN), true);
  assert.strictEqual(util.isDeepStrictEqual(0, -0), false);
});

check('getSystemErrorName and getSystemErrorMap', () => {
  assert.strictEqual(util.getSystemErrorName(-2), 'ENOENT');
  assert.strictEqual(util.getSystemErrorName(-13), 'EACCES');
  assert.strictEqual(util.getSystemErrorName(-111), 'ECONNREFUSED');
  assert.strictEqual(util.getSystemErrorName(-99999), 'Unknown system error -99999');
  assert.throws(() => util.getSystemErrorName(2), {
    code: 'ERR_OUT_OF_RANGE', message: 'The value of "err" is out of range. It must be a negative integer. Received 2',
  });
  assert.throws(() => util.getSystemErrorName('x'), { code: 'ERR_INVALID_ARG_TYPE' });
  const map = util.getSystemErrorMap();
  assert.ok(map instanceof Map);
  assert.deepStrictEqual(map.get(-2), ['ENOENT', 'no such file or directory']);
  assert.deepStrictEqual(map.get(-98), ['EADDRINUSE', 'address already in use']);
});

check('_errnoException and _exceptionWithHostPort', () => {
  const e = util._errnoException(-2, 'open', 'x');
  assert.strictEqual(e.message, 'open ENOENT x');
  assert.deepStrictEqual([e.code, e.errno, e.syscall], ['ENOENT', -2, 'open']);
  const e2 = util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80);
  assert.strictEqual(e2.message, 'connect ECONNREFUSED 127.0.0.1:80');
  assert.strictEqual(e2.port, 80);
});

check('styleText', () => {
  assert.strictEqual(util.styleText('red', 'x', { validateStream: false }), '\u001b[31mx\u001b[39m');
  assert.strictEqual(util.styleText(['bold', 'underline'], 'x'), '\u001b[1m\u001b[4mx\u001b[24m\u001b[22m');
  assert.throws(() => util.styleText('nope', 'x'), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => util.styleText('red', 1), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "text" argument must be of type string. Received type number (1)',
  });
});

check('stripVTControlCharacters and toUSVString', () => {
  assert.strictEqual(util.stripVTControlCharacters('\u001b[31mred\u001b[39m and \u001b[1mbold\u001b[22m'), 'red and bold');
  assert.strictEqual(util.stripVTControlCharacters('\u001b]8;;http://x\u0007link\u001b]8;;\u0007'), 'link');
  assert.throws(() => util.stripVTControlCharacters(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(util.toUSVString('a\ud800b'), 'a\ufffdb');
  assert.strictEqual(util.toUSVString('\ud83d\ude00'), '\ud83d\ude00');
});

check('legacy type checks', () => {
  assert.deepStrictEqual([
    util.isArray([]), util.isBoolean(false), util.isBuffer(Buffer.alloc(1)), util.isBuffer(new Uint8Array(1)),
    util.isNull(null), util.isNullOrUndefined(undefined), util.isNumber(1), util.isString(''), util.isSymbol(Symbol()),
    util.isUndefined(), util.isRegExp(/x/), util.isObject({}), util.isObject(null), util.isDate(new Date()),
    util.isError(new Error()), util.isError({}), util.isFunction(() => {}), util.isPrimitive(1), util.isPrimitive({}),
  ], [true, true, true, false, true, true, true, true, true, true, true, true, false, true, true, false, true, true, false]);
  assert.deepStrictEqual(util._extend({ a: 1 }, { b: 2 }), { a: 1, b: 2 });
});

check('MIMEType parsing and serialization', () => {
  const m = new util.MIMEType('  Text/HTML ; Charset="utf-8" ; a ; b=; c="q\\"x" ; d=e f; charset=other');
  assert.strictEqual(String(m), 'text/html;charset=utf-8;c="q\\"x";d="e f"');
  assert.strictEqual(m.type, 'text');
  assert.strictEqual(m.subtype, 'html');
  assert.strictEqual(m.essence, 'text/html');
  assert.deepStrictEqual([...m.params], [['charset', 'utf-8'], ['c', 'q"x'], ['d', 'e f']]);
  assert.strictEqual(m.params.get('missing'), null);
  assert.strictEqual(JSON.stringify(m), '"text/html;charset=utf-8;c=\\"q\\\\\\"x\\";d=\\"e f\\""');
  m.type = 'IMAGE';
  m.subtype = 'PNG';
  m.params.set('Q', 'has space');
  m.params.delete('c');
  assert.strictEqual(String(m), 'image/png;charset=utf-8;d="e f";Q="has space"');
  assert.throws(() => new util.MIMEType('x'), {
    code: 'ERR_INVALID_MIME_SYNTAX', message: 'The MIME syntax for a type in "x" is invalid',
  });
  assert.throws(() => new util.MIMEType('text/pl(ain'), {
    message: 'The MIME syntax for a subtype in "text/pl(ain" is invalid at 2',
  });
  assert.throws(() => { m.type = 'bad type'; }, { message: 'The MIME syntax for a type in "bad type" is invalid at 3' });
  assert.throws(() => m.params.set('n', '\u0100'), {
    message: 'The MIME syntax for a parameter value in "\u0100" is invalid at 0',
  });
});

checkAsync('aborted', async () => {
  const ac = new AbortController();
  const p = util.aborted(ac.signal, {});
  ac.abort();
  await p;
  assert.strictEqual(await util.aborted(ac.signal, {}), undefined);
  await assert.rejects(util.aborted(1, {}), { code: 'ERR_INVALID_ARG_TYPE' });
});

check('parseEnv', () => {
  assert.deepStrictEqual(util.parseEnv('A=1\nB="two words"\n# comment\nexport C=3\nD=\'x\'\nE=a#b\nF=a #b'),
    { A: '1', B: 'two words', C: '3', D: 'x', E: 'a', F: 'a' });
});
