'use strict';
// Atomics.waitAsync, which QuickJS lacks: the promise settles when the watched value
// changes ('ok') or the timeout passes ('timed-out'). The value is polled on unref'd
// timers (backing off to a few ms), so, as in Node, a pending wait does not keep the
// process alive by itself. Atomics.notify() on this thread settles matching waits at once
// (as in Node, even if the value is unchanged); from another thread, only a changed value
// is seen, by the polling.

const waiters = new Set(); // { typedArray, index, settle }
const originalNotify = Atomics.notify;
function notify(typedArray, index, count) {
  const woken = originalNotify(typedArray, index, count);
  let left = count === undefined ? Infinity : Math.max(0, Math.trunc(Number(count)) || 0);
  let n = 0;
  for (const w of waiters) {
    if (left === 0) break;
    if (w.typedArray.buffer === typedArray.buffer && w.index === Number(index) &&
        w.typedArray.byteOffset === typedArray.byteOffset) {
      w.settle('ok');
      left--;
      n++;
    }
  }
  return woken + n;
}

const POLL_DELAYS = [0, 0, 1, 1, 2, 2, 4];
const MAX_DELAY = 5;

function waitAsync(typedArray, index, value, timeout = Infinity) {
  const isBig = typedArray instanceof BigInt64Array;
  if (!(typedArray instanceof Int32Array) && !isBig) {
    throw new TypeError('Atomics.waitAsync: argument must be an Int32Array or BigInt64Array');
  }
  if (!(typedArray.buffer instanceof SharedArrayBuffer)) {
    throw new TypeError('Atomics.waitAsync: the array must be backed by a SharedArrayBuffer');
  }
  const i = Number(index);
  if (!Number.isInteger(i) || i < 0 || i >= typedArray.length) throw new RangeError('out-of-bound access');
  const expected = isBig ? BigInt.asIntN(64, BigInt(value)) : (Number(value) | 0);
  let t = Number(timeout);
  if (Number.isNaN(t)) t = Infinity;
  t = Math.max(t, 0);
  if (Atomics.load(typedArray, i) !== expected) return { async: false, value: 'not-equal' };
  if (t === 0) return { async: false, value: 'timed-out' };
  const deadline = t === Infinity ? Infinity : Date.now() + t;
  const promise = new Promise((resolve) => {
    let n = 0;
    let timer;
    const waiter = { typedArray, index: i, settle };
    function settle(result) {
      if (!waiters.delete(waiter)) return;
      clearTimeout(timer);
      resolve(result);
    }
    const poll = () => {
      if (Atomics.load(typedArray, i) !== expected) return settle('ok');
      const left = deadline - Date.now();
      if (left <= 0) return settle('timed-out');
      const delay = Math.min(n < POLL_DELAYS.length ? POLL_DELAYS[n++] : MAX_DELAY, left);
      timer = setTimeout(poll, delay).unref();
    };
    waiters.add(waiter);
    timer = setTimeout(poll, 0).unref();
  });
  return { async: true, value: promise };
}

// Loading this module (the first waitAsync call) routes notify() through the waiters.
Object.defineProperty(Atomics, 'notify', { value: notify, writable: true, configurable: true, enumerable: false });
Object.defineProperty(notify, 'name', { value: 'notify' });

module.exports = { waitAsync };
