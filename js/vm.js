'use strict';
// vm: compile and run code. runInThisContext is a plain global eval.
//
// Limitation: minode runs one QuickJS realm, so a "context" is not a separate global
// with its own builtins. createContext() marks an object; runInContext() evaluates
// the code in a `with` scope over a proxy of that object, so reads see the object's
// properties (then the real globals), and assignments, `var` and top-level function
// declarations land on the object. Builtins (Array, Object, ...) are shared with the
// main realm, top-level let/const do not persist between runs, and the `timeout`,
// `breakOnSigint`, `columnOffset` and `cachedData` options are accepted but ignored.

const contextify = internalBinding('contextify');
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const {
  validateString, validateObject, validateArray, validateBoolean, validateInt32,
} = require('internal/validators');
const { kEmptyObject } = require('internal/util');

const contexts = new WeakMap();

function isContext(object) {
  validateObject(object, 'object', { allowArray: true });
  return contexts.has(object);
}

const constants = Object.freeze({
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
});

function createContext(contextObject = {}, options = kEmptyObject) {
  // DONT_CONTEXTIFY asks for a context whose global is an ordinary object: here a fresh
  // context object (lookups fall back to the shared builtins, as for any context).
  if (contextObject === constants.DONT_CONTEXTIFY) contextObject = {};
  if (contextObject !== undefined && contextObject !== null && typeof contextObject === 'object' &&
      contexts.has(contextObject)) {
    return contextObject;
  }
  validateObject(contextObject, 'contextObject', { allowArray: true });
  validateObject(options, 'options');
  const { name, origin, codeGeneration, microtaskMode } = options;
  if (name !== undefined) validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) validateObject(codeGeneration, 'options.codeGeneration');
  if (microtaskMode !== undefined && microtaskMode !== 'afterEvaluate') {
    throw new ERR_INVALID_ARG_TYPE('options.microtaskMode', "'afterEvaluate'", microtaskMode);
  }
  contexts.set(contextObject, makeScope(contextObject));
  return contextObject;
}

// The scope object for `with`: every identifier resolves through it, so assignments
// and `var` initializers reach the context object; names it lacks fall back to the
// real global object. `bypass` lets the harvest step below see function-scope names.
const kCode = '__minode_vm_code__';
const kScope = '__minode_vm_scope__';
const kNames = '__minode_vm_names__';
const reserved = new Set([kCode, kScope, kNames]);

function makeScope(sandbox) {
  const state = { bypass: false };
  const proxy = new Proxy(sandbox, {
    has(target, key) {
      if (state.bypass || typeof key === 'symbol' || reserved.has(key)) return false;
      return true;
    },
    get(target, key, receiver) {
      if (key === Symbol.unscopables) return undefined;
      if (key in target) return Reflect.get(target, key);
      if (key === 'globalThis' || key === 'global') return target;
      return globalThis[key];
    },
    set(target, key, value) {
      return Reflect.set(target, key, value);
    },
    deleteProperty(target, key) {
      return Reflect.deleteProperty(target, key);
    },
  });
  return { proxy, state };
}

// Candidate names of top-level function declarations: every `function name` in the
// code. Names that are not bindings of the evaluated scope (nested declarations,
// named function expressions) are skipped by the harvest.
const functionDeclRe = /\bfunction\b\s*\*?\s*([A-Za-z_$][\w$]*)/g;
function topLevelFunctionNames(code) {
  const names = [];
  if (!code.includes('function')) return names;
  for (const m of code.matchAll(functionDeclRe)) if (!names.includes(m[1])) names.push(m[1]);
  return names;
}

// The runner is named __minode_vm_eval__<line> and compiled under the script's
// filename: an engine patch makes its direct eval compile the code under that filename,
// starting at that line (lineOffset + 1), so the script's frames name their file.
const EVAL_RUNNER = '__minode_vm_eval__';
const runners = new Map();
function getRunner(filename, lineOffset) {
  const line = Math.max(0, (lineOffset | 0) + 1);
  const key = `${line}\0${filename}`;
  let runner = runners.get(key);
  if (runner !== undefined) return runner;
  // Direct eval inside `with`: var declarations go to this function's scope but their
  // initializers assign through the proxy; declared functions are harvested after.
  runner = contextify.compileFunction(
    `return function ${EVAL_RUNNER}${line}(${kScope}, ${kCode}, ${kNames}) {
      with (${kScope}.proxy) {
        return [eval(${kCode}), (function () {
          ${kScope}.state.bypass = true;
          try {
            const out = [];
            for (const n of ${kNames}) {
              try { out.push([n, eval(n)]); } catch { /* not declared */ }
            }
            return out;
          } finally {
            ${kScope}.state.bypass = false;
          }
        })()];
      }
    };`,
    filename,
    [])();
  if (runners.size >= 64) runners.clear();
  runners.set(key, runner);
  return runner;
}

// A function compiled from `source` (a function expression) under `filename`, its body
// starting at line 1 column 1.
function compileNamed(source, filename) {
  const runner = contextify.compileFunction(
    `return function ${EVAL_RUNNER}0(${kCode}) { return eval(${kCode}); };`, filename, [])();
  return runner(source);
}

