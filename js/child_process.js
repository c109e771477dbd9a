'use strict';
// The `child_process` module: spawn/exec/execFile/fork and their Sync forms, on
// internalBinding('spawn') (bindings/src/spawn.rs). stdio pipes and the IPC channel are Unix
// socketpairs from internalBinding('ipc') (bindings/src/ipc.rs); the IPC protocol is Node's
// own (js/internal/child_process/channel.js), so minode and node processes can talk.

const EventEmitter = require('events');
const { bindCurrent } = require('internal/async_context');
const { Buffer } = require('buffer');
const binding = internalBinding('spawn');
const ipc = internalBinding('ipc');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_CHILD_PROCESS_IPC_REQUIRED,
    ERR_CHILD_PROCESS_STDIO_MAXBUFFER, ERR_IPC_ONE_PIPE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_SIGNAL,
    ERR_INVALID_HANDLE_TYPE,
  },
  AbortError, uvException,
} = require('internal/errors');
const {
  validateString, validateObject, validateArray, validateFunction, validateBoolean,
  validateInteger, validateAbortSignal,
} = require('internal/validators');
const { setupChannel } = require('internal/child_process/channel');
const { PipeSocket } = require('internal/child_process/pipe');

let signalsTable;
function signals() { return (signalsTable ??= require('os').constants.signals); }
let signalNames;
function signalName(num) {
  if (num == null) return null;
  if (!signalNames) {
    signalNames = new Map();
    for (const [name, n] of Object.entries(signals())) if (!signalNames.has(n)) signalNames.set(n, name);
  }
  return signalNames.get(num) ?? null;
}
function toSignalNumber(sig, name = 'signal') {
  if (sig === undefined || sig === null) return signals().SIGTERM;
  if (typeof sig === 'number') {
    if (!Number.isInteger(sig)) throw new ERR_INVALID_ARG_TYPE(name, ['string', 'number'], sig);
    return sig;
  }
  if (typeof sig === 'string') {
    const n = signals()[sig] ?? signals()[sig.toUpperCase()];
    if (n === undefined) throw new ERR_UNKNOWN_SIGNAL(sig);
    return n;
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'number'], sig);
}

function spawnError(data, syscall, file, args) {
  const err = uvException({ ...data, syscall: `${syscall} ${file}`, path: file });
  // Node's message: "spawn ls ENOENT".
  err.message = `${syscall} ${file} ${data.code}`;
  err.stack = `Error: ${err.message}\n${String(err.stack).split('\n').slice(1).join('\n')}`;
  err.spawnargs = args.slice(1);
  return err;
}

// --- option normalization ------------------------------------------------------------

function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  options = { ...options };
  for (const a of args) {
    if (typeof a !== 'string') throw new ERR_INVALID_ARG_TYPE('args', 'string[]', args);
  }
  if (options.cwd != null) {
    if (options.cwd instanceof URL) options.cwd = require('url').fileURLToPath(options.cwd);
    validateString(options.cwd, 'options.cwd');
  }
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.uid != null) validateInteger(options.uid, 'options.uid', -2147483648, 2147483647);
  if (options.gid != null) validateInteger(options.gid, 'options.gid', -2147483648, 2147483647);
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) validateString(options.argv0, 'options.argv0');
  if (options.shell) {
    const command = args.length ? `${file} ${args.join(' ')}` : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  args.unshift(typeof options.argv0 === 'string' ? options.argv0 : file);
  const env = options.env || process.env;
  const envPairs = [];
  for (const key of Object.keys(env)) {
    const value = env[key];
    if (value !== undefined) envPairs.push(`${key}=${value}`);
  }
  return { ...options, file, args, envPairs };
}

