'use strict';
// Async iteration, Readable.from, and the Readable operators.
const { check, checkAsync, assert } = require('../check');
const { Readable } = require('stream');

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

checkAsync('for await over a Readable, destroyed afterwards', async () => {
  const r = Readable.from(['a', 'b', 'c']);
  const got = [];
  for await (const c of r) got.push(c);
  assert.deepStrictEqual(got, ['a', 'b', 'c']);
  assert.strictEqual(r.destroyed, true);
});

checkAsync('for await over a byte stream yields Buffers / strings with setEncoding', async () => {
  const r = new Readable({ read() {} });
  r.push('ab');
  r.push('cd');
  r.push(null);
  const got = [];
  for await (const c of r) got.push(Buffer.isBuffer(c) ? `buf:${c}` : c);
  assert.deepStrictEqual(got, ['buf:abcd']);
  const r2 = new Readable({ encoding: 'utf8', read() { this.push('x'); this.push(null); } });
  const got2 = [];
  for await (const c of r2) got2.push(c);
  assert.deepStrictEqual(got2, ['x']);
});

checkAsync('break out of for await destroys the stream with an AbortError', async () => {
  const log = [];
  const r = new Readable({ objectMode: true, read() { this.push(1); } });
  r.on('close', () => log.push('close'));
  r.on('error', (e) => log.push(`error ${e.code}`));
  let i = 0;
  for await (const c of r) { if (++i === 3) break; } // eslint-disable-line no-unused-vars
  assert.strictEqual(r.destroyed, true);
  await tick();
  assert.deepStrictEqual(log, ['error ABORT_ERR', 'close']);
});

checkAsync('iterator({ destroyOnReturn: false }) keeps the stream', async () => {
  const r = Readable.from([1, 2, 3]);
  for await (const c of r.iterator({ destroyOnReturn: false })) { if (c === 1) break; }
  assert.strictEqual(r.destroyed, false);
  const rest = [];
  for await (const c of r) rest.push(c);
  assert.deepStrictEqual(rest, [2, 3]);
});

checkAsync('a stream error rejects the for await loop', async () => {
  const r = new Readable({ read() { this.destroy(new Error('bad')); } });
  await assert.rejects(async () => { for await (const c of r); }, { message: 'bad' }); // eslint-disable-line no-unused-vars
});

checkAsync('Readable.from: strings are not split; Buffers are one chunk', async () => {
  const r = Readable.from('hello');
  assert.strictEqual(r.readableObjectMode, true);
  assert.deepStrictEqual(await r.toArray(), ['hello']);
  const b = await Readable.from(Buffer.from('xy')).toArray();
  assert.strictEqual(b.length, 1);
});

checkAsync('Readable.from: async generators, promises in sync iterables, options', async () => {
  async function* g() { yield 1; yield 2; }
  assert.deepStrictEqual(await Readable.from(g()).toArray(), [1, 2]);
  assert.deepStrictEqual(await Readable.from([Promise.resolve('p'), 'q']).toArray(), ['p', 'q']);
  const r = Readable.from(['a'], { objectMode: false });
  assert.strictEqual(r.readableObjectMode, false);
  assert.strictEqual(String(await r.toArray()), 'a');
});

checkAsync('Readable.from: null value is ERR_STREAM_NULL_VALUES; non-iterable throws', async () => {
  await assert.rejects(Readable.from([1, null]).toArray(), { code: 'ERR_STREAM_NULL_VALUES' });
  assert.throws(() => Readable.from(5), { code: 'ERR_INVALID_ARG_TYPE' });
});

checkAsync('Readable.from: destroy() calls return() on the generator', async () => {
  let cleaned = false;
  function* g() { try { yield 1; yield 2; } finally { cleaned = true; } }
  const r = Readable.from(g());
  await new Promise((res) => r.once('data', res));
  r.destroy();
  await tick();
  assert.strictEqual(cleaned, true);
});

checkAsync('operators: map, filter, toArray, drop, take, reduce', async () => {
  assert.deepStrictEqual(await Readable.from([1, 2, 3, 4]).map((x) => x * 2).filter((x) => x > 2).toArray(), [4, 6, 8]);
  assert.deepStrictEqual(await Readable.from([1, 2, 3, 4, 5]).drop(1).take(2).toArray(), [2, 3]);
  assert.strictEqual(await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 0), 6);
  assert.strictEqual(await Readable.from([1, 2, 3]).reduce((a, b) => a + b), 6);
});

checkAsync('operators: some, every, find, forEach, flatMap', async () => {
  assert.strictEqual(await Readable.from([1, 2, 3]).some((x) => x > 2), true);
  assert.strictEqual(await Readable.from([1, 2, 3]).every((x) => x > 2), false);
  assert.strictEqual(await Readable.from([1, 2, 3]).find((x) => x > 1), 2);
  const seen = [];
  assert.strictEqual(await Readable.from([1, 2]).forEach((x) => { seen.push(x); }), undefined);
  assert.deepStrictEqual(seen, [1, 2]);
  assert.deepStrictEqual(await Readable.from([1, 2]).flatMap((x) => [x, x]).toArray(), [1, 1, 2, 2]);
});

checkAsync('map with concurrency keeps the output order', async () => {
  const order = [];
  const res = await Readable.from([30, 10, 20]).map(async (x) => { await tick(x); order.push(x); return x; },
    { concurrency: 3 }).toArray();
  assert.deepStrictEqual(res, [30, 10, 20]);
  assert.deepStrictEqual(order, [10, 20, 30]);
});

checkAsync('operator argument errors', async () => {
  await assert.rejects(Readable.from([]).reduce((a, b) => a + b), {
    code: 'ERR_MISSING_ARGS', message: 'Reduce of an empty stream requires an initial value',
  });
  assert.throws(() => Readable.from([]).map(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Readable.from([]).map((x) => x, { concurrency: 0 }), { code: 'ERR_OUT_OF_RANGE' });
});

check('operators are non-enumerable prototype methods', () => {
  for (const k of ['map', 'filter', 'forEach', 'toArray', 'some', 'every', 'find', 'reduce', 'flatMap', 'drop', 'take']) {
    assert.strictEqual(typeof Readable.prototype[k], 'function', k);
    assert.strictEqual(Object.getOwnPropertyDescriptor(Readable.prototype, k).enumerable, false, k);
  }
});
