'use strict';
// Intl.ListFormat, Intl.Segmenter and Intl.DisplayNames on ICU4X.
const {
  binding, canonicalizeLocaleList, supportedLocalesOf, resolveLocale, coerceOptions, getOption, slotReader,
} = require('internal/intl/common');

function readOptions(options, name) {
  if (options === undefined) return Object.create(null);
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`Intl.${name} options must be an object`);
  }
  return options;
}

// --- ListFormat --------------------------------------------------------------------------
const listSlots = new WeakMap();
const listSlot = slotReader(listSlots, 'ListFormat');

function stringList(list) {
  if (list === undefined) return [];
  const out = [];
  for (const item of list) {
    if (typeof item !== 'string') throw new TypeError(`Iterable yielded ${typeof item === 'symbol' ? 'Symbol()' : String(item)} which is not a string`);
    out.push(item.toWellFormed());
  }
  return out;
}

class ListFormat {
  constructor(locales, options) {
    const requested = canonicalizeLocaleList(locales);
    options = readOptions(options, 'ListFormat');
    getOption(options, 'localeMatcher', ['lookup', 'best fit'], 'best fit', 'Intl.ListFormat');
    const r = resolveLocale(requested, []);
    const type = getOption(options, 'type', ['conjunction', 'disjunction', 'unit'], 'conjunction', 'Intl.ListFormat');
    const style = getOption(options, 'style', ['long', 'short', 'narrow'], 'long', 'Intl.ListFormat');
    listSlots.set(this, { native: new binding.ListFormatter(r.dataLocale, type, style), options: { locale: r.locale, type, style } });
  }
  format(list) {
    const s = listSlot(this, 'format');
    const flat = s.native.formatToParts(stringList(list));
    let out = '';
    for (let i = 1; i < flat.length; i += 2) out += flat[i];
    return out;
  }
  formatToParts(list) {
    const s = listSlot(this, 'formatToParts');
    const flat = s.native.formatToParts(stringList(list));
    const parts = [];
    for (let i = 0; i < flat.length; i += 2) parts.push({ type: flat[i], value: flat[i + 1] });
    return parts;
  }
  resolvedOptions() { return { ...listSlot(this, 'resolvedOptions').options }; }
  static supportedLocalesOf(locales, options) { return supportedLocalesOf(locales, options); }
}
Object.defineProperty(ListFormat.prototype, Symbol.toStringTag, { value: 'Intl.ListFormat', configurable: true });

// --- Segmenter ---------------------------------------------------------------------------
const segSlots = new WeakMap();
const segSlot = slotReader(segSlots, 'Segmenter');

class Segmenter {
  constructor(locales, options) {
    const requested = canonicalizeLocaleList(locales);
    options = readOptions(options, 'Segmenter');
    getOption(options, 'localeMatcher', ['lookup', 'best fit'], 'best fit', 'Intl.Segmenter');
    const r = resolveLocale(requested, []);
    const granularity = getOption(options, 'granularity', ['grapheme', 'word', 'sentence'], 'grapheme', 'Intl.Segmenter');
    segSlots.set(this, { granularity, options: { locale: r.locale, granularity } });
  }
  segment(input) {
    const s = segSlot(this, 'segment');
    return new Segments(s.granularity, String(input));
  }
  resolvedOptions() { return { ...segSlot(this, 'resolvedOptions').options }; }
  static supportedLocalesOf(locales, options) { return supportedLocalesOf(locales, options); }
}
Object.defineProperty(Segmenter.prototype, Symbol.toStringTag, { value: 'Intl.Segmenter', configurable: true });

const segmentsData = new WeakMap();
function segmentData(input, granularity, start, end, wordLike) {
  const d = { segment: input.slice(start, end), index: start, input };
  if (granularity === 'word') d.isWordLike = wordLike;
  return d;
}

