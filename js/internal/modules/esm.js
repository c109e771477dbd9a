'use strict';
// ES modules. QuickJS owns linking and evaluation; these hooks (called from
// runtime/src/esm.rs) resolve specifiers and produce the source QuickJS compiles.
// Module names are absolute file paths (or 'node:x'); import.meta.url is the file URL.
// CommonJS, JSON and built-ins are imported through small generated facades.

const fsBinding = internalBinding('fs');
const { setHook } = internalBinding('timers');
const path = require('path');
const pkgJson = require('internal/modules/package_json');
const { Module, isBuiltin } = require('internal/modules/cjs/loader');
const {
  codes: { ERR_MODULE_NOT_FOUND, ERR_UNSUPPORTED_DIR_IMPORT, ERR_UNKNOWN_FILE_EXTENSION, ERR_UNKNOWN_BUILTIN_MODULE },
} = require('internal/errors');

const { markESM } = require('internal/bootstrap/stack');
const sourceMaps = require('internal/source_map/source_map_cache');

const ESM_CONDITIONS = ['import', 'node', 'node-addons'];
const BRIDGE = Symbol.for('minode.esm.bridge');

let urlModule;
const url = () => (urlModule ??= require('internal/url'));

// "<input>" is eval or new Function code that no script frame was found for (the
// engine looks for the nearest one): resolve against the main module, as its code
// created the function.
function mainDir() {
  const main = require('internal/modules/cjs/loader').getMain();
  const file = main?.filename ?? process.argv[1];
  return typeof file === 'string' && path.isAbsolute(file) ? path.dirname(file) : process.cwd();
}

function baseDir(base) {
  if (base === '<input>') return mainDir();
  if (!base || base.startsWith('node:') || !path.isAbsolute(base)) return process.cwd();
  return path.dirname(base);
}

function fileExists(file) {
  return fsBinding.internalModuleStat(file) === 0;
}

function resolveFile(file, specifier, base) {
  const s = fsBinding.internalModuleStat(file);
  if (s === 1) throw new ERR_UNSUPPORTED_DIR_IMPORT(file, base || process.cwd());
  if (s !== 0) throw new ERR_MODULE_NOT_FOUND(file, base || process.cwd(), 'module');
  try {
    return fsBinding.realpath(file);
  } catch {
    return file;
  }
}

// Node's legacy main lookup for packages without "exports".
function legacyMain(pkgDir, pkg) {
  const main = pkg && typeof pkg.main === 'string' ? pkg.main : null;
  const tries = main
    ? [main, main + '.js', main + '.json', main + '.node', main + '/index.js', main + '/index.json', 'index.js']
    : ['index.js', 'index.json'];
  for (const t of tries) {
    const f = path.resolve(pkgDir, t);
    if (fileExists(f)) return f;
  }
  return null;
}

function resolvePackage(specifier, base) {
  const [name, subpath] = pkgJson.splitSpecifier(specifier);
  // Self-reference.
  const scope = pkgJson.findScope(baseDir(base));
  if (scope && scope.name === name && scope.exports != null) {
    return pkgJson.resolveExports(scope, subpath, ESM_CONDITIONS, base);
  }
  for (const dir of Module._nodeModulePaths(baseDir(base))) {
    const pkgDir = path.join(dir, name);
    if (fsBinding.internalModuleStat(pkgDir) !== 1) continue;
    const pkg = pkgJson.read(pkgDir);
    if (pkg && pkg.exports != null) return pkgJson.resolveExports(pkg, subpath, ESM_CONDITIONS, base);
    if (subpath === '.') {
      const main = legacyMain(pkgDir, pkg);
      if (main) return main;
      break;
    }
    return path.join(pkgDir, subpath);
  }
  throw new ERR_MODULE_NOT_FOUND(name, base || process.cwd(), 'package');
}

function esmResolve(specifier, base) {
  if (specifier.startsWith('node:')) {
    if (!isBuiltin(specifier)) throw new ERR_UNKNOWN_BUILTIN_MODULE(specifier);
    return specifier;
  }
  if (isBuiltin(specifier)) return 'node:' + specifier;
  if (specifier.startsWith('file:')) return resolveFile(url().fileURLToPath(specifier), specifier, base);
  if (specifier.startsWith('data:')) return specifier;
  if (path.isAbsolute(specifier)) return resolveFile(specifier, specifier, base);
  if (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..') {
    return resolveFile(path.resolve(baseDir(base), decodeURIComponent(specifier)), specifier, base);
  }
  if (specifier[0] === '#') {
    const r = pkgJson.resolveImports(specifier, baseDir(base), ESM_CONDITIONS, base);
    return r.file ? resolveFile(r.file, specifier, base) : esmResolve(r.bare, base);
  }
  return resolveFile(resolvePackage(specifier, base), specifier, base);
}

