'use strict';
// perf_hooks: the User Timing API (performance.mark/measure and the entry buffer),
// PerformanceObserver, timerify, and simple histograms. Times are milliseconds since
// the process started (the monotonic clock from internalBinding('process').hrtime()).
// Event-loop utilization and the loop-delay monitor are stand-ins that report an idle
// loop: minode does not measure loop idle time yet.

const processBinding = internalBinding('process');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_INVALID_THIS, ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const { validateFunction, validateObject, validateNumber, validateInteger } = require('internal/validators');
const { customInspectSymbol, kEmptyObject } = require('internal/util');
const { EventTarget } = require('internal/event_target');

// --- clock ----------------------------------------------------------------------------
// process.uptime() counts from the process start, so the start on the hrtime clock is
// "now - uptime" (one subtraction, read once).
const startNs = processBinding.hrtime() - process.uptime() * 1e9;
function now() {
  return (processBinding.hrtime() - startNs) / 1e6;
}
const timeOrigin = Date.now() - now();
const bootstrapComplete = now();

let inspectFn;
function inspect(v, opts) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(v, opts);
}

function inspectAs(name, obj, depth, options) {
  if (depth < 0) return `[${name}]`;
  const opts = { ...options, depth: options?.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(obj, opts)}`;
}

let cloneFn;
function cloneDetail(detail) {
  if (detail === undefined || detail === null) return null;
  cloneFn ??= require('internal/structured_clone').structuredClone;
  return cloneFn(detail);
}

function DOMError(message, name) {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(message, name);
}

// --- entries --------------------------------------------------------------------------
const kEntry = Symbol('kEntry');
let allowEntry = false;

class PerformanceEntry {
  constructor(...args) {
    if (!allowEntry) throw new ERR_ILLEGAL_CONSTRUCTOR();
    const [name, type, start, duration, detail] = args;
    this[kEntry] = { name: `${name}`, entryType: type, startTime: start, duration, detail };
  }

  get name() { return entry(this).name; }
  get entryType() { return entry(this).entryType; }
  get startTime() { return entry(this).startTime; }
  get duration() { return entry(this).duration; }

  toJSON() {
    const e = entry(this);
    const out = { name: e.name, entryType: e.entryType, startTime: e.startTime, duration: e.duration };
    if (e.detail !== undefined) out.detail = e.detail;
    return out;
  }

  [customInspectSymbol](depth, options) {
    return inspectAs(this.constructor.name, this.toJSON(), depth, options);
  }
}

function entry(self) {
  const e = self?.[kEntry];
  if (e === undefined) throw new ERR_INVALID_THIS('PerformanceEntry');
  return e;
}

function makeEntry(Ctor, ...args) {
  allowEntry = true;
  try {
    return Reflect.construct(PerformanceEntry, args, Ctor);
  } finally {
    allowEntry = false;
  }
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    if (options !== undefined && options !== null) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) {
      throw new TypeError(`${startTime} is less than 0`);
    }
    const detail = cloneDetail(options?.detail);
    allowEntry = true;
    try {
      super(name, 'mark', startTime, 0, detail);
    } finally {
      allowEntry = false;
    }
  }

  get detail() { return entry(this).detail; }
}

class PerformanceMeasure extends PerformanceEntry {
  constructor() {
    if (!allowEntry) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(...arguments);
  }

  get detail() { return entry(this).detail; }
}

class PerformanceResourceTiming extends PerformanceEntry {
  constructor() {
    if (!allowEntry) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(...arguments);
  }
}

for (const C of [PerformanceEntry, PerformanceMark, PerformanceMeasure, PerformanceResourceTiming]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
}

// The timeline buffer holds marks and measures (resource timings go nowhere yet).
let marks = [];
let measures = [];
const markTimes = new Map();

class PerformanceNodeTiming {
  constructor() { throw new ERR_ILLEGAL_CONSTRUCTOR(); }

  get name() { return 'node'; }
  get entryType() { return 'node'; }
  get startTime() { return 0; }
  get duration() { return now(); }
  get nodeStart() { return 0; }
  get v8Start() { return 0; }
  get environment() { return bootstrapComplete; }
  get bootstrapComplete() { return bootstrapComplete; }
  get loopStart() { return bootstrapComplete; }
  get loopExit() { return -1; }
  get idleTime() { return 0; }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: 0,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }

  [customInspectSymbol](depth, options) {
    return inspectAs('PerformanceNodeTiming', this.toJSON(), depth, options);
  }
}
const nodeTiming = Object.create(PerformanceNodeTiming.prototype);

// --- observers --------------------------------------------------------------------------
const supportedEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']);
const observers = new Set();
const pendingObservers = new Set();
let dispatchScheduled = false;

function enqueue(e) {
  const type = e.entryType;
  for (const obs of observers) {
    const s = obs[kObserver];
    if (s.types.has(type)) {
      s.buffer.push(e);
      pendingObservers.add(obs);
    }
  }
  if (pendingObservers.size > 0 && !dispatchScheduled) {
    dispatchScheduled = true;
    setImmediate(dispatchPending);
  }
}

function dispatchPending() {
  dispatchScheduled = false;
  const list = [...pendingObservers];
  pendingObservers.clear();
  for (const obs of list) {
    const s = obs[kObserver];
    if (s.buffer.length === 0) continue;
    const entries = s.buffer;
    s.buffer = [];
    s.callback.call(obs, new PerformanceObserverEntryList(kEntryList, entries), obs);
  }
}

const kEntryList = Symbol('kEntryList');
const kObserver = Symbol('kObserver');

function sortByStart(list) {
  return list.slice().sort((a, b) => a.startTime - b.startTime);
}

function filterEntries(list, name, type) {
  return list.filter((e) => (name === undefined || e.name === `${name}`) && (type === undefined || e.entryType === `${type}`));
}

class PerformanceObserverEntryList {
  constructor(key, entries) {
    if (key !== kEntryList) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kEntryList] = sortByStart(entries);
  }

  getEntries() { return this[kEntryList].slice(); }
  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return filterEntries(this[kEntryList], undefined, type);
  }
  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return filterEntries(this[kEntryList], name, type);
  }

  [customInspectSymbol](depth, options) {
    return inspectAs('PerformanceObserverEntryList', this[kEntryList], depth, options);
  }
}

class PerformanceObserver {
  constructor(callback) {
    validateFunction(callback, 'callback');
    this[kObserver] = { callback, types: new Set(), buffer: [], mode: undefined };
  }

  static get supportedEntryTypes() { return supportedEntryTypes; }

  observe(options = kEmptyObject) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    const s = this[kObserver];
    if (entryTypes === undefined && type === undefined) throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    if (entryTypes !== undefined && type !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes, 'options.entryTypes can not set with options.type together');
    }
    if (entryTypes !== undefined) {
      if (!Array.isArray(entryTypes)) throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      s.types.clear();
      for (const t of entryTypes) if (supportedEntryTypes.includes(t)) s.types.add(t);
    } else {
      if (!supportedEntryTypes.includes(type)) return;
      s.types.add(type);
      if (buffered) {
        const existing = type === 'mark' ? marks : type === 'measure' ? measures : [];
        if (existing.length > 0) {
          s.buffer.push(...existing);
          pendingObservers.add(this);
          if (!dispatchScheduled) {
            dispatchScheduled = true;
            setImmediate(dispatchPending);
          }
        }
      }
    }
    if (s.types.size > 0) observers.add(this);
    else observers.delete(this);
  }

  disconnect() {
    const s = this[kObserver];
    s.types.clear();
    s.buffer = [];
    observers.delete(this);
    pendingObservers.delete(this);
  }

  takeRecords() {
    const s = this[kObserver];
    const list = s.buffer;
    s.buffer = [];
    return list;
  }

  [customInspectSymbol](depth, options) {
    const s = this[kObserver];
    return inspectAs('PerformanceObserver', {
      connected: observers.has(this),
      pending: pendingObservers.has(this),
      entryTypes: [...s.types],
      buffer: s.buffer,
    }, depth, options);
  }
}

// --- performance ------------------------------------------------------------------------
function resolveMarkTime(nameOrTime, label) {
  if (typeof nameOrTime === 'number') {
    if (nameOrTime < 0) throw new TypeError(`${label} cannot be negative`);
    return nameOrTime;
  }
  const name = `${nameOrTime}`;
  if (name in nodeTiming && name !== 'name' && name !== 'entryType' && typeof nodeTiming[name] === 'number') {
    return nodeTiming[name];
  }
  const t = markTimes.get(name);
  if (t === undefined) throw DOMError(`The "${name}" performance mark has not been set`, 'SyntaxError');
  return t;
}

function mark(name, options = undefined) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
  const m = new PerformanceMark(name, options);
  marks.push(m);
  markTimes.set(m.name, m.startTime);
  enqueue(m);
  return m;
}

function measure(name, startOrOptions = undefined, endMark = undefined) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
  let start;
  let end;
  let duration;
  let detail = null;
  if (startOrOptions !== null && typeof startOrOptions === 'object') {
    if (endMark !== undefined) {
      throw new TypeError('Failed to execute \'measure\' on \'Performance\': endMark cannot be specified with options');
    }
    ({ start, end, duration } = startOrOptions);
    detail = cloneDetail(startOrOptions.detail);
    if (start === undefined && end === undefined) {
      throw new TypeError('Failed to execute \'measure\' on \'Performance\': One of start or end must be specified');
    }
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new TypeError('Failed to execute \'measure\' on \'Performance\': Cannot specify start, end, and duration together');
    }
  } else {
    start = startOrOptions;
    end = endMark;
  }
  let endTime;
  if (end !== undefined) endTime = resolveMarkTime(end, 'end');
  else if (duration !== undefined && start !== undefined) endTime = resolveMarkTime(start, 'start') + duration;
  else endTime = now();
  let startTime;
  if (start !== undefined) startTime = resolveMarkTime(start, 'start');
  else if (duration !== undefined && end !== undefined) startTime = endTime - duration;
  else startTime = 0;
  const m = makeEntry(PerformanceMeasure, name, 'measure', startTime, endTime - startTime, detail);
  measures.push(m);
  enqueue(m);
  return m;
}

function clearByName(list, name) {
  if (name === undefined) return [];
  name = `${name}`;
  return list.filter((e) => e.name !== name);
}

function eventLoopUtilization(util1, util2) {
  // The loop's idle time is not measured: report an idle loop with no activity.
  if (util1 !== undefined && util2 !== undefined) {
    return { idle: util1.idle - util2.idle, active: util1.active - util2.active, utilization: 0 };
  }
  if (util1 !== undefined) return { idle: 0, active: 0, utilization: 0 };
  return { idle: 0, active: 0, utilization: 0 };
}

function timerify(fn, options = kEmptyObject) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined && typeof histogram?.record !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }
  function timerified(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    const finish = () => {
      const duration = now() - start;
      if (histogram !== undefined) histogram.record(Math.max(1, Math.round(duration * 1e6)));
      const e = makeEntry(PerformanceEntry, fn.name, 'function', start, duration, undefined);
      e[kEntry].detail = args;
      enqueue(e);
    };
    if (!new.target && result && typeof result.finally === 'function') return result.finally(finish);
    finish();
    return result;
  }
  Object.defineProperties(timerified, {
    length: { value: fn.length, configurable: true },
    name: { value: `timerified ${fn.name}`, configurable: true },
  });
  return timerified;
}

class Performance extends EventTarget {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  now() { return now(); }
  get timeOrigin() { return timeOrigin; }
  get nodeTiming() { return nodeTiming; }

  mark(...args) { return mark(...args); }
  measure(...args) { return measure(...args); }
  clearMarks(name = undefined) {
    marks = clearByName(marks, name);
    if (name === undefined) markTimes.clear();
    else markTimes.delete(`${name}`);
  }
  clearMeasures(name = undefined) { measures = clearByName(measures, name); }
  clearResourceTimings() {}
  setResourceTimingBufferSize() {}
  markResourceTiming() {}

  getEntries() { return sortByStart([...marks, ...measures]); }
  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return filterEntries(this.getEntries(), name, type);
  }
  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    if (type === 'mark') return marks.slice();
    if (type === 'measure') return measures.slice();
    return [];
  }

  eventLoopUtilization(util1, util2) { return eventLoopUtilization(util1, util2); }
  timerify(fn, options) { return timerify(fn, options); }

  toJSON() {
    return { nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
  }

  [customInspectSymbol](depth, options) {
    return inspectAs('Performance', { nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin }, depth, options);
  }
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });

const performance = Object.create(Performance.prototype);
require('internal/event_target').initEventTarget(performance);

// --- histograms ------------------------------------------------------------------------
const kHist = Symbol('kHistogram');
const kEmptyMin = 9223372036854776000;

class Histogram {
  constructor(key) {
    if (key !== kHist) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kHist] = { values: [], sorted: true, exceeds: 0, sum: 0, sumSq: 0, min: kEmptyMin, max: 0 };
  }

  get count() { return this[kHist].values.length; }
  get countBigInt() { return BigInt(this.count); }
  get min() { return this[kHist].min; }
  get minBigInt() { return BigInt(this.min); }
  get max() { return this[kHist].max; }
  get maxBigInt() { return BigInt(this.max); }
  get exceeds() { return this[kHist].exceeds; }
  get exceedsBigInt() { return BigInt(this.exceeds); }
  get mean() {
    const h = this[kHist];
    return h.values.length === 0 ? NaN : h.sum / h.values.length;
  }
  get stddev() {
    const h = this[kHist];
    const n = h.values.length;
    if (n === 0) return NaN;
    const mean = h.sum / n;
    return Math.sqrt(Math.max(0, h.sumSq / n - mean * mean));
  }

  percentile(p) {
    validateNumber(p, 'percentile');
    if (!(p > 0 && p <= 100)) throw new ERR_INVALID_ARG_VALUE.RangeError('percentile', p);
    return valueAt(this[kHist], p);
  }
  percentileBigInt(p) { return BigInt(this.percentile(p)); }

  get percentiles() {
    const h = this[kHist];
    const map = new Map();
    if (h.values.length === 0) {
      map.set(100, 0);
      return map;
    }
    map.set(0, h.min);
    // Like HdrHistogram's percentile iteration: 50, 75, 87.5, ... until the max.
    for (let gap = 50, p = 50; ; gap /= 2, p += gap) {
      const v = valueAt(h, p);
      map.set(p, v);
      if (v >= h.max || gap < 1e-6) break;
    }
    map.set(100, h.max);
    return map;
  }
  get percentilesBigInt() {
    const map = new Map();
    for (const [k, v] of this.percentiles) map.set(k, BigInt(v));
    return map;
  }

  reset() {
    this[kHist] = { values: [], sorted: true, exceeds: 0, sum: 0, sumSq: 0, min: kEmptyMin, max: 0 };
  }

  toJSON() {
    return {
      count: this.count, min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
      stddev: this.stddev, percentiles: Object.fromEntries(this.percentiles),
    };
  }

  [customInspectSymbol](depth, options) {
    return inspectAs('Histogram', {
      min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
      stddev: this.stddev, count: this.count, percentiles: this.percentiles,
    }, depth, options);
  }
}

function valueAt(h, p) {
  if (h.values.length === 0) return 0;
  if (!h.sorted) {
    h.values.sort((a, b) => a - b);
    h.sorted = true;
  }
  const rank = Math.max(1, Math.ceil((p / 100) * h.values.length));
  return h.values[Math.min(rank, h.values.length) - 1];
}

function recordValue(h, value) {
  const vs = h.values;
  if (vs.length > 0 && value < vs[vs.length - 1]) h.sorted = false;
  vs.push(value);
  h.sum += value;
  h.sumSq += value * value;
  if (value < h.min) h.min = value;
  if (value > h.max) h.max = value;
}

class RecordableHistogram extends Histogram {
  constructor(key) {
    super(key);
    this[kHist].prev = undefined;
  }

  record(value) {
    if (typeof value === 'bigint') value = Number(value);
    validateInteger(value, 'val', 1);
    recordValue(this[kHist], value);
  }

  recordDelta() {
    const h = this[kHist];
    const t = processBinding.hrtime();
    if (h.prev !== undefined) recordValue(h, Math.max(1, Math.round(t - h.prev)));
    h.prev = t;
  }

  add(other) {
    if (!(other instanceof Histogram)) throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    for (const v of other[kHist].values) recordValue(this[kHist], v);
    this[kHist].exceeds += other[kHist].exceeds;
  }
}

class IntervalHistogram extends Histogram {
  constructor(key, resolution) {
    super(key);
    this[kHist].resolution = resolution;
    this[kHist].timer = undefined;
  }

  // Samples how late a repeating timer fires, which is the loop delay.
  enable() {
    const h = this[kHist];
    if (h.timer !== undefined) return false;
    const res = h.resolution;
    let last = processBinding.hrtime();
    h.timer = setInterval(() => {
      const t = processBinding.hrtime();
      const delay = Math.max(1, Math.round(t - last - res * 1e6));
      last = t;
      recordValue(this[kHist], delay);
    }, res);
    h.timer.unref?.();
    return true;
  }

  disable() {
    const h = this[kHist];
    if (h.timer === undefined) return false;
    clearInterval(h.timer);
    h.timer = undefined;
    return true;
  }

  reset() {
    const { resolution, timer } = this[kHist];
    super.reset();
    this[kHist].resolution = resolution;
    this[kHist].timer = timer;
  }
}

function createHistogram(options = kEmptyObject) {
  validateObject(options, 'options');
  return new RecordableHistogram(kHist);
}

function monitorEventLoopDelay(options = kEmptyObject) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return new IntervalHistogram(kHist, resolution);
}

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  createHistogram,
  performance,
  constants,
};
