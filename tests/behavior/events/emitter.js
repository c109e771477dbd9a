'use strict';
// EventEmitter: listeners, ordering, once, removal, errors, max listeners.
const { check, checkAsync, assert } = require('../check');
const EventEmitter = require('events');

check('module shape', () => {
  assert.strictEqual(EventEmitter.EventEmitter, EventEmitter);
  assert.strictEqual(typeof EventEmitter.once, 'function');
  assert.strictEqual(typeof EventEmitter.on, 'function');
  assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
  assert.strictEqual(EventEmitter.captureRejectionSymbol, Symbol.for('nodejs.rejection'));
  assert.strictEqual(typeof EventEmitter.errorMonitor, 'symbol');
  assert.strictEqual(EventEmitter.errorMonitor.toString(), 'Symbol(events.errorMonitor)');
  assert.strictEqual(EventEmitter.usingDomains, false);
  assert.deepStrictEqual(Object.keys(new EventEmitter()), ['_events', '_eventsCount', '_maxListeners']);
  for (const m of ['on', 'addListener', 'prependListener', 'once', 'prependOnceListener', 'off', 'removeListener',
    'removeAllListeners', 'emit', 'listeners', 'rawListeners', 'listenerCount', 'eventNames', 'setMaxListeners',
    'getMaxListeners']) {
    assert.strictEqual(typeof EventEmitter.prototype[m], 'function', m);
  }
  assert.strictEqual(EventEmitter.prototype.on, EventEmitter.prototype.addListener);
  assert.strictEqual(EventEmitter.prototype.off, EventEmitter.prototype.removeListener);
});

check('emit passes arguments and this, returns whether there were listeners', () => {
  const e = new EventEmitter();
  const seen = [];
  e.on('x', function (...args) { seen.push([this === e, ...args]); });
  assert.strictEqual(e.emit('x'), true);
  assert.strictEqual(e.emit('x', 1), true);
  assert.strictEqual(e.emit('x', 1, 2, 3, 4, 5), true);
  assert.strictEqual(e.emit('y'), false);
  assert.deepStrictEqual(seen, [[true], [true, 1], [true, 1, 2, 3, 4, 5]]);
});

check('listener order with prepend and once', () => {
  const e = new EventEmitter();
  const order = [];
  e.on('x', () => order.push('a'));
  e.once('x', () => order.push('b'));
  e.prependListener('x', () => order.push('c'));
  e.prependOnceListener('x', () => order.push('d'));
  assert.strictEqual(e.listenerCount('x'), 4);
  e.emit('x');
  e.emit('x');
  assert.deepStrictEqual(order, ['d', 'c', 'a', 'b', 'c', 'a']);
  assert.strictEqual(e.listenerCount('x'), 2);
});

check('listeners unwraps once wrappers, rawListeners does not', () => {
  const e = new EventEmitter();
  function a() {}
  function b() {}
  e.on('x', a);
  e.once('x', b);
  assert.deepStrictEqual(e.listeners('x'), [a, b]);
  const raw = e.rawListeners('x');
  assert.strictEqual(raw[0], a);
  assert.notStrictEqual(raw[1], b);
  assert.strictEqual(raw[1].listener, b);
  raw[1]();
  assert.deepStrictEqual(e.listeners('x'), [a]);
  assert.deepStrictEqual(e.listeners('nothing'), []);
});

check('newListener and removeListener events', () => {
  const e = new EventEmitter();
  const log = [];
  e.on('newListener', (name, fn) => log.push(['new', name, fn.name]));
  e.on('removeListener', (name, fn) => log.push(['remove', name, fn.name]));
  function foo() {}
  e.on('x', foo);
  e.once('y', foo);
  e.removeListener('x', foo);
  e.emit('y');
  assert.deepStrictEqual(log, [
    ['new', 'removeListener', ''], ['new', 'x', 'foo'], ['new', 'y', 'foo'], ['remove', 'x', 'foo'], ['remove', 'y', 'foo'],
  ]);
});

