'use strict';
// EventEmitter edge cases the fast paths in events.js must keep: listener arrays changed
// during emit, exact argument counts, once-wrappers, removal order, prepend vs. extra
// arguments, constructor/init state and its inspect output, captureRejections defaults.
const { check, checkAsync, assert } = require('../check');
const EventEmitter = require('events');
const util = require('util');

const tick = () => new Promise((resolve) => setImmediate(resolve));

check('listeners see the exact argument count', () => {
  for (const n of [1, 2, 3, 5]) { // one listener, then arrays of several
    const e = new EventEmitter();
    const seen = [];
    for (let i = 0; i < n; i++) e.on('x', function (...args) { seen.push(arguments.length, args); });
    e.emit('x');
    e.emit('x', undefined);
    e.emit('x', 1, 2);
    e.emit('x', 1, 2, 3, 4);
    const one = [0, [], 1, [undefined], 2, [1, 2], 4, [1, 2, 3, 4]];
    const expected = [];
    for (let k = 0; k < one.length; k += 2) for (let i = 0; i < n; i++) expected.push(one[k], one[k + 1]);
    assert.deepStrictEqual(seen, expected, `${n} listeners`);
  }
});

check('once-listeners see the exact arguments and this', () => {
  const e = new EventEmitter();
  const seen = [];
  function f(...args) { seen.push([this === e, arguments.length, args]); return 'ret'; }
  e.once('a', f);
  e.once('b', f);
  e.once('c', f);
  e.emit('a');
  e.emit('b', undefined);
  e.emit('c', 1, 2, 3);
  assert.deepStrictEqual(seen, [[true, 0, []], [true, 1, [undefined]], [true, 3, [1, 2, 3]]]);
  e.once('d', f);
  assert.strictEqual(e.rawListeners('d')[0].call(null, 7), 'ret');
  assert.deepStrictEqual(seen[3], [true, 1, [7]]);
  assert.strictEqual(e.listenerCount('d'), 0);
});

check('a once-listener fires once even when its event is emitted from inside it', () => {
  const e = new EventEmitter();
  let n = 0;
  e.once('x', () => { n++; e.emit('x'); });
  e.on('x', () => {});
  e.emit('x');
  assert.strictEqual(n, 1);
  assert.strictEqual(e.listenerCount('x'), 1);
});

check('removing listeners during emit: first, middle, last, and others', () => {
  for (const len of [2, 3, 4, 5, 7]) {
    for (let victim = 0; victim < len; victim++) {
      const e = new EventEmitter();
      const calls = [];
      const fns = [];
      for (let i = 0; i < len; i++) {
        fns.push(() => {
          calls.push(i);
          if (i === 0) e.removeListener('x', fns[victim]);
        });
        e.on('x', fns[i]);
      }
      e.emit('x');
      const all = [...Array(len).keys()];
      assert.deepStrictEqual(calls, all, `len ${len} victim ${victim}`);
      calls.length = 0;
      e.emit('x');
      assert.deepStrictEqual(calls, all.filter((i) => i !== victim), `len ${len} victim ${victim}, 2nd emit`);
      assert.deepStrictEqual(e.listeners('x'), fns.filter((f, i) => i !== victim));
    }
  }
});

check('removing all listeners and adding during emit keep the current emit', () => {
  const e = new EventEmitter();
  const calls = [];
  e.on('x', () => { calls.push('a'); e.removeAllListeners('x'); e.on('x', () => calls.push('new')); });
  e.on('x', () => calls.push('b'));
  e.on('x', () => calls.push('c'));
  e.emit('x');
  assert.deepStrictEqual(calls, ['a', 'b', 'c']);
  e.emit('x');
  assert.deepStrictEqual(calls, ['a', 'b', 'c', 'new']);
});

check('removeListener removes from the end, matching once-wrappers by their listener', () => {
  const e = new EventEmitter();
  const f = () => {};
  const g = () => {};
  e.on('x', f);
  e.once('x', f);
  e.on('x', g);
  e.removeListener('x', f); // the once-wrapper: it was added after the plain f
  assert.deepStrictEqual(e.listeners('x'), [f, g]);
  assert.strictEqual(e.rawListeners('x')[0], f);
  e.once('x', f);
  e.on('x', f);
  e.removeListener('x', f); // the plain f, the last one
  const raw = e.rawListeners('x');
  assert.strictEqual(raw.length, 3);
  assert.strictEqual(raw[0], f);
  assert.strictEqual(raw[1], g);
  assert.strictEqual(raw[2].listener, f);
  e.removeListener('x', raw[2]); // a wrapper itself
  assert.deepStrictEqual(e.rawListeners('x'), [f, g]);
  e.removeListener('x', () => {}); // no match: nothing changes
  assert.deepStrictEqual(e.rawListeners('x'), [f, g]);
  e.removeListener('x', f);
  assert.strictEqual(e._events.x, g); // back to a single function
  e.removeListener('nothing', f);
  assert.deepStrictEqual(e.eventNames(), ['x']);
});

