'use strict';
// Intl.RelativeTimeFormat: numeric always/auto, styles, units, parts, locales and errors.
const { check, assert } = require('../check');

const rtf = (locale, options) => new Intl.RelativeTimeFormat(locale, options);

check('English long/short/narrow, numeric always/auto', () => {
  assert.strictEqual(rtf('en').format(-1, 'day'), '1 day ago');
  assert.strictEqual(rtf('en').format(3, 'days'), 'in 3 days');
  assert.strictEqual(rtf('en', { numeric: 'auto' }).format(-1, 'day'), 'yesterday');
  assert.strictEqual(rtf('en', { numeric: 'auto' }).format(0, 'year'), 'this year');
  assert.strictEqual(rtf('en', { numeric: 'auto' }).format(1, 'week'), 'next week');
  assert.strictEqual(rtf('en', { numeric: 'auto' }).format(5, 'minutes'), 'in 5 minutes');
  assert.strictEqual(rtf('en', { style: 'short' }).format(-3, 'month'), '3 mo. ago');
  assert.strictEqual(rtf('en').format(-0, 'second'), '0 seconds ago');
  assert.strictEqual(rtf('en').format(1.23456, 'hour'), 'in 1.235 hours');
  assert.strictEqual(rtf('en').format(2, 'quarter'), 'in 2 quarters');
});

check('formatToParts', () => {
  assert.deepStrictEqual(rtf('en').formatToParts(1234.5, 'days'), [
    { type: 'literal', value: 'in ' }, { type: 'integer', value: '1', unit: 'day' },
    { type: 'group', value: ',', unit: 'day' }, { type: 'integer', value: '234', unit: 'day' },
    { type: 'decimal', value: '.', unit: 'day' }, { type: 'fraction', value: '5', unit: 'day' },
    { type: 'literal', value: ' days' }]);
  assert.deepStrictEqual(rtf('en', { numeric: 'auto' }).formatToParts(1, 'day'), [{ type: 'literal', value: 'tomorrow' }]);
});

check('other locales', () => {
  assert.strictEqual(rtf('de', { numeric: 'auto' }).format(-1, 'day'), 'gestern');
  assert.strictEqual(rtf('de').format(-2, 'year'), 'vor 2 Jahren');
  assert.strictEqual(rtf('fr').format(-2, 'year'), 'il y a 2 ans');
  assert.strictEqual(rtf('es', { numeric: 'auto' }).format(-1, 'day'), 'ayer');
  assert.strictEqual(rtf('ja').format(-2, 'year'), '2 年前');
});

check('resolvedOptions and errors', () => {
  assert.deepStrictEqual(rtf('en').resolvedOptions(), { locale: 'en', style: 'long', numeric: 'always', numberingSystem: 'latn' });
  assert.strictEqual(rtf('de-DE', { style: 'narrow' }).resolvedOptions().style, 'narrow');
  const r = rtf('en');
  assert.throws(() => r.format(1, 'foo'), { name: 'RangeError', message: "Invalid unit argument for Intl.RelativeTimeFormat.prototype.format() 'foo'" });
  assert.throws(() => r.format(NaN, 'day'), { name: 'RangeError', message: 'Value need to be finite number for Intl.RelativeTimeFormat.prototype.format()' });
  assert.throws(() => rtf('en', { style: 'x' }), { name: 'RangeError', message: 'Value x out of range for Intl.RelativeTimeFormat options property style' });
  assert.throws(() => Intl.RelativeTimeFormat('en'), TypeError);
});