// stdio option -> [{type, fd?, wrap?}] for each child fd.
function getValidStdio(stdio, sync) {
  if (typeof stdio === 'string') {
    if (stdio === 'pipe' || stdio === 'overlapped') stdio = ['pipe', 'pipe', 'pipe'];
    else if (stdio === 'inherit') stdio = [0, 1, 2];
    else if (stdio === 'ignore') stdio = ['ignore', 'ignore', 'ignore'];
    else throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  stdio = stdio.slice();
  while (stdio.length < 3) stdio.push(undefined);
  let ipcIndex;
  const out = stdio.map((s, i) => {
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'pipe' || s === 'overlapped') return { type: 'pipe', readable: i === 0, writable: i !== 0 };
    if (s === 'ignore') return { type: 'ignore' };
    if (s === 'inherit') return { type: 'fd', fd: i };
    if (s === 'ipc') {
      if (sync) throw new (require('internal/errors').codes.ERR_IPC_SYNC_FORK)();
      if (ipcIndex !== undefined) throw new ERR_IPC_ONE_PIPE();
      ipcIndex = i;
      return { type: 'ipc' };
    }
    if (typeof s === 'number') return { type: 'fd', fd: s };
    if (s && typeof s === 'object') {
      const fd = typeof s.fd === 'number' ? s.fd : (s._handle && typeof s._handle.fd === 'number' ? s._handle.fd : undefined);
      if (fd !== undefined && fd >= 0) return { type: 'fd', fd };
      if (s instanceof require('stream').Stream) return { type: 'pipe', readable: i === 0, writable: i !== 0, stream: s };
    }
    throw new ERR_INVALID_ARG_VALUE('stdio', s);
  });
  return { stdio: out, ipcIndex };
}

// --- ChildProcess --------------------------------------------------------------------

function ChildProcess() {
  EventEmitter.call(this);
  this._closesNeeded = 1;
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;
  this.spawnargs = [];
  this.pid = undefined;
  this.stdin = null;
  this.stdout = null;
  this.stderr = null;
  this.stdio = [];
  this._handle = null;
}
Object.setPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
Object.setPrototypeOf(ChildProcess, EventEmitter);

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) {
    child.emit('close', child.exitCode, child.signalCode);
  }
}

ChildProcess.prototype.spawn = function spawn(options) {
  validateObject(options, 'options');
  const { stdio, ipcIndex } = getValidStdio(options.stdio || 'pipe', false);
  if (options.envPairs === undefined) options.envPairs = [];
  else validateArray(options.envPairs, 'options.envPairs');
  validateString(options.file, 'options.file');
  this.spawnfile = options.file;
  this.spawnargs = options.args ?? [options.file];

  // Make the pipes: our end stays here, the child's end is closed after the fork.
  const childFds = [];
  const ours = [];
  let ipcFd;
  for (let i = 0; i < stdio.length; i++) {
    const s = stdio[i];
    if (s.type === 'pipe' || s.type === 'ipc') {
      const [a, b] = ipc.socketpair();
      ours[i] = a;
      childFds[i] = b;
      if (s.type === 'ipc') ipcFd = a;
    } else if (s.type === 'ignore') {
      childFds[i] = i < 3 ? -1 : -2;
    } else {
      childFds[i] = s.fd;
    }
  }
  if (ipcIndex !== undefined) {
    options.envPairs = options.envPairs.filter((p) => !p.startsWith('NODE_CHANNEL_FD=') && !p.startsWith('NODE_CHANNEL_SERIALIZATION_MODE='));
    options.envPairs.push(`NODE_CHANNEL_FD=${ipcIndex}`);
    options.envPairs.push('NODE_CHANNEL_SERIALIZATION_MODE=json');
  }
  const result = binding.spawn({
    file: options.file,
    args: this.spawnargs,
    envPairs: options.envPairs,
    cwd: options.cwd ?? undefined,
    stdio: childFds,
    detached: !!options.detached,
    uid: options.uid ?? undefined,
    gid: options.gid ?? undefined,
    // 'exit'/'close' (and exec's callback) run in the caller's AsyncLocalStorage frame.
    onexit: bindCurrent((code, sig) => this._onexit(code, sig)),
  });
  for (let i = 0; i < childFds.length; i++) {
    if (ours[i] !== undefined) ipc.closeFd(childFds[i]);
  }

  if (typeof result !== 'number') {
    for (const fd of ours) if (fd !== undefined) ipc.closeFd(fd);
    const err = spawnError(result, 'spawn', this.spawnfile, this.spawnargs);
    if (result.code === 'EMFILE' || result.code === 'ENFILE' || result.code === 'EACCES' || result.code === 'ENOENT' ||
        result.code === 'EPERM' || result.code === 'ENOTDIR' || result.code === 'EISDIR' || result.code === 'E2BIG' ||
        result.code === 'ENOEXEC' || result.code === 'UNKNOWN') {
      // Asynchronous failure, like Node: 'error' and then 'close' (never 'exit').
      this.stdio = stdio.map((s) => (s.type === 'pipe' ? makeDeadPipe(s) : null));
      [this.stdin, this.stdout, this.stderr] = this.stdio;
      process.nextTick(() => {
        this.emit('error', err);
        this._closesNeeded = this._closesGot + 1;
        this.exitCode = result.errno;
        maybeClose(this);
      });
      return result.errno;
    }
    throw err;
  }

  this.pid = result;
  this._handle = { pid: result };
  process.nextTick(() => this.emit('spawn'));

  this.stdio = stdio.map((s, i) => {
    if (s.type !== 'pipe') return null;
    const sock = new PipeSocket(ours[i], { readable: !s.readable ? true : false, writable: s.readable });
    // Our end reads what the child writes (its stdout), and writes what it reads (stdin).
    if (i !== 0) {
      this._closesNeeded++;
      sock.once('close', () => maybeClose(this));
    }
    return sock;
  });
  [this.stdin, this.stdout, this.stderr] = this.stdio;
  for (let i = 0; i < stdio.length; i++) {
    if (stdio[i].stream && this.stdio[i]) {
      if (i === 0) stdio[i].stream.pipe(this.stdio[i]);
      else this.stdio[i].pipe(stdio[i].stream);
    }
  }

  if (ipcFd !== undefined) {
    this._closesNeeded++;
    setupChannel(this, ipcFd, {});
    this.once('disconnect', () => maybeClose(this));
  }
  return 0;
};

