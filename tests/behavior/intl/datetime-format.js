'use strict';
// Intl.DateTimeFormat: locales, styles, components, formatToParts, resolvedOptions, errors.
const { check, assert } = require('../check');

const d = new Date(Date.UTC(2024, 0, 15, 17, 5, 9, 45));
const fmt = (locale, options) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(d);

check('en-US styles and components', () => {
  assert.strictEqual(fmt('en-US'), '1/15/2024');
  assert.strictEqual(fmt('en-US', { dateStyle: 'full' }), 'Monday, January 15, 2024');
  assert.strictEqual(fmt('en-US', { dateStyle: 'long' }), 'January 15, 2024');
  assert.strictEqual(fmt('en-US', { dateStyle: 'medium' }), 'Jan 15, 2024');
  assert.strictEqual(fmt('en-US', { dateStyle: 'short' }), '1/15/24');
  assert.strictEqual(fmt('en-US', { timeStyle: 'short' }), '5:05 PM');
  assert.strictEqual(fmt('en-US', { timeStyle: 'medium' }), '5:05:09 PM');
  assert.strictEqual(fmt('en-US', { dateStyle: 'full', timeStyle: 'short' }), 'Monday, January 15, 2024 at 5:05 PM');
  assert.strictEqual(fmt('en-US', { dateStyle: 'medium', timeStyle: 'medium' }), 'Jan 15, 2024, 5:05:09 PM');
  assert.strictEqual(fmt('en-US', { year: 'numeric', month: 'long', day: 'numeric' }), 'January 15, 2024');
  assert.strictEqual(fmt('en-US', { weekday: 'short', year: 'numeric', month: 'long', day: 'numeric' }), 'Mon, January 15, 2024');
  assert.strictEqual(fmt('en-US', { weekday: 'long', month: 'short', day: 'numeric' }), 'Monday, Jan 15');
  assert.strictEqual(fmt('en-US', { month: 'long', year: 'numeric' }), 'January 2024');
  assert.strictEqual(fmt('en-US', { month: 'long' }), 'January');
  assert.strictEqual(fmt('en-US', { weekday: 'long' }), 'Monday');
  assert.strictEqual(fmt('en-US', { year: 'numeric' }), '2024');
  assert.strictEqual(fmt('en-US', { year: '2-digit', month: '2-digit', day: '2-digit' }), '01/15/24');
  assert.strictEqual(fmt('en-US', { hour: 'numeric' }), '5 PM');
  assert.strictEqual(fmt('en-US', { hour: 'numeric', minute: '2-digit' }), '5:05 PM');
  assert.strictEqual(fmt('en-US', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }), '17:05');
  assert.strictEqual(fmt('en-US', { hour: 'numeric', minute: 'numeric', second: 'numeric', fractionalSecondDigits: 3 }), '5:05:09.045 PM');
});

check('other locales', () => {
  assert.strictEqual(fmt('de-DE'), '15.1.2024');
  assert.strictEqual(fmt('de-DE', { dateStyle: 'full' }), 'Montag, 15. Januar 2024');
  assert.strictEqual(fmt('de-DE', { hour: 'numeric', minute: 'numeric' }), '17:05');
  assert.strictEqual(fmt('en-GB'), '15/01/2024');
  assert.strictEqual(fmt('en-GB', { dateStyle: 'long', timeStyle: 'short' }), '15 January 2024 at 17:05');
  assert.strictEqual(fmt('fr', { dateStyle: 'full' }), 'lundi 15 janvier 2024');
  assert.strictEqual(fmt('fr', { dateStyle: 'short' }), '15/01/2024');
  assert.strictEqual(fmt('ja-JP'), '2024/1/15');
  assert.strictEqual(fmt('ja-JP', { dateStyle: 'long' }), '2024年1月15日');
  assert.strictEqual(fmt('es', { month: 'long', day: 'numeric' }), '15 de enero');
});

check('locale negotiation and resolvedOptions().locale', () => {
  const loc = (l) => new Intl.DateTimeFormat(l).resolvedOptions().locale;
  assert.strictEqual(loc('de-DE'), 'de-DE');
  assert.strictEqual(loc('DE-de'), 'de-DE');
  assert.strictEqual(loc('en-GB'), 'en-GB');
  assert.strictEqual(loc('de-XX'), 'de');
  assert.strictEqual(loc(['xx', 'fr']), 'fr');
  assert.strictEqual(loc('en-US-u-ca-buddhist'), 'en-US-u-ca-buddhist');
  assert.deepStrictEqual(Intl.DateTimeFormat.supportedLocalesOf(['de-DE', 'xx', 'fr']), ['de-DE', 'fr']);
  assert.throws(() => new Intl.DateTimeFormat('i-klingon'), RangeError);
});

check('resolvedOptions reports what is used', () => {
  const ro = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', hour: 'numeric', minute: 'numeric' }).resolvedOptions();
  assert.strictEqual(ro.locale, 'en-US');
  assert.strictEqual(ro.calendar, 'gregory');
  assert.strictEqual(ro.numberingSystem, 'latn');
  assert.strictEqual(ro.timeZone, 'Asia/Tokyo');
  assert.strictEqual(ro.hourCycle, 'h12');
  assert.strictEqual(ro.hour12, true);
  assert.strictEqual(ro.hour, 'numeric');
  assert.strictEqual(ro.minute, '2-digit');
  const def = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).resolvedOptions();
  assert.deepStrictEqual(Object.keys(def), ['locale', 'calendar', 'numberingSystem', 'timeZone', 'year', 'month', 'day']);
  const styles = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'short', timeStyle: 'short' }).resolvedOptions();
  assert.strictEqual(styles.dateStyle, 'short');
  assert.strictEqual(styles.timeStyle, 'short');
  assert.strictEqual(styles.year, undefined);
  assert.strictEqual(new Intl.DateTimeFormat('th-TH').resolvedOptions().calendar, 'buddhist');
  assert.strictEqual(new Intl.DateTimeFormat('ar-EG').resolvedOptions().numberingSystem, 'arab');
});

