'use strict';
// Intl.NumberFormat percent, currency, compact and scientific output.
const { check, assert } = require('../check');

const nf = (l, o) => new Intl.NumberFormat(l, o);
const cur = (l, c, o) => nf(l, { style: 'currency', currency: c, ...o });

check('currency displays', () => {
  const got = ['symbol', 'narrowSymbol', 'code', 'name'].map((d) => ['USD', 'EUR', 'JPY', 'GBP', 'INR'].map((c) => cur('en-US', c, { currencyDisplay: d }).format(-1234.567)).join(' | '));
  assert.deepStrictEqual(got, [
    '-$1,234.57 | -€1,234.57 | -¥1,235 | -£1,234.57 | -₹1,234.57',
    '-$1,234.57 | -€1,234.57 | -¥1,235 | -£1,234.57 | -₹1,234.57',
    '-USD\u00a01,234.57 | -EUR\u00a01,234.57 | -JPY\u00a01,235 | -GBP\u00a01,234.57 | -INR\u00a01,234.57',
    '-1,234.57 US dollars | -1,234.57 euros | -1,235 Japanese yen | -1,234.57 British pounds | -1,234.57 Indian rupees']);
});

check('currency in locales', () => {
  const got = ['de-DE', 'fr-FR', 'ja-JP', 'en-IN', 'pt-BR', 'nl-NL', 'es-ES'].map((l) => cur(l, 'EUR').format(-1234567.891));
  assert.deepStrictEqual(got, ['-1.234.567,89\u00a0€', '-1\u202f234\u202f567,89\u00a0€', '-€1,234,567.89', '-€12,34,567.89',
    '-€\u00a01.234.567,89', '€\u00a0-1.234.567,89', '-1.234.567,89\u00a0€']);
  assert.strictEqual(cur('ja-JP', 'JPY').format(1234.5), '￥1,235');
});

check('currency parts, accounting and sign', () => {
  assert.deepStrictEqual(cur('en-US', 'USD', { currencyDisplay: 'name' }).formatToParts(1), [
    { type: 'integer', value: '1' }, { type: 'decimal', value: '.' }, { type: 'fraction', value: '00' },
    { type: 'literal', value: ' ' }, { type: 'currency', value: 'US dollars' }]);
  assert.deepStrictEqual(cur('en-US', 'USD', { currencySign: 'accounting' }).formatToParts(-1), [
    { type: 'literal', value: '(' }, { type: 'currency', value: '$' }, { type: 'integer', value: '1' },
    { type: 'decimal', value: '.' }, { type: 'fraction', value: '00' }, { type: 'literal', value: ')' }]);
  const got = ['auto', 'never', 'always', 'exceptZero', 'negative'].map((s) => [-1, 0, 1].map((n) => cur('en-US', 'USD', { signDisplay: s, currencySign: 'accounting' }).format(n)).join('/'));
  assert.deepStrictEqual(got, ['($1.00)/$0.00/$1.00', '$1.00/$0.00/$1.00', '($1.00)/+$0.00/+$1.00', '($1.00)/$0.00/+$1.00', '($1.00)/$0.00/$1.00']);
  assert.deepStrictEqual(cur('de-DE', 'EUR').resolvedOptions(), {
    locale: 'de-DE', numberingSystem: 'latn', style: 'currency', currency: 'EUR', currencyDisplay: 'symbol', currencySign: 'standard',
    minimumIntegerDigits: 1, minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: 'auto', notation: 'standard',
    signDisplay: 'auto', roundingMode: 'halfExpand', roundingIncrement: 1, trailingZeroDisplay: 'auto', roundingPriority: 'auto' });
});

check('currency errors', () => {
  assert.throws(() => nf('en-US', { style: 'currency' }), { name: 'TypeError', message: 'Currency code is required with currency style.' });
  assert.throws(() => nf('en-US', { currency: 'us' }), { name: 'RangeError', message: 'Invalid currency code : us' });
});

