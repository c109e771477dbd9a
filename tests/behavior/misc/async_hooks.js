'use strict';
// async_hooks: AsyncLocalStorage propagation, AsyncResource, ids, createHook.
const { check, checkAsync, assert } = require('../check');
const { AsyncLocalStorage, AsyncResource, executionAsyncId, triggerAsyncId, createHook, executionAsyncResource } = require('async_hooks');

const als = new AsyncLocalStorage();

check('run/getStore/exit synchronously', () => {
  assert.strictEqual(als.getStore(), undefined);
  const r = als.run({ id: 1 }, (a, b) => {
    assert.deepStrictEqual(als.getStore(), { id: 1 });
    als.run({ id: 2 }, () => assert.deepStrictEqual(als.getStore(), { id: 2 }));
    assert.deepStrictEqual(als.getStore(), { id: 1 });
    als.exit(() => assert.strictEqual(als.getStore(), undefined));
    assert.deepStrictEqual(als.getStore(), { id: 1 });
    return a + b;
  }, 2, 3);
  assert.strictEqual(r, 5);
  assert.strictEqual(als.getStore(), undefined);
});

check('run restores the store when the callback throws', () => {
  assert.throws(() => als.run(1, () => { throw new Error('x'); }), /x/);
  assert.strictEqual(als.getStore(), undefined);
});

check('two storages are independent', () => {
  const other = new AsyncLocalStorage();
  als.run('a', () => other.run('b', () => {
    assert.strictEqual(als.getStore(), 'a');
    assert.strictEqual(other.getStore(), 'b');
  }));
});

checkAsync('store follows timers, immediates, nextTick, microtasks and then()', async () => {
  const seen = await new Promise((resolve) => {
    const log = {};
    let pending = 6;
    const done = (k, v) => { log[k] = v; if (--pending === 0) resolve(log); };
    als.run('ctx', () => {
      setTimeout(() => done('timeout', als.getStore()), 1);
      setImmediate(() => done('immediate', als.getStore()));
      process.nextTick(() => done('tick', als.getStore()));
      queueMicrotask(() => done('microtask', als.getStore()));
      Promise.resolve().then(() => done('then', als.getStore()));
      new Promise((r) => setTimeout(r, 2)).then(() => done('then-after-timer', als.getStore()));
    });
  });
  assert.deepStrictEqual(seen, {
    tick: 'ctx', microtask: 'ctx', then: 'ctx', timeout: 'ctx', immediate: 'ctx', 'then-after-timer': 'ctx',
  });
});

checkAsync('concurrent runs keep their own stores', async () => {
  const results = await Promise.all([1, 2, 3].map((id) => new Promise((resolve) => {
    als.run({ id }, () => {
      setTimeout(() => process.nextTick(() => resolve(als.getStore().id)), 4 - id);
    });
  })));
  assert.deepStrictEqual(results, [1, 2, 3]);
});

checkAsync('setInterval keeps its store on every run', async () => {
  const stores = await new Promise((resolve) => {
    const out = [];
    als.run('iv', () => {
      const t = setInterval(() => {
        out.push(als.getStore());
        if (out.length === 3) { clearInterval(t); resolve(out); }
      }, 1);
    });
  });
  assert.deepStrictEqual(stores, ['iv', 'iv', 'iv']);
});

checkAsync('store is visible in an async function before its first await', async () => {
  const v = await als.run('async', async () => als.getStore());
  assert.strictEqual(v, 'async');
});

checkAsync('store follows await continuations of concurrent async functions', async () => {
  const seen = [];
  async function step(name) {
    seen.push(`${name} start ${als.getStore()}`);
    await null;
    seen.push(`${name} await ${als.getStore()}`);
    await new Promise((r) => setTimeout(r, 2));
    seen.push(`${name} timer ${als.getStore()}`);
    const inner = await Promise.all([1, 2].map(async () => { await null; return als.getStore(); }));
    seen.push(`${name} all ${inner}`);
    return als.getStore();
  }
  const results = await Promise.all([als.run('A', () => step('a')), als.run('B', () => step('b'))]);
  assert.deepStrictEqual(results, ['A', 'B']);
  assert.strictEqual(als.getStore(), undefined);
  assert.deepStrictEqual(seen.filter((l) => l.startsWith('a ')),
    ['a start A', 'a await A', 'a timer A', 'a all A,A']);
  assert.deepStrictEqual(seen.filter((l) => l.startsWith('b ')),
    ['b start B', 'b await B', 'b timer B', 'b all B,B']);
});

