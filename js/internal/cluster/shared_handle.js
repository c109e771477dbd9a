'use strict';
// NODE_CLUSTER_SCHED_POLICY=none: the primary binds the socket once and gives the listening
// fd itself to every worker; the kernel spreads connections among the workers' accept calls.
// The primary keeps its copy (never accepting on it) so the port stays bound across restarts.
const { TCPServer } = internalBinding('tcp');
const ipc = internalBinding('ipc');

class SharedHandle {
  constructor(key, address, { port, fd, flags, backlog }) {
    this.key = key;
    this.workers = new Map();
    this.errno = 0;
    this.fd = -1;
    const h = new TCPServer();
    let err;
    if (typeof fd === 'number' && fd >= 0) err = h.open(fd);
    else if (port === -1) err = h.listenPipe(address, backlog || 511);
    else err = h.listen(address || '', port | 0, backlog || 511, !!(flags & 1));
    if (err < 0) { this.errno = err; h.close(); return; }
    this.sockname = h.getsockname();
    this.fd = h.detach(); // stop accepting here; keep the bound socket
    if (this.fd < 0) this.errno = this.fd;
  }

  add(worker, send) {
    this.workers.set(worker.id, worker);
    if (this.errno) { send(this.errno, null); return; }
    send(0, { sockname: this.sockname }, { fd: this.fd, _ipcRawFd: true, _keep: true });
  }

  remove(worker) {
    this.workers.delete(worker.id);
    if (this.workers.size !== 0) return false;
    if (this.fd >= 0) ipc.closeFd(this.fd);
    this.fd = -1;
    return true;
  }

  pause() {}
}

module.exports = SharedHandle;