check('once + removeListener by the original function, with removeListener events', () => {
  const e = new EventEmitter();
  const log = [];
  e.on('removeListener', (name, fn) => log.push([name, fn.name]));
  function f() { log.push('called'); }
  e.once('x', f);
  e.removeListener('x', f);
  e.emit('x');
  e.once('y', f);
  e.on('y', () => {});
  e.removeListener('y', f);
  e.emit('y');
  assert.deepStrictEqual(log, [['x', 'f'], ['y', 'f']]);
  assert.strictEqual(e.listenerCount('y'), 1);
});

check('newListener sees the original of a once-listener; removeListener when it fires', () => {
  const e = new EventEmitter();
  const log = [];
  function f() { log.push('f'); }
  // Node passes the wrapper itself when it is removed from an array, the original when it
  // was the only listener.
  const what = (fn) => (fn === f ? 'f' : fn.listener === f ? 'wrapper of f' : fn.name);
  e.on('newListener', (name, fn) => { if (name !== 'removeListener') log.push(['new', name, what(fn)]); });
  e.on('removeListener', (name, fn) => log.push(['remove', name, what(fn)]));
  e.once('x', f);
  e.prependOnceListener('x', f);
  e.emit('x');
  assert.deepStrictEqual(log, [['new', 'x', 'f'], ['new', 'x', 'f'], ['remove', 'x', 'wrapper of f'], 'f',
    ['remove', 'x', 'f'], 'f']);
});

check('a newListener handler may replace _events', () => {
  const e = new EventEmitter();
  e.on('newListener', () => { e._events = { __proto__: null }; e._eventsCount = 0; });
  e.on('x', () => {});
  assert.deepStrictEqual(e.eventNames(), ['x']);
});

check('extra arguments to on/addListener do not prepend', () => {
  const e = new EventEmitter();
  const order = [];
  e.on('x', () => order.push(1));
  e.on('x', () => order.push(2), true);
  e.addListener('x', () => order.push(3), { once: true });
  e.prependListener('x', () => order.push(0), false);
  e.emit('x');
  assert.deepStrictEqual(order, [0, 1, 2, 3]);
});

check('method identities, names and lengths', () => {
  const p = EventEmitter.prototype;
  assert.strictEqual(p.on, p.addListener);
  assert.strictEqual(p.off, p.removeListener);
  for (const [name, length] of [['addListener', 2], ['prependListener', 2], ['once', 2], ['prependOnceListener', 2],
    ['removeListener', 2], ['removeAllListeners', 1], ['emit', 1], ['listenerCount', 2], ['listeners', 1],
    ['rawListeners', 1], ['eventNames', 0], ['setMaxListeners', 1], ['getMaxListeners', 0]]) {
    assert.strictEqual(p[name].name, name);
    assert.strictEqual(p[name].length, length, name);
  }
  assert.strictEqual(EventEmitter.length, 1);
  assert.strictEqual(typeof EventEmitter.init, 'function');
});

check('constructor state: own keys and symbols, inspect output', () => {
  const e = new EventEmitter();
  assert.deepStrictEqual(Reflect.ownKeys(e).map(String),
    ['_events', '_eventsCount', '_maxListeners', 'Symbol(shapeMode)', 'Symbol(kCapture)']);
  console.log(util.inspect(e));
  e.on('x', function named() {});
  e.on('x', () => {});
  e.on('y', function other() {});
  e.setMaxListeners(3);
  console.log(util.inspect(e));
  class Sub extends EventEmitter { constructor() { super({ captureRejections: true }); this.extra = 1; } }
  console.log(util.inspect(new Sub()));
  function Old() { EventEmitter.call(this); }
  Object.setPrototypeOf(Old.prototype, EventEmitter.prototype);
  console.log(util.inspect(new Old()));
  const o = {};
  EventEmitter.init.call(o);
  console.log(util.inspect(o));
});

check('init on an object that already has _events keeps them (shape mode)', () => {
  const o = { _events: { __proto__: null, x: () => {} }, _eventsCount: 1 };
  Object.setPrototypeOf(o, EventEmitter.prototype);
  EventEmitter.call(o);
  assert.strictEqual(o.listenerCount('x'), 1);
  assert.deepStrictEqual(Object.getOwnPropertySymbols(o).map((s) => [String(s), o[s]]),
    [['Symbol(shapeMode)', true], ['Symbol(kCapture)', false]]);
  const e = new EventEmitter();
  e.on('x', () => {});
  EventEmitter.init.call(e, { captureRejections: true });
  assert.strictEqual(e.listenerCount('x'), 1);
  assert.deepStrictEqual(Object.getOwnPropertySymbols(e).map((s) => [String(s), e[s]]),
    [['Symbol(shapeMode)', true], ['Symbol(kCapture)', true]]);
});

