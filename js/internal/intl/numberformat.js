'use strict';
// Intl.NumberFormat: option processing as ECMA-402/V8 (Node 20) does it; digits, grouping,
// compact and scientific forms come from ICU4X (NumberFormatter native), percent and currency
// patterns from ICU4X's experimental formatters (numberAffixes native).
const {
  binding, canonicalizeLocaleList, supportedLocalesOf, resolveLocale, coerceOptions, getOption,
  getNumberOption, defaultNumberOption, TYPE_SEQUENCE, slotReader, receiverName,
} = require('internal/intl/common');
const { unitPattern, isSanctionedUnit } = require('internal/intl/units');

const CTOR = 'Intl.NumberFormat';
const ROUNDING_MODES = ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc', 'halfEven'];
const INCREMENTS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000];

// ECMA-402 SetNumberFormatDigitOptions.
function digitOptions(options, mnfdDefault, mxfdDefault, notation, ctor = CTOR) {
  const r = {};
  r.minimumIntegerDigits = getNumberOption(options, 'minimumIntegerDigits', 1, 21, 1);
  let mnfd = options.minimumFractionDigits;
  let mxfd = options.maximumFractionDigits;
  let mnsd = options.minimumSignificantDigits;
  let mxsd = options.maximumSignificantDigits;
  r.roundingIncrement = getNumberOption(options, 'roundingIncrement', 1, 5000, 1);
  if (!INCREMENTS.includes(r.roundingIncrement)) throw new RangeError('roundingIncrement value is out of range.');
  r.roundingMode = getOption(options, 'roundingMode', ROUNDING_MODES, 'halfExpand', ctor);
  const priority = getOption(options, 'roundingPriority', ['auto', 'morePrecision', 'lessPrecision'], 'auto', ctor);
  r.trailingZeroDisplay = getOption(options, 'trailingZeroDisplay', ['auto', 'stripIfInteger'], 'auto', ctor);
  // A rounding increment needs equal fraction bounds; the default maximum follows the minimum.
  if (r.roundingIncrement !== 1) mxfdDefault = mnfdDefault;
  const hasSd = mnsd !== undefined || mxsd !== undefined;
  const hasFd = mnfd !== undefined || mxfd !== undefined;
  let needSd = true;
  let needFd = true;
  if (priority === 'auto') {
    needSd = hasSd;
    if (needSd || (!hasFd && notation === 'compact')) needFd = false;
  }
  if (needSd) {
    if (hasSd) {
      mnsd = defaultNumberOption(mnsd, 1, 21, 1, 'minimumSignificantDigits');
      mxsd = defaultNumberOption(mxsd, mnsd, 21, 21, 'maximumSignificantDigits');
    } else {
      mnsd = 1;
      mxsd = 21;
    }
    r.minimumSignificantDigits = mnsd;
    r.maximumSignificantDigits = mxsd;
  }
  if (needFd) {
    if (hasFd) {
      mnfd = defaultNumberOption(mnfd, 0, 20, undefined, 'minimumFractionDigits');
      mxfd = defaultNumberOption(mxfd, 0, 20, undefined, 'maximumFractionDigits');
      if (mnfd === undefined) mnfd = Math.min(mnfdDefault, mxfd);
      else if (mxfd === undefined) mxfd = Math.max(mxfdDefault, mnfd);
      else if (mnfd > mxfd) throw new RangeError('maximumFractionDigits value is out of range.');
    } else {
      mnfd = mnfdDefault;
      mxfd = mxfdDefault;
    }
    r.minimumFractionDigits = mnfd;
    r.maximumFractionDigits = mxfd;
  }
  if (!needSd && !needFd) {
    Object.assign(r, { minimumFractionDigits: 0, maximumFractionDigits: 0, minimumSignificantDigits: 1, maximumSignificantDigits: 2 });
    r.roundingType = 'morePrecision';
    r.roundingPriority = 'morePrecision';
  } else if (priority === 'auto') {
    r.roundingType = needSd ? 'significantDigits' : 'fractionDigits';
    r.roundingPriority = 'auto';
  } else {
    r.roundingType = priority;
    r.roundingPriority = priority;
  }
  if (r.roundingIncrement !== 1) {
    if (r.roundingType !== 'fractionDigits') throw new TypeError('roundingIncrement requires fraction digits rounding');
    if (r.maximumFractionDigits !== r.minimumFractionDigits) {
      throw new RangeError('maximumFractionDigits not equal to minimumFractionDigits');
    }
  }
  return r;
}