function makeDeadPipe(s) {
  const { Duplex } = require('stream');
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  d.destroy();
  return d;
}

ChildProcess.prototype._onexit = function(code, sig) {
  if (sig != null) this.signalCode = signalName(sig);
  else this.exitCode = code;
  if (this.stdin) this.stdin.destroy();
  this._handle = null;
  this.emit('exit', this.exitCode, this.signalCode);
  // Close the IPC channel if the child didn't (it can't read it any more).
  process.nextTick(() => maybeClose(this));
};

ChildProcess.prototype.kill = function kill(sig) {
  const signal = sig === 0 ? 0 : toSignalNumber(sig);
  if (this._handle) {
    const r = binding.kill(this._handle.pid, signal);
    if (r === 0) {
      this.killed = true;
      return true;
    }
    if (r !== -3 /* ESRCH */) {
      this.emit('error', uvException(tcpErr(r, 'kill')));
    }
  }
  return false;
};

function tcpErr(errno, syscall) {
  try {
    return internalBinding('tcp').errData(errno, syscall);
  } catch {
    return { errno, code: 'UNKNOWN', message: 'unknown error', syscall };
  }
}

ChildProcess.prototype[Symbol.dispose] = function() {
  if (!this.killed) this.kill();
};

ChildProcess.prototype.ref = function() {
  if (this._handle) binding.ref(this._handle.pid);
};
ChildProcess.prototype.unref = function() {
  if (this._handle) binding.unref(this._handle.pid);
};

// --- spawn / fork ----------------------------------------------------------------------

function spawn(file, args, options) {
  const opts = normalizeSpawnArguments(file, args, options);
  validateTimeout(opts.timeout);
  validateAbortSignal(opts.signal, 'options.signal');
  const killSignal = sanitizeKillSignal(opts.killSignal);
  const child = new ChildProcess();
  child.spawn(opts);
  if (opts.timeout > 0) {
    let timer = setTimeout(() => {
      if (timer) {
        try { child.kill(killSignal); } catch (err) { child.emit('error', err); }
        timer = null;
      }
    }, opts.timeout);
    child.once('exit', () => { if (timer) { clearTimeout(timer); timer = null; } });
  }
  if (opts.signal) {
    const signal = opts.signal;
    const onAbort = () => {
      if (child.kill(killSignal)) child.emit('error', new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) process.nextTick(onAbort);
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}
function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}
function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') return toSignalNumber(killSignal, 'options.killSignal');
  if (killSignal != null) throw new ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  return signals().SIGTERM;
}

