'use strict';
// cluster in the primary: forks workers (child_process.fork with NODE_UNIQUE_ID), owns the
// listening sockets workers ask for (round-robin or shared), and relays their life cycle as
// 'fork' / 'online' / 'listening' / 'disconnect' / 'exit' events.
const EventEmitter = require('events');
const path = require('path');
const Worker = require('internal/cluster/worker');
const RoundRobinHandle = require('internal/cluster/round_robin_handle');
const SharedHandle = require('internal/cluster/shared_handle');
const { sendHelper, internal } = require('internal/cluster/utils');

const cluster = new EventEmitter();
const handles = new Map();
let initialized = false;
let ids = 0;

cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = 1;
cluster.SCHED_RR = 2;
const policyEnv = process.env.NODE_CLUSTER_SCHED_POLICY;
cluster.schedulingPolicy = policyEnv === 'none' ? cluster.SCHED_NONE : cluster.SCHED_RR;

cluster.setupPrimary = function setupPrimary(options) {
  const settings = {
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
    ...cluster.settings,
    ...options,
  };
  cluster.settings = settings;
  if (initialized) {
    process.nextTick(() => cluster.emit('setup', settings));
    return;
  }
  initialized = true;
  if (cluster.schedulingPolicy !== cluster.SCHED_NONE && cluster.schedulingPolicy !== cluster.SCHED_RR) {
    cluster.schedulingPolicy = cluster.SCHED_RR;
  }
  process.nextTick(() => cluster.emit('setup', settings));
};
cluster.setupMaster = cluster.setupPrimary;

function createWorkerProcess(id, env) {
  const { fork } = require('child_process');
  const s = cluster.settings;
  const workerEnv = { ...process.env, ...env, NODE_UNIQUE_ID: `${id}` };
  delete workerEnv.NODE_CHANNEL_FD;
  return fork(s.exec, s.args, {
    cwd: s.cwd,
    env: workerEnv,
    serialization: s.serialization,
    silent: s.silent,
    windowsHide: s.windowsHide,
    execArgv: s.execArgv,
    execPath: s.execPath,
    stdio: s.stdio,
    gid: s.gid,
    uid: s.uid,
  });
}

function removeWorker(worker) {
  delete cluster.workers[worker.id];
  if (Object.keys(cluster.workers).length === 0 && handles.size === 0) {
    // Nothing left: the primary may exit once its own handles are gone.
  }
}

function removeHandlesForWorker(worker) {
  for (const [key, handle] of handles) {
    if (handle.remove(worker)) handles.delete(key);
  }
}

// Stop sending new connections to this worker at once (it is disconnecting).
function pauseHandlesForWorker(worker) {
  worker._draining = true;
  for (const handle of handles.values()) handle.pause(worker);
}

cluster.fork = function fork(env) {
  cluster.setupPrimary();
  const id = ++ids;
  const workerProcess = createWorkerProcess(id, env);
  const worker = new Worker({ id, process: workerProcess });

  worker.on('message', function(message, handle) {
    cluster.emit('message', this, message, handle);
  });

  worker.process.once('exit', (exitCode, signalCode) => {
    if (!worker.isConnected()) {
      removeHandlesForWorker(worker);
      removeWorker(worker);
    }
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'dead';
    worker.emit('exit', exitCode, signalCode);
    cluster.emit('exit', worker, exitCode, signalCode);
  });

  worker.process.once('disconnect', () => {
    removeHandlesForWorker(worker);
    if (worker.isDead()) removeWorker(worker);
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'disconnected';
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });

  worker.process.on('internalMessage', internal(worker, (message, handle) => onmessage(worker, message, handle)));
  process.nextTick(() => cluster.emit('fork', worker));
  cluster.workers[worker.id] = worker;
  return worker;
};

cluster.disconnect = function disconnect(cb) {
  const workers = Object.values(cluster.workers).filter((w) => w.isConnected());
  let left = workers.length;
  const done = () => {
    for (const [key, handle] of handles) {
      for (const w of [...(handle.all ? handle.all.values() : handle.workers.values())]) handle.remove(w);
      handles.delete(key);
    }
    if (typeof cb === 'function') process.nextTick(cb);
  };
  if (left === 0) {
    process.nextTick(done);
    return;
  }
  for (const worker of workers) {
    worker.once('disconnect', () => { if (--left === 0) done(); });
    worker.disconnect();
  }
};

function onmessage(worker, message, handle) {
  switch (message.act) {
    case 'online':
      worker.state = 'online';
      worker.emit('online');
      cluster.emit('online', worker);
      break;
    case 'queryServer':
      queryServer(worker, message);
      break;
    case 'listening': {
      const info = { addressType: message.addressType, address: message.address, port: message.port, fd: message.fd };
      worker.state = 'listening';
      worker.emit('listening', info);
      cluster.emit('listening', worker, info);
      break;
    }
    case 'exitedAfterDisconnect':
      worker.exitedAfterDisconnect = true;
      pauseHandlesForWorker(worker);
      sendHelper(worker.process, { ack: message.seq });
      break;
    case 'close': {
      const h = handles.get(message.key);
      if (h && h.remove(worker)) handles.delete(message.key);
      break;
    }
    default:
      break;
  }
}

function queryServer(worker, message) {
  if (worker.exitedAfterDisconnect) return;
  let key = `${message.address}:${message.port}:${message.addressType}:${message.fd}`;
  if (message.port === 0) key += `:${worker.id}:${message.index}`;
  let handle = handles.get(key);
  if (handle === undefined) {
    let address = message.address;
    const opts = { port: message.port, fd: message.fd, flags: message.flags, backlog: message.backlog };
    const useShared = cluster.schedulingPolicy !== cluster.SCHED_RR || message.addressType === 'udp4' || message.addressType === 'udp6';
    handle = useShared ? new SharedHandle(key, address, opts) : new RoundRobinHandle(key, address, opts);
    handles.set(key, handle);
  }
  handle.add(worker, (errno, reply, rawHandle) => {
    const { data } = handles.get(key) || {};
    if (errno) handles.delete(key);
    sendHelper(worker.process, { errno, key, ack: message.seq, data, raw: !!rawHandle, ...reply }, rawHandle);
  });
}

// Worker methods that only make sense in the primary.
Worker.prototype.disconnect = function disconnect() {
  this.exitedAfterDisconnect = true;
  pauseHandlesForWorker(this);
  sendHelper(this.process, { act: 'disconnect' });
  return this;
};

Worker.prototype.destroy = function destroy(signo) {
  const proc = this.process;
  const signal = signo || 'SIGTERM';
  this.exitedAfterDisconnect = true;
  pauseHandlesForWorker(this);
  if (this.isConnected()) {
    this.once('disconnect', () => { try { proc.kill(signal); } catch {} });
    proc.disconnect();
    return;
  }
  try { proc.kill(signal); } catch {}
};

module.exports = cluster;
void path;
