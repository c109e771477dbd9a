'use strict';
// IANA time zones for Intl.DateTimeFormat: validation/canonicalisation like Node's ICU, the
// host's default zone (re-read from process.env.TZ on each use, as Node does after tzset).
const binding = internalBinding('intl');

const canonicalCache = new Map();

// The canonical id for a user-supplied zone name; RangeError like Node for unknown names.
function canonicalizeTimeZone(value) {
  const name = String(value);
  let id = canonicalCache.get(name);
  if (id === undefined) {
    // Node 20 accepts only IANA names (no '+05:30' style offsets).
    id = /^[A-Za-z0-9_+\-/]+$/.test(name) ? binding.tzCanonicalize(name) : undefined;
    if (id === undefined) throw new RangeError(`Invalid time zone specified: ${name}`);
    if (canonicalCache.size < 1000) canonicalCache.set(name, id);
  }
  return id;
}

let lastEnv;
let lastDefault;
function defaultTimeZone() {
  const env = process.env.TZ;
  if (lastDefault === undefined || env !== lastEnv) {
    lastEnv = env;
    lastDefault = binding.tzDefault(env);
  }
  return lastDefault;
}

let supported;
const supportedTimeZones = () => (supported ??= binding.tzList()).slice();

// Offset of `zone` from UTC at `ms`, in minutes (east positive).
const offsetMinutes = (zone, ms) => binding.tzOffset(zone, ms) / 60;

module.exports = { canonicalizeTimeZone, defaultTimeZone, supportedTimeZones, offsetMinutes };
