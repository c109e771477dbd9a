'use strict';
// The wrapper once()/prependOnceListener() register: Node's is `onceWrapper.bind(state)`,
// so its name is 'bound onceWrapper' wherever it shows (rawListeners, inspected emitters,
// 'removeListener' events); `.listener` is the original, which listeners() returns and
// removeListener() accepts.
const { check, assert } = require('../check');
const EventEmitter = require('events');
const util = require('util');

check("a once-wrapper is named 'bound onceWrapper' and points at its listener", () => {
  const e = new EventEmitter();
  function f() {}
  e.once('x', f);
  e.prependOnceListener('y', f);
  for (const type of ['x', 'y']) {
    const [w] = e.rawListeners(type);
    assert.notStrictEqual(w, f);
    assert.strictEqual(w.name, 'bound onceWrapper');
    assert.strictEqual(w.listener, f);
    assert.strictEqual(w.length, 0);
    assert.deepStrictEqual(Object.getOwnPropertyDescriptor(w, 'name'),
      { value: 'bound onceWrapper', writable: false, enumerable: false, configurable: true });
    assert.deepStrictEqual(Object.keys(w), ['listener']);
    assert.strictEqual(util.inspect(w), '[Function: bound onceWrapper] { listener: [Function: f] }');
  }
  assert.deepStrictEqual(e.listeners('x'), [f]);
  console.log(util.inspect(e.rawListeners('x')[0]));
});

check('an inspected emitter shows its once-wrappers as Node does', () => {
  const e = new EventEmitter();
  function f() {}
  e.once('x', f);
  e.on('x', f);
  e.once('y', () => {});
  const shown = util.inspect(e, { depth: 4 });
  assert.ok(shown.includes('[Function: bound onceWrapper] { listener: [Function: f] }'), shown);
  assert.ok(shown.includes('y: [Function: bound onceWrapper] { listener: [Function (anonymous)] }'), shown);
  console.log(util.inspect(e._events));
});

check('removeListener(type, fn) removes a once-wrapper by its listener; rawListeners stay in order', () => {
  const e = new EventEmitter();
  const calls = [];
  function f() { calls.push('f'); }
  function g() { calls.push('g'); }
  e.once('x', f);
  e.on('x', g);
  e.once('x', g);
  assert.deepStrictEqual(e.listeners('x'), [f, g, g]);
  assert.deepStrictEqual(e.rawListeners('x').map((l) => l.name), ['bound onceWrapper', 'g', 'bound onceWrapper']);
  e.removeListener('x', f);
  assert.deepStrictEqual(e.listeners('x'), [g, g]);
  e.removeListener('x', g); // the most recent: the once-wrapper
  assert.deepStrictEqual(e.rawListeners('x'), [g]);
  e.once('x', f);
  e.emit('x');
  e.emit('x');
  assert.deepStrictEqual(calls, ['g', 'f', 'g']);
  assert.deepStrictEqual(e.listeners('x'), [g]);
});

check("a firing once-wrapper is what 'removeListener' hears when the event has several listeners", () => {
  const e = new EventEmitter();
  const heard = [];
  e.on('removeListener', (type, l) => heard.push(`${type}:${l.name}`));
  function f() {}
  function g() {}
  e.once('x', f);
  e.on('x', g);
  e.emit('x');
  e.once('y', f);
  e.emit('y'); // a single listener: Node passes the original
  assert.deepStrictEqual(heard, ['x:bound onceWrapper', 'y:f']);
  console.log(heard);
});

check('a once-wrapper called directly removes itself and calls its listener once', () => {
  const e = new EventEmitter();
  let n = 0;
  e.once('x', function (a) { n += a; return this; });
  const [w] = e.rawListeners('x');
  assert.strictEqual(w(2), e);
  assert.strictEqual(w(3), undefined);
  assert.strictEqual(n, 2);
  assert.strictEqual(e.listenerCount('x'), 0);
});
