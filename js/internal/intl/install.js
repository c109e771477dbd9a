'use strict';
// The built-ins ECMA-402 routes through Intl (Date/Number/BigInt toLocale*String,
// String.prototype.localeCompare), replaced at start-up by small methods that load the Intl
// modules on first call, so start-up does not pay for them.

// The lazy methods, so a module can swap in a direct one (unless the program replaced it).
const stubs = new Set();

function replace(proto, name, length, load) {
  const method = {
    [name](...args) { return load()(this, ...args); },
  }[name];
  stubs.add(method);
  Object.defineProperty(method, 'length', { value: length });
  Object.defineProperty(proto, name, { value: method, writable: true, configurable: true, enumerable: false });
}

const datetime = () => require('internal/intl/datetime');
const number = () => require('internal/intl/number');

replace(Date.prototype, 'toLocaleString', 0, () => datetime().dateToLocaleString);
replace(Date.prototype, 'toLocaleDateString', 0, () => datetime().dateToLocaleDateString);
replace(Date.prototype, 'toLocaleTimeString', 0, () => datetime().dateToLocaleTimeString);
replace(Number.prototype, 'toLocaleString', 0, () => number().numberToLocaleString);
replace(BigInt.prototype, 'toLocaleString', 0, () => number().bigintToLocaleString);
replace(String.prototype, 'localeCompare', 1, () => number().stringLocaleCompare);

// toString/toTimeString: QuickJS stops after "GMT-0500"; V8 adds the zone's name.
for (const name of ['toString', 'toTimeString']) {
  const plain = Date.prototype[name];
  const method = {
    [name]() {
      const text = plain.call(this);
      const gmt = text.lastIndexOf(' GMT');
      if (gmt === -1) return text; // Invalid Date
      return `${text} (${datetime().dateZoneName(this, text.slice(gmt + 1))})`;
    },
  }[name];
  Object.defineProperty(Date.prototype, name, { value: method, writable: true, configurable: true, enumerable: false });
}

module.exports = { stubs };