check('hour cycles: hour12 maps through the locale default like Node 20', () => {
  const hc = (l, o) => new Intl.DateTimeFormat(l, { hour: 'numeric', ...o }).resolvedOptions().hourCycle;
  assert.strictEqual(hc('en-US', {}), 'h12');
  assert.strictEqual(hc('en-US', { hour12: false }), 'h24');
  assert.strictEqual(hc('ja', {}), 'h23');
  assert.strictEqual(hc('ja', { hour12: true }), 'h11');
  assert.strictEqual(hc('de', { hour12: false }), 'h23');
  assert.strictEqual(hc('en-US', { hourCycle: 'h23' }), 'h23');
  assert.strictEqual(hc('en-US-u-hc-h23', {}), 'h23');
});

check('formatToParts types', () => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'UTC', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric',
    hour: 'numeric', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 2, timeZoneName: 'short',
  }).formatToParts(d);
  assert.deepStrictEqual(parts.filter((p) => p.type !== 'literal').map((p) => `${p.type}=${p.value}`), [
    'weekday=Monday', 'month=January', 'day=15', 'year=2024', 'hour=5', 'minute=05', 'second=09',
    'fractionalSecond=04', 'dayPeriod=PM', 'timeZoneName=UTC']);
  // formatToParts keeps CLDR's narrow no-break space; format() turns it into a plain space.
  assert.strictEqual(parts.map((p) => p.value).join(''), 'Monday, January 15, 2024 at 5:05:09.04\u202fPM UTC');
  assert.strictEqual(new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', hour: 'numeric' }).format(d), '5 PM');
});

check('format is a bound getter; argument handling', () => {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' });
  const { format } = f;
  assert.strictEqual(format, f.format);
  assert.strictEqual(format(0), '1/1/1970');
  assert.strictEqual(format(new Date(Date.UTC(2000, 1, 29))), '2/29/2000');
  assert.strictEqual(typeof format(), 'string');
  assert.strictEqual([0, 86400000].map(f.format).join(' '), '1/1/1970 1/2/1970');
  assert.throws(() => f.format(NaN), { name: 'RangeError', message: 'Invalid time value' });
  assert.throws(() => f.format(8.64e15 + 1), RangeError);
  assert.strictEqual(Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).format(0), '1/1/1970');
  assert.strictEqual(Object.prototype.toString.call(f), '[object Intl.DateTimeFormat]');
});

check('option errors like Node', () => {
  const err = (o) => { try { new Intl.DateTimeFormat('en', o); return 'ok'; } catch (e) { return `${e.name}: ${e.message}`; } };
  assert.strictEqual(err({ localeMatcher: 'x' }), 'RangeError: Value x out of range for Intl.DateTimeFormat options property localeMatcher');
  assert.strictEqual(err({ month: 'x' }), 'RangeError: Value x out of range for Intl.DateTimeFormat options property month');
  assert.strictEqual(err({ hourCycle: 'h25' }), 'RangeError: Value h25 out of range for Intl.DateTimeFormat options property hourCycle');
  assert.strictEqual(err({ calendar: '!!' }), 'RangeError: Invalid calendar : !!');
  assert.strictEqual(err({ numberingSystem: 'xx' }), 'RangeError: Invalid numberingSystem : xx');
  assert.strictEqual(err({ fractionalSecondDigits: 4 }), 'RangeError: fractionalSecondDigits value is out of range.');
  assert.strictEqual(err({ dateStyle: 'short', month: 'long' }), "TypeError: Can't set option month when dateStyle is used");
  assert.strictEqual(err({ timeStyle: 'short', hour: 'numeric' }), "TypeError: Can't set option hour when timeStyle is used");
  assert.strictEqual(err(null), 'TypeError: Cannot convert undefined or null to object');
  assert.strictEqual(err({ calendar: 'foo' }), 'ok');
});

check('formatRange / formatRangeToParts', () => {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' });
  const a = Date.UTC(2024, 0, 15, 10);
  assert.strictEqual(f.formatRange(a, a + 3600e3), '1/15/2024');
  assert.strictEqual(f.formatRange(a, a + 5 * 86400e3), '1/15/2024\u2009\u2013\u20091/20/2024');
  const t = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', hour: 'numeric', minute: 'numeric' });
  assert.strictEqual(t.formatRange(a, a + 2 * 3600e3), '10:00\u202fAM\u2009\u2013\u200912:00\u202fPM');
  const parts = f.formatRangeToParts(a, a + 5 * 86400e3);
  assert.deepStrictEqual(parts.slice(0, 2), [{ type: 'month', value: '1', source: 'startRange' }, { type: 'literal', value: '/', source: 'startRange' }]);
  assert.deepStrictEqual(f.formatRangeToParts(a, a)[0], { type: 'month', value: '1', source: 'shared' });
  assert.throws(() => f.formatRange(a), { name: 'TypeError', message: 'Invalid time value' });
});
