'use strict';
// console.Console output: log/warn/group/assert/count/dir/time/trace
// Expected strings are node v20's output.
const { check, assert } = require('../check');
const util = require('util');
const EventEmitter = require('events');
const { Console } = require('console');
function fakeStream() {
  const s = new EventEmitter();
  s.data = '';
  s.write = (chunk) => { s.data += chunk; return true; };
  return s;
}
// Runs fn(console) and returns what it wrote: "stdout|stderr" with both streams shown.
function capture(fn, options) {
  const out = fakeStream();
  const err = fakeStream();
  const c = new Console({ stdout: out, stderr: err, ...options });
  fn(c);
  return JSON.stringify({ out: out.data, err: err.data });
}
function withWarnings(fn) {
  const warnings = [];
  const orig = process.emitWarning;
  process.emitWarning = (w) => { warnings.push(String(w)); };
  try { fn(); } finally { process.emitWarning = orig; }
  return warnings.join(' / ');
}
function withFakeClock(fn) {
  const real = process.hrtime;
  let now = [0, 0];
  process.hrtime = (prev) => (prev ? [now[0] - prev[0], now[1] - prev[1]] : now.slice());
  try { return fn((ms) => { now = [Math.floor(ms / 1000), Math.round((ms % 1000) * 1e6)]; }); } finally { process.hrtime = real; }
}

function same(label, actual, expected) {
  check(label, () => assert.strictEqual(actual, expected));
}

same("log and info go to stdout", capture((c) => { c.log('hello'); c.info('info', 1); c.debug({ a: 1 }); c.dirxml([1]); }),
  "{\"out\":\"hello\\ninfo 1\\n{ a: 1 }\\n[ 1 ]\\n\",\"err\":\"\"}");
same("warn and error go to stderr", capture((c) => { c.warn('warn'); c.error('error %d', 5); }),
  "{\"out\":\"\",\"err\":\"warn\\nerror 5\\n\"}");
same("format placeholders", capture((c) => c.log('%s is %d years and %o', 'Bob', 42, [1])),
  "{\"out\":\"Bob is 42 years and [ 1, [length]: 1 ]\\n\",\"err\":\"\"}");
same("log with no arguments prints empty line", capture((c) => c.log()),
  "{\"out\":\"\\n\",\"err\":\"\"}");
same("log of multi-line value", capture((c) => c.log({ aaaaaaaaaaaa: 'x'.repeat(40), bbbbbbbbbb: 'y'.repeat(40) })),
  "{\"out\":\"{\\n  aaaaaaaaaaaa: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\\n  bbbbbbbbbb: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'\\n}\\n\",\"err\":\"\"}");
same("group indents by 2", capture((c) => { c.log('a'); c.group('G1'); c.log('b'); c.group(); c.warn('c\nd'); c.groupEnd(); c.log('e'); c.groupEnd(); c.groupEnd(); c.log('f'); }),
  "{\"out\":\"a\\nG1\\n  b\\n  e\\nf\\n\",\"err\":\"    c\\n    d\\n\"}");
same("groupCollapsed", capture((c) => { c.groupCollapsed('label', 1); c.log('in'); c.groupEnd(); }),
  "{\"out\":\"label 1\\n  in\\n\",\"err\":\"\"}");
same("groupIndentation option", capture((c) => { c.group('x'); c.log('y'); }, { groupIndentation: 4 }),
  "{\"out\":\"x\\n    y\\n\",\"err\":\"\"}");
same("assert", capture((c) => { c.assert(true, 'no'); c.assert(false); c.assert(0, 'msg %s', 'arg'); c.assert(null, { a: 1 }); }),
  "{\"out\":\"\",\"err\":\"Assertion failed\\nAssertion failed: msg arg\\nAssertion failed: [object Object]\\n\"}");
same("count and countReset", capture((c) => { c.count(); c.count(); c.count('x'); c.countReset(); c.count(); c.count('x'); }),
  "{\"out\":\"default: 1\\ndefault: 2\\nx: 1\\ndefault: 1\\nx: 2\\n\",\"err\":\"\"}");
same("countReset of unknown label warns", withWarnings(() => capture((c) => c.countReset('nope'))),
  "Count for 'nope' does not exist");
