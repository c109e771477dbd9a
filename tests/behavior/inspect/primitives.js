'use strict';
// util.inspect of primitives and strings
// Expected strings are node v20's output.
const { check, assert } = require('../check');
const util = require('util');

function same(label, actual, expected) {
  check(label, () => assert.strictEqual(actual, expected));
}

same("string", util.inspect('hello'),
  "'hello'");
same("string with single quote uses double quotes", util.inspect("it's"),
  "\"it's\"");
same("string with both quotes uses backticks", util.inspect('it\'s "x"'),
  "`it's \"x\"`");
same("string with all quotes escapes single quotes", util.inspect('it\'s "x" `y`'),
  "'it\\'s \"x\" `y`'");
same("control characters", util.inspect('a\x00b\x1bc\x7f\n\t\r\b\f\v\\'),
  "'a\\x00b\\x1Bc\\x7F\\n\\t\\r\\b\\f\\x0B\\\\'");
same("C1 controls and lone surrogates", util.inspect('\x85\x9f\ud83d|\ude00'),
  "'\\x85\\x9F\\ud83d|\\ude00'");
same("emoji kept", util.inspect('😀 ü \u2028'),
  "'\ud83d\ude00 \u00fc \u2028'");
same("-0", util.inspect(-0),
  "-0");
same("number", util.inspect(1.5e300),
  "1.5e+300");
same("NaN and Infinity", util.inspect([NaN, Infinity, -Infinity]),
  "[ NaN, Infinity, -Infinity ]");
same("bigint", util.inspect(123n),
  "123n");
same("symbol", util.inspect(Symbol('desc')),
  "Symbol(desc)");
same("symbol without description", util.inspect(Symbol()),
  "Symbol()");
same("registered symbol", util.inspect(Symbol.for('x')),
  "Symbol(x)");
same("undefined/null/booleans", util.inspect([undefined, null, true, false]),
  "[ undefined, null, true, false ]");
same("numericSeparator", util.inspect([1234567, 1234.5678, -1234567, 12345678901234567890n, 0.1234567, 123], { numericSeparator: true }),
  "[\n  1_234_567,\n  1_234.567_8,\n  -1_234_567,\n  12_345_678_901_234_567_890n,\n  0.123_456_7,\n  123\n]");
same("maxStringLength", util.inspect('abcdefgh', { maxStringLength: 3 }),
  "'abc'... 5 more characters");
same("maxStringLength 1 char left", util.inspect('abcd', { maxStringLength: 3 }),
  "'abc'... 1 more character");
same("long multi-line string splits at newlines", util.inspect(('a line of some text\n').repeat(5)),
  "'a line of some text\\n' +\n  'a line of some text\\n' +\n  'a line of some text\\n' +\n  'a line of some text\\n' +\n  'a line of some text\\n'");
same("long multi-line string in object", util.inspect(({ text: ('a line of some text\n').repeat(5) })),
  "{\n  text: 'a line of some text\\n' +\n    'a line of some text\\n' +\n    'a line of some text\\n' +\n    'a line of some text\\n' +\n    'a line of some text\\n'\n}");
same("long single-line string stays whole", util.inspect('x'.repeat(100)),
  "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'");
same("colors on primitives", util.inspect([1, 'a', null, undefined, true, 2n, Symbol('s')], { colors: true }),
  "[ \u001b[33m1\u001b[39m, \u001b[32m'a'\u001b[39m, \u001b[1mnull\u001b[22m, \u001b[90mundefined\u001b[39m, \u001b[33mtrue\u001b[39m, \u001b[33m2n\u001b[39m, \u001b[32mSymbol(s)\u001b[39m ]");
