'use strict';
// The plain properties and methods of `process`.

const binding = internalBinding('process');
const options = internalBinding('options');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_SIGNAL, ERR_INVALID_ARG_VALUE } } = require('internal/errors');

const NODE_VERSION = 'v22.12.0';

function envProxy() {
  // process.env reads and writes the real environment, so children inherit changes.
  const target = Object.create(null);
  return new Proxy(target, {
    get(t, key) {
      if (typeof key === 'symbol') return undefined;
      return binding.getenv(key) ?? undefined;
    },
    set(t, key, value) {
      if (typeof key === 'symbol') return true;
      binding.setenv(key, String(value));
      return true;
    },
    has(t, key) {
      return typeof key === 'string' && binding.getenv(key) != null;
    },
    deleteProperty(t, key) {
      if (typeof key === 'string') binding.unsetenv(key);
      return true;
    },
    ownKeys() {
      return binding.envKeys();
    },
    getOwnPropertyDescriptor(t, key) {
      if (typeof key !== 'string') return undefined;
      const value = binding.getenv(key);
      if (value == null) return undefined;
      return { value, writable: true, enumerable: true, configurable: true };
    },
    defineProperty(t, key, desc) {
      if ('value' in desc) binding.setenv(key, String(desc.value));
      return true;
    },
  });
}

function hrtime(prev) {
  const [sec, nsec] = binding.hrtimeParts();
  if (prev === undefined) return [sec, nsec];
  if (!Array.isArray(prev)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', prev);
  if (prev.length !== 2) throw new ERR_OUT_OF_RANGE('time', 2, prev.length);
  let s = sec - prev[0];
  let n = nsec - prev[1];
  if (n < 0) { s -= 1; n += 1e9; }
  return [s, n];
}
hrtime.bigint = function bigint() {
  const [sec, nsec] = binding.hrtimeParts();
  return BigInt(sec) * 1000000000n + BigInt(nsec);
};

const startNs = binding.hrtime();

function memoryUsage() {
  const [mallocSize, used] = internalBinding('engine').heapStats();
  return { rss: binding.rss(), heapTotal: mallocSize, heapUsed: used, external: 0, arrayBuffers: 0 };
}
memoryUsage.rss = () => binding.rss();

function cpuUsage(prev) {
  const [user, system] = binding.cpuUsage();
  if (prev) return { user: user - prev.user, system: system - prev.system };
  return { user, system };
}

let signals;
function signalNumber(sig) {
  signals ??= require('os').constants.signals;
  if (typeof sig === 'number') return sig;
  const n = signals[sig];
  if (n === undefined) throw new ERR_UNKNOWN_SIGNAL(sig);
  return n;
}

function kill(pid, sig = 'SIGTERM') {
  if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  binding.kill(pid | 0, sig === 0 ? 0 : signalNumber(sig));
  return true;
}

function setup(process) {
  const argv = options.argv.slice();
  const define = (name, value) => Object.defineProperty(process, name, { value, writable: true, configurable: true, enumerable: true });
  define('version', NODE_VERSION);
  define('versions', {
    node: NODE_VERSION.slice(1),
    minode: options.version,
    quickjs: '0.16.2',
    modules: '127',
    uv: '1.49.1',
    unicode: '15.1',
  });
  define('arch', { x86_64: 'x64', aarch64: 'arm64' }[internalBinding('os').getUname()[3]] ?? 'x64');
  define('platform', 'linux');
  define('release', { name: 'node', lts: 'Jod' });
  define('argv', argv);
  define('argv0', 'minode');
  define('execArgv', options.execArgv.slice());
  define('execPath', binding.execPath);
  define('pid', binding.pid);
  define('ppid', binding.ppid);
  define('env', envProxy());
  define('features', { inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true, tls_ocsp: false, tls: true, cached_builtins: true, typescript: false });
  define('config', { target_defaults: {}, variables: { node_shared: false } });
  define('moduleLoadList', []);
  define('allowedNodeEnvironmentFlags', new Set());
  define('noDeprecation', false);
  define('throwDeprecation', false);
  define('traceDeprecation', false);
  define('cwd', () => binding.cwd());
  define('chdir', (dir) => {
    if (typeof dir !== 'string') throw new ERR_INVALID_ARG_TYPE('directory', 'string', dir);
    binding.chdir(dir);
  });
  define('umask', (mask) => {
    if (mask === undefined) return binding.umask();
    if (typeof mask === 'string') mask = parseInt(mask, 8);
    return binding.umask(mask & 0o777);
  });
  define('hrtime', hrtime);
  define('uptime', () => (binding.hrtime() - startNs) / 1e9);
  define('memoryUsage', memoryUsage);
  define('cpuUsage', cpuUsage);
  define('resourceUsage', () => binding.resourceUsage());
  define('constrainedMemory', () => 0);
  define('availableMemory', () => require('os').freemem());
  define('kill', kill);
  define('getuid', binding.getuid);
  define('geteuid', binding.geteuid);
  define('getgid', binding.getgid);
  define('getegid', binding.getegid);
  define('getgroups', () => [binding.getgid()]);
  define('abort', binding.abort);
  define('reallyExit', (code) => binding.reallyExit(code | 0));
  define('_getActiveHandles', () => []);
  define('_getActiveRequests', () => []);
  define('getActiveResourcesInfo', () => []);
  define('setSourceMapsEnabled', (value) => require('internal/source_map/source_map_cache').setSourceMapsEnabled(value));
  Object.defineProperty(process, 'sourceMapsEnabled', {
    get: () => require('internal/source_map/source_map_cache').getSourceMapsEnabled(),
    enumerable: true,
    configurable: true,
  });
  define('binding', (name) => { throw new ERR_INVALID_ARG_VALUE('name', name, 'is not a supported binding'); });
  let title = 'minode';
  Object.defineProperty(process, 'title', {
    get() { return title; },
    set(v) { title = String(v); binding.setTitle(title); },
    enumerable: true, configurable: true,
  });
  let debugPort = 9229;
  Object.defineProperty(process, 'debugPort', { get: () => debugPort, set: (v) => { debugPort = v; }, enumerable: true, configurable: true });
  const stdio = require('internal/process/stdio');
  for (const name of ['stdout', 'stderr', 'stdin']) {
    Object.defineProperty(process, name, {
      configurable: true, enumerable: false,
      get() {
        const stream = stdio[name]();
        Object.defineProperty(process, name, { value: stream, configurable: true, writable: true, enumerable: false });
        return stream;
      },
    });
  }
  require('internal/process/signals').setup(process);
}

module.exports = { setup, signalNumber, NODE_VERSION };
