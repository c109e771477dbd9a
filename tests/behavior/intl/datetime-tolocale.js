'use strict';
// Date.prototype.toLocaleString / toLocaleDateString / toLocaleTimeString with locales,
// options and time zones; the default zone follows $TZ.
const { check, assert } = require('../check');

const d = new Date(Date.UTC(2024, 6, 4, 21, 30, 15));

check('toLocaleString defaults per method', () => {
  assert.strictEqual(d.toLocaleString('en-US', { timeZone: 'UTC' }), '7/4/2024, 9:30:15 PM');
  assert.strictEqual(d.toLocaleDateString('en-US', { timeZone: 'UTC' }), '7/4/2024');
  assert.strictEqual(d.toLocaleTimeString('en-US', { timeZone: 'UTC' }), '9:30:15 PM');
  assert.strictEqual(d.toLocaleString('de-DE', { timeZone: 'Europe/Berlin' }), '4.7.2024, 23:30:15');
  assert.strictEqual(d.toLocaleDateString('en-GB', { timeZone: 'UTC' }), '04/07/2024');
  assert.strictEqual(d.toLocaleTimeString('ja-JP', { timeZone: 'Asia/Tokyo' }), '6:30:15');
});

check('time zones shift the wall clock', () => {
  assert.strictEqual(d.toLocaleString('en-US', { timeZone: 'America/Los_Angeles' }), '7/4/2024, 2:30:15 PM');
  assert.strictEqual(d.toLocaleString('en-US', { timeZone: 'Asia/Kolkata' }), '7/5/2024, 3:00:15 AM');
  assert.strictEqual(d.toLocaleTimeString('en-US', { timeZone: 'Australia/Sydney', timeZoneName: 'short' }), '7:30:15 AM GMT+10');
});

check('options combine with the method defaults', () => {
  assert.strictEqual(d.toLocaleDateString('en-US', { timeZone: 'UTC', weekday: 'long' }), 'Thursday');
  assert.strictEqual(d.toLocaleDateString('en-US', { timeZone: 'UTC', month: 'long', day: 'numeric' }), 'July 4');
  assert.strictEqual(d.toLocaleTimeString('en-US', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' }), '09:30 PM');
  assert.strictEqual(d.toLocaleTimeString('en-US', { timeZone: 'UTC', hour12: false }), '21:30:15');
  assert.strictEqual(d.toLocaleString('en-US', { timeZone: 'UTC', dateStyle: 'medium' }), 'Jul 4, 2024');
  assert.throws(() => d.toLocaleDateString('en-US', { timeStyle: 'short' }), { name: 'TypeError', message: 'Invalid option : timeStyle' });
  assert.throws(() => d.toLocaleTimeString('en-US', { dateStyle: 'short' }), { name: 'TypeError', message: 'Invalid option : dateStyle' });
  assert.throws(() => d.toLocaleString('en-US', { timeZone: 'Mars/Base' }), RangeError);
});

check('invalid dates and receivers', () => {
  assert.strictEqual(new Date(NaN).toLocaleString(), 'Invalid Date');
  assert.strictEqual(new Date(NaN).toLocaleDateString('de'), 'Invalid Date');
  assert.throws(() => Date.prototype.toLocaleString.call({}), TypeError);
  assert.strictEqual(Date.prototype.toLocaleString.length, 0);
});

check('default time zone comes from TZ', () => {
  const { execFileSync } = require('child_process');
  const run = (tz) => execFileSync(process.execPath, ['-e',
    'console.log(Intl.DateTimeFormat().resolvedOptions().timeZone, new Date(0).toLocaleString("en-US"))'],
  { env: { ...process.env, TZ: tz } }).toString().trim();
  assert.strictEqual(run('Asia/Tokyo'), 'Asia/Tokyo 1/1/1970, 9:00:00 AM');
  assert.strictEqual(run(':Europe/Paris'), 'Europe/Paris 1/1/1970, 1:00:00 AM');
  assert.strictEqual(run('UTC'), 'UTC 1/1/1970, 12:00:00 AM');
  assert.strictEqual(run('Asia/Kolkata'), 'Asia/Calcutta 1/1/1970, 5:30:00 AM');
});
