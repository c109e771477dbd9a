'use strict';
// CommonJS: Module, require, resolution through node_modules and package.json.

const fsBinding = internalBinding('fs');
const { compileFunction } = internalBinding('contextify');
const requireBuiltin = require;
const path = require('path');
const pkgJson = require('internal/modules/package_json');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_REQUIRE_ASYNC_MODULE, ERR_UNKNOWN_BUILTIN_MODULE } } = require('internal/errors');

const sourceMaps = require('internal/source_map/source_map_cache');

const CJS_CONDITIONS = ['require', 'node', 'node-addons'];
const statCache = new Map();
const relativeResolveCache = Object.create(null);

function stat(file) {
  let s = statCache.get(file);
  if (s === undefined) {
    s = fsBinding.internalModuleStat(file);
    statCache.set(file, s);
  }
  return s;
}

function isBuiltin(id) {
  if (id.startsWith('node:')) return requireBuiltin.canBeRequiredWithScheme(id.slice(5));
  return requireBuiltin.canBeRequiredByUsers(id);
}

class Module {
  constructor(id = '', parent) {
    this.id = id;
    this.path = path.dirname(id);
    this.exports = {};
    this.filename = null;
    this.loaded = false;
    this.children = [];
    this.paths = undefined;
    Object.defineProperty(this, 'parent', { value: parent, writable: true, enumerable: false, configurable: true });
    if (parent && parent.children) parent.children.push(this);
  }

  require(id) {
    if (typeof id !== 'string') throw new ERR_INVALID_ARG_TYPE('id', 'string', id);
    if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
    return Module._load(id, this, false);
  }

  load(filename) {
    this.filename = filename;
    this.paths = Module._nodeModulePaths(path.dirname(filename));
    let ext = path.extname(filename);
    if (ext === '.mjs' || (ext === '.js' && Module._extensions['.js'].isDefault &&
        pkgJson.packageType(path.dirname(filename)) === 'module')) {
      this.exports = requireESM(filename, this.parent?.filename);
      this.loaded = true;
      return;
    }
    if (!Object.hasOwn(Module._extensions, ext)) ext = '.js';
    Module._extensions[ext](this, filename);
    this.loaded = true;
  }

  _compile(content, filename) {
    if (content.charCodeAt(0) === 0xfeff) content = content.slice(1);
    if (content.startsWith('#!')) content = '//' + content.slice(2);
    if (sourceMaps.getSourceMapsEnabled()) sourceMaps.maybeCacheSourceMap(filename, content);
    const fn = compileWrapper(content, filename);
    const require = makeRequireFunction(this);
    const dirname = path.dirname(filename);
    return fn.call(this.exports, this.exports, require, this, filename, dirname);
  }
}

// The module wrapper, compiled so that the module's own line 1 is line 1 with its own
// columns: a direct eval in a function named __minode_vm_eval__0 (compiled under the
// module's filename) compiles under that filename starting at line 0 (an engine patch),
// and the wrapper's head takes line 0.
function compileWrapper(content, filename) {
  const runner = compileFunction(
    'return function __minode_vm_eval__0(__minode_src__) { return eval(__minode_src__); };', filename, [])();
  return runner(`(function (exports, require, module, __filename, __dirname) {\n${content}\n})`);
}

// require(esm), as in Node 22 / 20.19+: an ES module graph without top-level await
// evaluates synchronously; its namespace object is what require() returns (or its
// "module.exports" export, when it has one).
function requireESM(filename, parentPath) {
  const { getPromiseState } = internalBinding('types');
  const promise = internalBinding('engine').importModule(filename);
  internalBinding('timers').runMicrotasks();
  const [state, result] = getPromiseState(promise);
  if (state === 2) {
    promise.catch(() => {});
    throw result;
  }
  if (state === 0) {
    promise.catch(() => {});
    throw new ERR_REQUIRE_ASYNC_MODULE(filename, parentPath);
  }
  // A module can pick what require() returns by exporting the name "module.exports".
  if (result !== null && typeof result === 'object' && 'module.exports' in result) return result['module.exports'];
  return result;
}

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.globalPaths = [];
Module.builtinModules = requireBuiltin.builtinIds.slice();
Module.isBuiltin = isBuiltin;
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];
Module.Module = Module;