class Segments {
  constructor(granularity, input) {
    // [end, wordLike, end, wordLike, ...] in UTF-16 indices, computed once per input.
    segmentsData.set(this, { granularity, input, breaks: binding.segmentBreaks(granularity, input.toWellFormed()) });
  }
  containing(index) {
    const { granularity, input, breaks } = segmentsData.get(this);
    let n = Math.trunc(Number(index)) || 0;
    if (index === undefined) n = 0;
    if (n < 0 || n >= input.length) return undefined;
    let start = 0;
    for (let i = 0; i < breaks.length; i += 2) {
      if (n < breaks[i]) return segmentData(input, granularity, start, breaks[i], breaks[i + 1] === 1);
      start = breaks[i];
    }
    return undefined;
  }
  [Symbol.iterator]() {
    const { granularity, input, breaks } = segmentsData.get(this);
    let i = 0;
    let start = 0;
    return {
      next() {
        if (i >= breaks.length) return { value: undefined, done: true };
        const value = segmentData(input, granularity, start, breaks[i], breaks[i + 1] === 1);
        start = breaks[i];
        i += 2;
        return { value, done: false };
      },
      [Symbol.iterator]() { return this; },
      [Symbol.toStringTag]: 'Segmenter String Iterator',
    };
  }
}

// --- DisplayNames ------------------------------------------------------------------------
const dnSlots = new WeakMap();
const CODE_SHAPES = { region: /^([a-z]{2}|\d{3})$/i, script: /^[a-z]{4}$/i, currency: /^[a-z]{3}$/i };
const dnSlot = slotReader(dnSlots, 'DisplayNames');

class DisplayNames {
  constructor(locales, options) {
    const requested = canonicalizeLocaleList(locales);
    if (options === undefined) throw new TypeError('invalid_argument');
    options = readOptions(options, 'DisplayNames');
    getOption(options, 'localeMatcher', ['lookup', 'best fit'], 'best fit', 'Intl.DisplayNames');
    const r = resolveLocale(requested, []);
    const style = getOption(options, 'style', ['narrow', 'short', 'long'], 'long', 'Intl.DisplayNames');
    const type = getOption(options, 'type', ['language', 'region', 'script', 'currency', 'calendar', 'dateTimeField'], undefined, 'Intl.DisplayNames');
    if (type === undefined) throw new TypeError('invalid_argument');
    const fallback = getOption(options, 'fallback', ['code', 'none'], 'code', 'Intl.DisplayNames');
    const languageDisplay = getOption(options, 'languageDisplay', ['dialect', 'standard'], 'dialect', 'Intl.DisplayNames');
    const o = { locale: r.locale, style, type, fallback };
    if (type === 'language') o.languageDisplay = languageDisplay;
    dnSlots.set(this, { options: o, dataLocale: r.dataLocale });
  }
  of(code) {
    const s = dnSlot(this, 'of');
    code = String(code);
    const { type, fallback, style } = s.options;
    const shape = CODE_SHAPES[type];
    if (shape && !shape.test(code)) throw new RangeError('invalid_argument');
    if (type === 'language' && binding.canonicalizeLocale(code) === undefined) throw new RangeError('invalid_argument');
    // V8 looks region and script codes up only in their canonical case ("US", "Latn").
    const canonicalCase = type === 'region' ? /^([A-Z]{2}|\d{3})$/.test(code) : type === 'script' ? /^[A-Z][a-z]{3}$/.test(code) : true;
    const name = canonicalCase && binding.displayName(s.dataLocale, type, style, s.options.languageDisplay !== 'standard', code);
    // ICU4X echoes unknown languages back; Node's fallback does the same with "code".
    if (name && name !== code) return name;
    return fallback === 'none' ? undefined : code;
  }
  resolvedOptions() { return { ...dnSlot(this, 'resolvedOptions').options }; }
  static supportedLocalesOf(locales, options) { return supportedLocalesOf(locales, options); }
}
Object.defineProperty(DisplayNames.prototype, Symbol.toStringTag, { value: 'Intl.DisplayNames', configurable: true });

module.exports = { ListFormat, Segmenter, DisplayNames };
