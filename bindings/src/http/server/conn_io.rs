//! One connection's socket I/O: the output queue (write now, flush the rest), waiting for
//! input / writability / a JS notification / a deadline, and reading into the input buffer.
use super::*;

impl Conn {
    pub(super) fn sock(&self) -> Option<Rc<Sock>> {
        self.sock.borrow().clone()
    }

    /// The response is complete: the connection loop may read the next request (or close).
    pub(super) fn finish_response(&self, close: bool) {
        self.res_done.set(true);
        if close {
            self.close_after.set(true);
        }
        self.notify.notify_one();
    }

    /// What a write reports to JS: bytes still queued (asking for 'drain'), or an errno.
    pub(super) fn write_result(&self, r: std::result::Result<usize, i32>) -> f64 {
        match r {
            Ok(n) => {
                if n > 0 {
                    self.want_drain.set(true);
                }
                n as f64
            }
            Err(e) => e as f64,
        }
    }

    pub(super) fn pending_out(&self) -> usize {
        self.out.borrow().len() - self.out_off.get()
    }

    /// Queue bytes and try to write them now. Returns bytes still queued, or an errno.
    pub(super) fn write_now(
        &self,
        f: impl FnOnce(&mut Vec<u8>),
    ) -> std::result::Result<usize, i32> {
        let Some(sock) = self.sock() else {
            return Err(-libc::EPIPE);
        };
        if self.gone.get() {
            return Err(-libc::EPIPE);
        }
        self.wrote.set(true);
        let mut out = self.out.borrow_mut();
        if self.out_off.get() == out.len() {
            out.clear();
            self.out_off.set(0);
        }
        let was_pending = !out.is_empty();
        f(&mut out);
        if was_pending {
            return Ok(out.len() - self.out_off.get());
        }
        let mut off = 0;
        while off < out.len() {
            match sock.try_write(&out[off..]) {
                Ok(n) => off += n,
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    out.clear();
                    self.out_off.set(0);
                    self.gone.set(true);
                    self.notify.notify_one();
                    return Err(neg_errno(&e));
                }
            }
        }
        self.bytes_written
            .set(self.bytes_written.get() + off as f64);
        if off == out.len() {
            out.clear();
            self.out_off.set(0);
            Ok(0)
        } else {
            self.out_off.set(off);
            self.notify.notify_one();
            Ok(out.len() - off)
        }
    }

    /// Flush queued output; Ok(true) when nothing is left.
    pub(super) fn flush(&self, sock: &Sock) -> io::Result<bool> {
        let mut out = self.out.borrow_mut();
        let mut off = self.out_off.get();
        while off < out.len() {
            match sock.try_write(&out[off..]) {
                Ok(n) => {
                    off += n;
                    self.bytes_written.set(self.bytes_written.get() + n as f64);
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
        if off >= out.len() {
            out.clear();
            self.out_off.set(0);
            Ok(true)
        } else {
            self.out_off.set(off);
            Ok(false)
        }
    }

    /// Wait for input (or a flush opportunity, a JS notification, a timeout).
    pub(super) async fn wait(
        self: &Rc<Self>,
        sock: &Sock,
        want_read: bool,
        deadline: Option<Instant>,
    ) -> Wait {
        loop {
            let want_write = self.pending_out() > 0;
            if want_write {
                match self.flush(sock) {
                    Ok(true) => {
                        if self.want_drain.replace(false) {
                            self.post_drain();
                        }
                        continue;
                    }
                    Ok(false) => {}
                    Err(e) => return Wait::Err(neg_errno(&e)),
                }
            }
            let interest = match (want_read, want_write) {
                (true, true) => Some(Interest::READABLE | Interest::WRITABLE),
                (true, false) => Some(Interest::READABLE),
                (false, true) => Some(Interest::WRITABLE),
                (false, false) => None,
            };
            let sleep = async {
                match deadline {
                    Some(d) => tokio::time::sleep_until(d).await,
                    None => std::future::pending::<()>().await,
                }
            };
            let ready = async {
                match interest {
                    Some(i) => sock.ready(i).await,
                    None => std::future::pending().await,
                }
            };
            tokio::select! {
                biased;
                _ = self.notify.notified() => return Wait::Notified,
                _ = self.shared.kick.notified() => return Wait::Kick,
                r = ready => match r {
                    Ok(r) => {
                        if want_read && (r.is_readable() || r.is_read_closed()) {
                            return Wait::Readable;
                        }
                        // writable: loop and flush
                    }
                    Err(e) => return Wait::Err(neg_errno(&e)),
                },
                _ = sleep => return Wait::Timeout,
            }
        }
    }

    /// Read what is available into rbuf. Ok(0) is EOF.
    pub(super) fn read_some(&self, sock: &Sock) -> io::Result<usize> {
        let mut rbuf = self.rbuf.borrow_mut();
        if rbuf.capacity() - rbuf.len() < 4096 {
            rbuf.reserve(16 * 1024);
        }
        let room = rbuf.capacity() - rbuf.len();
        let n = sock.try_read_buf(&mut rbuf)?;
        if n > 0 && n < room {
            sock.clear_read_ready();
        }
        self.bytes_read.set(self.bytes_read.get() + n as f64);
        Ok(n)
    }
}