// The number as an exact decimal string, or a non-finite/NaN marker (ToIntlMathematicalValue).
function toDecimal(value) {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string') {
    const s = value.trim();
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return s.startsWith('.') || /^[+-]\./.test(s) ? s.replace('.', '0.') : s;
    value = Number(s);
  } else {
    value = Number(value);
  }
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  return Object.is(value, -0) ? '-0' : String(value);
}

// Splits an ICU4X pattern ("-{0} %", "($ {0})", "{0} US dollars") into parts around the number.
const MINUS = /^[\u061c\u200e\u200f]*[-\u2212][\u061c\u200e\u200f]*/;
function patternParts(pattern, numberParts, affixType, plus) {
  const out = [];
  const i = pattern.indexOf('{0}');
  const around = (text) => {
    let m;
    while (text) {
      if ((m = MINUS.exec(text))) {
        out.push(plus ? { type: 'plusSign', value: m[0].replace(/[-\u2212]/, '+') } : { type: 'minusSign', value: m[0] });
      } else if ((m = /^[\s\u00a0\u202f\u200e\u200f\u061c()]+/.exec(text))) {
        out.push({ type: 'literal', value: m[0] });
      } else {
        // The symbol or name runs to the next separator; inner plain spaces ("US dollars") stay.
        const run = /^[^()\u00a0\u202f\u200e\u200f\u061c\u2212-]+/.exec(text);
        m = [(run && run[0].trimEnd()) || text[0]];
        out.push({ type: affixType, value: m[0] });
      }
      text = text.slice(m[0].length);
    }
  };
  around(pattern.slice(0, i));
  out.push(...numberParts);
  around(pattern.slice(i + 3));
  return out;
}

const affixCache = new Map();
function affixes(locale, kind, currency, display, accounting) {
  const key = `${locale}|${kind}|${currency}|${display}|${accounting}`;
  let a = affixCache.get(key);
  if (a === undefined) {
    a = binding.numberAffixes(locale, kind, currency || '', display || '', !!accounting);
    affixCache.set(key, a);
  }
  return a;
}

function nonFinite(which) {
  // ICU4X has no NaN/infinity symbols API; CLDR uses these for all locales ICU4X ships.
  return which === 'NaN' ? 'NaN' : '∞';
}

// ICU4X falls back to latn for numbering systems it has no digits for; Node ignores those.
const knownSystems = new Map([['latn', true]]);
function numberingSystemKnown(nu) {
  let known = knownSystems.get(nu);
  if (known === undefined) {
    known = false;
    if (TYPE_SEQUENCE.test(nu) && binding.canonicalizeLocale(`en-u-nu-${nu}`) !== undefined) {
      const digits = (n) => new binding.NumberFormatter({ locale: `en-u-nu-${n}`, useGrouping: 'false', maximumFractionDigits: 0 })
        .formatToParts('1234567890', 0)[1];
      known = digits(nu) !== digits('latn');
    }
    knownSystems.set(nu, known);
  }
  return known;
}

// The locale's default numbering system: the one whose digits ICU4X uses for it.
const DIGIT_SYSTEMS = ['arab', 'arabext', 'beng', 'deva', 'mymr', 'olck', 'adlm', 'nkoo', 'rohg', 'mtei', 'tibt', 'cakm',
  'java', 'hmnp', 'tnsa', 'vaii', 'sund', 'talu', 'laoo', 'khmr', 'thai', 'gujr', 'guru', 'knda', 'mlym', 'orya', 'telu',
  'tamldec', 'fullwide', 'hanidec', 'bali', 'limb'];
