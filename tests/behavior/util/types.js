'use strict';
// util.types brand checks.
const { check, assert } = require('../check');
const types = require('util/types');

const samples = {
  num: 1, str: 's', nul: null, obj: {}, arr: [], fn() {}, afn: async () => {}, gfn: function* () {}, agfn: async function* () {},
  date: new Date(), fakeDate: { [Symbol.toStringTag]: 'Date' }, dateProto: Object.create(Date.prototype),
  re: /x/, map: new Map(), fakeMap: Object.create(Map.prototype), set: new Set(), wm: new WeakMap(), ws: new WeakSet(),
  mapIter: new Map().keys(), setIter: new Set().values(), arrIter: [].values(), gen: (function* () {})(),
  prom: Promise.resolve(), thenable: { then() {} }, ab: new ArrayBuffer(1), sab: new SharedArrayBuffer(1),
  u8: new Uint8Array(1), buf: Buffer.alloc(1), f64: new Float64Array(1), dv: new DataView(new ArrayBuffer(1)),
  bi64: new BigInt64Array(1), err: new Error(), typeErr: new TypeError(), fakeErr: Object.create(Error.prototype),
  numObj: new Number(1), strObj: new String('x'), boolObj: new Boolean(false), symObj: Object(Symbol()), bigObj: Object(1n),
  args: (function () { return arguments; })(), subMap: new (class extends Map {})(),
};

const expected = {
  isDate: ['date'],
  isRegExp: ['re'],
  isMap: ['map', 'subMap'],
  isSet: ['set'],
  isWeakMap: ['wm'],
  isWeakSet: ['ws'],
  isMapIterator: ['mapIter'],
  isSetIterator: ['setIter'],
  isPromise: ['prom'],
  isArrayBuffer: ['ab'],
  isSharedArrayBuffer: ['sab'],
  isAnyArrayBuffer: ['ab', 'sab'],
  isArrayBufferView: ['u8', 'buf', 'f64', 'dv', 'bi64'],
  isTypedArray: ['u8', 'buf', 'f64', 'bi64'],
  isUint8Array: ['u8', 'buf'],
  isFloat64Array: ['f64'],
  isBigInt64Array: ['bi64'],
  isDataView: ['dv'],
  isNativeError: ['err', 'typeErr'],
  isAsyncFunction: ['afn', 'agfn'],
  isGeneratorFunction: ['gfn', 'agfn'],
  isGeneratorObject: ['gen'],
  isNumberObject: ['numObj'],
  isStringObject: ['strObj'],
  isBooleanObject: ['boolObj'],
  isSymbolObject: ['symObj'],
  isBigIntObject: ['bigObj'],
  isBoxedPrimitive: ['numObj', 'strObj', 'boolObj', 'symObj', 'bigObj'],
  isArgumentsObject: ['args'],
  isExternal: [],
  isModuleNamespaceObject: [],
  isKeyObject: [],
  isCryptoKey: [],
};

for (const [fn, names] of Object.entries(expected)) {
  check(`types.${fn}`, () => {
    const got = Object.keys(samples).filter((k) => types[fn](samples[k]));
    assert.deepStrictEqual(got, names);
  });
}

check('isProxy', () => {
  assert.strictEqual(types.isProxy(new Proxy({}, {})), true);
  assert.strictEqual(types.isProxy({}), false);
});

check('exported names', () => {
  assert.deepStrictEqual(Object.keys(types).sort(), [
    'isAnyArrayBuffer', 'isArgumentsObject', 'isArrayBuffer', 'isArrayBufferView', 'isAsyncFunction', 'isBigInt64Array',
    'isBigIntObject', 'isBigUint64Array', 'isBooleanObject', 'isBoxedPrimitive', 'isCryptoKey', 'isDataView', 'isDate',
    'isExternal', 'isFloat32Array', 'isFloat64Array', 'isGeneratorFunction', 'isGeneratorObject', 'isInt16Array',
    'isInt32Array', 'isInt8Array', 'isKeyObject', 'isMap', 'isMapIterator', 'isModuleNamespaceObject', 'isNativeError',
    'isNumberObject', 'isPromise', 'isProxy', 'isRegExp', 'isSet', 'isSetIterator', 'isSharedArrayBuffer',
    'isStringObject', 'isSymbolObject', 'isTypedArray', 'isUint16Array', 'isUint32Array', 'isUint8Array',
    'isUint8ClampedArray', 'isWeakMap', 'isWeakSet',
  ]);
});
