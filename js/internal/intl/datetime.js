'use strict';
// Intl.DateTimeFormat and Date.prototype.toLocale*String, formatted by ICU4X
// (internalBinding('intl').DateTimeFormatter). Options: internal/intl/datetime_options;
// zones: internal/intl/tz; Intl.RelativeTimeFormat: internal/intl/relative.
const binding = internalBinding('intl');
const { LOCALE, getCanonicalLocales } = require('internal/intl/common');
const tz = require('internal/intl/tz');
const { readOptions, fieldSpec, COMPONENTS, CALENDARS, NUMBERING_SYSTEMS } = require('internal/intl/datetime_options');

// ---- locales -------------------------------------------------------------------------------

// The -u- keywords a tag carries ({ ca: 'buddhist', hc: 'h23', ... }).
function unicodeKeywords(tag) {
  const out = { __proto__: null };
  const subtags = tag.toLowerCase().split('-');
  let i = subtags.indexOf('u');
  if (i < 0 || subtags.indexOf('x') > -1 && subtags.indexOf('x') < i) return out;
  let key = null;
  for (i++; i < subtags.length && subtags[i].length !== 1; i++) {
    const s = subtags[i];
    if (s.length === 2) { key = s; out[key] = out[key] ?? 'true'; } else if (key) {
      out[key] = out[key] === 'true' ? s : `${out[key]}-${s}`;
    }
  }
  return out;
}

const resolvedCache = new Map();
// The best available locale for a requested list, like Node's "best fit": { base, keywords }.
function resolveLocale(locales) {
  const requested = getCanonicalLocales(locales);
  for (const tag of requested) {
    let base = resolvedCache.get(tag);
    if (base === undefined) {
      base = binding.dtfResolveLocale(tag) ?? null;
      resolvedCache.set(tag, base);
    }
    if (base !== null) return { base, keywords: unicodeKeywords(tag) };
  }
  return { base: LOCALE, keywords: { __proto__: null } };
}

function supportedLocalesOf(locales, options) {
  if (options !== undefined) readOptions(options); // validates localeMatcher
  return getCanonicalLocales(locales).filter((tag) => binding.dtfResolveLocale(tag) != null);
}

// ---- native formatters (shared by every DateTimeFormat with the same locale and fields) ----

const formatters = new Map();
function nativeFormatter(icuLocale, spec) {
  const key = `${icuLocale}|${spec.date}|${spec.length}|${spec.time}|${spec.zone}|${spec.alignment}|${spec.yearStyle}`;
  let f = formatters.get(key);
  if (f === undefined) {
    f = new binding.DateTimeFormatter(icuLocale, spec);
    if (formatters.size > 256) formatters.delete(formatters.keys().next().value);
    formatters.set(key, f);
  }
  return f;
}

const HOUR_CYCLE_OF = { h: 'h12', H: 'h23', K: 'h11', k: 'h24' };
// The hour symbols of an LDML pattern, skipping quoted literals.
function patternSymbols(pattern) {
  return pattern.replace(/'[^']*'/g, '');
}

const defaultHourCycles = new Map();
function defaultHourCycle(base) {
  let hc = defaultHourCycles.get(base);
  if (hc === undefined) {
    const [, pattern] = nativeFormatter(base, { time: 'hour' }).resolved(0, 'UTC');
    const m = /[hHkK]/.exec(patternSymbols(pattern));
    hc = m ? HOUR_CYCLE_OF[m[0]] : 'h23';
    defaultHourCycles.set(base, hc);
  }
  return hc;
}

// ICU4X formats numeric dates with the locale's short date pattern, which pads the month and
// day in many locales where Node (CLDR's yMd / Md skeletons) does not; these locales pad in
// Node too (M: month, d: day), everywhere else a requested 'numeric' field loses its zero.
const PADDED_NUMERIC_DATES = {
  __proto__: null, 'en-GB': 'Md', 'en-AU': 'Md', 'en-NZ': 'Md', 'en-IE': 'Md', 'en-ZA': 'Md',
  fr: 'Md', it: 'Md', pt: 'Md', ru: 'Md', uk: 'Md', ro: 'Md', tr: 'Md', sv: 'Md', bg: 'Md', pl: 'M', lt: 'Md',
  lv: 'Md', et: 'Md', sr: 'Md', hr: 'Md', sk: 'Md', sl: 'Md', kk: 'Md', be: 'Md',
};

// ---- DateTimeFormat -----------------------------------------------------------------------

const states = new WeakMap();

