'use strict';
// util.parseArgs.
const { check, assert } = require('../check');
const { parseArgs } = require('util');

const options = {
  foo: { type: 'boolean', short: 'f' },
  bar: { type: 'string', short: 'b' },
  many: { type: 'string', multiple: true, short: 'm' },
  v: { type: 'boolean', multiple: true, short: 'v' },
};

function err(cfg) {
  try {
    parseArgs(cfg);
  } catch (e) {
    return [e.name, e.code, e.message];
  }
  throw new Error('did not throw');
}

const plain = (r) => JSON.parse(JSON.stringify(r));

check('basic values and positionals', () => {
  const r = parseArgs({ args: ['-f', '--bar', 'x', 'pos'], options, allowPositionals: true });
  assert.strictEqual(Object.getPrototypeOf(r.values), null);
  assert.deepStrictEqual(plain(r), { values: { foo: true, bar: 'x' }, positionals: ['pos'] });
});

check('short groups, inline values, multiple', () => {
  const r = parseArgs({ args: ['-fb', 'val', '-vvv', '-bqq', '--bar=1=2', '-m', 'a', '--many', 'b'], options, tokens: true });
  assert.deepStrictEqual(plain(r.values), { foo: true, bar: '1=2', v: [true, true, true], many: ['a', 'b'] });
  assert.deepStrictEqual(r.tokens.map((t) => [t.name, t.rawName, t.index, t.value, t.inlineValue]), [
    ['foo', '-f', 0, undefined, undefined],
    ['bar', '-b', 0, 'val', false],
    ['v', '-v', 2, undefined, undefined],
    ['v', '-v', 2, undefined, undefined],
    ['v', '-v', 2, undefined, undefined],
    ['bar', '-b', 3, 'qq', true],
    ['bar', '--bar', 4, '1=2', true],
    ['many', '-m', 5, 'a', false],
    ['many', '--many', 7, 'b', false],
  ]);
  assert.deepStrictEqual(Object.keys(r.tokens[0]), ['kind', 'name', 'rawName', 'index', 'value', 'inlineValue']);
});

check('option terminator and tokens', () => {
  const r = parseArgs({ args: ['--', '-f', '--bar'], options, tokens: true, allowPositionals: true });
  assert.deepStrictEqual(r.positionals, ['-f', '--bar']);
  assert.deepStrictEqual(r.tokens, [
    { kind: 'option-terminator', index: 0 },
    { kind: 'positional', index: 1, value: '-f' },
    { kind: 'positional', index: 2, value: '--bar' },
  ]);
  assert.deepStrictEqual(plain(parseArgs({ args: ['-'], allowPositionals: true })), { values: {}, positionals: ['-'] });
});

check('non-strict mode accepts unknown options', () => {
  const r = parseArgs({ args: ['--unknown', '-xy', '--k=v', 'p'], options, strict: false });
  assert.deepStrictEqual(plain(r), { values: { unknown: true, x: true, y: true, k: 'v' }, positionals: ['p'] });
  assert.deepStrictEqual(plain(parseArgs({ args: ['--__proto__', 'x'], strict: false })), { values: {}, positionals: ['x'] });
});

check('defaults and allowNegative', () => {
  const r = parseArgs({ args: [], options: {
    d: { type: 'string', default: 'dflt' }, e: { type: 'boolean', default: true }, m: { type: 'string', multiple: true, default: ['a'] },
  } });
  assert.deepStrictEqual(plain(r.values), { d: 'dflt', e: true, m: ['a'] });
  assert.deepStrictEqual(plain(parseArgs({ args: ['--no-foo'], options, allowNegative: true }).values), { foo: false });
});

check('strict mode errors', () => {
  assert.deepStrictEqual(err({ args: ['-f', 'pos'], options }), ['TypeError', 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
    "Unexpected argument 'pos'. This command does not take positional arguments"]);
  assert.deepStrictEqual(err({ args: ['--unknown'], options }), ['TypeError', 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
    "Unknown option '--unknown'"]);
  assert.deepStrictEqual(err({ args: ['-u'], options, allowPositionals: true }), ['TypeError', 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
    "Unknown option '-u'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"-u\""]);
  assert.deepStrictEqual(err({ args: ['--bar'], options }), ['TypeError', 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
    "Option '-b, --bar <value>' argument missing"]);
  assert.deepStrictEqual(err({ args: ['--bar', '-f'], options })[2], "Option '--bar' argument is ambiguous.\n" +
    "Did you forget to specify the option argument for '--bar'?\nTo specify an option argument starting with a dash use '--bar=-XYZ'.");
  assert.deepStrictEqual(err({ args: ['-b', '-f'], options })[2], "Option '-b' argument is ambiguous.\n" +
    "Did you forget to specify the option argument for '-b'?\nTo specify an option argument starting with a dash use '--bar=-XYZ' or '-b-XYZ'.");
  assert.deepStrictEqual(err({ args: ['--foo=1'], options })[2], "Option '-f, --foo' does not take an argument");
  assert.deepStrictEqual(err({ args: ['--no-foo'], options })[2], "Unknown option '--no-foo'");
  assert.deepStrictEqual(err({ args: ['-f5'], options })[2], "Unknown option '-5'");
});

check('configuration validation', () => {
  assert.deepStrictEqual(err({ args: [], options: { d: { type: 'string', default: 1 } } })[2],
    'The "options.d.default" property must be of type string. Received type number (1)');
  assert.deepStrictEqual(err({ args: [], options: { d: { type: 'strin' } } })[2],
    'The "options.d.type" property must be (\'string|boolean\'). Received type string (\'strin\')');
  assert.deepStrictEqual(err({ args: [], options: { d: { type: 'string', short: 'dd' } } }).slice(1),
    ['ERR_INVALID_ARG_VALUE', "The property 'options.d.short' must be a single character. Received 'dd'"]);
  assert.deepStrictEqual(err({ args: [], options: { d: 1 } })[2],
    'The "options.d" property must be of type object. Received type number (1)');
  assert.deepStrictEqual(err({ args: 'x' })[2], 'The "args" argument must be an instance of Array. Received type string (\'x\')');
});
