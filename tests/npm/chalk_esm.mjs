// chalk 5 is ESM-only: loaded through import, as its README shows.
import { check, assert } from '../behavior/check.js';
import chalk, { Chalk } from 'chalk';

check('chalk (ESM) styles with an explicit colour level', () => {
  const c = new Chalk({ level: 1 });
  assert.strictEqual(c.red('x'), '\u001b[31mx\u001b[39m');
  assert.strictEqual(c.bold.underline('y'), '\u001b[1m\u001b[4my\u001b[24m\u001b[22m');
  assert.strictEqual(new Chalk({ level: 0 }).green('plain'), 'plain');
  assert.strictEqual(typeof chalk.level, 'number');
});
check('chalk is also reachable with dynamic import and require(esm)', async () => {
  const { createRequire } = await import('node:module');
  const ns = createRequire(import.meta.url)('chalk');
  assert.strictEqual(typeof ns.default.blue, 'function');
});