check('listenerCount with and without a listener', () => {
  const e = new EventEmitter();
  const f = () => {};
  assert.strictEqual(e.listenerCount('x'), 0);
  assert.strictEqual(e.listenerCount('x', f), 0);
  e.once('x', f);
  assert.strictEqual(e.listenerCount('x'), 1);
  assert.strictEqual(e.listenerCount('x', f), 1);
  assert.strictEqual(e.listenerCount('x', () => {}), 0);
  assert.strictEqual(e.listenerCount('x', null), 1);
  e.on('x', f);
  assert.strictEqual(e.listenerCount('x', f), 2);
  const bare = Object.create(EventEmitter.prototype);
  assert.strictEqual(bare.listenerCount('x'), 0);
  assert.strictEqual(bare.removeListener('x', f), bare);
});

check('invalid listeners throw Node\'s error from every method', () => {
  const e = new EventEmitter();
  for (const m of ['on', 'addListener', 'prependListener', 'once', 'prependOnceListener', 'removeListener', 'off']) {
    for (const bad of [undefined, null, 'fn', {}, 1]) {
      assert.throws(() => e[m]('x', bad), (err) => {
        assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
        assert.strictEqual(err.name, 'TypeError');
        console.log(m, err.message);
        return true;
      });
    }
  }
  assert.deepStrictEqual(e.eventNames(), []);
});

check('error without a listener, with errorMonitor, and error listeners arrays', () => {
  const e = new EventEmitter();
  assert.throws(() => e.emit('error', new TypeError('t')), TypeError);
  const seen = [];
  e.on(EventEmitter.errorMonitor, (er, extra) => seen.push(['monitor', er, extra]));
  assert.throws(() => e.emit('error', 'plain', 2), { code: 'ERR_UNHANDLED_ERROR' });
  e.on('error', (er, extra) => seen.push(['a', er, extra]));
  e.on('error', (er, extra) => seen.push(['b', er, extra]));
  assert.strictEqual(e.emit('error', 'x', 1), true);
  assert.deepStrictEqual(seen, [['monitor', 'plain', 2], ['monitor', 'x', 1], ['a', 'x', 1], ['b', 'x', 1]]);
  const bare = Object.create(EventEmitter.prototype);
  assert.throws(() => bare.emit('error', new Error('bare')), /bare/);
  assert.strictEqual(bare.emit('other'), false);
});

checkAsync('captureRejections: the static default applies to new emitters only', async () => {
  const before = new EventEmitter();
  EventEmitter.captureRejections = true;
  let after;
  try {
    assert.strictEqual(EventEmitter.captureRejections, true);
    after = new EventEmitter();
  } finally {
    EventEmitter.captureRejections = false;
  }
  const later = new EventEmitter();
  const errors = [];
  for (const [name, e] of [['after', after], ['later', later], ['before', before]]) {
    e.on('error', (er) => errors.push(`${name}:${er.message}`));
    e.on('ev', async () => { throw new Error('single'); });
    e.emit('ev');
    e.on('ev', () => Promise.reject(new Error('array')));
    e.on('ev', () => null);
    e.emit('ev', 1);
  }
  const unhandled = [];
  const onUnhandled = (er) => unhandled.push(er.message);
  process.on('unhandledRejection', onUnhandled);
  await tick();
  await tick();
  process.removeListener('unhandledRejection', onUnhandled);
  assert.deepStrictEqual(errors, ['after:single', 'after:single', 'after:array']);
  assert.deepStrictEqual(unhandled.sort(), ['array', 'array', 'single', 'single', 'single', 'single']);
});

checkAsync('captureRejections from an option, and a thenable that throws', async () => {
  const e = new EventEmitter({ captureRejections: true });
  const errors = [];
  e.on('error', (er) => errors.push(er.message));
  e.on('x', () => ({ get then() { throw new Error('then getter'); } }));
  e.emit('x');
  assert.deepStrictEqual(errors, ['then getter']);
  e.on('y', () => 42); // not a thenable: ignored
  e.emit('y');
  await tick();
  assert.deepStrictEqual(errors, ['then getter']);
});

check('MaxListeners: checked on arrays made by prepend and once too', () => {
  const warnings = [];
  const orig = process.emitWarning;
  process.emitWarning = (w) => warnings.push(w.message);
  try {
    const e = new EventEmitter();
    e.setMaxListeners(2);
    e.prependListener('x', () => {});
    e.prependOnceListener('x', () => {});
    assert.strictEqual(warnings.length, 0);
    e.once('x', () => {});
    e.on('x', () => {});
    assert.strictEqual(warnings.length, 1);
    e.removeAllListeners('x');
    EventEmitter.defaultMaxListeners = 1;
    try {
      const f = new EventEmitter();
      f.on('y', () => {});
      f.on('y', () => {});
    } finally {
      EventEmitter.defaultMaxListeners = 10;
    }
    assert.strictEqual(warnings.length, 2);
    console.log(warnings);
  } finally {
    process.emitWarning = orig;
  }
});
