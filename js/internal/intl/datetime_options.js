'use strict';
// Intl.DateTimeFormat option processing, in ECMA-402's order with Node 20's errors, and the
// translation of the resolved options into an ICU4X field set (`spec`) for the native formatter.

const COMPONENTS = [
  ['weekday', ['narrow', 'short', 'long']],
  ['era', ['narrow', 'short', 'long']],
  ['year', ['2-digit', 'numeric']],
  ['month', ['2-digit', 'numeric', 'narrow', 'short', 'long']],
  ['day', ['2-digit', 'numeric']],
  ['dayPeriod', ['narrow', 'short', 'long']],
  ['hour', ['2-digit', 'numeric']],
  ['minute', ['2-digit', 'numeric']],
  ['second', ['2-digit', 'numeric']],
  ['fractionalSecondDigits', null],
  ['timeZoneName', ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric']],
];
const STYLES = ['full', 'long', 'medium', 'short'];
const TYPE_SEQUENCE = /^[a-zA-Z0-9]{3,8}(-[a-zA-Z0-9]{3,8})*$/;
const CALENDARS = new Set(['buddhist', 'chinese', 'coptic', 'dangi', 'ethioaa', 'ethiopic', 'gregory',
  'hebrew', 'indian', 'islamic', 'islamic-civil', 'islamic-rgsa', 'islamic-tbla', 'islamic-umalqura',
  'iso8601', 'japanese', 'persian', 'roc']);
const NUMBERING_SYSTEMS = new Set(['adlm', 'arab', 'arabext', 'beng', 'deva', 'fullwide', 'gujr', 'guru',
  'hanidec', 'khmr', 'knda', 'laoo', 'latn', 'mlym', 'mong', 'mymr', 'nkoo', 'orya', 'tamldec', 'telu',
  'thai', 'tibt']);

function getOption(options, name, values, fallback, ctor = 'Intl.DateTimeFormat') {
  let value = options[name];
  if (value === undefined) return fallback;
  if (values === 'boolean') return Boolean(value);
  value = String(value);
  if (values && !values.includes(value)) {
    throw new RangeError(`Value ${value} out of range for ${ctor} options property ${name}`);
  }
  return value;
}

function coerceOptions(options) {
  if (options === undefined) return { __proto__: null };
  if (options === null) throw new TypeError('Cannot convert undefined or null to object');
  return Object(options);
}

// ToDateTimeOptions (Node 20 still follows the pre-2023 text): which defaults apply.
function applyDefaults(r, required, defaults) {
  let needDefaults = true;
  if (required === 'date' || required === 'any') {
    for (const k of ['weekday', 'year', 'month', 'day']) if (r[k] !== undefined) needDefaults = false;
  }
  if (required === 'time' || required === 'any') {
    for (const k of ['dayPeriod', 'hour', 'minute', 'second', 'fractionalSecondDigits']) {
      if (r[k] !== undefined) needDefaults = false;
    }
  }
  if (r.dateStyle !== undefined || r.timeStyle !== undefined) needDefaults = false;
  if (required === 'date' && r.timeStyle !== undefined) throw new TypeError('Invalid option : timeStyle');
  if (required === 'time' && r.dateStyle !== undefined) throw new TypeError('Invalid option : dateStyle');
  if (needDefaults && (defaults === 'date' || defaults === 'all')) r.year = r.month = r.day = 'numeric';
  if (needDefaults && (defaults === 'time' || defaults === 'all')) r.hour = r.minute = r.second = 'numeric';
}

// Reads and validates every option; returns the raw choices (before locale data is consulted).
function readOptions(options, required = 'any', defaults = 'date') {
  options = coerceOptions(options);
  const r = { __proto__: null };
  r.localeMatcher = getOption(options, 'localeMatcher', ['lookup', 'best fit'], 'best fit');
  const calendar = getOption(options, 'calendar');
  if (calendar !== undefined && !TYPE_SEQUENCE.test(calendar)) throw new RangeError(`Invalid calendar : ${calendar}`);
  r.calendar = calendar;
  const nu = getOption(options, 'numberingSystem');
  if (nu !== undefined && !TYPE_SEQUENCE.test(nu)) throw new RangeError(`Invalid numberingSystem : ${nu}`);
  r.numberingSystem = nu;
  r.hour12 = getOption(options, 'hour12', 'boolean');
  r.hourCycle = getOption(options, 'hourCycle', ['h11', 'h12', 'h23', 'h24']);
  if (r.hour12 !== undefined) r.hourCycle = null;
  r.timeZone = options.timeZone;
  for (const [name, values] of COMPONENTS) {
    if (values) {
      r[name] = getOption(options, name, values);
    } else {
      let v = options[name];
      if (v !== undefined) {
        v = Number(v);
        if (!(v >= 1 && v <= 3)) throw new RangeError(`${name} value is out of range.`);
        v = Math.floor(v);
      }
      r[name] = v;
    }
  }
  r.formatMatcher = getOption(options, 'formatMatcher', ['basic', 'best fit'], 'best fit');
  r.dateStyle = getOption(options, 'dateStyle', STYLES);
  r.timeStyle = getOption(options, 'timeStyle', STYLES);
  if (r.dateStyle !== undefined || r.timeStyle !== undefined) {
    for (const [name] of COMPONENTS) {
      if (r[name] !== undefined) {
        throw new TypeError(`Can't set option ${name} when ${r.dateStyle !== undefined ? 'dateStyle' : 'timeStyle'} is used`);
      }
    }
  }
  applyDefaults(r, required, defaults);
  return r;
}

const LENGTH_OF_STYLE = { full: 'long', long: 'long', medium: 'medium', short: 'short' };
const TEXT_LENGTH = { long: 'long', short: 'medium', narrow: 'medium' };

// The ICU4X field set for resolved options `r` (components or styles).
function fieldSpec(r) {
  const spec = {};
  if (r.dateStyle !== undefined || r.timeStyle !== undefined) {
    if (r.dateStyle) spec.date = r.dateStyle === 'full' ? 'YMDE' : 'YMD';
    if (r.timeStyle) {
      spec.time = r.timeStyle === 'short' ? 'minute' : 'second';
      if (r.timeStyle === 'full') spec.zone = 'long';
      else if (r.timeStyle === 'long') spec.zone = 'short';
    }
    spec.length = LENGTH_OF_STYLE[r.dateStyle ?? r.timeStyle];
    if (r.dateStyle && r.timeStyle && r.dateStyle !== 'full' && r.dateStyle !== 'long') spec.length = LENGTH_OF_STYLE[r.dateStyle];
    return spec;
  }
  let y = r.year !== undefined;
  let m = r.month !== undefined;
  const d = r.day !== undefined;
  const e = r.weekday !== undefined;
  if (y && d && !m) m = true; // ICU4X has no year+day without the month
  if (r.era !== undefined && !y && (m || d)) y = true;
  let date = (y ? 'Y' : '') + (m ? 'M' : '') + (d ? 'D' : '') + (e ? 'E' : '');
  if (date === 'YE' || date === 'ME' || date === 'YME') date = date.replace('E', 'DE').replace('YDE', 'YMDE');
  if (date === '' && r.era !== undefined) date = 'Y';
  if (date) spec.date = date;
  if (m && TEXT_LENGTH[r.month]) spec.length = TEXT_LENGTH[r.month];
  else if (e && !m) spec.length = TEXT_LENGTH[r.weekday];
  else if (r.era !== undefined && !m) spec.length = TEXT_LENGTH[r.era];
  else spec.length = 'short';
  if (r.era !== undefined) spec.yearStyle = 'era';
  else if (r.year === 'numeric') spec.yearStyle = 'full';
  const hasHour = r.hour !== undefined || r.dayPeriod !== undefined;
  if (r.fractionalSecondDigits !== undefined) spec.time = `S${r.fractionalSecondDigits}`;
  else if (r.second !== undefined) spec.time = 'second';
  else if (r.minute !== undefined) spec.time = 'minute';
  else if (hasHour) spec.time = 'hour';
  if (r.timeZoneName !== undefined) spec.zone = r.timeZoneName;
  for (const k of ['month', 'day', 'hour', 'minute', 'second']) if (r[k] === '2-digit') spec.alignment = 'column';
  return spec;
}

module.exports = { readOptions, fieldSpec, getOption, coerceOptions, COMPONENTS, CALENDARS, NUMBERING_SYSTEMS };
