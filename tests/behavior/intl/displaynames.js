'use strict';
// Intl.DisplayNames for languages, regions and scripts.
const { check, assert } = require('../check');

const dn = (l, o) => new Intl.DisplayNames(l, o);

check('region names', () => {
  assert.deepStrictEqual(['US', 'DE', 'JP', '419'].map((c) => dn('en', { type: 'region' }).of(c)), ['United States', 'Germany', 'Japan', 'Latin America']);
  assert.deepStrictEqual(['US', 'DE'].map((c) => dn('de', { type: 'region' }).of(c)), ['Vereinigte Staaten', 'Deutschland']);
  assert.strictEqual(dn('en', { type: 'region', style: 'short' }).of('GB'), 'UK');
  assert.strictEqual(dn('en', { type: 'region' }).of('XX'), 'XX');
  assert.strictEqual(dn('en', { type: 'region', fallback: 'none' }).of('XX'), undefined);
});

check('language and script names', () => {
  assert.deepStrictEqual(['en', 'en-US', 'en-GB', 'fr-CA', 'de'].map((c) => dn('en', { type: 'language' }).of(c)),
    ['English', 'American English', 'British English', 'Canadian French', 'German']);
  assert.deepStrictEqual(['Latn', 'Cyrl', 'Arab'].map((c) => dn('en', { type: 'script' }).of(c)), ['Latin', 'Cyrillic', 'Arabic']);
});

check('currency names', () => {
  assert.deepStrictEqual(['USD', 'EUR', 'JPY'].map((c) => dn('en', { type: 'currency' }).of(c)), ['US Dollar', 'Euro', 'Japanese Yen']);
  assert.deepStrictEqual(['USD', 'EUR', 'JPY'].map((c) => dn('de', { type: 'currency' }).of(c)), ['US-Dollar', 'Euro', 'Japanischer Yen']);
});

check('resolvedOptions and errors', () => {
  assert.deepStrictEqual(dn('en', { type: 'language' }).resolvedOptions(), { locale: 'en', style: 'long', type: 'language', fallback: 'code', languageDisplay: 'dialect' });
  assert.deepStrictEqual(dn('en', { type: 'region' }).resolvedOptions(), { locale: 'en', style: 'long', type: 'region', fallback: 'code' });
  assert.throws(() => dn('en'), { name: 'TypeError', message: 'invalid_argument' });
  assert.throws(() => dn('en', {}), { name: 'TypeError', message: 'invalid_argument' });
  assert.throws(() => dn('en', { type: 'region' }).of('1234'), { name: 'RangeError', message: 'invalid_argument' });
  assert.throws(() => dn('en', { type: 'language' }).of('en_US'), { name: 'RangeError', message: 'invalid_argument' });
  assert.throws(() => Intl.DisplayNames('en', { type: 'region' }), { name: 'TypeError', message: "Constructor Intl.DisplayNames requires 'new'" });
});