function runInScope(scope, sandbox, code, filename = 'evalmachine.<anonymous>', lineOffset = 0) {
  const names = topLevelFunctionNames(code);
  const [result, declared] = Reflect.apply(getRunner(filename, lineOffset), sandbox, [scope, code, names]);
  for (const [name, value] of declared) {
    if (typeof value === 'function' && globalThis[name] !== value) sandbox[name] = value;
  }
  return result;
}

function validateContext(contextifiedObject) {
  if (contextifiedObject === null || typeof contextifiedObject !== 'object' || !contexts.has(contextifiedObject)) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

function normalizeOptions(options, defaultFilename = 'evalmachine.<anonymous>') {
  if (typeof options === 'string') return { filename: options };
  if (options === undefined || options === null) return { filename: defaultFilename };
  validateObject(options, 'options');
  const out = { ...options };
  if (out.filename === undefined) out.filename = defaultFilename;
  else validateString(out.filename, 'options.filename');
  if (out.lineOffset !== undefined) validateInt32(out.lineOffset, 'options.lineOffset');
  if (out.columnOffset !== undefined) validateInt32(out.columnOffset, 'options.columnOffset');
  if (out.displayErrors !== undefined) validateBoolean(out.displayErrors, 'options.displayErrors');
  return out;
}

class Script {
  constructor(code, options = kEmptyObject) {
    code = `${code}`;
    const opts = normalizeOptions(options);
    this._code = code;
    this._filename = opts.filename;
    this._lineOffset = opts.lineOffset | 0;
    // Compile now so syntax errors surface at construction, as in Node.
    checkSyntax(code, opts.filename);
    if (opts.cachedData !== undefined) {
      if (!ArrayBuffer.isView(opts.cachedData)) {
        throw new ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], opts.cachedData);
      }
      this.cachedDataRejected = true;
    }
    if (opts.produceCachedData) this.cachedData = require('buffer').Buffer.alloc(0);
  }

  runInThisContext(options = undefined) {
    if (options !== undefined && options !== null) validateObject(options, 'options');
    return contextify.runInThisContext(this._code, this._filename);
  }

  runInContext(contextifiedObject, options = undefined) {
    validateContext(contextifiedObject);
    if (options !== undefined && options !== null) validateObject(options, 'options');
    return runInScope(contexts.get(contextifiedObject), contextifiedObject, this._code, this._filename, this._lineOffset);
  }

  runInNewContext(contextObject, options = undefined) {
    const context = createContext(contextObject, options?.contextName !== undefined || options?.contextOrigin !== undefined
      ? { name: options.contextName, origin: options.contextOrigin } : kEmptyObject);
    return this.runInContext(context, options);
  }

  createCachedData() {
    return require('buffer').Buffer.alloc(0);
  }

  get sourceMapURL() {
    const m = /\/[/*][#@]\s*sourceMappingURL=(\S+)\s*(?:\*\/\s*)?$/m.exec(this._code);
    return m ? m[1] : undefined;
  }
}

// Compiled as the body of a function that is never called (so a top-level `return`,
// a SyntaxError in a script, is not caught here).
function checkSyntax(code, filename) {
  contextify.compileFunction(code, filename, []);
}

function runInThisContext(code, options) {
  const opts = normalizeOptions(options);
  return contextify.runInThisContext(`${code}`, opts.filename);
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  if (typeof options === 'string') options = { filename: options };
  return new Script(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === 'string') options = { filename: options };
  contextObject = createContext(contextObject === undefined ? {} : contextObject,
    options?.contextName !== undefined || options?.contextOrigin !== undefined
      ? { name: options.contextName, origin: options.contextOrigin } : kEmptyObject);
  return new Script(code, options).runInContext(contextObject, options);
}

function compileFunction(code, params = [], options = kEmptyObject) {
  validateString(code, 'code');
  validateArray(params, 'params');
  for (let i = 0; i < params.length; i++) validateString(params[i], `params[${i}]`);
  validateObject(options, 'options');
  const { filename = '', contextExtensions = [], parsingContext } = options;
  validateString(filename, 'options.filename');
  validateArray(contextExtensions, 'options.contextExtensions');
  contextExtensions.forEach((ext, i) => validateObject(ext, `options.contextExtensions[${i}]`, { nullable: true }));
  const scopes = [...contextExtensions];
  if (parsingContext !== undefined) {
    validateContext(parsingContext);
    scopes.unshift(contexts.get(parsingContext).proxy);
  }
  if (scopes.length === 0) return compileNamed(`(function (${params.join(', ')}) {\n${code}\n})`, filename);
  // Wrap the function in one `with` per extension (the last one is searched first).
  let head = '';
  let tail = '';
  scopes.forEach((_, i) => {
    head += `with (${kScope}[${i}]) { `;
    tail += ' }';
  });
  const outer = compileNamed(
    `(function (${kScope}) { ${head}return function (${params.join(', ')}) {\n${code}\n};${tail} })`, filename);
  return outer(scopes);
}

function measureMemory() {
  const { heapStats } = internalBinding('engine');
  const [, used] = heapStats();
  return Promise.resolve({ total: { jsMemoryEstimate: used, jsMemoryRange: [used, used] } });
}

module.exports = {
  Script,
  constants,
  createContext,
  createScript(code, options) { return new Script(code, options); },
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
};
