'use strict';
// Intl.PluralRules: cardinal/ordinal selection, ranges, digit options, resolvedOptions.
const { check, assert } = require('../check');

check('cardinal categories per locale', () => {
  assert.deepStrictEqual([1, 2, 5, 21, 22, 25, 111].map((n) => new Intl.PluralRules('ru').select(n)), ['one', 'few', 'many', 'one', 'few', 'many', 'many']);
  assert.deepStrictEqual([0, 1, 2, 3, 11, 100].map((n) => new Intl.PluralRules('ar').select(n)), ['zero', 'one', 'two', 'few', 'many', 'other']);
  assert.deepStrictEqual([0, 1, 1.5, 2].map((n) => new Intl.PluralRules('fr').select(n)), ['one', 'one', 'one', 'other']);
  assert.deepStrictEqual([0, 1, 2].map((n) => new Intl.PluralRules('en').select(n)), ['other', 'one', 'other']);
  assert.strictEqual(new Intl.PluralRules('ja').select(1), 'other');
  assert.strictEqual(new Intl.PluralRules('en').select(NaN), 'other');
});

check('ordinal', () => {
  const pr = new Intl.PluralRules('en-US', { type: 'ordinal' });
  assert.deepStrictEqual([0, 1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map((n) => pr.select(n)),
    ['other', 'one', 'two', 'few', 'other', 'other', 'other', 'other', 'one', 'two', 'few', 'one']);
});

check('digit options change the category', () => {
  assert.deepStrictEqual([1, '1.50', 1.5, 2].map((n) => new Intl.PluralRules('en', { minimumFractionDigits: 1 }).select(n)), ['other', 'other', 'other', 'other']);
  assert.strictEqual(new Intl.PluralRules('en', { maximumFractionDigits: 0 }).select(1.2), 'one');
});

check('selectRange', () => {
  assert.strictEqual(new Intl.PluralRules('en').selectRange(1, 2), 'other');
  assert.strictEqual(new Intl.PluralRules('fr').selectRange(0, 1), 'one');
  assert.throws(() => new Intl.PluralRules('en').selectRange(1), TypeError);
});

check('resolvedOptions and pluralCategories order', () => {
  assert.deepStrictEqual(['ar', 'en', 'fr', 'ru', 'ja', 'cy'].map((l) => new Intl.PluralRules(l).resolvedOptions().pluralCategories), [
    ['few', 'many', 'one', 'two', 'zero', 'other'], ['one', 'other'], ['many', 'one', 'other'], ['few', 'many', 'one', 'other'],
    ['other'], ['few', 'many', 'one', 'two', 'zero', 'other']]);
  assert.deepStrictEqual(new Intl.PluralRules('en', { type: 'ordinal' }).resolvedOptions(), {
    locale: 'en', type: 'ordinal', minimumIntegerDigits: 1, minimumFractionDigits: 0, maximumFractionDigits: 3,
    pluralCategories: ['few', 'one', 'two', 'other'] });
});

check('errors', () => {
  assert.throws(() => Intl.PluralRules('en'), { name: 'TypeError', message: "Constructor Intl.PluralRules requires 'new'" });
  assert.throws(() => new Intl.PluralRules('en', { type: 'x' }), { name: 'RangeError', message: 'Value x out of range for Intl.PluralRules options property type' });
  assert.throws(() => Intl.PluralRules.prototype.select.call(1, 1), { name: 'TypeError', message: 'Method Intl.PluralRules.prototype.select called on incompatible receiver 1' });
});
