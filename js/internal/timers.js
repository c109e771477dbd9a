'use strict';
// Timers and immediates, kept in JS (Node's design): timers with the same duration
// share a list sorted by start time, and a min-heap orders the lists by expiry, so
// insert/refresh are O(1) and the loop needs just one native deadline.

const binding = internalBinding('timers');
const { getLibuvNow, scheduleTimer, cancelTimer, toggleTimerRef, setImmediatePending, setImmediateRefCount, setHook } = binding;

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
let nextAsyncId = 1;

// duration -> TimerList; each list is a doubly linked ring of Timeouts.
const lists = new Map();
const heap = [];
let refCount = 0;
let scheduledExpiry = -1;

class TimerList {
  constructor(expiry, msecs) {
    this.expiry = expiry;
    this.msecs = msecs;
    this.heapIndex = -1;
    this._idleNext = this;
    this._idlePrev = this;
  }
}

function heapSwap(i, j) {
  const a = heap[i], b = heap[j];
  heap[i] = b; b.heapIndex = i;
  heap[j] = a; a.heapIndex = j;
}
function heapUp(i) {
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (heap[p].expiry <= heap[i].expiry) break;
    heapSwap(i, p);
    i = p;
  }
}
function heapDown(i) {
  for (;;) {
    const l = 2 * i + 1, r = l + 1;
    let m = i;
    if (l < heap.length && heap[l].expiry < heap[m].expiry) m = l;
    if (r < heap.length && heap[r].expiry < heap[m].expiry) m = r;
    if (m === i) return;
    heapSwap(i, m);
    i = m;
  }
}
function heapRemove(list) {
  const i = list.heapIndex;
  const last = heap.pop();
  if (last !== list) {
    heap[i] = last; last.heapIndex = i;
    heapUp(i); heapDown(last.heapIndex);
  }
  list.heapIndex = -1;
}

function reschedule() {
  if (heap.length === 0) {
    if (scheduledExpiry !== -1) { cancelTimer(); scheduledExpiry = -1; }
    return;
  }
  const expiry = heap[0].expiry;
  if (expiry !== scheduledExpiry) {
    scheduledExpiry = expiry;
    scheduleTimer(Math.max(0, expiry - getLibuvNow()));
  }
}

function updateRef(delta) {
  const before = refCount;
  refCount += delta;
  if ((before > 0) !== (refCount > 0)) toggleTimerRef(refCount > 0);
}

function listAppend(list, item) {
  item._idlePrev = list._idlePrev;
  item._idleNext = list;
  list._idlePrev._idleNext = item;
  list._idlePrev = item;
}
function listRemove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}

function insert(timer, msecs, start = getLibuvNow()) {
  timer._idleStart = start;
  let list = lists.get(msecs);
  if (list === undefined) {
    list = new TimerList(start + msecs, msecs);
    lists.set(msecs, list);
    list.heapIndex = heap.length;
    heap.push(list);
    heapUp(list.heapIndex);
    reschedule();
  }
  listAppend(list, timer);
}

function unenroll(timer) {
  const list = timer._idleNext !== null && timer._idleNext !== undefined ? lists.get(timer._idleTimeout) : undefined;
  listRemove(timer);
  if (list !== undefined && list._idleNext === list) {
    lists.delete(list.msecs);
    heapRemove(list);
    reschedule();
  }
}

