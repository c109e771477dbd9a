//! The connection loop: read and parse each request head (httparse), dispatch it to JS,
//! decode its body, wait for its response, then keep-alive / pipelining / timeouts.
use super::*;

impl Conn {
    /// The connection loop. Returns an errno when it ended on an I/O error.
    pub(super) async fn run(self: &Rc<Self>) -> i32 {
        let Some(sock) = self.sock() else { return 0 };
        let mut first = true;
        let mut served: u64 = 0;
        // The client sent FIN: what it sent before still gets parsed and dispatched.
        let mut peer_ended = false;
        let mut pos: usize = 0; // parse position in rbuf
        loop {
            // --- 1. the head ---------------------------------------------------------------
            let start = Instant::now();
            let headers_deadline =
                start + Duration::from_millis(self.shared.headers_timeout.get().max(1));
            let request_deadline = match self.shared.request_timeout.get() {
                0 => None,
                ms => Some(start + Duration::from_millis(ms)),
            };
            let idle_deadline = if served > 0 {
                match self.shared.keep_alive_timeout.get() {
                    0 => None,
                    ms => Some(start + Duration::from_millis(ms)),
                }
            } else {
                None
            };
            let mut idle_gen = self.shared.close_idle.get();
            let all_gen = self.shared.close_all.get();
            let (head_len, info, http11, method_is_connect) = loop {
                if self.detached.get() || self.gone.get() {
                    return 0;
                }
                if self.shutdown_req.get() {
                    // socket.end() between requests (graceful stops do this to idle
                    // keep-alive sockets): flush, FIN, close.
                    self.linger(&sock).await;
                    return 0;
                }
                let avail = self.rbuf.borrow().len() - pos;
                if avail > 0 {
                    // Skip empty lines between messages, like llhttp.
                    {
                        let rbuf = self.rbuf.borrow();
                        while pos < rbuf.len() && (rbuf[pos] == b'\r' || rbuf[pos] == b'\n') {
                            pos += 1;
                        }
                    }
                    let parsed = self.parse_head(pos);
                    match parsed {
                        Ok(Some(v)) => break v,
                        Ok(None) => {
                            let have = self.rbuf.borrow().len() - pos;
                            if have > self.shared.max_header_size.get() {
                                return self.fail_request(&sock, PErr::HeaderOverflow, have).await;
                            }
                        }
                        Err(e) => return self.fail_request(&sock, e, 0).await,
                    }
                }
                if peer_ended {
                    // Every complete request the client sent has been served.
                    self.linger_or_close(&sock).await;
                    return 0;
                }
                let mid_request = self.rbuf.borrow().len() > pos;
                let mut deadline = if mid_request || served == 0 {
                    Some(match request_deadline {
                        Some(r) => r.min(headers_deadline),
                        None => headers_deadline,
                    })
                } else {
                    idle_deadline
                };
                if !mid_request && self.shared.draining.get() {
                    // Idle while draining: close once the client has been quiet a while.
                    let quiet = start + Duration::from_millis(self.shared.drain_quiet.get());
                    deadline = Some(deadline.map_or(quiet, |d| d.min(quiet)));
                }
                match self.wait(&sock, true, deadline).await {
                    Wait::Readable => match self.read_some(&sock) {
                        Ok(0) => {
                            self.linger_or_close(&sock).await;
                            return 0;
                        }
                        Ok(_) => {}
                        Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                        Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                        Err(e) => return neg_errno(&e),
                    },
                    Wait::Timeout => {
                        if mid_request || (served == 0 && self.rbuf.borrow().len() > pos) {
                            if !self.shared.emit_client_error.get() {
                                self.reject(&sock, "408 Request Timeout").await;
                            }
                            return 0;
                        }
                        if served == 0 {
                            // Nothing sent at all within headersTimeout.
                            return 0;
                        }
                        return 0; // keep-alive timeout
                    }
                    Wait::Kick => {
                        if self.shared.close_all.get() != all_gen {
                            return 0;
                        }
                        let g = self.shared.close_idle.get();
                        if g != idle_gen {
                            idle_gen = g;
                            if self.rbuf.borrow().len() == pos {
                                return 0;
                            }
                        }
                    }
                    Wait::Notified => {}
                    Wait::Err(e) => return e,
                }
            };
            let _ = method_is_connect;

            // --- 2. dispatch to JS ----------------------------------------------------------
            let head_start = pos;
            let head_end = pos + head_len;
            self.head.set((head_start, head_end));
            pos = head_end;
            let mut body = if method_is_connect || (info.upgrade && info.conn_upgrade) {
                // The rest of the connection belongs to the upgrade.
                Body::from_info(&info)
            } else {
                Body::from_info(&info)
            };
            let keep_alive = !self.shared.draining.get()
                && if http11 {
                    !info.conn_close
                } else {
                    info.conn_keep_alive && !info.conn_close
                };
            let mut flags = 0;
            if keep_alive {
                flags |= F_KEEP_ALIVE;
            }
            if !matches!(body, Body::None) {
                flags |= F_HAS_BODY;
            }
            if method_is_connect || (info.upgrade && info.conn_upgrade) {
                flags |= F_UPGRADE;
            }
            if info.expect_continue {
                flags |= F_EXPECT_CONTINUE;
            }
            if info.expect_other {
                flags |= F_EXPECT_OTHER;
            }
            if http11 {
                flags |= F_HTTP11;
            }
            if first {
                flags |= F_NEW_CONN;
            }
            first = false;
            self.res_done.set(false);
            self.close_after.set(!keep_alive);
            self.in_request.set(true);
            self.wrote.set(false);
            self.paused.set(false);
            self.post_request(flags);

            // --- 3. the body, then the response ------------------------------------------
            let mut body_done = matches!(body, Body::None);
            loop {
                if self.detached.get() {
                    return 0;
                }
                if self.gone.get() {
                    return -libc::EPIPE;
                }
                // Decode what is buffered (stop while JS has the request paused, unless the
                // response is done and the rest is just discarded).
                let discard = self.res_done.get();
                while !body_done && (!self.paused.get() || discard) {
                    let rbuf = self.rbuf.borrow();
                    let input = &rbuf[pos..];
                    match body.step(input, self.shared.max_header_size.get()) {
                        Ok((used, Step::Data(d))) => {
                            let chunk = if d.is_empty() || discard {
                                None
                            } else {
                                Some(d.to_vec())
                            };
                            drop(rbuf);
                            pos += used;
                            if let Some(chunk) = chunk {
                                self.post_body(chunk);
                            }
                            if used == 0 {
                                break;
                            }
                        }
                        Ok((used, Step::End(trailers))) => {
                            let t = if trailers.len() > 2 {
                                Some(trailers.to_vec())
                            } else {
                                None
                            };
                            drop(rbuf);
                            pos += used;
                            body_done = true;
                            if !discard {
                                self.post_body_end(t);
                            }
                        }
                        Ok((_, Step::More)) => break,
                        Err(e) => {
                            drop(rbuf);
                            if self.res_done.get() {
                                return 0;
                            }
                            return self.fail_request(&sock, e, pos).await;
                        }
                    }
                }
                if self.res_done.get() && body_done {
                    break;
                }
                if peer_ended {
                    // Node parses what arrived before the FIN, dispatches it, then aborts
                    // at 'end' what is not answered: let JS take the posted request first.
                    if body_done {
                        self.js_caught_up().await;
                    }
                    if !(body_done && self.res_done.get()) {
                        return -libc::ECONNRESET;
                    }
                    continue;
                }
                let want_read = !body_done && (!self.paused.get() || self.res_done.get());
                // While waiting for the response, keep an eye on the socket (EOF = abort),
                // without buffering without bound.
                let watch = body_done && self.rbuf.borrow().len() - pos < 64 * 1024;
                let deadline = if !body_done { request_deadline } else { None };
                match self.wait(&sock, want_read || watch, deadline).await {
                    Wait::Readable => match self.read_some(&sock) {
                        Ok(0) => peer_ended = true, // half-closed or gone: see above
                        Ok(_) => {}
                        Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                        Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                        Err(e) => return neg_errno(&e),
                    },
                    Wait::Timeout => {
                        if !self.res_done.get()
                            && self.pending_out() == 0
                            && !self.shared.emit_client_error.get()
                        {
                            self.reject(&sock, "408 Request Timeout").await;
                        }
                        return 0;
                    }
                    Wait::Kick => {
                        if self.shared.close_all.get() != all_gen {
                            return 0;
                        }
                    }
                    Wait::Notified => {}
                    Wait::Err(e) => return e,
                }
            }
            served += 1;
            self.in_request.set(false);
            if self.close_after.get() {
                self.linger(&sock).await;
                return 0;
            }
            // Drop the consumed bytes; pipelined requests stay.
            {
                let mut rbuf = self.rbuf.borrow_mut();
                if pos >= rbuf.len() {
                    rbuf.clear();
                } else {
                    rbuf.drain(..pos);
                }
                pos = 0;
            }
        }
    }

    /// Parse a head at rbuf[pos..]: Ok(None) when incomplete.
    fn parse_head(
        &self,
        pos: usize,
    ) -> std::result::Result<Option<(usize, HeadInfo, bool, bool)>, PErr> {
        let rbuf = self.rbuf.borrow();
        with_request_head(&rbuf[pos..], |req, r| match r {
            Ok(httparse::Status::Complete(n)) => {
                if n > self.shared.max_header_size.get() + 64 {
                    return Err(PErr::HeaderOverflow);
                }
                let method = req.method.unwrap_or("");
                if !known_method(method) {
                    return Err(PErr::InvalidMethod);
                }
                let info = inspect(req.headers, true)?;
                let http11 = req.version == Some(1);
                if http11 && !info.has_host && self.shared.require_host.get() {
                    return Err(PErr::MissingHost);
                }
                Ok(Some((n, info, http11, method == "CONNECT")))
            }
            Ok(httparse::Status::Partial) => Ok(None),
            Err(e) => Err(PErr::from_httparse(e)),
        })
    }
}
