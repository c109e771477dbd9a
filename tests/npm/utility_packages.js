'use strict';
// Pure-JS utility packages from the npm registry, used the way their READMEs show.
const { check, assert } = require('../behavior/check');

check('lodash', () => {
  const _ = require('lodash');
  assert.deepStrictEqual(_.chunk([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
  assert.deepStrictEqual(_.groupBy(['one', 'two', 'three'], 'length'), { 3: ['one', 'two'], 5: ['three'] });
  assert.strictEqual(_.template('hello <%= user %>!')({ user: 'fred' }), 'hello fred!');
  assert.deepStrictEqual(_.merge({ a: [{ b: 2 }] }, { a: [{ c: 3 }] }), { a: [{ b: 2, c: 3 }] });
  assert.strictEqual(_.camelCase('Foo Bar'), 'fooBar');
  assert.ok(_.isEqual({ a: [1, { b: new Date(0) }] }, { a: [1, { b: new Date(0) }] }));
  const debounced = _.debounce(() => {}, 10);
  debounced.cancel();
});
check('semver', () => {
  const semver = require('semver');
  assert.strictEqual(semver.valid('1.2.3'), '1.2.3');
  assert.strictEqual(semver.satisfies('1.2.3', '^1.0.0'), true);
  assert.strictEqual(semver.gt('2.0.0-beta.1', '1.9.9'), true);
  assert.strictEqual(semver.maxSatisfying(['1.2.3', '1.4.0', '2.0.0'], '~1.4'), '1.4.0');
  assert.strictEqual(semver.coerce('v3.4 beta').version, '3.4.0');
  assert.strictEqual(semver.inc('1.2.3', 'prerelease', 'rc'), '1.2.4-rc.0');
});
check('ms', () => {
  const ms = require('ms');
  assert.strictEqual(ms('2 days'), 172800000);
  assert.strictEqual(ms('1h'), 3600000);
  assert.strictEqual(ms(60000), '1m');
  assert.strictEqual(ms(2 * 60000, { long: true }), '2 minutes');
});
check('debug', () => {
  const createDebug = require('debug');
  const lines = [];
  createDebug.enable('app:*');
  const log = createDebug('app:test');
  log.log = (...args) => lines.push(require('util').format(...args));
  log.useColors = false;
  log('hello %s %d', 'world', 42);
  assert.strictEqual(log.enabled, true);
  assert.match(lines[0], /app:test hello world 42/);
  assert.strictEqual(createDebug('other').enabled, false);
  createDebug.disable();
});
check('uuid', () => {
  const uuid = require('uuid');
  const id = uuid.v4();
  assert.ok(uuid.validate(id));
  assert.strictEqual(uuid.version(id), 4);
  assert.strictEqual(uuid.v5('hello', uuid.v5.DNS), '9342d47a-1bab-5709-9869-c840b2eac501');
  assert.ok(uuid.validate(uuid.v1()));
  assert.strictEqual(uuid.parse(uuid.NIL).length, 16);
});
check('dayjs', () => {
  const dayjs = require('dayjs');
  const utc = require('dayjs/plugin/utc');
  dayjs.extend(utc);
  const d = dayjs.utc('2024-02-28T10:00:00Z');
  assert.strictEqual(d.add(1, 'day').format('YYYY-MM-DD'), '2024-02-29');
  assert.strictEqual(d.startOf('month').toISOString(), '2024-02-01T00:00:00.000Z');
  assert.strictEqual(d.diff(dayjs.utc('2024-01-01'), 'day'), 58);
  assert.strictEqual(dayjs('invalid').isValid(), false);
});
check('qs', () => {
  const qs = require('qs');
  assert.deepStrictEqual(qs.parse('a[b][c]=d&list[]=1&list[]=2'), { a: { b: { c: 'd' } }, list: ['1', '2'] });
  assert.strictEqual(qs.stringify({ a: { b: 'c' }, d: [1, 2] }, { encode: false }), 'a[b]=c&d[0]=1&d[1]=2');
  assert.strictEqual(qs.stringify({ s: 'ä &' }), 's=%C3%A4%20%26');
});
check('commander', () => {
  const { Command } = require('commander');
  const program = new Command();
  program.name('tool').option('-d, --debug', 'debug').option('-p, --port <n>', 'port', '80').argument('<file>').exitOverride();
  program.parse(['node', 'tool', '--debug', '-p', '8080', 'x.txt']);
  assert.deepStrictEqual(program.opts(), { debug: true, port: '8080' });
  assert.deepStrictEqual(program.args, ['x.txt']);
  let out = '';
  program.configureOutput({ writeOut: (s) => { out += s; }, writeErr: (s) => { out += s; } });
  assert.throws(() => program.parse(['node', 'tool', '--help']), { code: 'commander.helpDisplayed' });
  assert.match(out, /Usage: tool \[options\] <file>/);
});
check('yargs', () => {
  const yargs = require('yargs/yargs');
  const argv = yargs(['serve', '--port', '3000', '-v', '--name=x', 'extra'])
    .command('serve', 'start', (y) => y.option('port', { type: 'number' }))
    .option('v', { alias: 'verbose', type: 'boolean' })
    .strict(false)
    .parse();
  assert.deepStrictEqual(argv._, ['serve', 'extra']);
  assert.strictEqual(argv.port, 3000);
  assert.strictEqual(argv.verbose, true);
  assert.strictEqual(argv.name, 'x');
});
