'use strict';
// A small English-only `Intl`. QuickJS-NG ships without ICU; packages mostly use Intl
// for plural rules, number grouping, locale detection and grapheme segmentation, which
// this covers for 'en-US'. Formatting for other locales falls back to English.

const LOCALE = 'en-US';
const timeZone = () => process.env.TZ || 'UTC';

function getCanonicalLocales(locales) {
  if (locales === undefined) return [];
  return (Array.isArray(locales) ? locales : [locales]).map(String);
}

function groupDigits(intPart, useGrouping) {
  if (useGrouping === false) return intPart;
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

class NumberFormat {
  constructor(locales, options = {}) {
    this.options = {
      locale: LOCALE,
      numberingSystem: 'latn',
      style: options.style || 'decimal',
      currency: options.currency,
      minimumIntegerDigits: options.minimumIntegerDigits || 1,
      minimumFractionDigits: options.minimumFractionDigits ?? (options.style === 'currency' ? 2 : 0),
      maximumFractionDigits: options.maximumFractionDigits ??
        Math.max(options.minimumFractionDigits ?? 0, options.style === 'currency' ? 2 : options.style === 'percent' ? 0 : 3),
      useGrouping: options.useGrouping ?? true,
      notation: options.notation || 'standard',
      signDisplay: options.signDisplay || 'auto',
      unit: options.unit,
    };
  }
  format(value) {
    const o = this.options;
    let n = Number(value);
    if (Number.isNaN(n)) return 'NaN';
    if (o.style === 'percent') n *= 100;
    const negative = n < 0 || Object.is(n, -0);
    n = Math.abs(n);
    if (!Number.isFinite(n)) return `${negative ? '-' : ''}∞`;
    let text = n.toFixed(o.maximumFractionDigits);
    if (text.includes('.')) {
      let [i, f] = text.split('.');
      f = f.replace(/0+$/, '');
      while (f.length < o.minimumFractionDigits) f += '0';
      text = f ? `${i}.${f}` : i;
    }
    let [intPart, frac] = text.split('.');
    intPart = intPart.padStart(o.minimumIntegerDigits, '0');
    text = groupDigits(intPart, o.useGrouping) + (frac ? `.${frac}` : '');
    if (o.style === 'percent') text += '%';
    if (o.style === 'currency') text = (o.currency === 'USD' || !o.currency ? '$' : `${o.currency} `) + text;
    if (o.style === 'unit' && o.unit) text += ` ${o.unit}`;
    const sign = negative && Number(value) !== 0 ? '-' : (o.signDisplay === 'always' || (o.signDisplay === 'exceptZero' && n !== 0)) ? '+' : '';
    return sign + text;
  }
  formatToParts(value) { return [{ type: 'literal', value: this.format(value) }]; }
  resolvedOptions() { return { ...this.options }; }
  static supportedLocalesOf(locales) { return getCanonicalLocales(locales).filter((l) => l.startsWith('en')); }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

class DateTimeFormat {
  constructor(locales, options = {}) {
    this.options = { locale: LOCALE, calendar: 'gregory', numberingSystem: 'latn', timeZone: options.timeZone || timeZone(), ...options };
  }
  format(date = Date.now()) {
    const d = new Date(date);
    if (Number.isNaN(d.getTime())) throw new RangeError('Invalid time value');
    const utc = this.options.timeZone === 'UTC';
    const get = (m) => (utc ? d[`getUTC${m}`]() : d[`get${m}`]());
    const o = this.options;
    const hasDate = o.year || o.month || o.day || o.weekday || o.dateStyle;
    const hasTime = o.hour || o.minute || o.second || o.timeStyle;
    const parts = [];
    if (hasDate || !hasTime) {
      if (o.month === 'long' || o.dateStyle === 'long' || o.dateStyle === 'full') {
        parts.push(`${o.weekday || o.dateStyle === 'full' ? `${DAYS[get('Day')]}, ` : ''}${MONTHS[get('Month')]} ${get('Date')}, ${get('FullYear')}`);
      } else {
        parts.push(`${get('Month') + 1}/${get('Date')}/${get('FullYear')}`);
      }
    }
    if (hasTime) {
      const h = get('Hours');
      const hour12 = o.hour12 !== false && o.hourCycle !== 'h23';
      const hh = hour12 ? ((h + 11) % 12) + 1 : String(h).padStart(2, '0');
      let t = `${hh}:${String(get('Minutes')).padStart(2, '0')}`;
      if (o.second || o.timeStyle === 'medium' || o.timeStyle === 'long') t += `:${String(get('Seconds')).padStart(2, '0')}`;
      if (hour12) t += h < 12 ? ' AM' : ' PM';
      parts.push(t);
    }
    return parts.join(', ');
  }
  formatToParts(date) { return [{ type: 'literal', value: this.format(date) }]; }
  resolvedOptions() { return { ...this.options }; }
  static supportedLocalesOf(locales) { return getCanonicalLocales(locales).filter((l) => l.startsWith('en')); }
}

class Collator {
  constructor(locales, options = {}) {
    this.options = { locale: LOCALE, usage: 'sort', sensitivity: options.sensitivity || 'variant', ignorePunctuation: false, numeric: !!options.numeric, caseFirst: 'false' };
    this.compare = (a, b) => {
      a = String(a); b = String(b);
      if (this.options.sensitivity === 'base' || this.options.sensitivity === 'accent') { a = a.toLowerCase(); b = b.toLowerCase(); }
      if (this.options.numeric) {
        const re = /(\d+)|(\D+)/g;
        const pa = a.match(re) || [], pb = b.match(re) || [];
        for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
          const x = pa[i], y = pb[i];
          if (/^\d/.test(x) && /^\d/.test(y)) { if (Number(x) !== Number(y)) return Number(x) < Number(y) ? -1 : 1; }
          else if (x !== y) return x.localeCompare(y);
        }
        return pa.length - pb.length;
      }
      return a < b ? -1 : a > b ? 1 : 0;
    };
  }
  resolvedOptions() { return { ...this.options }; }
  static supportedLocalesOf(locales) { return getCanonicalLocales(locales).filter((l) => l.startsWith('en')); }
}

class PluralRules {
  constructor(locales, options = {}) { this.type = options.type || 'cardinal'; }
  select(n) {
    n = Number(n);
    if (this.type === 'ordinal') {
      const m10 = n % 10, m100 = n % 100;
      if (m10 === 1 && m100 !== 11) return 'one';
      if (m10 === 2 && m100 !== 12) return 'two';
      if (m10 === 3 && m100 !== 13) return 'few';
      return 'other';
    }
    return n === 1 ? 'one' : 'other';
  }
  resolvedOptions() { return { locale: LOCALE, type: this.type, pluralCategories: this.type === 'ordinal' ? ['few', 'one', 'two', 'other'] : ['one', 'other'] }; }
  static supportedLocalesOf(locales) { return getCanonicalLocales(locales).filter((l) => l.startsWith('en')); }
}

// Grapheme segmentation approximated by code points plus combining marks, ZWJ sequences
// and variation selectors — what terminal-width packages need.
const EXTEND = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f\u200d]|\ud83c[\udffb-\udfff]|\udb40[\udc20-\udc7f]/;
class Segmenter {
  constructor(locales, options = {}) { this.granularity = options.granularity || 'grapheme'; }
  segment(input) {
    input = String(input);
    const granularity = this.granularity;
    const segments = [];
    if (granularity === 'word') {
      const re = /\w+|\s+|[^\w\s]/gu;
      let m;
      while ((m = re.exec(input)) !== null) segments.push({ segment: m[0], index: m.index, input, isWordLike: /\w/.test(m[0]) });
    } else if (granularity === 'sentence') {
      const re = /[^.!?]+[.!?]*\s*/g;
      let m;
      while ((m = re.exec(input)) !== null) segments.push({ segment: m[0], index: m.index, input });
    } else {
      let index = 0;
      const chars = Array.from(input);
      for (let i = 0; i < chars.length;) {
        let seg = chars[i++];
        while (i < chars.length && (EXTEND.test(chars[i]) || chars[i - 1] === '\u200d')) seg += chars[i++];
        segments.push({ segment: seg, index, input });
        index += seg.length;
      }
    }
    return {
      [Symbol.iterator]() { return segments[Symbol.iterator](); },
      containing(i) { return segments.find((s) => i >= s.index && i < s.index + s.segment.length); },
    };
  }
  resolvedOptions() { return { locale: LOCALE, granularity: this.granularity }; }
}