function createState(locales, options, required, defaults) {
  const r = readOptions(options, required, defaults);
  const { base, keywords } = resolveLocale(locales);
  const timeZone = r.timeZone === undefined ? tz.defaultTimeZone() : tz.canonicalizeTimeZone(r.timeZone);
  const localeExt = [];
  // Calendar and numbering system: the option wins over the -u- keyword; unknown values are ignored.
  let ca = CALENDARS.has(keywords.ca) ? keywords.ca : undefined;
  if (r.calendar !== undefined && CALENDARS.has(r.calendar.toLowerCase())) {
    if (ca !== r.calendar.toLowerCase()) ca = undefined;
    r.ca = r.calendar.toLowerCase();
  } else {
    r.ca = ca;
  }
  if (ca) localeExt.push(`ca-${ca}`);
  let nu = NUMBERING_SYSTEMS.has(keywords.nu) ? keywords.nu : undefined;
  if (r.numberingSystem !== undefined && NUMBERING_SYSTEMS.has(r.numberingSystem.toLowerCase())) {
    if (nu !== r.numberingSystem.toLowerCase()) nu = undefined;
    r.nu = r.numberingSystem.toLowerCase();
  } else {
    r.nu = nu;
  }
  // Hour cycle (Node 20: hour12 maps through the locale's default cycle).
  const hcDefault = defaultHourCycle(base);
  let hcKeyword = ['h11', 'h12', 'h23', 'h24'].includes(keywords.hc) ? keywords.hc : undefined;
  let hc = r.hourCycle ?? hcKeyword;
  if (r.hourCycle !== undefined && r.hourCycle !== hcKeyword) hcKeyword = undefined;
  if (r.hour12 !== undefined) {
    hcKeyword = undefined;
    const h11or23 = hcDefault === 'h11' || hcDefault === 'h23';
    hc = r.hour12 ? (h11or23 ? 'h11' : 'h12') : (h11or23 ? 'h23' : 'h24');
  }
  hc ??= hcDefault;
  if (hcKeyword) localeExt.splice(ca ? 1 : 0, 0, `hc-${hcKeyword}`);
  if (nu) localeExt.push(`nu-${nu}`);
  const locale = localeExt.length ? `${base}-u-${localeExt.join('-')}` : base;

  const icuExt = [];
  if (r.ca) icuExt.push(`ca-${r.ca}`);
  icuExt.push(`hc-${hc === 'h24' ? 'h23' : hc}`);
  if (r.nu) icuExt.push(`nu-${r.nu}`);
  const icuLocale = `${base}-u-${icuExt.join('-')}`;
  const spec = fieldSpec(r);
  let formatter = nativeFormatter(icuLocale, spec);
  let [calendar, pattern] = formatter.resolved(0, timeZone);
  // Some locales' medium dates are numeric (de: dd.MM.y): take the long form and put the
  // abbreviated month name into it.
  let monthSpec;
  if ((r.month === 'short' || r.month === 'narrow') && /(^|[^M])M{1,2}([^M]|$)/.test(patternSymbols(pattern))) {
    spec.length = 'long';
    monthSpec = { date: 'M', length: 'medium' };
    formatter = nativeFormatter(icuLocale, spec);
    [calendar, pattern] = formatter.resolved(0, timeZone);
  }
  const hasHour = /[hHkK]/.test(patternSymbols(pattern));
  const stripZero = { __proto__: null };
  if (r.dateStyle === undefined && r.timeStyle === undefined) {
    const keep = PADDED_NUMERIC_DATES[base] ?? PADDED_NUMERIC_DATES[base.split('-')[0]] ?? '';
    stripZero.month = !keep.includes('M');
    stripZero.day = !keep.includes('d');
    stripZero.hour = hc === 'h11' || hc === 'h12';
  }
  return {
    r, spec, formatter, icuLocale, locale, timeZone, calendar, pattern, hourCycle: hasHour ? hc : undefined,
    numberingSystem: r.nu ?? binding.dtfNumberingSystem(base), stripZero, monthSpec,
    zoneGlue: Boolean(spec.date && spec.zone && !spec.time && !/^(ja|zh|ko)\b/.test(base)),
    boundFormat: undefined,
  };
}

function getState(self, method) {
  const state = states.get(self);
  if (state === undefined) {
    throw new TypeError(`Method Intl.DateTimeFormat.prototype.${method} called on incompatible receiver ${
      typeof self === 'object' && self !== null ? '#<Object>' : String(self)}`);
  }
  return state;
}

// TimeClip of a format() argument (undefined: now).
function toEpochMs(date) {
  let x = date === undefined ? Date.now() : Number(date);
  if (!Number.isFinite(x) || Math.abs(x) > 8.64e15) throw new RangeError('Invalid time value');
  return Math.trunc(x) + 0;
}