const localeSystems = new Map();
function defaultNumberingSystem(locale) {
  let nu = localeSystems.get(locale);
  if (nu === undefined) {
    const digits = (tag) => new binding.NumberFormatter({ locale: tag, useGrouping: 'false', maximumFractionDigits: 0 })
      .formatToParts('1234567890', 0)[1];
    const own = digits(locale);
    nu = own === digits('en') ? 'latn' : DIGIT_SYSTEMS.find((n) => digits(`en-u-nu-${n}`) === own) || 'latn';
    localeSystems.set(locale, nu);
  }
  return nu;
}

const internals = new WeakMap();
const slot = slotReader(internals, 'NumberFormat');

class NumberFormat {
  constructor(locales, options) {
    const requested = canonicalizeLocaleList(locales);
    options = coerceOptions(options, CTOR);
    getOption(options, 'localeMatcher', ['lookup', 'best fit'], 'best fit', CTOR);
    const nu = getOption(options, 'numberingSystem', null, undefined, CTOR);
    if (nu !== undefined && !TYPE_SEQUENCE.test(nu)) throw new RangeError(`Invalid numberingSystem : ${nu}`);
    const r = resolveLocale(requested, ['nu'], { nu: nu !== undefined && numberingSystemKnown(nu) ? nu : undefined },
      (k, v) => numberingSystemKnown(v));
    const o = { locale: r.locale, numberingSystem: r.keywords.nu || defaultNumberingSystem(r.dataLocale) };
    o.style = getOption(options, 'style', ['decimal', 'percent', 'currency', 'unit'], 'decimal', CTOR);
    let currency = getOption(options, 'currency', null, undefined, CTOR);
    if (currency !== undefined && !/^[A-Za-z]{3}$/.test(currency)) throw new RangeError(`Invalid currency code : ${currency}`);
    const currencyDisplay = getOption(options, 'currencyDisplay', ['code', 'symbol', 'narrowSymbol', 'name'], 'symbol', CTOR);
    const currencySign = getOption(options, 'currencySign', ['standard', 'accounting'], 'standard', CTOR);
    const unit = getOption(options, 'unit', null, undefined, CTOR);
    if (unit !== undefined && !isSanctionedUnit(unit)) throw new RangeError(`Invalid unit argument for Intl.NumberFormat() '${unit}'`);
    const unitDisplay = getOption(options, 'unitDisplay', ['short', 'narrow', 'long'], 'short', CTOR);
    if (o.style === 'currency') {
      if (currency === undefined) throw new TypeError('Currency code is required with currency style.');
      currency = currency.toUpperCase();
      o.currency = currency;
      o.currencyDisplay = currencyDisplay;
      o.currencySign = currencySign;
    }
    if (o.style === 'unit') {
      if (unit === undefined) throw new TypeError("Invalid unit argument for Intl.NumberFormat() ''");
      o.unit = unit;
      o.unitDisplay = unitDisplay;
    }
    const notation = getOption(options, 'notation', ['standard', 'scientific', 'engineering', 'compact'], 'standard', CTOR);
    let cDigits = 2;
    if (o.style === 'currency') cDigits = Number(affixes(r.dataLocale, 'currency', currency, currencyDisplay, currencySign === 'accounting')[2]);
    const mnfdDefault = o.style === 'currency' && notation !== 'compact' ? cDigits : 0;
    const mxfdDefault = o.style === 'currency' && notation !== 'compact' ? cDigits : o.style === 'percent' ? 0 : 3;
    const digits = digitOptions(options, mnfdDefault, mxfdDefault, notation);
    const compactDisplay = getOption(options, 'compactDisplay', ['short', 'long'], 'short', CTOR);
    let useGrouping = options.useGrouping;
    const groupingDefault = notation === 'compact' ? 'min2' : 'auto';
    if (useGrouping === undefined) useGrouping = groupingDefault;
    else if (useGrouping === true) useGrouping = 'always';
    else if (!useGrouping) useGrouping = false;
    else {
      useGrouping = String(useGrouping);
      if (useGrouping === 'true' || useGrouping === 'false') useGrouping = groupingDefault;
      else if (!['min2', 'auto', 'always'].includes(useGrouping)) {
        throw new RangeError(`Value ${useGrouping} out of range for ${CTOR} options property useGrouping`);
      }
    }
    const signDisplay = getOption(options, 'signDisplay', ['auto', 'never', 'always', 'exceptZero', 'negative'], 'auto', CTOR);
    o.minimumIntegerDigits = digits.minimumIntegerDigits;
    if (digits.minimumSignificantDigits !== undefined && digits.roundingType !== 'fractionDigits') {
      o.minimumSignificantDigits = digits.minimumSignificantDigits;
      o.maximumSignificantDigits = digits.maximumSignificantDigits;
    }
    if (digits.minimumFractionDigits !== undefined && digits.roundingType !== 'significantDigits') {
      o.minimumFractionDigits = digits.minimumFractionDigits;
      o.maximumFractionDigits = digits.maximumFractionDigits;
    }
    o.useGrouping = useGrouping;
    o.notation = notation;
    if (notation === 'compact') o.compactDisplay = compactDisplay;
    Object.assign(o, {
      signDisplay, roundingMode: digits.roundingMode, roundingIncrement: digits.roundingIncrement,
      trailingZeroDisplay: digits.trailingZeroDisplay, roundingPriority: digits.roundingPriority,
    });
    const formatter = new binding.NumberFormatter({
      ...digits, locale: r.dataLocale, useGrouping: String(useGrouping), notation, signDisplay,
      // ICU (and so Node) keeps currency amounts in the short compact form ("€1.2M").
      compactDisplay: o.style === 'currency' ? 'short' : compactDisplay,
    });
    internals.set(this, { options: o, formatter, dataLocale: r.dataLocale, bound: undefined });
  }

