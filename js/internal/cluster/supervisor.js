'use strict';
// `minode --cluster N|max [--cluster-* options] app.js [args]`: run app.js in N workers that
// share its listening sockets (the app needs no cluster code), built on the cluster module.
//   - a worker that exits unexpectedly is restarted after a back-off that doubles per quick
//     crash; more than --cluster-max-restarts quick crashes in a row is a crash loop: one
//     clear error and exit 1;
//   - SIGHUP: rolling reload, one worker at a time: fork the replacement (it loads the code
//     from disk again), wait until it listens (or sends 'ready' with
//     --cluster-ready-message), then disconnect the old one (it finishes what it has and
//     leaves; killed after --cluster-grace-ms). A SIGHUP during a reload is queued.
//   - SIGINT/SIGTERM: drain every worker the same way, then exit 0.
const cluster = require('cluster');
const path = require('path');

const DEFAULTS = {
  'grace-ms': 30000,
  'ready-timeout-ms': 30000,
  'ready-message': false,
  'backoff-ms': 100,
  'max-restarts': 5,
  'min-uptime-ms': 5000,
};
const MAX_BACKOFF = 10000;

function log(msg) {
  internalBinding('stdio').writeSync(2, `[minode cluster ${process.pid}] ${msg}\n`);
}

function fail(msg, code = 1) {
  log(`error: ${msg}`);
  process.exit(code);
}

function parseOptions(list) {
  const o = { ...DEFAULTS };
  for (const item of list || []) {
    const eq = item.indexOf('=');
    const name = eq === -1 ? item : item.slice(0, eq);
    const value = eq === -1 ? 'true' : item.slice(eq + 1);
    if (!(name in DEFAULTS)) fail(`unknown option --cluster-${name}`, 9);
    if (name === 'ready-message') {
      o[name] = value !== 'false' && value !== '0';
      continue;
    }
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0) fail(`--cluster-${name} needs a non-negative number, got '${value}'`, 9);
    o[name] = n;
  }
  return o;
}

function workerCount(spec) {
  if (spec === 'max' || spec === 'auto') {
    const os = require('os');
    return (typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length) || 1;
  }
  const n = Number(spec);
  if (!Number.isInteger(n) || n < 1) fail(`--cluster needs a worker count or 'max', got '${spec}'`, 9);
  return n;
}

