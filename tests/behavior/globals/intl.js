'use strict';
// Intl: minode ships a small English-only Intl (no ICU in QuickJS); these are the
// behaviours code relies on regardless of locale data.
const { check, assert } = require('../check');

check('Intl.DateTimeFormat/NumberFormat/Collator work without new', () => {
  const d = Intl.DateTimeFormat('en-US', { timeZone: 'UTC' });
  assert.ok(d instanceof Intl.DateTimeFormat);
  assert.strictEqual(d.constructor, Intl.DateTimeFormat);
  assert.strictEqual(typeof Intl.DateTimeFormat().resolvedOptions().timeZone, 'string');
  assert.strictEqual(Intl.NumberFormat('en-US').format(1234), '1,234');
  assert.strictEqual(Intl.Collator().compare('a', 'b'), -1);
  assert.strictEqual(Intl.DateTimeFormat.name, 'DateTimeFormat');
  assert.strictEqual(typeof Intl.NumberFormat.supportedLocalesOf, 'function');
});
