'use strict';
// util.inspect's entries of arrays, typed arrays, ArrayBuffers, Sets, Maps, promises, namespaces.
const {
  hasOwn, isError, mapSize, setSize, mapEntries, setValues, promiseState,
} = require('internal/util/inspect/types');
const { OBJECT, ARRAY } = require('internal/util/inspect/options');
const { formatNumber, formatBigInt } = require('internal/util/inspect/strings');
const { formatProperty, indexKeyRe } = require('internal/util/inspect/properties');

// core requires this module at load time, so its formatValue is looked up on first use.
let core;

function remainingText(n) {
  return `... ${n} more item${n > 1 ? 's' : ''}`;
}

function formatArray(ctx, value, level) {
  const length = value.length;
  const max = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = [];
  for (let i = 0; i < max; i++) {
    if (!hasOwn(value, i)) return formatSparseArray(ctx, value, level, max, output, i);
    output.push(formatProperty(ctx, value, level, i, ARRAY));
  }
  if (length > max) output.push(remainingText(length - max));
  return output;
}

// Arrays with holes: runs of missing indices print as "<N empty items>".
function formatSparseArray(ctx, value, level, maxEntries, output, i) {
  const keys = Object.keys(value);
  let index = i;
  for (; i < keys.length && output.length < maxEntries; i++) {
    const key = keys[i];
    const n = +key;
    if (n > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!indexKeyRe.test(key)) break;
      const holes = n - index;
      output.push(ctx.stylize(`<${holes} empty item${holes > 1 ? 's' : ''}>`, 'undefined'));
      index = n;
      if (output.length === maxEntries) break;
    }
    output.push(formatProperty(ctx, value, level, key, ARRAY));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxEntries) {
    if (remaining > 0) output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatTypedArray(value, length, ctx, level) {
  const { formatValue } = (core ??= require('internal/util/inspect/core'));
  const max = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - max;
  const output = new Array(max);
  const fmt = length > 0 && typeof value[0] === 'number' ? formatNumber : formatBigInt;
  for (let i = 0; i < max; i++) output[i] = fmt(ctx.stylize, value[i], ctx.numericSeparator);
  if (remaining > 0) output[max] = remainingText(remaining);
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      output.push(`[${key}]: ${formatValue(ctx, value[key], level, true)}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatArrayBuffer(ctx, value, byteLength) {
  let bytes;
  try { bytes = new Uint8Array(value); } catch { return [ctx.stylize('(detached)', 'special')]; }
  const n = Math.min(ctx.maxArrayLength, bytes.length);
  const parts = new Array(n);
  for (let i = 0; i < n; i++) parts[i] = (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  let str = parts.join(' ');
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatSet(ctx, value, level) {
  const { formatValue } = (core ??= require('internal/util/inspect/core'));
  const size = setSize.call(value);
  const max = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of setValues.call(value)) {
    if (i >= max) break;
    output.push(formatValue(ctx, v, level));
    i++;
  }
  if (size > max) output.push(remainingText(size - max));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, level) {
  const { formatValue } = (core ??= require('internal/util/inspect/core'));
  const size = mapSize.call(value);
  const max = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const [k, v] of mapEntries.call(value)) {
    if (i >= max) break;
    output.push(`${formatValue(ctx, k, level)} => ${formatValue(ctx, v, level)}`);
    i++;
  }
  if (size > max) output.push(remainingText(size - max));
  ctx.indentationLvl -= 2;
  return output;
}

function formatPromise(ctx, value, level) {
  const { formatValue } = (core ??= require('internal/util/inspect/core'));
  const [state, result] = promiseState(value);
  if (state === 0) return [ctx.stylize('<pending>', 'special')];
  if (state === -1) return [ctx.stylize('<unknown>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, result, level);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatNamespaceObject(keys, ctx, value, level) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, level, keys[i], OBJECT);
    } catch (err) {
      if (!(isError(err) && err.name === 'ReferenceError')) throw err;
      const str = formatProperty(ctx, { [keys[i]]: '' }, level, keys[i], OBJECT);
      output[i] = str.slice(0, str.lastIndexOf(' ') + 1) + ctx.stylize('<uninitialized>', 'special');
    }
  }
  return output;
}

module.exports = {
  formatArray, formatTypedArray, formatArrayBuffer, formatSet, formatMap, formatPromise,
  formatWeakCollection, formatNamespaceObject,
};