Module._extensions['.js'] = function (module, filename) {
  module._compile(fsBinding.readFileUtf8(filename), filename);
};
Module._extensions['.js'].isDefault = true;
Module._extensions['.json'] = function (module, filename) {
  const content = fsBinding.readFileUtf8(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};
Module._extensions['.node'] = function (module, filename) {
  const err = new Error(`Cannot load native addon ${filename}: minode does not support Node-API addons`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

Module._nodeModulePaths = function (from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/') || '/';
    paths.push((dir === '/' ? '' : dir) + '/node_modules');
  }
  paths.push('/node_modules');
  return [...new Set(paths)];
};

Module._initPaths = function () {
  const home = process.env.HOME;
  const paths = [];
  if (home) paths.push(path.resolve(home, '.node_modules'), path.resolve(home, '.node_libraries'));
  const nodePath = process.env.NODE_PATH;
  Module.globalPaths = (nodePath ? nodePath.split(':').filter(Boolean) : []).concat(paths);
};
Module._initPaths();

Module._resolveLookupPaths = function (request, parent) {
  if (isBuiltin(request)) return null;
  if (request[0] !== '.' || (request.length > 1 && request[1] !== '.' && request[1] !== '/')) {
    const base = parent?.paths?.length ? parent.paths : Module._nodeModulePaths(process.cwd());
    return base.concat(Module.globalPaths);
  }
  return [parent?.filename ? path.dirname(parent.filename) : process.cwd()];
};

const EXTENSIONS = () => Object.keys(Module._extensions);

function tryFile(file) {
  return stat(file) === 0 ? toRealPath(file) : false;
}

function toRealPath(file) {
  try {
    return fsBinding.realpath(file);
  } catch {
    return file;
  }
}

function tryExtensions(base) {
  for (const ext of EXTENSIONS()) {
    const f = tryFile(base + ext);
    if (f) return f;
  }
  return false;
}

function tryPackage(dir, originalPath) {
  const pkg = pkgJson.read(dir);
  const main = pkg && typeof pkg.main === 'string' ? pkg.main : undefined;
  if (!main) return tryExtensions(path.join(dir, 'index'));
  const file = path.resolve(dir, main);
  const found = tryFile(file) || tryExtensions(file) || tryExtensions(path.join(file, 'index'));
  if (found) return found;
  const fallback = tryExtensions(path.join(dir, 'index'));
  if (fallback) return fallback;
  const err = new Error(`Cannot find module '${file}'. Please verify that the package.json has a valid "main" entry`);
  err.code = 'MODULE_NOT_FOUND';
  err.path = path.join(dir, 'package.json');
  err.requestPath = originalPath;
  throw err;
}

// A file or directory at `base` (already absolute).
function resolveAsPath(base, trailingSlash) {
  if (!trailingSlash) {
    const s = stat(base);
    if (s === 0) return toRealPath(base);
    const f = tryExtensions(base);
    if (f) return f;
    if (s !== 1) return false;
  }
  if (stat(base) === 1) return tryPackage(base, base);
  return false;
}

function resolveInPackage(dir, specifier, request) {
  const [name, subpath] = pkgJson.splitSpecifier(specifier);
  const pkgDir = path.join(dir, name);
  const pkg = stat(pkgDir) === 1 ? pkgJson.read(pkgDir) : null;
  if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
    const file = pkgJson.resolveExports(pkg, subpath, CJS_CONDITIONS);
    return tryFile(file) || tryExtensions(file) || (() => {
      const err = new Error(`Cannot find module '${file}'`);
      err.code = 'MODULE_NOT_FOUND';
      throw err;
    })();
  }
  return resolveAsPath(path.join(dir, specifier), request.endsWith('/'));
}

Module._findPath = function (request, paths, isMain) {
  const absolute = path.isAbsolute(request);
  if (absolute) paths = [''];
  const cacheKey = request + '\x00' + paths.join('\x00');
  const cached = Module._pathCache[cacheKey];
  if (cached) return cached;
  const trailingSlash = request.endsWith('/') || request.endsWith('/.') || request.endsWith('/..') || request === '.' || request === '..';
  for (const dir of paths) {
    let found;
    if (absolute || request[0] === '.') {
      found = resolveAsPath(path.resolve(dir, request), trailingSlash);
    } else {
      if (stat(dir) !== 1) continue;
      found = resolveInPackage(dir, request, request);
    }
    if (found) {
      Module._pathCache[cacheKey] = found;
      return found;
    }
  }
  return false;
};

function notFound(request, parent) {
  const requireStack = [];
  for (let p = parent; p; p = p.parent) if (p.filename || p.id) requireStack.push(p.filename || p.id);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length) message += '\nRequire stack:\n- ' + requireStack.join('\n- ');
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  return err;
}

