'use strict';
// Date#toString and #toTimeString end with the zone's long name, as V8's do.
const { check, assert } = require('../check');

const saved = process.env.TZ;
const winter = new Date(Date.UTC(2024, 0, 15, 12, 0, 0));
const summer = new Date(Date.UTC(2024, 6, 15, 12, 0, 0));

check('zone names follow the zone and daylight saving', () => {
  process.env.TZ = 'America/New_York';
  assert.strictEqual(String(winter), 'Mon Jan 15 2024 07:00:00 GMT-0500 (Eastern Standard Time)');
  assert.strictEqual(summer.toString(), 'Mon Jul 15 2024 08:00:00 GMT-0400 (Eastern Daylight Time)');
  assert.strictEqual(summer.toTimeString(), '08:00:00 GMT-0400 (Eastern Daylight Time)');
  process.env.TZ = 'UTC';
  assert.strictEqual(`${winter}`, 'Mon Jan 15 2024 12:00:00 GMT+0000 (Coordinated Universal Time)');
  process.env.TZ = 'Asia/Kolkata';
  assert.strictEqual(winter.toTimeString(), '17:30:00 GMT+0530 (India Standard Time)');
});

check('invalid dates and non-dates', () => {
  assert.strictEqual(String(new Date(NaN)), 'Invalid Date');
  assert.strictEqual(new Date(NaN).toTimeString(), 'Invalid Date');
  assert.throws(() => Date.prototype.toString.call({}), TypeError);
  assert.strictEqual(Date.prototype.toString.name, 'toString');
  assert.strictEqual(Date.prototype.toString.length, 0);
});

if (saved === undefined) delete process.env.TZ; else process.env.TZ = saved;
