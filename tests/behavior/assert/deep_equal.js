'use strict';
// Deep equality rules shared by assert.deepEqual / deepStrictEqual and util.isDeepStrictEqual.
const { check, assert } = require('../check');
const a = require('assert');
const { isDeepStrictEqual } = require('util');

function loose(x, y) {
  try {
    a.deepEqual(x, y);
    return true;
  } catch {
    return false;
  }
}

const cases = {
  invalidDates: [new Date(NaN), new Date(NaN)],
  regexpLastIndex: [(() => { const r = /a/g; r.lastIndex = 1; return r; })(), /a/g],
  errorCause: [new Error('a', { cause: 1 }), new Error('a', { cause: 2 })],
  errorName: [new TypeError('a'), new Error('a')],
  weakMaps: [new WeakMap(), new WeakMap()],
  functions: [() => {}, () => {}],
  numberObjects: [new Number(1), new Number(1)],
  numberObjectVsPrimitive: [new Number(1), 1],
  negativeZero: [-0, 0],
  negativeZeroInArray: [[-0], [0]],
  nan: [NaN, NaN],
  stringVsNumber: [1, '1'],
  setLoose: [new Set([1]), new Set(['1'])],
  mapLoose: [new Map([[1, 'a']]), new Map([['1', 'a']])],
  setOfObjects: [new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])],
  mapObjectKeys: [new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, 1]])],
  mapObjectKeysLooseValues: [new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, '1']])],
  sparseVsUndefined: [[1, , 3], [1, undefined, 3]], // eslint-disable-line no-sparse-arrays
  arrayExtraProps: [Object.assign([1], { x: 1 }), [1]],
  symbolKeys: [{ [Symbol.for('a')]: 1 }, {}],
  prototypes: [Object.create(null), {}],
  cycles: (() => { const x = { v: 1 }; x.self = x; const y = { v: 1 }; y.self = y; return [x, y]; })(),
  bufferVsUint8Array: [Buffer.from('ab'), new Uint8Array([97, 98])],
  float64NaN: [new Float64Array([NaN]), new Float64Array([NaN])],
  float64Zero: [new Float64Array([-0]), new Float64Array([0])],
  arrayBuffers: [new ArrayBuffer(2), new ArrayBuffer(2)],
  arrayBufferSizes: [new ArrayBuffer(2), new ArrayBuffer(3)],
  argumentsVsArray: [(function () { return arguments; })(1), [1]],
  stringObjects: [new String('ab'), new String('ab')],
  nullVsUndefined: [null, undefined],
  nullVsUndefinedProps: [{ a: null }, { a: undefined }],
  undefinedPropVsMissing: [{ a: undefined }, {}],
  dates: [new Date(1), new Date(1)],
  dateExtraProps: [Object.assign(new Date(1), { x: 1 }), new Date(1)],
  nonEnumerableProps: [Object.defineProperty({}, 'x', { value: 1 }), {}],
  errorMessages: [new Error('a'), new Error('b')],
  errorExtraProps: [Object.assign(new Error('a'), { code: 1 }), new Error('a')],
  dataViews: [new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))],
  differentTypedArrays: [new Uint8Array(2), new Uint16Array(1)],
  mapValuesDiffer: [new Map([[1, { a: 1 }]]), new Map([[1, { a: 2 }]])],
  nestedLoose: [{ a: [1, '2'] }, { a: ['1', 2] }],
  setOrder: [new Set([1, 2]), new Set([2, 1])],
  getters: [{ get a() { return 1; } }, { a: 1 }],
  regexpFlags: [/a/g, /a/i],
  boolObjects: [new Boolean(false), new Boolean(false)],
  numberVsBoolean: [{ a: 1 }, { a: true }],
};

check('strict and loose results for many value pairs', () => {
  const got = {};
  for (const [name, [x, y]] of Object.entries(cases)) {
    got[name] = [isDeepStrictEqual(x, y), loose(x, y), isDeepStrictEqual(y, x), loose(y, x)].map(Number).join('');
  }
  assert.deepStrictEqual(got, {
    invalidDates: '0000', regexpLastIndex: '0000', errorCause: '0000', errorName: '0000', weakMaps: '1111',
    functions: '0000', numberObjects: '1111', numberObjectVsPrimitive: '0000', negativeZero: '0101',
    negativeZeroInArray: '0101', nan: '1111', stringVsNumber: '0101', setLoose: '0101', mapLoose: '0101',
    setOfObjects: '1111', mapObjectKeys: '1111', mapObjectKeysLooseValues: '0101', sparseVsUndefined: '0000',
    arrayExtraProps: '0000', symbolKeys: '0101', prototypes: '0101', cycles: '1111', bufferVsUint8Array: '0101',
    float64NaN: '1010', float64Zero: '0101', arrayBuffers: '1111', arrayBufferSizes: '0000', argumentsVsArray: '0000',
    stringObjects: '1111', nullVsUndefined: '0101', nullVsUndefinedProps: '0101', undefinedPropVsMissing: '0000',
    dates: '1111', dateExtraProps: '0000', nonEnumerableProps: '1111', errorMessages: '0000', errorExtraProps: '0000',
    dataViews: '1111', differentTypedArrays: '0000', mapValuesDiffer: '0000', nestedLoose: '0101', setOrder: '1111',
    getters: '1111', regexpFlags: '0000', boolObjects: '1111', numberVsBoolean: '0101',
  });
});

check('nested containers', () => {
  const make = () => ({ list: [1, { m: new Map([['k', new Set([[1, 2], { z: null }])]]) }], d: new Date(5), r: /x/gi });
  assert.ok(isDeepStrictEqual(make(), make()));
  const other = make();
  other.list[1].m.get('k').add(3);
  assert.ok(!isDeepStrictEqual(make(), other));
});

check('class instances compare prototypes only in strict mode', () => {
  class A { constructor() { this.x = 1; } }
  class B { constructor() { this.x = 1; } }
  assert.ok(!isDeepStrictEqual(new A(), new B()));
  assert.ok(loose(new A(), new B()));
  assert.ok(isDeepStrictEqual(new A(), new A()));
});

check('sets with loose primitive matches', () => {
  assert.ok(loose(new Set([1, '2', null]), new Set(['1', 2, undefined])));
  assert.ok(!loose(new Set([1, 2]), new Set([1, '1'])));
  assert.ok(!isDeepStrictEqual(new Set([1, 2]), new Set([1, 3])));
  assert.ok(loose(new Map([[1, 'a'], ['2', 'b']]), new Map([['1', 'a'], [2, 'b']])));
});