// Zones of CLDR's "GMT" metazone: ICU names their zero offset plain "GMT", ICU4X "GMT+0".
const GMT_ZONES = new Set(['UTC', 'Europe/London', 'Europe/Dublin', 'Europe/Guernsey', 'Europe/Isle_of_Man',
  'Europe/Jersey', 'Africa/Abidjan', 'Africa/Accra', 'Africa/Dakar', 'Atlantic/Reykjavik', 'Africa/Bamako']);
const WEEKDAY_LENGTH = { long: 'long', short: 'medium', narrow: 'short' };
// One native part, adjusted to what Node shows for the requested widths (`ms`: its instant).
function fixPart(state, type, value, ms) {
  const { r, spec } = state;
  if (type === 'hour' && state.hourCycle === 'h24' && /^0?0$/.test(value)) return '24';
  if (r[type] === '2-digit' && /^\d$/.test(value)) return `0${value}`;
  if (r[type] === 'numeric' && state.stripZero[type] && /^0\d$/.test(value)) return value.slice(1);
  if (type === 'year' && r.year === '2-digit' && /^\d{3,}$/.test(value)) return value.slice(-2);
  if (type === 'weekday' && r.weekday && WEEKDAY_LENGTH[r.weekday] !== spec.length) {
    return auxField(state, { date: 'E', length: WEEKDAY_LENGTH[r.weekday] }, 'weekday', ms) || value;
  }
  if (type === 'month' && state.monthSpec) return auxField(state, state.monthSpec, 'month', ms) || value;
  if (type === 'timeZoneName' && spec.zone === 'short' && GMT_ZONES.has(state.timeZone) &&
      /^[^\d+\-\u2212]+[+\-\u2212]0?0(:00)?$/.test(value)) {
    return value.replace(/[+\-\u2212].*$/, ''); // ICU shows a zero offset as the bare "GMT"
  }
  return value;
}

// The `type` field as a one-field formatter (`spec`) writes it.
function auxField(state, spec, type, ms) {
  const flat = nativeFormatter(state.icuLocale, spec).formatToParts(ms, state.timeZone);
  return flat.filter((_, j, a) => a[j - 1] === type).join('');
}

function partsFor(state, ms) {
  const flat = state.formatter.formatToParts(ms, state.timeZone);
  const parts = [];
  for (let i = 0; i < flat.length; i += 2) parts.push({ type: flat[i], value: fixPart(state, flat[i], flat[i + 1], ms) });
  // A date with a zone name but no time: ICU glues them with ", " outside CJK locales.
  if (state.zoneGlue) {
    const z = parts.findIndex((p) => p.type === 'timeZoneName');
    if (z > 0 && parts[z - 1].type === 'literal' && parts[z - 1].value === ' ') parts[z - 1].value = ', ';
  }
  return parts;
}

function rangeParts(state, a, b) {
  const flat = state.formatter.formatRangeToParts(a, b, state.timeZone);
  const parts = [];
  for (let i = 0; i < flat.length; i += 3) {
    const source = flat[i + 2];
    parts.push({ type: flat[i], value: fixPart(state, flat[i], flat[i + 1], source === 'endRange' ? b : a), source });
  }
  return parts;
}

const joinParts = (parts) => parts.map((p) => p.value).join('');
// Node's format() and toLocale*String (not formatToParts/formatRange) use a plain space for
// CLDR's narrow no-break space.
const formatParts = (parts) => joinParts(parts).replace(/\u202f/g, ' ');

class DateTimeFormat {
  constructor(locales, options) {
    states.set(this, createState(locales, options, 'any', 'date'));
  }

  get format() {
    const state = getState(this, 'format');
    state.boundFormat ??= Object.defineProperty(
      (date) => formatParts(partsFor(state, toEpochMs(date))), 'name', { value: '' });
    return state.boundFormat;
  }

  formatToParts(date) {
    return partsFor(getState(this, 'formatToParts'), toEpochMs(date));
  }

  formatRange(startDate, endDate) {
    return joinParts(this.formatRangeToParts(startDate, endDate));
  }

  formatRangeToParts(startDate, endDate) {
    const state = getState(this, 'formatRangeToParts');
    if (startDate === undefined || endDate === undefined) throw new TypeError('Invalid time value');
    const x = toEpochMs(startDate);
    const y = toEpochMs(endDate);
    const a = partsFor(state, x);
    const b = partsFor(state, y);
    const tag = (parts, source) => parts.map((p) => ({ ...p, source }));
    const localDay = (ms) => Math.floor((ms + tz.offsetMinutes(state.timeZone, ms) * 60000) / 86400000);
    if (joinParts(a) === joinParts(b) && (state.spec.date || localDay(x) === localDay(y))) return tag(a, 'shared');
    const native = rangeParts(state, x, y);
    if (native.length) return native;
    return [...tag(a, 'startRange'), { type: 'literal', value: '\u2009\u2013\u2009', source: 'shared' }, ...tag(b, 'endRange')];
  }

