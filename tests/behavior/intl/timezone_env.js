'use strict';
// process.env.TZ assigned at run time moves Date's local time (Node re-reads it at once),
// and Intl's default time zone follows it.
const { check, assert } = require('../check');

const saved = process.env.TZ;
const epoch = new Date(Date.UTC(2024, 0, 15, 12, 0, 0));

check('assigning TZ changes local time', () => {
  process.env.TZ = 'America/New_York';
  assert.strictEqual(epoch.getHours(), 7);
  assert.strictEqual(epoch.getTimezoneOffset(), 300);
  process.env.TZ = 'Asia/Kolkata';
  assert.strictEqual(epoch.getHours(), 17);
  assert.strictEqual(epoch.getMinutes(), 30);
  assert.strictEqual(new Intl.DateTimeFormat().resolvedOptions().timeZone, 'Asia/Calcutta');
});

check('deleting TZ goes back to the system zone', () => {
  process.env.TZ = 'UTC';
  assert.strictEqual(epoch.getHours(), 12);
  delete process.env.TZ;
  const offset = epoch.getTimezoneOffset();
  assert.strictEqual(typeof offset, 'number');
  assert.strictEqual(Number.isInteger(offset), true);
});

check('Intl.supportedValuesOf("timeZone") lists canonical IANA names', () => {
  const zones = Intl.supportedValuesOf('timeZone');
  assert.ok(zones.length > 300);
  assert.ok(zones.includes('America/New_York'));
  assert.ok(zones.includes('Europe/Berlin'));
  assert.deepStrictEqual([...zones].sort(), zones);
});

if (saved === undefined) delete process.env.TZ; else process.env.TZ = saved;
