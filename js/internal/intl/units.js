'use strict';
// style: 'unit' for Intl.NumberFormat. ECMA-402's sanctioned simple units (and X-per-Y
// compounds) are validated here. ICU4X 2.x has no general unit formatter yet (its
// experimental one covers a handful of units), so the number is followed by the unit
// identifier: a known gap, see the Intl notes.
const SANCTIONED = [
  'acre', 'bit', 'byte', 'celsius', 'centimeter', 'day', 'degree', 'fahrenheit', 'fluid-ounce',
  'foot', 'gallon', 'gigabit', 'gigabyte', 'gram', 'hectare', 'hour', 'inch', 'kilobit',
  'kilobyte', 'kilogram', 'kilometer', 'liter', 'megabit', 'megabyte', 'meter', 'microsecond',
  'mile', 'mile-scandinavian', 'milliliter', 'millimeter', 'millisecond', 'minute', 'month',
  'nanosecond', 'ounce', 'percent', 'petabyte', 'pound', 'second', 'stone', 'terabit',
  'terabyte', 'week', 'yard', 'year',
];

function isSanctionedUnit(unit) {
  if (SANCTIONED.includes(unit)) return true;
  const i = unit.indexOf('-per-');
  return i > 0 && SANCTIONED.includes(unit.slice(0, i)) && SANCTIONED.includes(unit.slice(i + 5));
}

function unitPattern(s, numberParts, signed) {
  const parts = [];
  if (signed) parts.push({ type: signed, value: signed === 'minusSign' ? '-' : '+' });
  parts.push(...numberParts, { type: 'literal', value: ' ' }, { type: 'unit', value: s.options.unit });
  return parts;
}

module.exports = { isSanctionedUnit, unitPattern, SANCTIONED };
