'use strict';
// Intl.Collator and String.prototype.localeCompare on ICU4X's collator. Collators are kept
// per (locales, options) for localeCompare, which runs inside sort comparators.
const {
  binding, canonicalizeLocaleList, supportedLocalesOf, resolveLocale, coerceOptions, getOption, TYPE_SEQUENCE, slotReader, receiverName,
} = require('internal/intl/common');

const CTOR = 'Intl.Collator';
const slots = new WeakMap();
const slot = slotReader(slots, 'Collator');

// Collation types Node reports; "standard" and "search" are not selectable through -u-co.
const BAD_COLLATIONS = ['standard', 'search'];

class Collator {
  constructor(locales, options) {
    const requested = canonicalizeLocaleList(locales);
    options = coerceOptions(options, CTOR);
    const usage = getOption(options, 'usage', ['sort', 'search'], 'sort', CTOR);
    getOption(options, 'localeMatcher', ['lookup', 'best fit'], 'best fit', CTOR);
    const collation = getOption(options, 'collation', null, undefined, CTOR);
    if (collation !== undefined && !TYPE_SEQUENCE.test(collation)) throw new RangeError(`Invalid collation : ${collation}`);
    let numeric = options.numeric === undefined ? undefined : String(Boolean(options.numeric));
    const caseFirst = getOption(options, 'caseFirst', ['upper', 'lower', 'false'], undefined, CTOR);
    const r = resolveLocale(requested, ['co', 'kf', 'kn'], { co: collation, kf: caseFirst, kn: numeric },
      (k, v) => (k === 'kn' ? v === 'true' || v === 'false' : k === 'kf' ? ['upper', 'lower', 'false'].includes(v) : !BAD_COLLATIONS.includes(v)));
    const sensitivity = getOption(options, 'sensitivity', ['base', 'accent', 'case', 'variant'], 'variant', CTOR);
    const ignorePunctuation = getOption(options, 'ignorePunctuation', null, false, CTOR, 'boolean');
    numeric = r.keywords.kn === 'true';
    const native = new binding.Collator(r.dataLocale, sensitivity, ignorePunctuation);
    slots.set(this, {
      native,
      bound: undefined,
      options: {
        locale: r.locale, usage, sensitivity, ignorePunctuation, collation: r.keywords.co || 'default',
        numeric, caseFirst: r.keywords.kf || 'false',
      },
    });
  }

  get compare() {
    const s = slots.get(this);
    if (s === undefined) throw new TypeError(`Method get Intl.Collator.prototype.compare called on incompatible receiver ${receiverName(this)}`);
    if (s.bound === undefined) {
      const fn = (a, b) => compareWith(s.native, String(a), String(b));
      Object.defineProperty(fn, 'name', { value: '' });
      s.bound = fn;
    }
    return s.bound;
  }

  resolvedOptions() { return { ...slot(this, 'resolvedOptions').options }; }

  static supportedLocalesOf(locales, options) { return supportedLocalesOf(locales, options); }
}
Object.defineProperty(Collator.prototype, Symbol.toStringTag, { value: 'Intl.Collator', configurable: true });

// The natives take UTF-8, so lone surrogates are passed as U+FFFD (which is how ICU4X
// compares them anyway); the retry keeps the common path free of the scan.
function compareWith(native, a, b) {
  try {
    return native.compare(a, b);
  } catch {
    return native.compare(a.toWellFormed(), b.toWellFormed());
  }
}

const cache = new Map();
let defaultNative;
function stringLocaleCompare(s, that, locales, options) {
  if (s === null || s === undefined) throw new TypeError('String.prototype.localeCompare called on null or undefined');
  if (locales === undefined && options === undefined && typeof s === 'string' && typeof that === 'string') {
    if (defaultNative === undefined) defaultNative = slots.get(new Collator()).native;
    return compareWith(defaultNative, s, that);
  }
  s = String(s);
  that = String(that);
  let key;
  if (options === undefined && (locales === undefined || typeof locales === 'string')) key = locales === undefined ? '' : locales;
  let native = key === undefined ? undefined : cache.get(key);
  if (native === undefined) {
    native = slots.get(new Collator(locales, options)).native;
    if (key !== undefined) {
      if (cache.size > 64) cache.clear();
      cache.set(key, native);
    }
  }
  return compareWith(native, s, that);
}

module.exports = { Collator, stringLocaleCompare };