// --- async_hooks hook: set by async_hooks when the first AsyncLocalStorage is created;
// it wraps a callback so it runs in the async context current when it was scheduled.
let wrapCallback = null;
function setCallbackWrapper(fn) { wrapCallback = fn; }
// --- end async_hooks hook

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`, 'TimeoutOverflowWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    // async_hooks: AsyncLocalStorage context follows the callback (null when unused).
    this._onTimeout = wrapCallback === null ? callback : wrapCallback(callback);
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this._asyncId = nextAsyncId++;
    if (isRefed) updateRef(1);
    this._idlePrev = null;
    this._idleNext = null;
  }

  refresh() {
    if (!this._destroyed && this._idleNext !== null) {
      listRemove(this);
      const list = lists.get(this._idleTimeout);
      this._idleStart = getLibuvNow();
      listAppend(list, this);
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) updateRef(-1);
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) updateRef(1);
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this._asyncId;
    knownTimersById.set(id, this);
    return id;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }
}

// Timers whose primitive id was taken, so clearTimeout(id) works.
const knownTimersById = new Map();

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    if (!timer._destroyed) {
      timer._destroyed = true;
      if (timer[kRefed]) updateRef(-1);
    }
    knownTimersById.delete(timer._asyncId);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = knownTimersById.get(Number(timer));
    if (t) clearTimeout(t);
  }
}

function active(timer) {
  insert(timer, timer._idleTimeout);
}

let runNextTicks;

// Called by the loop when the native deadline passes.
function processTimers() {
  runNextTicks ??= require('internal/process/task_queues').runNextTicks;
  const now = getLibuvNow();
  scheduledExpiry = -1;
  try {
    // Only timers due at this loop time run; a repeating timer re-armed here waits
    // for the next turn, so ticks and microtasks always get to run in between.
    while (heap.length > 0 && heap[0].expiry <= now) runList(heap[0], now);
  } finally {
    reschedule();
  }
}

function runList(list, now) {
  let ranAtLeastOne = false;
  for (let timer = list._idleNext; timer !== list; timer = list._idleNext) {
    if (now - timer._idleStart < list.msecs) {
      list.expiry = timer._idleStart + list.msecs;
      heapDown(list.heapIndex);
      return;
    }
    if (ranAtLeastOne) runNextTicks();
    ranAtLeastOne = true;
    listRemove(timer);
    if (list._idleNext === list) {
      lists.delete(list.msecs);
      heapRemove(list);
    }
    if (timer._destroyed || timer._onTimeout === null) continue;
    let threw = true;
    try {
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout();
      else timer._onTimeout(...args);
      threw = false;
    } finally {
      if (timer._repeat !== null && timer._onTimeout !== null && !timer._destroyed) {
        timer._idleTimeout = timer._repeat;
        insert(timer, timer._repeat, getLibuvNow());
      } else if (!timer._destroyed && timer._idleNext === null) {
        timer._destroyed = true;
        if (timer[kRefed]) updateRef(-1);
        knownTimersById.delete(timer._asyncId);
      }
      if (threw) {
        // The exception goes to the uncaught-exception path; the rest run next turn.
        scheduledExpiry = -1;
      }
    }
    if (list.heapIndex === -1) return;
  }
}

// --- immediates -------------------------------------------------------------------
let immediateHead = null;
let immediateTail = null;
let immediateRefCount = 0;

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    // async_hooks: AsyncLocalStorage context follows the callback (null when unused).
    this._onImmediate = wrapCallback === null ? callback : wrapCallback(callback);
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    this._asyncId = nextAsyncId++;
    immediateRefCount++;
    setImmediateRefCount(immediateRefCount);
    if (immediateTail === null) {
      immediateHead = immediateTail = this;
      setImmediatePending(true);
    } else {
      immediateTail._idleNext = this;
      this._idlePrev = immediateTail;
      immediateTail = this;
    }
  }

  ref() {
    if (!this[kRefed] && !this._destroyed) {
      this[kRefed] = true;
      setImmediateRefCount(++immediateRefCount);
    }
    return this;
  }

  unref() {
    if (this[kRefed] && !this._destroyed) {
      this[kRefed] = false;
      setImmediateRefCount(--immediateRefCount);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

function removeImmediate(imm) {
  if (imm._idlePrev) imm._idlePrev._idleNext = imm._idleNext;
  else if (immediateHead === imm) immediateHead = imm._idleNext;
  if (imm._idleNext) imm._idleNext._idlePrev = imm._idlePrev;
  else if (immediateTail === imm) immediateTail = imm._idlePrev;
  imm._idleNext = imm._idlePrev = null;
}

function destroyImmediate(imm) {
  imm._destroyed = true;
  imm._onImmediate = null;
  if (imm[kRefed]) {
    imm[kRefed] = false;
    setImmediateRefCount(--immediateRefCount);
  }
}

function clearImmediate(imm) {
  if (!imm || imm._destroyed) return;
  removeImmediate(imm);
  destroyImmediate(imm);
  if (immediateHead === null) setImmediatePending(false);
}

// Runs the immediates queued before this turn; ones queued meanwhile wait for the next.
function processImmediate() {
  runNextTicks ??= require('internal/process/task_queues').runNextTicks;
  const tail = immediateTail;
  let ranAtLeastOne = false;
  while (immediateHead !== null) {
    const imm = immediateHead;
    removeImmediate(imm);
    if (ranAtLeastOne) runNextTicks();
    ranAtLeastOne = true;
    const cb = imm._onImmediate;
    const args = imm._argv;
    destroyImmediate(imm);
    if (immediateHead === null) setImmediatePending(false);
    if (cb) {
      if (args === undefined) cb();
      else cb(...args);
    }
    if (imm === tail) break;
  }
  setImmediatePending(immediateHead !== null);
}

setHook('processTimers', processTimers);
setHook('processImmediate', processImmediate);

module.exports = { Timeout, Immediate, insert, active, unenroll, clearTimeout, clearImmediate, kRefed, TIMEOUT_MAX, getLibuvNow, setCallbackWrapper };
