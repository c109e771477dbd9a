'use strict';
// tty, v8, constants, sys, process, domain, repl, and the modules that load but are
// not implemented (only their load-time surface is compared).
const { check, checkAsync, assert } = require('../check');

check('tty.isatty and classes', () => {
  const tty = require('tty');
  assert.strictEqual(tty.isatty(-1), false);
  assert.strictEqual(tty.isatty(1.5), false);
  assert.strictEqual(tty.isatty(987654), false);
  assert.strictEqual(typeof tty.isatty(1), 'boolean');
  assert.strictEqual(typeof tty.ReadStream, 'function');
  assert.strictEqual(typeof tty.WriteStream.prototype.getColorDepth, 'function');
  const depth = tty.WriteStream.prototype.getColorDepth;
  assert.strictEqual(depth({ FORCE_COLOR: '0' }), 1);
  assert.strictEqual(depth({ FORCE_COLOR: '3' }), 24);
  assert.strictEqual(depth({ NO_COLOR: '1' }), 1);
  assert.strictEqual(depth({ TERM: 'xterm-256color' }), 8);
  assert.strictEqual(tty.WriteStream.prototype.hasColors(256, { TERM: 'xterm-256color' }), true);
});

check('v8 heap statistics shape', () => {
  const v8 = require('v8');
  const s = v8.getHeapStatistics();
  for (const key of ['total_heap_size', 'used_heap_size', 'heap_size_limit', 'total_available_size', 'malloced_memory']) {
    assert.strictEqual(typeof s[key], 'number', key);
  }
  assert.ok(s.used_heap_size > 0);
  assert.ok(s.heap_size_limit >= s.used_heap_size);
  const spaces = v8.getHeapSpaceStatistics();
  assert.ok(spaces.some((sp) => sp.space_name === 'old_space'));
  assert.deepStrictEqual(Object.keys(spaces[0]), ['space_name', 'space_size', 'space_used_size', 'space_available_size', 'physical_space_size']);
  assert.strictEqual(typeof v8.cachedDataVersionTag(), 'number');
  assert.strictEqual(v8.setFlagsFromString('--allow-natives-syntax'), undefined);
});

check('v8.serialize/deserialize round trip', () => {
  const v8 = require('v8');
  const src = { a: [1, 'two', null, undefined, -0, NaN, 10n], d: new Date(3), m: new Map([['k', new Set([1])]]), r: /x/g, b: Buffer.from('hi'), u: new Uint16Array([1, 2]) };
  src.self = src;
  const buf = v8.serialize(src);
  assert.ok(Buffer.isBuffer(buf));
  assert.strictEqual(buf[0], 0xff);
  const out = v8.deserialize(buf);
  assert.strictEqual(out.self, out);
  assert.ok(Object.is(out.a[4], -0));
  assert.ok(Number.isNaN(out.a[5]));
  assert.strictEqual(out.a[6], 10n);
  assert.strictEqual(out.d.getTime(), 3);
  assert.ok(out.m.get('k').has(1));
  assert.strictEqual(out.r.flags, 'g');
  assert.ok(Buffer.isBuffer(out.b));
  assert.strictEqual(out.b.toString(), 'hi');
  assert.deepStrictEqual([...out.u], [1, 2]);
  assert.ok(out.u instanceof Uint16Array);
  assert.throws(() => v8.serialize(() => 1), { name: 'Error', message: '() => 1 could not be cloned.' });
});

check('constants, sys, process', () => {
  const constants = require('constants');
  assert.strictEqual(constants.SIGINT, 2);
  assert.strictEqual(constants.ENOENT, 2);
  assert.strictEqual(require('sys'), require('util'));
  assert.strictEqual(require('process'), process);
});

check('domain: run, intercept, add', () => {
  const domain = require('domain');
  const EventEmitter = require('events');
  const d = domain.create();
  const errors = [];
  d.on('error', (e) => errors.push(e.message));
  assert.strictEqual(d.run((a) => a + 1, 1), 2);
  const cb = d.intercept((x) => x * 2);
  cb(new Error('intercepted'));
  assert.strictEqual(cb(null, 4), 8);
  const ee = new EventEmitter();
  d.add(ee);
  ee.emit('error', new Error('emitter'));
  assert.deepStrictEqual(errors, ['intercepted', 'emitter']);
});

checkAsync('repl evaluates lines from a stream', async () => {
  const { PassThrough } = require('stream');
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (d) => { out += d; });
  const r = require('repl').start({ input, output, prompt: '> ', useColors: false, terminal: false });
  const exited = new Promise((resolve) => r.on('exit', resolve));
  input.end('let replX = 20\nreplX + 22\n.exit\n');
  await exited;
  assert.ok(out.includes('42\n'), JSON.stringify(out));
});

check('modules that are only stubs still load', () => {
  for (const id of ['http2', 'inspector', 'dgram', 'trace_events', 'wasi', 'repl', 'domain']) {
    assert.strictEqual(typeof require(id), 'object', id);
  }
  const http2 = require('http2');
  assert.strictEqual(http2.constants.HTTP2_HEADER_STATUS, ':status');
  assert.strictEqual(http2.constants.HTTP_STATUS_OK, 200);
  assert.strictEqual(http2.getDefaultSettings().initialWindowSize, 65535);
  assert.deepStrictEqual(http2.getUnpackedSettings(http2.getPackedSettings({ maxFrameSize: 20000, enablePush: false })),
    { enablePush: false, maxFrameSize: 20000 });
  assert.strictEqual(require('inspector').url(), undefined);
  const tracing = require('trace_events').createTracing({ categories: ['node.perf'] });
  assert.strictEqual(tracing.enabled, false);
  assert.strictEqual(tracing.categories, 'node.perf');
});

checkAsync('fetch of a data: URL and Response/Headers', async () => {
  const res = await fetch('data:text/plain;base64,aGVsbG8=');
  assert.strictEqual(res.status, 200);
  assert.strictEqual(await res.text(), 'hello');
  assert.strictEqual(res.bodyUsed, true);
});
