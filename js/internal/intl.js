'use strict';
// The Intl global, assembled from internal/intl/*. Loaded on first use of `Intl`.
const { getCanonicalLocales } = require('internal/intl/common');
const { NumberFormat, Collator, PluralRules, Segmenter, ListFormat, Locale, DisplayNames } = require('internal/intl/number');
const { DateTimeFormat, RelativeTimeFormat } = require('internal/intl/datetime');

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

// The other constructors throw V8's message when called without `new`.
function newOnly(Class, length = 0) {
  const name = Class.name;
  const Ctor = function(...args) {
    if (new.target === undefined) throw new TypeError(`Constructor Intl.${name} requires 'new'`);
    return Reflect.construct(Class, args, new.target === Ctor ? Class : new.target);
  };
  Object.defineProperty(Ctor, 'name', { value: name });
  Object.defineProperty(Ctor, 'length', { value: length });
  Ctor.prototype = Class.prototype;
  Object.defineProperty(Class.prototype, 'constructor', { value: Ctor, writable: true, configurable: true });
  if (Class.supportedLocalesOf) Ctor.supportedLocalesOf = Class.supportedLocalesOf;
  return Ctor;
}

const Intl = {
  getCanonicalLocales,
  supportedValuesOf(key) {
    key = String(key);
    // Lists ICU4X does not enumerate (calendars, currencies, ...) stay empty for now.
    if (key === 'unit') return [...require('internal/intl/units').SANCTIONED];
    if (key === 'timeZone') return require('internal/intl/datetime').supportedTimeZones();
    if (['calendar', 'collation', 'currency', 'numberingSystem'].includes(key)) return [];
    throw new RangeError(`Invalid key : ${key}`);
  },
  NumberFormat: callable(NumberFormat),
  DateTimeFormat: callable(DateTimeFormat),
  Collator: callable(Collator),
  PluralRules: newOnly(PluralRules),
  Segmenter: newOnly(Segmenter),
  RelativeTimeFormat: newOnly(RelativeTimeFormat),
  ListFormat: newOnly(ListFormat),
  Locale: newOnly(Locale, 1),
  DisplayNames: newOnly(DisplayNames, 2),
};
Object.defineProperty(Intl, Symbol.toStringTag, { value: 'Intl', configurable: true });

module.exports = { Intl };
