'use strict';
// async_hooks: AsyncLocalStorage propagation, AsyncResource, ids, createHook.
// (Propagation across `await` continuations is not tested: minode cannot follow it yet.)
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
