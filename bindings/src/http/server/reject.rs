//! Bad input and closing: 400/408/431 answers from Rust, handing a parse error to JS
//! ('clientError'), and lingering (flush, FIN, drain the input) before the close.
use super::*;

impl Conn {
    /// Answer bad input from Rust (no 'clientError' listener) and close.
    pub(super) async fn reject(self: &Rc<Self>, sock: &Sock, status: &str) {
        let msg = format!("HTTP/1.1 {status}\r\nConnection: close\r\n\r\n");
        let _ = self.write_now(|o| o.extend_from_slice(msg.as_bytes()));
        self.linger(sock).await;
    }

    /// Flush, send FIN, and read until the peer closes (bounded), so unread input does not
    /// turn the close into a reset that destroys the response.
    pub(super) async fn linger(self: &Rc<Self>, sock: &Sock) {
        let deadline = Instant::now() + Duration::from_secs(2);
        while self.pending_out() > 0 {
            match self.wait(sock, false, Some(deadline)).await {
                Wait::Err(_) | Wait::Timeout => return,
                _ => {}
            }
            if self.detached.get() {
                return;
            }
        }
        let _ = sock.shutdown_write();
        let mut scratch = [0u8; 4096];
        loop {
            let r = tokio::select! {
                r = sock.ready(Interest::READABLE) => r,
                _ = tokio::time::sleep_until(deadline) => return,
            };
            if r.is_err() {
                return;
            }
            match sock.try_read(&mut scratch) {
                Ok(0) => return,
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                Err(_) => return,
            }
        }
    }

    fn client_error(self: &Rc<Self>, err: PErr, bytes_parsed: usize) {
        let c = self.clone();
        let raw: Vec<u8> = {
            let rbuf = self.rbuf.borrow();
            rbuf[..rbuf.len().min(65536)].to_vec()
        };
        event_loop::post(Box::new(move |ctx| {
            let Some(cb) = c.shared.cb.borrow().clone() else {
                return Ok(());
            };
            let obj = c.js_object(ctx)?;
            let ab = ArrayBuffer::new(ctx.clone(), raw)?;
            cb.onclienterror.clone().restore(ctx)?.call::<_, ()>((
                obj,
                err.code(),
                err.reason(),
                ab,
                bytes_parsed as f64,
            ))
        }));
    }

    pub(super) async fn linger_or_close(self: &Rc<Self>, sock: &Sock) {
        if self.pending_out() > 0 {
            self.linger(sock).await;
        }
    }

    /// Bad input: tell JS ('clientError') or answer 400/431 from here.
    pub(super) async fn fail_request(self: &Rc<Self>, sock: &Sock, e: PErr, parsed: usize) -> i32 {
        if self.shared.emit_client_error.get() && !self.in_request.get() {
            self.client_error(e, parsed);
            // JS owns the connection now: wait for it to end or destroy it.
            loop {
                match self.wait(sock, false, None).await {
                    Wait::Err(e) => return e,
                    _ => {
                        if self.gone.get() || self.detached.get() {
                            return 0;
                        }
                        if self.shutdown_req.get() {
                            self.linger(sock).await;
                            return 0;
                        }
                    }
                }
            }
        }
        if self.in_request.get() {
            // Mid-body error after the request went to JS: answer 400 unless its response has
            // started, then close (JS hears about it as an aborted request).
            if !self.wrote.get() {
                self.reject(sock, "400 Bad Request").await;
            }
            return -libc::ECONNRESET;
        }
        let status = match e {
            PErr::HeaderOverflow => "431 Request Header Fields Too Large",
            _ => "400 Bad Request",
        };
        self.reject(sock, status).await;
        0
    }
}
