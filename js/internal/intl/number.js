'use strict';
// Intl.NumberFormat and PluralRules, Number/BigInt.prototype.toLocaleString, and the other
// ICU4X-backed Intl constructors (collator.js, list.js, segmenter.js, locale.js, ...).
const {
  binding, canonicalizeLocaleList, supportedLocalesOf, resolveLocale, coerceOptions, getOption, slotReader,
} = require('internal/intl/common');
const { NumberFormat, digitOptions, toDecimal } = require('internal/intl/numberformat');
const { Collator, stringLocaleCompare } = require('internal/intl/collator');
const { ListFormat, Segmenter, DisplayNames } = require('internal/intl/text');
const { Locale } = require('internal/intl/locale');

const PR = 'Intl.PluralRules';
const pluralSlots = new WeakMap();
const pluralSlot = slotReader(pluralSlots, 'PluralRules');

class PluralRules {
  constructor(locales, options) {
    const requested = canonicalizeLocaleList(locales);
    options = coerceOptions(options, PR);
    getOption(options, 'localeMatcher', ['lookup', 'best fit'], 'best fit', PR);
    const type = getOption(options, 'type', ['cardinal', 'ordinal'], 'cardinal', PR);
    const digits = digitOptions(options, 0, 3, 'standard', PR);
    const r = resolveLocale(requested, []);
    const rules = new binding.PluralRules(r.dataLocale, type === 'ordinal');
    const formatter = new binding.NumberFormatter({ ...digits, locale: 'en', useGrouping: 'false' });
    const o = { locale: r.locale, type, minimumIntegerDigits: digits.minimumIntegerDigits };
    if (digits.roundingType !== 'fractionDigits') {
      o.minimumSignificantDigits = digits.minimumSignificantDigits;
      o.maximumSignificantDigits = digits.maximumSignificantDigits;
    }
    if (digits.roundingType !== 'significantDigits') {
      o.minimumFractionDigits = digits.minimumFractionDigits;
      o.maximumFractionDigits = digits.maximumFractionDigits;
    }
    pluralSlots.set(this, { rules, formatter, options: o });
  }

  select(n) {
    const s = pluralSlot(this, 'select');
    return selectCategory(s, Number(n));
  }

  selectRange(start, end) {
    const s = pluralSlot(this, 'selectRange');
    if (start === undefined || end === undefined) throw new TypeError('start or end is undefined');
    const a = Number(start);
    const b = Number(end);
    if (Number.isNaN(a) || Number.isNaN(b)) throw new RangeError('Invalid number value');
    return s.rules.selectRange(rounded(s, a), rounded(s, b));
  }

  resolvedOptions() {
    const s = pluralSlot(this, 'resolvedOptions');
    return { ...s.options, pluralCategories: s.rules.categories() };
  }

  static supportedLocalesOf(locales, options) { return supportedLocalesOf(locales, options); }
}
Object.defineProperty(PluralRules.prototype, Symbol.toStringTag, { value: 'Intl.PluralRules', configurable: true });

const rounded = (s, n) => s.formatter.rounded(toDecimal(Math.abs(n)));
function selectCategory(s, n) {
  if (!Number.isFinite(n)) return 'other';
  return s.rules.select(rounded(s, n));
}

// toLocaleString keeps one NumberFormat per (locales, options) it has seen without options
// objects, the common case in loops.
const cache = new Map();
function formatterFor(locales, options) {
  if (options === undefined && (locales === undefined || typeof locales === 'string')) {
    const key = locales === undefined ? '' : locales;
    let nf = cache.get(key);
    if (nf === undefined) {
      nf = new NumberFormat(locales);
      if (cache.size > 64) cache.clear();
      cache.set(key, nf);
    }
    return nf;
  }
  return new NumberFormat(locales, options);
}

function thisNumber(n, type, name) {
  if (typeof n === type) return n;
  if (n !== null && typeof n === 'object') {
    try {
      const v = (type === 'number' ? Number : BigInt).prototype.valueOf.call(n);
      return v;
    } catch {}
  }
  throw new TypeError(`${name} requires that 'this' be a ${type === 'number' ? 'Number' : 'BigInt'}`);
}

const numberToLocaleString = (n, locales, options) =>
  formatterFor(locales, options).format(thisNumber(n, 'number', 'Number.prototype.toLocaleString'));
const bigintToLocaleString = (n, locales, options) =>
  formatterFor(locales, options).format(thisNumber(n, 'bigint', 'BigInt.prototype.toLocaleString'));

module.exports = {
  NumberFormat, Collator, PluralRules, Segmenter, ListFormat, Locale, DisplayNames,
  numberToLocaleString, bigintToLocaleString, stringLocaleCompare,
};

// install.js's lazy stubs look this module up on every call; once it is loaded, put direct
// methods in their place (localeCompare runs per comparison inside sort). A method the
// program replaced itself is left alone.
function installDirect(proto, name, length, fn) {
  const current = proto[name];
  if (!require('internal/intl/install').stubs.has(current)) return;
  const method = { [name](a, b, c) { return fn(this, a, b, c); } }[name];
  Object.defineProperty(method, 'length', { value: length });
  Object.defineProperty(proto, name, { value: method, writable: true, configurable: true, enumerable: false });
}
installDirect(Number.prototype, 'toLocaleString', 0, numberToLocaleString);
installDirect(BigInt.prototype, 'toLocaleString', 0, bigintToLocaleString);
installDirect(String.prototype, 'localeCompare', 1, stringLocaleCompare);