Module._resolveFilename = function (request, parent, isMain, options) {
  if (isBuiltin(request)) return request;
  let paths;
  if (options && options.paths) {
    if (!Array.isArray(options.paths)) throw new ERR_INVALID_ARG_VALUE('options.paths', options.paths);
    paths = [];
    const fake = new Module('', null);
    for (const p of options.paths) {
      if (request[0] === '.' || path.isAbsolute(request)) paths.push(p);
      else {
        fake.paths = Module._nodeModulePaths(p);
        for (const lp of Module._resolveLookupPaths(request, fake)) if (!paths.includes(lp)) paths.push(lp);
      }
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }
  if (request[0] === '#') {
    const from = parent?.filename ? path.dirname(parent.filename) : process.cwd();
    const r = pkgJson.resolveImports(request, from, CJS_CONDITIONS, parent?.filename);
    if (r.file) {
      const f = tryFile(r.file) || tryExtensions(r.file);
      if (f) return f;
    } else if (r.bare) {
      return Module._resolveFilename(r.bare, parent, isMain);
    }
  }
  // A package may require itself by name through its own "exports".
  if (parent?.filename && request[0] !== '.' && !path.isAbsolute(request)) {
    const scope = pkgJson.findScope(path.dirname(parent.filename));
    if (scope && scope.name && scope.exports != null) {
      const [name, subpath] = pkgJson.splitSpecifier(request);
      if (name === scope.name) {
        const file = pkgJson.resolveExports(scope, subpath, CJS_CONDITIONS);
        const f = tryFile(file) || tryExtensions(file);
        if (f) return f;
      }
    }
  }
  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  throw notFound(request, parent);
};

Module._load = function (request, parent, isMain) {
  let relKey;
  if (parent?.filename) {
    relKey = parent.path + '\x00' + request;
    const cachedName = relativeResolveCache[relKey];
    if (cachedName !== undefined) {
      const cached = Module._cache[cachedName];
      if (cached !== undefined) {
        updateChildren(parent, cached);
        return cached.exports;
      }
    }
  }
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!requireBuiltin.canBeRequiredWithScheme(id)) throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    return requireBuiltin(id);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    updateChildren(parent, cached);
    if (relKey) relativeResolveCache[relKey] = filename;
    return cached.exports;
  }
  if (isBuiltin(filename)) return requireBuiltin(filename);

  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
    mainModule = module;
  }
  Module._cache[filename] = module;
  if (relKey) relativeResolveCache[relKey] = filename;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent) {
        const i = parent.children.indexOf(module);
        if (i !== -1) parent.children.splice(i, 1);
      }
      if (relKey) delete relativeResolveCache[relKey];
    }
  }
  return module.exports;
};

function updateChildren(parent, child) {
  if (parent && parent.children && !parent.children.includes(child)) parent.children.push(child);
}

let mainModule;

function makeRequireFunction(mod) {
  const require = function require(id) {
    return mod.require(id);
  };
  function resolve(request, options) {
    if (typeof request !== 'string') throw new ERR_INVALID_ARG_TYPE('request', 'string', request);
    return Module._resolveFilename(request, mod, false, options);
  }
  resolve.paths = function paths(request) {
    if (typeof request !== 'string') throw new ERR_INVALID_ARG_TYPE('request', 'string', request);
    return Module._resolveLookupPaths(request, mod);
  };
  require.resolve = resolve;
  Object.defineProperty(require, 'main', { get: () => mainModule, enumerable: true, configurable: true });
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

function createRequire(filename) {
  let file = filename;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    file = require('internal/url').fileURLToPath(filename);
  } else if (typeof filename === 'string' && filename.startsWith('file:')) {
    file = require('internal/url').fileURLToPath(filename);
  } else if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    throw new ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  }
  const trailing = file.endsWith('/');
  const proxyPath = trailing ? path.join(file, 'noop.js') : file;
  const m = new Module(proxyPath, null);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
}
Module.createRequire = createRequire;

Module.runMain = function (main = process.argv[1]) {
  Module._load(main, null, true);
};

Module.syncBuiltinESMExports = function () {};
Module.findSourceMap = sourceMaps.findSourceMap;
Object.defineProperty(Module, 'SourceMap', {
  get: () => require('internal/source_map/source_map').SourceMap,
  enumerable: true,
  configurable: true,
});

// -r/--require preloading, as ts-node's register() calls it.
Module._preloadModules = function (requests) {
  if (!Array.isArray(requests)) return;
  const parent = new Module('internal/preload', null);
  try {
    parent.paths = Module._nodeModulePaths(process.cwd());
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  for (const request of requests) parent.require(request);
};
Module.register = function () {};
Module.enableCompileCache = function () { return { status: 0 }; };
Module.constants = { compileCacheStatus: { FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 } };

module.exports = { Module, makeRequireFunction, isBuiltin, CJS_CONDITIONS, tryFile, tryExtensions, getMain: () => mainModule };