class RelativeTimeFormat {
  constructor(locales, options = {}) { this.options = { locale: LOCALE, style: 'long', numeric: options.numeric || 'always' }; }
  format(value, unit) {
    unit = String(unit).replace(/s$/, '');
    const n = Number(value);
    const abs = Math.abs(n);
    const label = `${abs} ${unit}${abs === 1 ? '' : 's'}`;
    return n < 0 || Object.is(n, -0) ? `${label} ago` : `in ${label}`;
  }
  resolvedOptions() { return { ...this.options }; }
}

class ListFormat {
  constructor(locales, options = {}) { this.type = options.type || 'conjunction'; }
  format(list) {
    const items = Array.from(list, String);
    const word = this.type === 'disjunction' ? 'or' : 'and';
    if (items.length < 3) return items.join(` ${word} `);
    return `${items.slice(0, -1).join(', ')}, ${word} ${items[items.length - 1]}`;
  }
}

class Locale {
  constructor(tag) { this.baseName = String(tag); const [language, region] = this.baseName.split('-'); this.language = language; this.region = region; }
  toString() { return this.baseName; }
  maximize() { return this; }
  minimize() { return this; }
}

class DisplayNames {
  constructor(locales, options = {}) { this.type = options.type; }
  of(code) { return code; }
}

// NumberFormat, DateTimeFormat and Collator may be called without `new` (ECMA-402 keeps
// them callable; `Intl.DateTimeFormat().resolvedOptions().timeZone` is a common idiom).
function callable(Class) {
  const Ctor = function(locales, options) { return new Class(locales, options); };
  Object.defineProperty(Ctor, 'name', { value: Class.name });
  Ctor.prototype = Class.prototype;
  Object.defineProperty(Class.prototype, 'constructor', { value: Ctor, writable: true, configurable: true });
  Ctor.supportedLocalesOf = Class.supportedLocalesOf;
  Object.defineProperty(Ctor, 'length', { value: 0 });
  return Ctor;
}

const Intl = {
  getCanonicalLocales,
  supportedValuesOf: () => [],
  NumberFormat: callable(NumberFormat),
  DateTimeFormat: callable(DateTimeFormat),
  Collator: callable(Collator),
  PluralRules, Segmenter, RelativeTimeFormat, ListFormat, Locale, DisplayNames,
};
Object.defineProperty(Intl, Symbol.toStringTag, { value: 'Intl', configurable: true });

module.exports = { Intl };