  get format() {
    const s = internals.get(this);
    if (s === undefined) throw new TypeError(`Method UnwrapNumberFormat called on incompatible receiver ${receiverName(this)}`);
    if (s.bound === undefined) {
      const fn = (value) => partsToString(formatToParts(s, value));
      Object.defineProperty(fn, 'name', { value: '' });
      s.bound = fn;
    }
    return s.bound;
  }

  formatToParts(value) { return formatToParts(slot(this, 'formatToParts'), value); }

  formatRange(start, end) {
    return partsToString(formatRangeToParts(slot(this, 'formatRange'), start, end));
  }

  formatRangeToParts(start, end) {
    return formatRangeToParts(slot(this, 'formatRangeToParts'), start, end);
  }

  resolvedOptions() { return { ...slot(this, 'resolvedOptions').options }; }

  static supportedLocalesOf(locales, options) { return supportedLocalesOf(locales, options); }
}
Object.defineProperty(NumberFormat.prototype, Symbol.toStringTag, { value: 'Intl.NumberFormat', configurable: true });

const NUMERIC = ['integer', 'group', 'decimal', 'fraction', 'nan', 'infinity'];

// ICU's range rules as Node shows them: "~" when both ends format alike, a shared trailing
// currency collapses ("3,00–5,00 €"), and the dash gets spaces when a sign or affix touches it.
function formatRangeToParts(s, start, end) {
  if (start === undefined || end === undefined) throw new TypeError('start or end is undefined');
  const a = toDecimal(start);
  const b = toDecimal(end);
  if (a === 'NaN') throw new RangeError(`Invalid start : ${String(start)}`);
  if (b === 'NaN') throw new RangeError(`Invalid end : ${String(end)}`);
  let first = formatToParts(s, start);
  const second = formatToParts(s, end);
  if (partsToString(first) === partsToString(second)) {
    const i = first.findIndex((p) => NUMERIC.includes(p.type));
    const parts = first.map((p) => ({ ...p, source: 'shared' }));
    parts.splice(Math.max(i, 0), 0, { type: 'approximatelySign', value: '~', source: 'shared' });
    return parts;
  }
  let shared = [];
  const tail = (parts) => parts.slice(parts.findLastIndex((p) => NUMERIC.includes(p.type)) + 1);
  const ta = tail(first);
  const tb = tail(second);
  if (s.options.style === 'currency' && ta.some((p) => p.type === 'currency') && partsToString(ta) === partsToString(tb)) {
    first = first.slice(0, first.length - ta.length);
    shared = tb;
  }
  const last = first[first.length - 1];
  const spaced = !NUMERIC.includes(last.type) || !NUMERIC.includes(second[0].type);
  return [
    ...first.map((p) => ({ ...p, source: 'startRange' })),
    { type: 'literal', value: spaced ? ' – ' : '–', source: 'shared' },
    ...second.slice(0, second.length - shared.length).map((p) => ({ ...p, source: 'endRange' })),
    ...shared.map((p) => ({ ...p, source: 'shared' })),
  ];
}