function fork(modulePath, args, options) {
  if (modulePath instanceof URL) modulePath = require('url').fileURLToPath(modulePath);
  validateString(modulePath, 'modulePath');
  let execArgv;
  if (args == null) args = [];
  else if (typeof args === 'object' && !Array.isArray(args)) { options = args; args = []; }
  else validateArray(args, 'args');
  if (options != null) validateObject(options, 'options');
  options = { ...options, shell: false };
  options.execPath = options.execPath || process.execPath;
  execArgv = options.execArgv || process.execArgv;
  validateArray(execArgv, 'options.execArgv');
  if (execArgv === process.execArgv && process._eval != null) {
    const index = execArgv.lastIndexOf(process._eval);
    if (index > 0) { execArgv = execArgv.slice(0); execArgv.splice(index - 1, 2); }
  }
  args = [...execArgv, modulePath, ...args];
  if (typeof options.stdio === 'string') {
    options.stdio = stdioStringToArray(options.stdio, 'ipc');
  } else if (!Array.isArray(options.stdio)) {
    options.stdio = options.silent ? stdioStringToArray('pipe', 'ipc') : stdioStringToArray('inherit', 'ipc');
  } else if (!options.stdio.includes('ipc')) {
    throw new ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  }
  return spawn(options.execPath, args, options);
}

function stdioStringToArray(stdio, channel) {
  const options = [];
  switch (stdio) {
    case 'ignore': case 'overlapped': case 'pipe': options.push(stdio, stdio, stdio); break;
    case 'inherit': options.push(0, 1, 2); break;
    default: throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) options.push(channel);
  return options;
}

// --- exec / execFile --------------------------------------------------------------------

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  if (typeof options === 'function') { callback = options; options = undefined; }
  options = { ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return execFile(opts.file, opts.options, opts.callback);
}

function execFile(file, args, options, callback) {
  if (args != null && typeof args === 'object' && !Array.isArray(args)) {
    callback = options; options = args; args = null;
  } else if (typeof args === 'function') {
    callback = args; options = null; args = null;
  }
  if (typeof options === 'function') { callback = options; options = null; }
  if (options != null) validateObject(options, 'options');
  if (callback != null) validateFunction(callback, 'callback');
  options = {
    encoding: 'utf8', timeout: 0, maxBuffer: 1024 * 1024, killSignal: 'SIGTERM', cwd: null, env: null, shell: false,
    ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);

  const child = spawn(file, args, {
    cwd: options.cwd, env: options.env, gid: options.gid, shell: options.shell, signal: options.signal,
    uid: options.uid, windowsHide: !!options.windowsHide, windowsVerbatimArguments: !!options.windowsVerbatimArguments,
    argv0: options.argv0, detached: options.detached, stdio: options.stdio,
  });

  const encoding = options.encoding && options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding)
    ? options.encoding : null;
  const out = { stdout: [], stderr: [] };
  let stdoutLen = 0;
  let stderrLen = 0;
  let killed = false;
  let exited = false;
  let timeoutId;
  let ex = null;
  let cmd = file;
  if (args && args.length) cmd += ` ${args.join(' ')}`;

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) { clearTimeout(timeoutId); timeoutId = null; }
    if (!callback) return;
    const join = (parts) => {
      if (!encoding) return Buffer.concat(parts);
      return parts.join('');
    };
    const stdout = join(out.stdout);
    const stderr = join(out.stderr);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args && args.length) cmd = `${file} ${args.join(' ')}`;
    if (!ex) {
      ex = new Error(`Command failed: ${cmd}\n${stderr}`);
      ex.code = code < 0 ? require('util').getSystemErrorName?.(code) ?? code : code;
      ex.killed = child.killed || killed;
      ex.signal = signal;
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(() => { kill(); timeoutId = null; }, options.timeout);
  }

  function collect(stream, key) {
    if (!stream) return;
    if (encoding) stream.setEncoding(encoding);
    stream.on('data', (chunk) => {
      const len = encoding ? Buffer.byteLength(chunk, encoding) : chunk.length;
      const total = (key === 'stdout' ? stdoutLen : stderrLen) + len;
      if (total > options.maxBuffer) {
        const room = options.maxBuffer - (key === 'stdout' ? stdoutLen : stderrLen);
        if (room > 0) out[key].push(encoding ? chunk.slice(0, room) : chunk.subarray(0, room));
        if (key === 'stdout') stdoutLen += Math.max(0, room); else stderrLen += Math.max(0, room);
        ex = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(key);
        kill();
      } else {
        if (key === 'stdout') stdoutLen = total; else stderrLen = total;
        out[key].push(chunk);
      }
    });
  }
  collect(child.stdout, 'stdout');
  collect(child.stderr, 'stderr');
  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

