'use strict';
// Intl.ListFormat and Intl.Segmenter.
const { check, assert } = require('../check');

check('ListFormat types and styles', () => {
  const got = ['long', 'short', 'narrow'].flatMap((style) => ['conjunction', 'disjunction', 'unit'].map((type) => new Intl.ListFormat('en', { style, type }).format(['a', 'b', 'c'])));
  assert.deepStrictEqual(got, ['a, b, and c', 'a, b, or c', 'a, b, c', 'a, b, & c', 'a, b, or c', 'a, b, c', 'a, b, c', 'a, b, or c', 'a b c']);
  assert.deepStrictEqual(['de', 'fr', 'ja', 'es', 'zh'].map((l) => new Intl.ListFormat(l).format(['x', 'y', 'z'])), ['x, y und z', 'x, y et z', 'x、y、z', 'x, y y z', 'x、y和z']);
  assert.strictEqual(new Intl.ListFormat('de', { type: 'disjunction' }).format(['a', 'b', 'c']), 'a, b oder c');
  assert.strictEqual(new Intl.ListFormat('en').format([]), '');
  assert.strictEqual(new Intl.ListFormat('en').format(['a']), 'a');
  assert.strictEqual(new Intl.ListFormat('en').format('ab'), 'a and b');
});

check('ListFormat formatToParts, resolvedOptions, errors', () => {
  assert.deepStrictEqual(new Intl.ListFormat('en').formatToParts(['a', 'b', 'c']), [
    { type: 'element', value: 'a' }, { type: 'literal', value: ', ' }, { type: 'element', value: 'b' },
    { type: 'literal', value: ', and ' }, { type: 'element', value: 'c' }]);
  assert.deepStrictEqual(new Intl.ListFormat('en').resolvedOptions(), { locale: 'en', type: 'conjunction', style: 'long' });
  assert.throws(() => new Intl.ListFormat('en').format(['a', 1]), { name: 'TypeError', message: 'Iterable yielded 1 which is not a string' });
  assert.throws(() => new Intl.ListFormat('en', { type: 'x' }), RangeError);
  assert.throws(() => Intl.ListFormat('en'), { name: 'TypeError', message: "Constructor Intl.ListFormat requires 'new'" });
});

check('Segmenter graphemes', () => {
  assert.deepStrictEqual([...new Intl.Segmenter('en').segment('👨‍👩‍👧e\u0301x')].map((s) => s.segment), ['👨‍👩‍👧', 'e\u0301', 'x']);
  assert.deepStrictEqual([...new Intl.Segmenter('en').segment('ab')], [{ segment: 'a', index: 0, input: 'ab' }, { segment: 'b', index: 1, input: 'ab' }]);
  assert.deepStrictEqual([...new Intl.Segmenter('en').segment('')], []);
});

check('Segmenter words and sentences', () => {
  const words = [...new Intl.Segmenter('en', { granularity: 'word' }).segment('Hi, you 42!')];
  assert.deepStrictEqual(words.map((s) => [s.segment, s.index, s.isWordLike]), [
    ['Hi', 0, true], [',', 2, false], [' ', 3, false], ['you', 4, true], [' ', 7, false], ['42', 8, true], ['!', 10, false]]);
  assert.deepStrictEqual([...new Intl.Segmenter('en', { granularity: 'sentence' }).segment('Hello there. How are you? Fine!')].map((s) => s.segment),
    ['Hello there. ', 'How are you? ', 'Fine!']);
});

check('Segmenter containing and resolvedOptions', () => {
  const segs = new Intl.Segmenter('en', { granularity: 'word' }).segment('Hi, you!');
  assert.deepStrictEqual(segs.containing(1), { segment: 'Hi', index: 0, input: 'Hi, you!', isWordLike: true });
  assert.deepStrictEqual(segs.containing(5), { segment: 'you', index: 4, input: 'Hi, you!', isWordLike: true });
  assert.strictEqual(segs.containing(50), undefined);
  assert.strictEqual(segs.containing(-1), undefined);
  assert.deepStrictEqual(new Intl.Segmenter('en').resolvedOptions(), { locale: 'en', granularity: 'grapheme' });
  assert.throws(() => new Intl.Segmenter('en', { granularity: 'x' }), RangeError);
  assert.throws(() => Intl.Segmenter('en'), { name: 'TypeError', message: "Constructor Intl.Segmenter requires 'new'" });
});
