'use strict';
// package.json reading and the resolution rules both loaders share:
// "exports" / "imports" maps with conditions, and the nearest package scope.

const fsBinding = internalBinding('fs');
const path = require('path');
const { codes: { ERR_PACKAGE_PATH_NOT_EXPORTED, ERR_INVALID_PACKAGE_TARGET, ERR_PACKAGE_IMPORT_NOT_DEFINED } } = require('internal/errors');

const cache = new Map();

// The parsed package.json in `dir`, or null.
function read(dir) {
  const file = path.join(dir, 'package.json');
  if (cache.has(file)) return cache.get(file);
  let pkg = null;
  if (fsBinding.internalModuleStat(file) === 0) {
    const text = fsBinding.readFileUtf8(file);
    try {
      pkg = JSON.parse(text);
    } catch (err) {
      err.message = `Error parsing ${file}: ${err.message}`;
      err.path = file;
      throw err;
    }
    if (pkg === null || typeof pkg !== 'object') pkg = {};
    pkg.__dir = dir;
  }
  cache.set(file, pkg);
  return pkg;
}

// The nearest package.json at or above `dir` (stops at node_modules boundaries' parents).
function findScope(dir) {
  for (;;) {
    const pkg = read(dir);
    if (pkg !== null) return pkg;
    const parent = path.dirname(dir);
    if (parent === dir || path.basename(dir) === 'node_modules') return null;
    dir = parent;
  }
}

function isConditionalSugar(exports) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (exports === null || typeof exports !== 'object') return false;
  const keys = Object.keys(exports);
  return keys.length === 0 || !keys[0].startsWith('.');
}

// Resolve one target (string / array / conditions object) with `subst` for "*".
function resolveTarget(pkgDir, target, subst, conditions, isImports) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) {
      if (isImports && !target.startsWith('../') && !target.startsWith('/')) {
        return { bare: subst !== undefined ? target.replaceAll('*', subst) : target };
      }
      throw new ERR_INVALID_PACKAGE_TARGET(pkgDir + '/', '.', target);
    }
    const resolved = subst !== undefined ? target.replaceAll('*', subst) : target;
    return { file: path.join(pkgDir, resolved) };
  }
  if (Array.isArray(target)) {
    let lastErr;
    for (const t of target) {
      try {
        const r = resolveTarget(pkgDir, t, subst, conditions, isImports);
        if (r !== null) return r;
      } catch (err) {
        lastErr = err;
      }
    }
    if (lastErr) throw lastErr;
    return null;
  }
  if (target !== null && typeof target === 'object') {
    for (const key of Object.keys(target)) {
      if (key === 'default' || conditions.includes(key)) {
        const r = resolveTarget(pkgDir, target[key], subst, conditions, isImports);
        if (r !== null && r !== undefined) return r;
      }
    }
    return null;
  }
  return null;
}

// Match `subpath` ('.', './x', '#x') against an exports/imports map.
function matchMap(pkgDir, map, subpath, conditions, isImports) {
  if (Object.hasOwn(map, subpath) && !subpath.includes('*')) {
    return resolveTarget(pkgDir, map[subpath], undefined, conditions, isImports);
  }
  let bestKey = '';
  let bestSubst;
  for (const key of Object.keys(map)) {
    const star = key.indexOf('*');
    if (star === -1) {
      // Legacy folder mappings: "./dir/": "./lib/".
      if (key.endsWith('/') && subpath.startsWith(key) && key.length > bestKey.length) {
        bestKey = key;
        bestSubst = null;
      }
      continue;
    }
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    if (subpath.startsWith(prefix) && subpath !== prefix && subpath.endsWith(suffix) &&
        subpath.length >= key.length && (bestKey === '' || key.length > bestKey.length)) {
      bestKey = key;
      bestSubst = subpath.slice(prefix.length, subpath.length - suffix.length);
    }
  }
  if (bestKey === '') return undefined;
  if (bestSubst === null) {
    const r = resolveTarget(pkgDir, map[bestKey], undefined, conditions, isImports);
    return r && r.file ? { file: r.file + subpath.slice(bestKey.length) } : r;
  }
  return resolveTarget(pkgDir, map[bestKey], bestSubst, conditions, isImports);
}

// Resolve `subpath` of package `pkg` through its "exports"; returns a file path.
function resolveExports(pkg, subpath, conditions, base) {
  let exports = pkg.exports;
  if (isConditionalSugar(exports)) exports = { '.': exports };
  const r = matchMap(pkg.__dir, exports, subpath, conditions, false);
  if (r === undefined || r === null || !r.file) {
    throw new ERR_PACKAGE_PATH_NOT_EXPORTED(pkg.__dir + '/', subpath, base);
  }
  return r.file;
}

// Resolve a '#name' specifier through the nearest package's "imports".
function resolveImports(specifier, fromDir, conditions, base) {
  const pkg = findScope(fromDir);
  if (pkg !== null && pkg.imports && typeof pkg.imports === 'object') {
    const r = matchMap(pkg.__dir, pkg.imports, specifier, conditions, true);
    if (r) return r;
  }
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(specifier, pkg ? pkg.__dir + '/' : undefined, base);
}

// 'name/sub' -> ['name', './sub']; '@s/n/sub' -> ['@s/n', './sub'].
function splitSpecifier(specifier) {
  let idx = specifier.indexOf('/');
  if (specifier[0] === '@') idx = idx === -1 ? -1 : specifier.indexOf('/', idx + 1);
  const name = idx === -1 ? specifier : specifier.slice(0, idx);
  const subpath = idx === -1 ? '.' : '.' + specifier.slice(idx);
  return [name, subpath];
}

function packageType(dir) {
  const pkg = findScope(dir);
  return pkg && pkg.type === 'module' ? 'module' : 'commonjs';
}

module.exports = { read, findScope, resolveExports, resolveImports, splitSpecifier, packageType };
