'use strict';
// Keeping object shapes alive. QuickJS frees a shape as soon as no object has it, so an
// object built per request (or per event) rebuilds every shape it passes through — one
// per property it adds — each time: a good part of constructing it. An object kept at
// each step of the usual sequence of additions turns those into lookups.

// Objects with `proto` and the first 0..keys.length of `keys`, added in that order with
// plain assignment (as constructors do). Keep the result reachable for as long as it
// should help, e.g. on `module` (the built-in module cache holds it; users can't see it).
function holdShapes(proto, keys) {
  const holders = [];
  for (let n = 0; n <= keys.length; n++) {
    const o = Object.create(proto);
    for (let i = 0; i < n; i++) o[keys[i]] = undefined;
    holders.push(o);
  }
  return holders;
}

module.exports = { holdShapes };
