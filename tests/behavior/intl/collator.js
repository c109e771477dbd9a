'use strict';
// Intl.Collator and String.prototype.localeCompare.
const { check, assert } = require('../check');

check('locale-aware sort', () => {
  assert.deepStrictEqual(['b', 'a', 'B', 'ä', 'A', 'z', '10', '9'].sort(new Intl.Collator('de').compare), ['10', '9', 'a', 'A', 'ä', 'b', 'B', 'z']);
  assert.deepStrictEqual(['ä', 'a', 'z'].sort(new Intl.Collator('sv').compare), ['a', 'z', 'ä']);
  assert.deepStrictEqual(['ä', 'a', 'z'].sort((a, b) => a.localeCompare(b, 'sv')), ['a', 'z', 'ä']);
  assert.deepStrictEqual(['résumé', 'resume', 'Resume', 'résume'].sort((a, b) => a.localeCompare(b, 'en')), ['resume', 'Resume', 'résume', 'résumé']);
});

check('numeric and caseFirst', () => {
  assert.deepStrictEqual(['item10', 'item9', 'Item1'].sort(new Intl.Collator('en', { numeric: true }).compare), ['Item1', 'item9', 'item10']);
  assert.deepStrictEqual(['a', 'B', 'b', 'A'].sort(new Intl.Collator('en', { caseFirst: 'upper' }).compare), ['A', 'a', 'B', 'b']);
  assert.deepStrictEqual(['a', 'B', 'b', 'A'].sort(new Intl.Collator('en', { caseFirst: 'lower' }).compare), ['a', 'A', 'b', 'B']);
  assert.deepStrictEqual(['x2', 'x10'].sort(new Intl.Collator('en-u-kn').compare), ['x2', 'x10']);
});

check('sensitivity and ignorePunctuation', () => {
  const got = ['a', 'á', 'A', 'b'].map((x) => ['base', 'accent', 'case', 'variant'].map((s) => new Intl.Collator('en', { sensitivity: s }).compare('a', x)));
  assert.deepStrictEqual(got, [[0, 0, 0, 0], [0, -1, 0, -1], [0, 0, -1, -1], [-1, -1, -1, -1]]);
  assert.deepStrictEqual(['a-b', 'ab', 'a b'].map((x) => new Intl.Collator('en', { ignorePunctuation: true }).compare('ab', x)), [0, 0, 0]);
  assert.strictEqual('a'.localeCompare('A', 'en', { sensitivity: 'base' }), 0);
});

check('resolvedOptions', () => {
  assert.deepStrictEqual(new Intl.Collator('de').resolvedOptions(), {
    locale: 'de', usage: 'sort', sensitivity: 'variant', ignorePunctuation: false, collation: 'default', numeric: false, caseFirst: 'false' });
  assert.deepStrictEqual(new Intl.Collator('en-u-kn-kf-upper').resolvedOptions(), {
    locale: 'en-u-kf-upper-kn', usage: 'sort', sensitivity: 'variant', ignorePunctuation: false, collation: 'default', numeric: true, caseFirst: 'upper' });
  assert.deepStrictEqual(new Intl.Collator('en', { numeric: true, caseFirst: 'upper' }).resolvedOptions().locale, 'en');
});

check('callable, compare bound, errors', () => {
  const { compare } = Intl.Collator('en');
  assert.deepStrictEqual(['c', 'a', 'b'].sort(compare), ['a', 'b', 'c']);
  assert.throws(() => Intl.Collator.prototype.resolvedOptions.call({}), { name: 'TypeError', message: 'Method Intl.Collator.prototype.resolvedOptions called on incompatible receiver #<Object>' });
  assert.throws(() => new Intl.Collator('en', { sensitivity: 'x' }), RangeError);
  assert.throws(() => String.prototype.localeCompare.call(null, 'a'), TypeError);
});
