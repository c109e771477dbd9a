'use strict';
// Default highWaterMark values and the option parsing shared by Readable and Writable.
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');

let defaultBytes = 16 * 1024;
let defaultObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjects : defaultBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
    throw new ERR_OUT_OF_RANGE('value', '>= 0 && <= 9007199254740991', value);
  }
  if (objectMode) defaultObjects = value;
  else defaultBytes = value;
}

// `duplexKey` is readableHighWaterMark / writableHighWaterMark for Duplex halves.
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  let hwm = options.highWaterMark;
  if (hwm == null && isDuplex) hwm = options[duplexKey];
  if (hwm == null) return getDefaultHighWaterMark(state.objectMode);
  if (typeof hwm !== 'number' || !Number.isInteger(hwm) || hwm < 0) {
    const name = options.highWaterMark != null ? 'options.highWaterMark' : `options.${duplexKey}`;
    throw new ERR_INVALID_ARG_VALUE(name, hwm);
  }
  return hwm;
}

module.exports = { getDefaultHighWaterMark, setDefaultHighWaterMark, getHighWaterMark };