checkAsync('a thenable is called in the store of the resolve() call', async () => {
  const store = await als.run('T', () => Promise.resolve().then(() => ({
    then(resolve) { resolve(als.getStore()); },
  })));
  assert.strictEqual(store, 'T');
});

checkAsync('enterWith in a callback does not leak into the next macrotask', async () => {
  const s = new AsyncLocalStorage();
  const seen = await new Promise((resolve) => {
    setTimeout(() => s.enterWith('entered'), 1);
    setTimeout(() => resolve(s.getStore()), 10);
  });
  assert.strictEqual(seen, undefined);
});

checkAsync('await after exit() sees no store', async () => {
  const v = await als.run('outer', () => als.exit(async () => { await null; return als.getStore(); }));
  assert.strictEqual(v, undefined);
});

check('enterWith and disable', () => {
  const s = new AsyncLocalStorage();
  s.run(0, () => {
    s.enterWith('entered');
    assert.strictEqual(s.getStore(), 'entered');
    s.disable();
    assert.strictEqual(s.getStore(), undefined);
  });
});

check('AsyncLocalStorage.bind and snapshot', () => {
  const bound = als.run('bound', () => AsyncLocalStorage.bind(() => als.getStore()));
  const snap = als.run('snap', () => AsyncLocalStorage.snapshot());
  assert.strictEqual(bound(), 'bound');
  assert.strictEqual(snap(() => als.getStore()), 'snap');
  assert.strictEqual(als.getStore(), undefined);
});

check('AsyncResource captures the store', () => {
  const res = als.run('res', () => new AsyncResource('MyThing'));
  assert.strictEqual(res.runInAsyncScope(function(x) { return [als.getStore(), this, x]; }, 'self', 1).join(), 'res,self,1');
  assert.strictEqual(typeof res.asyncId(), 'number');
  assert.strictEqual(typeof res.triggerAsyncId(), 'number');
  const fn = res.bind(() => als.getStore());
  assert.strictEqual(fn(), 'res');
  const sfn = als.run('static', () => AsyncResource.bind(() => als.getStore()));
  assert.strictEqual(sfn(), 'static');
  assert.strictEqual(res.emitDestroy(), res);
  assert.throws(() => new AsyncResource(), { code: 'ERR_INVALID_ARG_TYPE' });
});

check('ids are numbers; createHook returns an enable/disable object', () => {
  assert.strictEqual(typeof executionAsyncId(), 'number');
  assert.strictEqual(typeof triggerAsyncId(), 'number');
  assert.strictEqual(typeof executionAsyncResource(), 'object');
  const hook = createHook({ init() {} });
  assert.strictEqual(hook.enable(), hook);
  assert.strictEqual(hook.disable(), hook);
  assert.throws(() => createHook({ init: 1 }), { code: 'ERR_ASYNC_CALLBACK' });
});

check('Promise.prototype.then keeps its shape', () => {
  assert.strictEqual(Promise.prototype.then.name, 'then');
  assert.strictEqual(Promise.prototype.then.length, 2);
});

check('AsyncResource.bind: shape of the bound function', () => {
  function two(a, b) { return [this, a, b]; }
  const b = AsyncResource.bind(two);
  assert.strictEqual(b.length, 2);
  assert.strictEqual(b.name, 'bound');
  assert.deepStrictEqual(Object.keys(b), ['asyncResource']);
  assert.deepStrictEqual(Reflect.ownKeys(b), ['length', 'name', 'prototype', 'asyncResource']);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(b, 'length'),
    { value: 2, writable: false, enumerable: false, configurable: true });
  const d = Object.getOwnPropertyDescriptor(b, 'asyncResource');
  assert.deepStrictEqual([typeof d.get, typeof d.set, d.enumerable, d.configurable, 'value' in d],
    ['function', 'function', true, true, false]);
  const zero = AsyncResource.bind(() => 7);
  assert.strictEqual(zero.length, 0);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(zero, 'length'),
    { value: 0, writable: false, enumerable: false, configurable: true });
  assert.strictEqual(zero(), 7);
  const weird = function(a, b, c) {};
  Object.defineProperty(weird, 'length', { value: 'x' });
  assert.strictEqual(AsyncResource.bind(weird).length, 'x');
});

