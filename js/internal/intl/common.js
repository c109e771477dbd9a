'use strict';
// Shared by the Intl modules: the default locale and time zone, locale lists, locale
// negotiation and ECMA-402 option reading, with Node's error messages.
const binding = internalBinding('intl');

// Node (ICU) takes the default locale from LC_ALL, LC_MESSAGES or LANG; C/POSIX mean en-US.
function defaultLocale() {
  const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG;
  if (!env) return 'en-US';
  const name = env.replace(/[.@].*$/, '');
  if (name === 'C' || name === 'POSIX' || name === '') return 'en-US';
  return binding.canonicalizeLocale(name.replace(/_/g, '-')) || 'en-US';
}
const LOCALE = defaultLocale();
const timeZone = () => process.env.TZ || 'UTC';

function canonicalizeLocaleList(locales) {
  if (locales === undefined) return [];
  const seen = [];
  const isLocale = (v) => v !== null && typeof v === 'object' && typeof v.maximize === 'function' && typeof v.baseName === 'string';
  const list = typeof locales === 'string' || isLocale(locales) ? [locales] : Object(locales);
  const len = typeof list.length === 'number' ? list.length >>> 0 : 0;
  for (let i = 0; i < len; i++) {
    if (!(i in list)) continue;
    const v = list[i];
    if (typeof v !== 'string' && (typeof v !== 'object' || v === null)) {
      throw new TypeError('Language ID should be string or object.');
    }
    const tag = isLocale(v) ? v.toString() : String(v);
    const canonical = binding.canonicalizeLocale(tag);
    if (canonical === undefined) throw invalidTag(tag);
    if (!seen.includes(canonical)) seen.push(canonical);
  }
  return seen;
}

// V8's two messages: a dangling "-" or extension singleton is an invalid tag, anything else
// ICU cannot parse is "incorrect locale information".
function invalidTag(tag) {
  if (/[^-]-$|(^|-)[0-9a-z](-[0-9a-z])*$|(^|-)[0-9a-wyz]-[0-9a-z](-|$)/i.test(tag) && tag.length > 1) {
    return new RangeError(`Invalid language tag: ${tag.toLowerCase()}`);
  }
  return new RangeError('Incorrect locale information provided');
}

// "#<Object>" / "1": how V8 names a bad receiver in "called on incompatible receiver".
function receiverName(v) {
  if (typeof v === 'function') return `function ${v.name}() { [native code] }`;
  if (v !== null && typeof v === 'object') {
    const ctor = Object.getPrototypeOf(v)?.constructor;
    return `#<${(ctor && ctor.name) || 'Object'}>`;
  }
  return typeof v === 'symbol' ? v.toString() : String(v);
}

function slotReader(map, name) {
  return (obj, method) => {
    const s = map.get(obj);
    if (s === undefined) {
      throw new TypeError(`Method Intl.${name}.prototype.${method} called on incompatible receiver ${receiverName(obj)}`);
    }
    return s;
  };
}

const getCanonicalLocales = (locales) => canonicalizeLocaleList(locales);

// Splits a canonical tag into its base name and -u- keywords ({ nu: 'arab', kn: '' }).
function splitLocale(tag) {
  const subtags = tag.split('-');
  const base = [];
  let i = 0;
  while (i < subtags.length && subtags[i].length > 1) base.push(subtags[i++]);
  const keywords = {};
  const other = [];
  while (i < subtags.length) {
    const singleton = subtags[i++];
    const start = i;
    while (i < subtags.length && subtags[i].length > 1) i++;
    const body = subtags.slice(start, i);
    if (singleton === 'u') {
      let key = null;
      for (const s of body) {
        if (s.length === 2) { key = s; keywords[key] = ''; } else if (key) keywords[key] = keywords[key] ? `${keywords[key]}-${s}` : s;
      }
    } else {
      other.push(singleton, ...body);
    }
  }
  return { baseName: base.join('-'), keywords, other };
}

// Private-use and unknown regions (XX, ZZ, QM..QZ, XA..XZ, AA) have no data of their own.
const PRIVATE_REGION = /^(AA|Q[M-Z]|X[A-Z]|ZZ)$/;
function dataBase(baseName) {
  const parts = baseName.split('-');
  return parts.filter((p, i) => !(i > 0 && PRIVATE_REGION.test(p))).join('-');
}

function isSupported(tag) {
  return binding.localeKnown(splitLocale(tag).baseName);
}

function supportedLocalesOf(locales, options) {
  const requested = canonicalizeLocaleList(locales);
  if (options !== undefined) getOption(Object(options), 'localeMatcher', ['lookup', 'best fit'], 'best fit', 'supportedLocalesOf');
  return requested.filter(isSupported);
}

// ECMA-402 ResolveLocale: the first supported requested locale (else the default), keeping
// the -u- keywords in `relevant` whose values `valid(key, value)` accepts; `overrides` are
// option values that replace keywords (a keyword equal to its option stays in the tag).
function resolveLocale(requested, relevant, overrides = {}, valid = () => true) {
  let found = requested.find(isSupported);
  if (found === undefined) found = isSupported(LOCALE) ? LOCALE : 'en-US';
  const { baseName, keywords } = splitLocale(found);
  const base = dataBase(baseName);
  const kept = {};
  const used = {};
  for (const key of relevant) {
    let value = keywords[key];
    if (value !== undefined && (value === 'true' || value === '')) value = key === 'kn' ? 'true' : value;
    if (value !== undefined && !valid(key, value)) value = undefined;
    if (value !== undefined) kept[key] = value;
    const option = overrides[key];
    if (option !== undefined && option !== value) { delete kept[key]; value = option; }
    if (value !== undefined) used[key] = value;
  }
  const ext = Object.keys(kept).sort().map((k) => (kept[k] === 'true' ? k : `${k}-${kept[k]}`));
  const locale = ext.length ? `${base}-u-${ext.join('-')}` : base;
  const dataExt = Object.keys(used).sort().map((k) => `${k}-${used[k]}`);
  return { locale, base, keywords: used, dataLocale: dataExt.length ? `${base}-u-${dataExt.join('-')}` : base };
}

function coerceOptions(options, ctorName) {
  if (options === undefined) return Object.create(null);
  if (options === null) throw new TypeError(`${ctorName} called on null or undefined`);
  return Object(options);
}

function getOption(options, property, values, fallback, ctorName, type = 'string') {
  let value = options[property];
  if (value === undefined) return fallback;
  if (type === 'boolean') return Boolean(value);
  value = String(value);
  if (values && !values.includes(value)) {
    throw new RangeError(`Value ${value} out of range for ${ctorName} options property ${property}`);
  }
  return value;
}

function defaultNumberOption(value, min, max, fallback, property) {
  if (value === undefined) return fallback;
  value = Number(value);
  if (Number.isNaN(value) || value < min || value > max) throw new RangeError(`${property} value is out of range.`);
  return Math.floor(value);
}

const getNumberOption = (options, property, min, max, fallback) =>
  defaultNumberOption(options[property], min, max, fallback, property);

// numberingSystem / calendar / collation option values: type sequences (3-8 alphanum each).
const TYPE_SEQUENCE = /^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i;

module.exports = {
  LOCALE, timeZone, getCanonicalLocales, invalidTag, receiverName, slotReader, canonicalizeLocaleList, splitLocale, supportedLocalesOf,
  resolveLocale, coerceOptions, getOption, getNumberOption, defaultNumberOption, TYPE_SEQUENCE, binding,
};
