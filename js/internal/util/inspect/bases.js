'use strict';
// The heads of inspected values: "Ctor [tag] " prefixes, function and class names, boxed primitives.
const { hasOwn, getProto, boxedValueOf, functionKind } = require('internal/util/inspect/types');
const { stylizeNoColor } = require('internal/util/inspect/options');
const { formatPrimitive } = require('internal/util/inspect/strings');

function getPrefix(ctor, tag, fallback, size = '') {
  if (ctor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && ctor !== tag) return `${ctor}${size} [${tag}] `;
  return `${ctor}${size} `;
}

function getFunctionBase(value, ctor, tag) {
  let source;
  try { source = Function.prototype.toString.call(value); } catch { source = ''; }
  if (source.startsWith('class') && source.endsWith('}')) {
    const body = source.slice(5, -1);
    const brace = body.indexOf('{');
    if (brace !== -1 && (!body.slice(0, brace).includes('(') ||
        /^\s*(?:extends\s+[^{]*)?\s*$/.test(body.slice(0, brace).replace(/\/\*[\s\S]*?\*\//g, '')) ||
        /^\s*[A-Za-z_$][\w$]*\s*(?:extends\b|\{|$)/.test(body.slice(0, brace)))) {
      return getClassBase(value, ctor, tag);
    }
  }
  const [isAsync, isGen] = functionKind(value);
  let type = 'Function';
  if (isGen) type = `Generator${type}`;
  if (isAsync) type = `Async${type}`;
  let base = `[${type}`;
  if (ctor === null) base += ' (null prototype)';
  if (value.name === '') base += ' (anonymous)';
  else base += `: ${value.name}`;
  base += ']';
  if (ctor !== type && ctor !== null) base += ` ${ctor}`;
  if (tag !== '' && ctor !== tag) base += ` [${tag}]`;
  return base;
}

function getClassBase(value, ctor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (ctor !== 'Function' && ctor !== null) base += ` [${ctor}]`;
  if (tag !== '' && ctor !== tag) base += ` [${tag}]`;
  if (ctor !== null) {
    const superName = getProto(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getBoxedBase(value, ctx, keys, ctor, tag, type) {
  const primitive = boxedValueOf[type].call(value);
  if (type === 'String') {
    // Drop the index keys of the string's characters.
    keys.splice(0, primitive.length);
  }
  let base = `[${type}`;
  if (type !== ctor) {
    if (ctor === null) base += ' (null prototype)';
    else base += ` (${ctor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== ctor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

module.exports = { getPrefix, getFunctionBase, getBoxedBase };
