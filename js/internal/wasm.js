'use strict';
// The WebAssembly global (the WebAssembly JS API as Node/V8 expose it), on
// internalBinding('wasm') (bindings/src/wasm, the wasmi interpreter). This file
// owns the API surface: argument and descriptor checks, import resolution,
// promises and V8's messages. The binding hands out integer ids for modules,
// memories, tables and globals; exported functions are native functions.

const binding = internalBinding('wasm');

function makeError(name) {
  const E = class extends Error {
    constructor(message) {
      super(message);
    }
  };
  Object.defineProperty(E, 'name', { value: name, configurable: true });
  Object.defineProperty(E.prototype, 'name', { value: name, writable: true, configurable: true });
  Object.defineProperty(E.prototype, 'message', { value: '', writable: true, configurable: true });
  return E;
}
const CompileError = makeError('CompileError');
const LinkError = makeError('LinkError');
const RuntimeError = makeError('RuntimeError');
binding.setErrorClasses(CompileError, LinkError, RuntimeError);

const kToken = Symbol('kToken');
const isObject = (v) => (typeof v === 'object' && v !== null) || typeof v === 'function';

// A BufferSource as a Uint8Array view (the binding compiles from it, copying).
function toBytes(source, api, what = 'Argument 0 must be a buffer source') {
  if (source instanceof ArrayBuffer ||
      (typeof SharedArrayBuffer === 'function' && source instanceof SharedArrayBuffer)) {
    return new Uint8Array(source);
  }
  if (ArrayBuffer.isView(source)) return new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  throw new TypeError(`${api}: ${what}`);
}

// WebIDL [EnforceRange] unsigned long, for descriptor properties.
function enforceRange(v, api, prop, upper) {
  const n = Number(v);
  if (!Number.isFinite(n)) throw new TypeError(`${api}: Property '${prop}' must be convertible to a valid number`);
  const i = Math.trunc(n);
  if (i < 0) throw new TypeError(`${api}: Property '${prop}' must be non-negative`);
  if (i > upper) throw new RangeError(`${api}: Property '${prop}': value ${i} is above the upper bound ${upper}`);
  return i;
}

function argIndex(v, api, arg = 'Argument 0') {
  const n = Number(v);
  if (!Number.isFinite(n)) throw new TypeError(`${api}: ${arg} must be convertible to a valid number`);
  const i = Math.trunc(n);
  if (i < 0) throw new TypeError(`${api}: ${arg} must be non-negative`);
  if (i > 0xffffffff) throw new TypeError(`${api}: ${arg} must be in the unsigned long range`);
  return i;
}

function enumerable(proto, names) {
  for (const name of names) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    d.enumerable = true;
    Object.defineProperty(proto, name, d);
  }
}

function tag(C, name) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: name, configurable: true });
}

// --- Module -------------------------------------------------------------------

let moduleId;
class Module {
  #id;
  constructor(bytes) {
    if (bytes === kToken) {
      this.#id = arguments[1];
      return;
    }
    this.#id = binding.compile(toBytes(bytes, 'WebAssembly.Module()'), 'WebAssembly.Module()');
  }

  static imports(module) {
    const id = moduleId(module, 'WebAssembly.Module.imports()');
    return binding.moduleImports(id).map(([module, name, kind]) => ({ module, name, kind }));
  }

  static exports(module) {
    const id = moduleId(module, 'WebAssembly.Module.exports()');
    return binding.moduleExports(id).map(([name, kind]) => ({ name, kind }));
  }

  static customSections(module, sectionName) {
    const id = moduleId(module, 'WebAssembly.Module.customSections()');
    if (sectionName === undefined) {
      throw new TypeError('WebAssembly.Module.customSections(): Argument 1 is required');
    }
    return binding.customSections(id, String(sectionName));
  }

