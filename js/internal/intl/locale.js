'use strict';
// Intl.Locale: a canonical BCP 47 tag with its subtags and -u- keywords as properties.
const { binding, splitLocale, invalidTag, TYPE_SEQUENCE } = require('internal/intl/common');

const tags = new WeakMap();
const EMPTY = "First argument to Intl.Locale constructor can't be empty or missing";

const KEYWORDS = [
  ['calendar', 'ca', TYPE_SEQUENCE],
  ['collation', 'co', TYPE_SEQUENCE],
  ['hourCycle', 'hc', ['h11', 'h12', 'h23', 'h24']],
  ['caseFirst', 'kf', ['upper', 'lower', 'false']],
  ['numeric', 'kn', null],
  ['numberingSystem', 'nu', TYPE_SEQUENCE],
];

function canonical(tag) {
  const c = binding.canonicalizeLocale(tag);
  if (c === undefined) throw invalidTag(tag);
  return c;
}

function tagOf(locale) {
  const tag = tags.get(locale);
  if (tag === undefined) throw new TypeError('Method Intl.Locale.prototype called on incompatible receiver');
  return tag;
}

function subtags(tag) {
  const { baseName } = splitLocale(tag);
  const [language, ...rest] = baseName.split('-');
  let script, region;
  for (const s of rest) {
    if (script === undefined && region === undefined && /^[A-Za-z]{4}$/.test(s)) script = s;
    else if (region === undefined && /^([A-Za-z]{2}|\d{3})$/.test(s)) region = s;
  }
  return { language, script, region, baseName };
}

class Locale {
  constructor(tag, options) {
    if (typeof tag !== 'string' && (typeof tag !== 'object' || tag === null)) throw new TypeError(EMPTY);
    let str = tags.has(tag) ? tags.get(tag) : String(tag);
    if (str === '') throw new RangeError(EMPTY);
    str = canonical(str);
    if (options !== undefined) {
      if (options === null) throw new TypeError('Cannot convert undefined or null to object');
      options = Object(options);
      let { baseName, keywords, other } = splitLocale(str);
      let parts = subtags(str);
      const base = { language: parts.language, script: parts.script, region: parts.region };
      const variants = baseName.split('-').slice(1).filter((s) => s !== parts.script && s !== parts.region);
      for (const [key, re] of [['language', /^[a-z]{2,3}$|^[a-z]{5,8}$/i], ['script', /^[a-z]{4}$/i], ['region', /^[a-z]{2}$|^\d{3}$/i]]) {
        if (options[key] !== undefined) {
          const v = String(options[key]);
          if (!re.test(v)) throw new RangeError('Incorrect locale information provided');
          base[key] = v;
        }
      }
      baseName = [base.language, base.script, base.region, ...variants].filter(Boolean).join('-');
      for (const [name, key, allowed] of KEYWORDS) {
        let v = options[name];
        if (v === undefined) continue;
        v = name === 'numeric' ? String(Boolean(v)) : String(v);
        if (Array.isArray(allowed) && !allowed.includes(v)) {
          throw new RangeError(`Value ${v} out of range for locale options property ${name}`);
        }
        if (allowed !== null && !Array.isArray(allowed) && !allowed.test(v)) throw new RangeError('Incorrect locale information provided');
        keywords[key] = v;
      }
      const ext = Object.keys(keywords).sort().map((k) => (keywords[k] ? `${k}-${keywords[k]}` : k));
      str = canonical([baseName, ...(ext.length ? ['u', ...ext] : []), ...other].join('-'));
    }
    tags.set(this, str);
  }
  toString() { return tagOf(this); }
  toJSON() { return tagOf(this); }
  maximize() { return new Locale(binding.localeLikely(tagOf(this))[0]); }
  minimize() { return new Locale(binding.localeLikely(tagOf(this))[1]); }
  get language() { return subtags(tagOf(this)).language; }
  get script() { return subtags(tagOf(this)).script; }
  get region() { return subtags(tagOf(this)).region; }
  get baseName() { return subtags(tagOf(this)).baseName; }
  get textInfo() {
    const direction = binding.localeDirection(tagOf(this));
    return direction === undefined ? {} : { direction };
  }
  get numberingSystems() {
    const nu = splitLocale(tagOf(this)).keywords.nu;
    return [nu || require('internal/intl/numberformat').defaultNumberingSystem(subtags(tagOf(this)).baseName)];
  }
}
delete Locale.prototype.toJSON;

for (const [name, key] of KEYWORDS) {
  Object.defineProperty(Locale.prototype, name, {
    get() {
      const v = splitLocale(tagOf(this)).keywords[key];
      if (name === 'numeric') return v === '' || v === 'true';
      return v === undefined ? undefined : v === '' ? 'true' : v;
    },
    configurable: true,
  });
}
Object.defineProperty(Locale.prototype, Symbol.toStringTag, { value: 'Intl.Locale', configurable: true });

module.exports = { Locale };