same("dir ignores custom inspect", capture((c) => c.dir({ a: { b: { c: { d: 1 } } }, [util.inspect.custom]() { return 'CUSTOM'; } })),
  "{\"out\":\"{\\n  a: { b: { c: [Object] } },\\n  [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]\\n}\\n\",\"err\":\"\"}");
same("dir options", capture((c) => c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 })),
  "{\"out\":\"{ a: [Object] }\\n\",\"err\":\"\"}");
same("time/timeEnd/timeLog formats", withFakeClock((set) => capture((c) => {
    for (const ms of [0.5, 1.2345, 12.1, 999.9999, 1500.5, 61234.5678, 3723004.5]) { set(0); c.time('t'); set(ms); c.timeEnd('t'); }
    set(0); c.time(); set(3.25); c.timeLog(undefined, 'extra', { x: 1 }); c.timeEnd();
  })),
  "{\"out\":\"t: 0.5ms\\nt: 1.234ms\\nt: 12.1ms\\nt: 1000ms\\nt: 1.500s\\nt: 1:01.235 (m:ss.mmm)\\nt: 1:02:03.005 (h:mm:ss.mmm)\\ndefault: 3.25ms extra { x: 1 }\\ndefault: 3.25ms\\n\",\"err\":\"\"}");
same("time warnings", withWarnings(() => capture((c) => { c.time('a'); c.time('a'); c.timeEnd('b'); c.timeLog('c'); })),
  "Label 'a' already exists for console.time() / No such label 'b' for console.timeEnd() / No such label 'c' for console.timeLog()");
same("trace header", capture((c) => c.trace('here %s', 'x')).split('\\n')[0],
  "{\"out\":\"\",\"err\":\"Trace: here x");
same("trace goes to stderr with frames", String((() => { const e = fakeStream(); new Console(fakeStream(), e).trace(); return e.data.startsWith('Trace\n    at ') && e.data.endsWith('\n'); })()),
  "true");
same("methods are bound", capture((c) => { const { log, error } = c; log('bound'); error('bound err'); }),
  "{\"out\":\"bound\\n\",\"err\":\"bound err\\n\"}");
same("Console without new and with (stdout, stderr)", (() => { const o = fakeStream(); const e = fakeStream(); const c = Console(o, e); c.log('o'); c.error('e'); return o.data + e.data; })(),
  "o\ne\n");
same("invalid stream throws", (() => { try { new Console({}); return 'no throw'; } catch (e) { return e.code + ' ' + e.message; } })(),
  "ERR_CONSOLE_WRITABLE_STREAM Console expects a writable stream instance for stdout");
same("instanceof Console", String(new Console(fakeStream()) instanceof Console) + ' ' + String(console instanceof Console),
  "true true");
same("console module is the global console", String(require('console') === console && console.Console === Console),
  "true");
same("colorMode true", capture((c) => c.log({ a: 1, s: 'x' }, 5), { colorMode: true }),
  "{\"out\":\"{ a: \\u001b[33m1\\u001b[39m, s: \\u001b[32m'x'\\u001b[39m } \\u001b[33m5\\u001b[39m\\n\",\"err\":\"\"}");
same("inspectOptions", capture((c) => c.log({ a: { b: { c: {} } } }, [1, 2, 3]), { inspectOptions: { compact: false, depth: 0 } }),
  "{\"out\":\"{\\n  a: [Object]\\n} [\\n  1,\\n  2,\\n  3\\n]\\n\",\"err\":\"\"}");
same("write errors are swallowed", (() => { const s = fakeStream(); s.write = () => { throw new Error('EPIPE'); }; new Console(s).log('x'); return 'ok'; })(),
  "ok");
same("global console method names", Object.keys(console).filter((k) => typeof console[k] === 'function').join(','),
  "log,warn,dir,time,timeEnd,timeLog,trace,assert,clear,count,countReset,group,groupEnd,table,debug,info,dirxml,error,groupCollapsed,Console,profile,profileEnd,timeStamp,context,createTask");
same("global console toStringTag", Object.prototype.toString.call(console),
  "[object console]");
