'use strict';
// fs.cp / fs.cpSync / fs.promises.cp. The copy is written once as a generator that yields
// fs operations; runSync performs them inline, runAsync on the thread pool.

const binding = internalBinding('fs');
const pathModule = require('path');
const {
  getValidatedPath, getStatsFromBinding, validateCpOptions, systemError, pathString,
  toUnixTimestamp,
} = require('internal/fs/utils');
const { call } = require('internal/fs/promises');

const EINVAL = 22;
const EISDIR = 21;
const ENOTDIR = 20;
const EEXIST = 17;

function cpError(key, prefix, code, errno, message, path) {
  return systemError(key, prefix, { message, path, syscall: 'cp', errno, code });
}

// --- operations --------------------------------------------------------------------------------
// Each yielded op is [name, ...args]; results are the same in both runners.
function doSync(op) {
  const [name, a, b, c] = op;
  switch (name) {
    case 'stat': return getStatsFromBinding(binding.stat(a, false, false));
    case 'lstat': return getStatsFromBinding(binding.lstat(a, false, false));
    case 'mkdirp': return binding.mkdir(a, 0o777, true);
    case 'mkdir': return binding.mkdir(a, b, false);
    case 'copyFile': return binding.copyFile(a, b, c);
    case 'readdir': return binding.readdir(a, false, false);
    case 'readlink': return binding.readlink(a, false);
    case 'symlink': return binding.symlink(a, b);
    case 'unlink': return binding.unlink(a);
    case 'chmod': return binding.chmod(a, b);
    case 'utimes': return binding.utimes(a, b, c);
    case 'filter': return op[3](a, b);
    default: throw new Error(`cp: unknown op ${name}`);
  }
}

async function doAsync(op) {
  const [name, a, b, c] = op;
  switch (name) {
    case 'stat': return getStatsFromBinding(await call('stat', a, false, false));
    case 'lstat': return getStatsFromBinding(await call('lstat', a, false, false));
    case 'mkdirp': return call('mkdir', a, 0o777, true);
    case 'mkdir': return call('mkdir', a, b, false);
    case 'copyFile': return call('copyFile', a, b, c);
    case 'readdir': return call('readdir', a, false, false);
    case 'readlink': return call('readlink', a, false);
    case 'symlink': return call('symlink', a, b);
    case 'unlink': return call('unlink', a);
    case 'chmod': return call('chmod', a, b);
    case 'utimes': return call('utimes', a, b, c);
    case 'filter': return op[3](a, b);
    default: throw new Error(`cp: unknown op ${name}`);
  }
}

// --- the copy -----------------------------------------------------------------------------------
function isSubdir(src, dest) {
  const s = pathModule.resolve(src).split(pathModule.sep).filter(Boolean);
  const d = pathModule.resolve(dest).split(pathModule.sep).filter(Boolean);
  return s.every((part, i) => d[i] === part);
}

function* statOrNull(kind, p) {
  // The binding returns undefined for ENOENT/ENOTDIR when throwIfNoEntry is false.
  return yield [kind, p];
}

