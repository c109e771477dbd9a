'use strict';
// performance / perf_hooks.
const { check, checkAsync, assert } = require('../check');
const { performance: perf, PerformanceObserver, PerformanceMark, createHistogram, monitorEventLoopDelay } = require('perf_hooks');

check('performance global is perf_hooks.performance', () => {
  assert.strictEqual(globalThis.performance, perf);
  assert.strictEqual(Object.prototype.toString.call(perf), '[object Performance]');
});

check('now() is monotonic ms since start; timeOrigin is epoch ms', () => {
  const a = perf.now();
  const b = perf.now();
  assert.ok(a > 0 && b >= a);
  assert.ok(a < 60000);
  assert.ok(Math.abs(perf.timeOrigin + a - Date.now()) < 1000);
});

check('mark and measure', () => {
  const m = perf.mark('start', { detail: { n: 1 } });
  assert.ok(m instanceof PerformanceMark);
  assert.strictEqual(m.name, 'start');
  assert.strictEqual(m.entryType, 'mark');
  assert.strictEqual(m.duration, 0);
  assert.deepStrictEqual(m.detail, { n: 1 });
  assert.deepStrictEqual(Object.keys(m.toJSON()), ['name', 'entryType', 'startTime', 'duration', 'detail']);
  perf.mark('end');
  const me = perf.measure('span', 'start', 'end');
  assert.strictEqual(me.entryType, 'measure');
  assert.ok(me.duration >= 0);
  assert.strictEqual(me.startTime, m.startTime);
  const fixed = perf.measure('fixed', { start: 10, duration: 5, detail: 'd' });
  assert.strictEqual(fixed.startTime, 10);
  assert.strictEqual(fixed.duration, 5);
  assert.strictEqual(fixed.detail, 'd');
});

check('entries buffer and clearing', () => {
  const names = perf.getEntries().map((e) => e.name);
  assert.ok(names.includes('start') && names.includes('span'));
  assert.strictEqual(perf.getEntriesByName('start').length, 1);
  assert.strictEqual(perf.getEntriesByName('start', 'measure').length, 0);
  assert.ok(perf.getEntriesByType('measure').length >= 2);
  perf.clearMarks('start');
  assert.strictEqual(perf.getEntriesByName('start').length, 0);
  perf.clearMarks();
  perf.clearMeasures();
  assert.strictEqual(perf.getEntries().length, 0);
});

check('measure errors', () => {
  assert.throws(() => perf.measure('x', 'missing'), (e) => {
    assert.strictEqual(e.name, 'SyntaxError');
    assert.strictEqual(e.message, 'The "missing" performance mark has not been set');
    return true;
  });
  assert.throws(() => perf.mark(), { code: 'ERR_MISSING_ARGS' });
});

check('toJSON, nodeTiming, eventLoopUtilization', () => {
  assert.deepStrictEqual(Object.keys(perf.toJSON()), ['nodeTiming', 'timeOrigin', 'eventLoopUtilization']);
  assert.strictEqual(perf.nodeTiming.name, 'node');
  assert.strictEqual(perf.nodeTiming.entryType, 'node');
  const elu = perf.eventLoopUtilization();
  assert.deepStrictEqual(Object.keys(elu), ['idle', 'active', 'utilization']);
  assert.strictEqual(typeof elu.utilization, 'number');
});

check('timerify wraps a function', () => {
  const f = perf.timerify(function add(a, b) { return a + b; });
  assert.strictEqual(f(2, 3), 5);
  assert.strictEqual(f.name, 'timerified add');
  assert.strictEqual(f.length, 2);
});

check('histograms', () => {
  const h = createHistogram();
  assert.strictEqual(h.count, 0);
  assert.strictEqual(h.max, 0);
  assert.ok(Number.isNaN(h.mean));
  h.record(5);
  h.record(10);
  assert.strictEqual(h.min, 5);
  assert.strictEqual(h.max, 10);
  assert.strictEqual(h.mean, 7.5);
  assert.strictEqual(h.stddev, 2.5);
  assert.strictEqual(h.count, 2);
  assert.strictEqual(h.percentile(50), 5);
  assert.deepStrictEqual([...h.percentiles], [[0, 5], [50, 5], [75, 10], [100, 10]]);
  assert.throws(() => h.record(0), { code: 'ERR_OUT_OF_RANGE' });
  const d = monitorEventLoopDelay();
  assert.strictEqual(d.count, 0);
  assert.strictEqual(typeof d.enable, 'function');
});

checkAsync('PerformanceObserver sees marks', async () => {
  assert.ok(PerformanceObserver.supportedEntryTypes.includes('mark'));
  const got = await new Promise((resolve) => {
    const obs = new PerformanceObserver((list, observer) => {
      assert.strictEqual(observer, obs);
      observer.disconnect();
      resolve(list.getEntries().map((e) => `${e.entryType}:${e.name}`));
    });
    obs.observe({ entryTypes: ['mark'] });
    perf.mark('observed-1');
    perf.mark('observed-2');
  });
  assert.deepStrictEqual(got, ['mark:observed-1', 'mark:observed-2']);
});
