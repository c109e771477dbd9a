'use strict';
// Intl.DateTimeFormat time zones: canonical ids, invalid names, offsets across DST, zone names.
const { check, assert } = require('../check');

const zoneOf = (tz) => new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone;

check('canonical zone ids like ICU (legacy CLDR spellings, UTC aliases, links)', () => {
  assert.strictEqual(zoneOf('America/New_York'), 'America/New_York');
  assert.strictEqual(zoneOf('america/new_york'), 'America/New_York');
  assert.strictEqual(zoneOf('US/Eastern'), 'America/New_York');
  assert.strictEqual(zoneOf('Asia/Kolkata'), 'Asia/Calcutta');
  assert.strictEqual(zoneOf('Europe/Kyiv'), 'Europe/Kiev');
  assert.strictEqual(zoneOf('Asia/Ho_Chi_Minh'), 'Asia/Saigon');
  for (const utc of ['UTC', 'utc', 'Etc/UTC', 'GMT', 'Etc/GMT', 'Zulu', 'Universal']) assert.strictEqual(zoneOf(utc), 'UTC');
  assert.strictEqual(zoneOf('Etc/GMT+5'), 'Etc/GMT+5');
  assert.strictEqual(zoneOf('EST5EDT'), 'America/New_York');
  assert.strictEqual(zoneOf('EST'), 'America/Panama');
});

check('invalid zones throw RangeError with the name', () => {
  for (const bad of ['Foo/Bar', '+05:30', 'Z', '', 'America/New York']) {
    assert.throws(() => new Intl.DateTimeFormat('en-US', { timeZone: bad }),
      (e) => e instanceof RangeError && e.message === `Invalid time zone specified: ${bad}`);
  }
});

// hour12:false + 2-digit parts, the way luxon computes a zone's offset.
function offsetOf(tz, ms) {
  const f = new Intl.DateTimeFormat('en-US', {
    hour12: false, timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', era: 'short',
  });
  const p = Object.fromEntries(f.formatToParts(ms).filter((x) => x.type !== 'literal').map((x) => [x.type, x.value]));
  const hour = p.hour === '24' ? 0 : Number(p.hour);
  const asUTC = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), hour, Number(p.minute), Number(p.second));
  return (asUTC - Math.floor(ms / 1000) * 1000) / 60000;
}

check('offsets across DST and in half-hour zones (luxon-style formatToParts)', () => {
  const jan = Date.UTC(2024, 0, 15, 12);
  const jul = Date.UTC(2024, 6, 15, 12);
  assert.strictEqual(offsetOf('America/New_York', jan), -300);
  assert.strictEqual(offsetOf('America/New_York', jul), -240);
  assert.strictEqual(offsetOf('Europe/Paris', jan), 60);
  assert.strictEqual(offsetOf('Europe/Paris', jul), 120);
  assert.strictEqual(offsetOf('Asia/Kolkata', jan), 330);
  assert.strictEqual(offsetOf('Australia/Lord_Howe', jan), 660);
  assert.strictEqual(offsetOf('Australia/Lord_Howe', jul), 630);
  assert.strictEqual(offsetOf('Pacific/Chatham', jan), 825);
  assert.strictEqual(offsetOf('UTC', jan), 0);
  // Just before and after the 2024 US spring-forward instant (07:00Z).
  assert.strictEqual(offsetOf('America/New_York', Date.UTC(2024, 2, 10, 6, 59)), -300);
  assert.strictEqual(offsetOf('America/New_York', Date.UTC(2024, 2, 10, 7, 0)), -240);
});

check('luxon-style parts: types, era, h24 midnight', () => {
  const f = new Intl.DateTimeFormat('en-US', {
    hour12: false, timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', era: 'short',
  });
  const parts = f.formatToParts(Date.UTC(2024, 0, 15, 5, 5, 9));
  assert.deepStrictEqual(parts.filter((p) => p.type !== 'literal').map((p) => `${p.type}=${p.value}`),
    ['month=01', 'day=15', 'year=2024', 'era=AD', 'hour=24', 'minute=05', 'second=09']);
  const ro = f.resolvedOptions();
  assert.strictEqual(ro.hourCycle, 'h24');
  assert.strictEqual(ro.hour12, false);
  assert.strictEqual(ro.timeZone, 'America/New_York');
});

check('time zone names: short, long, offsets, generic', () => {
  const at = (tz, style, ms) => new Intl.DateTimeFormat('en-US', { timeZone: tz, hour: 'numeric', timeZoneName: style })
    .formatToParts(ms).find((p) => p.type === 'timeZoneName').value;
  const jan = Date.UTC(2024, 0, 15, 12);
  const jul = Date.UTC(2024, 6, 15, 12);
  assert.strictEqual(at('America/New_York', 'short', jan), 'EST');
  assert.strictEqual(at('America/New_York', 'short', jul), 'EDT');
  assert.strictEqual(at('America/Los_Angeles', 'long', jul), 'Pacific Daylight Time');
  assert.strictEqual(at('America/New_York', 'shortOffset', jan), 'GMT-5');
  assert.strictEqual(at('Asia/Kolkata', 'longOffset', jan), 'GMT+05:30');
  assert.strictEqual(at('America/New_York', 'shortGeneric', jan), 'ET');
  assert.strictEqual(at('America/New_York', 'longGeneric', jan), 'Eastern Time');
  assert.strictEqual(at('Europe/Paris', 'short', jan), 'GMT+1');
  assert.strictEqual(at('Europe/Paris', 'long', jul), 'Central European Summer Time');
  assert.strictEqual(at('UTC', 'short', jan), 'UTC');
  assert.strictEqual(at('UTC', 'shortOffset', jan), 'GMT+0');
  assert.strictEqual(at('Europe/London', 'short', jan), 'GMT');
});

check('every zone Node lists is its own canonical id', () => {
  // fixtures/timezones.json: Intl.supportedValuesOf('timeZone') from Node 20.
  const zones = require('./fixtures/timezones.json');
  const moved = zones.filter((z) => zoneOf(z) !== z);
  assert.deepStrictEqual(moved, []);
  assert.ok(zones.length > 400);
});