const customPromisify = Symbol.for('nodejs.util.promisify.custom');
function promisifyExec(orig) {
  return function(...args) {
    let child;
    const promise = new Promise((resolve, reject) => {
      child = orig(...args, (err, stdout, stderr) => {
        if (err !== null) {
          err.stdout = stdout;
          err.stderr = stderr;
          reject(err);
        } else {
          resolve({ stdout, stderr });
        }
      });
    });
    promise.child = child;
    return promise;
  };
}
Object.defineProperty(exec, customPromisify, { enumerable: false, get: () => promisifyExec(exec) });
Object.defineProperty(execFile, customPromisify, { enumerable: false, get: () => promisifyExec(execFile) });

// --- sync forms ----------------------------------------------------------------------

function spawnSync(file, args, options) {
  const opts = normalizeSpawnArguments(file, args, options);
  const encoding = opts.encoding;
  validateTimeout(opts.timeout);
  validateMaxBuffer(opts.maxBuffer);
  const killSignal = sanitizeKillSignal(opts.killSignal);
  let { stdio } = getValidStdio(opts.stdio || 'pipe', true);
  let input = opts.input;
  if (input != null) {
    if (typeof input === 'string') input = Buffer.from(input, encoding && encoding !== 'buffer' ? encoding : 'utf8');
    else if (ArrayBuffer.isView(input)) input = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    else throw new ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  const spec = stdio.map((s, i) => {
    if (s.type === 'pipe') return -3;
    if (s.type === 'ignore') return i < 3 ? -1 : -2;
    return s.fd;
  });
  const r = binding.spawnSync({
    file: opts.file, args: opts.args, envPairs: opts.envPairs, cwd: opts.cwd ?? undefined, stdio: spec,
    detached: !!opts.detached, uid: opts.uid ?? undefined, gid: opts.gid ?? undefined,
    input: input ?? undefined, timeout: opts.timeout || undefined, killSignal,
    maxBuffer: opts.maxBuffer ?? 1024 * 1024,
  });
  const result = {};
  if (r.error) {
    const err = spawnError(r.error, 'spawnSync', opts.file, opts.args);
    result.error = err;
  }
  result.status = r.status ?? null;
  result.signal = signalName(r.signal);
  result.output = r.output == null ? null : r.output.map((ab) => {
    if (ab == null) return null;
    const b = Buffer.from(ab);
    return encoding && encoding !== 'buffer' ? b.toString(encoding) : b;
  });
  result.pid = r.pid ?? 0;
  result.stdout = result.output ? result.output[1] : null;
  result.stderr = result.output ? result.output[2] : null;
  if (result.error) {
    result.error.spawnargs = opts.args.slice(1);
  }
  // Inherited stdio: nothing captured.
  return result;
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    let msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = new Error(msg);
    Object.assign(err, ret);
  }
  return err;
}

function execFileSync(file, args, options) {
  if (args != null && typeof args === 'object' && !Array.isArray(args)) { options = args; args = []; }
  options = { ...options };
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, { ...options, stdio: options.stdio || ['pipe', 'pipe', 'inherit'] });
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [file, ...(Array.isArray(args) ? args : [])], undefined);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, { ...opts.options, stdio: opts.options.stdio || ['pipe', 'pipe', 'inherit'] });
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

module.exports = {
  ChildProcess, exec, execFile, execFileSync, execSync, fork, spawn, spawnSync,
  _forkChild: require('internal/child_process/setup')._forkChild,
};
void ERR_INVALID_HANDLE_TYPE;
