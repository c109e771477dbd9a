'use strict';
// EventTarget, Event and CustomEvent globals.
const { check, checkAsync, assert } = require('../check');

check('Event properties', () => {
  const ev = new Event('foo', { cancelable: true });
  assert.strictEqual(ev.type, 'foo');
  assert.strictEqual(ev.bubbles, false);
  assert.strictEqual(ev.cancelable, true);
  assert.strictEqual(ev.composed, false);
  assert.strictEqual(ev.defaultPrevented, false);
  assert.strictEqual(ev.eventPhase, 0);
  assert.strictEqual(ev.target, null);
  assert.strictEqual(ev.currentTarget, null);
  assert.strictEqual(ev.isTrusted, false);
  assert.strictEqual(ev.returnValue, true);
  assert.strictEqual(typeof ev.timeStamp, 'number');
  assert.strictEqual(Event.NONE, 0);
  assert.strictEqual(Event.AT_TARGET, 2);
  assert.strictEqual(String(ev), '[object Event]');
  assert.deepStrictEqual(Object.keys(ev), []);
  ev.preventDefault();
  assert.strictEqual(ev.defaultPrevented, true);
  const nc = new Event('bar');
  nc.preventDefault();
  assert.strictEqual(nc.defaultPrevented, false);
});

check('dispatchEvent calls listeners with target set', () => {
  const et = new EventTarget();
  const log = [];
  function l1(e) {
    log.push(['l1', this === et, e.target === et, e.currentTarget === et, e.eventPhase]);
    e.preventDefault();
  }
  const obj = { handleEvent(e) { log.push(['obj', this === obj, e.type]); } };
  et.addEventListener('foo', l1);
  et.addEventListener('foo', l1); // duplicates are ignored
  et.addEventListener('foo', obj);
  const ev = new Event('foo', { cancelable: true });
  assert.strictEqual(et.dispatchEvent(ev), false);
  assert.deepStrictEqual(log, [['l1', true, true, true, 2], ['obj', true, 'foo']]);
  assert.strictEqual(ev.eventPhase, 0);
  assert.strictEqual(ev.currentTarget, null);
  assert.strictEqual(ev.target, et);
  assert.strictEqual(et.dispatchEvent(new Event('foo')), true);
});

check('once, capture flag identity and removeEventListener', () => {
  const et = new EventTarget();
  let n = 0;
  et.addEventListener('x', () => n++, { once: true });
  et.dispatchEvent(new Event('x'));
  et.dispatchEvent(new Event('x'));
  assert.strictEqual(n, 1);
  const cap = () => n++;
  et.addEventListener('c', cap, true);
  et.addEventListener('c', cap, false);
  et.dispatchEvent(new Event('c'));
  assert.strictEqual(n, 3);
  et.removeEventListener('c', cap, { capture: true });
  et.dispatchEvent(new Event('c'));
  assert.strictEqual(n, 4);
  et.removeEventListener('c', cap);
  et.dispatchEvent(new Event('c'));
  assert.strictEqual(n, 4);
});

check('stopImmediatePropagation and listener changes during dispatch', () => {
  const et = new EventTarget();
  const log = [];
  et.addEventListener('s', (e) => { log.push('s1'); e.stopImmediatePropagation(); });
  et.addEventListener('s', () => log.push('s2'));
  et.dispatchEvent(new Event('s'));
  function r2() { log.push('r2'); }
  et.addEventListener('r', () => { log.push('r1'); et.removeEventListener('r', r2); et.addEventListener('r', () => log.push('r3')); });
  et.addEventListener('r', r2);
  et.dispatchEvent(new Event('r'));
  assert.deepStrictEqual(log, ['s1', 'r1']);
});

check('signal option removes the listener on abort', () => {
  const et = new EventTarget();
  const ac = new AbortController();
  let n = 0;
  et.addEventListener('sig', () => n++, { signal: ac.signal });
  et.dispatchEvent(new Event('sig'));
  ac.abort();
  et.dispatchEvent(new Event('sig'));
  assert.strictEqual(n, 1);
  et.addEventListener('sig', () => n++, { signal: ac.signal }); // already aborted: not added
  et.dispatchEvent(new Event('sig'));
  assert.strictEqual(n, 1);
});

check('CustomEvent detail', () => {
  const ce = new CustomEvent('c', { detail: { a: 1 } });
  assert.deepStrictEqual(ce.detail, { a: 1 });
  assert.strictEqual(new CustomEvent('x').detail, null);
  assert.ok(ce instanceof Event);
});

check('errors', () => {
  const et = new EventTarget();
  assert.throws(() => new Event(), { code: 'ERR_MISSING_ARGS', message: 'The "type" argument must be specified' });
  assert.throws(() => et.dispatchEvent({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "event" argument must be an instance of Event. Received an instance of Object',
  });
  assert.throws(() => et.addEventListener('x'), { message: 'The "type" and "listener" arguments must be specified' });
  assert.throws(() => et.addEventListener('x', 1), {
    message: 'The "listener" argument must be an instance of EventListener. Received type number (1)',
  });
  assert.throws(() => Event.prototype.preventDefault.call({}), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Event',
  });
  let inner;
  et.addEventListener('rec', (e) => { try { et.dispatchEvent(e); } catch (er) { inner = er; } });
  et.dispatchEvent(new Event('rec'));
  assert.strictEqual(inner.code, 'ERR_EVENT_RECURSION');
  assert.strictEqual(inner.message, 'The event "rec" is already being dispatched');
});

checkAsync('a throwing listener does not stop dispatch and becomes uncaught', async () => {
  const et = new EventTarget();
  const log = [];
  et.addEventListener('err', () => { throw new Error('in listener'); });
  et.addEventListener('err', () => log.push('after'));
  const caught = new Promise((resolve) => process.once('uncaughtException', resolve));
  assert.strictEqual(et.dispatchEvent(new Event('err')), true);
  assert.deepStrictEqual(log, ['after']);
  const err = await caught;
  assert.strictEqual(err.message, 'in listener');
});
