'use strict';
// Round-robin scheduling (the default): the primary owns the listening socket, accepts, and
// passes each connection's fd to the next worker in turn. The socket stays open in the
// primary for as long as any worker has the server, so workers can come and go (a rolling
// reload) without refusing a single connection. A worker that can no longer take a
// connection (its server closed meanwhile) says so, and the connection goes to another.
const { TCPServer } = internalBinding('tcp');
const ipc = internalBinding('ipc');
const { sendHelper } = require('internal/cluster/utils');

class RoundRobinHandle {
  constructor(key, address, { port, fd, flags, backlog }) {
    this.key = key;
    this.all = new Map();
    this.order = [];
    this.next = 0;
    this.pending = []; // fds accepted while no worker is ready
    this.handle = new TCPServer();
    this.errno = 0;
    let err;
    if (typeof fd === 'number' && fd >= 0) err = this.handle.open(fd);
    else if (port === -1 || (typeof address === 'string' && address !== '' && port == null)) err = this.handle.listenPipe(address, backlog || 511);
    else err = this.handle.listen(address || '', port | 0, backlog || 511, !!(flags & 1));
    if (err < 0) {
      this.errno = err;
      this.handle = null;
      return;
    }
    this.handle.onconnection = (e, client) => this.distribute(e, client);
  }

  add(worker, send) {
    if (this.errno) { send(this.errno, null); return; }
    this.all.set(worker.id, worker);
    this.order.push(worker);
    const sockname = this.handle.getsockname();
    send(0, { sockname: typeof sockname === 'object' ? sockname : null });
    this.flushPending();
  }

  // Returns true when no worker has the server any more (the handle was closed).
  remove(worker) {
    if (!this.all.has(worker.id)) return false;
    this.all.delete(worker.id);
    const i = this.order.indexOf(worker);
    if (i !== -1) this.order.splice(i, 1);
    if (this.all.size !== 0) return false;
    for (const fd of this.pending) ipc.closeFd(fd);
    this.pending = [];
    if (this.handle) this.handle.close();
    this.handle = null;
    return true;
  }

  // Stop giving this worker connections, without forgetting the server (it is draining).
  pause(worker) {
    const i = this.order.indexOf(worker);
    if (i !== -1) this.order.splice(i, 1);
  }

  pickWorker() {
    const n = this.order.length;
    for (let tries = 0; tries < n; tries++) {
      const w = this.order[this.next++ % n];
      if (w.process.connected && !w._draining) return w;
    }
    return null;
  }

  distribute(err, client) {
    if (err || !client) return;
    const fd = client.detach();
    if (fd < 0) return;
    this.handoff(fd);
  }

  handoff(fd) {
    const worker = this.pickWorker();
    if (!worker) { this.pending.push(fd); return; }
    const message = { act: 'newconn', key: this.key, raw: true };
    sendHelper(worker.process, message, { fd, _ipcRawFd: true, _keep: true }, (reply) => {
      if (reply.accepted) ipc.closeFd(fd);
      else this.handoff(fd); // try another worker
    });
  }

  flushPending() {
    while (this.pending.length && this.pickWorker()) this.handoff(this.pending.shift());
  }
}

module.exports = RoundRobinHandle;
