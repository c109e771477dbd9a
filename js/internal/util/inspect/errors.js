'use strict';
// Errors for util.inspect: the stack under Node's "Name: message" header, cause frames, colors.
const { isError } = require('internal/util/inspect/types');
const { getPrefix } = require('internal/util/inspect/bases');

function errorToString(err) {
  try { return Error.prototype.toString.call(err); } catch { return '[object Error]'; }
}

function getStackString(err) {
  let stack;
  try { stack = err.stack; } catch { stack = undefined; }
  if (!stack) return errorToString(err);
  stack = String(stack);
  if (stack.endsWith('\n')) stack = stack.replace(/\n+$/, '');
  // Engines whose stack holds only frames: put Node's "Name: message" header on top.
  if (/^\s+at /.test(stack)) stack = `${errorToString(err)}\n${stack}`;
  return stack;
}

function getStackFrames(ctx, err, framesText) {
  const frames = framesText.split('\n');
  let cause;
  try { cause = err.cause; } catch { /* ignore */ }
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(cause);
    const start = causeStack.indexOf('\n    at');
    if (start !== -1) {
      const causeFrames = causeStack.slice(start + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

// The longest run (> 3 lines) of `a` that also appears in `b` and reaches b's end region.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function improveStack(stack, ctor, name, tag) {
  let len = name.length;
  if (ctor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (ctor === null) {
      const m = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) || /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (m && m[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(ctor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

const coreFrameRe = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
const nodeModulesRe = /[/\\]node_modules[/\\](.+?)(?=[/\\])/g;

function formatError(err, ctor, tag, ctx, keys) {
  let name;
  let message;
  try { name = err.name != null ? String(err.name) : 'Error'; } catch { name = 'Error'; }
  try { message = err.message; } catch { message = undefined; }
  let stack = getStackString(err);

  if (!ctx.showHidden && keys.length !== 0) {
    for (const key of ['name', 'message', 'stack']) {
      const index = keys.indexOf(key);
      if (index !== -1 && stack.includes(err[key])) keys.splice(index, 1);
    }
  }
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  if (Array.isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) keys.push('errors');

  stack = improveStack(stack, ctor, name, tag);

  let pos = (message && stack.indexOf(message)) || -1;
  if (pos !== -1) pos += message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let head = stack.slice(0, stackStart);
    const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) {
      for (let line of lines) {
        const core = coreFrameRe.exec(line);
        if (core !== null) {
          head += `\n${ctx.stylize(line, 'undefined')}`;
        } else {
          nodeModulesRe.lastIndex = 0;
          line = line.replace(nodeModulesRe, (m, mod) => m.slice(0, m.length - mod.length) + ctx.stylize(mod, 'module'));
          head += `\n${line}`;
        }
      }
    } else {
      head += `\n${lines.join('\n')}`;
    }
    stack = head;
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

module.exports = { formatError, identicalSequenceRange };