const IDENT = /^[A-Za-z_$][\w$]*$/;

// `export default m; export { m.a as a, ... }` for an object of known keys.
function facade(access, keys) {
  let src = `const __m = ${access};\nexport default __m;\n`;
  let i = 0;
  const names = [];
  for (const key of keys) {
    if (key === 'default' || !IDENT.test(key)) continue;
    src += `const __e${i} = __m[${JSON.stringify(key)}];\n`;
    names.push(`__e${i} as ${key}`);
    i++;
  }
  if (names.length) src += `export { ${names.join(', ')} };\n`;
  return src;
}

function format(file) {
  const ext = path.extname(file);
  if (ext === '.mjs') return 'module';
  if (ext === '.cjs') return 'commonjs';
  if (ext === '.json') return 'json';
  if (ext === '.node') return 'addon';
  if (ext === '.js' || ext === '') return pkgJson.packageType(path.dirname(file));
  const type = pkgJson.packageType(path.dirname(file));
  if (type === 'module') throw new ERR_UNKNOWN_FILE_EXTENSION(ext, file);
  return 'commonjs';
}

const bridge = {
  builtin: (id) => require('internal/modules/cjs/loader').Module._load(id, null, false),
  cjs: (file) => Module._load(file, null, false),
};
Object.defineProperty(globalThis, BRIDGE, { value: bridge, enumerable: false, configurable: false, writable: false });
const access = (kind, arg) => `globalThis[Symbol.for('minode.esm.bridge')].${kind}(${JSON.stringify(arg)})`;

function esmLoad(name) {
  if (name.startsWith('node:')) {
    const id = name.slice(5);
    const exports = bridge.builtin(isBuiltin(id) ? id : name);
    return facade(access('builtin', id), Object.keys(exports));
  }
  if (name.startsWith('data:')) {
    const m = /^data:([^,;]*)(;base64)?,(.*)$/s.exec(name);
    if (!m) throw new ERR_MODULE_NOT_FOUND(name, '', 'module');
    const body = m[2] ? require('buffer').Buffer.from(m[3], 'base64').toString() : decodeURIComponent(m[3]);
    if (m[1] === 'application/json') return `export default ${body};`;
    return body;
  }
  switch (format(name)) {
    case 'module': {
      let src = fsBinding.readFileUtf8(name);
      if (src.startsWith('#!')) src = '//' + src.slice(2);
      markESM(name); // stack frames show file:// URLs for ES modules
      if (sourceMaps.getSourceMapsEnabled()) sourceMaps.maybeCacheSourceMap(name, src);
      return src;
    }
    case 'json':
      return `export default ${access('cjs', name)};`;
    case 'commonjs': {
      const exports = bridge.cjs(name);
      const keys = exports !== null && (typeof exports === 'object' || typeof exports === 'function')
        ? Object.keys(exports) : [];
      return facade(access('cjs', name), keys);
    }
    default:
      throw new ERR_UNKNOWN_FILE_EXTENSION(path.extname(name), name);
  }
}

function esmInitMeta(meta, name) {
  if (name.startsWith('node:') || name.startsWith('data:')) {
    meta.url = name;
    return;
  }
  meta.url = url().pathToFileURL(name).href;
  meta.filename = name;
  meta.dirname = path.dirname(name);
  meta.resolve = (specifier) => {
    const r = esmResolve(String(specifier), name);
    return r.startsWith('node:') || r.startsWith('data:') ? r : url().pathToFileURL(r).href;
  };
}

setHook('esmResolve', esmResolve);
setHook('esmLoad', esmLoad);
setHook('esmInitMeta', esmInitMeta);

// Import the main module (an absolute path) and report a rejection as uncaught.
function runMainESM(file) {
  const promise = internalBinding('engine').importModule(file);
  return promise;
}

module.exports = { esmResolve, runMainESM, format };