function run(options) {
  const count = workerCount(options.cluster);
  const opts = parseOptions(options.clusterOptions);
  const script = process.argv[1];
  if (!script) fail('--cluster needs a script to run', 9);
  const exec = path.resolve(script);
  cluster.setupPrimary({ exec, args: process.argv.slice(2), execArgv: process.execArgv });
  process.title = `minode cluster ${path.basename(exec)}`;

  const slots = new Array(count).fill(null); // the current worker of each slot
  const quickCrashes = new Array(count).fill(0);
  const restartTimers = new Set();
  let stopping = false;
  let reloading = false;
  let reloadQueued = false;

  function describe(w) { return `worker ${w.id} (pid ${w.process.pid})`; }

  function start(slot) {
    const w = cluster.fork();
    w._slot = slot;
    w._startedAt = Date.now();
    w._retired = false;
    slots[slot] = w;
    log(`${describe(w)} started`);
    return w;
  }

  cluster.on('exit', (w, code, signal) => {
    const how = signal ? `signal ${signal}` : `code ${code}`;
    if (w._retired || stopping) {
      log(`${describe(w)} exited (${how})`);
      if (w._killTimer) clearTimeout(w._killTimer);
      if (stopping && Object.keys(cluster.workers).length === 0) {
        log('all workers stopped');
        process.exit(0);
      }
      return;
    }
    const slot = w._slot;
    if (slots[slot] !== w) {
      // A replacement that died before it took over (a failed reload); reload() handles it.
      log(`${describe(w)} exited (${how}) before it was ready`);
      return;
    }
    slots[slot] = null;
    const uptime = Date.now() - w._startedAt;
    if (uptime < opts['min-uptime-ms']) quickCrashes[slot]++;
    else quickCrashes[slot] = 1;
    if (quickCrashes[slot] > opts['max-restarts']) {
      log(`${describe(w)} exited unexpectedly (${how}) after ${uptime} ms`);
      stopping = true;
      for (const t of restartTimers) clearTimeout(t);
      for (const other of Object.values(cluster.workers)) {
        try { other.process.kill('SIGKILL'); } catch {}
      }
      fail(`crash loop: a worker exited within ${opts['min-uptime-ms']} ms of starting ` +
        `${quickCrashes[slot]} times in a row (--cluster-max-restarts ${opts['max-restarts']}); giving up`);
      return;
    }
    const delay = Math.min(MAX_BACKOFF, opts['backoff-ms'] * 2 ** Math.max(0, quickCrashes[slot] - 1));
    log(`${describe(w)} exited unexpectedly (${how}) after ${uptime} ms; restarting in ${delay} ms`);
    const t = setTimeout(() => {
      restartTimers.delete(t);
      if (!stopping && slots[slot] === null) start(slot);
    }, delay);
    restartTimers.add(t);
  });

  // Resolves true once `w` is listening (or said 'ready'); false if it died or timed out.
  function whenReady(w) {
    return new Promise((resolve) => {
      let done = false;
      const finish = (ok, why) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        w.removeListener('listening', onListening);
        w.removeListener('message', onMessage);
        w.removeListener('exit', onExit);
        resolve({ ok, why });
      };
      const onListening = () => { if (!opts['ready-message']) finish(true); };
      const onMessage = (m) => { if (opts['ready-message'] && (m === 'ready' || (m && m.cmd === 'ready'))) finish(true); };
      const onExit = (code, signal) => finish(false, `exited (${signal ? `signal ${signal}` : `code ${code}`})`);
      const timer = setTimeout(() => finish(false, `was not ready within ${opts['ready-timeout-ms']} ms`), opts['ready-timeout-ms']);
      w.on('listening', onListening);
      w.on('message', onMessage);
      w.on('exit', onExit);
    });
  }

  function retire(w) {
    if (!w || w._retired) return;
    w._retired = true;
    if (w.isDead()) return;
    log(`${describe(w)} draining`);
    w._killTimer = setTimeout(() => {
      if (!w.isDead()) {
        log(`${describe(w)} still busy after ${opts['grace-ms']} ms; killing it`);
        try { w.process.kill('SIGKILL'); } catch {}
      }
    }, opts['grace-ms']);
    if (w.isConnected()) w.disconnect();
    else try { w.process.kill('SIGTERM'); } catch {}
  }

  async function reload() {
    if (reloading) {
      if (!reloadQueued) log('reload already running; queued another one');
      reloadQueued = true;
      return;
    }
    reloading = true;
    const began = Date.now();
    log(`rolling reload of ${count} worker(s)`);
    let failed = 0;
    for (let slot = 0; slot < count && !stopping; slot++) {
      const old = slots[slot];
      const fresh = cluster.fork();
      fresh._slot = slot;
      fresh._startedAt = Date.now();
      fresh._retired = false;
      log(`${describe(fresh)} started (replacing ${old ? describe(old) : 'an empty slot'})`);
      const { ok, why } = await whenReady(fresh);
      if (stopping) { retire(fresh); break; }
      if (!ok) {
        failed++;
        log(`reload: ${describe(fresh)} ${why}; keeping ${old ? describe(old) : 'the slot empty'}`);
        if (!fresh.isDead()) { fresh._retired = true; try { fresh.process.kill('SIGKILL'); } catch {} }
        continue;
      }
      slots[slot] = fresh;
      quickCrashes[slot] = 0;
      retire(old);
    }
    reloading = false;
    log(failed ? `reload finished with ${failed} failure(s) in ${Date.now() - began} ms`
      : `reload complete in ${Date.now() - began} ms`);
    if (reloadQueued && !stopping) {
      reloadQueued = false;
      reload();
    }
  }

  function stop(signal) {
    if (stopping) {
      log(`${signal} again: killing all workers`);
      for (const w of Object.values(cluster.workers)) try { w.process.kill('SIGKILL'); } catch {}
      process.exit(0);
    }
    stopping = true;
    log(`${signal}: draining ${Object.keys(cluster.workers).length} worker(s)`);
    for (const t of restartTimers) clearTimeout(t);
    const all = Object.values(cluster.workers);
    if (all.length === 0) process.exit(0);
    for (const w of all) retire(w);
  }

  process.on('SIGHUP', () => { if (!stopping) reload(); });
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  log(`starting ${count} worker(s) of ${exec}`);
  for (let slot = 0; slot < count; slot++) start(slot);
}

module.exports = { run };