  static {
    moduleId = (m, api) => {
      if (!isObject(m) || !(#id in m)) throw new TypeError(`${api}: Argument 0 must be a WebAssembly.Module`);
      return m.#id;
    };
  }
}
tag(Module, 'WebAssembly.Module');
enumerable(Module, ['imports', 'exports', 'customSections']);

const compileModule = (bytes, api) => new Module(kToken, binding.compile(bytes, api));

// --- Instance -----------------------------------------------------------------

// The binding's import list for `module` from a JS import object (the spec's
// "read the imports"), with V8's errors.
function readImports(id, importObject, api) {
  const imports = binding.moduleImports(id);
  if (imports.length > 0 && importObject === undefined) {
    throw new TypeError(`${api}: Imports argument must be present and must be an object`);
  }
  const out = [];
  for (let i = 0; i < imports.length; i++) {
    const [mod, name, kind, valueType, mutable] = imports[i];
    const o = importObject[mod];
    if (!isObject(o)) throw new TypeError(`${api}: Import #${i} module="${mod}" error: module is not an object or function`);
    const v = o[name];
    const fail = (msg) => new LinkError(`${api}: Import #${i} module="${mod}" function="${name}" error: ${msg}`);
    switch (kind) {
      case 'function':
        if (typeof v !== 'function') throw fail('function import requires a callable');
        out.push(v);
        break;
      case 'global':
        if (v instanceof Global) {
          const [t, m] = binding.globalType(globalId(v));
          if (m !== mutable) throw fail('imported global does not match the expected mutability');
          if (t !== valueType) throw fail('imported global does not match the expected type');
          out.push(globalId(v));
        } else if (mutable) {
          throw fail('imported mutable global must be a WebAssembly.Global object');
        } else if (globalValueFits(valueType, v)) {
          out.push([v]);
        } else {
          throw fail('global import must be a number, valid Wasm reference, or WebAssembly.Global object');
        }
        break;
      case 'memory':
        if (!(v instanceof Memory)) throw fail('memory import must be a WebAssembly.Memory object');
        out.push(memoryId(v));
        break;
      case 'table':
        if (!(v instanceof Table)) throw fail('table import requires a WebAssembly.Table');
        out.push(tableId(v));
        break;
      default:
        throw fail(`${kind} imports are not supported`);
    }
  }
  return out;
}

// Whether a plain value can be imported as an immutable global of `type`.
function globalValueFits(type, v) {
  switch (type) {
    case 'i64': return typeof v === 'bigint';
    case 'externref': return true;
    case 'anyfunc': return v === null || binding.isWasmFunction(v);
    default: return typeof v === 'number';
  }
}

function instantiateModule(module, importObject, api) {
  const id = moduleId(module, api);
  if (importObject !== undefined && !isObject(importObject)) {
    throw new TypeError(`${api}: Argument 1 must be an object`);
  }
  const list = binding.instantiate(id, readImports(id, importObject, api), api);
  const exports = { __proto__: null };
  for (const [name, kind, value] of list) {
    switch (kind) {
      case 'function': exports[name] = value; break;
      case 'memory': exports[name] = wrapMemory(value); break;
      case 'table': exports[name] = wrapTable(value); break;
      case 'global': exports[name] = wrapGlobal(value); break;
    }
  }
  return new Instance(kToken, Object.freeze(exports));
}

class Instance {
  #exports;
  constructor(module, importObject) {
    if (module === kToken) {
      this.#exports = importObject;
      return;
    }
    return instantiateModule(module, importObject, 'WebAssembly.Instance()');
  }

  get exports() {
    return this.#exports;
  }
}
tag(Instance, 'WebAssembly.Instance');
enumerable(Instance.prototype, ['exports']);

// --- Memory -------------------------------------------------------------------

const memories = [];
let memoryId;

// A memory's buffer aliases wasm memory that moves when it grows: the binding detaches
// the buffers it handed out, but QuickJS's transfer() would move the bytes into an
// ArrayBuffer it does not know. The JS API makes these buffers non-detachable; so here.
const memoryBuffers = new WeakSet();
for (const name of ['transfer', 'transferToFixedLength', 'transferToImmutable']) {
  const original = ArrayBuffer.prototype[name];
  if (typeof original !== 'function') continue;
  const guarded = {
    [name](...args) {
      if (memoryBuffers.has(this)) {
        throw new TypeError(`Cannot perform ArrayBuffer.prototype.${name} on a WebAssembly.Memory buffer`);
      }
      return Reflect.apply(original, this, args);
    },
  }[name];
  Object.defineProperty(ArrayBuffer.prototype, name, { value: guarded, writable: true, configurable: true });
}

class Memory {
  #id;
  #buffer;
  constructor(descriptor) {
    if (descriptor === kToken) {
      this.#id = arguments[1];
      return;
    }
    const api = 'WebAssembly.Memory()';
    if (!isObject(descriptor)) throw new TypeError(`${api}: Argument 0 must be a memory descriptor`);
    if (descriptor.initial === undefined) throw new TypeError(`${api}: Property 'initial' is required`);
    const initial = enforceRange(descriptor.initial, api, 'initial', 65536);
    let maximum;
    if (descriptor.maximum !== undefined) {
      maximum = enforceRange(descriptor.maximum, api, 'maximum', 65536);
      if (maximum < initial) {
        throw new RangeError(`${api}: Property 'maximum': value ${maximum} is below the lower bound ${initial}`);
      }
    }
    if (descriptor.shared) throw new TypeError(`${api}: shared memories are not supported`);
    this.#id = binding.memNew(initial, maximum);
    memories[this.#id] = this;
  }

  grow(delta) {
    const id = memoryId(this);
    return binding.memGrow(id, argIndex(delta, 'WebAssembly.Memory.grow()'));
  }

  get buffer() {
    const buffer = binding.memBuffer(memoryId(this));
    if (buffer !== this.#buffer) {
      this.#buffer = buffer;
      memoryBuffers.add(buffer);
    }
    return buffer;
  }

  static {
    memoryId = (m) => {
      if (!isObject(m) || !(#id in m)) throw new TypeError('Receiver is not a WebAssembly.Memory');
      return m.#id;
    };
  }
}
tag(Memory, 'WebAssembly.Memory');
enumerable(Memory.prototype, ['grow', 'buffer']);

function wrapMemory(id) {
  return memories[id] ??= new Memory(kToken, id);
}

// --- Table --------------------------------------------------------------------

const tables = [];
let tableId;
const defaultRef = (element) => (element === 'externref' ? undefined : null);

class Table {
  #id;
  constructor(descriptor, value) {
    if (descriptor === kToken) {
      this.#id = value;
      return;
    }
    const api = 'WebAssembly.Table()';
    if (!isObject(descriptor)) throw new TypeError(`${api}: Argument 0 must be a table descriptor`);
    let element = descriptor.element;
    if (element === 'funcref') element = 'anyfunc';
    if (element !== 'anyfunc' && element !== 'externref') {
      throw new TypeError(`${api}: Descriptor property 'element' must be a WebAssembly reference type`);
    }
    if (descriptor.initial === undefined) throw new TypeError(`${api}: Property 'initial' is required`);
    const initial = enforceRange(descriptor.initial, api, 'initial', 10000000);
    let maximum;
    if (descriptor.maximum !== undefined) {
      maximum = enforceRange(descriptor.maximum, api, 'maximum', 0xffffffff);
      if (maximum < initial) {
        throw new RangeError(`${api}: Property 'maximum': value ${maximum} is below the lower bound ${initial}`);
      }
    }
    const init = arguments.length < 2 || value === undefined ? defaultRef(element) : value;
    this.#id = binding.tableNew(element, initial, maximum, checkRef(element, init,
      `${api}: Argument 2 must be undefined or a value of type compatible with the type of the new table: `, '.'));
    tables[this.#id] = this;
  }

  get length() {
    return binding.tableLength(tableId(this));
  }

  grow(delta, value) {
    const id = tableId(this);
    const api = 'WebAssembly.Table.grow()';
    const n = argIndex(delta, api);
    const element = binding.tableElement(id);
    const v = arguments.length < 2 ? defaultRef(element) : value;
    checkRef(element, v, `${api}: Argument 1 is invalid: `);
    const old = binding.tableGrow(id, n, v);
    if (old < 0) throw new RangeError(`${api}: failed to grow table by ${n}`);
    return old;
  }

  set(index, value) {
    const id = tableId(this);
    const api = 'WebAssembly.Table.set()';
    const i = argIndex(index, api);
    // V8 says "function table" whatever the element type.
    if (i >= binding.tableLength(id)) throw new RangeError(`${api}: invalid index ${i} into function table`);
    const element = binding.tableElement(id);
    const v = arguments.length < 2 ? defaultRef(element) : value;
    binding.tableSet(id, i, checkRef(element, v, `${api}: Argument 1 is invalid for table: `));
  }

  get(index) {
    const id = tableId(this);
    const i = argIndex(index, 'WebAssembly.Table.get()');
    if (i >= binding.tableLength(id)) {
      throw new RangeError(`WebAssembly.Table.get(): invalid index ${i} into function table`);
    }
    return binding.tableGet(id, i);
  }

  static {
    tableId = (t) => {
      if (!isObject(t) || !(#id in t)) throw new TypeError('Receiver is not a WebAssembly.Table');
      return t.#id;
    };
  }
}
tag(Table, 'WebAssembly.Table');
enumerable(Table.prototype, ['length', 'grow', 'set', 'get']);

// A funcref must be null or a function that came out of wasm.
function checkRef(element, v, prefix, suffix = '') {
  if (element === 'anyfunc' && v !== null && !binding.isWasmFunction(v)) {
    throw new TypeError(`${prefix}function-typed object must be null (if nullable) or a Wasm function object${suffix}`);
  }
  return v;
}

function wrapTable(id) {
  return tables[id] ??= new Table(kToken, id);
}

// --- Global -------------------------------------------------------------------

const globals = [];
let globalId;
const valueTypes = ['i32', 'i64', 'f32', 'f64', 'anyfunc', 'externref'];

function defaultValue(type) {
  switch (type) {
    case 'i64': return 0n;
    case 'anyfunc': return null;
    case 'externref': return undefined;
    default: return 0;
  }
}

class Global {
  #id;
  #mutable;
  constructor(descriptor, value) {
    if (descriptor === kToken) {
      this.#id = value;
      this.#mutable = binding.globalType(value)[1];
      return;
    }
    const api = 'WebAssembly.Global()';
    if (!isObject(descriptor)) throw new TypeError(`${api}: Argument 0 must be a global descriptor`);
    const mutable = !!descriptor.mutable;
    let type = descriptor.value;
    if (type === 'funcref') type = 'anyfunc';
    if (!valueTypes.includes(type)) {
      throw new TypeError(`${api}: Descriptor property 'value' must be a WebAssembly type`);
    }
    let v = value === undefined ? defaultValue(type) : value;
    if (type === 'anyfunc') checkRef('anyfunc', v, `${api}: `);
    this.#id = binding.globalNew(type, mutable, v);
    this.#mutable = mutable;
    globals[this.#id] = this;
  }

  valueOf() {
    return binding.globalGet(globalId(this));
  }

  get value() {
    return binding.globalGet(globalId(this));
  }

  set value(v) {
    const id = globalId(this);
    if (!this.#mutable) {
      throw new TypeError("set WebAssembly.Global.value: Can't set the value of an immutable global.");
    }
    if (arguments.length === 0) throw new TypeError('set WebAssembly.Global.value: Argument 0 is required');
    if (binding.globalType(id)[0] === 'anyfunc') checkRef('anyfunc', v, 'set WebAssembly.Global.value: ');
    binding.globalSet(id, v);
  }

  static {
    globalId = (g) => {
      if (!isObject(g) || !(#id in g)) throw new TypeError('Receiver is not a WebAssembly.Global');
      return g.#id;
    };
  }
}
tag(Global, 'WebAssembly.Global');
enumerable(Global.prototype, ['valueOf', 'value']);

function wrapGlobal(id) {
  return globals[id] ??= new Global(kToken, id);
}

// --- namespace functions ------------------------------------------------------

function validate(bytes) {
  return binding.validate(toBytes(bytes, 'WebAssembly.validate()'));
}

// Compilation is synchronous here; the promise API still settles asynchronously.
function compile(bytes) {
  return new Promise((resolve) => {
    const api = 'WebAssembly.compile()';
    resolve(compileModule(toBytes(bytes, api), api));
  });
}

function instantiate(source, importObject) {
  const api = 'WebAssembly.instantiate()';
  return new Promise((resolve) => {
    if (source instanceof Module) {
      resolve(instantiateModule(source, importObject, api));
      return;
    }
    const bytes = toBytes(source, api, 'Argument 0 must be a buffer source or a WebAssembly.Module object');
    if (importObject !== undefined && !isObject(importObject)) {
      throw new TypeError(`${api}: Argument 1 must be an object`);
    }
    const module = compileModule(bytes, api);
    resolve({ module, instance: instantiateModule(module, importObject, api) });
  });
}

// Node's ERR_WEBASSEMBLY_RESPONSE (lib/internal/wasm_web_api.js).
function responseError(message) {
  const err = new TypeError(`WebAssembly response ${message}`);
  Object.defineProperty(err, 'code', { value: 'ERR_WEBASSEMBLY_RESPONSE', enumerable: true, writable: true, configurable: true });
  return err;
}

async function responseBytes(source) {
  const response = await source;
  const { Response } = require('internal/fetch');
  if (!(response instanceof Response)) {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('source', ['Response', 'Promise resolving to Response'], response);
  }
  const type = response.headers.get('content-type');
  if (type !== 'application/wasm') throw responseError(`has unsupported MIME type '${type}'`);
  if (!response.ok) throw responseError(`has status code ${response.status}`);
  if (response.bodyUsed !== false) throw responseError('body has already been used');
  return new Uint8Array(await response.arrayBuffer());
}

function compileStreaming(source) {
  const api = 'WebAssembly.compileStreaming()';
  return responseBytes(source).then((bytes) => compileModule(bytes, api));
}

function instantiateStreaming(source, importObject) {
  const api = 'WebAssembly.instantiateStreaming()';
  return responseBytes(source).then((bytes) => {
    const module = compileModule(bytes, api);
    return { module, instance: instantiateModule(module, importObject, api) };
  });
}

// WebIDL lengths count required arguments only.
for (const f of [instantiate, instantiateStreaming, Instance, Table, Global, Table.prototype.set, Table.prototype.grow]) {
  Object.defineProperty(f, 'length', { value: 1, configurable: true });
}

const WebAssembly = {};
for (const [name, value] of Object.entries({ compile, validate, instantiate, compileStreaming, instantiateStreaming })) {
  Object.defineProperty(WebAssembly, name, { value, writable: true, enumerable: true, configurable: true });
}
for (const [name, value] of Object.entries({ Module, Instance, Table, Memory, Global, CompileError, LinkError, RuntimeError })) {
  Object.defineProperty(WebAssembly, name, { value, writable: true, enumerable: false, configurable: true });
}
Object.defineProperty(WebAssembly, Symbol.toStringTag, { value: 'WebAssembly', configurable: true });

module.exports = { WebAssembly };