check('newListener fires before the listener is added', () => {
  const e = new EventEmitter();
  let countInside = -1;
  e.on('newListener', (name) => { if (name === 'x') countInside = e.listenerCount('x'); });
  e.on('x', () => {});
  assert.strictEqual(countInside, 0);
});

check('removeListener removes the most recently added match', () => {
  const e = new EventEmitter();
  const calls = [];
  const f = (n) => calls.push(n);
  const g = () => calls.push('g');
  e.on('x', f);
  e.on('x', g);
  e.on('x', f);
  e.removeListener('x', f);
  assert.deepStrictEqual(e.listeners('x'), [f, g]);
  e.off('x', () => {});
  assert.strictEqual(e.listenerCount('x'), 2);
  e.off('x', f).off('x', g);
  assert.strictEqual(e.listenerCount('x'), 0);
  assert.deepStrictEqual(e.eventNames(), []);
});

check('removing during emit does not affect the current emit', () => {
  const e = new EventEmitter();
  const calls = [];
  function b() { calls.push('b'); }
  e.on('x', () => { calls.push('a'); e.removeListener('x', b); });
  e.on('x', b);
  e.emit('x');
  e.emit('x');
  assert.deepStrictEqual(calls, ['a', 'b', 'a']);
});

check('adding during emit does not affect the current emit', () => {
  const e = new EventEmitter();
  let n = 0;
  e.on('x', () => { n++; e.on('x', () => { n += 10; }); });
  e.emit('x');
  assert.strictEqual(n, 1);
});

check('removeAllListeners with and without a name', () => {
  const e = new EventEmitter();
  const removed = [];
  e.on('x', () => {});
  e.on('x', () => {});
  e.on('y', () => {});
  e.on('removeListener', (name) => removed.push(name));
  e.removeAllListeners('x');
  assert.deepStrictEqual(removed, ['x', 'x']);
  assert.deepStrictEqual(e.eventNames(), ['y', 'removeListener']);
  e.removeAllListeners();
  assert.deepStrictEqual(removed, ['x', 'x', 'y']);
  assert.deepStrictEqual(e.eventNames(), []);
  assert.strictEqual(e.removeAllListeners(), e);
});

check('eventNames includes symbols', () => {
  const e = new EventEmitter();
  const s = Symbol('s');
  e.on('a', () => {});
  e.on(s, () => {});
  assert.deepStrictEqual(e.eventNames(), ['a', s]);
  let called = false;
  e.on(s, () => { called = true; });
  e.emit(s);
  assert.ok(called);
});

check('listenerCount with a listener argument and the static form', () => {
  const e = new EventEmitter();
  const f = () => {};
  e.on('x', f);
  e.on('x', f);
  e.once('x', f);
  e.on('x', () => {});
  assert.strictEqual(e.listenerCount('x'), 4);
  assert.strictEqual(e.listenerCount('x', f), 3);
  assert.strictEqual(e.listenerCount('x', () => {}), 0);
  assert.strictEqual(EventEmitter.listenerCount(e, 'x'), 4);
});

check('error event without listener throws the error', () => {
  const e = new EventEmitter();
  const err = new Error('boom');
  assert.throws(() => e.emit('error', err), (thrown) => thrown === err);
});

check('error event with non-error values', () => {
  const e = new EventEmitter();
  assert.throws(() => e.emit('error'), { code: 'ERR_UNHANDLED_ERROR', message: 'Unhandled error. (undefined)' });
  assert.throws(() => e.emit('error', 42), (er) => er.code === 'ERR_UNHANDLED_ERROR' &&
    er.message === 'Unhandled error. (42)' && er.context === 42);
  assert.throws(() => e.emit('error', 'str'), { message: "Unhandled error. ('str')" });
  assert.throws(() => e.emit('error', { a: 1 }), { message: 'Unhandled error. ({ a: 1 })' });
});

