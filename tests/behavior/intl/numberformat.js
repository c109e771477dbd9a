'use strict';
// Intl.NumberFormat decimal formatting: locales, digit options, rounding, signs, grouping.
const { check, assert } = require('../check');

const nf = (l, o) => new Intl.NumberFormat(l, o);

check('decimal in many locales', () => {
  const n = -1234567.891;
  const got = ['en-US', 'en-IN', 'de-DE', 'fr-FR', 'ja-JP', 'ar-EG', 'es-ES', 'ru-RU', 'sv-SE'].map((l) => nf(l).format(n));
  assert.deepStrictEqual(got, ['-1,234,567.891', '-12,34,567.891', '-1.234.567,891', '-1\u202f234\u202f567,891', '-1,234,567.891',
    '\u061c-\u0661\u066c\u0662\u0663\u0664\u066c\u0665\u0666\u0667\u066b\u0668\u0669\u0661', '-1.234.567,891', '-1\u00a0234\u00a0567,891', '\u22121\u00a0234\u00a0567,891']);
});

check('toLocaleString for Number and BigInt', () => {
  assert.strictEqual((1234.5).toLocaleString('en-US'), '1,234.5');
  assert.strictEqual((1234.5).toLocaleString('de-DE', { minimumFractionDigits: 2 }), '1.234,50');
  assert.strictEqual((12345678901234567890n).toLocaleString('de-DE'), '12.345.678.901.234.567.890');
  assert.strictEqual((1e21).toLocaleString('en-US'), '1,000,000,000,000,000,000,000');
  assert.strictEqual((0.1 + 0.2).toLocaleString('en-US', { maximumFractionDigits: 20 }), '0.30000000000000004');
  assert.strictEqual((5e-7).toLocaleString('en-US', { maximumFractionDigits: 10 }), '0.0000005');
  assert.strictEqual((-0).toLocaleString('en-US'), '-0');
  assert.throws(() => Number.prototype.toLocaleString.call('x'), TypeError);
});

check('string and bigint inputs stay exact', () => {
  assert.strictEqual(nf('en-US').format('1234567890123456789012.5'), '1,234,567,890,123,456,789,012.5');
  assert.strictEqual(nf('en-US').format(12345678901234567890n), '12,345,678,901,234,567,890');
  assert.strictEqual(nf('en-US').format('abc'), 'NaN');
  assert.strictEqual(nf('en-US').format(''), '0');
});