const partsToString = (parts) => parts.map((p) => p.value).join('');

function flatToParts(flat) {
  const parts = [];
  for (let i = 0; i < flat.length; i += 2) parts.push({ type: flat[i], value: flat[i + 1] });
  return parts;
}

// ICU4X treats "always" like "auto", which keeps 4-digit numbers ungrouped in locales whose
// minimum grouping is 2 (es, pl, pt-PT); Node (ICU) groups them.
function groupAlways(s, parts) {
  const ints = parts.filter((p) => p.type === 'integer');
  if (ints.length !== 1 || ints[0].value.length !== 4 || parts.some((p) => p.type === 'group')) return parts;
  if (s.groupSymbol === undefined) {
    const g = flatToParts(s.formatter.formatToParts('1000000', 0)).find((p) => p.type === 'group');
    s.groupSymbol = g ? g.value : null;
  }
  if (s.groupSymbol === null || notStandard(s)) return parts;
  const i = parts.indexOf(ints[0]);
  const v = ints[0].value;
  return [...parts.slice(0, i), { type: 'integer', value: v.slice(0, 1) }, { type: 'group', value: s.groupSymbol },
    { type: 'integer', value: v.slice(1) }, ...parts.slice(i + 1)];
}
const notStandard = (s) => s.options.notation !== 'standard';

function formatToParts(s, value) {
  const o = s.options;
  const decimal = toDecimal(value);
  let numberParts;
  let negative = false;
  let signed = false;
  if (decimal === 'NaN' || decimal.endsWith('Infinity')) {
    negative = decimal === '-Infinity';
    numberParts = [{ type: decimal === 'NaN' ? 'nan' : 'infinity', value: nonFinite(decimal === 'NaN' ? 'NaN' : 'inf') }];
    const sd = o.signDisplay;
    if (decimal !== 'NaN' && (negative ? sd !== 'never' : sd === 'always' || sd === 'exceptZero')) {
      numberParts.unshift(negative ? { type: 'minusSign', value: '-' } : { type: 'plusSign', value: '+' });
    }
  } else {
    numberParts = flatToParts(s.formatter.formatToParts(decimal, o.style === 'percent' ? 2 : 0));
    if (o.useGrouping === 'always') numberParts = groupAlways(s, numberParts);
  }
  if (o.style === 'decimal') return numberParts;
  // Take the sign out; the percent/currency pattern decides where it goes.
  const signIndex = numberParts.findIndex((p) => p.type === 'minusSign' || p.type === 'plusSign');
  if (signIndex !== -1) {
    signed = numberParts[signIndex].type;
    numberParts = numberParts.filter((p, i) => i !== signIndex && !(p.type === 'literal' && /^[\u061c\u200e\u200f]+$/.test(p.value)));
  }
  if (o.style === 'unit') return unitPattern(s, numberParts, signed, decimal);
  const kind = o.style;
  const [pos, neg] = affixes(s.dataLocale, kind, o.currency, o.currencyDisplay, o.currencySign === 'accounting');
  let pattern = signed ? neg : pos;
  // A plus sign goes where the minus would; accounting patterns have none, so it leads.
  if (signed === 'plusSign' && !/[-\u2212]/.test(neg)) pattern = `+${pos}`;
  return patternParts(pattern, numberParts, kind === 'percent' ? 'percentSign' : 'currency', signed === 'plusSign');
}

module.exports = { NumberFormat, digitOptions, toDecimal, patternParts, defaultNumberingSystem };
