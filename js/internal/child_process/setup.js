'use strict';
// Start-up in a child: when NODE_CHANNEL_FD names an IPC socket (we were forked), open
// Node's IPC channel as process.send / process.on('message') / process.disconnect(); when
// NODE_UNIQUE_ID is set (we are a cluster worker), set the cluster module up as a worker.
// Called once from js/internal/main/run_main.js before the main script runs.

function _forkChild(fd) {
  const { setupChannel } = require('internal/child_process/channel');
  // The channel keeps the process alive only while someone listens (Node's semantics).
  const control = setupChannel(process, fd, { refCounted: true });
  process.on('newListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.refCounted();
  });
  process.on('removeListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.unrefCounted();
  });
  return control;
}

let done = false;
let clusterWorker = false;
function isClusterWorker() { return clusterWorker || process.env.NODE_UNIQUE_ID !== undefined; }
function setupFromEnv() {
  if (done) return;
  done = true;
  const env = process.env;
  const fdText = env.NODE_CHANNEL_FD;
  if (fdText !== undefined) {
    const fd = Number.parseInt(fdText, 10);
    delete env.NODE_CHANNEL_FD;
    delete env.NODE_CHANNEL_SERIALIZATION_MODE;
    if (fd >= 0) _forkChild(fd);
  }
  if (env.NODE_UNIQUE_ID !== undefined) {
    clusterWorker = true;
    require('cluster')._setupWorker();
  }
}

module.exports = { _forkChild, setupFromEnv, isClusterWorker };