check('fraction, significant and integer digits', () => {
  assert.deepStrictEqual([1.005, 2.5, -2.5, 0.125, 1234.5678].map((n) => nf('en-US', { maximumFractionDigits: 2 }).format(n)),
    ['1.01', '2.5', '-2.5', '0.13', '1,234.57']);
  assert.strictEqual(nf('en-US', { maximumSignificantDigits: 3 }).format(123456), '123,000');
  assert.strictEqual(nf('en-US', { minimumSignificantDigits: 5 }).format(1.5), '1.5000');
  assert.strictEqual(nf('en-US', { minimumIntegerDigits: 3 }).format(5), '005');
  assert.strictEqual(nf('en-US', { maximumSignificantDigits: 2, maximumFractionDigits: 3, roundingPriority: 'lessPrecision' }).format(1.23456), '1.2');
  assert.strictEqual(nf('en-US', { maximumSignificantDigits: 2, maximumFractionDigits: 3, roundingPriority: 'morePrecision' }).format(1.23456), '1.235');
  assert.strictEqual(nf('en-US', { minimumFractionDigits: 2, trailingZeroDisplay: 'stripIfInteger' }).format(5), '5');
  assert.strictEqual(nf('en-US', { minimumFractionDigits: 2, trailingZeroDisplay: 'stripIfInteger' }).format(5.1), '5.10');
  assert.strictEqual(nf('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2, roundingIncrement: 25 }).format(1.3), '1.25');
});

check('rounding modes', () => {
  const modes = ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc', 'halfEven'];
  const got = modes.map((m) => [2.5, -2.5, 2.45].map((n) => nf('en-US', { maximumFractionDigits: 0, roundingMode: m }).format(n)).join('/'));
  assert.deepStrictEqual(got, ['3/-2/3', '2/-3/2', '3/-3/3', '2/-2/2', '3/-2/2', '2/-3/2', '3/-3/2', '2/-2/2', '2/-2/2']);
});

check('signDisplay', () => {
  const got = ['auto', 'never', 'always', 'exceptZero', 'negative'].map((s) => [-1, 0, -0, 1, -0.0001].map((n) => nf('en-US', { signDisplay: s }).format(n)).join('/'));
  assert.deepStrictEqual(got, ['-1/0/-0/1/-0', '1/0/0/1/0', '-1/+0/-0/+1/-0', '-1/0/0/+1/0', '-1/0/0/1/0']);
});

check('useGrouping values', () => {
  const got = [false, 'always', 'min2', 'auto'].map((g) => [1234, 12345].map((n) => nf('es-ES', { useGrouping: g }).format(n)).join('/'));
  assert.deepStrictEqual(got, ['1234/12345', '1.234/12.345', '1234/12.345', '1234/12.345']);
  assert.deepStrictEqual(['true', 'false', true, false, 'always', 'min2', undefined].map((u) => nf('en-US', { useGrouping: u }).resolvedOptions().useGrouping),
    ['auto', 'auto', 'always', false, 'always', 'min2', 'auto']);
});

check('NaN, Infinity and formatToParts', () => {
  assert.deepStrictEqual(nf('en-US').formatToParts(-1234.5), [
    { type: 'minusSign', value: '-' }, { type: 'integer', value: '1' }, { type: 'group', value: ',' },
    { type: 'integer', value: '234' }, { type: 'decimal', value: '.' }, { type: 'fraction', value: '5' }]);
  assert.deepStrictEqual(nf('en-US').formatToParts(NaN), [{ type: 'nan', value: 'NaN' }]);
  assert.deepStrictEqual(nf('en-US').formatToParts(-Infinity), [{ type: 'minusSign', value: '-' }, { type: 'infinity', value: '∞' }]);
  assert.strictEqual(nf('en-US').format(Infinity), '∞');
});

check('numbering systems', () => {
  assert.strictEqual(nf('en-US-u-nu-arab').format(123), '\u0661\u0662\u0663');
  assert.strictEqual(nf('en-US', { numberingSystem: 'hanidec' }).format(123), '一二三');
  assert.strictEqual(nf('en-US', { numberingSystem: 'hanidec' }).resolvedOptions().numberingSystem, 'hanidec');
  assert.deepStrictEqual(['ar-EG', 'ar', 'fa', 'bn', 'mr', 'my', 'en', 'th'].map((l) => nf(l).resolvedOptions().numberingSystem),
    ['arab', 'latn', 'arabext', 'beng', 'deva', 'mymr', 'latn', 'latn']);
  assert.strictEqual(nf('en-u-nu-bogus').resolvedOptions().locale, 'en');
  assert.strictEqual(nf('en-u-nu-thai').format(12), '๑๒');
  assert.deepStrictEqual([nf('en', { numberingSystem: 'bogus' }).resolvedOptions().numberingSystem, nf('en', { numberingSystem: 'bogus' }).format(12)], ['latn', '12']);
});

check('resolvedOptions', () => {
  assert.deepStrictEqual(nf('en-US').resolvedOptions(), {
    locale: 'en-US', numberingSystem: 'latn', style: 'decimal', minimumIntegerDigits: 1, minimumFractionDigits: 0,
    maximumFractionDigits: 3, useGrouping: 'auto', notation: 'standard', signDisplay: 'auto', roundingMode: 'halfExpand',
    roundingIncrement: 1, trailingZeroDisplay: 'auto', roundingPriority: 'auto' });
  assert.deepStrictEqual(Object.keys(nf('en-US', { maximumSignificantDigits: 3, roundingPriority: 'lessPrecision' }).resolvedOptions()), [
    'locale', 'numberingSystem', 'style', 'minimumIntegerDigits', 'minimumSignificantDigits', 'maximumSignificantDigits',
    'minimumFractionDigits', 'maximumFractionDigits', 'useGrouping', 'notation', 'signDisplay', 'roundingMode',
    'roundingIncrement', 'trailingZeroDisplay', 'roundingPriority']);
});

check('option errors', () => {
  assert.throws(() => nf('en-US', { style: 'bogus' }), { name: 'RangeError', message: 'Value bogus out of range for Intl.NumberFormat options property style' });
  assert.throws(() => nf('en-US', { maximumFractionDigits: 200 }), { name: 'RangeError', message: 'maximumFractionDigits value is out of range.' });
  assert.throws(() => nf('en-US', { minimumFractionDigits: 3, maximumFractionDigits: 1 }), { name: 'RangeError' });
  assert.throws(() => nf('en-US', { roundingIncrement: 3 }), { name: 'RangeError', message: 'roundingIncrement value is out of range.' });
  assert.throws(() => nf('en-US', { maximumFractionDigits: 2, roundingIncrement: 5 }), { name: 'RangeError', message: 'maximumFractionDigits not equal to minimumFractionDigits' });
  assert.throws(() => nf('en-US', { numberingSystem: 'bogus!' }), { name: 'RangeError', message: 'Invalid numberingSystem : bogus!' });
  assert.throws(() => nf('en-US', { roundingMode: 'x' }), { name: 'RangeError', message: 'Value x out of range for Intl.NumberFormat options property roundingMode' });
  assert.throws(() => nf('en-US', null), { name: 'TypeError', message: 'Intl.NumberFormat called on null or undefined' });
  assert.throws(() => Intl.NumberFormat.prototype.formatToParts.call({}, 1), { name: 'TypeError', message: 'Method Intl.NumberFormat.prototype.formatToParts called on incompatible receiver #<Object>' });
});

check('callable without new, format is bound', () => {
  assert.strictEqual(Intl.NumberFormat('en-US').format(5), '5');
  const { format } = nf('de-DE');
  assert.deepStrictEqual([1000, 2.5].map(format), ['1.000', '2,5']);
  assert.strictEqual(Object.prototype.toString.call(nf()), '[object Intl.NumberFormat]');
});