function* cpRoot(src, dest, opts) {
  const statKind = opts.dereference ? 'stat' : 'lstat';
  const srcStat = yield [statKind, src];
  if (srcStat === undefined) {
    // Let the real syscall report the error.
    yield ['lstat_throw', src];
  }
  const destStat = yield* statOrNull(statKind, dest);
  if (destStat !== undefined && srcStat.ino && srcStat.ino === destStat.ino && srcStat.dev === destStat.dev) {
    throw cpError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 'EINVAL', EINVAL, 'src and dest cannot be the same', src);
  }
  if (srcStat.isDirectory() && destStat !== undefined && !destStat.isDirectory()) {
    throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory', 'EISDIR', EISDIR,
      `cannot overwrite non-directory ${dest} with directory ${src}`, dest);
  }
  if (!srcStat.isDirectory() && destStat !== undefined && destStat.isDirectory()) {
    throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory', 'ENOTDIR', ENOTDIR,
      `cannot overwrite directory ${dest} with non-directory ${src}`, dest);
  }
  if (srcStat.isDirectory() && isSubdir(src, dest)) {
    throw cpError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 'EINVAL', EINVAL,
      `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  if (opts.filter && !(yield ['filter', src, dest, opts.filter])) return;
  const parent = pathModule.dirname(dest);
  if ((yield ['stat', parent]) === undefined) yield ['mkdirp', parent];
  yield* copyItem(src, dest, srcStat, destStat, opts);
}

function* copyItem(src, dest, srcStat, destStat, opts) {
  if (srcStat.isDirectory()) {
    if (!opts.recursive) {
      throw cpError('ERR_FS_EISDIR', 'Path is a directory', 'EISDIR', EINVAL, `${src} is a directory (not copied)`, src);
    }
    if (destStat === undefined) yield ['mkdir', dest, srcStat.mode & 0o7777 | 0o700];
    const names = yield ['readdir', src];
    for (const name of names) {
      const s = pathModule.join(src, name);
      const d = pathModule.join(dest, name);
      if (opts.filter && !(yield ['filter', s, d, opts.filter])) continue;
      const statKind = opts.dereference ? 'stat' : 'lstat';
      const sStat = yield [statKind, s];
      const dStat = yield [statKind, d];
      if (sStat === undefined) continue;
      if (dStat !== undefined) {
        if (sStat.isDirectory() && !dStat.isDirectory()) {
          throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory', 'EISDIR', EISDIR,
            `cannot overwrite non-directory ${d} with directory ${s}`, d);
        }
        if (!sStat.isDirectory() && dStat.isDirectory()) {
          throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory', 'ENOTDIR', ENOTDIR,
            `cannot overwrite directory ${d} with non-directory ${s}`, d);
        }
      }
      yield* copyItem(s, d, sStat, dStat, opts);
    }
    if (destStat === undefined) yield ['chmod', dest, srcStat.mode & 0o7777];
    return;
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    if (destStat !== undefined) {
      if (!opts.force) {
        if (opts.errorOnExist) {
          throw cpError('ERR_FS_CP_EEXIST', 'Target already exists', 'EEXIST', EEXIST, `${dest} already exists`, dest);
        }
        return;
      }
    }
    yield ['copyFile', src, dest, opts.mode];
    if (opts.preserveTimestamps) {
      yield ['utimes', dest, toUnixTimestamp(srcStat.atime), toUnixTimestamp(srcStat.mtime)];
    }
    return;
  }
  if (srcStat.isSymbolicLink()) {
    let target = yield ['readlink', src];
    if (!opts.verbatimSymlinks && !pathModule.isAbsolute(target)) {
      target = pathModule.resolve(pathModule.dirname(src), target);
    }
    if (destStat !== undefined) {
      if (!opts.force) {
        if (opts.errorOnExist) {
          throw cpError('ERR_FS_CP_EEXIST', 'Target already exists', 'EEXIST', EEXIST, `${dest} already exists`, dest);
        }
        return;
      }
      yield ['unlink', dest];
    }
    yield ['symlink', target, dest];
    return;
  }
  if (srcStat.isSocket()) {
    throw cpError('ERR_FS_CP_SOCKET', 'Cannot copy a socket file', 'EINVAL', EINVAL, `cannot copy a socket file: ${dest}`, dest);
  }
  if (srcStat.isFIFO()) {
    throw cpError('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe', 'EINVAL', EINVAL, `cannot copy a FIFO pipe: ${dest}`, dest);
  }
  throw cpError('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type', 'EINVAL', EINVAL,
    `cannot copy an unknown file type: ${dest}`, dest);
}

function prepare(src, dest, options) {
  options = validateCpOptions(options);
  src = pathString(getValidatedPath(src, 'src'));
  dest = pathString(getValidatedPath(dest, 'dest'));
  return { src, dest, options };
}

// 'lstat_throw' re-runs lstat with throwing on, so a missing src reports Node's ENOENT.
const origDoSync = doSync;
function doSyncWrapped(op) {
  if (op[0] === 'lstat_throw') return binding.lstat(op[1], false, true);
  return origDoSync(op);
}

function cpSync(src, dest, options) {
  const p = prepare(src, dest, options);
  const gen = cpRoot(p.src, p.dest, p.options);
  let step = gen.next();
  while (!step.done) {
    let value;
    try {
      value = doSyncWrapped(step.value);
    } catch (err) {
      step = gen.throw(err);
      continue;
    }
    step = gen.next(value);
  }
}

async function cp(src, dest, options) {
  const p = prepare(src, dest, options);
  const gen = cpRoot(p.src, p.dest, p.options);
  let step = gen.next();
  while (!step.done) {
    let value;
    try {
      value = step.value[0] === 'lstat_throw' ? await call('lstat', step.value[1], false, true) : await doAsync(step.value);
    } catch (err) {
      step = gen.throw(err);
      continue;
    }
    step = gen.next(value);
  }
}

module.exports = { cp, cpSync };
