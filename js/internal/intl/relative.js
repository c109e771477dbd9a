'use strict';
// Intl.RelativeTimeFormat, formatted by ICU4X (internalBinding('intl').RelativeTimeFormatter:
// one native formatter per locale, style, unit and numeric, created on first use).
const binding = internalBinding('intl');
const { LOCALE, getCanonicalLocales } = require('internal/intl/common');
const { getOption, coerceOptions, NUMBERING_SYSTEMS } = require('internal/intl/datetime_options');

const CTOR = 'Intl.RelativeTimeFormat';
const UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];
const TYPE_SEQUENCE = /^[a-zA-Z0-9]{3,8}(-[a-zA-Z0-9]{3,8})*$/;

function resolveLocale(locales) {
  for (const tag of getCanonicalLocales(locales)) {
    const base = binding.dtfResolveLocale(tag);
    if (base != null) {
      const nu = /-u-(?:.*-)?nu-([a-z0-9]{3,8})/i.exec(tag);
      return { base, nu: nu && NUMBERING_SYSTEMS.has(nu[1].toLowerCase()) ? nu[1].toLowerCase() : undefined };
    }
  }
  return { base: LOCALE, nu: undefined };
}

const states = new WeakMap();

function getState(self, method) {
  const state = states.get(self);
  if (state === undefined) {
    throw new TypeError(`Method ${CTOR}.prototype.${method} called on incompatible receiver ${
      typeof self === 'object' && self !== null ? '#<Object>' : String(self)}`);
  }
  return state;
}

function singularUnit(unit, method) {
  const u = String(unit);
  const singular = u.endsWith('s') ? u.slice(0, -1) : u;
  if (!UNITS.includes(singular)) {
    throw new RangeError(`Invalid unit argument for ${CTOR}.prototype.${method}() '${u}'`);
  }
  return singular;
}

function toParts(state, value, unit, method) {
  let n = Number(value);
  if (!Number.isFinite(n)) throw new RangeError(`Value need to be finite number for ${CTOR}.prototype.${method}()`);
  const u = singularUnit(unit, method);
  let native = state.natives.get(u);
  if (native === undefined) {
    native = new binding.RelativeTimeFormatter(state.icuLocale, state.style, u, state.numeric);
    state.natives.set(u, native);
  }
  // NumberFormat's defaults: at most 3 fraction digits, no trailing zeros; keep -0's sign.
  const negative = n < 0 || Object.is(n, -0);
  n = Math.abs(n);
  let digits = String(Number(n.toFixed(3)));
  if (/e/.test(digits)) digits = n >= 1 ? BigInt(Math.round(n)).toString() : '0';
  const flat = native.formatToParts(`${negative ? '-' : ''}${digits}`);
  const parts = [];
  for (let i = 0; i < flat.length; i += 2) {
    const part = { type: flat[i], value: flat[i + 1] };
    if (part.type !== 'literal') part.unit = u;
    parts.push(part);
  }
  return parts;
}

class RelativeTimeFormat {
  constructor(locales, options) {
    options = coerceOptions(options);
    getOption(options, 'localeMatcher', ['lookup', 'best fit'], 'best fit', CTOR);
    const nu = getOption(options, 'numberingSystem', undefined, undefined, CTOR);
    if (nu !== undefined && !TYPE_SEQUENCE.test(nu)) throw new RangeError(`Invalid numberingSystem : ${nu}`);
    const style = getOption(options, 'style', ['long', 'short', 'narrow'], 'long', CTOR);
    const numeric = getOption(options, 'numeric', ['always', 'auto'], 'always', CTOR);
    const { base, nu: nuKeyword } = resolveLocale(locales);
    const numberingSystem = nu !== undefined && NUMBERING_SYSTEMS.has(nu.toLowerCase()) ? nu.toLowerCase() : nuKeyword;
    const locale = nuKeyword && (nu === undefined || nuKeyword === numberingSystem) ? `${base}-u-nu-${nuKeyword}` : base;
    const icuLocale = numberingSystem ? `${base}-u-nu-${numberingSystem}` : base;
    states.set(this, {
      locale, style, numeric, icuLocale, natives: new Map(),
      numberingSystem: numberingSystem ?? binding.dtfNumberingSystem(base),
    });
  }

  format(value, unit) {
    return toParts(getState(this, 'format'), value, unit, 'format').map((p) => p.value).join('');
  }

  formatToParts(value, unit) {
    return toParts(getState(this, 'formatToParts'), value, unit, 'formatToParts');
  }

  resolvedOptions() {
    const s = getState(this, 'resolvedOptions');
    return { locale: s.locale, style: s.style, numeric: s.numeric, numberingSystem: s.numberingSystem };
  }

  static supportedLocalesOf(locales) {
    return getCanonicalLocales(locales).filter((tag) => binding.dtfResolveLocale(tag) != null);
  }
}
Object.defineProperty(RelativeTimeFormat.prototype, Symbol.toStringTag, { value: 'Intl.RelativeTimeFormat', configurable: true });

module.exports = { RelativeTimeFormat };
