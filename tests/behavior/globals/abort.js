'use strict';
// AbortController / AbortSignal and DOMException.
const { check, checkAsync, assert } = require('../check');

check('AbortController aborts its signal once with a DOMException reason', () => {
  const ac = new AbortController();
  const seen = [];
  ac.signal.onabort = (e) => seen.push(`onabort:${e.type}:${e.isTrusted}`);
  ac.signal.addEventListener('abort', () => seen.push('listener'));
  assert.strictEqual(ac.signal.aborted, false);
  assert.strictEqual(ac.signal.reason, undefined);
  ac.abort();
  ac.abort('again');
  assert.deepStrictEqual(seen, ['onabort:abort:true', 'listener']);
  assert.strictEqual(ac.signal.aborted, true);
  assert.ok(ac.signal.reason instanceof DOMException);
  assert.strictEqual(ac.signal.reason.name, 'AbortError');
  assert.strictEqual(ac.signal.reason.message, 'This operation was aborted');
  assert.strictEqual(ac.signal.reason.code, 20);
});

check('abort(reason) keeps the reason; throwIfAborted throws it', () => {
  const ac = new AbortController();
  ac.signal.throwIfAborted();
  const reason = new Error('stop');
  ac.abort(reason);
  assert.strictEqual(ac.signal.reason, reason);
  assert.throws(() => ac.signal.throwIfAborted(), (e) => e === reason);
});

check('AbortSignal cannot be constructed', () => {
  assert.throws(() => new AbortSignal(), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor' });
});

check('AbortSignal.abort()', () => {
  const s = AbortSignal.abort();
  assert.strictEqual(s.aborted, true);
  assert.strictEqual(s.reason.name, 'AbortError');
  assert.strictEqual(AbortSignal.abort(42).reason, 42);
  assert.ok(s instanceof EventTarget);
  assert.strictEqual(Object.prototype.toString.call(s), '[object AbortSignal]');
});

check('AbortSignal.any follows the first source to abort', () => {
  const a = new AbortController();
  const b = new AbortController();
  const any = AbortSignal.any([a.signal, b.signal]);
  let events = 0;
  any.addEventListener('abort', () => events++);
  assert.strictEqual(any.aborted, false);
  b.abort('second');
  a.abort('first');
  assert.strictEqual(any.aborted, true);
  assert.strictEqual(any.reason, 'second');
  assert.strictEqual(events, 1);
  const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('x')]);
  assert.strictEqual(pre.aborted, true);
  assert.strictEqual(pre.reason, 'x');
  assert.throws(() => AbortSignal.any([1]), { code: 'ERR_INVALID_ARG_TYPE' });
});

checkAsync('AbortSignal.timeout aborts with a TimeoutError', async () => {
  const s = AbortSignal.timeout(5);
  assert.strictEqual(s.aborted, false);
  await new Promise((resolve) => s.addEventListener('abort', resolve));
  assert.strictEqual(s.reason.name, 'TimeoutError');
  assert.strictEqual(s.reason.message, 'The operation was aborted due to timeout');
  assert.strictEqual(s.reason.code, 23);
  assert.throws(() => AbortSignal.timeout(-1), { code: 'ERR_OUT_OF_RANGE' });
});

check('DOMException names, codes and shape', () => {
  const e = new DOMException('m', 'AbortError');
  assert.ok(e instanceof Error);
  assert.strictEqual(e.name, 'AbortError');
  assert.strictEqual(e.message, 'm');
  assert.strictEqual(e.code, 20);
  assert.strictEqual(String(e), 'AbortError: m');
  assert.strictEqual(Object.prototype.toString.call(e), '[object DOMException]');
  assert.deepStrictEqual(Object.getOwnPropertyNames(e), ['stack']);
  assert.ok(e.stack.startsWith('AbortError: m\n'));
  const plain = new DOMException();
  assert.strictEqual(plain.name, 'Error');
  assert.strictEqual(plain.message, '');
  assert.strictEqual(plain.code, 0);
  assert.strictEqual(new DOMException('x', 'NoSuchName').code, 0);
  const withCause = new DOMException('c', { name: 'DataCloneError', cause: 7 });
  assert.strictEqual(withCause.name, 'DataCloneError');
  assert.strictEqual(withCause.code, 25);
  assert.strictEqual(withCause.cause, 7);
});

check('DOMException legacy code constants', () => {
  const table = {
    INDEX_SIZE_ERR: 1, HIERARCHY_REQUEST_ERR: 3, NOT_FOUND_ERR: 8, NOT_SUPPORTED_ERR: 9,
    INVALID_STATE_ERR: 11, SYNTAX_ERR: 12, NETWORK_ERR: 19, ABORT_ERR: 20, TIMEOUT_ERR: 23, DATA_CLONE_ERR: 25,
  };
  for (const [k, v] of Object.entries(table)) {
    assert.strictEqual(DOMException[k], v, k);
    assert.strictEqual(DOMException.prototype[k], v, k);
  }
  assert.strictEqual(new DOMException('', 'SyntaxError').code, 12);
  assert.strictEqual(new DOMException('', 'InvalidStateError').code, 11);
  assert.strictEqual(new DOMException('', 'NotFoundError').code, 8);
});

check('addEventListener with an aborted signal is a no-op; abort removes listeners', () => {
  const et = new EventTarget();
  const ac = new AbortController();
  let n = 0;
  et.addEventListener('x', () => n++, { signal: ac.signal });
  et.dispatchEvent(new Event('x'));
  ac.abort();
  et.dispatchEvent(new Event('x'));
  et.addEventListener('x', () => n++, { signal: ac.signal });
  et.dispatchEvent(new Event('x'));
  assert.strictEqual(n, 1);
});
