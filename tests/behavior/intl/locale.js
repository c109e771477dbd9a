'use strict';
// Intl.getCanonicalLocales, Intl.Locale and locale negotiation (supportedLocalesOf).
const { check, assert } = require('../check');

check('getCanonicalLocales canonicalises case, aliases and keywords', () => {
  assert.deepStrictEqual(
    Intl.getCanonicalLocales(['EN-us', 'zh-hant-tw', 'en-u-ca-gregory-nu-latn', 'iw', 'sh', 'de-DE-u-co-phonebk']),
    ['en-US', 'zh-Hant-TW', 'en-u-ca-gregory-nu-latn', 'he', 'sr-Latn', 'de-DE-u-co-phonebk']);
  assert.deepStrictEqual(Intl.getCanonicalLocales(['en-US', 'en-us', new Intl.Locale('fr')]), ['en-US', 'fr']);
  assert.deepStrictEqual(Intl.getCanonicalLocales(), []);
});

check('getCanonicalLocales errors', () => {
  assert.throws(() => Intl.getCanonicalLocales('en_US'), { name: 'RangeError', message: 'Incorrect locale information provided' });
  assert.throws(() => Intl.getCanonicalLocales(''), { name: 'RangeError', message: 'Incorrect locale information provided' });
  assert.throws(() => Intl.getCanonicalLocales('en-US-'), { name: 'RangeError', message: 'Invalid language tag: en-us-' });
  assert.throws(() => Intl.getCanonicalLocales([5]), { name: 'TypeError', message: 'Language ID should be string or object.' });
});

check('Intl.Locale subtags and keywords', () => {
  const l = new Intl.Locale('en', { region: 'GB', calendar: 'buddhist', numeric: true });
  assert.strictEqual(l.toString(), 'en-GB-u-ca-buddhist-kn');
  assert.strictEqual(l.baseName, 'en-GB');
  assert.strictEqual(l.language, 'en');
  assert.strictEqual(l.region, 'GB');
  assert.strictEqual(l.script, undefined);
  assert.strictEqual(l.calendar, 'buddhist');
  assert.strictEqual(l.numeric, true);
  assert.strictEqual(l.hourCycle, undefined);
  const d = new Intl.Locale('de-DE-u-co-phonebk-hc-h23', { numberingSystem: 'latn', caseFirst: 'lower' });
  assert.strictEqual(d.toString(), 'de-DE-u-co-phonebk-hc-h23-kf-lower-nu-latn');
  assert.deepStrictEqual([d.collation, d.hourCycle, d.caseFirst, d.numberingSystem, d.numeric], ['phonebk', 'h23', 'lower', 'latn', false]);
  assert.strictEqual(Object.prototype.toString.call(d), '[object Intl.Locale]');
});

check('Intl.Locale maximize/minimize', () => {
  assert.strictEqual(new Intl.Locale('en-GB-u-ca-buddhist-kn').maximize().toString(), 'en-Latn-GB-u-ca-buddhist-kn');
  assert.strictEqual(new Intl.Locale('zh').maximize().toString(), 'zh-Hans-CN');
  assert.strictEqual(new Intl.Locale('zh-Hant-TW').minimize().toString(), 'zh-TW');
  assert.strictEqual(new Intl.Locale('en-Latn-US').minimize().toString(), 'en');
  assert.strictEqual(new Intl.Locale('sr-Cyrl-RS').minimize().toString(), 'sr');
});

check('Intl.Locale textInfo and numberingSystems', () => {
  assert.deepStrictEqual(['ar-EG', 'he', 'en-US', 'fa', 'ja'].map((t) => new Intl.Locale(t).textInfo.direction), ['rtl', 'rtl', 'ltr', 'rtl', 'ltr']);
  assert.deepStrictEqual(['ar-EG', 'en-US', 'bn', 'en-u-nu-thai'].map((t) => new Intl.Locale(t).numberingSystems), [['arab'], ['latn'], ['beng'], ['thai']]);
});

check('Intl.Locale errors', () => {
  assert.throws(() => new Intl.Locale(''), { name: 'RangeError', message: "First argument to Intl.Locale constructor can't be empty or missing" });
  assert.throws(() => new Intl.Locale(5), { name: 'TypeError' });
  assert.throws(() => new Intl.Locale('en', { hourCycle: 'h25' }), { name: 'RangeError', message: 'Value h25 out of range for locale options property hourCycle' });
  assert.throws(() => new Intl.Locale('en', { region: 'XYZ' }), { name: 'RangeError', message: 'Incorrect locale information provided' });
  assert.throws(() => Intl.Locale('en'), { name: 'TypeError', message: "Constructor Intl.Locale requires 'new'" });
});

check('supportedLocalesOf and negotiation', () => {
  assert.deepStrictEqual(Intl.NumberFormat.supportedLocalesOf(['xx', 'en', 'de-XX']), ['en', 'de-XX']);
  assert.deepStrictEqual(Intl.Collator.supportedLocalesOf(['en-GB', 'qq']), ['en-GB']);
  assert.deepStrictEqual(Intl.PluralRules.supportedLocalesOf('fr'), ['fr']);
  assert.deepStrictEqual(Intl.ListFormat.supportedLocalesOf('de-AT'), ['de-AT']);
  assert.strictEqual(new Intl.NumberFormat('de-XX-u-nu-arab-ca-buddhist').resolvedOptions().locale, 'de-u-nu-arab');
  assert.strictEqual(new Intl.NumberFormat(['xx', 'fr-FR']).resolvedOptions().locale, 'fr-FR');
  assert.strictEqual(new Intl.Collator('en-u-kn-kf-upper').resolvedOptions().locale, 'en-u-kf-upper-kn');
});
