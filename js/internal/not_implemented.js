'use strict';
// Helpers for modules minode loads but does not implement yet: requiring them works,
// using them throws ERR_NOT_IMPLEMENTED naming what was used.

const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

function notImplemented(name) {
  const fn = function() {
    throw new ERR_NOT_IMPLEMENTED(name);
  };
  Object.defineProperty(fn, 'name', { value: name.slice(name.lastIndexOf('.') + 1), configurable: true });
  return fn;
}

// A class whose constructor throws (so `instanceof` checks still work).
function notImplementedClass(name, Base = Object) {
  const C = {
    [name.slice(name.lastIndexOf('.') + 1)]: class extends Base {
      constructor() {
        super();
        throw new ERR_NOT_IMPLEMENTED(name);
      }
    },
  }[name.slice(name.lastIndexOf('.') + 1)];
  return C;
}

module.exports = { notImplemented, notImplementedClass };