check('errorMonitor sees errors before they are thrown or handled', () => {
  const e = new EventEmitter();
  const seen = [];
  e.on(EventEmitter.errorMonitor, (er) => seen.push(`monitor:${er.message}`));
  assert.throws(() => e.emit('error', new Error('one')), /one/);
  e.on('error', (er) => seen.push(`handler:${er.message}`));
  e.emit('error', new Error('two'));
  assert.deepStrictEqual(seen, ['monitor:one', 'monitor:two', 'handler:two']);
});

check('argument validation', () => {
  const e = new EventEmitter();
  assert.throws(() => e.on('x', 1), {
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: 'The "listener" argument must be of type function. Received type number (1)',
  });
  assert.throws(() => e.once('x', null), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => e.removeListener('x', 'nope'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => e.setMaxListeners(-1), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1',
  });
  assert.throws(() => e.setMaxListeners('x'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => { EventEmitter.defaultMaxListeners = -1; }, { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => new EventEmitter({ captureRejections: 1 }), {
    message: 'The "options.captureRejections" property must be of type boolean. Received type number (1)',
  });
});

check('max listeners getters and setters', () => {
  const e = new EventEmitter();
  assert.strictEqual(e.getMaxListeners(), 10);
  assert.strictEqual(e.setMaxListeners(3), e);
  assert.strictEqual(e.getMaxListeners(), 3);
  assert.strictEqual(EventEmitter.getMaxListeners(e), 3);
  EventEmitter.setMaxListeners(5, e);
  assert.strictEqual(e.getMaxListeners(), 5);
  e.setMaxListeners(0);
  for (let i = 0; i < 20; i++) e.on('x', () => {});
  assert.strictEqual(e.listenerCount('x'), 20);
});

check('subclassing with class syntax and util.inherits', () => {
  class My extends EventEmitter {}
  const m = new My();
  let got;
  m.on('hi', (v) => { got = v; });
  m.emit('hi', 7);
  assert.strictEqual(got, 7);
  assert.ok(m instanceof EventEmitter);
  function Old() { EventEmitter.call(this); }
  require('util').inherits(Old, EventEmitter);
  const o = new Old();
  o.on('x', (v) => { got = v; });
  o.emit('x', 8);
  assert.strictEqual(got, 8);
  assert.deepStrictEqual(Object.keys(o), ['_events', '_eventsCount', '_maxListeners']);
});

check('emit on an object that never called the constructor', () => {
  const o = Object.create(EventEmitter.prototype);
  assert.strictEqual(o.emit('x'), false);
  let n = 0;
  o.on('x', () => n++);
  o.emit('x');
  assert.strictEqual(n, 1);
});

checkAsync('MaxListenersExceededWarning', async () => {
  const warnings = [];
  const onWarning = (w) => warnings.push(w);
  process.on('warning', onWarning);
  const e = new EventEmitter();
  for (let i = 0; i < 11; i++) e.on('foo', () => {});
  for (let i = 0; i < 12; i++) e.on('foo', () => {}); // warns once per event name
  class Foo extends EventEmitter {}
  const f = new Foo();
  f.setMaxListeners(1);
  f.on('bar', () => {});
  f.on('bar', () => {});
  await new Promise((r) => setTimeout(r, 10));
  process.removeListener('warning', onWarning);
  assert.strictEqual(warnings.length, 2);
  assert.strictEqual(warnings[0].name, 'MaxListenersExceededWarning');
  assert.strictEqual(warnings[0].message, 'Possible EventEmitter memory leak detected. 11 foo listeners added to ' +
    '[EventEmitter]. MaxListeners is 10. Use emitter.setMaxListeners() to increase limit');
  assert.strictEqual(warnings[0].emitter, e);
  assert.strictEqual(warnings[0].type, 'foo');
  assert.strictEqual(warnings[0].count, 11);
  assert.strictEqual(warnings[1].message, 'Possible EventEmitter memory leak detected. 2 bar listeners added to ' +
    '[Foo]. MaxListeners is 1. Use emitter.setMaxListeners() to increase limit');
});