check('AsyncResource.bind: this, arguments, ids, asyncResource', () => {
  const b = AsyncResource.bind(function(...args) { return [this, args, executionAsyncId(), executionAsyncResource()]; });
  const res = b.asyncResource;
  assert.ok(res instanceof AsyncResource);
  const obj = { m: b };
  const [self, args, id, current] = obj.m(1, 2, 3);
  assert.strictEqual(self, obj);
  assert.deepStrictEqual(args, [1, 2, 3]);
  assert.strictEqual(id, res.asyncId());
  assert.strictEqual(current, res);
  assert.notStrictEqual(executionAsyncId(), res.asyncId());
  b.asyncResource = 'replaced';
  assert.strictEqual(b.asyncResource, 'replaced');
  assert.strictEqual(b()[2], res.asyncId());
  const r = new AsyncResource('T', { triggerAsyncId: 5 });
  const t = r.bind(function(x) { return [this.tag, x, triggerAsyncId()]; }, { tag: 'thisArg' });
  assert.strictEqual(t.name, 'bound runInAsyncScope');
  assert.strictEqual(t.length, 1);
  assert.deepStrictEqual(t(9), ['thisArg', 9, 5]);
  assert.strictEqual(t.asyncResource, r);
  assert.throws(() => r.bind(() => { throw new Error('inside'); })(), /inside/);
  assert.notStrictEqual(executionAsyncId(), r.asyncId());
});

check('AsyncResource.bind calls an overridden runInAsyncScope', () => {
  const r = new AsyncResource('O');
  r.runInAsyncScope = function(fn, thisArg, ...args) { return ['own', typeof fn, thisArg, args]; };
  assert.deepStrictEqual(r.bind(function() {}).call('T', 1, 2), ['own', 'function', 'T', [1, 2]]);
  class Sub extends AsyncResource { runInAsyncScope(fn, thisArg, ...args) { return ['sub', ...args]; } }
  assert.deepStrictEqual(new Sub('S').bind(() => 1)(4, 5), ['sub', 4, 5]);
});

check('AsyncResource constructor arguments', () => {
  assert.strictEqual(AsyncResource.length, 1);
  assert.strictEqual(new AsyncResource('x', 3).triggerAsyncId(), 3);
  assert.strictEqual(new AsyncResource('x', { triggerAsyncId: -1 }).triggerAsyncId(), -1);
  assert.strictEqual(new AsyncResource('x', { requireManualDestroy: true }).triggerAsyncId(), executionAsyncId());
  assert.throws(() => new AsyncResource(5), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "type" argument must be of type string. Received type number (5)' });
  assert.throws(() => new AsyncResource('x', -2), { code: 'ERR_INVALID_ASYNC_ID',
    message: 'Invalid triggerAsyncId value: -2' });
  assert.throws(() => new AsyncResource('x', { triggerAsyncId: 1.5 }), { code: 'ERR_INVALID_ASYNC_ID' });
  assert.throws(() => new AsyncResource('x').bind('nope'), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "fn" argument must be of type function. Received type string (\'nope\')' });
  assert.throws(() => AsyncResource.bind(() => 1, 5), { code: 'ERR_INVALID_ARG_TYPE' });
  // An enabled init hook (an AsyncLocalStorage in use counts as one) rejects an empty type;
  // with none, '' is accepted (not checked here: the storages above are still enabled).
  const hook = createHook({ init() {} }).enable();
  assert.throws(() => new AsyncResource(''), { code: 'ERR_ASYNC_TYPE', message: 'Invalid name for async "type": ' });
  hook.disable();
  const s = new AsyncLocalStorage();
  s.run(1, () => assert.throws(() => new AsyncResource(''), { code: 'ERR_ASYNC_TYPE' }));
  s.disable();
});