  resolvedOptions() {
    const s = getState(this, 'resolvedOptions');
    const out = {
      locale: s.locale, calendar: s.calendar, numberingSystem: s.numberingSystem, timeZone: s.timeZone,
    };
    if (s.hourCycle !== undefined) {
      out.hourCycle = s.hourCycle;
      out.hour12 = s.hourCycle === 'h11' || s.hourCycle === 'h12';
    }
    if (s.r.dateStyle === undefined && s.r.timeStyle === undefined) {
      const widths = patternWidths(s.pattern);
      for (const [name] of COMPONENTS) {
        if (s.r[name] === undefined) continue;
        out[name] = name === 'fractionalSecondDigits' || name === 'timeZoneName' || name === 'dayPeriod' ||
          s.r[name] === '2-digit' || (name === 'month' && s.monthSpec) ? s.r[name] : (widths[name] ?? s.r[name]);
      }
    } else {
      if (s.r.dateStyle !== undefined) out.dateStyle = s.r.dateStyle;
      if (s.r.timeStyle !== undefined) out.timeStyle = s.r.timeStyle;
    }
    return out;
  }

  static supportedLocalesOf(locales, options) {
    return supportedLocalesOf(locales, options);
  }
}
Object.defineProperty(DateTimeFormat.prototype, Symbol.toStringTag, { value: 'Intl.DateTimeFormat', configurable: true });

// Component widths as the pattern actually shows them (what Node's resolvedOptions reports).
function patternWidths(pattern) {
  const out = {};
  const numeric = (n) => (n >= 2 ? '2-digit' : 'numeric');
  const text = (n) => (n === 4 ? 'long' : n === 5 ? 'narrow' : 'short');
  for (const [run] of patternSymbols(pattern).matchAll(/([a-zA-Z])\1*/g)) {
    const n = run.length;
    switch (run[0]) {
      case 'y': out.year = n === 2 ? '2-digit' : 'numeric'; break;
      case 'M': case 'L': out.month = n <= 2 ? numeric(n) : text(n); break;
      case 'd': out.day = numeric(n); break;
      case 'E': case 'c': out.weekday = text(Math.max(n, 3)); break;
      case 'G': out.era = text(Math.max(n, 3)); break;
      case 'h': case 'H': case 'k': case 'K': out.hour = numeric(n); break;
      case 'm': out.minute = numeric(n); break;
      case 's': out.second = numeric(n); break;
      default: break;
    }
  }
  return out;
}

// ---- Date.prototype.toLocale*String ---------------------------------------------------------

const defaultStates = new Map();
function dateToLocale(date, locales, options, required, defaults) {
  const ms = Date.prototype.getTime.call(date); // TypeError for non-Dates
  if (Number.isNaN(ms)) return 'Invalid Date';
  let state;
  if (locales === undefined && options === undefined) {
    // The common no-argument call: one state per method and default time zone.
    const key = `${required}|${tz.defaultTimeZone()}`;
    state = defaultStates.get(key);
    if (state === undefined) defaultStates.set(key, state = createState(undefined, undefined, required, defaults));
  } else {
    state = createState(locales, options, required, defaults);
  }
  return formatParts(partsFor(state, ms));
}

const dateToLocaleString = (d, locales, options) => dateToLocale(d, locales, options, 'any', 'all');
const dateToLocaleDateString = (d, locales, options) => dateToLocale(d, locales, options, 'date', 'date');
const dateToLocaleTimeString = (d, locales, options) => dateToLocale(d, locales, options, 'time', 'time');

// Date.prototype.toString/toTimeString end with the zone's long name in the default locale,
// as V8's do: "... GMT-0500 (Eastern Standard Time)". Cached per zone and offset.
const zoneNames = new Map();
let zoneNameState;
let zoneNameZone;
function dateZoneName(date, offsetText) {
  const zone = tz.defaultTimeZone();
  const key = `${zone}|${offsetText}`;
  let name = zoneNames.get(key);
  if (name === undefined) {
    if (zoneNameZone !== zone) {
      zoneNameState = createState(undefined, { timeZoneName: 'long' }, 'any', 'date');
      zoneNameZone = zone;
    }
    const part = partsFor(zoneNameState, Date.prototype.getTime.call(date)).find((p) => p.type === 'timeZoneName');
    name = part ? part.value : offsetText;
    zoneNames.set(key, name);
  }
  return name;
}

const { RelativeTimeFormat } = require('internal/intl/relative');

module.exports = {
  DateTimeFormat, RelativeTimeFormat, dateToLocaleString, dateToLocaleDateString, dateToLocaleTimeString,
  supportedTimeZones: tz.supportedTimeZones, dateZoneName,
};
