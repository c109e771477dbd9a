'use strict';
// The default locale comes from LC_ALL / LC_MESSAGES / LANG, and is en-US for C/POSIX/unset.
const { check, assert } = require('../check');
const { execFileSync } = require('child_process');

function defaultLocale(env) {
  const base = { ...process.env };
  for (const k of ['LC_ALL', 'LC_MESSAGES', 'LANG']) delete base[k];
  const code = 'console.log(new Intl.NumberFormat().resolvedOptions().locale, (1234.5).toLocaleString())';
  return execFileSync(process.execPath, ['-e', code], { env: { ...base, ...env }, encoding: 'utf8' }).trim();
}

check('default locale from the environment', () => {
  assert.strictEqual(defaultLocale({}), 'en-US 1,234.5');
  assert.strictEqual(defaultLocale({ LANG: 'C' }), 'en-US 1,234.5');
  assert.strictEqual(defaultLocale({ LANG: 'POSIX' }), 'en-US 1,234.5');
  assert.strictEqual(defaultLocale({ LANG: 'C.UTF-8' }), 'en-US 1,234.5');
  assert.strictEqual(defaultLocale({ LANG: 'de_DE.UTF-8' }), 'de-DE 1.234,5');
  assert.strictEqual(defaultLocale({ LANG: 'fr_FR' }), 'fr-FR 1\u202f234,5');
  assert.strictEqual(defaultLocale({ LANG: 'en_US.UTF-8', LC_ALL: 'de_DE.UTF-8' }), 'de-DE 1.234,5');
  assert.strictEqual(defaultLocale({ LC_MESSAGES: 'en_IN' }), 'en-IN 1,234.5');
});