check('percent', () => {
  assert.strictEqual(nf('en-US', { style: 'percent' }).format(0.256), '26%');
  assert.strictEqual(nf('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(0.2567), '25.7%');
  assert.deepStrictEqual(['de-DE', 'fr-FR', 'tr-TR', 'ja-JP'].map((l) => nf(l, { style: 'percent' }).format(-0.256)),
    ['-26\u00a0%', '-26\u00a0%', '-%26', '-26%']);
  assert.deepStrictEqual(nf('fr-FR', { style: 'percent', signDisplay: 'always' }).formatToParts(0.25), [
    { type: 'plusSign', value: '+' }, { type: 'integer', value: '25' }, { type: 'literal', value: '\u00a0' }, { type: 'percentSign', value: '%' }]);
  assert.strictEqual(nf('en-US', { style: 'percent' }).format(12345678901234567890n), '1,234,567,890,123,456,789,000%');
});

check('compact notation', () => {
  assert.deepStrictEqual([999999, 999.9, 1e15, 0.5, 12, 1500, 15000, 1234567].map((n) => nf('en-US', { notation: 'compact' }).format(n)),
    ['1M', '1K', '1000T', '0.5', '12', '1.5K', '15K', '1.2M']);
  assert.deepStrictEqual(nf('en-US', { notation: 'compact', compactDisplay: 'long' }).formatToParts(1234567), [
    { type: 'integer', value: '1' }, { type: 'decimal', value: '.' }, { type: 'fraction', value: '2' },
    { type: 'literal', value: ' ' }, { type: 'compact', value: 'million' }]);
  assert.deepStrictEqual(['de-DE', 'ja-JP', 'en-IN', 'es-ES'].map((l) => nf(l, { notation: 'compact' }).format(1234567)),
    ['1,2\u00a0Mio.', '123万', '12L', '1,2\u00a0M']);
  const o = nf('en-US', { notation: 'compact' }).resolvedOptions();
  assert.deepStrictEqual([o.useGrouping, o.minimumSignificantDigits, o.maximumSignificantDigits, o.maximumFractionDigits, o.roundingPriority, o.compactDisplay],
    ['min2', 1, 2, 0, 'morePrecision', 'short']);
});

check('compact currency', () => {
  assert.deepStrictEqual(['en-US', 'de-DE', 'ja-JP', 'en-IN'].map((l) => [1234, 1234567, 0.5].map((n) => cur(l, 'EUR', { notation: 'compact' }).format(n)).join(' | ')),
    ['€1.2K | €1.2M | €0.5', '1234\u00a0€ | 1,2\u00a0Mio.\u00a0€ | 0,5\u00a0€', '€1234 | €123万 | €0.5', '€1.2K | €12L | €0.5']);
  assert.strictEqual(cur('en-US', 'EUR', { notation: 'compact', compactDisplay: 'long' }).format(1234567), '€1.2M');
});

check('scientific and engineering notation', () => {
  assert.deepStrictEqual(nf('en-US', { notation: 'scientific' }).formatToParts(-123456), [
    { type: 'minusSign', value: '-' }, { type: 'integer', value: '1' }, { type: 'decimal', value: '.' },
    { type: 'fraction', value: '235' }, { type: 'exponentSeparator', value: 'E' }, { type: 'exponentInteger', value: '5' }]);
  assert.deepStrictEqual([0, 1, 10, 99999, 0.001].map((n) => nf('en-US', { notation: 'scientific' }).format(n)),
    ['0E0', '1E0', '1E1', '1E5', '1E-3']);
  assert.strictEqual(nf('en-US', { notation: 'engineering' }).format(0.000123456), '123.456E-6');
  assert.strictEqual(nf('de-DE', { notation: 'scientific' }).format(12345), '1,235E4');
});

check('formatRange', () => {
  const nf2 = (o) => nf('en-US', o);
  assert.deepStrictEqual([nf2().formatRange(3, 5), nf2().formatRange(3, 3), nf2({ style: 'currency', currency: 'USD' }).formatRange(3, 5),
    nf2({ style: 'percent' }).formatRange(0.03, 0.05), cur('de-DE', 'EUR').formatRange(3, 5), nf2().formatRange(-5, -3), nf2({ maximumFractionDigits: 0 }).formatRange(2.9, 3.1)],
  ['3–5', '~3', '$3.00 – $5.00', '3% – 5%', '3,00–5,00\u00a0€', '-5 – -3', '~3']);
  assert.deepStrictEqual(nf2().formatRangeToParts(3, 5), [
    { type: 'integer', value: '3', source: 'startRange' }, { type: 'literal', value: '–', source: 'shared' }, { type: 'integer', value: '5', source: 'endRange' }]);
  assert.throws(() => nf2().formatRange(NaN, 3), { name: 'RangeError', message: 'Invalid start : NaN' });
});

check('supportedValuesOf', () => {
  assert.strictEqual(Intl.supportedValuesOf('unit').length, 45);
  assert.ok(Intl.supportedValuesOf('unit').includes('kilobyte'));
  assert.throws(() => Intl.supportedValuesOf('x'), { name: 'RangeError', message: 'Invalid key : x' });
});
